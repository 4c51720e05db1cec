"""A service's rate for a span of time: "ironing is 600 a month", "monthly 700", "महीने
का आठ सौ", "महिन्याचे पाचशे", "నెలకి ఏడువందలు", "tingalige aaru nooru", "মাসে ছশো",
"மாசத்துக்கு ஐநூறு", "ਮਹੀਨੇ ਦਾ ਛੇ ਸੌ", "hafte ka do sau". The price is a rate
(`per_unit` true) of a unit the product does not list (`unit` null, no quantity), and
a count per day said inside it ("up to four pieces a day", "ದಿನಕ್ಕೆ ನಾಲ್ಕು ಬಟ್ಟೆ") is what
the rate covers: no price and no quantity.

The span comes before the price in the Indian languages (in the genitive or dative:
"महीने का", "తెలకి", "ತಿಂಗಳಿಗೆ"; or plain: "மாசம் ஐநூறு") and after it in English
("600 a month", "per week"), or as "monthly" on either side. A number before a span word
in the Indian languages counts the span ("दो महीने", two months), which this leaves."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.reading import _Price, _Reading


def _folded(*words: str) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


# A month or a week, as said before the rate (genitive, dative or plain).
_PERIOD_BEFORE = _folded(
    "monthly", "weekly", "mahine", "mahina", "महीने", "महीना", "महिना", "hafte", "हफ़्ते", "हफ्ते",
    "हफ़्ता", "मासिक", "महिन्याचे", "महिन्याचं", "महिन्याला", "महिन्याचा", "mahinyache",
    "mahinyacha", "mahinyala", "आठवड्याचे", "आठवड्याला", "મહિનાના", "મહિને", "મહિનાનું",
    "mahinana", "અઠવાડિયાના", "ਮਹੀਨੇ", "ਮਹੀਨਾ", "ਹਫ਼ਤੇ", "ਹਫਤੇ", "মাসে", "মাসিক", "মাসের",
    "mase", "masik", "সপ্তাহে", "నెలకి", "నెలకు", "nelaki", "nelaku", "వారానికి",
    "varaniki", "ತಿಂಗಳಿಗೆ", "ತಿಂಗಳಿಗೇ", "tingalige", "thingalige", "ವಾರಕ್ಕೆ", "vaarakke",
    "മാസം", "മാസത്തിൽ", "മാസത്തേക്ക്", "മാസത്തിന്", "maasam", "masam", "ആഴ്ചയിൽ",
    "மாசம்", "மாதம்", "மாசத்துக்கு", "மாதத்துக்கு", "மாசத்திற்கு", "மாதத்திற்கு", "maasam",
    "maasathukku", "வாரத்துக்கு", "வாரம்",
)  # fmt: skip
# English after the rate: "600 a month", "per week", "monthly".
_PERIOD_AFTER = _folded("month", "week", "monthly", "weekly", "mth")
# A day, beside a count the rate covers: "four a day", "रोज़ के चार", "ದಿನಕ್ಕೆ ನಾಲ್ಕು".
_DAY = _folded(
    "day", "daily", "roz", "rooz", "रोज़", "रोज", "रोजाना", "प्रतिदिन", "दिन", "din", "दररोज",
    "रोजचे", "रोज़ाना", "દરરોજ", "રોજના", "રોજ", "ਰੋਜ਼", "ਰੋਜ", "ਦਿਨ", "দিনে", "রোজ",
    "రోజుకి", "రోజుకు", "rojuki", "ದಿನಕ್ಕೆ", "dinakke", "ದಿನಾ", "ദിവസം", "ദിവസവും",
    "ദിവസേന", "தினமும்", "தினம்", "நாளைக்கு", "ದಿನ",
)  # fmt: skip
_BETWEEN = (Cue.OF, Cue.LINK, Cue.PER, Cue.ARTICLE, Cue.CURRENCY)
_NEAR = 3


def _period_before(reading: _Reading, price: _Price) -> bool:
    k = price.start - 1
    while k >= 0 and price.start - k <= _NEAR and reading.has(k, *_BETWEEN):
        k -= 1
    return k >= 0 and reading.words[k] in _PERIOD_BEFORE and reading.number_at[k] is None


def _period_after(reading: _Reading, price: _Price) -> bool:
    k = price.end
    while k < len(reading.words) and k - price.end < _NEAR and reading.has(k, *_BETWEEN):
        k += 1
    if k >= len(reading.words):
        return False
    word = reading.words[k]
    return word in _PERIOD_AFTER or (word in ("monthly", "weekly"))


def _near_day(reading: _Reading, start: int, end: int) -> bool:
    words = reading.words
    return any(w in _DAY for w in words[max(start - _NEAR, 0) : min(end + _NEAR, len(words))])


def rates_for_a_period(reading: _Reading) -> None:
    """Make a price said for a month or a week a rate, and the counts per day it covers
    no price and no quantity."""
    rated = [p for p in reading.prices if _period_before(reading, p) or _period_after(reading, p)]
    rated = [p for p in rated if not p.negated and p.span.value >= 10]
    if not rated:
        return
    for price in rated:
        price.per_unit, price.quantity, price.each = True, None, False
    covered = [
        p
        for p in reading.prices
        if p not in rated and not p.explicit and _near_day(reading, p.start, p.end)
    ]
    reading.prices = [p for p in reading.prices if p not in covered]
    for q in reading.quantities:
        if q.value is not None and _near_day(reading, q.start, q.end):
            q.claimed = True
            q.value, q.unit = None, None
