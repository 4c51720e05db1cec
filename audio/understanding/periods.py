"""A service's rate for a span of time: "ironing is 600 a month", "monthly 700", "महीने
का आठ सौ", "महिन्याचे पाचशे", "నెలకి ఏడువందలు", "tingalige aaru nooru", "মাসে ছশো",
"மாசத்துக்கு ஐநூறு", "ਮਹੀਨੇ ਦਾ ਛੇ ਸੌ", "hafte ka do sau"; a wage for an hour or a day
the same way: "250 an hour", "900 a day", "daily wage 1,100", "तासाला दीडशे", "दिवसाला
आठशे", "ದಿನದ ಕೂಲಿ ಒಂಬೈನೂರು", "గంటకి రెండొందలు". The price is a rate
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
from audio.numbers import NumberSpan
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
    "ആഴ്ചയ്ക്ക്", "ആഴ്ചക്ക്", "ആഴ്ചയ്ക്", "aazhchaykku", "azhchakku", "ഒരാഴ്ചയ്ക്ക്",
    "மாசம்", "மாதம்", "மாசத்துக்கு", "மாதத்துக்கு", "மாசத்திற்கு", "மாதத்திற்கு", "maasam",
    "maasathukku", "வாரத்துக்கு", "வாரம்",
)  # fmt: skip
# An hour, and a day in a form no count of goods a day takes ("दिवसाला", "ದಿನದ"), before
# the rate.
_WAGE_BEFORE = _folded(
    "hourly", "घंटे", "ghante", "तासाला", "तासाचे", "दिवसाला", "दिवसाचे", "दिहाड़ी", "दिहाडी",
    "dihadi", "diwasala", "tasala", "કલાકના", "કલાકે", "દિવસના", "ਘੰਟੇ", "ਦਿਹਾੜੀ", "ঘণ্টায়",
    "ঘণ্টা", "గంటకి", "గంటకు", "ಗಂಟೆಗೆ", "ದಿನದ", "dinada", "മണിക്കൂറിന്", "மணிநேரத்துக்கு",
    "मज़दूरी", "मजदूरी", "मजुरी", "ಕೂಲಿ", "കൂലി", "కూలీ", "కూలి", "கூலி", "wage", "wages",
)  # fmt: skip
# A wage word is a day's only after a word of the day ("daily wage", "ದಿನದ ಕೂಲಿ"); alone
# ("labour 900") it may be the job's total.
_WAGES = _folded("मज़दूरी", "मजदूरी", "मजुरी", "ಕೂಲಿ", "കൂലി", "కూలీ", "కూలి", "கூலி", "wage", "wages")
_DAYS_OF_WAGE = _folded("daily", "day", "day's", "ದಿನದ", "दिन", "दिनभर", "రోజు", "ദിവസ")
# English after the rate: "600 a month", "per week", "monthly", "250 an hour", "900 a day".
_PERIOD_AFTER = _folded("month", "week", "monthly", "weekly", "mth")
_TIME_AFTER = _folded("hour", "hr", "hours", "day", "shift")
# The least a wage by the day or the hour is said at: "ten a day" counts goods.
_LEAST_WAGE = 20
# A day, beside a count the rate covers: "four a day", "रोज़ के चार", "ದಿನಕ್ಕೆ ನಾಲ್ಕು".
_DAY = _folded(
    "day", "daily", "roz", "rooz", "रोज़", "रोज", "रोजाना", "प्रतिदिन", "दिन", "din", "दररोज",
    "रोजचे", "रोज़ाना", "દરરોજ", "રોજના", "રોજ", "ਰੋਜ਼", "ਰੋਜ", "ਦਿਨ", "দিনে", "রোজ",
    "రోజుకి", "రోజుకు", "rojuki", "ದಿನಕ್ಕೆ", "dinakke", "ದಿನಾ", "ദിവസം", "ദിവസവും",
    "ദിവസേന", "தினமும்", "தினம்", "நாளைக்கு", "ದಿನ",
)  # fmt: skip
_BETWEEN = (Cue.OF, Cue.LINK, Cue.PER, Cue.ARTICLE, Cue.CURRENCY)
_NEAR = 3
# A month or a week said right after a price in the Indian languages ("दो हज़ार महीना",
# "अठारह सौ महीने का", "दोन हजार महिना", "মাসে"): as a word's start in the script, whole
# in Latin letters. A count of months is small ("दो महीने", "बारह महीने"); a price-sized
# number before one is a rate for it.
_MONTH_AFTER_STEMS = tuple(_folded(
    "महीन", "महिन", "हफ्त", "हफ़्त", "आठवड", "ਮਹੀਨ", "ਹਫ਼ਤ", "ਹਫਤ", "મહિન", "અઠવાડ", "মাস",
    "সপ্তাহ", "నెల", "వారాని", "மாசம்", "மாதம்", "மாசத்", "மாதத்", "ತಿಂಗಳ", "ವಾರಕ್ಕ",
    "മാസ", "ആഴ്ച",
))  # fmt: skip
_MONTH_AFTER_WORDS = _folded(
    "mahina", "mahine", "mahinaa", "mahinyala", "mahinyache", "hafta", "hafte", "mase",
    "nelaki", "nelaku", "maasam", "masam", "tingalige", "mahino", "mahinana",
)  # fmt: skip
_LEAST_MONTHLY = 100
"""The least price said before a month word that is a rate for it: fewer months are
counted ("बारह महीने", a year)."""


def month_said_after(reading: _Reading, span: NumberSpan) -> bool:
    """A month or a week right after a price-sized number, past its money word at most:
    "टिफ़िन दो हज़ार महीना", "अठारह सौ रुपये महीने का" (a rate for the month)."""
    k = span.end
    if k < len(reading.words) and reading.has(k, Cue.CURRENCY):
        k += 1
    if k >= len(reading.words) or span.value < _LEAST_MONTHLY or reading.language == "en":
        return False
    word = reading.words[k]
    if word.isascii():
        return word in _MONTH_AFTER_WORDS
    return word.startswith(_MONTH_AFTER_STEMS)


def _period_before(reading: _Reading, price: _Price) -> bool:
    k = price.start - 1
    while k >= 0 and price.start - k <= _NEAR and reading.has(k, *_BETWEEN):
        k -= 1
    if k < 0 or reading.number_at[k] is not None:
        return False
    word = reading.words[k]
    if word in _WAGES:
        return k > 0 and reading.words[k - 1] in _DAYS_OF_WAGE  # "daily wage 1,100"
    if word in _WAGE_BEFORE:
        counted = k > 0 and reading.number_at[k - 1] is not None  # "दो घंटे का": a total
        return price.span.value >= _LEAST_WAGE and not counted
    return word in _PERIOD_BEFORE


def rate_of_time(reading: _Reading, span: NumberSpan, k: int) -> bool:
    """The time word at `k` after the number `span` makes it a rate ("900 a day", "250
    per hour"): "a" or "per" between, and no count of goods."""
    between = range(span.end, k)
    return (
        reading.words[k] in _TIME_AFTER
        and span.value >= _LEAST_WAGE
        and len(between) == 1
        and reading.has(span.end, Cue.PER, Cue.ARTICLE)
    )


def _period_after(reading: _Reading, price: _Price) -> bool:
    k = price.end
    while k < len(reading.words) and k - price.end < _NEAR and reading.has(k, *_BETWEEN):
        k += 1
    if k >= len(reading.words):
        return False
    word = reading.words[k]
    if word in _TIME_AFTER:
        return rate_of_time(reading, price.span, k)
    if month_said_after(reading, price.span):
        return True  # "दो हज़ार महीना", "দু হাজার টাকা মাসে"
    return word in _PERIOD_AFTER or (word in ("monthly", "weekly"))


def _near_day(reading: _Reading, start: int, end: int) -> bool:
    words = reading.words
    return any(w in _DAY for w in words[max(start - _NEAR, 0) : min(end + _NEAR, len(words))])


_MOST_LISTED = 20
"""A count of what the rate includes is small: "four rotis", "three idlis"."""


def _listed_after(reading: _Reading, rate: _Price, price: _Price) -> bool:
    """A small bare count said past a pause after the rate, before the goods it counts
    ("lunch box 1,800 a month, four rotis, sabzi, dal-rice", "डबा महिन्याला अठराशे, चार
    पोळ्या, भाजी"): what the rate includes, no price of its own."""
    span = price.span
    if price.start < rate.end or span.value != int(span.value) or span.value > _MOST_LISTED:
        return False
    gap = reading.text[reading.tokens[rate.end - 1].end : reading.tokens[price.start].start]
    paused = any(c in ",;" for c in gap) or any(
        reading.tokens[k].raw in ",;" for k in range(rate.end, price.start)
    )
    k = price.end
    goods = k < len(reading.words) and not reading.cues[k] and reading.number_at[k] is None
    return paused and goods


def rates_for_a_period(reading: _Reading) -> None:
    """Make a price said for a month or a week a rate, and the counts per day it covers
    or the items it includes listed after it no price and no quantity."""
    rated = [p for p in reading.prices if _period_before(reading, p) or _period_after(reading, p)]
    rated = [p for p in rated if not p.negated and p.span.value >= 10]
    if not rated:
        return
    for price in rated:
        price.per_unit, price.quantity, price.each = True, None, False
    covered = [
        p
        for p in reading.prices
        if p not in rated
        and not p.explicit
        and (_near_day(reading, p.start, p.end) or _listed_after(reading, rated[-1], p))
    ]
    reading.prices = [p for p in reading.prices if p not in covered]
    for q in reading.quantities:
        if q.value is not None and _near_day(reading, q.start, q.end):
            q.claimed = True
            q.value, q.unit = None, None
