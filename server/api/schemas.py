"""Wire shapes. Money fields end in `_paise` and are integers."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Annotated, Literal, Self

from fastapi import Path
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    EmailStr,
    Field,
    StrictBool,
    StringConstraints,
    model_validator,
)

from audio.vendor_phrases import hint_text
from models import (
    Bid,
    BidSource,
    Negotiation,
    NegotiationStatus,
    OrderStatus,
    Product,
    Role,
    Side,
)
from server.api.text import StorableStr
from server.domain.assistant import Hint, HintAction, HintReason
from server.domain.languages import LANGUAGE_CODE, check_spoken, visible

MAX_ID = 2**63 - 1
"""Ids are 64-bit on PostgreSQL: anything larger can name nothing, so it is refused before
a query is built (a 422, never a database error)."""
Id = Annotated[int, Field(ge=1, le=MAX_ID, strict=True)]

_PLAIN_DIGITS = re.compile(r"0|[1-9][0-9]*")


def plain_digits(value: object) -> object:
    """A number in a path or query is written one way: ASCII digits with no sign, leading
    zero, space, fraction or other script's digits (`168`, not `+168`, `0168`, `168.0`,
    `168 ` or `١٦٨`). Anything else is refused (422), never read as a number."""
    if isinstance(value, str) and not _PLAIN_DIGITS.fullmatch(value):
        raise ValueError("must be written in plain digits 0-9 (no sign, leading zero or fraction)")
    return value


Digits = BeforeValidator(plain_digits)
"""Put in the `Annotated` of an `int` path or query parameter; OpenAPI still says integer."""
PathId = Annotated[int, Digits, Path(ge=1, le=MAX_ID)]
MAX_PAISE = 10_000_000_00
Paise = Annotated[int, Field(gt=0, le=MAX_PAISE, strict=True)]
Quantity = Annotated[int, Field(gt=0, le=100_000, strict=True)]
Phone = Annotated[str, StringConstraints(strip_whitespace=True, pattern=r"^\+?[0-9]{8,15}$")]
Language = Annotated[str, StringConstraints(pattern=LANGUAGE_CODE)]
SpokenLanguage = Annotated[str, AfterValidator(check_spoken)]
"""A participant's language: one of the ten the product hears and speaks."""


def shown(value: str) -> str:
    """`value` without surrounding spaces; refused when it shows nothing (only spaces,
    zero-width or direction characters), as product names are."""
    value = value.strip()
    if not visible(value):
        raise ValueError("must show something: not only spaces or invisible characters")
    return value


Name = Annotated[StorableStr, StringConstraints(max_length=120), AfterValidator(shown)]
BusinessName = Annotated[StorableStr, StringConstraints(max_length=160), AfterValidator(shown)]


class Strict(BaseModel):
    """A request body: unknown fields refused, and no coercion (`false` is not an id,
    `"1"` is not a number, `1` is not a boolean)."""

    model_config = ConfigDict(extra="forbid", strict=True)


class RowOut(BaseModel):
    """An answer that is one stored row: each field is read from the row's attribute of
    the same name (an enum's value where the field is a string)."""

    model_config = ConfigDict(from_attributes=True)

    @classmethod
    def of(cls, row: object) -> Self:
        return cls.model_validate(row)


class RegisterIn(Strict):
    name: Name
    phone: Phone | None = None
    email: EmailStr | None = None
    password: Annotated[str, Field(min_length=8, max_length=128)]
    role: Literal["vendor", "customer"]
    language: SpokenLanguage = "hi"
    business_name: BusinessName | None = None

    @model_validator(mode="after")
    def _contact(self) -> RegisterIn:
        if not self.phone and not self.email:
            raise ValueError("give a phone number or an email address")
        return self


class LoginIn(Strict):
    phone: Phone | None = None
    email: EmailStr | None = None
    password: Annotated[str, Field(min_length=1, max_length=128)]

    @model_validator(mode="after")
    def _contact(self) -> LoginIn:
        if not self.phone and not self.email:
            raise ValueError("give the phone number or email address you registered with")
        return self


class UserOut(RowOut):
    id: int
    role: Role
    name: str
    phone: str | None
    email: str | None
    language: str
    script: str
    created_at: datetime


class AuthOut(BaseModel):
    user: UserOut
    token: str


class TokenOut(BaseModel):
    token: str
    token_type: str = "bearer"  # noqa: S105 - the OAuth2 scheme name, not a secret
    expires_in: int


class ProductIn(Strict):
    names: dict[Language, Annotated[StorableStr, Field(min_length=1, max_length=120)]]
    unit: Annotated[StorableStr, Field(min_length=1, max_length=16)] = "kg"
    list_price_paise: Paise
    floor_price_paise: Paise | None = None
    stock: Annotated[int, Field(ge=0, le=10_000_000, strict=True)] = 0
    negotiable: StrictBool = True


class ProductPatch(Strict):
    names: dict[Language, Annotated[StorableStr, Field(min_length=1, max_length=120)]] | None = None
    unit: Annotated[StorableStr, Field(min_length=1, max_length=16)] | None = None
    list_price_paise: Paise | None = None
    floor_price_paise: Paise | None = None
    stock: Annotated[int, Field(ge=0, le=10_000_000, strict=True)] | None = None
    negotiable: StrictBool | None = None
    is_active: StrictBool | None = None


class ProductOut(BaseModel):
    id: int
    vendor_id: int
    names: dict[str, str]
    unit: str
    list_price_paise: int
    floor_price_paise: int | None = Field(
        default=None, description="Only shown to the vendor who owns the product."
    )
    stock: int
    negotiable: bool
    is_active: bool

    @classmethod
    def of(cls, product: Product, *, owner: bool) -> ProductOut:
        return cls(
            id=product.id,
            vendor_id=product.vendor_id,
            names=product.names,
            unit=product.unit,
            list_price_paise=product.list_price_paise,
            floor_price_paise=product.floor_price_paise if owner else None,
            stock=product.stock,
            negotiable=product.negotiable,
            is_active=product.is_active,
        )


class QRIn(Strict):
    kind: Literal["stall", "visit"] = "stall"
    ttl_seconds: Annotated[int, Field(ge=60, le=2 * 365 * 24 * 3600, strict=True)] | None = None
    product_id: Id | None = None


class QROut(BaseModel):
    token: str
    kind: str
    url: str
    png_url: str
    svg_url: str
    expires_at: datetime


class QRJoinIn(Strict):
    language: SpokenLanguage
    name: Name | None = None
    product_id: Id | None = None
    quantity: Quantity | None = None


class VendorOut(BaseModel):
    id: int
    business_name: str


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

    @classmethod
    def of(cls, n: Negotiation, bids: list[Bid] | None = None) -> NegotiationOut:
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
        )


class QRJoinOut(BaseModel):
    user: UserOut
    token: str
    vendor: VendorOut
    negotiation: NegotiationOut | None = None


class NegotiationOpenIn(Strict):
    product_id: Id
    quantity: Quantity = 1
    amount_paise: Paise | None = None
    """An opening offer, per unit, placed in the same transaction."""


class BidIn(Strict):
    amount_paise: Annotated[int, Field(le=MAX_PAISE, strict=True)]
    """Per unit; zero and below are refused by the negotiation rules with their reason."""
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
    reason: Annotated[StorableStr, Field(max_length=500)] | None = None


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
