"""A container or a portion as the unit of sale: a plate, packet, bag, sack, box or tray,
none of them a unit of the list. The price beside one said alone is its rate ("70 a
plate", "बोरी तेरह सौ पचास", "ஒரு மூட்டை ஆயிரத்தி நானூறு", "1,350 per bag"): `per_unit`
true, `unit` None, and the pieces inside it ("plate 30, four pieces in it") are no
quantity bought. A count of them before the word ("half plate", "ரெண்டு பிளேட்", "20
bags") is the quantity, never pieces nor rupees; "the whole box", "this bag" and "the
25 kg bag" stay one lot's total (`trade_units`, `shape`). Asked "by the kilo or whole?"
is a price question about a kilo's rate; a weight said "about" beside a bunch's rate
("120 a bunch, about half a kilo") is a remark on the bunch, not the count bought."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.containers_words import (
    ABOUT,
    BY,
    ENGLISH,
    HALF,
    HOLDER_STEMS,
    HOLDS,
    IN_ENDINGS,
    IN_IT,
    ONE_EACH,
    PLATES,
    STEMS,
    WHOLE,
)
from audio.understanding.reading import _joined, _Price, _Quantity, _Reading
from audio.understanding.servings import serving_word
from audio.understanding.set_counts import set_described_before
from audio.understanding.trade_units import _whole
from audio.understanding.vessels import told_held, vessel_word

_HOLDERS_EN = frozenset(("bundle", "bundles", "bandil", "bandal", "bundal"))
_SET_VERB = frozenset(("set", "sets"))
_OBJECTS = frozenset(("it", "them", "this", "that", "aside", "up", "the", "a", "your", "my"))
_SKIP = (Cue.LINK, Cue.OF, Cue.PER, Cue.ARTICLE)
_MOST = 50
"""Up to this many plates or sacks in one order; a larger bare number is a price."""


def container_word(reading: _Reading, k: int) -> bool:
    """Token `k` is a plate, packet, bag, sack, box or tray, in any of the ten languages."""
    if not 0 <= k < len(reading.words) or reading.number_at[k] is not None:
        return False
    word = reading.words[k]
    if plate_word(reading, k):
        return True
    if word in _HOLDERS_EN or (not word.isascii() and word.startswith(HOLDER_STEMS)):
        counted = k > 0 and reading.number_at[k - 1] is not None  # "दो ट्रे": trays counted
        return counted or _says_held(reading) or bool(told_held(reading, k))
    if vessel_word(reading, k):
        return True  # "honey bottle 300", "ஒரு ஜாடி தொண்ணூறு"
    if word in _SET_VERB and reading.words[k + 1 : k + 2] and reading.words[k + 1] in _OBJECTS:
        return False  # "set it at 450": the verb
    named = k > 0 and reading.is_plain(k - 1) and (k < 2 or reading.number_at[k - 2] is None)
    if word in _SET_VERB and named:
        return False  # "the kurta set is 2290": the goods' name, no set of a count
    if word.isascii():
        return word in ENGLISH
    return word.startswith(STEMS) or reading.has(k, Cue.LOT)


def _one(reading: _Reading, j: int) -> bool:
    span = reading.number_at[j]
    return span is not None and span.value == 1  # "एका ट्रेमध्ये": in one tray


def _says_held(reading: _Reading) -> bool:
    """The line says what one tray or bundle holds: "in one tray", "in each bundle",
    "ఒక్కో ట్రేలో", or "thirty copies in each"."""
    for k, word in enumerate(reading.words):
        inside = word in _IN_WORDS or (len(word) > 3 and word.endswith(IN_ENDINGS))
        near = range(max(k - 2, 0), min(k + 2, len(reading.words)))
        if inside and any(reading.words[j] in ONE_EACH or _one(reading, j) for j in near):
            return True
        if word in IN_IT and k > 0 and not _joined(reading, k):
            return True  # "এক বান্ডিল সাড়ে তিনশো, তাতে দশটা বেত": in it, ten canes
        if word == "in" and reading.words[k + 1 : k + 2] == ["it"] and k + 2 == len(reading.words):
            return True  # "a bundle is 350, ten canes in it"
    return False


def plate_word(reading: _Reading, k: int) -> bool:
    """Token `k` is a plate, a portion of a dish (a glass or a cup is a serving, `servings`)."""
    return serving_word(reading, k) and reading.words[k].startswith(PLATES)


_LOT_CUES = frozenset((Cue.LOT,))


def _counted(reading: _Reading, k: int) -> bool:
    """A count, a size or a half said right before the container at `k` ("two plates",
    "the 25 kg bag", "half plate"): no rate of one container. A count before a pause is
    the last clause's ("ഒരു റോളിൽ നൂറ് മീറ്റർ, റോളിന് നാനൂറ്": a hundred metres in one
    roll, 400 a roll)."""
    if k > 0 and not _joined(reading, k):
        return False
    j = k - 1
    sized = (q for q in reading.quantities if k - 3 <= q.end - 1 < k and q.unit is not None)
    if any(q.value for q in sized):
        return True  # "पच्चीस किलो वाली बोरी बारह सौ पचास": the 25 kg sack's total
    if j < 0 or j in reading.lone_ones or reading.has(j, Cue.ARTICLE):
        return False
    quantity = reading.quantity_at.get(j)
    if quantity is not None:
        return quantity.value != 1
    span = reading.number_at[j]
    if span is None and j > 0 and _joined(reading, j) and reading.cues[j] <= _LOT_CUES:
        counted = reading.quantity_at.get(j - 1)  # "యాభై గోనె సంచులు": fifty gunny bags
        return counted is not None and counted.value not in (None, 1)
    return span is not None and span.value != 1


def _beside(reading: _Reading, price: _Price) -> int | None:
    """The container said right before the price ("पैकेट बीस", "ஒரு மூட்டை ஆயிரம்") or
    right after it in the same breath ("30 rupees a plate", "1,350 per bag")."""
    k = price.start - 1
    while k > price.start - 3 and (reading.has(k, *_SKIP) or reading.words[k] in ("is",)):
        k -= 1
    if container_word(reading, k):
        return k
    described = set_described_before(reading, price.start)
    if described is not None and container_word(reading, described):
        return described  # "a set of 6 glasses for 450": the set's price
    k = price.end
    while k < price.end + 2 and reading.has(k, *_SKIP):
        k += 1
    if container_word(reading, k) and all(_joined(reading, j) for j in range(price.end, k + 1)):
        return k
    return None


def container_rate(reading: _Reading, price: _Price) -> bool:
    """The price is a rate of one plate, packet, bag or box said beside it: the pieces it
    holds, said after it, are taken out of the quantities."""
    k = _beside(reading, price)
    if k is not None and _whole(reading, k) and not plate_word(reading, k):
        price.per_unit = False  # "हे पाकीट वीस रुपये", "the whole box": the lot shown
        return True
    if k is not None and _dozen_pack(reading, k, price):
        return True
    if k is None or _counted(reading, k):
        return False
    from audio.understanding.bags import packed_into

    if packed_into(reading, k):
        return False
    one = reading.quantity_at.get(k - 1)
    if one is not None and not one.claimed:
        one.claimed, price.quantity = True, one  # "ஒரு பிளேட் முப்பது": the rate's one
    price.per_unit = True
    for quantity in [q for q in reading.quantities if q.start >= price.end and q.start > k]:
        if not quantity.claimed and quantity.unit in ("piece", None) and _holds(reading, quantity):
            reading.quantities.remove(quantity)
            for j in range(quantity.start, quantity.end):
                reading.quantity_at.pop(j, None)
    return True


def _dozen_pack(reading: _Reading, k: int, price: _Price) -> bool:
    """A packet of a dozen, "दर्जन पैकेट तीन सौ साठ", "the dozen pack is 240": its price
    the price of a dozen of the pieces (`unit` dozen), never a lot of unknown size."""
    dozen = reading.quantity_at.get(k - 1)
    if dozen is None or dozen.unit != "dozen" or dozen.value not in (None, 1) or dozen.claimed:
        return False
    dozen.claimed, price.quantity, price.per_unit = True, dozen, True
    return True


def _holds(reading: _Reading, quantity: _Quantity) -> bool:
    """The count says what the container holds: "four pieces in it", "चार पीस आते हैं",
    "நாலு பீஸ்" (pieces said last, with no verb of giving)."""
    after = reading.words[quantity.end : quantity.end + 3]
    if any(w in HOLDS for w in after):
        return True
    rest = [t.raw for t in reading.tokens[quantity.end :]]
    if quantity.unit == "piece" and all(r in ".!,।" for r in rest):
        return True
    named = quantity.end < len(reading.words) and reading.is_plain(quantity.end)
    return named and quantity.unit is None and all(r in ".!,।" for r in rest[1:])


def portion_counts(reading: _Reading) -> None:
    """A count of plates, packets or sacks said right before the word ("half plate
    chhole", "ரெண்டு பிளேட்டுக்கு", "two plates for sixty") is the quantity: never a
    price of two rupees, nor pieces; "पाव भाजी" after a plate is the dish, no quarter
    kilo."""
    _held_counts(reading)
    held_in_it(reading)  # "एक गट्ठर साढ़े तीन सौ का, उसमें दस बेंत": ten canes in it
    held_after_in(reading)  # "ट्रे साठ रुपये की, एक ट्रे में सौ पौधे": a hundred in one
    for k in range(1, len(reading.words)):
        if not container_word(reading, k) or not _joined(reading, k):
            continue  # "दर्जन पचास, पेटी लोगे तो": the dozen's rate, then a box
        j, plate = k - 1, plate_word(reading, k)
        dish = reading.quantity_at.get(k + 1)
        if dish is not None and dish.unit == "kg" and dish.end == k + 2 and plate:
            _drop(reading, dish)  # "दो प्लेट पाव भाजी": the dish, no quarter kilo
        quantity = reading.quantity_at.get(j)
        if quantity is not None:
            if quantity.end == k and quantity.unit == "piece":
                quantity.unit = None  # "two plates": plates, not pieces
            continue
        span = reading.number_at[j]
        value = span.value if span is not None else (0.5 if reading.words[j] in HALF else None)
        value = 1.0 if j in reading.lone_ones else value  # "ஒரு பிளேட் பஜ்ஜி எவ்வளவு?"
        if value is None or not 0 < value <= _MOST or (span is not None and span.suffix):
            continue
        if value == 1 and not plate:
            continue  # "ஒரு பை இருக்கா?", "एक पिशवी द्या": a carry bag asked for
        priced = [p for p in reading.prices if p.start <= j < p.end]
        if any(p.explicit or p.end - p.start > 1 for p in priced):
            continue
        if value != 0.5 and value != int(value):
            continue
        reading.prices = [p for p in reading.prices if p not in priced]
        start = span.start if span is not None else j
        added = _Quantity(value, None, start, k)
        reading.quantities.append(added)
        reading.quantities.sort(key=lambda q: q.start)
        for i in range(start, k):
            reading.quantity_at[i] = added


def _held_counts(reading: _Reading) -> None:
    """A bare count in a clause after a container's, with a verb of holding ("प्लेट तीस
    रुपये, दोन वडे असतात") or naming only the goods ("ప్లేట్ ఇరవై, నాలుగు ఇడ్లీలు"): the
    pieces it holds, no second price."""
    if not any(container_word(reading, k) for k in range(len(reading.words))):
        return
    for price in list(reading.prices):
        value = price.span.value
        if price.explicit or price.end - price.start > 1 or not 1 < value <= 12:
            continue
        if _joined(reading, price.start) or value != int(value):
            continue
        rest = reading.tokens[price.end + 1 :]
        listed = price.end < len(reading.words) and reading.is_plain(price.end)
        listed = listed and all(t.raw in ".!,।" for t in rest)  # "..., నాలుగు ఇడ్లీలు"
        if listed or any(w in HOLDS for w in reading.words[price.end : price.end + 3]):
            reading.prices.remove(price)
            held = _Quantity(value, None, price.start, price.end)
            reading.quantities.append(held)
            reading.quantity_at[price.start] = held


# "In it", "in each", said before a count in a clause after the rate: "एक ट्रे में सौ
# पौधे", "ஒரு ட்ரேல நூறு நாத்து", "ఒక్కో కట్టలో ఇరవై", "প্রতি আঁটিতে কুড়িটা", "in each
# bundle twenty": what one holds, whatever the count.
_IN_WORDS = frozenset(fold(w) for w in ("में", "mein", "in", "ਵਿੱਚ", "ਚ", "मध्ये"))
_IN_WORDS |= frozenset(("me", "ch", "vich", "ma", "maa", "madhe", "madhye", "alli", "la", "lo"))


_MOST_HELD = 1000
"""Up to this many pieces, canes or metres told inside one bundle, roll or box."""


def _rated_holder_before(reading: _Reading, stop: int) -> bool:
    """A price, and a bundle, roll or container word, said before `stop`."""
    if not any(p.end <= stop for p in reading.prices):
        return False
    return any(
        reading.units[k] == "bunch"
        or container_word(reading, k)
        or reading.has(k, Cue.LOT, Cue.MEASURE)
        or (not reading.words[k].isascii() and reading.words[k].startswith(HOLDER_STEMS))
        for k in range(stop)
    )


def held_in_it(reading: _Reading) -> None:
    """A bare count said after a pause and an "in it" word, in a line that has priced a
    bundle, roll or container before it ("एक गट्ठर साढ़े तीन सौ का, उसमें दस बेंत", "ஒரு
    கட்டு முன்னூத்தி அம்பது, அதுல பத்து பிரம்பு"), tells what one holds: no price, and no
    quantity bought."""
    for price in list(reading.prices):
        k = price.start - 1
        value = price.span.value
        if price.explicit or k < 1 or reading.words[k] not in IN_IT or _joined(reading, k):
            continue
        if not (1 < value <= _MOST_HELD and value == int(value)):
            continue
        if reading.cue_near(price.end, len(reading.words), Cue.CURRENCY, Cue.PAISE):
            continue  # "उसमें दस, बीस रुपये ...": a price said after it
        if not _rated_holder_before(reading, k):
            continue
        reading.prices.remove(price)


def held_after_in(reading: _Reading) -> None:
    """A bare count right after "in one tray", "in each bundle", in a clause after the
    rate's, is what one holds: no price."""
    for price in list(reading.prices):
        value = price.span.value
        if price.explicit or price is reading.prices[0] or not 1 < value <= 500:
            continue
        if _joined(reading, reading.prices[0].end) and reading.prices[0].end >= price.start:
            continue
        before = reading.words[max(price.start - 2, 0) : price.start]
        after = reading.words[price.end : price.end + 2]
        if len(after) == 2 and after[0] in _IN_WORDS and after[1] in ONE_EACH:
            reading.prices.remove(price)  # "thirty in each tray": what one holds
            continue
        if not any(w in _IN_WORDS or (len(w) > 3 and w.endswith(IN_ENDINGS)) for w in before):
            continue
        near = range(max(price.start - 4, 0), price.start)
        if not any(reading.words[j] in ONE_EACH or _one(reading, j) for j in near):
            continue  # "आधे दाम में दो सौ": at half price, 200
        reading.prices.remove(price)  # no price, and no quantity bought either
        for one in [q for q in reading.quantities if price.start - 4 <= q.start < price.start]:
            if one.value == 1 and not one.claimed:
                _drop(reading, one)  # "एक ट्रे में पचास": the one tray holds, no piece bought


def _drop(reading: _Reading, quantity: _Quantity) -> None:
    reading.quantities.remove(quantity)
    for j in range(quantity.start, quantity.end):
        reading.quantity_at.pop(j, None)


def rated_container(reading: _Reading, price: _Price) -> bool:
    """The price is said beside one tray, packet or bag ("ट्रे अस्सी, एक ट्रे में पचास"):
    an "each" or a "one" there is the container's, no piece."""
    return price.per_unit is True and _beside(reading, price) is not None


def counts_containers(reading: _Reading, quantity: _Quantity | None) -> bool:
    """The count is of plates, bags or boxes ("20 bags, 1,250 each"): no pieces."""
    return quantity is not None and quantity.unit is None and container_word(reading, quantity.end)


def kilo_or_whole(reading: _Reading) -> bool:
    """ "By the kilo or whole?", "kilo ke hisaab se doge ya poora?", "কেজি দরে দেবেন না
    গোটা?": a question about the rate, with no price said."""
    if reading.prices or not any(reading.units[k] == "kg" for k in range(len(reading.words))):
        return False
    words = set(reading.words)
    by = bool(words & BY) or any(w.startswith(fold("किलोने")) for w in words)
    return by and bool(words & WHOLE)


def remarked_weight(reading: _Reading, chosen: _Price | None, quantity: _Quantity) -> bool:
    """A weight said "about" after a rate of another unit ("120 a bunch, about half a
    kilo"): a remark on the unit sold, not the quantity bought."""
    if chosen is None or not chosen.per_unit or quantity.start < chosen.end:
        return False
    own = chosen.quantity
    if own is None or own.unit is None or own.unit == quantity.unit:
        return False
    return quantity.start > 0 and reading.words[quantity.start - 1] in ABOUT
