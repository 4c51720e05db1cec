"""A price said: which reading of it stands, how sure that reading is, and the move it
makes (an offer, a counter, or an accept of the price on the table)."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.understanding.agreed_at import agreed_at
from audio.understanding.agreed_then import agreed_then_talks
from audio.understanding.clauses import (
    _bound_after,
    _broken_off,
    _takes_lot_at,
    said_back_alone,
)
from audio.understanding.closing import gives_past_idiom
from audio.understanding.confidence import (
    _TYPED_TWO_READINGS,
    _readings,
    _small_bare_count,
    _unsure_beside,
    chosen_span,
    looks_garbled,
)
from audio.understanding.corrections import (
    corrected_over,
    settles_after_a_number,
    taken_back_to_unheard,
)
from audio.understanding.deal_if import deal_if_taken
from audio.understanding.fixed_at import fixed_at_table
from audio.understanding.glued_marks import glued_mark
from audio.understanding.goes_on import (
    agreement_goes_on,
    own_price_goes_on,
    remark_after_own_agreement,
)
from audio.understanding.handover import names_own_price, sets_own_price, settles_with_fix
from audio.understanding.if_otherwise import accepts_on_condition
from audio.understanding.implausible import cheap_across_a_pause
from audio.understanding.moves import _other_price_before, emphatic
from audio.understanding.reading import _Price, _Reading
from audio.understanding.result import Intent
from audio.understanding.settle_at import settles_at
from audio.understanding.short_hundreds import hundreds_left_out, hundreds_read_as_count
from audio.understanding.sizes import goods_priced_apart, sizes_priced_apart
from audio.understanding.take_asked import take_asked
from audio.understanding.two_rates import two_rates
from audio.understanding.why_not import asks_why_not
from audio.understanding.zero_letters import zero_as_letter


def price_move(
    reading: _Reading,
    chosen: _Price,
    *,
    standing: list[_Price],
    accepts: list[int],
    refusals: list[int],
    cues: set[Cue],
    asks: bool,
    final: bool,
    bound: bool,
    bids: bool,
    reply: bool,
    reference_paise: int | None,
) -> tuple[int, float, Intent]:
    """The amount, confidence and intent of a line whose standing price is `chosen`.

    `standing` holds every price not refused or superseded (two that differ are asked
    about), `accepts` and `refusals` the token positions of live words of agreement and
    refusal, `reply` whether the other side has a price on the table, `bids` whether the
    line is an auction's call. Confidence falls below the recording threshold wherever
    the price has two readings or sits beside something a careful listener would ask
    about; an accept needs words of agreement and the price on the table."""
    accepts = deal_if_taken(reading, chosen, accepts, reference_paise)  # "260 and it's a deal"
    accepts = accepts_on_condition(reading, chosen, accepts, reference_paise)  # "300 ho to ok"
    soft_accepts = {o[1] for o in reading.occurrences if o[0] is Cue.SOFT_ACCEPT}
    # "OK, 55. Weigh one and a half kilo": agreed, and an instruction or question after
    goes_on = reply and (
        agreement_goes_on(reading, chosen, accepts, reference_paise)
        or agreed_at(reading, chosen, accepts, reference_paise)  # "ok, 320 vali do darjan"
    )
    said_back = reply and agreed_then_talks(reading, chosen, accepts, reference_paise)
    goes_on = goes_on or said_back  # "ok, 300 then, can you deliver?"
    # "सात सौ? ठीक है, दे दो": the price on the table checked back, then agreed to with
    # nothing refused, accepts it
    checked = (
        reply
        and round(chosen.unit_paise()) == reference_paise
        and any(a >= chosen.end for a in accepts)
        and not refusals
        and said_back_alone(reading, chosen)
        and not any(t.raw == "?" for t in reading.tokens[max(accepts) :])  # "700? ठीक है?"
    )
    asks = asks and not (goes_on or checked)
    # Another price said in the same breath ("300? no, two fifty") is context too.
    others = [p.paise for p in reading.prices if p is not chosen and p.span.alternative is None]
    amount = _readings(chosen, reference_paise or (others[-1] if others else None))
    confidence = 0.95 if chosen.explicit or chosen.quantity is not None or chosen.each else 0.85
    if amount is None or chosen.two_readings:
        amount, confidence = chosen.paise, 0.5  # two readings of one number: ask
    if len({round(p.unit_paise()) for p in standing}) > 1:
        confidence = min(confidence, 0.5)  # two prices stand: ask, never pick one
    if said_back_alone(reading, chosen) and not bids and not checked:
        confidence = min(confidence, 0.5)  # "sattar kaun deta hai, ...": asked
    unsure = _unsure_beside(reading, chosen, reading.language, reference_paise)
    if unsure or looks_garbled(reading.text) or reading.oversized:
        confidence = min(confidence, 0.5)
    if reading.theirs_only:
        confidence = min(confidence, 0.5)  # "Ola shows 90, come on": another's price
    if taken_back_to_unheard(reading, chosen):
        confidence = min(confidence, 0.5)  # "23... no, leave it, <a 22 not heard>": asked
    if reading.ranged or asks_why_not(reading, chosen) or take_asked(reading, chosen):
        confidence = min(confidence, 0.5)  # "20-25"; "why not 80?"; "बीस लोगे?" (20 what?)
    typed_two = _TYPED_TWO_READINGS.get(reading.language, ())
    if any(reading.words[k] in typed_two for k in chosen_span(chosen)):
        confidence = min(confidence, 0.5)  # Gujarati "sattar so": 1,700 or Hindi 7,000
    if chosen.paise < 100 and not chosen.explicit:
        # Under a rupee with no rupee or paise word ("half", "half past five"): a
        # fraction left over from something else, never a stall price taken unasked.
        confidence = min(confidence, 0.5)
    if _small_bare_count(reading, chosen, reference_paise) and not said_back:
        confidence = min(confidence, 0.5)
    if zero_as_letter(reading, chosen):
        confidence = min(confidence, 0.5)  # "45O": ₹45, or ₹450 with a letter for a zero
    if glued_mark(reading, chosen):
        confidence = min(confidence, 0.5)  # "45I", "45|", "4S0": a letter for a digit
    if hundreds_left_out(chosen, reference_paise):
        confidence = min(confidence, 0.5)  # "twenty-four" against ₹2,800: 24 or 2,400
    if hundreds_read_as_count(reading, chosen, reference_paise):
        confidence = min(confidence, 0.5)  # "ஏழு அம்பதுக்கு" against ₹800: 750, or 50 for 7
    if cheap_across_a_pause(reading, chosen):
        confidence = min(confidence, 0.5)  # "tamatar chalis kilo, pyaz tees": two prices
    if sizes_priced_apart(reading):
        confidence = min(confidence, 0.5)  # "big glass 25, small 15": a price for each size
        if chosen.quantity is not None and chosen.quantity.unit == "piece":
            chosen.per_unit, chosen.quantity = None, None  # "નાનો પંદર": no count of 15
    if two_rates(reading, chosen):
        confidence = min(confidence, 0.5)  # "20 each, 220 a dozen": a price for each unit
    if goods_priced_apart(reading):
        confidence = min(confidence, 0.5)  # "rose garland 60; lotus? lotus is 10 each"
    table = round(chosen.unit_paise()) == reference_paise
    if not table and _table_total(chosen, reference_paise):
        # "ok, both for 160" with 160 on the table: the same deal said back, or half of a
        # price that was for each (the table's price carries no shape): asked.
        confidence = min(confidence, 0.5)
    negated_any = any(p.negated for p in reading.prices)
    if negated_any or any(r < chosen.start for r in refusals):
        # "not 300, 250", "nahi, 250 de do": an answer. With no price on the table, a
        # price broken off ("70... no no, 60 a kilo") is the speaker correcting their own.
        # So is one taken back by a word of correcting ("two hundred, no sorry, 180"),
        # or cut off before the "no" ("sattar... nahi nahi, pachpan").
        repaired = any(
            (p.negated or p.end <= chosen.start) and _broken_off(reading, p) for p in reading.prices
        ) or any(p.end <= chosen.start for p in corrected_over(reading))
        intent = Intent.OFFER if repaired and not reply else Intent.COUNTER
    elif (
        (
            [a for a in accepts if a not in soft_accepts]
            or (accepts and (Cue.TAKE_IT in cues or emphatic(reading, chosen)))
            or (accepts and table)
            or (Cue.TAKE_IT in cues and round(chosen.unit_paise()) == reference_paise)
            or (round(chosen.unit_paise()) == reference_paise and settles_at(reading, chosen))
            or said_back  # "ok nine" against ₹9
            or (table and gives_past_idiom(reading))  # "no problem, give it at 950"
        )
        and not asks
        and not final
        and not bound
        and not _bound_after(reading, chosen)
        and not (reference_paise is None and _takes_lot_at(reading, chosen))
        and not sets_own_price(reading, chosen, reference_paise)
        and not (
            settles_with_fix(reading)
            and not fixed_at_table(reading, chosen, accepts, reference_paise)
        )
        and not _other_price_before(reading, chosen)
        and not (reference_paise is None and names_own_price(reading, chosen))
        and not (reference_paise is None and own_price_goes_on(reading, chosen, accepts))
        and (reference_paise is None or table)
        # with nothing on the table, "I'll take both, 50,000 for both" names a price
        and (reply or not (chosen.per_unit is False and chosen.quantity is not None))
    ):
        # "okay, 40" agrees to a price; "200 theek hai?" proposes one; "theek hai,
        # 250 final" is a final offer; "chalo, 35 laga denge" against 40 and "theek
        # hai, 50 kar do" are counters.
        intent, confidence = Intent.ACCEPT, min(confidence, 0.8)
        if settles_after_a_number(reading):
            confidence = 0.5  # "चालीस किलो... अच्छा पैंतालीस": their own two numbers
        if reference_paise is None and remark_after_own_agreement(reading, chosen, accepts):
            confidence = 0.5  # "సరే, మూడు వందల ఇరవై. పండగ బోణీ": agreed, or their own
        if reading.extra_charge:
            confidence = 0.5  # "ok, 800, but delivery 50 extra": agreed at 800 or at 850
    else:
        intent = Intent.COUNTER if reply else Intent.OFFER
    return amount, confidence, intent


def _table_total(chosen: _Price, reference_paise: int | None) -> bool:
    """The price is a total for the goods counted ("both for 160", "दोनों एक सौ साठ में")
    and exactly the price on the table: the same deal said back if the table's price was
    for all of them, a counter at half if it was for each."""
    quantity = chosen.quantity
    if reference_paise is None or chosen.per_unit is not False or quantity is None:
        return False
    return quantity.unit in (None, "piece") and chosen.paise == reference_paise
