"""Pass 4, second half: each price per unit or total, with the quantity it is for (the
prices refused or bound are found first, in `negation`)."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.containers import container_rate
from audio.understanding.orders import item_counts_apart
from audio.understanding.rates import count_taken_at_rate
from audio.understanding.reading import (
    _BOUNDS,
    _SKIPPABLE,
    _joined,
    _plain_word,
    _Price,
    _Quantity,
    _Reading,
)
from audio.understanding.servings import served_by
from audio.understanding.shape_bounds import (
    _count_apart,
    _gives,
    _last_words,
    _one_for,
    _one_of_its_own,
    _one_of_next_sentence,
    _sentence_break,
    _sized_lot,
    _that_is,
    _whole_lot,
    whole_of_other_talk,
)
from audio.understanding.shares import one_item_before, rate_by_share
from audio.understanding.spans import _BARE_ONES, no_hundreds_tail
from audio.understanding.spec_counts import one_of_next_clause
from audio.understanding.taken_if import total_if_taken
from audio.understanding.trade_units import rate_by_bare_measure, rate_by_measure, shown_lot


def _each(reading: _Reading, price: _Price, k: int) -> bool:
    """Token `k` says "each" of the price: a word that also links ("করে": "দশ টাকা
    করে", ten each; "তিনশো করে দাও", make it 300) says it only after a currency word."""
    if not reading.has(k, Cue.EACH):
        return False
    return price.explicit or not reading.has(k, Cue.LINK) or reading.words[k] in _VECHU


# Malayalam "X വെച്ച്" ("at X"): a rate, a kilo or a piece as the goods are sold, bare or
# after rupees ("നാല്പത് വെച്ച് തരാമോ", "കിലോ അമ്പത് വെച്ച്").
_VECHU = frozenset(fold(w) for w in ("വെച്ച്", "വച്ച്", "vechu", "vechhu"))
_KORE = frozenset(fold(w) for w in ("করে", "kore")) | _VECHU


def _each_given(reading: _Reading, price: _Price) -> bool:
    """Bengali "X টাকা করে দিন": after a currency word "করে" says each, even with the
    giving verb after it that also makes it "make it X"."""
    k = price.end
    return k < len(reading.words) and reading.words[k] in _KORE


def _each_before(reading: _Reading, price: _Price) -> bool:
    """An "each" word said right before the price, in one breath ("ఒక్కోటి ఐదు",
    "ஒவ்வொண்ணும் அஞ்சு", "একেকটা পাঁচ টাকা"): the price of one piece, whatever count is
    said after it ("..., పది ప్యాక్ చేయండి": ten to pack at that rate)."""
    k = price.start - 1
    return k >= 0 and _joined(reading, price.start) and _each(reading, price, k)


def kore_each(reading: _Reading, price: _Price) -> bool:
    """Bengali "X করে": a rate of the goods' own unit ("দেড়শো করে" is by the kilo for
    fish), not a piece as "each" is."""
    # "ഒരെണ്ണം പത്ത് രൂപ വെച്ച്", "ഒരു പീസ് 35 വെച്ച്": a piece said besides is the unit
    others = (k for k in range(len(reading.words)) if k != price.end)
    return _each_given(reading, price) and not any(
        reading.has(k, Cue.EACH) or reading.units[k] == "piece" for k in others
    )


def _per_goods(reading: _Reading, price: _Price) -> bool:
    """ "Each" or "per", the goods, then the price: "ఒక్కో గుడ్డు ఏడు రూపాయలు", "per egg
    7 rupees", "ഓരോ മുട്ടയ്ക്കും ഏഴ്": a price per piece."""
    k = price.start - 1
    goods = 0
    while k >= 0 and goods < 2 and _plain_word(reading, k) and k not in reading.quantity_at:
        if goods and (reading.words[k] in _BARE_ONES or one_item_before(reading, k)):
            break  # "one lotus ten rupees"
        k -= 1
        goods += 1
    per = reading.has(k, Cue.PER, Cue.EACH) or (k >= 0 and reading.words[k] in _BARE_ONES)
    per = per or (goods == 1 and one_item_before(reading, k))  # "a garland forty"
    return goods > 0 and k >= 0 and per and k not in reading.quantity_at  # "one lotus 10 rupees"


def _rate_of(quantity: _Quantity) -> bool:
    return quantity.value is None or quantity.value == 1


def _claim(price: _Price, quantity: _Quantity) -> None:
    quantity.claimed = True
    price.per_unit, price.quantity = _rate_of(quantity), quantity


def _per_unit(reading: _Reading, language: str) -> list[_Price]:
    """Each price a rate or a total; returns the rates a total offered if the buyer
    takes a count replaces ("10 each, take six and it's 50")."""
    item_counts_apart(reading)  # "நாலு வாழைப்பழம், ரெண்டு ஆப்பிள், மொத்தம் அறுபது"
    n = len(reading.words)
    apart: set[int] = set()  # counts said after a price set by a verb
    for price in reading.prices:
        # Right after the price: "2 kilo at 35 per kilo", "40 rupaye kilo", "40 a kilo".
        k = price.end
        while reading.has(k, Cue.LINK) and k < price.end + 2 and not _that_is(reading, k):
            k += 1
        per = reading.has(k, Cue.PER)
        rate = reading.quantity_at.get(k + 1 if per else k)
        if rate is not None and not rate.claimed and (per or rate.value is None or rate.article):
            _claim(price, rate)
            # "15 per 100 grams", "60 for every half kilo": the price of that part, a
            # total for it (the live layer asks it back as the kilo's rate), never ₹15 a gram.
            price.per_unit = not (per and not _rate_of(rate))
            continue
        each = (
            _each(reading, price, k) or _each_given(reading, price) or _each_before(reading, price)
        )
        lone = k in reading.lone_ones and not one_of_next_clause(reading, k)
        lone = lone and not _one_of_next_sentence(reading, k)
        if each or lone or _one_for(reading, price) or _per_goods(reading, price):
            # "3 pieces at 35 each", "35 ka ek", "ஒன்று 35 ரூபாய்": a price per piece.
            price.per_unit, price.each = True, True
            one = reading.words[price.start - 1] if price.start > 0 else ""
            tail = not no_hundreds_tail(reading, price.span)
            if price.start - 1 in reading.lone_ones and one in _BARE_ONES and tail:
                price.two_readings = True  # "ek pachaas": 50 each, or 150
            continue
        if container_rate(reading, price):
            continue  # "बोरी तेरह सौ पचास", "30 a plate, four pieces in it": a rate per one
        if rate_by_bare_measure(reading, price):
            price.per_unit = True  # "मीटर एक सौ बीस, ... ढाई मीटर": 120 a metre
            continue
        # Before the price: "ek kilo 40", "kilo ka 40", "2 kilo 300 mein", "half a kilo
        # of carrots for 20".
        for k in range(price.start - 1, max(price.start - 5, -1), -1):
            if _sentence_break(reading, k + 1):
                break  # "2 kg? duto packet deben": the count is the other sentence's
            quantity = reading.quantity_at.get(k)
            if quantity is not None:
                if not quantity.claimed:
                    _claim(price, quantity)
                break
            plain = reading.is_plain(k) or reading.has(k, *_SKIPPABLE, *_BOUNDS)
            if not plain and not _sized_lot(reading, k):
                break  # "কেজি বড়জোর চল্লিশ": a kilo, at most 40; "the 25 kg bag 1250"
        if price.quantity is not None:
            continue
        # After it: "40 ka ek kilo", "300 mein do kilo", "10 each", "10 rupaye ek"; past
        # the verb that sets it and a form of address, a unit named alone ("make it 46,
        # dada, a kilo", "chhechallish kore dao kilo") is still the rate's.
        past_verb = plain_link = False
        for k in range(price.end, min(price.end + 5, n)):
            if k > price.end and _sentence_break(reading, k):
                break  # "two bags, please? 3 kg won't fit in one": another sentence's count
            quantity = reading.quantity_at.get(k)
            if quantity is not None and not quantity.claimed and _count_apart(reading, quantity):
                apart.add(id(quantity))
                break
            if quantity is not None:
                if price.negated and any(q.start > k and not q.negated for q in reading.prices):
                    break  # "not 110, give 2 kilo for 100": the count is the new price's
                if past_verb and not (_rate_of(quantity) and _last_words(reading, quantity)):
                    if not plain_link:
                        apart.add(id(quantity))  # "50 kar do, do kilo lunga": a count of its
                    break  # own, the 50 a rate or the whole: not said; "sau de tin kilo" is
                if not quantity.claimed:
                    _claim(price, quantity)
                break
            if one_of_next_clause(reading, k):
                break  # "120, one year warranty": the year's one
            if _one_of_its_own(reading, price, k):
                break  # "rendu glass ikkade, okati parcel": one parcel, not 2 for one
            if _one_of_next_sentence(reading, k):
                break  # "ok, 280. put it in one bag": the bag's one
            if _each(reading, price, k) or k in reading.lone_ones:
                price.per_unit, price.each = True, True  # "10 each", "10 rupaye ek"
                break
            if reading.has(k, Cue.SET) or _gives(reading, k):
                plain_link = not past_verb and reading.has(k, Cue.OF, Cue.LINK)
                past_verb = True
                continue
            if not (reading.is_plain(k) or reading.has(k, *_SKIPPABLE)):
                break
            if k >= price.end + 4 and not past_verb:
                break
    refused = {k for p in reading.prices if p.negated for k in (p.start - 1, p.end)}
    cues = {
        o[0]
        for o in reading.occurrences
        if not reading.has(o[1], Cue.LINK)
        and not (o[0] is Cue.TOTAL and o[1] in refused)
        and not (o[0] is Cue.TOTAL and o[1] == 0 and reading.has(o[2], Cue.ACCEPT))
        and not (o[0] is Cue.TOTAL and whole_of_other_talk(reading, o[1], o[2]))
    }  # "sau poore nahi dunga": "full" is the refused hundred's; opening "எல்லாம் சரி", all
    # right; "I went round the whole market": the market's whole, not the goods'
    # A count no price has claimed ("sab milake do kilo, 300", "half kilo beans, give it
    # for 30") makes the rest totals; a lone "kilo" or "one kilo" may still be the rate's.
    apart |= {id(q) for q in reading.quantities if _count_apart(reading, q)}
    several = any(
        q.value is not None and q.value != 1 and not q.claimed and id(q) not in apart
        for q in reading.quantities
    )
    lot = any(_whole_lot(reading, start) for cue, start, _ in reading.occurrences if cue is Cue.LOT)
    lot = lot or shown_lot(reading)  # "இந்த கூடைக்கு முன்னூறு": this basket, a total
    for price in reading.prices:
        if price.per_unit is None:
            if (
                rate_by_measure(reading, price)
                or served_by(reading, price)
                or rate_by_share(reading, price)
            ):
                price.per_unit = True  # "முழம் இருபது": twenty a forearm's length; "30 a glass"
            elif Cue.EACH in cues:
                price.per_unit, price.each = True, True
            elif Cue.TOTAL in cues or several or lot:
                price.per_unit = False  # "sab milake 500", "do kilo ... 300"
    replaced = total_if_taken(reading)  # "das ka ek, chhah lo to pachaas": 50 for six
    count_taken_at_rate(reading)  # "20 a piece, I'll take five": five of them
    return replaced
