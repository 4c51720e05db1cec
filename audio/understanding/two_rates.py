"""Two rates for two units in one line: "mangoes 20 each, 220 a dozen", "ഒന്നിന് ഇരുപത്,
ഡസന് ഇരുന്നൂറ്റി ഇരുപത്", "एक का बीस, दर्जन का दो सौ बीस". Each price has its own unit:
the listener is asked which is meant, and the first price's number is never read as a
count of the second's unit ("20 dozen" for 220). A price said on a condition that reads
as a rate as well as a total ("450 a kilo, but if you take 2½ kilo, 400": ₹400 a kilo, or
₹400 for all?) is asked too. Two prices that agree ("quarter kilo 225, that's 900 a
kilo") are one offer: the first, as said, stands."""

from __future__ import annotations

from audio.lexicon import fold
from audio.understanding.reading import _Price, _Reading

_PAUSES = frozenset(",;.!?।|")


def _pause_before(reading: _Reading, k: int) -> bool:
    """A comma, a full stop or the like between word `k` and the one before it (a hyphen,
    as in "three-quarter", is none)."""
    gap = reading.text[reading.tokens[k - 1].end : reading.tokens[k].start]
    return bool(_PAUSES & set(gap)) or reading.tokens[k - 1].raw in ("?", "!")


def _count_across_a_pause(reading: _Reading, price: _Price) -> bool:
    """The price's count and its unit are split by a pause ("ഇരുപത്, ഡസന്"): the count
    is a price of its own, said for another unit."""
    q = price.quantity
    return (
        q is not None
        and q.value is not None
        and any(_pause_before(reading, k) for k in range(q.start + 1, q.end))
    )


def _rate_or_total(reading: _Reading, chosen: _Price) -> bool:
    """A rate said first, then after a count of more than one a lower price that is no
    total for that count (under half the rate each) but near the rate itself: "450 a
    kilo, but if you take 2.5 kilo, 400" (₹400 a kilo, or ₹400 for the lot?)."""
    for first in reading.prices:
        if first.end > chosen.start or not first.per_unit or first.negated:
            continue
        if not first.paise / 2 <= chosen.paise < first.paise:
            continue
        unit = first.quantity.unit if first.quantity is not None else None
        counts = [
            q
            for q in reading.quantities
            if first.end <= q.start < chosen.end
            and q.value is not None
            and q.value > 1
            and q.unit == unit
        ]
        if counts:
            return True
    return False


_IN_KILOS = {"kg": 1.0, "g": 0.001, "litre": 1.0}
_ARTICLES = frozenset(("the", "a", "that", "this"))  # "kilo 420, the 200 g block 85"


def _pack_priced_after(reading: _Reading, after: int, later: _Price) -> bool:
    """A pack of less than a kilo or a litre, past a pause after token `after`, priced by
    `later` ("…, the 200 g block 85")."""
    from audio.understanding.portions import packed

    for q in reading.quantities:
        if not after <= q.start < later.start or q.unit not in _IN_KILOS:
            continue
        if q.value is None or not 0 < q.value * _IN_KILOS[q.unit] < 1:
            continue
        start = q.start - 1 if reading.words[q.start - 1] in _ARTICLES else q.start
        if _pause_before(reading, start) and packed(reading, q, later.start + 1):
            return True
    return False


def _part_pack_priced(reading: _Reading) -> bool:
    """A rate of a kilo or a litre, then past a pause a pack of less than that with its
    own price ("kilo 380, the half kilo pack 200", "ਕਿੱਲੋ ਚਾਰ ਸੌ ਵੀਹ, ਢਾਈ ਸੌ ਗ੍ਰਾਮ ਵਾਲਾ
    ਪੈਕਟ ਇੱਕ ਸੌ ਦਸ"): loose and packed are two forms of the goods, two prices. So is a
    number before the kilo with no money word ("ghee 600 kilo, 200 gram tin 130"): a
    kilo's rate or a count of kilos, beside a smaller pack priced past a pause."""
    for k, first in enumerate(reading.prices):
        rate = first.quantity.unit if first.quantity is not None else None
        if not first.per_unit or first.negated or rate not in ("kg", "litre"):
            continue
        if any(
            _pack_priced_after(reading, first.end, later)
            for later in reading.prices[k + 1 :]
            if not later.negated
        ):
            return True
    for later in reading.prices:
        if later.negated:
            continue
        for big in reading.quantities:
            if big.unit not in ("kg", "litre") or big.value is None or big.end > later.start:
                continue
            if _pack_priced_after(reading, big.end, later):
                return True
    return False


def _rate_read_as_count(reading: _Reading) -> bool:
    """A unit, its price, and past a pause another unit with a price of its own ("ডজন
    সাতশো, পিস ধরে নিলে সত্তর টাকা পিস": 700 a dozen, 70 a piece): the first price is
    no count of the second unit (700 pieces). Two rates: the count is dropped."""
    for q in reading.quantities:
        if q.value is None or q.claimed or q.end - q.start < 2:
            continue
        if not any(_pause_before(reading, k) for k in range(q.start + 1, q.end)):
            continue
        if any(
            u.value is None and u.end == q.start and u.unit not in (None, q.unit)
            for u in reading.quantities
        ):
            reading.quantities.remove(q)
            return True
    return False


