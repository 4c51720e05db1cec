"""A vendor console's notice channel: `customer_joined` when a shopper starts haggling
over one of the vendor's products. Ticket auth as for rooms; `hello` (language) first,
then only `ping`."""

from __future__ import annotations

import json
import time
from typing import Any, get_args

from fastapi import WebSocket

from models import Role
from server.live.clients import BrowserClient
from server.live.protocol import (
    AnyMessage,
    Hello,
    Ping,
    Pong,
    ProtocolError,
    parse_client_message,
)
from server.live.tickets import TicketClaims
from server.live.transports.admission import admit_ticket, refuse
from server.live.transports.session import SocketSession
from server.live.vendors import ConsoleNotices

_ONLY = "This channel takes only hello, ping and pong."
# Message types of the negotiation socket, which this channel does not take.
_OTHER_CHANNEL = frozenset(
    get_args(kind.model_fields["type"].annotation)[0] for kind in get_args(AnyMessage)
) - {"hello", "ping", "pong"}


def _message_type(text: str) -> str | None:
    """The `type` of a JSON object frame, before any of its fields is checked."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return None  # parse_client_message names what is wrong
    kind = data.get("type") if isinstance(data, dict) else None
    return kind if isinstance(kind, str) else None


class VendorSession(SocketSession):
    def __init__(self, websocket: WebSocket) -> None:
        super().__init__(websocket)
        self.claims: TicketClaims
        self.notices: ConsoleNotices | None = None

    async def admit(self) -> bool:
        claims = await admit_ticket(self.websocket, self.settings, None)
        if claims is None:
            return False
        if claims.role != Role.VENDOR.value:
            await refuse(self.websocket, 4403, "forbidden", "Only vendors have a notice channel.")
            return False
        self.claims = claims
        self.signed_in_as = (claims.user_id, claims.token_version)
        self.expires_at = claims.expires_at
        return True

    async def on_frame(self, message: dict[str, Any]) -> bool:
        try:
            if message.get("bytes") is not None:
                raise ProtocolError("binary", "This channel takes no audio.")
            text = message.get("text") or ""
            kind = _message_type(text)
            if kind in _OTHER_CHANNEL or (kind == "hello" and self.notices is not None):
                # A negotiation socket's message (or a second hello): its fields are never
                # read here, so they are not checked either.
                if self.notices is None and kind != "hello":
                    raise ProtocolError("hello_first", "Send hello (language) first.")
                raise ProtocolError("unsupported", _ONLY)
            msg = parse_client_message(text)
            if isinstance(msg, Pong):  # the heartbeat's answer
                return True
            if self.notices is None and not isinstance(msg, Hello):
                raise ProtocolError("hello_first", "Send hello (language) first.")
        except ProtocolError as exc:
            if exc.code == "unknown_type":  # not a message of any channel: as one of another
                exc = ProtocolError("unsupported", _ONLY)
            self.live.metrics.errors.labels(exc.code).inc()
            await self.send_error(exc.code, exc.message)
            return True
        if isinstance(msg, Ping):
            await self.websocket.send_text(json.dumps({"type": "pong", "at": time.time()}))
        elif isinstance(msg, Hello) and self.notices is None:
            await self._hello(msg)
        else:
            await self.send_error("unsupported", _ONLY)
        return True

    async def _hello(self, msg: Hello) -> None:
        vendor_id = self.claims.user_id
        client = BrowserClient(
            self.websocket,
            side="vendor",
            user_id=vendor_id,
            language=msg.language,
            output_rate=msg.output_sample_rate,
            limits=self.conn.limits,
            gone=self.conn.gone,
        )
        self.conn.client = client
        self.notices = ConsoleNotices(client)
        await self.live.vendors.subscribe(vendor_id, self.notices)
        await client.send_event(
            {
                "type": "welcome",
                "vendor_id": vendor_id,
                "language": msg.language,
                "seq": await self.live.vendors.last_seq(vendor_id),
            }
        )

    async def release(self) -> None:
        if self.notices is not None:
            await self.live.vendors.unsubscribe(self.claims.user_id, self.notices)
