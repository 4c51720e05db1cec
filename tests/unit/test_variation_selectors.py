"""A variation selector only changes how the character before it is drawn when that
character has variants (an emoji's text or emoji style, a keycap digit, an ideograph's
registered forms). After a letter, at the start, or after another selector it draws
nothing, so "Ramu" and "Ramu" + U+FE0F would be two names that look the same."""

from __future__ import annotations

import sys
import unicodedata
from typing import Any

import icu
import pytest
from pydantic import TypeAdapter, ValidationError

from server.api.schemas.fields import BusinessName, Name, ProductName, Unit

FIELDS: list[Any] = [Name, BusinessName, ProductName, Unit]
VS15, VS16 = "\ufe0e", "\ufe0f"

REFUSED = [
    "Ramu" + VS16 * 3,
    "Ramu" + VS16,
    VS16 + "Ramu",
    "राम" + VS16,  # after a Devanagari letter
    "முருகன்" + VS15,  # after a Tamil sign
    "Tea\ufe00",  # VS1 after a Latin letter
    "Tea\U000e0100",  # VS17 after a Latin letter
    "\u2764" + VS16 + VS16,  # a second selector in a row
    "\u845b\U000e0100\U000e0101",  # an ideograph's variant, then one more
]

KEPT = [
    "\u2764" + VS16 + " Tea",  # a heart, emoji style
    "Stall 1" + VS16 + "\u20e3",  # a keycap
    "\u2615" + VS15,  # hot beverage, text style
    "\u00a9" + VS16 + " Meena",
    "\u845b\U000e0100 Shop",  # an ideographic variation sequence
]


@pytest.mark.parametrize("field", FIELDS, ids=["name", "business", "product", "unit"])
@pytest.mark.parametrize("text", REFUSED)
def test_a_selector_that_selects_nothing_is_refused(field: Any, text: str) -> None:
    with pytest.raises(ValidationError, match="draws nothing"):
        TypeAdapter(field).validate_python(text)


@pytest.mark.parametrize("field", FIELDS, ids=["name", "business", "product", "unit"])
@pytest.mark.parametrize("text", KEPT)
def test_a_selector_that_selects_a_variant_is_kept(field: Any, text: str) -> None:
    assert TypeAdapter(field).validate_python(text) == text


def _points(prop: Any) -> list[str]:
    found = icu.UnicodeSet()
    found.applyIntPropertyValue(prop, 1)
    return [chr(p) for p in range(sys.maxunicode + 1) if found.contains(chr(p))]


def test_against_icu_every_emoji_takes_the_emoji_selector_and_no_letter_does() -> None:
    """ICU's Emoji property (an independent reference): every emoji may be followed by
    VS16; no other alphabetic letter of any script may."""
    adapter = TypeAdapter(Name)
    # (Emoji newer than Python's Unicode tables are unassigned here, refused as such.)
    emoji = [c for c in _points(icu.UProperty.EMOJI) if unicodedata.category(c) != "Cn"]
    assert len(emoji) > 1000
    for c in emoji:
        if c in "#*" or c.isdigit():
            text = f"A{c}{VS16}\u20e3"
        elif 0x1F1E6 <= ord(c) <= 0x1F1FF or 0x1F3FB <= ord(c) <= 0x1F3FF:
            continue  # regional indicators and skin tones modify, they take no selector
        else:
            text = f"A {c}{VS16}"
        assert adapter.validate_python(text) == text, f"U+{ord(c):04X}"
    letters = [c for c in _points(icu.UProperty.ALPHABETIC) if c.isalpha()][::97]
    for c in letters:
        if icu.Char.hasBinaryProperty(c, icu.UProperty.IDEOGRAPHIC) or c in emoji:
            continue
        with pytest.raises(ValidationError, match="draws nothing"):
            adapter.validate_python(f"A{c}{VS16}")
