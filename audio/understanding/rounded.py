"""A total, then the figure it is rounded to: "the month's total is 4,865, I'll round it
off to 4,850", "टोटल 1265 हुआ, 1250 कर दो", "மொத்தம் 1265, 1250-ஆ வச்சுக்கோங்க", "ಒಟ್ಟು
1265 ಆಯ್ತು, 1250 ಮಾಡಿ". The sum is worked out aloud; the rounded figure after it, said
with a verb of making ("make it", "kar do", "ஆக்கிடுங்க", "చేయండి", "করে দিন", "ಮಾಡಿ",
"ആക്ക്") or "round", is the price that stands, a total; the sum is set aside. Only a
figure close to the sum is a rounding (within a tenth of it): "total 1265, make it 900"
is a counter of its own, and left to the rest of the reading.
"""

from __future__ import annotations

from itertools import pairwise

from audio.lexicon import fold
from audio.understanding.reading import _joined, _Price, _Reading
from audio.understanding.shape import kore_each

# A sum: "total", "bill", "the month's account".
_TOTAL = frozenset(
    fold(w)
    for w in (
        "total", "bill", "hisab", "hisaab", "टोटल", "कुल", "बिल", "हिसाब", "மொத்தம்", "கணக்கு",
        "mottham", "motham", "kanakku", "మొత్తం", "లెక్క", "motham", "lekka", "মোট", "হিসাব",
        "mot", "hisab", "एकूण", "बिल", "ekun", "ekoon", "ટોટલ", "કુલ", "હિસાબ", "kul", "ಒಟ್ಟು",
        "ಲೆಕ್ಕ", "ottu", "lekka", "ആകെ", "മൊത്തം", "കണക്ക്", "aake", "motham", "ਟੋਟਲ", "ਕੁੱਲ",
        "ਹਿਸਾਬ",
    )
)  # fmt: skip
# A verb of making or rounding, as a word's start, after the rounded figure (or, in
# English, before it: "round it off to 4,850", "make it 1250").
_MAKE = tuple(
    fold(w)
    for w in (
        "kar", "कर", "round", "make", "ஆக்க", "வச்சு", "aakk", "vachu", "చేస", "చేయ", "చెయ్య",
        "ches", "chey", "কর", "কোর", "kor", "করতো", "करा", "करतो", "करून", "kara", "karto",
        "કર", "kari", "kar", "ಮಾಡ", "maad", "maad", "ആക്ക", "aakk", "ਕਰ",
    )
)  # fmt: skip
_SHARE = 0.1
"""A rounding moves the sum by a tenth of it at most."""


def _made(reading: _Reading, q: _Price) -> bool:
    words = reading.words
    after = words[q.end : q.end + 2]
    before = words[max(q.start - 5, 0) : q.start]
    return any(w.startswith(_MAKE) for w in after) or (any(w in ("round", "make") for w in before))


def rounded_totals(reading: _Reading) -> list[_Price]:
    """The sums set aside for the figure they are rounded to, which becomes a total."""
    found = []
    for p, q in pairwise(reading.prices):
        each = q.each and not kore_each(reading, q)  # "1250 করে দিন" after a sum: make it
        if p.negated or q.negated or each or p.per_unit or q.quantity is not None:
            continue
        if all(_joined(reading, k) for k in range(p.end, q.start + 1)):
            continue  # no pause: one run of numbers
        if not abs(p.paise - q.paise) <= p.paise * _SHARE or q.paise == p.paise:
            continue
        said = reading.words[max(p.start - 3, 0) : p.start]
        summed = any(w in _TOTAL or w.endswith("total") for w in said)
        summed = summed or reading.words[p.end : p.end + 2] == [
            fold("in"),
            fold("all"),
        ]  # "3,120 in all"
        if not summed or not _made(reading, q):
            continue
        q.per_unit, q.each = False, False
        found.append(p)
    return found
