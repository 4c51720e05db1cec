"""A bare short number after an amount in thousands carries those thousands ("twelve
thousand, for you eleven": ₹11,000), while a number with a word of its own beside it
(rupees, days, years) or far from the amount keeps its own meaning."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import understand


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("en", "Twenty-four thousand for the cot and mattress, for you twenty-two", 2200000),
        ("hi", "चांदी की पायल नौ हज़ार की, आपके लिए साढ़े आठ", 850000),
        ("gu", "ટાયર સાડા છ હજાર, તમારા માટે છ", 600000),
        ("kn", "ಶಾಮಿಯಾನ ಹದಿನಾಲ್ಕು ಸಾವಿರ, ನಿಮಗೆ ಹದಿಮೂರು", 1300000),
    ],
)
def test_the_short_number_after_thousands_is_in_thousands(
    language: str, text: str, paise: int
) -> None:
    understood = understand(text, language=language)
    assert understood.amount_paise == paise
    assert understood.confidence >= MIN_CONFIDENCE


@pytest.mark.parametrize(
    ("language", "text", "carried"),
    [
        ("en", "Nine thousand for the anklets, ready in eight days", 800000),
        ("hi", "गद्दा बारह हज़ार, पचास रुपये डिलीवरी अलग", 5000000),
        ("hi", "गद्दा बारह हज़ार, दस साल चलेगा", 1000000),
        ("en", "Twelve thousand, and the pillows are forty each extra", 4000000),
    ],
)
def test_a_number_with_its_own_word_keeps_it(language: str, text: str, carried: int) -> None:
    understood = understand(text, language=language)
    assert all(m.amount_paise != carried for m in understood.mentions)


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("en", "The cot is ten thousand five hundred, outside they ask twelve", 1050000),
        ("te", "మంచం తొమ్మిది వేల ఐదు వందలు, బయట పదకొండు అడుగుతారు", 950000),
        ("mr", "पलंग साडेनऊ हजार, बाहेर अकरा मागतात", 950000),
    ],
)
def test_another_sellers_number_leaves_the_first_price(
    language: str, text: str, paise: int
) -> None:
    understood = understand(text, language=language)
    assert understood.amount_paise == paise
    assert understood.confidence >= MIN_CONFIDENCE


def test_a_second_number_nothing_owns_is_asked() -> None:
    understood = understand(
        "The cot is ten thousand five hundred, the other one twelve", language="en"
    )
    assert understood.confidence < MIN_CONFIDENCE
