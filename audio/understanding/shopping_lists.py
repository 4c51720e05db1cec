"""A shopping list with the total asked: "total how much? three kilo rice, one packet
salt", "कुल कितना? दो किलो आटा, एक पैकेट नमक", "মোট কত? দু কেজি চিনি, এক প্যাকেট চা". The
line asks a price; its quantities are of several items (two or more clauses, each with a
count and a unit or a pack: "two teas here, one parcel" is one item), so none of them is
the quantity the question is about: `quantity` and `unit` stay unsaid (null), never the
first item's."""

from __future__ import annotations

from dataclasses import replace

from audio.languages.base import Cue
from audio.understanding.containers import container_word
from audio.understanding.reading import _joined, _Reading
from audio.understanding.result import Intent, Understanding
from audio.understanding.rounded import _TOTAL


def list_asked(reading: _Reading, understood: Understanding) -> Understanding:
    """The understanding, with no quantity where a total is asked for a list of items."""
    if understood.intent is not Intent.QUESTION or understood.amount_paise is not None:
        return understood
    if understood.quantity is None or reading.prices:
        return understood
    if not any(w in _TOTAL for w in reading.words):
        return understood
    items, counted, measured = 0, False, False
    for k in range(len(reading.words)):
        if k and not _joined(reading, k):
            items, counted, measured = items + (counted and measured), False, False
        counted = counted or reading.number_at[k] is not None or k in reading.lone_ones
        measured = measured or reading.has(k, Cue.UNIT) or container_word(reading, k)
    if items + (counted and measured) < 2:
        return understood  # one item weighed or packed: its quantity is the one asked about
    return replace(understood, quantity=None, unit=None)
