"""Annas after rupees: an anna is a sixteenth of a rupee, and the quarters said at a
stall (4, 8 and 12 annas) are 25, 50 and 75 paise; another count is asked."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import Intent, understand
from audio.understanding.annas import PAISE_PER_ANNAS


def test_anna_values_are_sixteenths_of_a_rupee() -> None:
    assert PAISE_PER_ANNAS == {4: 25, 8: 50, 12: 75}
    for annas, paise in PAISE_PER_ANNAS.items():
        assert paise * 16 == annas * 100


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("hi", "चालीस रुपये चार आने किलो", 4025),
        ("en", "sixty rupees twelve annas a kilo", 6075),
        ("mr", "वीस रुपये आठ आणे किलो", 2050),
        ("ta", "கிலோ இருபது ரூபா எட்டு அணா", 2050),
        ("bn", "তিরিশ টাকা চার আনা কিলো", 3025),
        ("pa", "ਤੀਹ ਰੁਪਏ ਬਾਰਾਂ ਆਨੇ ਕਿੱਲੋ", 3075),
    ],
)
def test_rupees_and_annas_a_kilo(language: str, text: str, paise: int) -> None:
    understood = understand(text, language=language)
    assert understood.intent is Intent.OFFER
    assert understood.amount_paise == paise
    assert understood.per_unit is True
    assert understood.unit == "kg"


def test_an_odd_count_of_annas_is_asked() -> None:
    understood = understand("दस रुपये छह आने", language="hi")
    assert understood.confidence < MIN_CONFIDENCE


def test_anna_is_a_brother_in_kannada() -> None:
    understood = understand(
        "anna, hattu rupayi nalku anna kodi", language="kn", has_outstanding_offer=True
    )
    assert understood.amount_paise != 1025
