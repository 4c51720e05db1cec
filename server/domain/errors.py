"""Typed domain errors. Each says, in a sentence a person can act on, what went wrong.

The edge (`server/api/errors.py`) maps each class to an HTTP status in one place.
"""

from __future__ import annotations

from typing import Any

TYPED_SHOWN = 60
"""How many characters of what an operator typed an error message shows."""


def as_typed(value: str, limit: int = TYPED_SHOWN) -> str:
    """What an operator typed, for a message on their terminal: quoted, with control
    characters (a terminal's escape sequences, line breaks) and other invisible ones
    escaped (Python's `repr`), and shortened past `limit` characters, its length said."""
    if len(value) <= limit:
        return repr(value)
    return f"{value[:limit]!r}… ({len(value):,} characters)"


class DomainError(Exception):
    code = "domain_error"

    def __init__(self, message: str, **detail: Any) -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail


class NotFound(DomainError):
    code = "not_found"


class Forbidden(DomainError):
    """The actor is not a party to this thing, or has the wrong role."""

    code = "forbidden"


class InvalidCredentials(DomainError):
    code = "invalid_credentials"


class Conflict(DomainError):
    code = "conflict"


class AlreadyRegistered(Conflict):
    code = "already_registered"


class IllegalTransition(Conflict):
    code = "illegal_transition"


class NotYourTurn(Conflict):
    """An accept with no offer of the other side's to take: none made yet, or the latest
    offer is the accepter's own. (Offers need not alternate: a side may always make a
    new one, which supersedes its last.)"""

    code = "not_your_turn"


class ConcurrentUpdate(Conflict):
    """Someone else changed the row between our read and our compare-and-set write."""

    code = "concurrent_update"


class OutOfStock(Conflict):
    code = "out_of_stock"


class ProductChanged(Conflict):
    """A product edit that sets the stock was based on a stock that has moved on since
    (a sale, a lapsed reservation, another device's edit): nothing of the edit is saved;
    the detail carries the current product so the caller can show it and ask again."""

    code = "product_changed"


class ProductWithdrawn(Conflict):
    """The vendor took the product off sale while it was being haggled over."""

    code = "product_withdrawn"


class NegotiationExpired(Conflict):
    code = "negotiation_expired"


class TooManyOpen(Conflict):
    """A shopper already has as many deals open at this stall as one may: one must end
    (accepted, left or expired) before another starts."""

    code = "too_many_open"


class BelowFloorNeedsConfirmation(Conflict):
    """A vendor is about to sell below their own floor price and has not confirmed."""

    code = "below_floor_needs_confirmation"


class InvalidOffer(DomainError):
    code = "invalid_offer"


class TotalTooSmall(InvalidOffer):
    """A price whose deal total is below what the payment gateway can take."""

    code = "total_too_small"


class TotalTooLarge(InvalidOffer):
    """A price whose deal total is above the most the payment gateway takes for one order."""

    code = "total_too_large"


class GuestNotRenewable(DomainError):
    """A guest's lapsed sign-in that cannot be renewed (renewed already, or the guest was
    deactivated): the shopper starts again from the stall's QR code."""

    code = "visit_ended"


class NameTaken(Conflict):
    """Another product of the same stall has a name that looks the same."""

    code = "name_taken"


class InvalidInput(DomainError):
    code = "invalid_input"


class QRTokenInvalid(DomainError):
    code = "qr_invalid"


class QRTokenExpired(DomainError):
    code = "qr_expired"


class QRTokenWithdrawn(QRTokenExpired):
    """The vendor withdrew the code: gone, like an expired one."""

    code = "qr_withdrawn"


class CustomerGone(DomainError):
    """The customer of a negotiation has been deactivated: nothing more is agreed with
    them (no counter-offer, no deal), as nothing is sold at a closed stall."""

    code = "customer_gone"


class QRTokenUsed(DomainError):
    code = "qr_used"


class StallClosed(DomainError):
    """The vendor behind a QR code or product has been deactivated: nothing is sold there."""

    code = "stall_closed"


class OutcomeUnknown(DomainError):
    """The move was sent to the database but its commit was not answered in time (or the
    connection broke during it): it may or may not have been saved. The server checks in
    the background and tells the negotiation's room what was saved, if anything; the
    caller re-reads before trying again (a new offer would supersede the first)."""

    code = "outcome_unknown"
