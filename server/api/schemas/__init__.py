"""Wire shapes. Money fields end in `_paise` and are integers.

One module per area: `fields` (ids, paise, phone, languages, names; the `Strict` request
and `RowOut` answer bases), `auth`, `products`, `negotiations` (bids, hints, orders) and
`qr`. Payments' shapes are in `server.api.payment_schemas`.
"""

from server.api.schemas.auth import AuthOut, LoginIn, RegisterIn, TokenOut, UserOut
from server.api.schemas.fields import (
    MAX_ID,
    MAX_PAISE,
    BusinessName,
    Digits,
    Id,
    Language,
    Name,
    Paise,
    PathId,
    Phone,
    Quantity,
    ReaderLanguage,
    RowOut,
    SpokenLanguage,
    Strict,
    plain_digits,
    shown,
)
from server.api.schemas.negotiations import (
    AcceptIn,
    AcceptOut,
    BidIn,
    BidOut,
    BidResultOut,
    HintOut,
    NegotiationOpenIn,
    NegotiationOut,
    OfferOut,
    OrderOut,
    ReasonIn,
)
from server.api.schemas.products import ProductIn, ProductOut, ProductPatch
from server.api.schemas.qr import QRIn, QRJoinIn, QRJoinOut, QROut, VendorOut

__all__ = [
    "MAX_ID",
    "MAX_PAISE",
    "AcceptIn",
    "AcceptOut",
    "AuthOut",
    "BidIn",
    "BidOut",
    "BidResultOut",
    "BusinessName",
    "Digits",
    "HintOut",
    "Id",
    "Language",
    "LoginIn",
    "Name",
    "NegotiationOpenIn",
    "NegotiationOut",
    "OfferOut",
    "OrderOut",
    "Paise",
    "PathId",
    "Phone",
    "ProductIn",
    "ProductOut",
    "ProductPatch",
    "QRIn",
    "QRJoinIn",
    "QRJoinOut",
    "QROut",
    "Quantity",
    "ReaderLanguage",
    "ReasonIn",
    "RegisterIn",
    "RowOut",
    "SpokenLanguage",
    "Strict",
    "TokenOut",
    "UserOut",
    "VendorOut",
    "plain_digits",
    "shown",
]
