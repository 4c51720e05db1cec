"""An amount off, a count of people, an instruction with a negative, an accept idiom
with a negative: none of them a price or a refusal, while the lines beside them that
do name a price or refuse keep doing so."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import Intent, Understanding, understand


def _reply(text: str, language: str, reference: int | None = None) -> Understanding:
    return understand(
        text, language=language, has_outstanding_offer=True, reference_paise=reference
    )


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "make it ten less than that"),
        ("en", "cut fifteen rupees from it"),
        ("en", "take twenty off"),
        ("hi", "पंद्रह रुपया घटा दो"),
        ("pa", "ਵੀਹ ਰੁਪਏ ਘਟਾ ਦਿਓ"),
        ("gu", "વીસ રૂપિયા ઘટાડો"),
        ("kn", "ಇಪ್ಪತ್ತು ರೂಪಾಯಿ ಇಳಿಸಿ"),
        ("bn", "দশ টাকা কম নাও না, রোজ আসি"),
    ],
)
def test_an_amount_off_asks_a_lower_price(language: str, text: str) -> None:
    heard = _reply(text, language)
    assert (heard.intent, heard.amount_paise) == (Intent.QUESTION, None)


@pytest.mark.parametrize(
    ("language", "text", "amount"),
    [
        ("hi", "कम करके चालीस कर दो", 4000),
        ("hi", "चालीस से कम नहीं", 4000),
        ("en", "not less than forty", 4000),
    ],
)
def test_a_price_to_come_down_to_stays_a_price(language: str, text: str, amount: int) -> None:
    heard = _reply(text, language)
    assert heard.intent is Intent.COUNTER
    assert heard.amount_paise == amount


@pytest.mark.parametrize(("language", "text"), [("bn", "kom hobe na dada"), ("bn", "কম করব না দাদা")])
def test_wont_come_down_still_refuses(language: str, text: str) -> None:
    assert _reply(text, language).intent is Intent.REJECT


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "there are six of us at home"),
        ("mr", "घरी दहा माणसं आहेत"),
        ("ta", "வீட்டுல எட்டு பேரு"),
        ("hi", "आठ लोगों के लिए कितना लूँ?"),
    ],
)
def test_a_count_of_people_is_no_price(language: str, text: str) -> None:
    heard = _reply(text, language)
    assert (heard.intent, heard.amount_paise, heard.quantity) == (Intent.OTHER, None, None)


def test_the_price_for_some_people_is_still_asked() -> None:
    heard = _reply("चार लोगों के लिए कितने का पड़ेगा?", "hi")
    assert heard.intent is Intent.QUESTION


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "no ice, and less sugar please"),
        ("hi", "बर्फ मत डालना भैया"),
        ("ta", "ஐஸ் வேண்டாம்"),
        ("kn", "ಖಾರ ಬೇಡ, ಸಕ್ಕರೆ ಕಡಿಮೆ ಹಾಕಿ"),
    ],
)
def test_an_instruction_with_a_negative_refuses_nothing(language: str, text: str) -> None:
    assert _reply(text, language).intent is Intent.OTHER


@pytest.mark.parametrize(("language", "text"), [("hi", "नहीं चाहिए"), ("ta", "வேண்டாம்"), ("kn", "ಬೇಡ")])
def test_a_bare_no_still_refuses(language: str, text: str) -> None:
    assert _reply(text, language).intent is Intent.REJECT


def test_never_mind_said_alone_agrees_but_nobody_refuses() -> None:
    assert _reply("कोई नहीं, जो आप कहो, दे दो", "hi").intent is Intent.ACCEPT
    assert _reply("इतने में कोई नहीं लेगा भैया", "hi").intent is Intent.REJECT


def test_agreement_before_a_number_the_tables_miss_is_asked() -> None:
    """A word that looks like a number after the agreement may be the speaker's own
    price: the agreement is never taken at the recording confidence."""
    heard = _reply("accha paisathh de dungi", "hi", reference=8000)
    assert not (heard.intent is Intent.ACCEPT and heard.confidence >= MIN_CONFIDENCE)
