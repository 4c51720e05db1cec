"""The life of one live socket, shared by every transport: admitted, guarded, its frames
received one at a time, and cleaned up however it ends.

A transport (browser, phone, vendor notices) fills in `admit` (who is on the socket;
False once it is refused and closed), `on_frame` (one frame within the limits; False
ends the session) and `release` (leave what it joined). The skeleton owns the rest: the
frame limits, the receive loop, the sign-in watch, the 1013 close when Redis or the
database goes away, and the close.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from typing import Any

from fastapi import WebSocket, WebSocketDisconnect

from server.live.revocation import CLOSE_EXPIRED, EXPIRED, expired_event
from server.live.service import LiveService
from server.live.transports.admission import UNAVAILABLE, refuse, try_again_later
from server.live.transports.connection import Connection, is_phone_leg
from server.live.transports.guard import CLOSE_POLICY, FrameGuard, receive
from server.settings import Settings

log = logging.getLogger("vyaparmitra.live")

CLOSE_TOO_MANY = 4429
"""A user already holds as many live sockets as a process allows them."""
CLOSE_NO_PONG = 4002
"""Nothing came back to `ws_ping_misses` heartbeat pings in a row: the link is dead."""


class SocketSession:
    def __init__(self, websocket: WebSocket) -> None:
        self.websocket = websocket
        self.app = websocket.app
        self.settings: Settings = self.app.state.settings
        self.live: LiveService = self.app.state.live
        self.signed_in_as: tuple[int, int | None] | None = None
        """(user id, token version) once known: the socket closes when that sign-in ends."""
        self.expires_at: float | None = None
        """When that sign-in lapses (Unix seconds): told to renew before, closed then."""
        self.conn: Connection
        self._slot: int | None = None
        self.guard: FrameGuard
        self.heard_at = time.monotonic()
        """When the last frame of any kind came in (monotonic seconds)."""

    async def admit(self) -> bool:
        raise NotImplementedError

    async def on_frame(self, message: dict[str, Any]) -> bool:
        raise NotImplementedError

    async def release(self) -> None:
        return None

    async def watch_link(self) -> None:
        """Runs beside the receive loop and closes the socket once its link looks dead.
        Here: the heartbeat. Every `ws_ping_seconds` the server sends `ping`; when nothing
        at all (a `pong`, audio, any frame) came in since each of the last
        `ws_ping_misses` pings, the socket is closed with 4002, so the room sees the side
        away instead of talking to a stalled link."""
        interval = self.settings.ws_ping_seconds
        if interval <= 0:
            return
        misses = self.settings.ws_ping_misses
        pinged_at: float | None = None
        missed = 0
        while True:
            await asyncio.sleep(interval)
            if pinged_at is not None and self.heard_at < pinged_at:
                missed += 1
                if missed >= misses:
                    log.info(
                        "heartbeat missed; socket closed",
                        extra={"code": CLOSE_NO_PONG, "pings": missed},
                    )
                    await self.conn.close(CLOSE_NO_PONG, f"no pong to {missed} pings")
                    return
            else:
                missed = 0
            pinged_at = time.monotonic()
            await self.send_ping()

    async def send_ping(self) -> None:
        await self.send_control({"type": "ping", "at": time.time()})

    async def send_control(self, event: dict[str, Any]) -> None:
        """A control event (`ping`, `renew`) through the client's outbox, behind speech and
        events, or straight to the socket before `hello` made a client."""
        client = self.conn.client
        if client is not None:
            await client.send_event(event)
        else:
            await self.websocket.send_text(json.dumps(event))

    async def run(self) -> None:
        if not await self.admit():
            return
        guard = self.guard = FrameGuard(self.settings)
        self.conn = Connection(self.websocket, self.settings, self.live.metrics)
        watcher: asyncio.Task[None] | None = None
        try:
            if self.signed_in_as is not None:
                if not await self.hold_slot(self.signed_in_as[0]):
                    return
                self.conn.watch(
                    *self.signed_in_as, expires_at=self.expires_at, warn=self.send_control
                )
            watcher = asyncio.create_task(self._watch_link(), name="ws-link-watch")
            while True:
                message = await receive(self.websocket, guard, self.conn.stop)
                if message is None:
                    if guard.flooded:
                        await self.flood("frames")
                    return
                self.heard_at = time.monotonic()
                if self.expires_at is not None and time.time() >= self.expires_at:
                    # The watch closes a lapsed socket within its interval; a frame that
                    # comes first is refused here, so no move outlives the sign-in.
                    await self.conn.close(CLOSE_EXPIRED, EXPIRED, expired_event())
                    return
                if not await self.on_frame(message):
                    return
        except WebSocketDisconnect:
            pass
        except UNAVAILABLE as exc:
            await try_again_later(self.websocket, exc)
        finally:
            if watcher is not None:
                watcher.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await watcher
            await self.release()
            if self._slot is not None:
                held = self.live.sockets_by_user
                held[self._slot] -= 1
                if held[self._slot] <= 0:
                    del held[self._slot]
            await self.conn.finish()

    async def paced(self, seconds: float) -> bool:
        """Whether `seconds` of audio just received may be fed to the speaker; else the
        socket is closed for flooding (`FrameGuard.take_audio`), and False."""
        if self.guard.take_audio(seconds):
            return True
        await self.flood("audio")
        return False

    async def flood(self, what: str) -> None:
        """Close a socket that sent `what` ("frames" or "audio") faster than a live
        microphone beyond the catch-up burst: a browser is told first (`error` `flood`); a
        phone leg, whose far end reads neither, gets the reason alone. The close goes
        through the client's queue within its send timeout, so a socket that floods and
        never reads cannot hold this loop. The server logs and counts why: without it, a
        phone leg closed so leaves the room with no trace of why."""
        self.guard.flooded = True
        reason = "too many frames" if what == "frames" else "too much audio"
        client = self.conn.client
        user_id = getattr(client, "user_id", None)
        if user_id is None and self.signed_in_as is not None:
            user_id = self.signed_in_as[0]
        self.live.metrics.errors.labels("flood").inc()
        limit = (
            {"frames_per_second": self.guard.rate}
            if what == "frames"
            else {"audio_pace": self.guard.audio_pace}
        )
        log.warning(
            f"socket closed: {reason}",
            extra={
                "code": CLOSE_POLICY,
                "path": self.websocket.url.path,
                "side": getattr(client, "side", None),
                "kind": getattr(client, "kind", None),
                "user_id": user_id,
                **limit,
            },
        )
        if is_phone_leg(self.websocket):  # a carrier's stream knows no `error` event
            await self.conn.close(CLOSE_POLICY, f"flood: {reason}")
        else:
            told = {
                "type": "error",
                "code": "flood",
                "message": f"{reason.capitalize()}; slow down.",
            }
            await self.conn.close(CLOSE_POLICY, reason, told)

    async def _watch_link(self) -> None:
        try:
            await self.watch_link()
        except asyncio.CancelledError:
            raise
        except Exception:  # a send to a socket going away: the receive loop sees it
            log.debug("link watch ended", exc_info=True)

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

    async def send_error(self, code: str, message: str, ref: str | None = None) -> None:
        """An `error` event straight to the socket (before a client speaks its format);
        `ref`: the refused frame's own name for itself (`server/live/refs.py`)."""
        event = {"type": "error", "code": code, "message": message}
        if ref is not None:
            event["ref"] = ref
        await self.websocket.send_text(json.dumps(event))
