"""The enumerations stored in the database (as strings, on both databases)."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    VENDOR = "vendor"
    CUSTOMER = "customer"
    GUEST = "guest"


class Side(StrEnum):
    """Which side of a negotiation a bid or an actor is on."""

    CUSTOMER = "customer"
    VENDOR = "vendor"

    @property
    def other(self) -> Side:
        return Side.VENDOR if self is Side.CUSTOMER else Side.CUSTOMER


class NegotiationStatus(StrEnum):
    OPEN = "OPEN"
    COUNTERED = "COUNTERED"
    ACCEPTED = "ACCEPTED"
    LOCKED = "LOCKED"
    COMPLETED = "COMPLETED"
    REJECTED = "REJECTED"
    EXPIRED = "EXPIRED"
    CANCELLED = "CANCELLED"


class BidSource(StrEnum):
    TEXT = "text"
    VOICE = "voice"
    BUTTON = "button"


class OrderStatus(StrEnum):
    PENDING_PAYMENT = "pending_payment"
    PAID = "paid"
    CANCELLED = "cancelled"
    EXPIRED = "expired"


class ReservationStatus(StrEnum):
    HELD = "held"
    CONSUMED = "consumed"
    RELEASED = "released"


class QRKind(StrEnum):
    STALL = "stall"
    VISIT = "visit"
