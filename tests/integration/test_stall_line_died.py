"""A stall line whose server process dies mid-deal (a worker killed, out of memory) never
reaches its orderly hang-up, which tells the vendor's console and other lines that the
shopper waits again. Another process in the room finds the line's process gone and says
it instead, once."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest

from server.live.redis_rooms import RedisRoomBus
from server.live.rooms import Member
from server.live.transports.stall_waiting import announce_if_line_died
from tests.conftest import REDIS_URL, Api, need
from tests.fakes import FakeSTT
from tests.integration.test_live_vendor import open_console
from tests.integration.test_stall_line import TOMATO, shopper, vendor_presence
from tests.integration.test_telephony import double_for, phone_settings
from tests.live_helpers import LiveServer, live_server, speaking, wait_for


@pytest.fixture
async def servers(
    database_url: str, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[tuple[LiveServer, LiveServer]]:
    """Two servers on one database and one Redis, as two processes would be (each bus
    its own process id), with the liveness key's times shortened (10 s and 2 s in
    production)."""
    monkeypatch.setattr(RedisRoomBus, "PROCESS_TTL", 1.0)
    monkeypatch.setattr(RedisRoomBus, "MEMBERS_EVERY", 0.2)
    settings = phone_settings(database_url, redis_url=need(REDIS_URL, "Redis"))
    async with (
        live_server(settings, stt=FakeSTT(), tts=speaking()) as line,
        live_server(settings.model_copy(), stt=FakeSTT(), tts=speaking()) as other,
    ):
        line.app.state.live.bus.origin = "the-line's-process"
        other.app.state.live.bus.origin = "the-other-process"
        yield line, other


def waiting(console: list[dict[str, object]]) -> list[object]:
    return [e["negotiation_id"] for e in console if e.get("type") == "customer_waiting"]


async def test_a_line_whose_process_died_mid_deal_leaves_the_shopper_announced_waiting(
    servers: tuple[LiveServer, LiveServer],
) -> None:
    line_server, other = servers
    api = Api(other.http)
    vendor = await api.register("vendor", language="en")
    product = await api.product(vendor["token"], names=TOMATO)
    nid, (page, got, reader, _customer) = await shopper(other, api, product["id"])
    console, heard, console_reader = await open_console(other, vendor["token"], language="en")
    twilio = double_for(line_server)
    call = await twilio.open_stream(await twilio.call(vendor["user"]["phone"]))
    await wait_for(lambda: vendor_presence(got) == ["here"], what="taken by the line")
    assert waiting(heard.events) == []

    # The line's process dies: its refreshes stop and its liveness key lapses; nothing
    # of its own hang-up runs.
    bus = line_server.app.state.live.bus
    assert bus._keeper is not None
    bus._keeper.cancel()
    await asyncio.gather(bus._keeper, return_exceptions=True)
    await bus._redis.delete(bus._alive_key(bus.origin))

    await wait_for(lambda: waiting(heard.events) == [nid], what="customer_waiting on the console")
    assert vendor_presence(got) == ["here", "away"]
    waited = next(e for e in heard.events if e.get("type") == "customer_waiting")
    assert waited["product"] == "Tomato" and waited["product_names"] == TOMATO
    await asyncio.sleep(1.0)  # rounds of the other process go on: told once
    assert waiting(heard.events) == [nid]

    for ws, task in ((page, reader), (console, console_reader), (call[0], call[2])):
        await ws.close()
        await task


async def test_only_a_vendors_phone_in_a_live_deal_is_announced(
    servers: tuple[LiveServer, LiveServer],
) -> None:
    """A vendor's browser, or the shopper, found gone says nothing to the vendor's lines
    (a console reconnects by itself); nor does a phone whose deal is already over."""
    _, other = servers
    live = other.app.state.live
    api = Api(other.http)
    vendor = await api.register("vendor", language="en")
    product = await api.product(vendor["token"], names=TOMATO)
    nid, (page, _got, reader, _customer) = await shopper(other, api, product["id"])
    console, heard, console_reader = await open_console(other, vendor["token"], language="en")
    uid = vendor["user"]["id"]
    await announce_if_line_died(live, nid, Member("vendor", uid, "en", "browser"))
    await announce_if_line_died(live, nid, Member("customer", 1, "en", "phone"))
    r = await api.client.post(
        f"/api/negotiations/{nid}/reject", headers=api.auth(vendor["token"]), json=None
    )
    assert r.status_code == 200, r.text
    await announce_if_line_died(live, nid, Member("vendor", uid, "en", "phone"))
    await announce_if_line_died(live, nid + 1000, Member("vendor", uid, "en", "phone"))
    await asyncio.sleep(0.5)
    assert waiting(heard.events) == []

    for ws, task in ((page, reader), (console, console_reader)):
        await ws.close()
        await task
