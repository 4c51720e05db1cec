"""A shop's hours told, not prices: "we open at 7 and shut at 1, then again 4 to 9",
"dukaan subah 8 se 1 aur shaam 5 se 9 khuli hai", "sakali 7 te 1 ani sandhyakali 5 te 9
chalu aste", "angadi beligge 7 rinda 1 varege, sanje 5 rinda 9 varege". Two or more
numbers, none above 24, in a line with no money or unit word, where the shop is said to
open or shut or an hour is said to run to another ("7 to 1", "5 se 9", "7 ರಿಂದ 1"): hours,
no price. One number beside "closing" ("we're closing, give twenty") is left as it is."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.reading import _Reading
from audio.understanding.remarks import _OPEN_SHUT_STEMS, _OPEN_SHUT_WORDS

# "Running" said of a shop: open.
_RUNNING = frozenset(fold(w) for w in ("chalu", "चालू", "चालु", "ચાલુ", "ਚਾਲੂ", "ചാലു"))
# From one hour to another: "7 to 1", "5 se 9", "7 ta theke", "7 rinda", "7 muthal".
_FROM_TO = frozenset(
    fold(w)
    for w in (
        "to", "till", "until", "from", "se", "से", "tak", "तक", "te", "ते", "thi", "થી", "ton",
        "ਤੋਂ", "theke", "থেকে", "nundi", "నుండి", "నుంచి", "rinda", "ರಿಂದ", "muthal", "മുതൽ",
        "irundhu", "இருந்து", "varaku", "వరకు", "varege", "ವರೆಗೆ", "vare", "വരെ",
        "varaikkum", "வரைக்கும்", "paryant", "पर्यंत", "sudhi", "સુધી", "tyant", "ਤੱਕ",
        "porjonto", "পর্যন্ত",
    )
)  # fmt: skip
_LATEST_HOUR = 24
_NUMBERS = 2


def _ranged(reading: _Reading, start: int, end: int) -> bool:
    """A from/to word right after the number or right before it ("7 to", "to 9"),
    with a Bengali "টা" or an hour word allowed between."""
    words = reading.words
    near = words[end : end + 2] + words[max(start - 1, 0) : start]
    return any(w in _FROM_TO for w in near)


def open_hours(reading: _Reading) -> set[int]:
    """The starts of the numbers that are a shop's hours, in a line that tells them."""
    if any(reading.has(k, Cue.CURRENCY, Cue.PAISE, Cue.UNIT) for k in range(len(reading.words))):
        return set()
    spans = {id(s): s for s in reading.number_at if s is not None}.values()
    if len(spans) < _NUMBERS or any(s.value > _LATEST_HOUR for s in spans):
        return set()
    words = reading.words
    opens = any(
        w in _OPEN_SHUT_WORDS or w in _RUNNING or w.startswith(_OPEN_SHUT_STEMS) for w in words
    )
    ranged = sum(_ranged(reading, s.start, s.end) for s in spans) >= _NUMBERS
    if not (opens or ranged):
        return set()
    return {s.start for s in spans}


def drop_open_hours(reading: _Reading) -> None:
    """Drop the prices and counts that are a shop's hours."""
    gone = open_hours(reading)
    if gone:
        reading.prices = [p for p in reading.prices if p.start not in gone]
        reading.quantities = [q for q in reading.quantities if q.start not in gone]
        reading.quantity_at = {k: q for k, q in reading.quantity_at.items() if q.start not in gone}
