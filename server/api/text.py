"""Text a client may send: free of characters no database can store.

PostgreSQL refuses the NUL character (U+0000) in text, and no database can store a lone
surrogate (U+D800–U+DFFF, which a JSON `\\ud800` escape produces). Every string that a
request or a live message carries is checked here, so such text is refused as invalid
input (422, or `invalid_message` on a socket) before it reaches the database.
"""

from __future__ import annotations

import unicodedata
from typing import Annotated

from pydantic import AfterValidator

from server.domain.languages import bidi_control, visible


def storable(value: str) -> str:
    """`value` unchanged, or `ValueError` when it holds a NUL or a lone surrogate."""
    if "\x00" in value:
        raise ValueError("must not contain the NUL character (\\u0000)")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("must be valid Unicode text (no lone surrogate)") from None
    return value


def reads_as_written(value: str) -> str:
    """`value` unchanged, or `ValueError` when it holds a text-direction control (U+202E
    and its kin), which makes text shown to someone else read as something it is not: a
    typed "\u202e05" shows as "50" while ₹5 is what is understood; or a control character
    other than a line break or tab (a terminal's escape sequence, DEL), which can change
    how the rest shows. Every free-text field shown to the other side is checked with it:
    names, units, reasons (reject, cancel, refund) and typed words."""
    control = bidi_control(value)
    if control is not None:
        raise ValueError(
            f"holds a text-direction control ({control}), which can make it read as "
            "something else; remove it"
        )
    found = next((c for c in value if _control(c)), None)
    if found is not None:
        raise ValueError(
            f"holds a control character (U+{ord(found):04X}), such as a terminal's escape "
            "sequence, which can change how it shows; remove it"
        )
    return value


def _control(char: str) -> bool:
    return unicodedata.category(char) == "Cc" and char not in "\n\r\t"


_JOINERS = frozenset("\u200c\u200d")
"""ZWNJ and ZWJ: they shape Indic letters (a chillu, a half form) and emoji sequences."""
_CONCATENATION_MARKS = frozenset(
    "\u0600\u0601\u0602\u0603\u0604\u0605\u06dd\u070f\u0890\u0891\u08e2\U000110bd\U000110cd"
)
"""Format characters that draw a sign around the digits after them (Arabic, Syriac and
Kaithi number signs, Unicode's Prepended_Concatenation_Mark): visible."""
_TAG_BASE = "\U0001f3f4"
"""🏴, the base of the emoji subdivision flags (🏴 + tag letters + CANCEL TAG U+E007F)."""


def _variation_selector(point: int) -> bool:
    """VS1–VS16 (U+FE00–FE0F) and VS17–VS256 (U+E0100–E01EF)."""
    return 0xFE00 <= point <= 0xFE0F or 0xE0100 <= point <= 0xE01EF


_EMOJI_LETTERS = frozenset("\u2139")
"""The one letter that is also an emoji (ℹ, INFORMATION SOURCE): it has a text and an
emoji style like the symbols."""


def _ideograph(char: str) -> bool:
    return unicodedata.name(char, "").startswith(("CJK UNIFIED IDEOGRAPH", "CJK COMPATIBILITY"))


def _has_variants(base: str, selector: int) -> bool:
    """Whether a variation selector after `base` can change how it is drawn: the text and
    emoji selectors (VS15, VS16) after a symbol, punctuation mark or digit (emoji, and
    keycaps' digits, have variants; letters and marks have none), any selector after an
    ideograph (its standardized and registered variants). After anything else, or after
    another selector, it draws nothing."""
    if _variation_selector(ord(base)):
        return False
    if selector in (0xFE0E, 0xFE0F) and (
        unicodedata.category(base)[0] in "SPN" or base in _EMOJI_LETTERS
    ):
        return True
    return _ideograph(base)


