"""The first passes over a transcript's reading (`audio.understanding.utterance`): numbers
that are no price set aside (amounts off, heads, stations, specifications, hours, a
tailor's sizes, names of plans and goods), rates read before their unit, the "no"s and
refusals placed, and the speaker's own cost or another's price said as a reason."""

from __future__ import annotations

from typing import NamedTuple

from audio.lexicon import Token
from audio.numbers import NumberSpan
from audio.understanding.amount_off import (
    counts_beside_amount_off,
    drop_amounts_off,
)
from audio.understanding.amounts import _classify_numbers
from audio.understanding.auctions import invite_bids
from audio.understanding.cheaper_outside import refuse_for_cheaper_outside
from audio.understanding.clauses_words import NOT_A_RUPEE
from audio.understanding.conditions import discount_promised_alone
from audio.understanding.counted_back import counts_said_back
from audio.understanding.counted_lots import leaves_counted
from audio.understanding.deadlines import times_not_caps
from audio.understanding.distances import drop_way_comparatives
from audio.understanding.floor_at import unrefuse_floors
from audio.understanding.homonyms import mark_two_readings
from audio.understanding.hours import counted_before_hour, time_of_day
from audio.understanding.limits import unrefuse_limits
from audio.understanding.measurements import drop_measurements
from audio.understanding.named_by_price import (
    drop_names_before_price,
    refuse_goods_named_by_price,
)
from audio.understanding.negation import _negate
from audio.understanding.note_held import set_aside_paid_price
from audio.understanding.open_hours import drop_open_hours
from audio.understanding.own_cost import set_aside_own_cost
from audio.understanding.people import drop_people_counts
from audio.understanding.plans import plan_names
from audio.understanding.rate_now import rate_now_after_past
from audio.understanding.rates import _price_before_unit
from audio.understanding.reading import _Reading
from audio.understanding.ready_by import hour_in_quarters
from audio.understanding.reference_prices import (
    refuse_echo_before_reason,
    set_aside_reference_prices,
)
from audio.understanding.refused_at import refuse_named_prices
from audio.understanding.spans import (
    _one_before_price,
)
from audio.understanding.specs import drop_spec_numbers
from audio.understanding.stations import drop_station_talk
from audio.understanding.too_little import refuse_too_little
from audio.understanding.too_much_said import mark_too_much


class SetAside(NamedTuple):
    """What the first passes found beyond the prices they set aside."""

    reduced: bool
    """An amount off was said ("ten less than that")."""
    people: bool
    """Heads were counted ("we are six at home")."""
    measured: bool
    """A tailor's sizes were told ("chest 38")."""
    promise: bool
    """A discount was promised on a count, with no price ("take ten, I'll make it less")."""
    bids: bool
    """Bids were invited ("who's going higher?")."""
    cost_at: int | None
    """Where a price set aside as a reason starts (own cost, the market's rate, an echo)."""


def set_aside(
    reading: _Reading,
    spans: list[NumberSpan],
    text: str,
    tokens: list[Token],
    language: str,
    *,
    has_outstanding_offer: bool,
    reference_paise: int | None,
) -> SetAside:
    """The first passes over `reading`, in order (it is changed in place)."""
    spans = _one_before_price(reading, spans, language)
    leaves_counted(reading)  # "ನೂರು ಎಲೆಗೆ": a hundred leaves, no meal's leaf
    _classify_numbers(reading, spans)
    drop_way_comparatives(reading)  # "தூரம் கம்மி": the way is short, no floor
    mark_too_much(reading)  # "ਦੋ ਹਜ਼ਾਰ ਬਹੁਤ ਆ", "पंधराशे लई जास्त हाय": too much
    times_not_caps(reading)  # "रविवार तक सिल देना": by Sunday, no cap on the price
    reduced = drop_amounts_off(reading)  # "ten less than that": an amount off, no price
    people = drop_people_counts(reading)  # "we are six at home": heads, no price
    drop_station_talk(reading)  # "platform 6", "सात पंधराला सुटते": no price, no count
    drop_spec_numbers(reading)  # "Redmi Note 10", "6 GB", "85 percent", "fourth lane"
    plan_names(reading)  # "do a 399 recharge", "the 10-rupee pack": a name, no price
    drop_names_before_price(reading)  # "give the 150 one for 125": the name, no price
    counts_said_back(reading)  # "ಎರಡು ಸಿಮ್ ಇದೆ, ಎರಡಕ್ಕೂ ...": the count again, no ₹2
    drop_open_hours(reading)  # "open 7 to 1 and 5 to 9": hours, no price
    measured = drop_measurements(reading)  # "chest 38, waist 34": a tailor's sizes
    mark_two_readings(reading, reference_paise)  # "కిలో వేయి"; "साढ़े सात" for a phone: ₹7,500
    hours = [p for p in reading.prices if time_of_day(reading, p) or hour_in_quarters(reading, p)]
    reading.prices, reading.hours = [p for p in reading.prices if p not in hours], bool(hours)
    counted_before_hour(reading)  # "40 packets at five in the evening": a count
    rate_now_after_past(reading)  # "काल सत्तर होते, आज पासष्ट किलो": 65 a kilo
    _price_before_unit(reading, reply=has_outstanding_offer, reference_paise=reference_paise)
    counts_beside_amount_off(reading)  # "I'm taking 50 kilo, knock ten off": a count
    promise = discount_promised_alone(reading)  # "दस लो तो कम कर दूँगा": no ₹10, no price
    bids = invite_bids(reading)  # "lot 4, 1550 a quintal, who's going higher?": a call
    idiom = NOT_A_RUPEE.search(text)
    if idiom is not None:
        reading.not_a_rupee = True  # "won't pay a single rupee more": the idiom's refusal
        if reading.not_a_rupee_at < 0:
            # where the idiom starts: a "no" said before it, past a pause, is its own
            # ("eleven hundred no, twelve fifty, not a rupee less": 1,100 refused)
            reading.not_a_rupee_at = next(
                (k for k, t in enumerate(tokens) if t.start >= idiom.start()), -1
            )
    _negate(reading, language)
    refuse_named_prices(reading)  # "not for 90", "எண்பதுக்கு தர மாட்டேன்"
    unrefuse_floors(reading)  # "ఐదు వందల యాభైకి తగ్గదు": the floor, no refusal
    unrefuse_limits(reading)  # "45, it won't come down": the limit's "not"
    refuse_too_little(reading)  # "ninety is too less, can't give": refused, no floor
    refuse_goods_named_by_price(reading)  # "no, the twelve-rupee one was old stock"
    echoed_at = refuse_echo_before_reason(reading)  # "350, no madam, my cost is 360"
    set_aside_paid_price(reading, reference_paise)  # "a 500 note, change? it's 199"
    cost_at = set_aside_own_cost(reading)  # "I buy at 32 myself, I'd lose": no offer
    # "even in the mandi it's 900", also after a loss said in a clause of its own ("at
    # 350 I lose, sir, the dealer rate itself is 360")
    reference_at = set_aside_reference_prices(reading)
    if cost_at is None:
        cost_at = reference_at
    if cost_at is None:
        cost_at = echoed_at
    outside_at = refuse_for_cheaper_outside(reading)  # "900? no, outside it's 700"
    if cost_at is None:
        cost_at = outside_at
    return SetAside(reduced, people, measured, promise, bids, cost_at)
