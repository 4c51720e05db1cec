"""Pass 3: each number becomes a price, a quantity, or nothing ("10 minute", "a 500 rupee
note", "das rupaye kam karo"; what is no money: `audio.understanding.no_money`)."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from audio.languages import heard
from audio.languages.base import Cue
from audio.lexicon import fold
from audio.numbers import (
    NumberSpan,
)
from audio.understanding.adjustments import _added, _taken_off
from audio.understanding.ages import beside_an_age
from audio.understanding.bare_counts import counts_goods_unpriced
from audio.understanding.conditions import unit_of_condition
from audio.understanding.containers import portion_counts
from audio.understanding.countables import counted_goods, counts_unnamed_goods
from audio.understanding.counted import count_after_for, kilos_and_grams, measures_counted
from audio.understanding.counted_for import count_then_total
from audio.understanding.counted_totals import counted_totals, for_a_hundred
from audio.understanding.counts import count_after_price, count_before_price
from audio.understanding.endings import (
    _CLASSIFIERS,
    _ends_in_case,
    _priced_by_ending,
)
from audio.understanding.goods_counts import goods_then_bare_price
from audio.understanding.item_sizes import containers_counted, drop_item_sizes
from audio.understanding.lots_counted import lots_counted
from audio.understanding.no_money import (
    _change_for,
    _names_money,
    _not_money,
    servings_counted,
)
from audio.understanding.not_a_rupee import _not_a_rupee, _one_paisa_said
from audio.understanding.not_priced import drop_not_priced
from audio.understanding.orders import AND_WORDS
from audio.understanding.paid_online import paid_online
from audio.understanding.payment import hour_to_come, paid_already, weather_talk
from audio.understanding.reading import (
    _joined,
    _Price,
    _Quantity,
    _Reading,
)
from audio.understanding.set_counts import drop_set_counts

# A quarter or three quarters said alone is a weight: "paav bhar" is a quarter kilo.
_QUARTERS = (0.25, 0.75)


@lru_cache(maxsize=16)
def _measures(language: str) -> dict[str, float]:
    return {fold(w): amount for t in heard(language) for w, (amount, _) in t.measures.items()}


def _measure(reading: _Reading, k: int, otherwise: float | None) -> float | None:
    """How much of its unit the word at `k` holds ("అరకిలో": 0.5), else `otherwise`."""
    return reading.measures.get(reading.words[k], otherwise)


def _count_for_price(reading: _Reading, spans: list[NumberSpan], index: int) -> bool:
    """A small bare count, "for", then a larger number: "three for a hundred", "4 for
    50". The count is said first and is the goods, the larger number the price."""
    span = spans[index]
    nxt = spans[index + 1] if index + 1 < len(spans) else None
    k = span.end
    if nxt is None or k >= len(reading.words) or reading.tokens[k].raw.lower() != "for":
        return False
    gap = nxt.start - k
    article = gap == 2 and reading.has(k + 1, Cue.ARTICLE)  # "for a hundred"
    return (
        (gap == 1 or article)
        and span.value == int(span.value)
        and 2 <= span.value <= 12
        and nxt.value >= 10
        and nxt.value > span.value
        and not reading.has(span.start - 1, Cue.CURRENCY)
    )


def _classifier_count(reading: _Reading, spans: list[NumberSpan], index: int) -> bool:
    """A small count with a classifier, then right after it a larger number: "দুটো
    আঠারোশো" (two for eighteen hundred). The count is the pieces, the number the price.
    A number under ten times the count may be a clock's minutes ("চারটে তিরিশ", half
    past four) unless a rupee word follows it: "চারটে তিরিশ টাকা" is four for thirty."""
    span = spans[index]
    nxt = spans[index + 1] if index + 1 < len(spans) else None
    if nxt is None or span.suffix not in _CLASSIFIERS:
        return False
    if span.value != int(span.value) or not 2 <= span.value <= 12:
        return False
    if nxt.start != span.end:
        return _goods_after_classifier(reading, span, spans[index + 1 :])
    rupees = reading.has(nxt.end, Cue.CURRENCY) and nxt.value >= 10 and nxt.value > span.value
    return nxt.value >= 10 * span.value or rupees


