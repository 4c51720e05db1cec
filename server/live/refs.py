"""A client's name for a move it sent (`ref`), echoed on the `error` that refuses it.

A page or a phone app may send several moves before any answer (an offer typed, the
accept button, an offer over HTTP from another tab); an `error` event alone does not
say which was refused. A control message that carries `ref` (a string of the client's
choosing) gets it back on every `error` the server sends that client while handling the
message, and on the `invalid_message` that refuses a malformed one. A move that went
through is told by its own event (`offer`, `order`, `state`), as before.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from contextvars import ContextVar
from typing import Any

MAX_REF = 64
"""Characters in a `ref` (what a client needs for a counter or a UUID)."""

_HANDLING: ContextVar[tuple[object, str] | None] = ContextVar("vyapar_move_ref", default=None)


@contextlib.contextmanager
def handling(client: object, ref: str | None) -> Iterator[None]:
    """While a message from `client` carrying `ref` is handled (None: nothing named)."""
    token = _HANDLING.set((client, ref) if ref else None)
    try:
        yield
    finally:
        _HANDLING.reset(token)


def ref_for(client: object) -> str | None:
    """The `ref` of the message being handled, when the error goes to its sender."""
    handled = _HANDLING.get()
    if handled is None or handled[0] is not client:
        return None
    return handled[1]


def ref_in(raw: str) -> str | None:
    """The `ref` of a frame that did not validate, when it is a plain one to echo: a
    non-empty string of at most `MAX_REF` printable characters at the top of a JSON
    object; anything else names nothing."""
    try:
        data: Any = json.loads(raw)
    except (ValueError, RecursionError):
        return None
    ref = data.get("ref") if isinstance(data, dict) else None
    if not isinstance(ref, str) or not 0 < len(ref) <= MAX_REF or not ref.isprintable():
        return None
    try:
        ref.encode("utf-8")
    except UnicodeEncodeError:
        return None
    return ref
