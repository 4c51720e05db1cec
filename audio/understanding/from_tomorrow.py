"""Today's price beside tomorrow's: "today 280, from tomorrow 300", "आज दो सौ अस्सी, कल
से तीन सौ", "ఈరోజు రెండొందల ఎనభై, రేపటి నుంచి మూడొందలు". A price in a clause of its own
dated by tomorrow (or next week, next month), said beside a price dated by today or now,
is a remark: today's price stands. Alone, or with no "today" beside it, the later price
is left as said ("कल" and "কাল" are also yesterday)."""

from __future__ import annotations

from audio.lexicon import fold
from audio.understanding.reading import _Price, _Reading
from audio.understanding.recalled import _clause

# Tomorrow, next week: as a word's start so that case endings stay on ("ನಾಳೆಯಿಂದ",
# "উদ্যাপাসূন", "కాల్થી", "നാളെമുതൽ").
_LATER = tuple(
    fold(w)
    for w in (
        "tomorrow", "कल", "kal", "उद्या", "udya", "நாளை", "naalai", "naalaik", "రేపు",
        "రేపటి", "repu", "repati", "কাল", "কালকে", "kaal", "কাল থেকে", "કાલ", "kale",
        "kalthi", "ನಾಳೆ", "naale", "നാളെ", "ਕੱਲ੍ਹ", "ਕੱਲ", "kall",
    )
)  # fmt: skip
_NEXT_WEEK = frozenset(fold(w) for w in ("next week", "next month", "अगले हफ्ते", "अगले महीने"))

# Today, now: the price of the day.
_NOW = frozenset(
    fold(w)
    for w in (
        "today", "now", "आज", "aaj", "aj", "अब", "ab", "আজ", "আজকে", "এখন", "ekhon", "आता",
        "aata", "આજે", "હવે", "have", "aaje", "ఈరోజు", "ఇప్పుడు", "eeroju", "ippudu",
        "இன்னைக்கு", "இன்று", "இப்போ", "innaikku", "ippo", "ಇವತ್ತು", "ಈಗ", "ivattu", "iga",
        "ഇന്ന്", "ഇപ്പോൾ", "innu", "ippol", "ਅੱਜ", "ਹੁਣ", "ajj", "hun",
    )
)  # fmt: skip


def _later(words: list[str], start: int, stop: int) -> bool:
    clause = words[start:stop]
    return any(w.startswith(_LATER) for w in clause) or any(
        " ".join(clause[k : k + 2]) in _NEXT_WEEK for k in range(len(clause) - 1)
    )


def priced_for_later(reading: _Reading, live: list[_Price]) -> list[_Price]:
    """The prices dated later, when another is dated today or now (in its own clause)."""
    words = reading.words
    later, today = [], []
    for price in live:
        start, stop = _clause(reading, price.start)
        if _later(words, start, stop):
            later.append(price)
        elif any(w in _NOW for w in words[start:stop]):
            today.append(price)
    return later if later and today else []
