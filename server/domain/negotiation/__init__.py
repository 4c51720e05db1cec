"""Negotiations: open, offer and counter (a side may offer again before the other
answers: its newest offer supersedes the last), accept into an order, or end.

States and the moves between them are an enum plus the table in `rules`; every move is a
compare-and-set on `negotiations.version`, so two racing requests can never both win.
Accepting creates the order and reserves stock in the caller's transaction: the stock
update is itself guarded (`stock >= quantity`), so stock never goes negative.

One concern per module: `rules` (the table, limits and checks), `moves` (the audited
compare-and-set), `opening`, `bids`, `closing` (accept, reject, cancel), `orders` (lock,
complete, release), `expiry` and `views` (reads).
"""

from server.domain.negotiation.bids import BidOutcome, place_bid
from server.domain.negotiation.closing import (
    AcceptOutcome,
    accept_offer,
    cancel_negotiation,
    reject_negotiation,
)
from server.domain.negotiation.expiry import (
    expire_idle,
    release_for_closed_account,
    release_unpaid,
)
from server.domain.negotiation.opening import open_negotiation
from server.domain.negotiation.orders import complete_payment, lock_for_payment
from server.domain.negotiation.rules import (
    ACTIVE,
    MAX_DEAL_PAISE,
    MAX_QUANTITY,
    MAX_TOTAL_PAISE,
    MIN_TOTAL_PAISE,
    TRANSITIONS,
    can_transition,
    check_deal_size,
    check_transition,
    rupees,
    side_of,
)
from server.domain.negotiation.views import (
    get_negotiation,
    get_order,
    list_bids,
    list_negotiations,
    list_orders,
    shopper_names,
    side_in,
)

__all__ = [
    "ACTIVE",
    "MAX_DEAL_PAISE",
    "MAX_QUANTITY",
    "MAX_TOTAL_PAISE",
    "MIN_TOTAL_PAISE",
    "TRANSITIONS",
    "AcceptOutcome",
    "BidOutcome",
    "accept_offer",
    "can_transition",
    "cancel_negotiation",
    "check_deal_size",
    "check_transition",
    "complete_payment",
    "expire_idle",
    "get_negotiation",
    "get_order",
    "list_bids",
    "list_negotiations",
    "list_orders",
    "lock_for_payment",
    "open_negotiation",
    "place_bid",
    "reject_negotiation",
    "release_for_closed_account",
    "release_unpaid",
    "rupees",
    "shopper_names",
    "side_in",
    "side_of",
]
