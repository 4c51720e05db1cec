"""A price named against a cheaper item, then the speaker's own price closed as final:
"the 30 one is weak, it'll break; ok 35, that's it", "for 30 you get jute rope, this is
nylon; 35, that's all", "तीस वाली कमज़ोर है, टूट जाएगी; चलो पैंतीस, बस", "ಮೂವತ್ತಕ್ಕೆ
ಸೆಣಬಿನ ಹಗ್ಗ ಸಿಗುತ್ತೆ, ಇದು ನೈಲಾನ್; ಮೂವತ್ತೈದು, ಅಷ್ಟೇ". The lower prices in the clauses
before a full stop or a semicolon name the other goods; the last, higher one, with a word
that closes the haggling after it, is the price offered. Without the closing word, or
with a comma alone between them, the two prices are asked as before."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.understanding.finals import closes_after, enough_at_end
from audio.understanding.floor_at import floor_after
from audio.understanding.limits import limit_said
from audio.understanding.reading import _Price, _Reading

_STOPS = frozenset(";.।|")


def _stop_between(reading: _Reading, end: int, start: int) -> int | None:
    """The token after the last full stop or semicolon between token `end - 1` and token
    `start`, if any."""
    tokens = reading.tokens
    after = None
    for k in range(end, start + 1):
        gap = reading.text[tokens[k - 1].end : tokens[k].start]
        if _STOPS & set(gap) or tokens[k].raw in _STOPS:
            after = k
    return after


def cheaper_named(reading: _Reading) -> list[_Price]:
    """The prices of the cheaper goods named before the final price, which they leave
    standing alone."""
    if len(reading.prices) < 2:
        return []
    last = reading.prices[-1]
    earlier = reading.prices[:-1]
    if any(p.negated or p.paise >= last.paise for p in earlier):
        return []
    stop = _stop_between(reading, earlier[-1].end, last.start)
    if stop is None:
        return []
    if last.negated and any(
        reading.has(k, Cue.NEGATION, Cue.NOT, Cue.REJECT) for k in range(stop, last.start)
    ):
        return []
    closed = (
        closes_after(reading, last)
        or enough_at_end(reading, last)
        or floor_after(reading, last)
        or limit_said(reading, last)
    )
    if not closed:
        return []
    last.negated = False  # "they won't last a week; 25, that's it": the "not" is the goods'
    return list(earlier)
