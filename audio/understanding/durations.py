"""A length of time said beside a price: "ok, 450, I'll send it in half an hour", "आधे
घंटे में", "अर्ध्या तासात", "অর্ধেক ঘণ্টায়", "અડધા કલાકમાં", "ಅರ್ಧ ಗಂಟೆಲಿ", "അര
മണിക്കൂറിൽ", "அரை மணி நேரத்துல", "ਅੱਧੇ ਘੰਟੇ ਚ". A fraction before a word of hours or
minutes counts the time, so it is no part of the price beside it and no doubt about it."""

from __future__ import annotations

from audio.lexicon import fold
from audio.understanding.reading import _Reading

# Hours and minutes, as the start of the word (case endings follow: "तासात", "ঘণ্টায়").
_SPANS_OF_TIME = tuple(
    fold(w)
    for w in (
        "hour", "minute", "min", "ghant", "घंट", "मिनट", "minat", "तास", "taas", "मिनिट",
        "ঘণ্টা", "ঘন্টা", "ghonta", "মিনিট", "કલાક", "kalak", "મિનિટ", "ਘੰਟ", "ਮਿੰਟ", "mint",
        "மணி", "நிமிஷ", "நிமிட", "mani", "nimisha", "గంట", "ganta", "నిమిష", "ಗಂಟೆ",
        "gante", "ನಿಮಿಷ", "nimisha", "മണിക്കൂ", "manikkoo", "മിനിറ്റ", "മിനുട്ട",
    )
)  # fmt: skip


def counts_time(reading: _Reading, k: int) -> bool:
    """Whether the word after `k` (a fraction or a count) names hours or minutes: "half
    an hour", "आधे घंटे", "അര മണിക്കൂർ" count time, no money."""
    words = reading.words
    for j in (k + 1, k + 2):  # "half an hour": one article between
        if j < len(words) and words[j].startswith(_SPANS_OF_TIME):
            return j == k + 1 or words[k + 1] in ("an", "a")
    return False
