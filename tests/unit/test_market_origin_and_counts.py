"""A claim of origin with a sourcing denied ("our own nursery's, not brought from
outside") is the claim, no refusal; a count of people in a discount asked ("for three
kids") is no price (`audio.market.persons_counted`); the MRP held up against the price is
the complaint, no refusal (`audio.market.mrp`)."""

from __future__ import annotations

import asyncio

import pytest

from audio.interpret import interpret
from audio.phrasebook import PhrasebookMT


def _got(text: str, language: str, speaker: str = "customer") -> tuple[str | None, str | None]:
    target = "hi" if language == "en" else "en"
    r = asyncio.run(
        interpret(text, source=language, target=target, speaker=speaker, mt=PhrasebookMT())
    )
    return (r.market.act if r.market else None, r.act.kind.value if r.act else None)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hi", "sab apni nursery ka maal hai, bahar se nahi laate"),
        ("pa", "ਸਾਡੀ ਨਰਸਰੀ ਦੇ ਬੂਟੇ ਨੇ, ਮੰਡੀ ਤੋਂ ਨਹੀਂ ਲਿਆਂਦੇ"),
        ("te", "ఇవి మా సొంత నర్సరీ మొక్కలు, బయట నుంచి తేలేదు"),
    ],
)
def test_a_denied_sourcing_is_the_origin_claim(language: str, text: str) -> None:
    assert _got(text, language, "vendor") == ("claim_origin", None)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "a little less please, I'm taking these for five guests"),
        ("hi", "kuch kam karo, paanch logon ke liye le rahi hoon"),
    ],
)
def test_people_counted_are_no_price(language: str, text: str) -> None:
    assert _got(text, language) == ("ask_discount", None)


def test_a_price_for_people_stays() -> None:
    assert _got("पाँच लोगों के लिए 300 रुपये दूँगी", "hi")[1] == "offer"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "that's a lot, the MRP printed is lower"),
        ("gu", "bahu vadhare che, MRP j ochhu che"),
        ("kn", "ತುಂಬಾ ಜಾಸ್ತಿ, ಎಂಆರ್‌ಪಿ ಕಮ್ಮಿ ಇದೆ"),
    ],
)
def test_the_mrp_held_up_is_the_complaint(language: str, text: str) -> None:
    assert _got(text, language) == ("too_expensive", None)
