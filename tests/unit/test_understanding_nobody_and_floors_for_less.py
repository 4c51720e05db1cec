"""Refusals beside a price that the refusal words read in one table (`refusal_words`):

- nobody as the one who refuses the price said back ("830, nobody will buy it at that",
  "830, koi nahi lega itne mein") refuses it: never an accept of the price on the table;
- "830, won't sell it for less" is the vendor's floor (830, final), while "won't sell it
  for 830" refuses 830;
- taking it at that price in the first person ("ఆ ధరకే తీసుకుంటా", "ആ വിലയ്ക്ക്
  എടുക്കാം") accepts the price on the table, as "I'll take it at that" does.

The look-alikes keep their reading: everybody taking it at the price, "nobody can
complain at 830, take it", taking it at the price on the table."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import Understanding, understand
from audio.understanding.refusal_words import REFUSAL_WORDS, words_of

_TABLE = 83000


def _reply(language: str, text: str, reference: int | None = _TABLE) -> Understanding:
    return understand(
        text, language=language, has_outstanding_offer=True, reference_paise=reference
    )


def test_the_table_has_a_row_per_language_and_nobody_in_each() -> None:
    assert set(REFUSAL_WORDS) == {"en", "hi", "ta", "te", "kn", "bn", "mr", "gu", "pa", "ml"}
    assert all(row.nobody for row in REFUSAL_WORDS.values())
    assert "nobody" in words_of("nobody")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "830, nobody will buy it at that"),
        ("en", "830, nobody sells it at that"),
        ("en", "830, no one will take it at that price"),
        ("en", "830, no dealer will give it for that"),
        ("hi", "830, koi nahi lega itne mein"),
        ("hi", "830, इतने में कोई नहीं देगा"),
        ("ta", "830, அந்த விலைக்கு யாரும் வாங்க மாட்டாங்க"),
        ("ta", "830, andha vilaikku yaarum edukka maattaanga"),
        ("te", "830, అంతకి ఎవరూ తీసుకోరు"),
        ("kn", "830, ಅಷ್ಟಕ್ಕೆ ಯಾರೂ ತಗೊಳ್ಳಲ್ಲ"),
        ("bn", "830, এত দামে কেউ নেবে না"),
        ("mr", "830, एवढ्यात कोणी घेणार नाही"),
        ("gu", "830, એટલામાં કોઈ નહીં લે"),
        ("ml", "830, അതിന് ആരും എടുക്കില്ല"),
    ],
)
@pytest.mark.parametrize("reference", [_TABLE, None])
def test_nobody_taking_it_at_that_refuses_the_price(
    language: str, text: str, reference: int | None
) -> None:
    understood = _reply(language, text, reference)
    assert str(understood.intent) == "reject"
    assert understood.amount_paise is None


@pytest.mark.parametrize(
    "text",
    [
        "830, won't give it for less",
        "830, won't sell it for less",
        "830, can't give it for less",
        "830, can't do it for less",
    ],
)
def test_not_for_less_after_the_price_is_a_floor(text: str) -> None:
    understood = _reply("en", text, 70000)
    assert str(understood.intent) == "counter"
    assert understood.amount_paise == _TABLE
    assert understood.final


def test_not_for_the_price_itself_refuses_it() -> None:
    understood = _reply("en", "won't give it for 830")
    assert str(understood.intent) == "reject"
    assert understood.amount_paise is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ta", "830, அந்த விலைக்கே எடுத்துக்கறேன்"),
        ("te", "830, ఆ ధరకే తీసుకుంటా"),
        ("gu", "830, એ ભાવે લઈ લઉં"),
        ("pa", "830, ਉਸ ਰੇਟ ਤੇ ਲੈ ਲਵਾਂਗਾ"),
        ("ml", "830, ആ വിലയ്ക്ക് എടുക്കാം"),
        ("en", "okay, I'll take it at 830"),
    ],
)
def test_taking_it_at_that_price_accepts(language: str, text: str) -> None:
    understood = _reply(language, text)
    assert str(understood.intent) == "accept"
    assert understood.amount_paise == _TABLE
    assert understood.confidence >= MIN_CONFIDENCE


@pytest.mark.parametrize(
    ("language", "text"),
    [("ta", "700 க்கு எடுத்துக்கறேன்"), ("te", "700 కి తీసుకుంటా"), ("ml", "700 ന് എടുക്കാം")],
)
def test_taking_it_at_another_price_counters(language: str, text: str) -> None:
    understood = _reply(language, text)
    assert str(understood.intent) == "counter"
    assert understood.amount_paise == 70000


def test_everybody_taking_it_at_the_price_is_no_refusal() -> None:
    understood = _reply("en", "830, everybody takes it at that", 70000)
    assert str(understood.intent) == "counter"
    assert understood.amount_paise == _TABLE


def test_nobody_complaining_at_the_price_offers_it() -> None:
    understood = understand(
        "at 830 nobody can complain, take it", language="en", has_outstanding_offer=False
    )
    assert str(understood.intent) == "offer"
    assert understood.amount_paise == _TABLE
