"""A repair's price asked beside the damage ("the strap broke, how much to stitch it?",
"चप्पल का पट्टा टूट गया, सिलाई का कितना लोगे?") asks the price of the work: the price
question reaches the listener, never the damage alone as a doubt about the goods, while
the damage told with no price asked stays `quality_soft`."""

from __future__ import annotations

import asyncio

import pytest

from audio.acts import ActKind
from audio.interpret import interpret
from audio.market import market_act
from audio.phrasebook import PhrasebookMT


def received(text: str, language: str):  # type: ignore[no-untyped-def]
    target = "hi" if language == "en" else "en"
    return asyncio.run(
        interpret(text, source=language, target=target, speaker="customer", mt=PhrasebookMT())
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("चप्पल का पट्टा टूट गया, सिलाई का कितना लोगे?", "hi"),
        ("செருப்பு வார் அறுந்து போச்சு, தைக்க எவ்வளவு?", "ta"),
        ("ছাতার শিক ভেঙে গেছে, সারাতে কত নেবেন?", "bn"),
        ("ચંપલની પટ્ટી તૂટી ગઈ, સીવવાના કેટલા?", "gu"),
        ("my umbrella's spoke is broken, what will you charge to repair it?", "en"),
        ("కుర్తా చిరిగిపోయింది, కుట్టడానికి ఎంత?", "te"),
    ],
)
def test_a_repair_price_asked_is_the_price_question(text: str, language: str) -> None:
    got = received(text, language)
    if got.market is not None:
        assert got.market.act == "ask_price"
    else:
        assert got.act is not None and got.act.kind is ActKind.QUESTION
        assert got.act.amount_paise is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ఈ చెప్పు పట్టీ తెగిపోయింది", "te"),
        ("चप्पल टूट गई है, सिल दोगे?", "hi"),
    ],
)
def test_the_damage_with_no_price_asked_stays_a_doubt(text: str, language: str) -> None:
    act = market_act(text, language)
    assert act is not None and act.act == "quality_soft"
