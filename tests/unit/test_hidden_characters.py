"""Names, units and reasons are shown to someone else as written: characters that draw
nothing and are no joiner (tag characters outside an emoji flag, noncharacters,
unassigned code points, invisible format characters) would let two stalls or guests look
the same while differing, and a reason of blank glyphs says nothing."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import TypeAdapter, ValidationError

from server.api.payment_schemas import RefundIn
from server.api.schemas.fields import BusinessName, Name, ProductName, Unit
from server.api.schemas.negotiations import ReasonIn

FIELDS: list[Any] = [Name, BusinessName, ProductName, Unit]

HIDDEN = [
    "Ab\U000e0041\U000e0042",  # tag letters, no emoji before them
    "Ab\ufffe",  # a noncharacter
    "Ab\ufdd0",  # a noncharacter
    "Ab\U000e0fff",  # unassigned
    "A\ufeffb",  # byte-order mark inside
    "A\u180eb",  # Mongolian vowel separator
    "A\u200bb",  # zero-width space
    "A\u2060b",  # word joiner
    "A\u2063b",  # invisible separator
    "A\u00adb",  # soft hyphen
]

SHOWN = [
    "Ramu",
    "क्‍ष",  # ZWJ inside Devanagari
    "ന്‍",  # ZWJ making a Malayalam chillu
    "रा\u200cम",  # ZWNJ
    "👩\u200d👩\u200d👧",  # an emoji ZWJ sequence
    "🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f",  # a subdivision flag
    "١٢ kg",
]


@pytest.mark.parametrize("field", FIELDS, ids=["name", "business", "product", "unit"])
@pytest.mark.parametrize("text", HIDDEN)
def test_a_name_or_unit_with_a_hidden_character_is_refused(field: Any, text: str) -> None:
    with pytest.raises(ValidationError, match="draws nothing"):
        TypeAdapter(field).validate_python(text)


@pytest.mark.parametrize("field", FIELDS, ids=["name", "business", "product", "unit"])
@pytest.mark.parametrize("text", SHOWN)
def test_joiners_flags_and_every_script_are_kept(field: Any, text: str) -> None:
    assert TypeAdapter(field).validate_python(text) == text


def test_a_flag_tag_run_must_end_as_a_flag_does() -> None:
    for text in ("🏴\U000e0067\U000e0062", "A\U000e007f", "A\U000e0067\U000e007f"):
        with pytest.raises(ValidationError, match="draws nothing"):
            TypeAdapter(Name).validate_python(text)


@pytest.mark.parametrize("blank", ["\u3164\u3164", "\u200b", "\u2800 \u3164", "\u0301"])
def test_a_reason_must_show_something(blank: str) -> None:
    with pytest.raises(ValidationError, match="show something"):
        ReasonIn.model_validate({"reason": blank})
    with pytest.raises(ValidationError, match="show something"):
        RefundIn.model_validate({"order_id": 1, "reason": blank})
    assert ReasonIn.model_validate({"reason": "too costly"}).reason == "too costly"
    assert ReasonIn.model_validate({}).reason is None
