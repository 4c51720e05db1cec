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

from server.domain.languages import bidi_control


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


StorableStr = Annotated[str, AfterValidator(storable)]
"""A string that every database can store. Length and pattern constraints go *before*
the validator (`Annotated[str, StringConstraints(…), AfterValidator(storable)]`): put after
it, pydantic applies them as generic checks (a message about "items", and stripping after
the length is counted)."""
