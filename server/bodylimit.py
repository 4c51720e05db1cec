"""Request body limits, as plain ASGI: a body over its route's limit gets 413 unread.

A declared `Content-Length` over the limit is refused before a byte of the body is read.
A body without one (chunked) is read only up to the limit: one byte more and the rest is
left unread. A body within the limit is handed on to the app as one message, so nothing
downstream ever sees more than the limit. The whole body must arrive within a timeout
(408 `body_timeout`): this runs outside the load shedding, so a request counts as in
flight only once its body is in, and clients trickling bodies hold no place in the cap.

A JSON body (`application/json`, `*/*+json`, or no content type: FastAPI refuses that as
no JSON object, but its text is checked first all the same) must be UTF-8 (RFC 8259):
one that does not decode, or holds a NUL byte (never in JSON text; UTF-16 and UTF-32 put
one in every ASCII character), is answered 400 `body_not_utf8` here, since `json.loads`
would otherwise guess UTF-16/32 and accept it. One whose object gives a key twice
(`{"amount_paise": 3100, "amount_paise": 999999999}`: two prices in one request, of
which `json.loads` would keep the last) is answered 422 `validation_error` naming the
key (`server/jsontext.py`), webhooks included.
"""

from __future__ import annotations

import asyncio
import fnmatch
from collections.abc import Mapping

from starlette.types import Message, Receive, Scope, Send

from server.api.errors import send_error
from server.jsontext import repeated_key


class BodyLimits:
    """The limit for a path: an exact entry, else the most specific matching glob (the
    longest pattern), else the default."""

    def __init__(self, default: int, routes: Mapping[str, int]) -> None:
        self.default = default
        self.exact = {p: n for p, n in routes.items() if not _is_glob(p)}
        self.globs = sorted(
            ((p, n) for p, n in routes.items() if _is_glob(p)), key=lambda item: -len(item[0])
        )

    def for_path(self, path: str) -> int:
        if path in self.exact:
            return self.exact[path]
        for pattern, limit in self.globs:
            if fnmatch.fnmatchcase(path, pattern):
                return limit
        return self.default


def _is_glob(pattern: str) -> bool:
    return any(c in pattern for c in "*?[")


async def read_body(
    scope: Scope, receive: Receive, send: Send, limits: BodyLimits, seconds: float
) -> Receive | None:
    """Read an HTTP request's body within its limit and `seconds`, and check a JSON body's
    text: a `receive` that hands the body on as one message, or None when the request was
    answered here (413, 408, 400, 422) or the client left while sending."""
    limit = limits.for_path(scope.get("path", ""))
    declared = _content_length(scope)
    if declared is not None and declared > limit:
        await _too_large(send, limit)
        return None
    chunks: list[bytes] = []
    size = 0
    try:
        async with asyncio.timeout(seconds):
            while True:
                message = await receive()
                if message["type"] == "http.disconnect":
                    return None  # the client left while sending; nobody to answer
                chunk = message.get("body", b"")
                size += len(chunk)
                if size > limit:
                    await _too_large(send, limit)
                    return None
                chunks.append(chunk)
                if not message.get("more_body", False):
                    break
    except TimeoutError:
        await send_error(
            send,
            408,
            "body_timeout",
            f"The request body did not arrive within {seconds:g} s.",
            headers=[(b"connection", b"close")],
        )
        return None
    body = chunks[0] if len(chunks) == 1 else b"".join(chunks)
    if chunks and json_body(scope):
        if not _utf8_json_text(body):
            await send_error(
                send, 400, "body_not_utf8", "The request body must be JSON text in UTF-8."
            )
            return None
        repeated = repeated_key(body)
        if repeated is not None:
            await send_error(
                send,
                422,
                "validation_error",
                str(repeated),
                fields=[{"field": repeated.key, "message": "given twice in one object"}],
            )
            return None
    replayed = False

    async def replay() -> Message:
        nonlocal replayed
        if not replayed:
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()  # after the body: disconnect notices, as usual

    return replay


def json_body(scope: Scope, *, without_type: bool = True) -> bool:
    """Whether this request's content type says JSON (`without_type`: the answer when it
    has none). FastAPI parses a body as JSON only when it says so."""
    for name, value in scope.get("headers") or ():
        if name == b"content-type":
            media: bytes = value.split(b";", 1)[0].strip().lower()
            return media == b"application/json" or media.endswith(b"+json")
    return without_type


def _utf8_json_text(body: bytes) -> bool:
    if b"\x00" in body:
        return False
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers") or ():
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None  # the server refuses a malformed length itself
    return None


async def _too_large(send: Send, limit: int) -> None:
    await send_error(
        send,
        413,
        "payload_too_large",
        f"The request body is larger than this route accepts ({limit} bytes).",
        # The unread rest of the body is still on the wire: don't reuse it.
        headers=[(b"connection", b"close")],
        limit_bytes=limit,
    )
