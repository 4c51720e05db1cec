"""The price that stands in a transcript's reading (`audio.understanding.utterance`): the
rates and totals shaped, prices superseded by a later one, a bulk rate or a correction,
prices recalled or asked about set aside, and the last standing price chosen, with the
unit of a rate said after it or of the price it corrects."""

from __future__ import annotations

from typing import NamedTuple

from audio.lexicon import Token
from audio.understanding.amount_off import (
    lets_amount_go,
)
from audio.understanding.any_one import any_one_priced
from audio.understanding.asked_again import past_asked_again
from audio.understanding.bulk_asked import (
    buyer_takes,
    count_asked_if_taken,
    rate_recalled_before_count,
)
from audio.understanding.bulk_rates import bulk_after_rate
from audio.understanding.cheaper_named import cheaper_named
from audio.understanding.clauses import (
    _broken_off,
    _full_refused,
    _unit_of_rate_after,
    superseded_prices,
)
from audio.understanding.containers import kilo_or_whole
from audio.understanding.corrected_rates import rate_kept_on_correction
from audio.understanding.corrected_shape import shape_kept_on_correction
from audio.understanding.counted_lots import count_then_lot_total
from audio.understanding.covers_asked import asks_what_price_covers, asks_what_that_much_covers
from audio.understanding.goods_counts import count_beside_price
from audio.understanding.goods_then_total import goods_then_total
from audio.understanding.guess_asked import guessed_after_asking
from audio.understanding.half_portions import half_portion_remark
from audio.understanding.later_deals import later_deals
from audio.understanding.measured_goods import measured_goods
from audio.understanding.not_bought import drop_counts_not_bought
from audio.understanding.old_prices import old_beside_now
from audio.understanding.one_and_dozen import rate_of_one_and_dozen
from audio.understanding.one_item_rates import rate_of_one_item, rate_of_one_unit
from audio.understanding.past_prices import recalled_alone
from audio.understanding.periods import rates_for_a_period
from audio.understanding.rate_asked import asks_going_rate
from audio.understanding.rate_from_today import new_rate_stands
from audio.understanding.reading import _Price, _Reading
from audio.understanding.recalled import set_aside_recalled
from audio.understanding.repeated_totals import totals_repeating_rate
from audio.understanding.shape import _per_unit
from audio.understanding.side_deals import (
    condition_counts_apart,
    rate_before_part,
    rate_lowered_on_count,
)
from audio.understanding.sum_asked import sum_asked
from audio.understanding.there_are import goods_there
from audio.understanding.together import counts_before_price
from audio.understanding.totals import total_for_all
from audio.understanding.wanted import take_count_wanted
from audio.understanding.whole_counts import whole_for_count
from audio.understanding.you_say import asked_not_offered


class PriceChosen(NamedTuple):
    chosen: _Price | None
    """The price the line stands by, if any."""
    standing: list[_Price]
    """Every price neither refused nor superseded."""
    complaint: bool
    """The line questions or recalls a price rather than saying one ("kal 30 tha, aaj 45
    kyun?"): no price stands."""
    wanted: _Price | None
    """A count wanted after the price agreed ("ok, forty it is, give three")."""


