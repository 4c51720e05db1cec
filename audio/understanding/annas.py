"""Annas after rupees: "सैंतालीस रुपये आठ आने किलो" is ₹47.50 a kilo. An anna is a
sixteenth of a rupee; the counts still said at a stall are the quarters, four annas
(25 paise), eight (50) and twelve (75), and those are read as paise after "<number>
<rupees>". Another count of annas (six annas, 37½ paise) is left as said, so the
speaker is asked; "anna" alone is a brother in the southern languages, so the typed
word is read only where it cannot be one."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.numbers import NumberSpan
from audio.understanding.reading import _Reading

# The anna word, native and typed; typed "anna"/"ana" only outside ta, te, kn, ml.
_ANNAS = frozenset(
    fold(w)
    for w in (
        "annas", "आने", "आना", "आणे", "आणा", "আনা", "આના", "આની", "ਆਨੇ", "ਆਨਾ", "அணா",
        "அணாவு", "అణా", "అణాలు", "ಆಣೆ", "ಆಣೆಗೆ", "അണ", "അണയ്ക്ക്",
    )
)  # fmt: skip
_TYPED_ANNA = frozenset(fold(w) for w in ("anna", "ana", "anne", "aane", "aana", "aani"))
_SOUTH = frozenset({"ta", "te", "kn", "ml"})
# Paise per count of annas: the quarters only.
PAISE_PER_ANNAS = {4: 25, 8: 50, 12: 75}


def annas_after_rupees(reading: _Reading, spans: list[NumberSpan]) -> None:
    """Read "<number> <rupees> <4, 8 or 12> <annas>" as rupees and paise: the count of
    annas becomes its paise (in `spans`, in place) and the anna word a paise word."""
    words = reading.words
    for i, span in enumerate(spans):
        k = span.end
        if k >= len(words) or span.value not in PAISE_PER_ANNAS:
            continue
        typed = words[k] in _TYPED_ANNA and reading.language not in _SOUTH
        if words[k] not in _ANNAS and not typed:
            continue
        before = span.start - 1
        if before < 1 or not reading.has(before, Cue.CURRENCY):
            continue
        if reading.number_at[before - 1] is None:
            continue  # no rupees counted before the rupee word
        spans[i] = NumberSpan(
            PAISE_PER_ANNAS[int(span.value)], span.start, span.end, False, span.suffix
        )
        reading.cues[k] = frozenset({Cue.PAISE})
        reading.occurrences.append((Cue.PAISE, k, k + 1))
