"""What the goods come to, then the customer's own price: "Sawa kilo ka dedh sau hota
hai, aap 145 de do" (1¼ kilo comes to 150, you give 145), "Two kilo comes to 180, make
it 170", "ரெண்டு கிலோ நூத்தி எண்பது ஆகுது, நூத்தி எழுபது போடுங்க". The sum for the
quantity said is worked out aloud; the bare price after a pause is the counter, a total
for that same quantity (never a rate), and the sum is set aside.

The other way round, a sum said as what it comes to or will be, then the rate that
explains it ("not 250, it comes to 320, 8 a cup", "300 નહીં, 360 થાય, પ્લેટના 12"): the
sum stands, a total, and the rate, which goes into it a whole number of times, is set
aside (`rate_explains_sum`)."""

from __future__ import annotations

from itertools import pairwise

from audio.languages.base import Cue
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


# "Will be", "it'll be": the sum said as what it will come to ("not 2,000, it'll be 2,400").
_WILL_BE = _COMES | frozenset(
    fold(w)
    for w in (
        "be", "it'll", "itll", "होगा", "होंगे", "होगी", "hoga", "honge", "hogi", "बनेगा",
        "banega", "পড়বে", "হবে", "hobe", "porbe", "થશે", "thase", "thashe", "होतील", "hotil",
        "ਹੋਣਗੇ", "ਹੋਵੇਗਾ", "ਬਣੇਗਾ", "honge", "hovega", "banega", "ஆகும்", "வரும்",
        "అవుతుంది", "avutundi", "ಆಗುತ್ತೆ", "ആകും",
    )
)  # fmt: skip
_MOST_COUNTED = 1000
"""The rate goes into the sum at most this many times."""


def _bound_here(reading: _Reading, p: _Price) -> bool:
    """A unit, "per" or "each" word said with the price itself, before the next pause
    ("360 a plate", "kilo 360"): the price is a rate of its own."""
    if p.start > 0 and reading.has(p.start - 1, Cue.UNIT, Cue.PER, Cue.EACH):
        return True
    for k in range(p.end, len(reading.words)):
        if not _joined(reading, k):
            return False
        if reading.has(k, Cue.UNIT, Cue.PER, Cue.EACH):
            return True
    return False


def _unit_before(reading: _Reading, p: _Price, q: _Price) -> bool:
    """A unit word after the last pause before the rate ("ek piece na 12")."""
    pause = max(k for k in range(p.end, q.start + 1) if not _joined(reading, k))
    return any(reading.has(k, Cue.UNIT, Cue.PER, Cue.EACH) for k in range(pause, q.start))


def _own_count(reading: _Reading, p: _Price) -> bool:
    """The price has no count, or only the rate's "one plate" said past a pause after it
    ("2400 thay, ek piece na 12")."""
    q = p.quantity
    if q is None:
        return True
    return q.start > p.end and not all(_joined(reading, k) for k in range(p.end, q.start + 1))


def rate_explains_sum(reading: _Reading) -> list[_Price]:
    """The rates to set aside: a sum said with "comes to / will be" ("not 250, it comes
    to 320, 8 a cup", "300 નહીં, 360 થાય, પ્લેટના 12", "৩০০ না, ৩৬০ হবে, প্লেট বারো
    টাকা"), then after a pause a rate that goes into it a whole number of times. The rate
    explains the sum, no rival price: the sum stands, a total."""
    found = []
    for p in reading.prices:
        if p.negated or _bound_here(reading, p) or not _own_count(reading, p):
            continue
        near = reading.words[max(0, p.start - 3) : p.end + 2]
        if not any(w in _WILL_BE for w in near):
            continue
        for q in reading.prices:
            if q.start < p.end or q.negated or not q.paise:
                continue
            if all(_joined(reading, k) for k in range(p.end, q.start + 1)):
                continue  # no pause: "360 hoga 12 plate" may be one run
            if not (q.per_unit or q.each or _unit_before(reading, p, q)):
                continue
            times, left = divmod(p.paise, q.paise)
            if left or not 2 <= times <= _MOST_COUNTED:
                continue
            p.per_unit = False
            if p.quantity is not None and p.quantity.start > p.end:
                p.quantity = None  # "ek piece na 12": the rate's one piece, past the pause
            found.append(q)
    return found
