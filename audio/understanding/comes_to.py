"""What the goods come to, then the customer's own price: "Sawa kilo ka dedh sau hota
hai, aap 145 de do" (1¼ kilo comes to 150, you give 145), "Two kilo comes to 180, make
it 170", "ரெண்டு கிலோ நூத்தி எண்பது ஆகுது, நூத்தி எழுபது போடுங்க". The sum for the
quantity said is worked out aloud; the bare price after a pause is the counter, a total
for that same quantity (never a rate), and the sum is set aside."""

from __future__ import annotations

from itertools import pairwise

from audio.lexicon import fold
from audio.understanding.reading import _joined, _Price, _Reading

# "Comes to", "makes", "हो जाता है": the sum worked out for the quantity.
_COMES = frozenset(
    fold(w)
    for w in (
        "comes", "come", "coming", "that's", "thats", "makes", "becomes", "total",
        "होता", "होते", "होती", "hota", "hote", "hoti", "बनता", "बनते", "banta", "bante",
        "हुआ", "हुए", "hua", "hue", "पड़ता", "padta", "लगता", "lagta",
        "வருது", "வரும்", "ஆகுது", "ஆகும்", "ஆச்சு", "varudhu", "aagudhu", "aagum", "aachu",
        "అవుతుంది", "అవుతాయి", "అయింది", "అయ్యింది", "avutundi", "ayindi",
        "হয়", "হচ্ছে", "হল", "হলো", "পড়ে", "পড়ছে", "hoy", "hochhe", "holo",
        "होतात", "होतो", "होईल", "hotat", "hoto",
        "થાય", "થયા", "થશે", "thay", "thaay", "thaya",
        "ಆಗುತ್ತೆ", "ಆಗತ್ತೆ", "ಆಗುತ್ತದೆ", "ಆಗ್ತದೆ", "ಆಯ್ತು", "ಆಯಿತು", "aagutte", "agatte",
        "ആകും", "ആയി", "ആകുന്നു", "aakum", "aayi",
        "ਬਣਦਾ", "ਬਣਦੇ", "ਹੁੰਦਾ", "ਹੁੰਦੇ", "ਹੋਇਆ", "banda", "bande", "hunda",
    )
)  # fmt: skip


def sum_then_counter(reading: _Reading) -> list[_Price]:
    """The sums to set aside: a total for a quantity said with a word of "comes to", a
    pause, then a bare price, which becomes a total for that quantity."""
    found = []
    for p, q in pairwise(reading.prices):
        counted = p.quantity is not None and bool(p.quantity.value)
        if p.per_unit is not False or not counted or p.quantity is None:
            continue
        if q.quantity is not None or q.per_unit is not None or q.each or q.negated:
            continue
        if all(_joined(reading, k) for k in range(p.end, q.start + 1)):
            continue  # no pause: one run of numbers
        if not p.paise / 2 <= q.paise <= p.paise * 3 / 2:
            continue  # "3 kilo 240 hota hai, 75 lagao": a rate, or a slip; asked
        first = max(0, min(p.start, p.quantity.start) - 2)
        if not any(w in _COMES for w in reading.words[first : q.start]):
            continue
        q.per_unit, q.quantity = False, p.quantity
        found.append(p)
    return found