def price_chosen(
    reading: _Reading,
    tokens: list[Token],
    language: str,
    *,
    cost_at: int | None,
    reference_paise: int | None,
) -> PriceChosen:
    """The price that stands in `reading` (its prices are shaped in place)."""
    for price in reading.prices:
        if _full_refused(reading, price):
            price.negated = True  # "make it 99, I won't give a full hundred"
    replaced = _per_unit(reading, language)  # the list rate before "take six and it's 50"
    rate_kept_on_correction(reading)  # "kilo 40, no, 35, you take 20 kilo": 35 a kilo
    counts_before_price(reading)  # "all four together 520", "I'll take ten, 30 each"
    any_one_priced(reading)  # "any cup forty!", "எந்த சட்டையும் முன்னூறு": each
    goods_there(reading)  # "all together 200, there are 18 clothes": a count, no price
    count_beside_price(reading)  # "two churidars there are, for both 1200": 2 pieces
    measured_goods(reading)  # "half a kilo of murmura and a quarter of chana, fifty for all"
    goods_then_total(reading)  # "five notebooks, 250 in all", "300 for a hundred bricks"
    count_then_lot_total(reading)  # "వెయ్యి ఆకులు వెయ్యి రూపాయలు": 1,000 for 1,000 leaves
    whole_for_count(reading)  # "six glasses, the whole set 330", "எட்டு டம்ளர், மொத்தம் 400"
    rates_for_a_period(reading)  # "600 a month, up to four pieces a day": a rate
    wanted = take_count_wanted(reading, reference_paise)  # "ok, give two": no price
    rate_before_part(reading)  # "सेव एक सौ अस्सी किलो, पाव किलो पैंतालीस": 180 a kilo
    half_portion_remark(reading)  # "फुल प्लेट साठ, हाफ पैंतीस": 60 a plate, the half a remark
    replaced += later_deals(reading)  # "give 30, I'll take two", "180; for a student, 160"
    drop_counts_not_bought(reading)  # "ten minutes' work", "for that money, two baskets"
    replaced += cheaper_named(reading)  # "the 30 one is weak; ok 35, that's it": 35

    superseded = superseded_prices(reading) + replaced
    for rate, total in totals_repeating_rate(reading):  # "a load 3,500, two loads 7,000"
        superseded = [p for p in superseded if p is not rate] + [total]
    bulk = bulk_after_rate(reading)  # "58 a kilo, the whole sack 55": the rate stands
    bulk = bulk or rate_lowered_on_count(reading)  # "95 a kilo; take ten kilo, it's 90"
    if bulk is not None and buyer_takes(reading):
        bulk = None  # "60 a kilo; if I take five kilos, will you do 50?": the buyer's bid
    if bulk is not None:
        superseded = [p for p in superseded if p is not bulk[0]] + [bulk[1]]
        condition_counts_apart(reading, *bulk)  # "if you take the 30 kg sack": no quantity
    complaint = set_aside_recalled(reading, superseded)  # "kal 30 tha, aaj 45 kyun?"
    complaint = complaint and not (cost_at is not None and all(p.negated for p in reading.prices))
    complaint = complaint or sum_asked(reading) or lets_amount_go(reading) or kilo_or_whole(reading)
    complaint = complaint or asked_not_offered(reading, superseded)  # tag, elsewhere, echo
    complaint = complaint or guessed_after_asking(reading)  # "what's the price? is it 300?"
    complaint = complaint or asks_what_price_covers(reading)  # "700 means how many clothes?"
    complaint = complaint or asks_what_that_much_covers(reading)  # "इतने में फिटिंग भी?"
    complaint = complaint or asks_going_rate(reading)  # "आलू किलो का क्या चल रहा है?"
    complaint = complaint or rate_recalled_before_count(reading)  # "60 a kilo; if I take 5?"
    complaint = count_asked_if_taken(reading) or complaint  # "दस ले लूँ तो?": ten, asked
    past_alone = recalled_alone(reading, superseded)  # "last week it was 30": none now
    superseded += past_alone + old_beside_now(reading, superseded)  # "165, pehle 150 tha"
    asked_past = any(t.raw == "?" for t in tokens)  # "was it 30?", "why double? it was 100"
    complaint = complaint or (bool(past_alone) and asked_past)
    again = past_asked_again(reading, past_alone)  # "last time 150, give it at that"
    if again is not None:
        superseded, complaint = [p for p in superseded if p is not again], False
    standing = [
        p for p in reading.prices if not p.negated and p not in superseded and not complaint
    ]
    chosen = standing[-1] if standing else None
    chosen = rate_of_one_and_dozen(reading, chosen)  # "one for 40, a dozen 400": asked
    new_rate_stands(reading, chosen, standing)  # "till yesterday 900, from today 1000"
    if chosen is not None and chosen.per_unit is None and len(standing) == 1:
        rate_unit = _unit_of_rate_after(reading, chosen)
        if rate_unit is not None:
            chosen.per_unit, chosen.quantity = True, rate_unit  # "42.50 de dunga kilo ka"
    shape_kept_on_correction(reading, chosen)  # "gulal packet 70, sorry, 75": 75 a packet
    rate_of_one_item(reading, chosen)  # "एक तकिये का डेढ़ सौ": 150 for one, a piece
    rate_of_one_unit(reading, chosen)  # "a dozen rakhis, give them for 300": a dozen's
    if chosen is not None:
        total_for_all(reading, chosen)  # "do sau, dono kilo ka": a total for both
        if chosen.start == reading.summed_at and chosen.per_unit is None:
            chosen.per_unit = False  # "polish 30, laces 15, that makes 45": the sum
    if chosen is not None and chosen.per_unit is None:
        refused = [
            p for p in reading.prices if (p.negated or p in superseded) and p.end <= chosen.start
        ]
        if refused and refused[-1].per_unit and refused[-1].quantity is not None:
            # "kilo 60 nahi, 55": the counter is a rate of the same unit.
            chosen.per_unit, chosen.quantity = True, refused[-1].quantity
        elif refused and refused[-1].per_unit and _broken_off(reading, refused[-1]):
            chosen.per_unit = True  # "a metre 20, no no, 22": the same measure's rate
            chosen.each = chosen.each or refused[-1].each  # "one for 40... no no, 45"
    return PriceChosen(chosen, standing, complaint, wanted)
