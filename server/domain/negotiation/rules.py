"""The state machine and the rules every move checks: the transition table and its
refusals in words, the deal-size limits, which side an actor is, and a product still on
sale."""

from __future__ import annotations

from datetime import datetime

from models import Negotiation, NegotiationStatus, Product, Side
from server.domain.context import Actor
from server.domain.errors import (
    DomainError,
    Forbidden,
    IllegalTransition,
    NegotiationExpired,
    OutOfStock,
    ProductWithdrawn,
    TotalTooLarge,
    TotalTooSmall,
)

S = NegotiationStatus

TRANSITIONS: dict[NegotiationStatus, frozenset[NegotiationStatus]] = {
    S.OPEN: frozenset({S.COUNTERED, S.ACCEPTED, S.REJECTED, S.EXPIRED, S.CANCELLED}),
    S.COUNTERED: frozenset({S.COUNTERED, S.ACCEPTED, S.REJECTED, S.EXPIRED, S.CANCELLED}),
    S.ACCEPTED: frozenset({S.LOCKED, S.EXPIRED, S.CANCELLED}),
    S.LOCKED: frozenset({S.COMPLETED, S.EXPIRED}),
    S.COMPLETED: frozenset(),
    S.REJECTED: frozenset(),
    S.EXPIRED: frozenset(),
    S.CANCELLED: frozenset(),
}
"""Every legal move. Anything not listed raises `IllegalTransition`."""

ACTIVE = frozenset({S.OPEN, S.COUNTERED})
"""States in which offers can still be made."""

CUSTOMER_GONE = "This customer's account has been closed; nothing more can be agreed with them."
"""Why a move in a negotiation whose customer was deactivated is refused (`CustomerGone`)."""

MAX_QUANTITY = 100_000
"""The most units one negotiation can be about."""
MAX_DEAL_PAISE = 1_000_000_000
"""₹1 crore: the largest price or order total a negotiation can reach. The money columns
are 32-bit, and a deal above this at a stall is a slip of the tongue, not a sale."""
MIN_TOTAL_PAISE = 100
"""₹1: the smallest amount Razorpay takes for an order or a payment link ("The amount
must be at least INR 1.00"). A deal whose total is below it could be agreed but never
paid online; `payment_min_total_paise` (settings) passes the gateway's minimum in."""
MAX_TOTAL_PAISE = 50_000_000
"""₹5,00,000: the most Razorpay takes for one order or payment link on an account whose
maximum was not raised ("Amount exceeds maximum amount allowed."). A deal above it could
be agreed, its stock held, and never paid; `payment_max_total_paise` (settings) passes
the account's maximum in."""


def check_deal_size(
    amount_paise: int, quantity: int, error: type[DomainError], *, list_price: bool = False
) -> None:
    """A price and quantity the order can hold, or `error` saying what is allowed
    (`list_price`: the amount is the product's list price, which nobody offered)."""
    if quantity > MAX_QUANTITY:
        raise error(f"A negotiation is for at most {indian(MAX_QUANTITY)} units.")
    if amount_paise > MAX_DEAL_PAISE or amount_paise * quantity > MAX_DEAL_PAISE:
        if list_price:
            raise error(
                f"{quantity} at the list price of {rupees(amount_paise)} would come to more "
                f"than {rupees(MAX_DEAL_PAISE)}, the most one negotiation can be for; "
                "ask for fewer."
            )
        raise error(
            f"{rupees(amount_paise)} for {quantity} makes a deal above "
            f"{rupees(MAX_DEAL_PAISE)}, the most one negotiation can be for."
        )


