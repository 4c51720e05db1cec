"""SQLAlchemy 2.0 tables, one module per aggregate. Importing this registers them all."""

from models.audit import AuditEntry
from models.base import Base, utcnow
from models.catalog import Product
from models.enums import (
    BidSource,
    NegotiationStatus,
    OrderStatus,
    QRKind,
    ReservationStatus,
    Role,
    Side,
)
from models.negotiation import Bid, Negotiation
from models.orders import Order, StockReservation
from models.payments import (
    Checkout,
    CheckoutKind,
    CheckoutStatus,
    IdempotencyKey,
    IdempotencyState,
    Payment,
    PaymentAllocation,
    PaymentStatus,
    Refund,
    RefundKind,
    RefundStatus,
    WebhookEvent,
    WebhookStatus,
)
from models.qr import QRSession
from models.telephony import CallEvent
from models.users import User, VendorProfile, VoiceProfile

__all__ = [
    "AuditEntry",
    "Base",
    "Bid",
    "BidSource",
    "CallEvent",
    "Checkout",
    "CheckoutKind",
    "CheckoutStatus",
    "IdempotencyKey",
    "IdempotencyState",
    "Negotiation",
    "NegotiationStatus",
    "Order",
    "OrderStatus",
    "Payment",
    "PaymentAllocation",
    "PaymentStatus",
    "Product",
    "QRKind",
    "QRSession",
    "Refund",
    "RefundKind",
    "RefundStatus",
    "ReservationStatus",
    "Role",
    "Side",
    "StockReservation",
    "User",
    "VendorProfile",
    "VoiceProfile",
    "WebhookEvent",
    "WebhookStatus",
    "utcnow",
]
