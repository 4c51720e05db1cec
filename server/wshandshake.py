"""A malformed WebSocket upgrade answered with the API's JSON error body.

uvicorn hands a request with `Upgrade: websocket` to the websockets library, which checks
the handshake before the application sees it and refuses a bad one (no or an invalid
`Sec-WebSocket-Key`, two keys, a `Sec-WebSocket-Version` other than 13, an unreadable
`Sec-WebSocket-Protocol` or `-Extensions`) with a plain-text 400. `serve`'s HTTP protocol
(`server.headtimeout`) asks the same library the same question first, with the same
checks (`ServerProtocol.process_request`), and answers a refused one itself: 400
`{"error": {"code": "bad_websocket_handshake", "message"}, "request_id"}` with the
`X-Request-ID` header, as every other error, then closes the connection. A handshake it
accepts goes on to the library unchanged; a method other than GET is left to it too (405).
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterable

CODE = "bad_websocket_handshake"
_SAFE_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
"""As `server.middleware` accepts a caller's `X-Request-ID`."""


def handshake_problem(path: str, headers: Iterable[tuple[bytes, bytes]]) -> str | None:
    """Why the websockets library would refuse this GET upgrade (its own words), or None."""
    from websockets.datastructures import Headers
    from websockets.exceptions import InvalidHandshake
    from websockets.http11 import Request
    from websockets.server import ServerProtocol

    parsed = Headers()
    for name, value in headers:
        parsed[name.decode("latin-1")] = value.decode("latin-1")
    try:
        ServerProtocol().process_request(Request(path, parsed))
    except InvalidHandshake as exc:
        return f"Failed to open a WebSocket connection: {exc}."
    return None


def refusal(
    message: str,
    headers: Iterable[tuple[bytes, bytes]],
    default_headers: Iterable[tuple[bytes, bytes]],
) -> bytes:
    """The whole 400 response (head and JSON body) for a refused handshake."""
    incoming = dict(headers).get(b"x-request-id", b"").decode("latin-1")
    request_id = incoming if _SAFE_ID.match(incoming) else uuid.uuid4().hex
    body = json.dumps(
        {"error": {"code": CODE, "message": message}, "request_id": request_id},
        ensure_ascii=True,
    ).encode("ascii")
    content = [b"HTTP/1.1 400 Bad Request\r\n"]
    for name, value in default_headers:
        content.extend([name, b": ", value, b"\r\n"])
    content.extend(
        [
            b"content-type: application/json\r\n",
            b"content-length: " + str(len(body)).encode("ascii") + b"\r\n",
            b"x-request-id: " + request_id.encode("ascii") + b"\r\n",
            b"connection: close\r\n",
            b"\r\n",
            body,
        ]
    )
    return b"".join(content)
