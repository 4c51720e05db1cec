"""A price named for another seller or place (a co-operative society, the
town, the village) after the price on the table is refused is a reference for the
refusal (or a question whether this seller matches it), never the speaker's own bid;
a price of the speaker's own after it stands."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import understand


@pytest.mark.parametrize(
    ("language", "text", "reference"),
    [
        ("te", "ఆరు వందలకి వద్దు అమ్మా, టౌన్ లో ఐదు వందల నలభైకి దొరుకుతుంది, అక్కడే కొంటా", 60000),
        ("te", "ఏడు వందలు వద్దు, సొసైటీలో ఆరు వందల ఎనభై ఉంది", 70000),
        ("te", "తొమ్మిది వందల యాభై కి నేను తీసుకోను అన్నా, సొసైటీలో ఎనిమిది వందలు ఉంది", 95000),
        ("hi", "साढ़े चार सौ में नहीं लेंगे, सोसाइटी में चार सौ दस का है", 45000),
        ("hi", "चार सौ नहीं भैया, गाँव में तीन सौ अस्सी का मिलता है, वहीं से लाएँगे", 40000),
        (
            "en",
            "I won't pay twenty-two hundred, the wholesale place gives it at nineteen fifty",
            220000,
        ),
        ("en", "Not at nine hundred, the co-op in our village has it at eight twenty", 90000),
        ("kn", "ಎಂಟು ನೂರು ಬೇಡ, ಸೊಸೈಟಿಯಲ್ಲಿ ಏಳು ನೂರ ಐವತ್ತು ಇದೆ, ಅಲ್ಲೇ ತಗೋತೀನಿ", 80000),
        ("mr", "तीनशे नको, शहरात दोनशे सत्तरला मिळतं, तिकडूनच आणतो", 30000),
    ],
)
def test_a_price_at_another_place_after_a_refusal_is_no_bid(
    language: str, text: str, reference: int
) -> None:
    understood = understand(
        text, language=language, has_outstanding_offer=True, reference_paise=reference
    )
    assert understood.amount_paise is None
    assert str(understood.intent) in ("reject", "question")


@pytest.mark.parametrize(
    ("language", "text", "reference", "paise"),
    [
        ("te", "ఆరు వందలు వద్దు, ఐదు వందల నలభైకి ఇవ్వండి", 60000, 54000),
        ("hi", "गाँव की देसी मुर्गी है, चार सौ दस दे दो", 45000, 41000),
        (
            "en",
            "No, the society rate is nineteen fifty, make it two thousand for me",
            220000,
            200000,
        ),
        ("kn", "ಎಂಟು ನೂರು ಬೇಡ, ಏಳು ನೂರ ಐವತ್ತು ಕೊಡಿ", 80000, 75000),
    ],
)
def test_the_speakers_own_price_still_counters(
    language: str, text: str, reference: int, paise: int
) -> None:
    understood = understand(
        text, language=language, has_outstanding_offer=True, reference_paise=reference
    )
    assert str(understood.intent) == "counter"
    assert understood.amount_paise == paise
    assert understood.confidence >= MIN_CONFIDENCE
