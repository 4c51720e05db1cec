"""The negotiation assistant: how a vendor might answer a customer's offer.

Pure and deterministic: plain values in (list price, floor price, the offers so far,
stock left, quantity), a `Hint` out — accept, counter at a suggested price, or hold —
with a reason code and a one-line reason. No I/O; the caller loads the numbers. All
money is integer paise, per unit.

How it reasons:

- The vendor's *standing price* is their latest counter, or the list price before they
  made one (never taken below the floor). An offer at the list price, or at the standing
  price, is accepted.
- Stock decides how firm to be. What is left is compared with this order: if it cannot
  cover it, hold; if it barely covers it (up to 1.5 times) stock is *scarce*; up to 4
  times it is *tight*; otherwise *plenty*. The last units sell themselves.
- An offer close to the standing price (within 3 % of the list price when stock is
  plentiful, 2 % when tight, 1 % when scarce, and at least one price step) and not below
  the floor is accepted rather than haggled over.
- Otherwise the vendor concedes part of the gap between their standing price and the
  offer (the floor, when the offer is below it, so a lowball earns a smaller step):
  half when stock is plentiful, a third when tight, a fifth when scarce. Each counter
  already made shrinks the next concession by a fifth, so the vendor's prices converge
  instead of sliding.
- Concessions answer concessions: a customer who raised their offer (or made their
  first) gets at least one price step; one who repeated it gets half the usual step, and
  a hold when that rounds to nothing; one who lowered it gets a hold.
- Suggested prices are rounded to a step that fits the price (50 paise, ₹1, ₹5, ₹10,
  ₹50, ₹100), never rise above the standing price and never go below the floor.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction
from typing import Any

from models import Side
from server.domain.negotiation import rupees


class HintAction(StrEnum):
    ACCEPT = "accept"
    COUNTER = "counter"
    HOLD = "hold"


class HintReason(StrEnum):
    """Why the assistant suggests what it does; stable codes for clients and phrasebooks."""

    AT_LIST = "at_list"
    """The offer is the list price."""
    MEETS_ASK = "meets_ask"
    """The offer meets the vendor's standing price."""
    CLOSE_ENOUGH = "close_enough"
    """The offer is within a small margin of the standing price, not below the floor."""
    MEET_PARTWAY = "meet_partway"
    """Counter partway between the standing price and the offer."""
    BELOW_FLOOR = "below_floor"
    """The offer is below the floor: counter, still above the floor."""
    SCARCE_STOCK = "scarce_stock"
    """Little stock left beyond this order: counter with a small concession."""
    AT_FLOOR = "at_floor"
    """The vendor is already at their floor and the offer is below it: hold."""
    CUSTOMER_WENT_DOWN = "customer_went_down"
    """The customer lowered their offer: hold."""
    NO_MOVEMENT = "no_movement"
    """The customer repeated their offer and there is nothing left to give: hold."""
    SHORT_OF_STOCK = "short_of_stock"
    """Not enough stock for the quantity asked: hold."""


class Scarcity(StrEnum):
    PLENTY = "plenty"
    TIGHT = "tight"
    SCARCE = "scarce"
    SHORT = "short"
    """What is left does not cover the order."""


@dataclass(frozen=True, slots=True)
class Offer:
    """One bid, as the assistant sees it."""

    side: Side
    amount_paise: int
    """Per unit."""
    quantity: int | None = None
    """The quantity the bid was for, when known."""


@dataclass(frozen=True, slots=True)
class Situation:
    """Everything the assistant looks at."""

    list_price_paise: int
    floor_price_paise: int
    offers: Sequence[Offer]
    """Both sides' bids, oldest first: all of them, or only those `advise` reads (the
    latest, the customer's one before it, the vendor's latest) with
    `earlier_vendor_offers` counting the vendor's other ones."""
    stock_left: int
    """Units in stock now (stock held for accepted orders already taken out)."""
    quantity: int
    """Units this negotiation is for."""
    unit: str = "kg"
    earlier_vendor_offers: int = 0
    """The vendor's offers left out of `offers` (each one the vendor made concedes less)."""


@dataclass(frozen=True, slots=True)
class Hint:
    action: HintAction
    amount_paise: int | None
    """Accept: the offer. Counter: the suggested price. Hold: the price to stand by
    (None when holding for lack of stock). Always within [floor, list] when set."""
    reason_code: HintReason
    reason: str
    """One line, in English, for a person."""
    offer_paise: int
    """The customer offer this hint answers."""
    unit: str = "kg"

    def to_json(self) -> dict[str, Any]:
        return {
            "action": self.action.value,
            "amount_paise": self.amount_paise,
            "reason_code": self.reason_code.value,
            "reason": self.reason,
        }


_CONCEDE: dict[Scarcity, Fraction] = {
    Scarcity.PLENTY: Fraction(1, 2),
    Scarcity.TIGHT: Fraction(1, 3),
    Scarcity.SCARCE: Fraction(1, 5),
}
"""Share of the gap conceded in one counter, by stock."""
_DECAY = Fraction(4, 5)
"""Each earlier counter shrinks the next concession to this share."""
_CLOSE: dict[Scarcity, Fraction] = {
    Scarcity.PLENTY: Fraction(3, 100),
    Scarcity.TIGHT: Fraction(2, 100),
    Scarcity.SCARCE: Fraction(1, 100),
}
"""An offer this close to the standing price (share of the list price) is accepted."""
_STEPS = (10000, 5000, 1000, 500, 100)
"""Price steps in paise (₹100 … ₹1); 50 paise below these."""


