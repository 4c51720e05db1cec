"""Agreement that says back the price on the table with a word or two, then talks on:
"ok, 300 then, can you deliver?", "ठीक है, तीन सौ ही सही, घर पहुँचा दोगे?", "fine, 45 it is,
weigh it", "alright, 12, but give it daily", "சரி, முன்னூறு தான், வீட்டுக்கு
கொண்டு வருவீங்களா?". A word of agreement, exactly the price on the table
(`reference_paise`), at most two words that close it ("then", "it is", "ही सही", "தான்"),
a pause, then any talk that names no other price and refuses nothing: the price on the
table is agreed to, and the question after the pause asks about something else. A small
number said so ("okay nine, fine", "ok nine" against ₹9) is that price, not a count. A different
price, or none on the table known, reads as before (the speaker's own)."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.understanding.reading import _Price, _Reading

_PAUSES = frozenset(",.।;!:—–")
_CLOSERS = 2
"""At most this many words between the price and the pause."""
_BEFORE = 3
"""At most this many words between the word of agreement and the price."""
# Cues that make the line more than agreement: a refusal, a limit, a price's shape.
_NOT_AGREED = (
    Cue.REJECT, Cue.NEGATION, Cue.NOT, Cue.TOO_MUCH, Cue.COMPARATIVE, Cue.CAP,
    Cue.CAP_BEFORE, Cue.FINAL,
)  # fmt: skip
_SHAPE = (Cue.CURRENCY, Cue.EACH, Cue.PER, Cue.TOTAL, Cue.UNIT, Cue.MEASURE)


def _pause_before(reading: _Reading, k: int) -> bool:
    tokens = reading.tokens
    gap = reading.text[tokens[k - 1].end : tokens[k].start]
    return any(c in _PAUSES for c in gap) or tokens[k].raw in _PAUSES


def agreed_then_talks(
    reading: _Reading, chosen: _Price, accepts: list[int], reference_paise: int | None
) -> bool:
    """The line agrees to the price on the table, said back, and talks on after a pause."""
    if reference_paise is None or chosen.negated or chosen.bound:
        return False
    if round(chosen.unit_paise()) != reference_paise or chosen.quantity is not None:
        return False
    if any(p is not chosen and not p.negated for p in reading.prices):
        return False
    agreed = {o[1] for o in reading.occurrences if o[0] in (Cue.ACCEPT, Cue.SOFT_ACCEPT)}
    before = [a for a in {*accepts, *agreed} if a < chosen.start]
    if not before or chosen.start - max(before) > _BEFORE:
        return False
    n = len(reading.words)
    if any(reading.has(k, *_NOT_AGREED) for k in range(n)):
        return False
    pause = next(
        (
            k
            for k in range(chosen.end, min(chosen.end + _CLOSERS + 1, n))
            if _pause_before(reading, k)
        ),
        None,
    )
    if pause is None:
        # "ok nine" against ₹9: the price on the table said back, nothing after it
        return all(reading.tokens[k].raw in _PAUSES for k in range(chosen.end, n))
    closers = range(chosen.end, pause)
    if any(reading.number_at[k] is not None or reading.has(k, *_SHAPE) for k in closers):
        return False
    rest = [k for k in range(pause, n) if reading.tokens[k].raw not in _PAUSES]
    return bool(rest) and not any(reading.has(k, Cue.CURRENCY, Cue.EACH) for k in rest)
