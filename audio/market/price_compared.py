"""A price asked back, then another place's price told: "two hundred for this packet? at
the mall it's much cheaper", "150 for a kilo of onions? the shop next lane sells at 90",
"হাফ প্লেট ৬০? মোড়ের দোকান ৪০ এ দেয়", "चाय के 30 रुपये? स्टेशन पर 10 की मिलती है",
"ee shirt 500 aa? online lo 300 ke vastundi". The first sum is the other side's price
repeated in doubt, the second what a shop, the mall, the station or the net asks: the
line complains the price is too high (`too_expensive`), and nobody offers either sum.

Market side (`price_compared`, a pass): a clause that ends in a question mark holds a
number, and after the mark, before any other question, a place the goods are sold
(`audio.market.cheaper_elsewhere.PLACE`, or `PLACE` here) and a number or a word of
cheapness or less (`audio.market.cheaper_elsewhere.CHEAP`, `LESS`: "மால்ல ரொம்ப கம்மி")
stand. The
complaint is said over the words of the told part; a way to pay read in the place ("online")
and the smallness of the goods asked back ("this small packet") are their description.

Understanding side (`audio.market.compared_price.compared_not_price`): the first sum is
asked back (a question mark ends its clause, the goods at most between) and every sum
after that mark is lower; with the complaint recognised, the line carries no price.
Words are matched like cues (see `audio.market.phrases`).
"""

from __future__ import annotations

from audio.market.cheaper_elsewhere import CHEAP, LESS
from audio.market.cheaper_elsewhere import PLACE as SOLD_AT
from audio.market.cue_hits import Hit
from audio.market.mrp import TOO_EXPENSIVE
from audio.market.passes import Line
from audio.market.phrases import end_at, forms_in
from audio.number_tables import number_table
from audio.numbers import find_numbers

PLACE = {
    "en": "shop; shops; store; stall; canteen; station; hotel; outside; elsewhere; "
    "next lane; corner shop; wholesale; retail",
    "hi": "दुकान; दुकानों; स्टेशन; कैंटीन; होटल; बाहर; ठेले; ठेला; थोक; dukan; dukaan; "
    "station; bahar; thele; thok",
    "ta": "கடையில; கடைல; ஸ்டேஷன்; ஸ்டேஷன்ல; ஹோட்டல்; வெளியே; வெளியில; kadaila; station*; veliya",
    "te": "కొట్టు; షాపులో; స్టేషన్; హోటల్; బయట; kottulo; station*; bayata",
    "bn": "দোকানে; স্টেশন; হোটেল; বাইরে; মোড়; dokane; station*; baire",
    "mr": "दुकानात; स्टेशन; हॉटेल; बाहेर; मंडईत; dukanat; station*; hotel*; baher",
    "gu": "દુકાને; દુકાનમાં; સ્ટેશન; હોટલ; બહાર; dukane; station*; bahar",
    "kn": "ಅಂಗಡಿಯಲ್ಲಿ; ಸ್ಟೇಷನ್; ಹೋಟೆಲ್; ಹೊರಗೆ; angadili; station*; horage",
    "ml": "കടയിൽ; സ്റ്റേഷൻ; ഹോട്ടൽ; പുറത്ത്; kadayil; station*; purath*",
    "pa": "ਦੁਕਾਨ; ਸਟੇਸ਼ਨ; ਹੋਟਲ; ਬਾਹਰ; ਮਾਲ=; dukaan; station*; bahar",
}
"""Per language, more places a price is told of, heard only after a price asked back."""

_PAY_WORDS = frozenset({"pay_upi", "pay_card"})
"""Ways to pay that a place ("online") reads as."""
_DESCRIBED = frozenset({"quality_small", "ask_price"})
"""Acts the clause asked back says of its goods and their price."""

_MOST_ASKED = 8
"""Words in a clause that asks a price back: the sum, the goods, a word or two."""


def _numbers(line: Line) -> set[int]:
    """The indices of the words a number stands at (in words) or before (in digits)."""
    said = {s.start for s in find_numbers(line.words, number_table(line.language))}
    return said | set(line.digits)


def _place(line: Line, lo: int, hi: int) -> tuple[int, int] | None:
    return _first(line, lo, hi, SOLD_AT, PLACE)


def _cheaper(line: Line, lo: int, hi: int) -> bool:
    return _first(line, lo, hi, CHEAP, LESS) is not None


def _first(line: Line, lo: int, hi: int, *tables: dict[str, str]) -> tuple[int, int] | None:
    for i in range(lo, hi):
        for f in forms_in(line.language, *tables):
            end = end_at(f, line.words, i)
            if end is not None and end <= hi:
                return i, end
    return None


def price_compared(hits: list[Hit], line: Line) -> list[Hit]:
    """`hits`, with the complaint added where a price asked back is followed by another
    place's (see above), and a way to pay read in that place dropped."""
    words = line.words
    if "?" not in words:
        return hits
    numbers = _numbers(line)
    if not numbers:
        return hits
    for q, word in enumerate(words):
        if word != "?":
            continue
        asked = [k + 1 for k in range(q) if words[k] == "?"]
        lo = max([0, *(b for b in line.punct if b <= q), *asked])
        if q - lo > _MOST_ASKED or not any(lo <= n <= q for n in numbers):
            continue
        hi = next((k for k in range(q + 1, len(words)) if words[k] == "?"), len(words))
        place = _place(line, q + 1, hi)
        told = any(q < n <= hi for n in numbers) or _cheaper(line, q + 1, hi)
        if place is None or not told:
            continue
        kept = [
            h
            for h in hits
            if not (h.act in _PAY_WORDS and q < h.start < hi)
            and not (h.act in _DESCRIBED and lo <= h.start < q)
        ]
        return [*kept, Hit(TOO_EXPENSIVE, q + 1, hi)]
    return hits
