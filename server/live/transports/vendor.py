"""A vendor console's notice channel: `customer_joined` when a shopper starts haggling
over one of the vendor's products. Ticket auth as for rooms; `hello` (language) first,
then only `ping`."""

from __future__ import annotations

import json
import time
from typing import Any

from fastapi import WebSocket

from models import Role
from server.live.clients import BrowserClient
from server.live.protocol import Hello, Ping, Pong, ProtocolError, parse_client_message
from server.live.tickets import TicketClaims
from server.live.transports.admission import admit_ticket, refuse
from server.live.transports.session import SocketSession
from server.live.vendors import ConsoleNotices

_ONLY = "This channel takes only hello, ping and pong."


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
        return True

    async def on_frame(self, message: dict[str, Any]) -> bool:
        try:
            if message.get("bytes") is not None:
                raise ProtocolError("binary", "This channel takes no audio.")
            msg = parse_client_message(message.get("text") or "")
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
