"""A total, then the figure it is rounded to: "the month's total is 4,865, I'll round it
off to 4,850", "टोटल 1265 हुआ, 1250 कर दो", "மொத்தம் 1265, 1250-ஆ வச்சுக்கோங்க", "ಒಟ್ಟು
1265 ಆಯ್ತು, 1250 ಮಾಡಿ". The sum is worked out aloud; the rounded figure after it, said
with a verb of making ("make it", "kar do", "ஆக்கிடுங்க", "చేయండి", "করে দিন", "ಮಾಡಿ",
"ആക്ക്") or "round", or given or taken ("it came to 536, give 530", "742 total, take
740", "536 हुए, 530 दे दो"), is the price that stands, a total; the sum is set aside. Only a
figure close to the sum is a rounding (within a tenth of it): "total 1265, make it 900"
is a counter of its own, and left to the rest of the reading.
"""

from __future__ import annotations

from itertools import pairwise

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.countables import handed_over
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
    if any(w.startswith(_MAKE) or handed_over(w) or w in _TAKE for w in after):
        return True  # "1250 kar do", "400 de do", "530 give", "740 le lo"
    if any(reading.has(k, Cue.TAKE_IT) for k in range(q.end, min(q.end + 2, len(words)))):
        return True
    if any(w in ("round", "make") for w in before):
        return True  # "round it off to 4,850", "make it 1250"
    before = [w for w in before if w not in ("it", "and", "me")]
    return any(w in ("give", "take", "pay") for w in before[-1:])


# "Came to", "it made": the sum reached, said right after it ("536 हुए", "झाले", "হয়েছে",
# "ਹੋਏ"), or "came to" before it. Not "होते" (it used to be) or "होता है" (it comes to, said
# of a rate), which `comes_to` reads.
_CAME = frozenset(
    fold(w)
    for w in (
        "came", "comes", "total", "हुए", "हुआ", "hua", "hue", "हो गए", "झाले", "झाला", "jhale",
        "zale", "ஆச்சு", "aachu", "ஆயிடுச்சு", "అయింది", "అయ్యింది", "అయ్యాయి", "ayindi",
        "হয়েছে", "হল", "হলো", "hoyeche", "holo", "થયા", "થઈ", "thaya", "ಆಯ್ತು", "ಆಯಿತು",
        "ആയി", "aayi", "ਹੋਏ", "ਹੋਇਆ", "hoye",
    )
)  # fmt: skip
# "Take", said after or before the rounded figure ("740 le lo", "take 740").
_TAKE = frozenset(fold(w) for w in ("le", "lo", "lelo", "ले", "लो", "take", "ತಗೊಳ್ಳಿ", "ਲੈ"))


def _sum_said(reading: _Reading, p: _Price) -> bool:
    """The first figure is the sum: "total" before or after it, "in all" after it, or
    "it came to" ("536 हुए", "came to 536", "ஐநூத்தி முப்பத்தாறு ஆச்சு") beside it."""
    said = reading.words[max(p.start - 3, 0) : p.start]
    after = reading.words[p.end : p.end + 2]
    if any(w in _TOTAL or w.endswith("total") for w in said + after[:1]):
        return True
    if after == [fold("in"), fold("all")]:
        return True  # "3,120 in all"
    if after[:1] and after[0] in _CAME and _joined(reading, p.end):
        return True  # "536 हुए": the sum, then the word that it came to, in one breath
    return said[-2:] == [fold("came"), fold("to")] or said[-2:] == [fold("comes"), fold("to")]


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
        if not _sum_said(reading, p) or not _made(reading, q):
            continue
        q.per_unit, q.each = False, False
        found.append(p)
    return found
