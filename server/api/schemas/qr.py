"""QR codes: a stall's or a visit's code, and what joining by one answers."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, Field

from server.api.schemas.auth import UserOut
from server.api.schemas.fields import Id, Name, Quantity, SpokenLanguage, Strict
from server.api.schemas.negotiations import NegotiationOut


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


class QRJoinOut(BaseModel):
    user: UserOut
    token: str
    vendor: VendorOut
    negotiation: NegotiationOut | None = None
