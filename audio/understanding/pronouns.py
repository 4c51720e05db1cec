"""Punjabi typed "assi" is ਅਸੀਂ (we) as well as ਅੱਸੀ (80): before "tan"/"vi"/"ne" or a
verb of the first person plural ("assi ghar ja rahe haan", "assi lavange", "assi tan
roz aunde haan") it is the pronoun, no number; "assi rupaye", "assi da kilo" (a currency,
unit or "of" after it, read by `homographs`) stay ₹80, and so does "assi" said alone."""

from __future__ import annotations

from audio.numbers import NumberSpan
from audio.understanding.reading import _joined, _Reading

_WE = {"pa": frozenset(("assi", "aassi", "asssi"))}
# Right after the pronoun: "assi tan", "assi vi", "assi ne", "assi sab", "assi ghar".
_AFTER_WE = frozenset(("tan", "taan", "ta", "vi", "bhi", "ne", "sab", "saare", "ghar", "apne"))
# A verb of the first person plural, as said or as its ending: "haan", "lavange", "aunde".
_WE_VERBS = frozenset(("haan", "han", "rahe", "reh", "sanu", "saadi"))
_WE_ENDINGS = ("ange", "nge", "unde", "inde")


def we_said(reading: _Reading, span: NumberSpan) -> bool:
    """The typed "assi" at `span` is the pronoun "we" (see above)."""
    raw = reading.tokens[span.start].raw.lower()
    if raw not in _WE.get(reading.language, frozenset()) or span.end - span.start != 1:
        return False
    k = span.end
    if k < len(reading.words) and _joined(reading, k) and reading.words[k] in _AFTER_WE:
        return True
    for j in range(k, min(k + 5, len(reading.words))):
        if not _joined(reading, j):
            return False  # a pause ends the clause: "assi, pack kar do" is 80
        word = reading.tokens[j].raw.lower()
        if word in _WE_VERBS or (word.isascii() and word.endswith(_WE_ENDINGS)):
            return True
    return False
