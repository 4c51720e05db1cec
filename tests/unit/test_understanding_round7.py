"""After an agreement word, the speaker's own "I'll give" with a new price is a counter
(their offer), never an accept of the price on the table; agreement alone still agrees."""

from __future__ import annotations

import pytest

from audio.understanding import Intent, understand

COUNTERS = [
    ("hi", "theek hai didi, do kilo assi mein de dunga", 8000),
    ("hi", "अच्छा भाई, पचपन दूँगा", 5500),
    ("mr", "बरं, दोन किलो सत्तरला देतो", 7000),
    ("mr", "ok dada, 2 kilo 110 la deto", 11000),
    ("gu", "સારું, બે કિલો એકસો વીસમાં આપીશ", 12000),
    ("gu", "saru bhai, 5 kilo 240 ma aapu", 24000),
    ("ta", "சரி அண்ணா, 2 கிலோ 150 க்கு தரேன்", 15000),
    ("te", "sare anna, 2 kilolu 130 ki ista", 13000),
    ("kn", "sari sir, 2 kg 90 ge kodtini", 9000),
    ("ml", "seri chetta, 2 kilo 160 nu tharaam", 16000),
    ("pa", "ਠੀਕ ਹੈ ਭਾਜੀ, ਦੋ ਕਿੱਲੋ ਸੱਠ ਦਾ ਦੇਵਾਂਗਾ", 6000),
]


@pytest.mark.parametrize(("language", "text", "paise"), COUNTERS)
def test_agreement_then_own_new_price_is_a_counter(language: str, text: str, paise: int) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is not Intent.ACCEPT, understood
    assert understood.amount_paise == paise, understood


@pytest.mark.parametrize(
    ("language", "text"),
    [("hi", "theek hai, de do"), ("mr", "बरं, द्या"), ("ta", "சரி, குடுங்க"), ("en", "ok, done")],
)
def test_agreement_alone_still_accepts(language: str, text: str) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is Intent.ACCEPT, understood


ASKED_COUNTS = [
    ("en", "how much for 3 mangoes"),
    ("hi", "2 nariyal kitne ka hai bhaiya"),
    ("mr", "2 नारळ किती ला?"),
    ("gu", "3 કેરી કેટલાની?"),
    ("bn", "4 ta dim koto?"),
    ("ta", "2 இளநீர் எவ்வளவு?"),
    ("te", "3 mamidi pandlu entha?"),
    ("kn", "2 ತೆಂಗಿನಕಾಯಿ ಎಷ್ಟು?"),
    ("ml", "3 മാങ്ങ എത്ര?"),
    ("pa", "2 ਨਾਰੀਅਲ ਕਿੰਨੇ ਦੇ?"),
]


@pytest.mark.parametrize(("language", "text"), ASKED_COUNTS)
def test_a_count_asked_about_is_no_price(language: str, text: str) -> None:
    """A bare small number beside "how much" counts the goods: a question, no price."""
    understood = understand(text, language=language)
    assert understood.intent is Intent.QUESTION, understood
    assert understood.amount_paise is None, understood


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [("en", "30 rupees a kilo, how much will you take?", 3000), ("hi", "40 rupaye kilo?", 4000)],
)
def test_a_price_with_money_words_beside_a_question_stays(
    language: str, text: str, paise: int
) -> None:
    assert understand(text, language=language).amount_paise == paise


@pytest.mark.parametrize(
    "text",
    ["ठीक आहे, बाजूच्या टपरीवरून घेईन", "nako, dusrya gaalyavar ghein", "राहू द्या, पुढच्या गाळ्यावर बघतो"],
)
def test_buying_at_another_marathi_stall_refuses(text: str) -> None:
    understood = understand(text, language="mr", has_outstanding_offer=True)
    assert understood.intent is Intent.REJECT, understood
