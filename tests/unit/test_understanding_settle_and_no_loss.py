"""Settling at a price: with nothing on the table the speaker's own offer, against another
price a counter, and an accept only of the very price on the table. "No loss for you at
X" is the customer's price, "at X I make a loss" a refusal. Romanized "eradu", "rendu"
(two) are no "both", and a lone "दो" before "the small ones" asked counts them."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import understand
from audio.understanding.result import Intent


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("te", "నూట యాభైతో సరిపెట్టండి"),
        ("en", "Alright, wrap it up at 150"),
        ("ta", "சரி, நூத்தி அம்பதுக்கு முடிச்சுக்கலாம்"),
        ("kn", "ಸರಿ, ನೂರೈವತ್ತಕ್ಕೆ ಮುಗಿಸೋಣ"),
    ],
)
def test_settling_with_nothing_on_the_table_offers(language: str, line: str) -> None:
    heard = understand(line, language=language)
    assert heard.intent is Intent.OFFER
    assert heard.amount_paise == 15000


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("te", "సరే, నూట యాభైకే సరిపెడదాం"),
        ("hi", "चलो ठीक है, डेढ़ सौ में निपटाओ"),
        ("en", "Fine, let's settle it at 150"),
        ("ml", "ശരി, നൂറ്റമ്പതിന് തീർക്കാം"),
    ],
)
def test_settling_at_the_price_on_the_table_accepts(language: str, line: str) -> None:
    heard = understand(line, language=language, has_outstanding_offer=True, reference_paise=15000)
    assert heard.intent is Intent.ACCEPT
    assert heard.amount_paise == 15000
    other = understand(line, language=language, has_outstanding_offer=True, reference_paise=18000)
    assert other.intent is Intent.COUNTER
    assert other.amount_paise == 15000


def test_close_to_a_price_settles_nothing() -> None:
    heard = understand(
        "it's close to 150", language="en", has_outstanding_offer=True, reference_paise=15000
    )
    assert heard.intent is not Intent.ACCEPT


def test_romanized_two_is_no_both() -> None:
    heard = understand("fan ondu saavira, eradu varsha warranty", language="kn")
    assert heard.amount_paise == 100000
    assert heard.confidence >= MIN_CONFIDENCE
    assert heard.quantity is None
    both = understand("ಎರಡಕ್ಕೂ ಅರವತ್ತು", language="kn")
    assert (both.amount_paise, both.quantity, both.per_unit) == (6000, 2, False)


def test_two_of_the_small_ones_asked() -> None:
    heard = understand("दो छोटे वाले कितने के?", language="hi")
    assert heard.intent is Intent.QUESTION
    assert (heard.quantity, heard.unit) == (2, None)
    assert understand("do bade wale kitne ke?", language="hi").quantity == 2


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("en", "You make no loss at 220"),
        ("hi", "दो सौ बीस में आपको कोई घाटा नहीं"),
        ("te", "రెండొందల ఇరవైకి మీకు నష్టం లేదు"),
        ("kn", "ಇನ್ನೂರಿಪ್ಪತ್ತಕ್ಕೆ ನಿಮಗೆ ನಷ್ಟ ಇಲ್ಲ"),
        ("bn", "দুশো কুড়িতে আপনার লোকসান নেই"),
    ],
)
def test_no_loss_for_the_listener_is_the_speakers_price(language: str, line: str) -> None:
    heard = understand(line, language=language, has_outstanding_offer=True)
    assert heard.intent is Intent.COUNTER
    assert heard.amount_paise == 22000


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("en", "At 220 I make a loss"),
        ("hi", "दो सौ बीस में मेरा घाटा है"),
        ("te", "రెండొందల ఇరవైకి నాకు నష్టం"),
    ],
)
def test_a_loss_of_the_speakers_own_refuses(language: str, line: str) -> None:
    heard = understand(line, language=language, has_outstanding_offer=True)
    assert heard.intent is Intent.REJECT
    assert heard.amount_paise is None


def test_marathi_taka_after_a_verb_is_no_percent() -> None:
    heard = understand("220 la mitvun taka", language="mr")
    assert (heard.intent, heard.amount_paise) == (Intent.OFFER, 22000)
