"""Telugu romanized "padi": the everyday 10 ("moodintiki padi", ten for three) and also
"having fallen" (పడి: "kinda padi paadayyayi", fell down and got spoiled). Said right
after "kinda" (down), or right before a verb of falling away or spoiling ("poyindi",
"poyayi", "paadayyayi", "pagilipoyayi"), it is the verb: no number. The same shape with
a unit or currency word beside it ("kilo padi poyindi": a kilo fell, or a kilo is ten
and gone) has two readings: it is asked about, never recorded. Native "పడి" is no
number in the tables (ten is "పది")."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.numbers import NumberSpan
from audio.understanding.reading import _Reading

_FELL = frozenset(("padi",))

# "Down" before it: "kinda padi" (fell down).
_DOWN = frozenset(fold(w) for w in ("kinda", "kindha", "kinde", "kindhaki", "kindaki", "కింద"))

# Verbs of falling away, breaking or spoiling after it: "padi poyindi", "padi paadayyayi".
_GONE = tuple(
    fold(w)
    for w in (
        "poy", "poi", "poth", "paad", "padai", "pagil", "pagal", "nalig", "chiti", "chedi",
        "dorl", "kullip", "పోయ", "పోయి", "పాడ", "పగిలి", "నలిగి", "చితికి", "దొర్లి", "కుళ్ళి",
    )
)  # fmt: skip


def _fallen(reading: _Reading, span: NumberSpan) -> bool:
    """The lone "padi" at the span says "fell": "kinda" before it or a verb of falling
    away or spoiling right after it."""
    if reading.language != "te" or span.end - span.start != 1:
        return False
    if reading.tokens[span.start].raw.lower() not in _FELL:
        return False
    before = reading.words[span.start - 1] if span.start > 0 else ""
    after = reading.words[span.end] if span.end < len(reading.words) else ""
    return before in _DOWN or (bool(after) and after.startswith(_GONE))


def _priced(reading: _Reading, span: NumberSpan) -> bool:
    """A unit or currency word right beside the span."""
    return reading.has(span.start - 1, Cue.UNIT, Cue.CURRENCY) or reading.has(
        span.end, Cue.UNIT, Cue.CURRENCY
    )


def drop_fallen(reading: _Reading, spans: list[NumberSpan]) -> list[NumberSpan]:
    """The spans without a "padi" that says "fell" and nothing beside it prices."""
    kept = []
    for span in spans:
        if _fallen(reading, span) and not _priced(reading, span):
            for k in range(span.start, span.end):
                reading.number_at[k] = None
            continue
        kept.append(span)
    return kept


def mark_fallen_or_ten(reading: _Reading) -> None:
    """A "padi" that may say "fell" or "ten" (a unit or currency word beside it): asked."""
    for price in reading.prices:
        if _fallen(reading, price.span):
            price.two_readings = True