def check_total_payable(
    amount_paise: int,
    quantity: int,
    min_total_paise: int,
    max_total_paise: int = MAX_TOTAL_PAISE,
) -> None:
    """A deal's total the payment gateway can take: below its minimum or above its
    maximum an order could be made but never paid, so such a price is refused as it is
    offered or accepted."""
    total = amount_paise * quantity
    if total < min_total_paise:
        raise TotalTooSmall(
            f"The total must be at least {rupees(min_total_paise)}: {rupees(amount_paise)} "
            f"for {quantity} is {rupees(total)}, too little to pay online. "
            "Offer more, or buy more.",
            min_total_paise=min_total_paise,
            total_paise=total,
        )
    if total > max_total_paise:
        raise TotalTooLarge(
            f"The total can be at most {rupees(max_total_paise)}: {rupees(amount_paise)} "
            f"for {quantity} is {rupees(total)}, more than can be paid online in one "
            "order. Offer less, or buy fewer.",
            max_total_paise=max_total_paise,
            total_paise=total,
        )


_WHY_NOT: dict[NegotiationStatus, str] = {
    S.ACCEPTED: "an offer was already accepted and an order is waiting for payment",
    S.LOCKED: "the deal is locked while payment is in progress",
    S.COMPLETED: "the deal is done and paid",
    S.REJECTED: "it was rejected",
    S.EXPIRED: "it expired",
    S.CANCELLED: "it was cancelled",
    S.OPEN: "no offer has been accepted yet",
    S.COUNTERED: "no offer has been accepted yet",
}

_VERB: dict[NegotiationStatus, str] = {
    S.COUNTERED: "take a counter-offer",
    S.ACCEPTED: "be accepted",
    S.LOCKED: "be locked for payment",
    S.COMPLETED: "be completed",
    S.REJECTED: "be rejected",
    S.EXPIRED: "expire",
    S.CANCELLED: "be cancelled",
    S.OPEN: "reopen",
}


def can_transition(current: NegotiationStatus, target: NegotiationStatus) -> bool:
    return target in TRANSITIONS[current]


def check_transition(current: NegotiationStatus, target: NegotiationStatus) -> None:
    if not can_transition(current, target):
        raise IllegalTransition(
            f"This negotiation cannot {_VERB[target]}: {_WHY_NOT[current]} "
            f"(state {current.value}).",
            state=current.value,
            target=target.value,
        )


def indian(n: int) -> str:
    """Digits grouped the Indian way: 1,250; 1,25,000; 1,00,00,000."""
    s = str(n)
    head, tail = s[:-3], s[-3:]
    groups: list[str] = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    return ",".join([g for g in (head, *groups) if g] + [tail])


def rupees(paise: int) -> str:
    """₹45, ₹40.50, ₹1,250, ₹1,00,00,000: as the pages and a shop's bill write it."""
    whole, part = divmod(paise, 100)
    return f"₹{indian(whole)}" if part == 0 else f"₹{indian(whole)}.{part:02d}"


def side_of(negotiation: Negotiation, actor: Actor) -> Side:
    if actor.user_id is not None:
        if actor.user_id == negotiation.customer_id:
            return Side.CUSTOMER
        if actor.user_id == negotiation.vendor_id:
            return Side.VENDOR
    raise Forbidden("You are not a party to this negotiation.")


def _check_on_sale(product: Product) -> None:
    if not product.is_active:
        raise ProductWithdrawn(
            f"The vendor has taken {product.name_in('en')} off sale; this deal cannot go on.",
            product_id=product.id,
        )


def check_stock(product: Product, quantity: int) -> None:
    """A quantity asked for (opening, or a bid that changes it) must be in stock now; the
    sale takes the stock only at the accept, which checks again."""
    if product.stock < quantity:
        name = product.name_in("en")
        raise OutOfStock(
            f"Only {product.stock} {product.unit} left of {name}; ask for that many or fewer."
            if product.stock > 0
            else f"Sorry, {name} is sold out.",
            stock=product.stock,
            unit=product.unit,
        )


def _check_not_idle(negotiation: Negotiation, now: datetime) -> None:
    if negotiation.status in ACTIVE and negotiation.expires_at <= now:
        raise NegotiationExpired(
            "This negotiation expired after a quiet spell; start a new one.",
            state=S.EXPIRED.value,
        )
