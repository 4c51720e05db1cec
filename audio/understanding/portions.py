"""A price list of a full and a part portion: "fifty a plate, half plate thirty", "किलो
अस्सी, आधा किलो चालीस", "dozen sixty, half dozen thirty-five". The vendor names the rate
per full portion first and the part's price after it: the first stands as the rate and
the part's price is a remark, never a total for half a unit. Said the other way round
("half plate thirty, full plate fifty") the two are asked about.

A total worked out at the rate just said ("150 a kilo, two and a half kilo 375", "किलो
साठ, दो किलो एक सौ बीस") is the same kind of remark: it only shows the rate at work on a
weight the speaker picked, exactly the rate times it, so the rate stands and the weight is
no quantity. A total that is not exactly that ("60 a kilo, two kilos 110") is a new deal
and stands, and so does the weight of the item shown ("this one is 0.75 kg, 825"), and
so does a total for a weight said as weighed out ("किलो चाळीस, सव्वा दोन किलो झालं, नव्वद
रुपये", "sixty a kilo, it weighed two kilo, one twenty"): the bill for the goods on the
scale, with that weight its quantity."""

from __future__ import annotations

import itertools

from audio.lexicon import fold
from audio.understanding.reading import _Price, _Quantity, _Reading

# "This one" before a weight: the item shown weighs it ("1,100 a kilo; this one is
# three-quarters of a kilo, 825"), no part portion of a price list.
_THIS = frozenset(
    fold(w)
    for w in (
        "this", "ये", "यह", "ye", "yeh", "এটা", "এটার", "eta", "ఇది", "idi", "இது", "idhu",
        "ಇದು", "idu", "ഇത്", "ഇതിന്", "ithu", "ith", "આ", "हा", "ही", "हे", "ਇਹ", "ih",
    )
)  # fmt: skip


# A pack as English says it, beside "packet" that the container words hold, and the
# other shapes a weighed good is sold packed in: a block or slab (paneer, butter, soap), a
# cup or tub (curd), a tin, box or jar, typed or in each language's script (a case ending
# may follow: "ബ്ലോക്കിന്", "டப்பாவுக்கு").
_PACKS = frozenset(
    fold(w)
    for w in (
        "pack", "packs", "pouch", "pouches", "sachet", "block", "blocks", "slab", "slabs",
        "bar", "bars", "cup", "cups", "tub", "tubs", "tin", "tins", "box", "boxes", "jar",
        "jars", "dabba", "dibba", "dabbi", "daba", "katti", "kappu", "kap", "tikki", "pat", "pats",
    )
)  # fmt: skip
_PACK_STEMS = tuple(
    fold(w)
    for w in (
        "ब्लॉक", "स्लैब", "टिक्की", "कप", "डिब्बा", "डिब्बे", "डिबिया", "डबा", "डब्बा", "डबी", "बरणी",
        "ब्लॉक", "பிளாக்", "கட்டி", "கப்", "டப்பா", "டின்", "ஜாடி", "బ్లాక్", "కప్పు", "డబ్బా",
        "టిన్", "ముద్ద", "ব্লক", "কাপ", "কৌটো", "কৌটা", "টিন", "বয়াম", "બ્લોક", "કપ", "ડબ્બો",
        "ડબ્બા", "ડબી", "બરણી", "ಬ್ಲಾಕ್", "ಕಪ್", "ಡಬ್ಬ", "ಟಿನ್", "ಜಾಡಿ", "ബ്ലോക്ക", "കപ്പ്",
        "ടിൻ", "ഡബ്ബ", "ഭരണി", "ਬਲਾਕ", "ਕੱਪ", "ਡੱਬਾ", "ਡੱਬੀ", "ਟੀਨ", "ਮਰਤਬਾਨ",
    )
)  # fmt: skip


def _pack_word(word: str) -> bool:
    return word in _PACKS or (not word.isascii() and word.startswith(_PACK_STEMS))


def _part(price: _Price) -> bool:
    """A total for a part of one unit: "half plate 30", "आधा किलो 40"."""
    q = price.quantity
    return price.per_unit is False and q is not None and q.value is not None and 0 < q.value < 1


# "It came to", "it weighed": the weight just said is what the scale showed.
_WEIGHED_OUT = frozenset(
    fold(w)
    for w in (
        "weighed", "हुआ", "हुए", "तुला", "तौला", "तुले", "झालं", "झाले",
        "झाला", "झाली", "भरलं", "ভরল", "হল", "হলো", "হয়েছে", "થયું", "થયા", "થઈ",
    )
)  # fmt: skip


