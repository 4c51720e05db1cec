"""A rate for one piece, then past a pause a rate for a dozen: "one for 40, a dozen 400",
"एक चालीस का, दर्जन चार सौ", "5 each, a dozen 50", "ஒண்ணு நாப்பது, டஜன் நானூறு",
"ఒకటి ముప్పై, డజను మూడు వందలు", "একটা চল্লিশ, ডজন চারশো". Two rates for two units: a
careful listener asks which is meant, and asks with the first said, the piece's rate
(never the dozen's figure as a price of 40 dozen, nor the dozen's rate taken unasked)."""

from __future__ import annotations

from itertools import pairwise

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.numbers import NumberSpan
from audio.understanding.reading import _Price, _Reading
from audio.understanding.two_rates import _pause_before

# "One" as a word of its own or with the ending that makes it the unit ("एकाला", "એકના",
# "ಒಂದಕ್ಕೆ", "ഒന്നിന്"), and "each", "single", "per piece" words.
_ONE = frozenset(
    fold(w)
    for w in (
        "one", "each", "single", "एक", "ek", "एकाला", "ekala", "एकला", "ஒண்ணு", "ஒன்று",
        "ஒன்னு", "onnu", "ఒకటి", "ఒక్కటి", "okati", "okkati", "ఒక్కోటి", "okkokati", "একটা",
        "একটি", "ekta", "প্রতিটা", "એક", "એકના", "ekna", "ಒಂದು", "ಒಂದಕ್ಕೆ", "ondu",
        "ondakke", "ഒന്ന്", "ഒന്നിന്", "onninu", "ਇੱਕ", "ਇਕ", "ik", "ikk",
    )
)  # fmt: skip


def _clauses(reading: _Reading) -> list[tuple[int, int]]:
    """The line cut at its pauses, as (start, end) token ranges."""
    cuts = [k for k in range(1, len(reading.words)) if _pause_before(reading, k)]
    bounds = [0, *cuts, len(reading.words)]
    return [(a, b) for a, b in pairwise(bounds) if a < b]


def _spans(reading: _Reading, start: int, end: int) -> list[NumberSpan]:
    seen: dict[int, NumberSpan] = {}
    for k in range(start, end):
        span = reading.number_at[k]
        if span is not None and start <= span.start and span.end <= end:
            seen.setdefault(span.start, span)
    return list(seen.values())


def _one_at(reading: _Reading, k: int) -> bool:
    """Word `k` says one piece: "one", "each", "एक का", "ஒண்ணு", never a number's part
    ("एक सौ बहत्तर")."""
    span = reading.number_at[k]
    if span is not None and span.value != 1:
        return False
    return reading.words[k] in _ONE or reading.has(k, Cue.EACH) or reading.units[k] == "piece"


def _one_said(reading: _Reading, start: int, price: NumberSpan) -> bool:
    """One piece said before the price in its clause ("one egg is 8", "एक का पाँच"), or
    right after it, past a money word or "for" at most ("6 each", "40 rupees each")."""
    if any(_one_at(reading, k) for k in range(start, price.start)):
        return True
    k = price.end
    while k < len(reading.words) and (
        reading.has(k, Cue.CURRENCY) or reading.words[k] in ("for", "a", "per")
    ):
        k += 1
    return k < len(reading.words) and _one_at(reading, k)


def _price_of(reading: _Reading, span: NumberSpan) -> _Price:
    """The price read from `span`, or one made from it where the line read it otherwise
    (as a count of the dozen)."""
    for price in reading.prices:
        if price.start == span.start and price.end == span.end:
            return price
    return _Price(round(span.value * 100), span.start, span.end, False, span)


def rate_of_one_and_dozen(reading: _Reading, chosen: _Price | None) -> _Price | None:
    """The price to ask about where a rate of one piece and then a dozen's rate are said
    (asked, marked with two readings); else `chosen`, untouched."""
    if chosen is None or any(p.negated for p in reading.prices):
        return chosen
    clauses = _clauses(reading)
    if len(clauses) < 2:
        return chosen
    (a, b), (c, d) = clauses[-2], clauses[-1]
    if any(s.value >= 2 for s in _spans(reading, 0, a)):
        return chosen  # another price before: a longer list, left to its own reading
    dozens = [k for k in range(c, d) if reading.units[k] == "dozen"]
    if len(dozens) != 1 or any(reading.units[k] not in (None, "piece") for k in range(a, b)):
        return chosen
    if any(reading.units[k] not in (None, "dozen") for k in range(c, d)):
        return chosen
    firsts = [s for s in _spans(reading, a, b) if s.value >= 2]
    seconds = [s for s in _spans(reading, c, d) if s.value >= 2 and s.end != dozens[0]]
    if len(firsts) != 1 or len(seconds) != 1 or not _one_said(reading, a, firsts[0]):
        return chosen
    one, dozen = firsts[0].value, seconds[0].value
    if not one < dozen <= 13 * one:
        return chosen  # a dozen dearer than one, never more than a dozen of them
    price = _price_of(reading, firsts[0])
    price.negated = False
    price.per_unit, price.quantity, price.each, price.two_readings = True, None, True, True
    return price
