"""Text a client may send: free of characters no database can store.

PostgreSQL refuses the NUL character (U+0000) in text, and no database can store a lone
surrogate (U+D800–U+DFFF, which a JSON `\\ud800` escape produces). Every string that a
request or a live message carries is checked here, so such text is refused as invalid
input (422, or `invalid_message` on a socket) before it reaches the database.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator


def storable(value: str) -> str:
    """`value` unchanged, or `ValueError` when it holds a NUL or a lone surrogate."""
    if "\x00" in value:
        raise ValueError("must not contain the NUL character (\\u0000)")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("must be valid Unicode text (no lone surrogate)") from None
    return value


StorableStr = Annotated[str, AfterValidator(storable)]
"""A string that every database can store; add length and pattern constraints alongside."""
