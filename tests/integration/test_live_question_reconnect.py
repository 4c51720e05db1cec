"""A price question waiting when its speaker's connection is replaced (a reload, a switch
of the page's language: a new socket, a new `hello`): asked again on the new connection,
in its language, and answerable there; one the negotiation moved past is closed with a
request to say the price again, never left to fail as unknown."""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator

import pytest
from sqlalchemy import select

from models import Bid
from tests.conftest import REDIS_URL, Api, make_settings, need
from tests.fakes import FakeSTT
from tests.live_helpers import (
    LiveServer,
    Received,
    live_server,
    open_browser,
    speaking,
    wait_for,
)


@pytest.fixture
async def server(database_url: str) -> AsyncIterator[LiveServer]:
    async with live_server(make_settings(database_url), stt=FakeSTT(), tts=speaking()) as s:
        yield s


@pytest.mark.parametrize("vendor_here", [True, False])
async def test_the_question_is_asked_again_in_the_new_language(
    server: LiveServer, vendor_here: bool
) -> None:
    api = Api(server.http)
    vendor = await api.register("vendor", language="en")
    customer = await api.register("customer", language="en")
    product = await api.product(vendor["token"], list_price_paise=6000)
    n = (await api.open(customer["token"], product["id"], quantity=2))["id"]
    v = await open_browser(server, n, vendor["token"], language="en") if vendor_here else None
    ws, got, task = await open_browser(server, n, customer["token"], language="en")
    await ws.send(json.dumps({"type": "text", "text": "thirty or thirty five rupees"}))
    await wait_for(lambda: got.of("confirm_price"), what="the question")
    [asked] = got.of("confirm_price")
    assert asked["text"] == "Did you say 35 rupees a kilo?"
    await ws.close()
    await task
    ws, got, task = await open_browser(server, n, customer["token"], language="hi")
    await wait_for(lambda: got.of("confirm_price"), what="the question asked again")
    [again] = got.of("confirm_price")
    assert again["utterance_id"] == asked["utterance_id"]
    assert again["text"] == "क्या आपने 35 रुपये किलो कहा?" and again["language"] == "hi"
    assert 0 < again["expires_in"] <= 20.0
    message = {"type": "confirm_price", "utterance_id": again["utterance_id"], "confirm": True}
    await ws.send(json.dumps(message))
    await wait_for(lambda: got.of("offer"), what="the offer")
    assert not got.of("error")
    async with server.app.state.sessions() as session:
        [bid] = list(await session.scalars(select(Bid)))
    assert (bid.amount_paise, bid.quantity) == (3500, 2)
    await ws.close()
    await task
    if v is not None:
        await v[0].close()
        await v[2]


async def test_a_question_the_deal_moved_past_is_closed_on_reconnect(server: LiveServer) -> None:
    """The shopper's socket closes on a waiting question, and the vendor counters (through
    the API) before they are back: the new connection is told the question is closed and
    asked to say the price again; the old question cannot be answered any more."""
    api = Api(server.http)
    vendor = await api.register("vendor", language="en")
    customer = await api.register("customer", language="en")
    product = await api.product(vendor["token"], list_price_paise=6000)
    n = (await api.open(customer["token"], product["id"]))["id"]
    ws, got, task = await open_browser(server, n, customer["token"], language="en")
    await ws.send(json.dumps({"type": "text", "text": "thirty or thirty five rupees"}))
    await wait_for(lambda: got.of("confirm_price"), what="the question")
    [asked] = got.of("confirm_price")
    await ws.close()
    await task
    r = await api.bid(vendor["token"], n, 5000)
    assert r.status_code == 201, r.text
    ws, got, task = await open_browser(server, n, customer["token"], language="hi")
    await wait_for(lambda: got.of("confirm_price_cancelled"), what="the question closed")
    [closed] = got.of("confirm_price_cancelled")
    assert closed["utterance_id"] == asked["utterance_id"]
    assert closed["reason"] == "left_behind"
    assert closed["text"] == "कृपया दाम फिर से बोलिए, या टाइप कर दीजिए।"
    assert not got.of("confirm_price")
    message = {"type": "confirm_price", "utterance_id": asked["utterance_id"], "confirm": True}
    await ws.send(json.dumps(message))
    await wait_for(lambda: got.of("error"), what="the answer refused")
    assert got.of("error")[0]["code"] == "confirm_stale"
    async with server.app.state.sessions() as session:
        assert [b.amount_paise for b in await session.scalars(select(Bid))] == [5000]
    await ws.close()
    await task


