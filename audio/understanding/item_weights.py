"""The weight of one quilt or blanket is its size, no quantity bought: "this blanket
weighs two kilos", "this razai is two and a half kilo, cotton filled, 1,400", "ఈ రజాయి
రెండున్నర కిలోలు", "এই লেপটা আড়াই কেজি", "આ ધાબળો બે કિલોનો છે", "ਇਹ ਕੰਬਲ ਦੋ ਕਿੱਲੋ ਦਾ ਆ".
Bedding is sold by the piece; the kilos said of "this" one tell how heavy it is. The
weight is no quantity and no unit, and a price beside it has no shape (README
`per_unit`, a weight that names an item's size)."""

from __future__ import annotations

from dataclasses import replace

from audio.lexicon import fold
from audio.understanding.reading import _joined, _Reading
from audio.understanding.result import Understanding
from audio.understanding.trade_units import _THIS

# Bedding sold by the piece, as a word's start (a case ending or classifier may follow).
_BEDDING = tuple(
    fold(w)
    for w in (
        "razai", "rajai", "quilt", "blanket", "mattress", "रज़ाई", "रजाई", "कम्बल", "कंबल",
        "गद्दा", "ரஜாய்", "போர்வை", "கம்பளி", "మెత్త", "రజాయి", "దుప్పటి", "కంబళి", "লেপ",
        "কম্বল", "তোশক", "रजई", "घोंगडी", "गादी", "ગોદડ", "ધાબળ", "રજાઈ", "ರಜಾಯಿ", "ಕಂಬಳಿ",
        "ಹೊದಿಕೆ", "ಹಾಸಿಗೆ", "രജായി", "കമ്പിളി", "പുതപ്പ", "മെത്ത", "ਰਜ਼ਾਈ", "ਰਜਾਈ", "ਕੰਬਲ",
        "ਗੱਦਾ",
    )
)  # fmt: skip
_REACH = 3
"""Words the weight may follow the item by ("this razai is two and a half kilo")."""


def item_weight_said(reading: _Reading, understood: Understanding) -> Understanding:
    """The understanding, with no quantity where its weight is said of "this" quilt or
    blanket, and no shape on a total for that weight."""
    if understood.unit not in ("kg", "g") or understood.per_unit is True:
        return understood
    words = reading.words
    for q in reading.quantities:
        if q.unit not in ("kg", "g"):
            continue
        items = [
            k
            for k in range(max(q.start - _REACH, 1), q.start)
            if words[k].startswith(_BEDDING)
            and words[k - 1] in _THIS
            and all(_joined(reading, j) for j in range(k, q.start + 1))
            and all(reading.number_at[j] is None for j in range(k, q.start))
        ]
        if items:
            return replace(understood, quantity=None, unit=None, per_unit=None)
    return understood
