"""Telugu romanized "padi": the everyday 10 ("moodintiki padi", ten for three) and also
"having fallen" (పడి: "kinda padi paadayyayi", fell down and got spoiled). Said right
after "kinda" (down), or right before a verb of falling away or spoiling ("poyindi",
"poyayi", "paadayyayi", "pagilipoyayi"), it is the verb: no number. The same shape with
a unit or currency word beside it ("kilo padi poyindi": a kilo fell, or a kilo is ten
and gone) has two readings: it is asked about, never recorded. Native "పడి" is no
number in the tables (ten is "పది").

A count of goods that fell, broke or spoiled ("two fell off, give it for 40", "ரெண்டு
கீழே விழுந்துடுச்சு, நாப்பதுக்கு குடுங்க", "ਦੋ ਥੱਲੇ ਡਿੱਗ ਪਏ"), in every language: the
count says what happened to some of the goods, never a price and no quantity of the
deal; the price said after it stands."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.numbers import NumberSpan
from audio.understanding.reading import _joined, _Reading

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


# Verbs of falling, breaking or spoiling, as a word's start (endings stay on), and the
# "down" said before them: "ரெண்டு கீழே விழுந்துடுச்சு", "दो गिर के टूट गए".
_FELL_STEMS = tuple(
    fold(w)
    for w in (
        "fell", "fallen", "dropped", "broke", "broken", "cracked", "burst", "rotten",
        "spoiled", "spoilt", "गिर", "टूट", "फूट", "सड़", "gir", "toot", "tut", "sad gay",
        "விழுந்", "விழுந்த", "உடைஞ்", "உடைந்", "அழுகி", "நசுங்", "vizhun", "udanj",
        "పడిపో", "పడ్డా", "పగిలి", "కుళ్ళి", "నలిగి", "padipoy", "paddayi", "pagili",
        "পড়ে গে", "ভেঙে", "পচে", "ফেটে", "bhenge", "pore gech", "पडल", "फुटल", "सडल",
        "तुटल", "padle", "futle", "પડી", "તૂટી", "ફૂટી", "સડી", "ભાંગી", "padi gay",
        "tuti gay", "ಬಿದ್ದ", "ಬಿದ್ದೋ", "ಒಡೆದ", "ಕೊಳೆತ", "biddo", "bidd", "odedu",
        "വീണ", "വീണു", "പൊട്ടി", "ചീഞ്ഞ", "ചതഞ്ഞ", "veenu", "potti", "ਡਿੱਗ", "ਟੁੱਟ",
        "ਫੁੱਟ", "ਗਲ਼ ਗ", "ਗਲ ਗ", "digg", "tutt", "crushed", "squashed",
    )
)  # fmt: skip
_FELL_WORDS = tuple(w for w in _FELL_STEMS if " " not in w)
_FELL_PAIRS = tuple(tuple(w.split()) for w in _FELL_STEMS if " " in w)


def _fell_at(reading: _Reading, k: int) -> bool:
    words = reading.words
    if words[k].startswith(_FELL_WORDS):
        return True
    return any(
        words[k].startswith(a) and k + 1 < len(words) and words[k + 1].startswith(b)
        for a, b in _FELL_PAIRS
    )


def _count_that_fell(reading: _Reading, span: NumberSpan) -> bool:
    """A small count with a verb of falling, breaking or spoiling in the three words after
    it, before any pause or other number: "two fell off", "ਦੋ ਥੱਲੇ ਡਿੱਗ ਪਏ"."""
    if span.value >= 20 or span.value != int(span.value):
        return False
    if reading.has(span.start - 1, Cue.CURRENCY, Cue.UNIT) if span.start > 0 else False:
        return False
    for k in range(span.end, min(span.end + 4, len(reading.words))):
        if k > span.end and not _joined(reading, k):
            return False
        piece = reading.units[k] == "piece"  # "രണ്ടെണ്ണം", "দুটো": two of them
        if reading.number_at[k] is not None or reading.has(k, Cue.CURRENCY):
            return False
        if reading.has(k, Cue.UNIT) and not piece:
            return False
        if _fell_at(reading, k):
            return True
    return False


def _unit_of_count_gone(reading: _Reading, k: int) -> None:
    """The piece word joined to a count that fell ("രണ്ടെണ്ണം") counts nothing now."""
    if k < len(reading.words) and reading.units[k] == "piece":
        reading.cues[k], reading.units[k] = frozenset(), None
        reading.occurrences = [o for o in reading.occurrences if o[1] != k]


def drop_fallen(reading: _Reading, spans: list[NumberSpan]) -> list[NumberSpan]:
    """The spans without a "padi" that says "fell" and nothing beside it prices, and
    without a count of goods that fell or broke."""
    kept = []
    for span in spans:
        fell = _fallen(reading, span) and not _priced(reading, span)
        if _count_that_fell(reading, span):
            _unit_of_count_gone(reading, span.end)
            fell = True
        if fell:
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