_JOINING_SCRIPTS = (
    (0x0600, 0x08FF),  # Arabic (Urdu, Persian), Syriac, Thaana, N'Ko …: ZWNJ parts letters
    (0x0900, 0x0DFF),  # Devanagari … Sinhala: half forms, conjuncts, chillus
    (0x1000, 0x109F),  # Myanmar
    (0xA8E0, 0xA8FF),  # Devanagari Extended
    (0xFB50, 0xFDFF),  # Arabic presentation forms
    (0xFE70, 0xFEFF),
)


def _joiner_joins(value: str, i: int) -> bool:
    """Whether the ZWNJ or ZWJ at `i` does something: after a letter or sign of a script
    that joins (an Indic half form or conjunct, Urdu or Persian letters held apart), or
    inside an emoji sequence (after an emoji, a skin tone or an emoji-style selector).
    Between two Latin letters, or at the start, it draws nothing: "Ton‍ato" would look
    like "Tonato" and not be found by it."""
    if i == 0:
        return False
    before = value[i - 1]
    point = ord(before)
    if any(low <= point <= high for low, high in _JOINING_SCRIPTS):
        return True
    return unicodedata.category(before) in ("So", "Sk") or point == 0xFE0F


def hidden_character(value: str) -> str | None:
    """The first character of `value` that draws nothing and is no joiner, as "U+200B",
    or None: a format character other than ZWNJ, ZWJ and the number signs (zero-width
    space, word joiner, soft hyphen, byte-order mark, U+180E …), a tag character outside
    an emoji subdivision flag, a variation selector that selects nothing (after a letter,
    at the start, or a second in a row: `_has_variants`), a noncharacter or an
    unassigned code point. Direction controls are `reads_as_written`'s, with their own
    message."""
    flag = False  # inside a flag's tag run
    for i, c in enumerate(value):
        point = ord(c)
        if _variation_selector(point):
            if i == 0 or not _has_variants(value[i - 1], point):
                return f"U+{point:04X}"
            continue
        if 0xE0000 <= point <= 0xE007F:
            if point == 0xE007F and flag:
                flag = False
                continue
            if 0xE0020 <= point <= 0xE007E and (flag or (i > 0 and value[i - 1] == _TAG_BASE)):
                flag = True
                continue
            return f"U+{point:04X}"
        if flag:
            return f"U+{ord(value[i - 1]):04X}"  # a tag run that never ended
        if c in _JOINERS and not _joiner_joins(value, i):
            return f"U+{point:04X}"
        category = unicodedata.category(c)
        invisible_format = (
            category == "Cf"
            and c not in _JOINERS
            and c not in _CONCATENATION_MARKS
            and bidi_control(c) is None
        )
        if invisible_format or category == "Cn":  # Cn: unassigned, and the noncharacters
            return f"U+{point:04X}"
    return f"U+{ord(value[-1]):04X}" if flag else None


def shows_as_written(value: str) -> str:
    """`value` in Unicode's composed form (NFC: "Café" typed with a combining accent is
    the "Café" typed precomposed), or `ValueError` when it holds a character that draws
    nothing (`hidden_character`, a joiner between Latin letters among them): two names
    that look the same must be the same. For names of people, stalls and products, and
    units."""
    found = hidden_character(value)
    if found is not None:
        raise ValueError(
            f"holds a character that draws nothing ({found}), so it would look like "
            "another name; remove it"
        )
    return unicodedata.normalize("NFC", value)


def shows_something(value: str | None) -> str | None:
    """`value` unchanged (None too), or `ValueError` when it draws nothing at all (only
    blank glyphs, invisible or combining characters): a reason someone is shown must say
    something."""
    if value is not None and value and not visible(value):
        raise ValueError("must show something: not only spaces or invisible characters")
    return value


StorableStr = Annotated[str, AfterValidator(storable)]
"""A string that every database can store. Length and pattern constraints go *before*
the validator (`Annotated[str, StringConstraints(…), AfterValidator(storable)]`): put after
it, pydantic applies them as generic checks (a message about "items", and stripping after
the length is counted)."""
