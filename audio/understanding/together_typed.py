"""Bengali "মিলে" (together) typed in Latin letters is the English "mile": after a count
with a classifier ("tinte mile sat sho", the three together 700; "duto mile 500") it is
the wholeness word, never a distance ("tin mile dure", three miles away, has no
classifier and stays a mile)."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.numbers import NumberSpan
from audio.understanding.endings import _CLASSIFIERS
from audio.understanding.reading import _joined, _Reading

_MILE = frozenset(fold(w) for w in ("mile", "mille"))


def tag_counted_together(reading: _Reading, spans: list[NumberSpan]) -> None:
    """Tag "mile" right after a Bengali count with a classifier as a word of wholeness."""
    if reading.language != "bn":
        return
    for span in spans:
        k = span.end
        if k >= len(reading.words) or reading.words[k] not in _MILE or not _joined(reading, k):
            continue
        if fold(span.suffix) not in _CLASSIFIERS:
            continue
        reading.cues[k] = (reading.cues[k] - {Cue.NOT_MONEY}) | {Cue.TOTAL}
        reading.occurrences = [o for o in reading.occurrences if not o[1] <= k < o[2]]
        reading.occurrences.append((Cue.TOTAL, k, k + 1))
        reading.occurrences.sort(key=lambda o: o[1])
