"""Prices read wrongly with confidence: a price of the past said alone, a guess checked
with a tag after a sentence that asks for the goods, two sizes with two prices, an extra
charge beside the goods' rate, a rise or fall said beside the price, and "it comes to X,
you give Y"."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import Intent, Understanding, understand


def _recorded(understood: Understanding) -> int | None:
    return understood.amount_paise if understood.confidence >= MIN_CONFIDENCE else None


# A price of the past, nothing offered now: no price (asked when the line asks).
PAST_ALONE = [
    ("en", "How much for the bag? Last month it was ten.", Intent.QUESTION),
    ("en", "Last Sunday it was eighty.", Intent.OTHER),
    ("hi", "पिछली बार बीस था दीदी", Intent.OTHER),
    ("hi", "kal to assi tha, aaj kitna?", Intent.QUESTION),
    ("bn", "গতবার চল্লিশ ছিল", Intent.OTHER),
    ("kn", "ನಿನ್ನೆ ಅರವತ್ತು ಇತ್ತು, ಇವತ್ತು ಎಷ್ಟು?", Intent.QUESTION),
    ("ml", "ഇന്നലെ എൺപത് ആയിരുന്നു", Intent.OTHER),
]


@pytest.mark.parametrize(("language", "text", "intent"), PAST_ALONE)
def test_a_past_price_alone_names_no_price(language: str, text: str, intent: Intent) -> None:
    understood = understand(text, language=language)
    assert understood.intent is intent
    assert _recorded(understood) is None


# "Tomorrow" or "first" is no past ("kal" is both); "since yesterday" is the price now.
NOT_PAST = [
    ("hi", "kal pachas mein de dunga", 5000),
    ("hi", "कल से पचास हो गया", 5000),
    ("pa", "ਕੱਲ੍ਹ ਨੂੰ ਚਾਲੀ ਦਾ ਦੇ ਦਿਆਂਗਾ", 4000),
    ("en", "It was 30 last week, give it for 28.", 2800),
]


@pytest.mark.parametrize(("language", "text", "paise"), NOT_PAST)
def test_a_price_of_now_still_stands(language: str, text: str, paise: int) -> None:
    assert understand(text, language=language).amount_paise == paise


# A guess checked with a tag, the goods asked for in an earlier sentence: no price.
TAGGED_AFTER_ORDER = [
    ("en", "Pack half a kilo paneer. It's two hundred, isn't it?"),
    ("en", "Watermelon, 60 is it?"),
    ("hi", "aadha kilo paneer de do. do sau ka hai na?"),
    ("te", "అర కిలో పనీర్ ఇవ్వండి. రెండు వందలు కదా?"),
    ("gu", "અડધો કિલો પનીર આપો. બસો છે ને?"),
]


@pytest.mark.parametrize(("language", "text"), TAGGED_AFTER_ORDER)
def test_a_guess_after_the_order_is_a_question(language: str, text: str) -> None:
    understood = understand(text, language=language)
    assert understood.intent is Intent.QUESTION
    assert understood.amount_paise is None


# A proposal in its own sentence stays an offer.
PROPOSED = [
    ("en", "Pack half a kilo paneer. Will you give it for 190?", 19000),
    ("hi", "aadha kilo paneer de do. sau nabbe doge?", 19000),
]


@pytest.mark.parametrize(("language", "text", "paise"), PROPOSED)
def test_a_proposal_after_the_order_stays_an_offer(language: str, text: str, paise: int) -> None:
    assert _recorded(understand(text, language=language)) == paise
