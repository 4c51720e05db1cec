"""A rate of a measure that is no unit (a metre, a trip, a day's hire, a meal's leaf)
keeps its shape when the speaker corrects the number ("a metre 20, no no, 22": 22 a
metre), and the trip, day and leaf words in the South Indian languages and Punjabi say a
rate (`audio.understanding.utterance`, `audio.languages`)."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import understand


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("te", "తాడు మీటరు పదిహేను, కాదు కాదు, పద్దెనిమిది", 1800),
        ("kn", "ಮೀಟರ್‌ಗೆ ಇಪ್ಪತ್ತು, ಇಲ್ಲ ಇಲ್ಲ, ಇಪ್ಪತ್ತೆರಡು", 2200),
        ("ta", "மீட்டர் இருபது ரூபா, இல்ல இல்ல, இருபத்தி ரெண்டு", 2200),
        ("ml", "മീറ്ററിന് ഇരുപത്, അല്ല അല്ല, ഇരുപത്തിരണ്ട്", 2200),
    ],
)
def test_a_corrected_rate_keeps_its_measure(language: str, text: str, paise: int) -> None:
    understood = understand(text, language=language)
    assert understood.amount_paise == paise and understood.per_unit is True, understood
    assert understood.quantity is None, understood
    assert understood.confidence >= MIN_CONFIDENCE, understood


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("pa", "ਗੇੜੀ ਦੇ ਨੌ ਸੌ", 90000),
        ("pa", "ਜਨਰੇਟਰ ਇੱਕ ਦਿਨ ਦਾ ਤਿੰਨ ਹਜ਼ਾਰ", 300000),
        ("ta", "தண்ணி லாரி ஒரு நடை எண்ணூறு", 80000),
        ("ta", "சாப்பாடு இலைக்கு நூத்தி இருபது", 12000),
        ("ta", "ஜெனரேட்டர் ஒரு நாளைக்கு மூவாயிரம்", 300000),
        ("kn", "ಊಟ ಎಲೆಗೆ ನೂರ ಎಂಬತ್ತು", 18000),
        ("kn", "ಜನರೇಟರ್ ಒಂದು ದಿನಕ್ಕೆ ಮೂರು ಸಾವಿರ", 300000),
        ("ml", "ഊണ് ഇലയ്ക്ക് നൂറ്റമ്പത്", 15000),
        ("ml", "ജനറേറ്റർ ഒരു ദിവസത്തിന് മൂവായിരം", 300000),
        ("te", "విస్తరికి నూట యాభై", 15000),
        ("te", "జనరేటర్ ఒక రోజుకి మూడు వేలు", 300000),
    ],
)
def test_a_trip_a_day_or_a_leaf_prices_a_rate(language: str, text: str, paise: int) -> None:
    understood = understand(text, language=language)
    assert understood.amount_paise == paise and understood.per_unit is True, understood


@pytest.mark.parametrize(
    ("language", "text", "paise", "count"),
    [
        ("ta", "ரெண்டு நடைக்கு ஆயிரத்தி ஐநூறு", 150000, 2),
        ("ml", "മൂന്ന് ദിവസത്തിന് ഒമ്പതിനായിരം", 900000, 3),
        ("pa", "ਦੋ ਗੇੜੀਆਂ ਦੇ ਦੋ ਹਜ਼ਾਰ", 200000, 2),
    ],
)
def test_counted_trips_or_days_keep_a_total(
    language: str, text: str, paise: int, count: int
) -> None:
    understood = understand(text, language=language)
    assert understood.amount_paise == paise and understood.per_unit is False, understood
    assert understood.quantity == count, understood