@contextlib.asynccontextmanager
async def two_processes(database_url: str) -> AsyncIterator[tuple[LiveServer, LiveServer]]:
    """Two app instances sharing the database and one Redis, as `serve --workers 2`."""
    settings = make_settings(database_url, redis_url=need(REDIS_URL, "Redis"))
    async with (
        live_server(settings, stt=FakeSTT(), tts=speaking()) as a,
        live_server(settings, stt=FakeSTT(), tts=speaking()) as b,
    ):
        yield a, b


async def ask_on(server: LiveServer, n: int, token: str) -> dict[str, object]:
    """The shopper's unsure price on `server`; their socket then closes."""
    ws, got, task = await open_browser(server, n, token, language="en")
    await ws.send(json.dumps({"type": "text", "text": "thirty or thirty five rupees"}))
    await wait_for(lambda: got.of("confirm_price"), what="the question")
    [asked] = got.of("confirm_price")
    await ws.close()
    await task
    return asked


async def answer(ws: object, got: Received, utterance_id: object, *, confirm: bool) -> None:
    message = {"type": "confirm_price", "utterance_id": utterance_id, "confirm": confirm}
    await ws.send(json.dumps(message))  # type: ignore[attr-defined]


async def test_a_new_connection_on_another_process_is_asked_and_may_answer(
    database_url: str,
) -> None:
    """Asked on one process; the reload lands on the other, in Hindi: asked again there,
    the yes recorded once; a later connection on the first process is asked nothing."""
    async with two_processes(database_url) as (a, b):
        api = Api(a.http)
        vendor = await api.register("vendor", language="en")
        customer = await api.register("customer", language="en")
        product = await api.product(vendor["token"], list_price_paise=6000)
        n = (await api.open(customer["token"], product["id"], quantity=2))["id"]
        v = await open_browser(a, n, vendor["token"], language="en")  # A keeps its room
        asked = await ask_on(a, n, customer["token"])
        ws, got, task = await open_browser(b, n, customer["token"], language="hi")
        await wait_for(lambda: got.of("confirm_price"), what="the question asked on B")
        [again] = got.of("confirm_price")
        assert again["utterance_id"] == asked["utterance_id"]
        assert again["text"] == "क्या आपने 35 रुपये किलो कहा?"
        assert 0 < again["expires_in"] <= 20.0
        assert again["total_paise"] == 7000
        await answer(ws, got, again["utterance_id"], confirm=True)
        await wait_for(lambda: got.of("offer"), what="the offer")
        assert not got.of("error")
        await wait_for(lambda: v[1].of("offer"), what="the offer on the vendor's process")
        async with a.app.state.sessions() as session:
            bids = list(await session.scalars(select(Bid)))
        assert [(x.amount_paise, x.quantity) for x in bids] == [(3500, 2)]
        await ws.close()
        await task
        # Back on A: the question is answered; nothing is asked, an answer is stale.
        ws, got, task = await open_browser(a, n, customer["token"], language="en")
        await asyncio.sleep(0.3)
        assert not got.of("confirm_price") and not got.of("confirm_price_cancelled")
        await answer(ws, got, asked["utterance_id"], confirm=True)
        await wait_for(lambda: got.of("error"), what="the answer refused")
        assert got.of("error")[0]["code"] == "confirm_stale"
        async with a.app.state.sessions() as session:
            assert len(list(await session.scalars(select(Bid)))) == 1
        await ws.close()
        await task
        await v[0].close()
        await v[2]


async def test_a_refusal_on_another_process_is_not_asked_again(database_url: str) -> None:
    """Asked on A while nobody else is there; refused on B: a connection back on A (whose
    own copy of the question was kept when its room emptied) is not asked again."""
    async with two_processes(database_url) as (a, b):
        api = Api(a.http)
        vendor = await api.register("vendor", language="en")
        customer = await api.register("customer", language="en")
        product = await api.product(vendor["token"], list_price_paise=6000)
        n = (await api.open(customer["token"], product["id"]))["id"]
        asked = await ask_on(a, n, customer["token"])
        ws, got, task = await open_browser(b, n, customer["token"], language="en")
        await wait_for(lambda: got.of("confirm_price"), what="the question asked on B")
        await answer(ws, got, asked["utterance_id"], confirm=False)
        await wait_for(lambda: got.of("confirm_price_cancelled"), what="the refusal")
        assert got.of("confirm_price_cancelled")[0]["reason"] == "refused"
        await ws.close()
        await task
        ws, got, task = await open_browser(a, n, customer["token"], language="en")
        await asyncio.sleep(0.3)
        assert not got.of("confirm_price")
        await answer(ws, got, asked["utterance_id"], confirm=True)
        await wait_for(lambda: got.of("error"), what="the answer refused")
        assert got.of("error")[0]["code"] == "confirm_stale"
        async with a.app.state.sessions() as session:
            assert list(await session.scalars(select(Bid))) == []
        await ws.close()
        await task
