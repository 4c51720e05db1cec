"""A count of the goods, then a total for them in another clause or after "for": "इनमें
से बीस दे दो, ढाई सौ में" (give twenty of these, for 250), "twenty of these for three
hundred", "ਵੀਹ ਦੇ ਦਿਓ, ਢਾਈ ਸੌ ਵਿੱਚ", "paanch lau chhu, trannso ma aapi do". The small
number counts the pieces bought (`quantity`, `unit` piece) and the hundreds after it are
their total, never two prices to ask between. A rate said before the count ("one for
30, five for 125") or a count on a condition ("if you take five") is left alone: that is
a rate and a bulk deal (`taken_if`)."""

from __future__ import annotations

from audio.lexicon import fold
from audio.understanding.countables import handed_over
from audio.understanding.reading import _Quantity, _Reading

_MOST = 50
"""Up to this many pieces counted; a larger first number is a price."""
_TIMES = 5
"""The total is at least this many times the count."""
# "Of these", "from these", and verbs of taking, said beside the count.
_THESE = frozenset(
    fold(w)
    for w in (
        "these", "them", "इनमें", "इनमे", "inme", "inmein", "ਇਹਨਾਂ", "ਵਿੱਚੋਂ", "এর", "থেকে",
        "यातले", "यातील", "આમાંથી", "aamathi", "ಇದರಲ್ಲಿ", "ഇതിൽ", "നിന്ന്", "ఇందులో",
        "இதுல", "இதிலிருந்து", "theke", "vichon",
    )
)  # fmt: skip
_TAKE_STEMS = tuple(
    fold(w)
    for w in (
        "लूँ", "लूं", "lunga", "loonga", "lau", "edukkaren", "எடுக்கிறேன்", "घेतो", "घेते",
        "घ्या", "ghya", "લઉં", "લઉ", "ਲਵਾਂਗਾ", "తీసుకుంటా", "എടുക്കാം",
    )
)  # fmt: skip
# "If you take N": the count is a condition, its price a bulk deal beside a rate.
_IF = frozenset(
    fold(w)
    for w in (
        "if", "to", "तो", "तर", "ਤਾਂ", "তো", "તો", "নিলে", "ತಗೊಂಡ್ರೆ", "എടുത്താൽ",
        "తీసుకుంటే", "எடுத்தா", "जर", "agar", "अगर",
    )
)  # fmt: skip


def _marked(word: str) -> bool:
    return word in _THESE or handed_over(word) or word.startswith(_TAKE_STEMS)


def count_then_total(reading: _Reading) -> None:
    """Turn the first of two prices into the count of pieces the second pays for, when a
    word of "these" or a verb of giving or taking is said beside the count."""
    if len(reading.prices) != 2 or any(w in _IF for w in reading.words):
        return
    count, total = reading.prices
    value = count.span.value
    if count.explicit or value != int(value) or not 2 <= value <= _MOST:
        return
    if total.span.value < _TIMES * value or total.span.value < 100 or total.per_unit:
        return
    if any(q.unit not in (None, "piece") for q in reading.quantities):
        return  # "two kilo, 250": the kilos are the quantity
    near = reading.words[max(count.start - 2, 0) : count.start]
    near += reading.words[count.end : min(count.end + 3, total.start)]
    if not any(_marked(w) for w in near):
        return
    reading.prices.remove(count)
    added = _Quantity(value, "piece", count.start, count.end)
    reading.quantities.append(added)
    reading.quantities.sort(key=lambda q: q.start)
    for k in range(count.start, count.end):
        reading.quantity_at[k] = added
