"""Negotiations, their bids, the vendor's hint, and the order an accepted one becomes."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import AfterValidator, BaseModel, Field, StrictBool, StringConstraints

from audio.vendor_phrases import hint_text
from models import Bid, BidSource, Negotiation, NegotiationStatus, OrderStatus, Side
from server.api.schemas.fields import Id, Paise, Quantity, RowOut, Strict
from server.api.text import reads_as_written, shows_something, storable
from server.domain.assistant import Hint, HintAction, HintReason


class BidOut(RowOut):
    id: int
    seq: int
    side: Side
    bidder_id: int
    amount_paise: int
    quantity: int
    source: BidSource
    transcript: str | None
    language: str | None
    utterance_id: str | None
    capped: bool
    created_at: datetime


class OfferOut(BaseModel):
    side: Side
    amount_paise: int


class EndReasonOut(BaseModel):
    """Why a side turned the deal down or withdrew, as it typed it (a reject's or a
    cancel's `reason`), for the other side to read."""

    text: str
    language: str | None = Field(
        description="The language of the account that typed it, as far as known (the "
        "words may be in another, as typed)."
    )
    side: Side = Field(description="The side that gave it.")


class HintOut(BaseModel):
    """The negotiation assistant's suggestion for answering the customer's latest offer.

    Vendor only: it is computed from the private floor price."""

    action: HintAction
    amount_paise: int | None = Field(
        description="accept: the offer; counter: the suggested price per unit; hold: the "
        "price to stand by (null when holding for lack of stock). Never below the floor "
        "price, never above the list price."
    )
    reason_code: HintReason
    reason: str = Field(description="One line, in English.")
    text: str | None = Field(
        default=None, description="The hint in the language asked for (`language`), if any."
    )
    language: str | None = None
    bid_seq: int = Field(description="The customer bid this hint answers.")

    @classmethod
    def of(cls, hint: Hint, *, bid_seq: int, language: str | None = None) -> HintOut:
        text = None
        if language is not None:
            text = hint_text(
                hint.reason_code.value, language, amount_paise=hint.amount_paise, unit=hint.unit
            )
        return cls(
            action=hint.action,
            amount_paise=hint.amount_paise,
            reason_code=hint.reason_code,
            reason=hint.reason,
            text=text,
            language=language,
            bid_seq=bid_seq,
        )


class NegotiationOut(BaseModel):
    id: int
    product_id: int
    customer_id: int
    vendor_id: int
    quantity: int
    status: NegotiationStatus
    bid_count: int
    latest_offer: OfferOut | None
    expires_at: datetime
    created_at: datetime
    updated_at: datetime
    bids: list[BidOut] | None = Field(
        default=None,
        description="On a single negotiation's read: its latest bids, oldest first (older "
        "ones: `GET /api/negotiations/{id}/bids?before=<first seq here>`). Absent in lists.",
    )
    hint: HintOut | None = Field(
        default=None,
        description="Vendor only, when the latest bid is the customer's: the negotiation "
        "assistant's suggestion. Never sent to the customer.",
    )
    end_reason: EndReasonOut | None = Field(
        default=None,
        description="A rejected or cancelled negotiation: the reason its side gave, if "
        "any; null otherwise.",
    )
    customer_name: str | None = Field(
        default=None,
        description="Vendor only: the name the shopper gave (at sign-up, or when joining "
        "at the stall), so the vendor can tell one shopper's deal from another's. Nothing "
        "else about the shopper is shown; absent on the shopper's own reads.",
    )

    @classmethod
    def of(
        cls, n: Negotiation, bids: list[Bid] | None = None, *, customer_name: str | None = None
    ) -> NegotiationOut:
        offer = None
        if n.last_bid_side is not None and n.last_bid_amount_paise is not None:
            offer = OfferOut(side=n.last_bid_side, amount_paise=n.last_bid_amount_paise)
        return cls(
            id=n.id,
            product_id=n.product_id,
            customer_id=n.customer_id,
            vendor_id=n.vendor_id,
            quantity=n.quantity,
            status=n.status,
            bid_count=n.bid_count,
            latest_offer=offer,
            expires_at=n.expires_at,
            created_at=n.created_at,
            updated_at=n.updated_at,
            bids=[BidOut.of(b) for b in bids] if bids is not None else None,
            end_reason=(
                EndReasonOut(text=n.end_reason, language=n.end_reason_language, side=n.ended_by)
                if n.end_reason and n.ended_by is not None
                else None
            ),
            customer_name=customer_name,
        )


class NegotiationOpenIn(Strict):
    product_id: Id
    quantity: Quantity = 1
    amount_paise: Paise | None = None
    """An opening offer, per unit, placed in the same transaction."""


class BidIn(Strict):
    amount_paise: Paise
    """Per unit, positive like every amount of money: zero and below are a
    `validation_error` naming the field, as when opening a negotiation."""
    quantity: Quantity | None = None
    confirm_below_floor: StrictBool = False


class BidResultOut(BaseModel):
    bid: BidOut
    negotiation: NegotiationOut
    capped: bool
    note: str | None


class AcceptIn(Strict):
    confirm_below_floor: StrictBool = False
    expected_seq: Annotated[int, Field(ge=0, le=2**31 - 1, strict=True)] | None = None


class ReasonIn(Strict):
    reason: (
        Annotated[
            str,
            StringConstraints(max_length=500),
            AfterValidator(storable),
            AfterValidator(reads_as_written),
            AfterValidator(shows_something),
        ]
        | None
    ) = None


class OrderOut(RowOut):
    id: int
    negotiation_id: int
    customer_id: int
    vendor_id: int
    product_id: int
    quantity: int
    unit_price_paise: int
    total_paise: int
    currency: str
    status: OrderStatus
    paid_at: datetime | None
    created_at: datetime


class AcceptOut(BaseModel):
    order: OrderOut
    negotiation: NegotiationOut
    below_floor: bool | None = Field(
        default=None,
        description="Vendor only: the price is below the vendor's floor price. Never sent "
        "to the customer (it would tell them where the floor is).",
    )
