"""A total said for a quantity other than the deal's whole units ("a quarter kilo for 10
rupees" on a 1-kg deal), or one that no whole-paise rate keeps ("100 for 7 kilos"), over
real sockets: never recorded as heard; asked back naming the total heard and what a yes
records in all, so a yes never commits the shopper to money they did not name unsaid."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

import pytest
from sqlalchemy import select

from models import Bid
from tests.conftest import Api, make_settings
from tests.fakes import FakeSTT
from tests.live_helpers import LiveServer, live_server, open_browser, speaking, wait_for


@pytest.fixture
async def server(database_url: str) -> AsyncIterator[LiveServer]:
    async with live_server(make_settings(database_url), stt=FakeSTT(), tts=speaking()) as s:
        yield s


CASES = [
    # (language, the product's unit, the deal's quantity, words, the question, bid on yes)
    (
        "en",
        "kg",
        1,
        "quarter kilo for twelve rupees",
        "You said 250 grams for 12 rupees. This deal is for 1 kilo: 48 rupees a kilo, "
        "48 rupees in all. Is that right?",
        (4800, 1),
    ),
    (
        "hi",
        "kg",
        1,
        "पाव किलो 15 रुपये",
        "आपने 250 ग्राम 15 रुपये में कहा। यह सौदा 1 किलो का है: 60 रुपये किलो, कुल 60 रुपये। क्या यह ठीक है?",
        (6000, 1),
    ),
    (
        "en",
        "dozen",
        2,
        "one and a half dozen for 75",
        "You said 1.5 dozen for 75 rupees. This deal is for 2 dozen: 50 rupees a dozen, "
        "100 rupees in all. Is that right?",
        (5000, 2),
    ),
    (
        "en",
        "kg",
        3,
        "2.5 kilo for 110",
        "You said 2 kilos 500 grams for 110 rupees. This deal is for 3 kilos: 44 rupees a "
        "kilo, 132 rupees in all. Is that right?",
        (4400, 3),
    ),
    (
        "hi",
        "kg",
        4,
        "ढाई किलो 100 रुपये में",
        "आपने 2 किलो 500 ग्राम 100 रुपये में कहा। यह सौदा 4 किलो का है: 40 रुपये किलो, कुल 160 "
        "रुपये। क्या यह ठीक है?",
        (4000, 4),
    ),
    # Whole kilos, but no whole-paise rate keeps the total (₹14.28 a kilo is ₹99.96).
    (
        "en",
        "kg",
        7,
        "I will pay 100 for 7 kilos",
        "You said 7 kilos for 100 rupees. This deal is for 7 kilos: 14 rupees 28 paise a "
        "kilo, 99 rupees 96 paise in all. Is that right?",
        (1428, 7),
    ),
]


@pytest.mark.parametrize(("language", "unit", "quantity", "words", "question", "bid"), CASES)
async def test_the_question_names_the_total_heard_and_what_a_yes_records(
    server: LiveServer,
    language: str,
    unit: str,
    quantity: int,
    words: str,
    question: str,
    bid: tuple[int, int],
) -> None:
    api = Api(server.http)
    vendor = await api.register("vendor", language="en")
    customer = await api.register("customer", language=language)
    product = await api.product(
        vendor["token"], unit=unit, list_price_paise=6000, floor_price_paise=1000
    )
    n = (await api.open(customer["token"], product["id"], quantity=quantity))["id"]
    ws, got, task = await open_browser(server, n, customer["token"], language=language)
    await ws.send(json.dumps({"type": "text", "text": words}))
    await wait_for(lambda: got.of("confirm_price"), what="the question")
    [asked] = got.of("confirm_price")
    assert asked["text"] == question
    assert (asked["unit_price_paise"], asked["total_paise"]) == (bid[0], bid[0] * bid[1])
    assert asked["said_total_paise"] is not None and asked["said_quantity"] is not None
    async with server.app.state.sessions() as session:
        assert list(await session.scalars(select(Bid))) == []
    yes = "yes" if language == "en" else "हाँ"
    await ws.send(json.dumps({"type": "text", "text": yes}))
    await wait_for(lambda: got.of("offer"), what="the offer")
    async with server.app.state.sessions() as session:
        [recorded] = list(await session.scalars(select(Bid)))
    assert (recorded.amount_paise, recorded.quantity) == bid
    await ws.close()
    await task


async def test_a_total_that_splits_into_paise_is_recorded_as_said(server: LiveServer) -> None:
    api = Api(server.http)
    vendor = await api.register("vendor", language="en")
    customer = await api.register("customer", language="en")
    product = await api.product(vendor["token"], list_price_paise=6000, floor_price_paise=1000)
    n = (await api.open(customer["token"], product["id"], quantity=4))["id"]
    ws, got, task = await open_browser(server, n, customer["token"], language="en")
    await ws.send(json.dumps({"type": "text", "text": "I will pay 120 for 4 kilos"}))
    await wait_for(lambda: got.of("offer"), what="the offer")
    assert not got.of("confirm_price")
    async with server.app.state.sessions() as session:
        [recorded] = list(await session.scalars(select(Bid)))
    assert (recorded.amount_paise, recorded.quantity) == (3000, 4)
    await ws.close()
    await task
