"""The field types and base models every area's wire shapes are built from."""

from __future__ import annotations

import re
import unicodedata
from typing import Annotated, Self

from fastapi import Path
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
)

from server.api.text import reads_as_written, shows_as_written, storable
from server.domain.languages import LANGUAGE_CODE, check_readable, check_spoken, visible

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
PathId = Annotated[int, Path(ge=1, le=MAX_ID), Digits]
MAX_PAISE = 10_000_000_00
Paise = Annotated[int, Field(gt=0, le=MAX_PAISE, strict=True)]
Quantity = Annotated[int, Field(gt=0, le=100_000, strict=True)]
_PHONE_MARKS = frozenset("-.()/\u2010\u2011\u2012\u2013\u2014\u2212")
"""What people write between a phone number's digits, besides spaces: dashes, dots,
brackets, a slash."""
_NOT_A_PHONE = (
    "must be a phone number: 8 to 15 digits, with a + before a country code if you like "
    "and spaces or dashes between them (e.g. +91 98765 43210)"
)


def phone_number(value: str) -> str:
    """A phone number as people write it, in digits of any script India writes (`+91
    98765 43210`, `98765-43210`, `(0) 98765 43210`, `+९१ ९८७६५ ४३२१०`): its digits in
    ASCII, after a `+` if it began with one; the domain makes it E.164
    (`accounts.canonical_phone`). Anything else is refused in plain words."""
    plus = False
    digits: list[str] = []
    for c in unicodedata.normalize("NFKC", value):
        if unicodedata.category(c) == "Nd":
            digits.append(str(unicodedata.digit(c)))
        elif c == "+" and not (plus or digits):
            plus = True
        elif not (c in _PHONE_MARKS or unicodedata.category(c) == "Zs"):
            raise ValueError(_NOT_A_PHONE)
    if not 8 <= len(digits) <= 15:
        raise ValueError(_NOT_A_PHONE)
    return ("+" if plus else "") + "".join(digits)


Phone = Annotated[
    str,
    StringConstraints(max_length=40),
    AfterValidator(phone_number),
    Field(examples=["+91 98765 43210"]),
]
"""8 to 15 digits (of any script), a leading `+`, spaces, dashes, dots or brackets."""
Language = Annotated[str, StringConstraints(pattern=LANGUAGE_CODE)]
SpokenLanguage = Annotated[str, AfterValidator(check_spoken)]
"""A participant's language: one of the ten the product hears and speaks."""

ReaderLanguage = Annotated[str, AfterValidator(check_readable)]
"""A reader's language for product names: one of the ten spoken here, or another whose
script names may be written in (`server.domain.languages.LANGUAGES`: or, as, ur)."""


def shown(value: str) -> str:
    """`value` without surrounding spaces; refused when it shows nothing (only spaces,
    zero-width or direction characters), as product names are."""
    value = value.strip()
    if not visible(value):
        raise ValueError("must show something: not only spaces or invisible characters")
    return value


def one_line(value: str) -> str:
    """`shown(value)`, refused also when it holds a line break (a control character, or
    Unicode's line and paragraph separators), another control character (a terminal's
    escape sequence) or a text-direction control. Names of products and of people, and
    units, are shown on consoles, flyers and in logs, and spoken: one line, read as
    written, with no character that draws nothing (`shows_as_written`)."""
    value = shown(value)
    if any(unicodedata.category(c) in ("Cc", "Zl", "Zp") for c in value):
        raise ValueError("must be one line: no line breaks or control characters")
    return shows_as_written(reads_as_written(value))


Name = Annotated[
    str, StringConstraints(max_length=120), AfterValidator(storable), AfterValidator(one_line)
]
"""A person's name (a user's, a QR guest's): one line, as product names are."""
ProductName = Annotated[
    str,
    StringConstraints(min_length=1, max_length=120),
    AfterValidator(storable),
    AfterValidator(one_line),
]
Unit = Annotated[
    str,
    StringConstraints(min_length=1, max_length=16),
    AfterValidator(storable),
    AfterValidator(one_line),
]
"""A unit a listener hears ("kg", "dozen", "गड्डी"); outer spaces go."""
BusinessName = Annotated[
    str, StringConstraints(max_length=160), AfterValidator(storable), AfterValidator(one_line)
]


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
