"""Floors and caps said before any price is on the table, closing words after a price,
and a price refused as not enough.

- "At least X" in each language ("कमीत कमी बाराशे", "కనీసం పన్నెండు వందలు", "ചുരുങ്ങിയത്
  ...", "at least 1,200") and "not more than X" with its own "not" are the speaker's
  floor or cap: an offer marked final (`floor_at.minimum_said`, `limits`). Asked, or
  before no price ("at least two days"), they set nothing.
- "No more talk" and "no haggling" said after the price close the haggling (the
  languages' `final_words`); "कोई बात नहीं" (no problem) alone closes nothing.
- "700 isn't enough" ("എഴുനൂറ് പോരാ", "எழுநூறு பத்தாது", "ಏಳು ನೂರು ಸಾಕಾಗಲ್ಲ",
  "सातशे पुरणार नाहीत") refuses 700 as "too little" does (`too_little`): the price after
  it is the counter, and alone the line is a refusal with no amount; a weight "not
  enough" refuses no price.
"""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import Intent, understand


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("en", "at least 1,200 for the pair", 120000),
        ("en", "not more than 400 for this", 40000),
        ("mr", "कमीत कमी बाराशे लागतील", 120000),
        ("te", "కనీసం పన్నెండు వందలు అవుతుంది", 120000),
        ("ta", "குறைஞ்சது ஆயிரத்து இருநூறு ஆகும்", 120000),
        ("kn", "ಕಡಿಮೆ ಅಂದ್ರೂ ಸಾವಿರದ ಇನ್ನೂರು ಆಗುತ್ತೆ", 120000),
        ("bn", "কমপক্ষে বারোশো লাগবে", 120000),
        ("ml", "ചുരുങ്ങിയത് ആയിരത്തി ഇരുനൂറ് വേണം", 120000),
    ],
)
def test_a_floor_or_cap_before_the_price_is_a_final_offer(
    language: str, text: str, paise: int
) -> None:
    understood = understand(text, language=language, has_outstanding_offer=False)
    assert understood.intent is Intent.OFFER, understood
    assert understood.amount_paise == paise and understood.final
    assert understood.confidence >= MIN_CONFIDENCE


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "at least 400?"),
        ("en", "not more than 400?"),
        ("en", "I won't pay more than 400"),  # a cap with its verb stays a plain counter
    ],
)
def test_a_floor_asked_or_said_with_its_verb_is_not_final(language: str, text: str) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert not understood.final, understood


@pytest.mark.parametrize(
    ("language", "text"),
    [("bn", "অন্তত দুদিন লাগবে"), ("te", "కనీసం రెండు రోజులు పడుతుంది")],
)
def test_at_least_before_no_price_sets_nothing(language: str, text: str) -> None:
    understood = understand(text, language=language, has_outstanding_offer=False)
    assert understood.amount_paise is None and not understood.final, understood


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hi", "ढाई सौ, आगे कोई बात नहीं"),
        ("ml", "എഴുനൂറ്, ഇനി ഒന്നും പറയണ്ട"),
        ("ta", "நானூறு, இனிமே பேச்சே இல்ல"),
        ("te", "నాలుగు వందలు, బేరం లేదు"),
        ("kn", "ನಾನೂರು, ಚೌಕಾಸಿ ಇಲ್ಲ"),
        ("mr", "चारशे, घासाघीस नाही"),
        ("pa", "ਚਾਰ ਸੌ, ਗੱਲ ਮੁੱਕ ਗਈ"),
        ("gu", "ચારસો, ભાવતાલ નહીં"),
        ("bn", "চারশো, দরাদরি চলবে না"),
        ("en", "400, no haggling"),
    ],
)
def test_no_more_talk_after_the_price_marks_it_final(language: str, text: str) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is Intent.COUNTER, understood
    assert understood.final and understood.amount_paise is not None
    assert understood.confidence >= MIN_CONFIDENCE


def test_no_problem_alone_closes_nothing() -> None:
    understood = understand("कोई बात नहीं, कल आ जाना", language="hi", has_outstanding_offer=False)
    assert understood.amount_paise is None and not understood.final


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ml", "എഴുനൂറ് പോരാ, എണ്ണൂറ് താ"),
        ("ta", "எழுநூறு பத்தாது, எண்ணூறு குடுங்க"),
        ("kn", "ಏಳು ನೂರು ಸಾಕಾಗಲ್ಲ, ಎಂಟು ನೂರು ಕೊಡಿ"),
        ("mr", "सातशे पुरणार नाहीत, आठशे द्या"),
        ("en", "700 isn't enough, give 800"),
    ],
)
def test_a_price_not_enough_is_refused_and_the_next_counters(language: str, text: str) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is Intent.COUNTER, understood
    assert understood.amount_paise == 80000 and understood.confidence >= MIN_CONFIDENCE


@pytest.mark.parametrize(
    ("language", "text"),
    [("ml", "എഴുനൂറ് പോരാ ചേട്ടാ"), ("ta", "எழுநூறு பத்தாதுங்க"), ("hi", "अस्सी बहुत कम है")],
)
def test_a_price_not_enough_alone_is_a_refusal(language: str, text: str) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is Intent.REJECT and understood.amount_paise is None, understood


def test_a_weight_not_enough_refuses_no_price() -> None:
    understood = understand(
        "two kilo is not enough, give three kilo", language="en", has_outstanding_offer=False
    )
    assert understood.amount_paise is None
