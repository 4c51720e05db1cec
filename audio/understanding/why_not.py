"""A "why not X?" has two readings: a proposal ("why not make it eighty?") or a challenge
("why isn't it eighty?"): "अस्सी क्यों नहीं?", "எண்பது ஏன் கூடாது?", "ఎనభై ఎందుకు కాదు?",
"আশি কেন নয়?", "ऐंशी का नाही?", "એંસી કેમ નહીં?", "ಎಂಬತ್ತು ಯಾಕೆ ಆಗಲ್ಲ?", "ਅੱਸੀ ਕਿਉਂ
ਨਹੀਂ?". The price is kept (never refused by the "not"), and asked. "Why not" said as
"of course" before a pause ("क्यों नहीं, अस्सी में ले जाओ") is no such question."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.reading import _SKIPPABLE, _joined, _Price, _Reading

_WHY = frozenset(
    fold(w)
    for w in (
        "why", "क्यों", "क्यूँ", "क्यूं", "kyun", "kyon", "kyu", "kyo", "ஏன்", "yen", "en",
        "ఎందుకు", "enduku", "কেন", "keno", "কেনো", "કેમ", "kem", "ಯಾಕೆ", "yaake", "yake",
        "ಯಾಕ", "എന്തുകൊണ്ട്", "എന്താ", "enthaa", "entha", "enthukond", "ਕਿਉਂ", "kiun",
        "kiyon",
    )
)  # fmt: skip

# Marathi "का" is "why" only in Marathi (elsewhere it is "of").
_WHY_MR = frozenset(fold(w) for w in ("का", "ka", "kaa"))


def _why(reading: _Reading, k: int) -> bool:
    word = reading.words[k]
    return word in _WHY or (reading.language == "mr" and word in _WHY_MR)


# "Won't it do", "can't it", said after "why" where the tables hold no refusal cue.
_WONT = frozenset(
    fold(w)
    for w in (
        "pattille", "pattile", "pattilla", "പറ്റില്ലേ", "പറ്റില്ല", "koodadhu", "koodathu",
        "கூடாது", "kaadu", "కాదు", "aagalla", "ಆಗಲ್ಲ", "ಆಗೋದಿಲ್ಲ",
    )
)  # fmt: skip


def _refusing(reading: _Reading, k: int) -> bool:
    return reading.words[k] in _WONT or reading.has(k, Cue.NEGATION, Cue.NOT, Cue.REJECT)


def asks_why_not(reading: _Reading, price: _Price) -> bool:
    """`price` is asked with "why not": a word for why, then a "not" or "won't do", right
    after it ("80 kyun nahi", "எண்பது ஏன் கூடாது"), or "why not" joined before it."""
    n = len(reading.words)
    k = price.end
    while k < n and reading.has(k, *_SKIPPABLE, Cue.CURRENCY, Cue.UNIT):
        k += 1  # "साठ रुपये किलो क्यों नहीं"
    if k < n and _why(reading, k):
        return any(_refusing(reading, j) for j in range(k + 1, min(k + 3, n)))
    s = price.start
    while s > 0 and reading.has(s - 1, Cue.UNIT):
        s -= 1
    return (
        s >= 2
        and _why(reading, s - 2)
        and _refusing(reading, s - 1)
        and _joined(reading, price.start)
    )


def keep_why_not(reading: _Reading) -> None:
    """A price asked with "why not" is not refused by its "not"."""
    for price in reading.prices:
        if price.negated and asks_why_not(reading, price):
            price.negated = False
