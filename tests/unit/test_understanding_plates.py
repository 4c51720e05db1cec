"""A vehicle's registration said in a line is no price; the price beside it still is."""

from __future__ import annotations

import pytest

from audio.understanding import understand


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Our van is GJ 01 HT 8842, keep the crates near it"),
        ("en", "the WB-02-7719 lorry, load it"),
        ("hi", "मेरी गाड़ी का नंबर RJ 14 CA 6023 है"),
        ("hi", "gaadi number hr 26 5581 hai, wahan utaar do"),
        ("hi", "tempo no. DL 1C 2233 mein load karo"),
    ],
)
def test_a_registration_is_no_price(language: str, text: str) -> None:
    understood = understand(text, language=language)
    assert understood.amount_paise is None, understood
    assert understood.intent != "reject", understood  # "no." labels the number


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("en", "lorry number TN 09 BX 7731, 450 per bag", 45000),
        ("hi", "truck MP 09 4410 wala, 1,800 quintal", 180000),
    ],
)
def test_a_price_beside_a_registration_stands(language: str, text: str, paise: int) -> None:
    assert understand(text, language=language).amount_paise == paise


def test_letters_in_lower_case_with_no_vehicle_named_are_no_plate() -> None:
    """Romanized speech writes words of two letters before numbers ("do 20 30": give 20,
    30); only a state's code, in capitals or after a word for a vehicle, makes a plate."""
    from audio.understanding.plates import _STATES

    assert "DO" not in _STATES
    assert understand("mp 09 4410", language="hi").amount_paise is not None
