"""An amount to take off the price on the table, in the ways the reading of amounts
leaves as a price: "ten less than that", "cut fifteen rupees from it", "take fifteen
off". Whatever the amount, it is no price: the line asks for a lower one."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.reading import _joined, _Price, _Quantity, _Reading

_CUT = frozenset(("cut", "minus", "deduct"))
"""Said before the amount: "cut fifteen rupees", "minus ten"."""
_OFF = frozenset(("off",))
"""Said after it: "fifteen off", "twenty rupees off"."""
_THAT = frozenset(("that", "this", "it", "yours"))
"""What "less than" measures from when it is the price on the table, not an amount."""
# Let (an amount) go, said after it: "दस रुपये छोड़ दो", "பத்து ரூபா விட்டுடுங்க", "పది
# రూపాయలు వదిలేయండి", "কুড়ি টাকা ছেড়ে দাও", "ਦਸ ਰੁਪਏ ਛੱਡ ਦਿਓ" (as a word's start).
_LET_GO_STEMS = tuple(
    fold(w)
    for w in (
        "छोड़", "छोड", "chhod", "chod", "விட்டுடு", "விட்டுரு", "விடுங்க", "vittudu", "vittu",
        "vidunga", "వదిలేయ", "వదిలెయ", "వదిలెయ్య", "vadiley", "vadilei", "ছেড়ে", "chhere",
        "chere", "ছাড়ুন", "ছাড়", "सोडून", "सोडा", "sodun", "soda", "છોડી", "છોડો", "chhodi",
        "જતું", "જતા", "jatu", "jata", "jati", "ಬಿಟ್ಟುಬಿಡಿ", "ಬಿಟ್ಬಿಡಿ", "ಬಿಡಿ", "bittubidi",
        "bittbidi", "bitbidi", "വിട്ടേക്ക", "വിട്ടുകള", "ഒഴിവാക്ക", "vittekk", "vittukala",
        "ozhivakk", "ਛੱਡ", "ਛਡ", "chhad", "chad",
    )
)  # fmt: skip
# English says it around the amount: "let twenty rupees go", "leave off the ten rupees".
_LET = frozenset(("let", "off", "waive", "forgive", "forget"))


def drop_amounts_off(reading: _Reading) -> bool:
    """Drop the prices that are amounts to take off; whether any was."""
    kept = [p for p in reading.prices if not _taken_off(reading, p)]
    dropped = len(kept) < len(reading.prices)
    reading.amounts_off += [p for p in reading.prices if p not in kept]
    reading.prices = kept
    return dropped


def _let_go(reading: _Reading, start: int, end: int) -> bool:
    """The amount at `start:end` is one to let go: a let-go verb after it (past its
    currency word or a word of address), or English "let ... go", "leave off ..."."""
    words = reading.words
    k = end
    while k < len(words) and k < end + 2 and reading.has(k, Cue.CURRENCY):
        k += 1
    if k < len(words) and words[k].startswith(_LET_GO_STEMS) and _joined(reading, k):
        return True
    raw = [t.raw.lower() for t in reading.tokens]  # folded, "off" is "of"
    before = [w for w in raw[max(0, start - 2) : start] if w in _LET]
    if start > 0 and raw[start - 1] == "to":
        return False  # "round it off to 4,850": the figure arrived at, no amount let go
    return bool(before) and (before[0] != "let" or (k < len(raw) and raw[k] == "go"))


def lets_amount_go(reading: _Reading) -> bool:
    """Every number said is an amount to let go ("কুড়ি টাকা ছেড়ে দাও", "let twenty
    rupees go"): a plea to come down, no price at all."""
    ends = [
        k + 1
        for k, span in enumerate(reading.number_at)
        if span is not None and (k + 1 == len(reading.words) or reading.number_at[k + 1] is None)
    ]
    starts = [
        k
        for k, span in enumerate(reading.number_at)
        if span is not None and (k == 0 or reading.number_at[k - 1] is None)
    ]
    return (
        not reading.prices
        and bool(ends)
        and all(_let_go(reading, a, b) for a, b in zip(starts, ends, strict=True))
    )


def _taken_off(reading: _Reading, price: _Price) -> bool:
    words, after = [t.raw.lower() for t in reading.tokens], price.end
    if _let_go(reading, price.start, price.end):
        return True
    if price.start > 0 and words[price.start - 1] in _CUT:
        return True
    said = after + 2 if after + 1 < len(words) and _joined(reading, after + 1) else after + 1
    if (
        price.explicit
        and after < len(words)
        and _joined(reading, after)
        and reading.less.found(reading.words[after:said])
        and not reading.cue_near(after, len(words), Cue.NEGATION, Cue.NOT)
    ):
        # "ഇരുപത് രൂപ കുറച്ച് താ": the plea to reduce said in two words, in one breath
        # ("আড়াইশো টাকায় দেব, কম হবে না" gives at 250 and refuses less)
        return True
    if after < len(words) and words[after] in _OFF and _joined(reading, after):
        return True
    # "ten less than that": the price on the table, less ten
    return (
        after + 2 < len(words)
        and reading.less.found(reading.words[after : after + 1])
        and words[after + 1] == "than"
        and words[after + 2] in _THAT
    )


# A verb of taking right before a count said after the amount off: "and I'll take two".
_TAKING = frozenset(("take", "buy", "taking", "buying", "get", "need", "want"))
_REFUSING = (Cue.NEGATION, Cue.NOT, Cue.REJECT)


def counts_beside_amount_off(reading: _Reading) -> None:
    """With an amount off asked, a bare whole number said before it ("बीस बोरी लेनी है,
    दस रुपये कम करो", "ਦਸ ਬੋਰੀਆਂ ਲੈਣੀਆਂ, ਦਸ ਰੁਪਏ ਘੱਟ ਕਰ ਦਿਓ") or after a verb of taking
    ("take ten off and I'll take two") counts the goods bought: it is the quantity, no
    price."""
    if not reading.amounts_off:
        return
    first_off = min(p.start for p in reading.amounts_off)
    for price in list(reading.prices):
        value = price.span.value
        if price.explicit or price.per_unit or value != int(value) or not 1 <= value <= 500:
            continue
        k = price.start - 1
        taken = k >= 0 and (reading.words[k] in _TAKING or reading.has(k, Cue.TAKE_IT))
        end = price.end
        unit = reading.units[end] if end < len(reading.words) else None
        # said before the amount off, the count names what it counts: "बीस बोरी", "50 kilo"
        if not taken and any(p.start == end for p in reading.amounts_off):
            # "ਦੋ ਸੌ ਢਾਈ ਸੌ ਘੱਟ ਕਰ ਦਿਓ": two amounts off said together, no count, no price
            reading.prices.remove(price)
            reading.amounts_off.append(price)
            continue
        goods = end < len(reading.words) and not reading.has(end, *_REFUSING)
        if not taken and (price.end > first_off or not goods):
            continue
        reading.prices.remove(price)
        reading.quantities.append(_Quantity(value, unit, price.start, end + (unit is not None)))
