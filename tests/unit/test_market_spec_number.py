"""A number bound to a specification (GSM, mAh, GB, watt, volt, pages; "size 8",
"नंबर 10", "A4") is no price: the line is its act and no offer reaches the listener
(`audio.market.spec_number`); a currency word keeps the price."""

from __future__ import annotations

import asyncio

import pytest

from audio.interpret import interpret
from audio.phrasebook import PhrasebookMT


def _got(text: str, language: str) -> tuple[str | None, str | None, int | None]:
    target = "hi" if language == "en" else "en"
    r = asyncio.run(
        interpret(text, source=language, target=target, speaker="customer", mt=PhrasebookMT())
    )
    kind = r.act.kind.value if r.act else None
    return (r.market.act if r.market else None, kind, r.act.amount_paise if r.act else None)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "have you got 80 gsm printing paper?"),
        ("en", "any 20000 mAh power bank?"),
        ("hi", "साइज 6 के जूते हैं क्या?"),
        ("hi", "128 जीबी वाली पेन ड्राइव है क्या?"),
        ("ta", "அக்கா 40 வாட் டியூப் லைட் இருக்கா?"),
        ("te", "నంబర్ 8 బ్రష్ ఉందా?"),
        ("bn", "100 পাতার খাতা আছে?"),
        ("mr", "साईज 5 चप्पल आहे का?"),
        ("gu", "24 વોલ્ટ ની બેટરી છે?"),
        ("kn", "ನಂಬರ್ 12 ಬ್ರಶ್ ಇದೆಯಾ?"),
        ("ml", "20 വാട്ട് ബൾബ് ഉണ്ടോ?"),
        ("pa", "ਨੰਬਰ 3 ਪੈਨਸਿਲ ਹੈ?"),
    ],
)
def test_a_specification_is_no_price(language: str, text: str) -> None:
    market, _, amount = _got(text, language)
    assert amount is None
    assert market == "have_it"


def test_a_paper_size_written_onto_the_number() -> None:
    assert _got("got any A4 sheets?", "en")[2] is None


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [("en", "80 rupees for the gsm paper?", 80_00), ("hi", "60 रुपये वाला बल्ब है?", 60_00)],
)
def test_a_currency_keeps_the_price(language: str, text: str, paise: int) -> None:
    assert _got(text, language)[2] == paise


def test_a_price_beside_a_bound_number_stays() -> None:
    assert _got("the 24 volt one for 900?", "en")[2] == 900_00


def test_a_rate_is_not_a_size() -> None:
    assert _got("40 a kilo, ok?", "en")[2] == 40_00
