"""A shopper's price heard without confidence above the list price: an offer above it
stands at the list price, so the question says so — what a yes records is the list
price, never the higher figure asked about (a yes once recorded less than the question
named, without a word)."""

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


async def asked(
    server: LiveServer, words: str, *, language: str, quantity: int = 1
) -> tuple[dict[str, object], object, object, object]:
    api = Api(server.http)
    vendor = await api.register("vendor", language="en")
    customer = await api.register("customer", language=language)
    product = await api.product(vendor["token"], list_price_paise=3000, floor_price_paise=2000)
    n = (await api.open(customer["token"], product["id"], quantity=quantity))["id"]
    ws, got, task = await open_browser(server, n, customer["token"], language=language)
    await ws.send(json.dumps({"type": "text", "text": words}))
    await wait_for(lambda: got.of("confirm_price"), what="the question")
    [question] = got.of("confirm_price")
    return question, ws, got, task


async def test_a_rate_above_the_list_price_is_asked_as_the_list_price(server: LiveServer) -> None:
    """Thirty-six a kilo heard unsure on a ₹30 product, for 3 kilos: the question says
    the list price is what a yes records, and the yes records it."""
    question, ws, got, task = await asked(
        server, "thirty or thirty six rupees", language="en", quantity=3
    )
    assert question["text"] == (
        "Did you say 36 rupees a kilo? That is above the list price; a yes records the "
        "list price, 30 rupees a kilo, 90 rupees in all."
    )
    assert question["amount_paise"] == 3600
    assert (question["unit_price_paise"], question["total_paise"]) == (3000, 9000)
    assert question["list_price_paise"] == 3000
    message = {"type": "confirm_price", "utterance_id": question["utterance_id"], "confirm": True}
    await ws.send(json.dumps(message))  # type: ignore[attr-defined]
    await wait_for(lambda: got.of("offer"), what="the offer")  # type: ignore[attr-defined]
    async with server.app.state.sessions() as session:
        [bid] = list(await session.scalars(select(Bid)))
    assert (bid.amount_paise, bid.quantity) == (question["unit_price_paise"], 3)
    await ws.close()  # type: ignore[attr-defined]
    await task  # type: ignore[misc]


async def test_a_total_for_part_of_a_kilo_above_the_list_price(server: LiveServer) -> None:
    """ "Half a kilo for 17" is ₹34 a kilo on a ₹30 product: the total heard is said back,
    then that a yes records the list price, in Hindi."""
    question, ws, _, task = await asked(server, "आधा किलो 17 रुपये में", language="hi")
    text = str(question["text"])
    assert text.startswith("आपने 500 ग्राम 17 रुपये में कहा।"), text
    assert text.endswith(
        "यह सूची के दाम से ज़्यादा है; हाँ कहने पर सूची का दाम, 30 रुपये किलो, दर्ज होगा, कुल 30 रुपये।"
    ), text
    assert (question["unit_price_paise"], question["total_paise"]) == (3000, 3000)
    assert question["said_total_paise"] == 1700
    await ws.close()  # type: ignore[attr-defined]
    await task  # type: ignore[misc]


async def test_a_rate_within_the_list_price_is_asked_as_before(server: LiveServer) -> None:
    question, ws, _, task = await asked(server, "twenty or twenty six rupees", language="en")
    assert question["text"] == "Did you say 26 rupees a kilo?"
    assert question["unit_price_paise"] == 2600 and "list_price_paise" not in question
    await ws.close()  # type: ignore[attr-defined]
    await task  # type: ignore[misc]


async def test_another_screen_of_the_shopper_reads_it_in_its_own_language(
    server: LiveServer,
) -> None:
    """The same Hindi question, with the total heard and the list price, on a second screen
    of the shopper's that watches in English: worded in English, the same figures."""
    api = Api(server.http)
    vendor = await api.register("vendor", language="en")
    customer = await api.register("customer", language="hi")
    product = await api.product(vendor["token"], list_price_paise=3000, floor_price_paise=2000)
    n = (await api.open(customer["token"], product["id"]))["id"]
    ws, got, task = await open_browser(server, n, customer["token"], language="hi")
    wws, watched, wtask = await open_browser(
        server, n, customer["token"], language="en", watch=True
    )
    await ws.send(json.dumps({"type": "text", "text": "आधा किलो 17 रुपये में"}))
    await wait_for(lambda: watched.of("confirm_price"), what="the question on the other screen")
    await wait_for(lambda: got.of("confirm_price"), what="the question on the speaking screen")
    [question] = got.of("confirm_price")
    [seen] = watched.of("confirm_price")
    assert str(question["text"]).startswith("आपने 500 ग्राम 17 रुपये में कहा।")
    assert (seen["text"], seen["language"]) == (
        "You said 500 grams for 17 rupees. This deal is for 1 kilo: 34 rupees a kilo, "
        "34 rupees in all. Is that right? That is above the list price; a yes records the "
        "list price, 30 rupees a kilo, 30 rupees in all.",
        "en",
    )
    differs = {"text", "language"}
    assert {k: v for k, v in seen.items() if k not in differs} == {
        k: v for k, v in question.items() if k not in differs
    }
    for each, its_task in ((ws, task), (wws, wtask)):
        await each.close()
        await its_task
