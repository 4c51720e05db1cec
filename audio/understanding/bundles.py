"""A bundle as the unit of sale said in English ("a bundle 80", "per bundle 90", "three
bundles for 200", "fodder, a bundle sixty rupees") is the bunch: the unit of greens,
fodder, sugarcane or sticks tied together, as கட்டு, కట్ట, ಕಟ್ಟು, കെട്ട്, আঁটি, जुडी,
गट्ठर are in the tables. A bundle whose contents the line tells ("120 a bundle, thirty
copies in each") is a container (`containers`), and a price with no shape beside one
("1800 taka bundle", a coil of wire) stays as it is."""

from __future__ import annotations

from audio.understanding.conditions import unit_of_condition
from audio.understanding.containers import _says_held
from audio.understanding.reading import _Price, _Reading

_BUNDLES = frozenset(("bundle", "bundles", "bundel", "bundels"))
_REACH = 3
"""The bundle word is at most this many words from the price or its count."""


def bundle_unit(reading: _Reading, chosen: _Price | None, unit: str | None) -> str | None:
    """`unit`, or the bunch where a bundle is the unit the chosen price is shaped by."""
    if chosen is None or chosen.per_unit is None or unit not in (None, "piece"):
        return unit
    spots = [
        k
        for k, w in enumerate(reading.words)
        if w in _BUNDLES and not unit_of_condition(reading, k)  # "ಕಟ್ಟು ತಗೊಂಡ್ರೆ ಕಡಿಮೆ"
    ]
    if not spots or _says_held(reading):
        return unit
    near = range(chosen.start - _REACH, chosen.end + _REACH)
    counts = [q for q in reading.quantities if q.value is not None]
    if any(k in near for k in spots) or any(q.start <= k <= q.end for q in counts for k in spots):
        return "bunch"  # "per bundle 90"; "four bundles of sugarcane for 300"
    return unit
