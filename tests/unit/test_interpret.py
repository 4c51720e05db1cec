"""Understanding → act → the listener's language; prices never pass through free text."""

from __future__ import annotations

import pytest

from audio.acts import ActKind
from audio.interpret import act_from, interpret
from audio.phrasebook import PhrasebookMT
from audio.understanding import Catalogue, CatalogueItem, understand

TOMATO = {"en": "Tomato", "hi": "टमाटर", "ta": "தக்காளி"}
CATALOGUE = Catalogue([CatalogueItem("tomato", TOMATO)])


async def test_spoken_offer_is_rendered_from_the_act() -> None:
    result = await interpret(
        "टमाटर चालीस रुपये किलो",
        source="hi",
        target="ta",
        speaker="customer",
        mt=PhrasebookMT(),
        catalogue=CATALOGUE,
        product_names={"tomato": TOMATO},
    )
    assert result.act is not None
    assert result.act.kind is ActKind.OFFER
    assert result.act.amount_paise == 4000
    assert result.translation.untranslated is False
    assert "40" in result.translation.text
    assert "தக்காளி" in result.translation.text  # the listener's own word for it


async def test_counter_and_accept_and_reject() -> None:
    mt = PhrasebookMT()
    counter = await interpret(
        "300 nahi, 250",
        source="hi",
        target="en",
        speaker="vendor",
        mt=mt,
        has_outstanding_offer=True,
    )
    assert counter.act is not None
    assert counter.act.kind is ActKind.COUNTER
    assert "250" in counter.translation.text
    assert "300" not in counter.translation.text
    accept = await interpret("theek hai 250", source="hi", target="en", speaker="vendor", mt=mt)
    assert accept.act is not None
    assert accept.act.kind is ActKind.ACCEPT
    reject = await interpret("nahi bhai", source="hi", target="ta", speaker="vendor", mt=mt)
    assert reject.act is not None
    assert reject.act.kind is ActKind.REJECT


async def test_default_product_is_used_when_none_is_said() -> None:
    result = await interpret(
        "chaalis rupaye kilo",
        source="hi",
        target="en",
        speaker="customer",
        mt=PhrasebookMT(),
        default_product=TOMATO,
    )
    assert "Tomato" in result.translation.text


async def test_small_talk_passes_through_flagged() -> None:
    result = await interpret(
        "कल बारिश होगी क्या", source="hi", target="ta", speaker="customer", mt=PhrasebookMT()
    )
    assert result.act is None
    assert result.translation.untranslated is True
    # Transliterated into Tamil script, not silently "translated".
    assert all("\u0b80" <= ch <= "\u0bff" or not ch.isalpha() for ch in result.translation.text)


@pytest.mark.parametrize("text", ["hmm", "कल मिलते हैं", "the weather is nice"])
def test_no_act_without_a_confident_move(text: str) -> None:
    assert act_from(understand(text, language="hi"), speaker="customer") is None


def test_offer_without_a_price_is_not_an_act() -> None:
    understood = understand("do kilo tamatar", language="hi", catalogue=CATALOGUE)
    assert understood.amount_paise is None
    assert act_from(understood, speaker="customer") is None