def _weighed_out(reading: _Reading, rate: _Price, total: _Price) -> bool:
    """A "came to" or "weighed" word just before the total's weight ("it weighed two
    kilo") or between that weight and the total ("दो किलो हुआ")."""
    q = total.quantity
    assert q is not None
    before = reading.words[max(rate.end, q.start - 2) : q.start]
    return any(w in _WEIGHED_OUT for w in before + reading.words[q.end : total.start])


def _worked_out(rate: _Price, total: _Price) -> bool:
    """`total` is exactly `rate` times a weight or count of the rate's own unit said with
    it: "150 a kilo, two and a half kilo 375"."""
    q, unit = total.quantity, rate.quantity
    if not rate.per_unit or total.per_unit is not False or q is None or q.value is None:
        return False
    if unit is None or unit.unit is None or q.unit != unit.unit or q.value <= 0:
        return False
    return total.paise == round(rate.paise * q.value)


def _same_unit(rate: _Price, part: _Price) -> bool:
    """The rate's unit is the part's: a plate's rate says none, a kilo's says kg."""
    assert part.quantity is not None
    unit = rate.quantity.unit if rate.quantity is not None else None
    return unit is None or unit == part.quantity.unit


def _counted_after_part(reading: _Reading, part: _Quantity, rate: _Price) -> bool:
    """A part of a unit said before `rate` with another number between them, no price
    of its own ("half plate thirty" read as a count of thirty): a part's price first."""
    if part.value is None or not 0 < part.value < 1 or part.end > rate.start:
        return False
    if rate.quantity is part:
        return False
    between = range(part.end, rate.start)
    return any(q is not part and q.start in between for q in reading.quantities)


def _this_item(reading: _Reading, rate: _Price, part: _Price) -> bool:
    """The part's weight is said of the item shown ("this one is 0.75 kg"), after a pause."""
    q = part.quantity
    assert q is not None
    return any(w in _THIS for w in reading.words[max(rate.end, q.start - 3) : q.start])


def packed(reading: _Reading, part: _Quantity | None, before: int) -> bool:
    """The part is a pack's size: a packet, box, bottle or jar named right after it
    ("the half kilo pack 200", "അര കിലോ പാക്കറ്റ്"), before the token `before`. Loose
    and packed are two forms of the goods with two prices: asked, never a remark."""
    from audio.understanding.containers import container_word
    from audio.understanding.vessels import filled_vessel

    if part is None or part.unit not in ("kg", "g", "litre"):
        return False  # "plate 60, half plate 40": a portion, no pack
    return any(
        container_word(reading, j) or filled_vessel(reading, j) or _pack_word(reading.words[j])
        for j in range(part.end, min(part.end + 2, before))
    )


def portion_remarks(reading: _Reading) -> list[_Price]:
    """Drop the part portion's price said after the full portion's rate (a remark, no
    price, and its part no quantity); a part's price said first, then the full rate that
    does not agree with it, marks both asked. Returns nothing replaced (the remark is
    gone)."""
    replaced: list[_Price] = []
    remarks: list[_Price] = []
    prices = [p for p in reading.prices if not p.negated]
    for first, later in itertools.pairwise(prices):
        q = first.quantity
        if _part(first) and q is not None and q.start >= first.end and later.start <= q.end + 1:
            # "ಪ್ಲೇಟಿಗೆ ಐವತ್ತು, ಅರ್ಧ ಪ್ಲೇಟ್ ಮೂವತ್ತು": the half is the later price's
            first.per_unit, first.quantity, later.per_unit, later.quantity = True, None, False, q
        if (
            first.per_unit
            and (_part(later) or _worked_out(first, later))
            and _same_unit(first, later)
            and not _this_item(reading, first, later)
            and not (_worked_out(first, later) and _weighed_out(reading, first, later))
        ):
            if packed(reading, later.quantity, later.start):
                first.two_readings = later.two_readings = True  # loose and packed: asked
                continue
            remarks.append(later)  # "fifty a plate, half plate thirty": 50 a plate
        elif (
            _part(first)
            and later.per_unit
            and _same_unit(later, first)
            and round(first.unit_paise()) != later.paise
        ):
            first.two_readings = later.two_readings = True  # half first: asked
    for price in prices:
        parts = [q for q in reading.quantities if _counted_after_part(reading, q, price)]
        if price.per_unit and parts:
            price.two_readings = True  # "हाफ प्लेट तीस, फुल प्लेट पचपन": the half first
    for remark in remarks:
        reading.prices.remove(remark)
        assert remark.quantity is not None
        remark.quantity.claimed = True
        if remark.quantity in reading.quantities:
            reading.quantities.remove(remark.quantity)
    return replaced
