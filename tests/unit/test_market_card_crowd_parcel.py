"""Market acts, fourteenth round: card asked with cash as the feared alternative, a remark
about a crowd that says "see" or "stand", packing asked for fear of the goods spoiling, a
vendor's invitation to taste, coming back later with a parting word."""

from __future__ import annotations

import pytest

from audio.market import market_act


def act_of(text: str, language: str) -> str | None:
    found = market_act(text, language)
    return found.act if found is not None else None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "card or just cash?"),
        ("hi", "कार्ड लेते हो या सिर्फ नकद?"),
        ("ta", "கார்டு உண்டா, இல்ல காசு மட்டும்தானா?"),
        ("kn", "card aagutta illa cash maatra?"),
        ("bn", "কার্ড নেন, নাকি শুধু নগদ?"),
    ],
)
def test_card_asked_with_only_cash_beside_it_asks_about_card(language: str, text: str) -> None:
    assert act_of(text, language) == "pay_card"


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("hi", "नकद या कार्ड?", "pay_how"),
        ("en", "cash only, no card", "pay_cash"),
        ("kn", "ಕ್ಯಾಶ್ ಇಲ್ಲ, ಕಾರ್ಡ್ ಆಗುತ್ತಾ?", "pay_card"),
    ],
)
def test_without_only_the_ways_to_pay_read_as_before(
    language: str, text: str, expected: str
) -> None:
    assert act_of(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("mr", "दिवाळीची गर्दी बघा"),
        ("gu", "ભીડ તો જુઓ આજે"),
        ("bn", "এত ভিড়, দাঁড়ানোর জায়গা নেই"),
        ("hi", "देखो कितनी भीड़ है"),
    ],
)
def test_a_crowd_remark_calls_nobody_and_asks_no_wait(language: str, text: str) -> None:
    assert act_of(text, language) is None


def test_a_minute_asked_in_a_crowd_still_asks_to_wait() -> None:
    assert act_of("बहुत भीड़ है, एक मिनट रुको", "hi") == "wait"


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "parcel it well or it'll get soggy", "pack_it"),
        ("mr", "नीट बांधा, नाहीतर मऊ होतील", "pack_it"),
        ("en", "these vadas are soggy", "quality_soft"),
    ],
)
def test_packing_against_spoiling_is_packing(language: str, text: str, expected: str) -> None:
    assert act_of(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("gu", "ચાખી જુઓ ભાઈ", "taste"),
        ("mr", "चाखून बघा ना", "taste"),
        ("gu", "ખાઈ જુઓ, બહુ મીઠી છે", "taste"),
        ("bn", "বিকেলে আবার আসব, আসি", "come_back_later"),
    ],
)
def test_taste_offered_and_coming_back(language: str, text: str, expected: str) -> None:
    assert act_of(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "a parcel came for my son this morning"),
        ("hi", "कल घर पे एक पार्सल आया"),
        ("ta", "வீட்டுக்கு பார்சல் வந்திருக்கு"),
    ],
)
def test_a_couriers_parcel_asks_no_packing(language: str, text: str) -> None:
    assert act_of(text, language) is None


@pytest.mark.parametrize(
    ("language", "text"),
    [("hi", "समोसे पार्सल कर दो"), ("ta", "ரெண்டு வடை பார்சல் பண்ணுங்க"), ("en", "parcel two plates")],
)
def test_parcel_said_with_a_making_word_is_packing(language: str, text: str) -> None:
    assert act_of(text, language) == "pack_it"