# The ser, the old weight a little under a kilo (a "paav" its quarter), as a word's start
# so its endings stay on ("शेराला", "શેરના", "ਸੇਰ ਦਾ"); English typed whole.
_SER_STEMS = tuple(fold(w) for w in ("सेर", "शेर", "ਸੇਰ", "সের", "শের", "સેર", "શેર", "సేరు", "సేర్"))
_SER_WORDS = frozenset(("ser", "seer", "sher"))


def _ser_and_kilo(reading: _Reading) -> bool:
    """A price by the ser and another by the kilo or gram in one line ("पचास रुपये सेर,
    पाव किलो बीस"): two weights that are not one, two prices: asked."""
    if any(p.negated for p in reading.prices):
        return False
    spans = {s.start: s for s in reading.number_at if s is not None}.values()
    units = reading.units
    amounts = [s for s in spans if s.value >= 1 and not (s.end < len(units) and units[s.end])]
    # a price list's part ("पाव किलो") is no amount of its own
    if len(amounts) < 2:
        return False
    if not any(unit in ("kg", "g") for unit in reading.units):
        return False
    return any(
        (w in _SER_WORDS) if w.isascii() else w.startswith(_SER_STEMS) for w in reading.words
    )


def two_rates(reading: _Reading, chosen: _Price) -> bool:
    """The line names two prices for two units, or a rate and a price that may be a rate
    or a total: asked. A count of the second unit that is the first price's number is
    dropped, the second price read as its rate."""
    if _count_across_a_pause(reading, chosen):
        chosen.per_unit = True
        if chosen.quantity is not None:
            chosen.quantity.value = 1.0  # "ഡസന് ഇരുന്നൂറ്റി ഇരുപത്": 220 a dozen
        return True
    if _rate_read_as_count(reading) or _ser_and_kilo(reading):
        return True
    return _rate_or_total(reading, chosen) or _part_pack_priced(reading)


def restated_rates(reading: _Reading) -> list[_Price]:
    """A rate said after a total that works out to it ("quarter kilo 225, that's 900 a
    kilo", "a bundle of 25 for 200, that comes to 8 each"): the same offer said again;
    the total said first stands."""
    replaced = []
    for k, later in enumerate(reading.prices):
        if not later.per_unit or later.negated:
            continue
        if later.quantity is not None and later.quantity.unit != "piece":
            unit: tuple[str | None, ...] = (later.quantity.unit,)
        elif later.each or later.quantity is not None:
            unit = ("piece", None)  # "a bundle of 25 for 200, that's eight each"
        else:
            continue
        for first in reading.prices[:k]:
            q = first.quantity
            if (
                first.per_unit is False
                and q is not None
                and q.value not in (None, 0, 1)
                and (
                    (q.unit in unit and round(first.unit_paise()) == later.paise)
                    or _grams_of_kilo_rate(first, later)
                )
            ):
                replaced.append(later)
                break
    return replaced


def _grams_of_kilo_rate(first: _Price, later: _Price) -> bool:
    """A total for some grams and a kilo's rate it works out to: "200 for 250 grams,
    that means 800 a kilo", "ਢਾਈ ਸੌ ਗ੍ਰਾਮ ਦੇ ਦੋ ਸੌ, ਮਤਲਬ ਕਿੱਲੋ ਅੱਠ ਸੌ"."""
    q, rate = first.quantity, later.quantity
    if q is None or rate is None or q.unit != "g" or rate.unit != "kg" or not q.value:
        return False
    return round(first.paise * 1000 / q.value) == later.paise


def item_total_after_rate(reading: _Reading) -> list[_Price]:
    """A rate by weight, then a count of that unit and a bare total it works out to
    ("1,100 a kilo; this one is three-quarters of a kilo, 825", "কিলো এগারোশো, এটা তিন
    পোয়া, আটশো পঁচিশ"): the rate explains, the item's total is the price (a total for
    that count). Returns the rates it replaces."""
    replaced: list[_Price] = []
    for k, later in enumerate(reading.prices):
        if later.per_unit or later.negated or later.each:
            continue
        for first in reading.prices[:k]:
            rate_unit = first.quantity.unit if first.quantity is not None else None
            if not first.per_unit or first.negated or rate_unit is None:
                continue
            counts = [
                q
                for q in reading.quantities
                if first.end <= q.start < later.start
                and q.unit == rate_unit
                and q.value not in (None, 0, 1)
            ]
            if later.quantity is not None and later.quantity.unit == rate_unit:
                counts.append(later.quantity)
            for q in counts:
                assert q.value is not None
                if abs(first.paise * q.value - later.paise) <= 100:  # to the rupee
                    later.per_unit, later.quantity = False, q
                    replaced.append(first)
                    break
            if replaced and replaced[-1] is first:
                break
    return replaced
