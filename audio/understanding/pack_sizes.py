"""A pack's size is no quantity bought: "this sugar packet is one kilo", "this rice bag
is only 5 kilo, I wanted the 10 kilo one", "ये आटे का पैकेट सिर्फ पाँच किलो का है",
"இந்த சர்க்கரை பாக்கெட் ஒரு கிலோ தான்", "এই চিনির প্যাকেটটা এক কেজির". A weight said
right after the pack named, in its clause, tells what the pack holds: with no price in
the line, `quantity` and `unit` stay unsaid (null)."""

from __future__ import annotations

from dataclasses import replace

from audio.lexicon import fold
from audio.understanding.containers import container_word
from audio.understanding.reading import _joined, _Reading
from audio.understanding.result import Intent, Understanding

_NEAR = 4
"""How many words the weight may follow the pack by ("packet is only 5 kilo")."""


def pack_size_said(reading: _Reading, understood: Understanding) -> Understanding:
    """The understanding, with no quantity where the only weight is a pack's size."""
    if understood.intent is not Intent.OTHER or understood.amount_paise is not None:
        return understood
    if understood.quantity is None or reading.prices or not reading.quantities:
        return understood
    first = min(reading.quantities, key=lambda q: q.start)
    if _comes_in_packs(reading, first.end):
        return replace(understood, quantity=None, unit=None)
    for k in range(max(first.start - _NEAR, 0), first.start):
        if container_word(reading, k) and all(
            _joined(reading, j) for j in range(k + 1, first.start + 1)
        ):
            return replace(understood, quantity=None, unit=None)
    return understood


# Goods that "come" in packs of a size: "sequins come only in 100-gram packets", "सितारे
# सौ ग्राम के पैकेट में आते हैं": how they are sold, no quantity bought.
_COME = tuple(
    fold(w)
    for w in (
        "come", "comes", "आते", "आता", "आती", "aate", "aata", "aati", "येतात", "येते",
        "આવે", "ਆਉਂਦ", "আসে", "வரும்", "வருது", "వస్తాయి", "వస్తుంది", "ಬರುತ್ತ", "വരും",
    )
)  # fmt: skip


def _comes_in_packs(reading: _Reading, end: int) -> bool:
    """A pack word within two words after the weight ending at `end`, and a verb of
    coming in the line."""
    words = reading.words
    pack = any(container_word(reading, k) for k in range(end, min(end + 3, len(words))))
    return pack and any(w.startswith(_COME) for w in words)
