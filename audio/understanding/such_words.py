"""A word for "all" between a price and "too much" ("ரெண்டாயிரம் எல்லாம் ரொம்ப
ஜாஸ்தி", "ಎರಡು ಸಾವಿರ ಎಲ್ಲಾ ತುಂಬಾ ಜಾಸ್ತಿ": two thousand and the like is too much) says
the amount is talked of, not that it buys everything: its cue of wholeness is dropped,
so the amount is refused as any "X is too much" is, never offered as a total."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.numbers import NumberSpan
from audio.understanding.reading import _NO_CUES, _Reading


def untag_such(reading: _Reading, spans: list[NumberSpan]) -> None:
    ends = {s.end for s in spans}
    for k in sorted(ends):
        if not reading.has(k, Cue.TOTAL):
            continue
        if any(reading.has(j, Cue.TOO_MUCH) for j in range(k + 1, min(k + 3, len(reading.cues)))):
            reading.cues[k] = _NO_CUES
            reading.occurrences = [o for o in reading.occurrences if not o[1] <= k < o[2]]