def scarcity(stock_left: int, quantity: int) -> Scarcity:
    """How firm stock lets the vendor be, for an order of `quantity` units."""
    quantity = max(quantity, 1)
    if stock_left < quantity:
        return Scarcity.SHORT
    if stock_left * 2 <= quantity * 3:
        return Scarcity.SCARCE
    if stock_left <= quantity * 4:
        return Scarcity.TIGHT
    return Scarcity.PLENTY


def price_step(list_price_paise: int, floor_price_paise: int) -> int:
    """The rounding step for suggested prices: the largest of ₹100, ₹50, ₹10, ₹5, ₹1
    that is at most 1/25 of the list price and leaves four steps between floor and list;
    50 paise below that (1 paisa for prices under ₹2)."""
    spread = list_price_paise - floor_price_paise
    for step in _STEPS:
        if step * 25 <= list_price_paise and step * 4 <= spread:
            return step
    return 50 if list_price_paise >= 200 else 1


def _round_to(value: Fraction, step: int) -> int:
    """Nearest multiple of `step`, halves up."""
    return int((value / step + Fraction(1, 2)).__floor__()) * step


def _per(amount: int, unit: str) -> str:
    return f"{rupees(amount)}/{unit}"


def advise(situation: Situation) -> Hint | None:
    """The assistant's hint for answering the latest offer, or None when the latest bid
    is not the customer's (there is nothing for the vendor to answer)."""
    s = situation
    if not s.offers or s.offers[-1].side is not Side.CUSTOMER:
        return None
    list_price = s.list_price_paise
    floor = min(max(s.floor_price_paise, 1), list_price)
    unit = s.unit
    latest = s.offers[-1]
    offer = latest.amount_paise
    quantity = latest.quantity or s.quantity

    def hint(action: HintAction, amount: int | None, code: HintReason, reason: str) -> Hint:
        return Hint(action, amount, code, reason, offer, unit)

    stock = scarcity(s.stock_left, quantity)
    if stock is Scarcity.SHORT:
        return hint(
            HintAction.HOLD,
            None,
            HintReason.SHORT_OF_STOCK,
            f"Only {s.stock_left} {unit} left, not enough for {quantity} {unit}: hold "
            "(or offer a smaller quantity).",
        )
    if offer >= list_price:
        return hint(
            HintAction.ACCEPT,
            list_price,
            HintReason.AT_LIST,
            f"{_per(list_price, unit)} is your list price: accept.",
        )
    vendor_bids = [o for o in s.offers if o.side is Side.VENDOR]
    customer_bids = [o for o in s.offers if o.side is Side.CUSTOMER]
    standing = min(vendor_bids[-1].amount_paise, list_price) if vendor_bids else list_price
    standing = max(standing, floor)
    if offer >= standing:
        return hint(
            HintAction.ACCEPT,
            offer,
            HintReason.MEETS_ASK,
            f"{_per(offer, unit)} meets your price: accept.",
        )
    previous = customer_bids[-2] if len(customer_bids) >= 2 else None
    same_quantity = previous is not None and (previous.quantity or quantity) == quantity
    if previous is not None and same_quantity and offer < previous.amount_paise:
        return hint(
            HintAction.HOLD,
            standing,
            HintReason.CUSTOMER_WENT_DOWN,
            f"They lowered their offer from {rupees(previous.amount_paise)} to "
            f"{rupees(offer)}: hold at {_per(standing, unit)}.",
        )
    step = price_step(list_price, floor)
    margin = max(step, _round_to(list_price * _CLOSE[stock], 1))
    if offer >= floor and standing - offer <= margin:
        return hint(
            HintAction.ACCEPT,
            offer,
            HintReason.CLOSE_ENOUGH,
            f"{_per(offer, unit)} is within {rupees(standing - offer)} of your price and "
            "above your floor: accept.",
        )
    if standing <= floor:
        return hint(
            HintAction.HOLD,
            floor,
            HintReason.AT_FLOOR,
            f"{_per(offer, unit)} is below your floor and you are at {rupees(floor)}: hold.",
        )
    repeated = previous is not None and same_quantity and offer == previous.amount_paise
    share = _CONCEDE[stock] * _DECAY ** (len(vendor_bids) + s.earlier_vendor_offers)
    if repeated:
        share /= 2
    gap = standing - max(offer, floor)
    counter = _round_to(standing - gap * share, step)
    if not repeated:
        # A move deserves a move: at least down to the next step below the price.
        counter = min(counter, (standing - 1) // step * step)
    counter = min(max(counter, floor), standing)
    if counter <= offer:
        return hint(
            HintAction.ACCEPT,
            offer,
            HintReason.CLOSE_ENOUGH,
            f"{_per(offer, unit)} is as good as a counter would get: accept.",
        )
    if counter >= standing:
        return hint(
            HintAction.HOLD,
            standing,
            HintReason.NO_MOVEMENT,
            f"They repeated {rupees(offer)}: hold at {_per(standing, unit)}.",
        )
    if offer < floor:
        code = HintReason.BELOW_FLOOR
        reason = f"{_per(offer, unit)} is below your floor; counter at {_per(counter, unit)}."
    elif stock is Scarcity.SCARCE:
        code = HintReason.SCARCE_STOCK
        reason = f"Only {s.stock_left} {unit} left: give little, counter at {_per(counter, unit)}."
    else:
        code = HintReason.MEET_PARTWAY
        reason = (
            f"Meet them partway: counter at {_per(counter, unit)} (they offered {rupees(offer)})."
        )
    return hint(HintAction.COUNTER, counter, code, reason)
