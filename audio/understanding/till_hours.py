"""Hours and days said beside a shop's hours or a date, no price: "पतंग चौदह तारीख को,
तेरह की रात बाज़ार भरता है", "ਲੋਹੜੀ ਤੇਰਾਂ ਤਰੀਕ ਨੂੰ, ਮਾਘੀ ਚੌਦਾਂ ਨੂੰ" (the second day after a
first date, or the night or morning of a day), "பதினொன்னு வரைக்கும் கடை திறந்திருக்கும்"
(open till eleven), "after the 9:40 show" (a typed clock time), "ഒമ്പതരയ്ക്ക് ...
പതിനൊന്നു വരെ" (at half past nine ... till eleven).

A whole number from 1 to 12 right before "till" ("N tak", "N varai", "N vare", "N
paryant") is an hour where the line speaks of the shop, of being open or of another hour;
"पचास तक दे दूँगा" (up to fifty) stays a price. A number from 1 to 31 right before "of
the night/morning" or "on" is a day where a date word ("tarikh", "ਤਰੀਕ", "date") is in
the line. Digits either side of a colon are a clock time."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.reading import _Price, _Reading

# "till / until" in the ten languages (also read by `rates` for "nobody came till ten").
TILL = frozenset(
    fold(w)
    for w in (
        "till", "until", "tak", "तक", "ਤੱਕ", "takk", "पर्यंत", "paryant", "સુધી", "sudhi",
        "varaikkum", "வரைக்கும்", "வரை", "varai", "వరకు", "varaku", "পর্যন্ত", "porjonto",
        "ವರೆಗೂ", "ವರೆಗೆ", "ತನಕ", "tanaka", "varege", "varegu", "വരെ", "vare",
    )
)  # fmt: skip
# The shop, being open, being there, moving: a word's start.
_STAY = tuple(
    fold(w)
    for w in (
        "shop", "stall", "open", "close", "here", "there", "दुकान", "dukan", "खुल", "khul",
        "गोदाम", "वहाँ", "यहाँ", "ਦੁਕਾਨ", "ਖੁੱਲ੍ਹ", "ਉੱਥੇ", "દુકાન", "ખુલ્લ", "ત્યાં",
        "கடை", "kadai", "திறந்", "அங்க", "ஷாப்", "షాపు", "అంగడి", "కొట్టు", "తెరిచి",
        "అక్కడ", "দোকান", "খোলা", "ওখানে", "दुकान", "उघड", "तिथे", "ಅಂಗಡಿ", "ತೆಗೆದಿ",
        "ಅಲ್ಲಿ", "കട", "kada", "തുറന്ന", "thuranni", "അവിടെ", "avide",
    )
)  # fmt: skip
_DATE = tuple(
    fold(w)
    for w in (
        "date", "tarikh", "तारीख", "तारीख़", "तारख", "ਤਰੀਕ", "ਤਾਰੀਖ", "તારીખ", "তারিখ",
        "தேதி", "తేదీ", "ತಾರೀಖ", "ತಾರೀಕ", "തീയതി",
    )
)  # fmt: skip
_DAY_PARTS = tuple(
    fold(w)
    for w in (
        "night", "morning", "evening", "रात", "सुबह", "शाम", "ਰਾਤ", "ਸਵੇਰ", "ਸ਼ਾਮ", "રાત",
        "સવાર", "સાંજ", "सकाळ", "संध्याकाळ", "রাত", "সকাল", "সন্ধ্যা", "இரவு", "ராத்திரி",
        "காலை", "రాత్రి", "ఉదయం", "పొద్దున", "ರಾತ್ರಿ", "ಬೆಳಿಗ್ಗೆ", "ಬೆಳಗ್ಗೆ", "രാത്രി", "രാവിലെ",
    )
)  # fmt: skip
_ON = frozenset(fold(w) for w in ("ਨੂੰ", "को", "ko", "nu", "ने", "ला", "ne"))
_HOUR_WORDS = tuple(fold(w) for w in ("बजे", "baje", "ਵਜੇ", "વાગ", "वाज", "o'clock", "மணி"))


def _whole(price: _Price, low: int, high: int) -> bool:
    value = price.span.value
    return value == int(value) and low <= value <= high


def _clock(reading: _Reading, price: _Price) -> bool:
    """Digits either side of a colon: "9:40", "10:30"."""
    tokens, text = reading.tokens, reading.text
    first, last = tokens[price.start], tokens[price.end - 1]
    before = text[max(first.start - 3, 0) : first.start]
    after = text[last.end : last.end + 3]
    return (after[:1] == ":" and after[1:3].isdigit()) or (
        before[-1:] == ":" and before[:-1][-1:].isdigit()
    )


def _till(reading: _Reading, price: _Price) -> bool:
    words = reading.words
    k = price.end
    if k < len(words) and words[k].startswith(_HOUR_WORDS):
        k += 1  # "ग्यारह बजे तक"
    if k >= len(words) or words[k] not in TILL or not _whole(price, 1, 12):
        return False
    return any(w.startswith(_STAY + _HOUR_WORDS) for w in words)


def _day(reading: _Reading, price: _Price) -> bool:
    words = reading.words
    if not _whole(price, 1, 31) or not any(w.startswith(_DATE) for w in words):
        return False
    k = price.end
    if k < len(words) and reading.has(k, Cue.OF):
        k += 1  # "सोलह की सुबह"
    nxt = words[k] if k < len(words) else ""
    return nxt.startswith(_DAY_PARTS) or (k == price.end and nxt in _ON)


_AT_ENDINGS = ("ക്ക്", "க்கு", "కి", "ಕ್ಕೆ", "টায়", "ला", "को", "ਨੂੰ", "ए", "kku", "ku", "ki")


def _at_beside_till(reading: _Reading, price: _Price) -> bool:
    """ "ഒമ്പതരയ്ക്ക് ... പതിനൊന്നു വരെ": an hour with an "at" ending in a line that says
    an hour with "till"."""
    value = price.span.value
    if not 1 <= value < 13 or (value * 4) != int(value * 4):
        return False
    if not reading.tokens[price.end - 1].raw.endswith(_AT_ENDINGS):
        return False
    return any(p is not price and _till(reading, p) for p in reading.prices)


def hour_or_day(reading: _Reading, price: _Price) -> bool:
    """Whether a bare number is an hour beside the shop's hours, a clock time, or a day
    beside a date."""
    if price.explicit or price.each or price.quantity is not None:
        return False
    if _clock(reading, price) or _till(reading, price) or _day(reading, price):
        return True
    return _at_beside_till(reading, price)