def _classified_before(reading: _Reading, spans: list[NumberSpan], index: int) -> bool:
    """A count with a classifier said earlier in the line: its goods are named; a number
    past a pause before other goods ("দুটো মালা দু হাজার, গোলাপ সব উটির": two garlands,
    two thousand, the roses all from Ooty) is their price, no count of the roses."""
    return any(_classifier_count(reading, spans, j) for j in range(index))


_GOODS_WORDS = 3
"""The most words of goods said between a counted classifier and the price after it."""


def _goods_after_classifier(reading: _Reading, span: NumberSpan, later: list[NumberSpan]) -> bool:
    """A small count with a classifier, the goods named after it in a few plain words,
    then a price (ten times the count or more) later in the line: "দুটো বড় গ্লাস, দুটোর
    পঞ্চাশ", "duto boro glass ponchash e dao" (two big glasses, fifty for both). The count
    is the pieces; "দশটা টাকা" (a count of rupees) and "দুটো বাজে" (an hour) are none."""
    stop = later[0].start
    between = range(span.end, stop)
    if not 0 < len(between) <= _GOODS_WORDS:
        return False
    if any(reading.cues[k] or not reading.is_plain(k) for k in between):
        return False
    return any(s.value >= 10 * span.value for s in later)


def _rupees_and_paise(reading: _Reading, span: NumberSpan) -> bool:
    """Digits with exactly two decimals ("42.50 kilo", "18.75 a dozen") are rupees and
    paise, a rate, when no other number follows; "1.5 kilo" (one decimal) stays a
    quantity."""
    if span.end - span.start != 1:
        return False
    word = reading.tokens[span.start].raw
    whole, dot, part = word.partition(".")
    return bool(dot) and len(part) == 2 and part.isdigit() and whole.replace(",", "").isdigit()


# A number typed in digits: grouped by commas, with decimals after a dot.
_TYPED = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _rupees(reading: _Reading, span: NumberSpan, start: int, end: int, explicit: bool) -> _Price:
    """The span as a price of that many rupees. Typed digits are read exactly (never
    through a float); more than two decimals is no price anyone says ("10.005", and
    "1.500" may group thousands, ₹1,500): asked, never rounded and taken."""
    if span.end - span.start == 1:
        typed = _TYPED.search(reading.tokens[span.start].raw)
        if typed is not None:
            rupees = Decimal(typed.group().replace(",", ""))
            if float(rupees) == span.value:  # the digits the span was read from
                paise = (rupees * 100).to_integral_value(ROUND_HALF_UP)
                price = _Price(int(paise), start, end, explicit, span)
                places = rupees.as_tuple().exponent
                price.two_readings = isinstance(places, int) and places < -2
                return price
    return _Price(round(span.value * 100), start, end, explicit, span)


def _fraction_of_unit(reading: _Reading, after: int) -> int | None:
    """Where the unit of a fraction said with "a" or "of" between stands: "half a kilo",
    "a quarter of a kilo", "half of a kilo", "three quarters of a litre"."""
    k = after
    if k < len(reading.words) and reading.words[k] == "of":
        k += 1
    if reading.has(k, Cue.ARTICLE):
        k += 1
    if k == after or not reading.has(k, Cue.UNIT):
        return None
    return k


def _other_form_priced(reading: _Reading, k: int) -> bool:
    """The goods at `k` come after a pause and their clause prices them again: "ಮಾಲೆ
    ಒಂದಕ್ಕೆ ಮುನ್ನೂರು, ಗುಲಾಬಿ ಸೇರಿಸಿದ್ರೆ ನಾನೂರು" (a garland 300, with roses added 400). The number
    before the pause is a price of the goods, not a count of the roses."""
    if _joined(reading, k):
        return False
    j = k + 1
    while j < len(reading.words) and _joined(reading, j):
        if reading.number_at[j] is not None:
            return True
        j += 1
    return False


