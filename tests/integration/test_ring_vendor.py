"""Ringing the vendor: with Twilio keys and the stall's number set, a shopper's scan while
the vendor has no console or call open calls the vendor's phone through the SDK's Calls
API (a double of Twilio's REST API on loopback); the call comes back through the voice
webhook and the stall line offers that shopper."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from typing import Any

import pytest

from tests.conftest import REDIS_URL, Api, need
from tests.fakes import FakeSTT
from tests.integration.test_live_vendor import join_by_qr, open_console
from tests.integration.test_stall_line import TOMATO, said, vendor_presence
from tests.integration.test_telephony import PUBLIC, TOKEN, double_for, phone_settings
from tests.live_helpers import LiveServer, live_server, open_browser, speaking, wait_for
from tests.twilio_double import STALL_NUMBER, TwilioRestDouble, rest_double


@contextlib.asynccontextmanager
async def ringing(
    database_url: str, token: str = TOKEN
) -> AsyncIterator[tuple[LiveServer, TwilioRestDouble]]:
    async with rest_double(token) as rest:
        settings = phone_settings(
            database_url, twilio_phone_number=STALL_NUMBER, twilio_api_base_url=rest.base_url
        )
        async with live_server(settings, stt=FakeSTT(), tts=speaking()) as server:
            yield server, rest


async def scan(server: LiveServer, api: Api, vendor: dict[str, Any], product: int) -> Any:
    joined = await join_by_qr(api, vendor["token"], product)
    nid = joined["negotiation"]["id"]
    return nid, await open_browser(server, nid, joined["token"], language="en")


async def test_a_scan_rings_the_away_vendor_and_the_call_offers_that_shopper(
    database_url: str,
) -> None:
    async with ringing(database_url) as (server, rest):
        api = Api(server.http)
        vendor = await api.register("vendor", language="en")
        product = await api.product(vendor["token"], names=TOMATO)
        _nid, shopper = await scan(server, api, vendor, product["id"])
        await wait_for(lambda: rest.calls, what="the call placed")
        [placed] = rest.calls
        assert (placed["to"], placed["from"]) == (vendor["user"]["phone"], STALL_NUMBER)
        assert placed["params"]["Url"] == f"{PUBLIC}/api/telephony/twilio/voice"
        assert placed["params"]["StatusCallback"] == f"{PUBLIC}/api/telephony/twilio/status"
        assert placed["status_callback_event"] == ["initiated", "ringing", "answered", "completed"]
        # A second shopper while the phone rings rings nothing more.
        _other, second = await scan(server, api, vendor, product["id"])
        await asyncio.sleep(0.5)
        assert len(rest.calls) == 1

        # Twilio places the call: the vendor answers, the webhook sets up the stall line.
        twilio = double_for(server)
        call = await twilio.call(
            STALL_NUMBER,
            call_sid=placed["sid"],
            To=vendor["user"]["phone"],
            Direction="outbound-api",
        )
        assert call.answer.stream_url is not None, call.answer.body
        ws, _got, task = await twilio.open_stream(call)
        await wait_for(lambda: vendor_presence(shopper[1]) == ["here"], what="the shopper taken")
        assert ("en", "New customer for tomato. Say yes to talk to them.") in said(server)
        for conn in (shopper, second):
            await conn[0].close()
            await conn[2]
        await ws.close()
        await task


async def test_a_vendor_with_the_console_open_is_not_rung(database_url: str) -> None:
    async with ringing(database_url) as (server, rest):
        api = Api(server.http)
        vendor = await api.register("vendor", language="en")
        product = await api.product(vendor["token"], names=TOMATO)
        console = await open_console(server, vendor["token"], language="en")
        _nid, shopper = await scan(server, api, vendor, product["id"])
        await wait_for(lambda: console[1].of("customer_joined"), what="the console's notice")
        await asyncio.sleep(0.5)
        assert rest.calls == []
        for conn in (shopper, console):
            await conn[0].close()
            await conn[2]


async def test_a_refused_call_never_fails_the_scan(
    database_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    async with ringing(database_url, token="another-accounts-token") as (server, rest):
        api = Api(server.http)
        vendor = await api.register("vendor", language="en")
        product = await api.product(vendor["token"], names=TOMATO)
        joined = await join_by_qr(api, vendor["token"], product["id"])  # asserts 200
        assert joined["negotiation"]["id"]
        await wait_for(
            lambda: any("Twilio refused" in r.getMessage() for r in caplog.records),
            what="the refusal logged",
        )
        assert rest.calls == []


async def test_processes_sharing_redis_ring_the_vendor_once(database_url: str) -> None:
    """Two scans on two servers at once: one call (the claim is in Redis)."""
    async with rest_double(TOKEN) as rest:
        settings = phone_settings(
            database_url,
            twilio_phone_number=STALL_NUMBER,
            twilio_api_base_url=rest.base_url,
            redis_url=need(REDIS_URL, "Redis"),
        )
        async with (
            live_server(settings, tts=speaking()) as a,
            live_server(settings, tts=speaking()) as b,
        ):
            api = Api(a.http)
            vendor = await api.register("vendor", language="en")
            # Ids start again with each database: forget a ring of an earlier test's vendor.
            await a.app.state.redis.delete(f"vyapar:ring:{vendor['user']['id']}")
            product = await api.product(vendor["token"], names=TOMATO)
            await asyncio.gather(
                join_by_qr(Api(a.http), vendor["token"], product["id"]),
                join_by_qr(Api(b.http), vendor["token"], product["id"]),
            )
            await wait_for(lambda: rest.calls, what="the call placed")
            await asyncio.sleep(0.5)
            assert len(rest.calls) == 1
