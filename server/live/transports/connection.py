"""One admitted live socket, as the server holds it: the sender its `hello` makes, what
ends its receive loop early, and the close the sign-in watch calls.

A socket can be closed from our side while its client reads nothing (a slow consumer),
so no close frame, and no disconnect, may ever come: the receive loop also ends when
the connection is marked gone.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from typing import Any

from starlette.websockets import WebSocket, WebSocketState

from server.live.clients import BrowserClient, PhoneClient, SendLimits
from server.live.metrics import LiveMetrics
from server.live.revocation import SignInWatch, Warner, Watched
from server.settings import Settings

PHONE_LEG = "vyaparmitra.phone_leg"
"""Set in a socket's ASGI scope by a carrier's media stream (`PhoneSession`): its protocol
(Twilio's, Exotel's) has no `error` event, so a refusal or an outage is told by the close
alone, its reason naming the error."""


def is_phone_leg(websocket: WebSocket) -> bool:
    return bool(websocket.scope.get(PHONE_LEG))


class Connection:
    """One admitted socket: its sender (once `hello` makes one), what ends its receive
    loop, and the close the sign-in watch calls."""

    def __init__(self, websocket: WebSocket, settings: Settings, metrics: LiveMetrics) -> None:
        self.websocket = websocket
        self.gone = asyncio.Event()
        self.stop: asyncio.Future[Any] = asyncio.ensure_future(self.gone.wait())
        self.limits = SendLimits(
            queue_bytes=settings.ws_send_queue_bytes,
            timeout=settings.ws_send_timeout_seconds,
            on_slow=metrics.slow_consumers.inc,
        )
        self.client: BrowserClient | PhoneClient | None = None
        self._watch: tuple[SignInWatch, Watched] | None = None
        self._closer: asyncio.Task[None] | None = None

    def watch(
        self,
        user_id: int,
        version: int | None,
        *,
        expires_at: float | None = None,
        warn: Warner | None = None,
    ) -> None:
        sign_ins: SignInWatch = self.websocket.app.state.sign_ins
        entry = sign_ins.watch(user_id, version, self.close, expires_at=expires_at, warn=warn)
        self._watch = (sign_ins, entry)

    @property
    def watched(self) -> Watched | None:
        return None if self._watch is None else self._watch[1]

    async def close(self, code: int, reason: str, last: dict[str, Any] | None = None) -> None:
        """Close with `code`; `last`, an event, is sent just before the close frame."""
        if self.client is not None:
            await self.client.close(code, reason, last)  # sets `gone`, which it shares
            return
        self.gone.set()
        if self._closer is None:
            phone = is_phone_leg(self.websocket)
            text = None if last is None or phone else json.dumps(last, ensure_ascii=False)
            self._closer = asyncio.create_task(
                _close_within(self.websocket, code, reason, self.limits.timeout, text)
            )

    async def finish(self) -> None:
        if self._watch is not None:
            self._watch[0].unwatch(self._watch[1])
        self.stop.cancel()
        if self.client is not None:
            await self.client.close(1000, "bye")
            await self.client.wait_closed()
        if self._closer is not None:
            with contextlib.suppress(Exception):
                await self._closer
        await _close_within(self.websocket, 1000, "", self.limits.timeout)


async def next_frame(websocket: WebSocket, stop: asyncio.Future[Any] | None) -> Any:
    """The next ASGI message, or None once `stop` is done (the socket is being closed
    from our side: a slow consumer, or a sign-in that ended)."""
    if stop is None:
        return await websocket.receive()
    if stop.done():
        return None
    frame = asyncio.ensure_future(websocket.receive())
    try:
        await asyncio.wait((frame, stop), return_when=asyncio.FIRST_COMPLETED)
    finally:
        if not frame.done():
            frame.cancel()
    if frame.done() and not frame.cancelled():
        return frame.result()
    return None


async def _close_within(
    websocket: WebSocket, code: int, reason: str, within: float, last: str | None = None
) -> None:
    if websocket.application_state is WebSocketState.CONNECTED:
        with contextlib.suppress(Exception):
            async with asyncio.timeout(within):
                if last is not None:
                    await websocket.send_text(last)
                await websocket.close(code, reason[:120])