def _classify_numbers(reading: _Reading, spans: list[NumberSpan]) -> None:
    attached: set[int] = set()  # currency tokens already owned by a price
    skip: set[int] = set()  # spans merged into the price before them (paise)
    for index, span in enumerate(spans):
        if index in skip:
            continue
        after = span.end
        if reading.has(after, Cue.PAISE):
            price = _Price(round(span.value), span.start, after + 1, True, span)
        elif reading.has(after, Cue.CURRENCY):
            price = _rupees(reading, span, span.start, after + 1, True)
            attached.add(after)
            nxt = spans[index + 1] if index + 1 < len(spans) else None
            joined = nxt is not None and (
                nxt.start == after + 1
                or (nxt.start == after + 2 and reading.words[after + 1] in AND_WORDS)
            )  # "seven rupees and fifty paise"
            if (
                nxt is not None
                and joined
                and reading.has(nxt.end, Cue.PAISE)
                and not _one_paisa_said(reading, nxt)
            ):
                price.paise += round(nxt.value)  # "chaalis rupaye pachaas paise"
                price.end = nxt.end + 1
                skip.add(index + 1)
        elif reading.has(span.start - 1, Cue.CURRENCY) and span.start - 1 not in attached:
            price = _rupees(reading, span, span.start - 1, span.end, True)
        elif (
            (
                (
                    span.value == int(span.value)
                    and counted_goods(reading, after)
                    and (_joined(reading, after) or not _classified_before(reading, spans, index))
                    and not _other_form_priced(reading, after)
                )
                or servings_counted(reading, span)  # "நாலு கிளாஸ், எழுபதுக்கு ..."
                or counts_unnamed_goods(reading, span)
                or counts_goods_unpriced(reading, span)  # "पचास माला तैयार रखना"
            )
            and not _count_for_price(reading, spans, index)
            and not count_before_price(reading, spans, index)
            and not count_after_price(reading, spans, index)
            and not beside_an_age(reading, span.start, span.end)  # "under 16 years, no bidi"
        ):
            # "eight lemons", "बारह केले", "chhe aam" (not 6 a.m.), "six samosas": a count;
            # said after a price for them ("बीस रुपये में पाँच नींबू"), a count of pieces
            counted = reading.prices and count_after_for(reading, reading.prices[-1], span)
            unit = "piece" if counted or servings_counted(reading, span) else None
            reading.quantities.append(_Quantity(span.value, unit, span.start, after))
            continue
        elif (
            _not_money(reading, span)
            or weather_talk(reading)
            or hour_to_come(reading, span.start, span.end)
        ):
            continue  # "10 minute", "5 percent", "lane 5", "the mercury touched 45"
        elif (
            reading.has(after, Cue.UNIT)
            and not _priced_by_ending(reading, span)
            and not unit_of_condition(reading, after)  # "ಒಂದಕ್ಕೆ ನಲವತ್ತು, ಕಟ್ಟು ತಗೊಂಡ್ರೆ ಕಡಿಮೆ"
            and not (index == len(spans) - 1 and _rupees_and_paise(reading, span))
        ):  # "2.25 kg for 100" counts; a last "42.50 kilo" is the rate
            amount = span.value * reading.measures.get(
                reading.words[after], 1.0
            )  # "రెండు అరకిలో": one kilo
            quantity = _Quantity(amount, reading.units[after], span.start, after + 1)
            reading.quantities.append(quantity)
            continue
        elif lots_counted(reading, span):
            # "बीस बोरी", "ഇരുപത് ചാക്ക്": twenty sacks, not twenty rupees
            reading.quantities.append(_Quantity(span.value, None, span.start, after))
            continue
        elif measures_counted(reading, spans, index):
            # "மூணு முழம் அம்பது", "ಮೂರು ಮಾರು ಅರವತ್ತು": three lengths of a flower string
            reading.quantities.append(_Quantity(span.value, None, span.start, after + 1))
            continue
        elif span.value < 1 and _fraction_of_unit(reading, after) is not None:
            # "half a kilo", "a quarter of a kilo", "half of a kilo": a part of the unit,
            # not a price of fifty paise (a price beside it is the total for that part)
            unit_at = _fraction_of_unit(reading, after)
            assert unit_at is not None
            quantity = _Quantity(span.value, reading.units[unit_at], span.start, unit_at + 1)
            reading.quantities.append(quantity)
            continue
        elif after in reading.product_at:
            reading.quantities.append(_Quantity(span.value, None, span.start, after))
            continue  # "teen tamatar": a count of the product, not a price
        elif _classifier_count(reading, spans, index):
            reading.quantities.append(_Quantity(span.value, "piece", span.start, after))
            continue  # "দুটো আঠারোশো": two pieces, eighteen hundred for them
        elif _count_for_price(reading, spans, index):
            # "three for a hundred": three of them, for a hundred in all
            reading.quantities.append(_Quantity(span.value, None, span.start, after))
            continue
        elif (
            count_before_price(reading, spans, index)
            or count_after_price(reading, spans, index)
            or goods_then_bare_price(reading, spans, index)
        ):
            # "30 eggs for 190", "ಎರಡಕ್ಕೆ ಎಪ್ಪತ್ತೈದು", "75 for two": pieces, a price for all
            reading.quantities.append(_Quantity(span.value, "piece", span.start, after))
            continue
        elif span.value in _QUARTERS or (span.value == 0.5 and span.end - span.start > 1):
            # "এক পোয়া", "do paav": a quarter kilo, half a kilo
            reading.quantities.append(_Quantity(span.value, "kg", span.start, after))
            continue  # "paav bhar": a quarter kilo
        elif (
            index > 0
            and reading.prices
            and span.value == int(span.value)
            and (
                (reading.prices[-1].end == span.start - 1 and reading.has(span.start - 1, Cue.OF))
                or (
                    reading.prices[-1].end == span.start
                    and reading.prices[-1].span.suffix in reading.of_words
                )
                or (
                    reading.prices[-1].end == span.start
                    and reading.prices[-1].explicit
                    and _ends_in_case(reading, span.start - 1)
                )
                or count_after_for(reading, reading.prices[-1], span)
            )
        ):
            # "das ke teen", "sau rupaye ke chaar": a count of pieces for the price before it.
            reading.quantities.append(_Quantity(span.value, "piece", span.start, after))
            continue
        else:
            price = _rupees(reading, span, span.start, span.end, False)
        if (
            (price.explicit and _names_money(reading, price))
            or _change_for(reading, price)
            or paid_already(reading, price)
            or paid_online(reading, price)  # "sent 200 on GPay": paid, no offer
        ):
            # "ஐநூறு ரூபா நோட்டு" (a banknote), "no change for 2000", "give back the rest,
            # I gave 500": money handed over or owed, not a price
            reading.money_back = True
            continue
        if _not_a_rupee(reading, price):
            reading.not_a_rupee, reading.not_a_rupee_at = True, price.start
            continue  # "ek rupaya nahi dunga": not a single rupee, not a price of one
        if _taken_off(reading, price):
            reading.amounts_off.append(price)
            continue  # "das rupaye kam karo": ten off, not a price
        if _added(reading, price):
            continue  # "paanch aur": five on, not a price
        if span.value < 1 and not price.explicit and not reading.words[span.start][:1].isdigit():
            continue  # "aadhe aloo sade the", "অর্ধেক পচা": half of something, no price
        if price.paise > 0:
            reading.prices.append(price)
    drop_not_priced(reading, spans)  # "two-three extra, free", "the twelfth": no price
    counted_totals(reading, spans)  # "दस के साढ़े पाँच सौ": 550 for ten, not 10 for 550
    for_a_hundred(reading)  # "300 for a hundred": dung cakes counted by the hundred
    count_then_total(reading)  # "इनमें से बीस दे दो, ढाई सौ में": 250 for twenty
    claimed_units = {q.end - 1 for q in reading.quantities if q.unit is not None}
    for i, unit in enumerate(reading.units):
        if unit is None or i in claimed_units or not reading.has(i, Cue.UNIT):
            continue
        if reading.has(i - 1, Cue.ARTICLE):  # "a kilo", "a dozen"
            reading.quantities.append(_Quantity(1.0, unit, i - 1, i + 1, article=True))
        elif len(reading.words[i]) > 1:  # a lone "g" or "l" is a unit only after a number
            # "అరకిలో" holds its amount: half a kilo
            reading.quantities.append(_Quantity(_measure(reading, i, None), unit, i, i + 1))
    kilos_and_grams(reading)  # "ek kilo do sau gram": 1.2 kg
    reading.quantities.sort(key=lambda q: q.start)
    for q in reading.quantities:
        for k in range(q.start, q.end):
            reading.quantity_at[k] = q
    drop_item_sizes(reading)  # "दस लीटर वाला", "a 2-litre bottle": a size, no quantity
    containers_counted(reading)  # "three one-kilo bags": three bags, no ₹3
    drop_set_counts(reading)  # "छह गिलास का सेट", "the set of six glasses": one set
    portion_counts(reading)  # "half plate", "ரெண்டு பிளேட்டுக்கு": plates counted, no price
