"""A part of the product's unit over real sockets: "half a kilo for 25 rupees" on a
2 kg deal is never recorded as 2 kg at ₹12.50; its speaker is asked whether they said
₹50 a kilo, and only their yes records and relays that rate. Typed and spoken words take
the same path; the server hears through fakes (`tests.fakes`)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from tests.conftest import make_settings
from tests.fakes import FakeSTT
from tests.integration.test_live_confirm_price import bids, close, market, say
from tests.live_helpers import LiveServer, barrier, live_server, speaking, wait_for


@pytest.fixture
async def server(database_url: str) -> AsyncIterator[LiveServer]:
    async with live_server(make_settings(database_url), stt=FakeSTT(), tts=speaking()) as s:
        yield s


@pytest.mark.parametrize(
    ("language", "words", "question", "rate"),
    [
        ("en", "I want half a kilo for 25 rupees", "50", 5000),
        ("hi", "ढाई किलो सौ रुपये में दे दो", "40 रुपये किलो", 4000),
        ("en", "give me 250 grams for 12 rupees", "48", 4800),
    ],
)
async def test_a_part_of_a_kilo_is_asked_as_its_rate(
    server: LiveServer, language: str, words: str, question: str, rate: int
) -> None:
    m = await market(server, customer_language=language)  # a 2 kg deal, ₹60 list
    c, v = m["c"], m["v"]
    await say(c, words)
    await wait_for(lambda: c[1].of("confirm_price"), what="the question")
    [asked] = c[1].of("confirm_price")
    assert question in asked["text"], asked["text"]
    assert (asked["amount_paise"], asked["unit_price_paise"]) == (rate, rate)
    assert asked["per_unit"] is True and asked["quantity"] is None
    await barrier(server, m["n"], c, v)
    assert await bids(server) == []  # nothing recorded, nothing told to the vendor
    assert not v[1].of("offer")
    await say(c, "yes" if language == "en" else "हाँ")
    await wait_for(lambda: v[1].of("offer"), what="the offer at the vendor")
    [offer] = v[1].of("offer")
    assert (offer["amount_paise"], offer["quantity"]) == (rate, 2)
    [(amount, source, _)] = await bids(server)
    assert (amount, source) == (rate, "text")
    await close(c, v)
