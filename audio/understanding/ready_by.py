"""An hour said with a half or a quarter, the way a clock is read: "साडेचार वाजेपर्यंत"
(till half past four), "നാലരയ്ക്ക് റെഡിയാക്കി വെക്കണം" (have it ready at four-thirty),
"ನಾಲ್ಕೂವರೆಗೆ ರೆಡಿ ಮಾಡಿ", "मेरी बस पाँच बजे की है, साढ़े चार तक पैक कर देना". A bare
number under thirteen in quarters (no money or unit word in the line, read as rupees
under thirteen) with an hour word right after it, or in a line that asks for the goods
ready, or with "till" after it in a line that names another hour, is the hour: no price."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.hours import _hour_word
from audio.understanding.reading import _Price, _Reading
from audio.understanding.till_hours import TILL

# "Ready": the goods wanted ready by the hour ("റെഡിയാക്കി", "ರೆಡಿ ಮಾಡಿ", "तयार ठेवा").
_READY_STEMS = tuple(
    fold(w)
    for w in (
        "ready", "रेडी", "तैयार", "तयार", "ரெடி", "రెడీ", "ರೆಡಿ", "റെഡി", "রেডি", "তৈরি",
        "તૈયાર", "ਤਿਆਰ", "taiyar", "tayar", "redi",
    )
)  # fmt: skip
_MOST = 1275  # paise: twelve and three quarters, the last hour a clock reads


def _quarters(price: _Price) -> bool:
    value = price.span.value
    return 1 <= value < 13 and (value * 4) == int(value * 4) and price.paise <= _MOST


def hour_in_quarters(reading: _Reading, price: _Price) -> bool:
    """The number is an hour read off a clock (see the module)."""
    if price.explicit or price.each or price.quantity is not None or not _quarters(price):
        return False
    words = reading.words
    if any(reading.has(k, Cue.CURRENCY, Cue.PAISE, Cue.UNIT) for k in range(len(words))):
        return False
    if any(p is not price and not _quarters(p) for p in reading.prices):
        return False  # another price in the line: "ready, 450 for all" names money
    if price.end < len(words) and _hour_word(words[price.end]):
        return True  # "साडेचार वाजेपर्यंत", "साढ़े चार बजे"
    if any(w.startswith(_READY_STEMS) for w in words):
        return True  # "നാലരയ്ക്ക് റെഡിയാക്കി വെക്കണം"
    till = price.end < len(words) and words[price.end] in TILL
    other_hour = any(_hour_word(w) for k, w in enumerate(words) if k < price.start)
    return till and other_hour  # "पाँच बजे की है, साढ़े चार तक"
