"""The life of one live socket, shared by every transport: admitted, guarded, its frames
received one at a time, and cleaned up however it ends.

A transport (browser, phone, vendor notices) fills in `admit` (who is on the socket;
False once it is refused and closed), `on_frame` (one frame within the limits; False
ends the session) and `release` (leave what it joined). The skeleton owns the rest: the
frame limits, the receive loop, the sign-in watch, the 1013 close when Redis or the
database goes away, and the close.
"""

from __future__ import annotations

import json
from typing import Any

from fastapi import WebSocket, WebSocketDisconnect

from server.live.service import LiveService
from server.live.transports.admission import UNAVAILABLE, refuse, try_again_later
from server.live.transports.connection import Connection
from server.live.transports.guard import FrameGuard, receive
from server.settings import Settings

CLOSE_TOO_MANY = 4429
"""A user already holds as many live sockets as a process allows them."""


class SocketSession:
    def __init__(self, websocket: WebSocket) -> None:
        self.websocket = websocket
        self.app = websocket.app
        self.settings: Settings = self.app.state.settings
        self.live: LiveService = self.app.state.live
        self.signed_in_as: tuple[int, int | None] | None = None
        """(user id, token version) once known: the socket closes when that sign-in ends."""
        self.conn: Connection
        self._slot: int | None = None

    async def admit(self) -> bool:
        raise NotImplementedError

    async def on_frame(self, message: dict[str, Any]) -> bool:
        raise NotImplementedError

    async def release(self) -> None:
        return None

    async def run(self) -> None:
        if not await self.admit():
            return
        guard = FrameGuard(self.settings)
        self.conn = Connection(self.websocket, self.settings, self.live.metrics)
        try:
            if self.signed_in_as is not None:
                if not await self.hold_slot(self.signed_in_as[0]):
                    return
                self.conn.watch(*self.signed_in_as)
            while True:
                message = await receive(self.websocket, guard, self.conn.stop)
                if message is None or not await self.on_frame(message):
                    return
        except WebSocketDisconnect:
            pass
        except UNAVAILABLE as exc:
            await try_again_later(self.websocket, exc)
        finally:
            await self.release()
            if self._slot is not None:
                held = self.live.sockets_by_user
                held[self._slot] -= 1
                if held[self._slot] <= 0:
                    del held[self._slot]
            await self.conn.finish()

    async def hold_slot(self, user_id: int) -> bool:
        """Count this socket against its user's allowance in this process; when the user
        already holds `ws_max_per_user`, refuse it (4429) and return False."""
        held = self.live.sockets_by_user
        if held.get(user_id, 0) >= self.settings.ws_max_per_user:
            await refuse(
                self.websocket,
                CLOSE_TOO_MANY,
                "too_many_sockets",
                f"You already have {self.settings.ws_max_per_user} live connections open; "
                "close one first.",
            )
            return False
        held[user_id] = held.get(user_id, 0) + 1
        self._slot = user_id
        return True

    async def send_error(self, code: str, message: str) -> None:
        """An `error` event straight to the socket (before a client speaks its format)."""
        await self.websocket.send_text(
            json.dumps({"type": "error", "code": code, "message": message})
        )
