"""Numbers no stall price can be: never a crash, never a confident price."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import understand


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("9" * 499 + " rupees", "en"),
        ("१" + "०" * 24 + " रुपये", "hi"),
        ("45 rupees for 1000 crore kilo", "en"),
        ("1e308 rupees", "en"),
        ("৯" * 40 + " টাকা", "bn"),
    ],
)
def test_an_impossible_number_is_never_a_confident_price(text: str, language: str) -> None:
    heard = understand(text, language=language)
    assert heard.amount_paise is None or heard.confidence < MIN_CONFIDENCE


def test_a_large_real_price_is_still_read() -> None:
    heard = understand("dedh lakh rupaye final", language="hi")
    assert heard.amount_paise == 150_000_00
    assert heard.confidence >= MIN_CONFIDENCE


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("half", "en"),
        ("I'll come back at half past five after work", "en"),
        ("aadha", "hi"),
    ],
)
def test_a_bare_fraction_is_never_a_confident_price(text: str, language: str) -> None:
    heard = understand(text, language=language, has_outstanding_offer=True)
    assert heard.amount_paise is None or heard.confidence < MIN_CONFIDENCE


def test_paise_said_as_paise_are_still_a_price() -> None:
    heard = understand("pachaas paise", language="hi", has_outstanding_offer=True)
    assert (heard.amount_paise, heard.confidence >= MIN_CONFIDENCE) == (50, True)


@pytest.mark.parametrize(
    ("text", "language"),
    [("illa anna, kodalla", "kn"), ("illa saar, aagalla", "kn"), ("illa, venda", "ml")],
)
def test_a_refusal_typed_in_latin_letters_is_no_number(text: str, language: str) -> None:
    heard = understand(text, language=language, has_outstanding_offer=True)
    assert heard.amount_paise is None, heard
