"""A typed price ending in the letter O ("45O") is asked: ₹45, or ₹450 typed with a
letter for the zero."""

from __future__ import annotations

import pytest

from audio.understanding import understand
from audio.understanding.result import Intent

ASKED = 0.6


@pytest.mark.parametrize(
    ("text", "language"),
    [("45O", "en"), ("25o", "en"), ("25 O", "en"), ("45Oo", "en"), ("Rs 45O", "en"),
     ("45O दे दो", "hi"), ("४५O", "hi"), ("30O ரூபாய்", "ta")],
)  # fmt: skip
def test_a_letter_o_after_the_digits_is_asked(text: str, language: str) -> None:
    u = understand(text, language=language)
    assert u.confidence < ASKED, (text, u)


@pytest.mark.parametrize(
    ("text", "amount"),
    [("450", 45000), ("45 rupees", 4500), ("45 o bhai, de do", 4500), ("45, OK done", 4500)],
)
def test_a_price_without_the_letter_stands(text: str, amount: int) -> None:
    u = understand(text, language="hi" if "bhai" in text else "en")
    assert u.amount_paise == amount
    assert u.confidence >= ASKED or u.intent is Intent.ACCEPT, (text, u)
