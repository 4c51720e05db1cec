"""Gujarati "રૂ" is cotton as well as the rupee sign: in a mattress or quilt maker's talk
"રૂ પાંચ કિલો ભરજો" (fill five kilos of cotton) names the filling, not ₹5 a kilo. The
bare word (no dot after it) before a number spelled in words and then a unit of weight
is the cotton: its currency cue is dropped, and the number is a weight. "રૂ. 200", "રૂ
200" and "રૂ 40 કિલો" (digits, or a dot) stay rupees. "સારું રૂ" (good cotton) before a price is
the adjective and the cotton: no "ok", and no rupee sign."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.numbers import NumberSpan
from audio.understanding.reading import _NO_CUES, _joined, _Reading

_COTTON = {"gu": frozenset(("રૂ",))}
# "Good", "fine" before the cotton: an adjective, never "ok" ("સારું રૂ, ત્રણસો સાઠ કિલો").
_GOOD = frozenset(("સારું", "સારુ", "સારો", "સારી", "saru", "sarun", "ઉત્તમ", "ચોખ્ખું"))


def cotton_not_rupee(reading: _Reading, spans: list[NumberSpan]) -> None:
    """Drop the currency cue of a bare "રૂ" said before a spelled weight of cotton."""
    words = _COTTON.get(reading.language)
    if words is None:
        return
    starts = {s.start: s for s in spans}
    for k, token in enumerate(reading.tokens):
        span = starts.get(k + 1)
        good = k > 0 and reading.tokens[k - 1].raw.lower() in _GOOD and _joined(reading, k)
        if token.raw in words and good and k + 1 < len(reading.tokens):
            reading.cues[k - 1] = reading.cues[k] = _NO_CUES  # "સારું રૂ": good cotton
            continue
        if token.raw not in words or span is None:
            continue
        dotted = reading.text[token.end : token.end + 1] == "."
        if dotted or reading.tokens[k + 1].raw[:1].isdigit():
            continue  # "રૂ. 200", "રૂ 200": the rupee sign
        if reading.has(span.end, Cue.UNIT):
            reading.cues[k] = _NO_CUES
            reading.occurrences = [o for o in reading.occurrences if not o[1] <= k < o[2]]
