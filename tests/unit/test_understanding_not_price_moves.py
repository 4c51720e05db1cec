"""Lines that close a haggle without a price, and numbers and "no"s that are no price
move: short accepts (`done_verbs.py`, `agreed_paying.py`), sizes, hours and dates,
negations about something else, prices said back in disbelief."""

from __future__ import annotations

import pytest

from audio.understanding import understand

RECORDED = 0.6  # the confidence at which a price is recorded without asking


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("alright, do it. will you deliver?", "en"),
        ("ठीक है, दे दो। पर्ची मिलेगी?", "hi"),
        ("సరే, ఇచ్చేయండి. కవర్ ఉందా?", "te"),
        ("ঠিক আছে, দিয়ে দিন. রসিদ দেবেন?", "bn"),
        ("fine, I'll pay by UPI", "en"),
        ("ਠੀਕ ਹੈ, ਕੈਸ਼ ਦਿੰਦਾ ਹਾਂ", "pa"),
    ],
)
def test_agreement_closed_then_other_talk_accepts(text: str, language: str) -> None:
    heard = understand(text, language=language, has_outstanding_offer=True)
    assert str(heard.intent) == "accept", heard
    assert heard.amount_paise is None, heard


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ok, GPay chalega?", "hi"),
        ("card ok?", "en"),
        ("ok, is cash fine?", "en"),
    ],
)
def test_a_way_of_paying_asked_agrees_to_nothing(text: str, language: str) -> None:
    heard = understand(text, language=language, has_outstanding_offer=True)
    assert str(heard.intent) != "accept", heard


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("size nine fits, the eight is small", "en"),
        ("मेरा नंबर दस है, ये नौ वाला छोटा है", "hi"),
        ("shop is open 9 to 2 and 4 to 8", "en"),
        ("dukaan subah 7 se 12 khulti hai", "hi"),
    ],
)
def test_sizes_and_hours_are_no_price(text: str, language: str) -> None:
    heard = understand(text, language=language, has_outstanding_offer=True)
    assert heard.amount_paise is None or heard.confidence < RECORDED, heard
    assert str(heard.intent) in ("other", "question"), heard


def test_a_price_with_a_money_word_beside_a_size_stands() -> None:
    heard = understand("size nine, 450 rupees", language="en")
    assert heard.amount_paise == 45000, heard
