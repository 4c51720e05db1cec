"""A vendor's "what else shall I give?" asks what else is wanted, not the price; stock
asked with a size or an age and a bare "is there?" asks for it, while the size of the
item at hand or one judged asks for none; a price echoed for a count of hands or goods
with "too much" is the complaint, no price; "getting it done" is no deal."""

from __future__ import annotations

import pytest

from audio.market import market_act
from audio.understanding import understand

_ACTS = [
    ("te", "ఇంకేం ఇవ్వాలి సార్?", "anything_else"),
    ("kn", "ಬೇರೆ ಏನು ಕೊಡ್ಲಿ ಸಾರ್?", "anything_else"),
    ("pa", "ਹੋਰ ਕੀ ਦੇਈਏ ਬਾਊ ਜੀ?", "anything_else"),
    ("hi", "और क्या दे दूँ भैया?", "anything_else"),
    ("ml", "ഇനി എന്ത് തരട്ടെ?", "anything_else"),
    ("te", "టమాటా ఎలా ఇస్తారు?", "ask_price"),
    ("hi", "XL साइज़ है?", "have_it"),
    ("hi", "42 नंबर की चप्पल है?", "have_it"),
    ("hi", "आपका नंबर क्या है?", None),
    ("hi", "साइज़ सही है?", None),
    ("hi", "ये जूते 8 नंबर के हैं?", None),
    ("en", "Give a little discount, we're four girls getting it done.", "ask_discount"),
    ("en", "ok, done", "deal"),
    ("kn", "ಬಹಳ ತುಟ್ಟಿ ಆಯ್ತು ಅಣ್ಣಾ", "too_expensive"),
]


@pytest.mark.parametrize(("language", "text", "act"), _ACTS)
def test_act(language: str, text: str, act: str | None) -> None:
    found = market_act(text, language)
    assert (found.act if found else None) == act


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hi", "बच्चों के स्वेटर हैं? पाँच-छह साल के लिए"),
        ("bn", "বাচ্চাদের সোয়েটার আছে? পাঁচ-ছ বছরের"),
        ("te", "పిల్లల స్వెటర్లు ఉన్నాయా? ఐదు ఆరేళ్ళ వాళ్ళకి"),
    ],
)
def test_range_of_ages_is_no_price(language: str, text: str) -> None:
    assert understand(text, language=language).amount_paise is None


def test_range_of_hundreds_keeps_its_price() -> None:
    assert understand("पाँच-छह सौ दे दो", language="hi").amount_paise is not None


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("language", "text"),
    [("pa", "ਦੋ ਹੱਥਾਂ ਦੇ 800? ਬਹੁਤ ਜ਼ਿਆਦਾ ਹੈ"), ("te", "రెండు చేతులకి ఎనిమిది వందలా? చాలా ఎక్కువ")],
)
async def test_echo_for_a_count_is_the_complaint(language: str, text: str) -> None:
    from audio.interpret import interpret
    from audio.phrasebook import PhrasebookMT

    got = await interpret(text, source=language, target="en", speaker="customer", mt=PhrasebookMT())
    # The complaint is said: as the market act, or, where the echoed number is read
    # ("ఎనిమిది వందలా?"), as the refusal of that price, which is price talk of the same
    # meaning; never a price of its own.
    if got.act is None:
        assert got.market is not None and got.market.act == "too_expensive"
    else:
        assert got.act.kind.value == "reject" and got.act.amount_paise is None
