"""Per-vendor notices — a new customer at the stall — for the vendor's console and phone.

A notice is published on the vendor's own channel, on the same kind of bus as the rooms
(in-process, or Redis pub/sub with the prefix `vyapar:vendor:`), so a shopper who joins
on one process reaches a vendor connected to another. Each process listens on a
vendor's channel only while it holds one of that vendor's sockets: a console socket
(`/ws/vendor`) gets every notice as a JSON event with a sentence in its language; a
phone leg (in any negotiation room) hears the sentence, queued after speech already
playing.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from typing import Any, Protocol

from audio.acts import ActKind, NegotiationAct
from audio.errors import EngineUnavailable
from audio.phrasebook import product_name
from audio.vendor_phrases import new_customer_text
from server.live.clients import Client
from server.live.rooms import (
    LOST,
    RESTARTED,
    RESYNC,
    ROOM_RESTARTED,
    RoomBus,
    RoomEvent,
    publish_resync,
)

log = logging.getLogger("vyaparmitra.live")

CUSTOMER_JOINED = "customer_joined"
CUSTOMER_WAITING = "customer_waiting"
"""A shopper waits again: the phone line that held their deal hung up mid-deal, so the
vendor's other lines may offer them (consoles list the negotiation already)."""


class VendorListener(Protocol):
    async def notify(self, event: RoomEvent) -> None: ...

    async def fell_behind(self) -> None:
        """The channel dropped events for this listener (it was too slow)."""
        ...

    async def lost(self, retry_after: int) -> None:
        """The bus went away (Redis lost): notices may have been missed."""
        ...

    async def missed(self, notice: dict[str, Any] | None = None) -> None:
        """Notices may have been missed with no outage to wait out: another process could
        not publish one (a hung Redis), or with `notice` (`ROOM_RESTARTED`) the channel's
        counter started again. Reload."""
        ...


def notice_text(event: RoomEvent, language: str) -> str | None:
    """The notice as a sentence in `language`, or None for a type with nothing to say."""
    if event.type == CUSTOMER_JOINED:
        return new_customer_text(language, event.data.get("product_names"))
    return None


class ConsoleNotices:
    """A vendor console socket: each notice as a JSON event, with `text` in its language."""

    def __init__(self, client: Client) -> None:
        self.client = client

    async def notify(self, event: RoomEvent) -> None:
        payload: dict[str, Any] = {"type": event.type, "seq": event.seq, **event.data}
        names = event.data.get("product_names")
        if names:
            act = NegotiationAct(ActKind.GREETING, product_names=names)
            try:
                payload["product"] = product_name(act, self.client.language)
            except EngineUnavailable:  # an odd name never costs the vendor the notice
                payload["product"] = next(iter(names.values()))
        text = notice_text(event, self.client.language)
        if text is not None:
            payload["text"] = text
        await self.client.send_event(payload)

    async def fell_behind(self) -> None:
        await self.client.close(1013, "fell behind; reconnect")

    async def missed(self, notice: dict[str, Any] | None = None) -> None:
        await self.client.close(1013, "events lost; reconnect to resync", notice)

    async def lost(self, retry_after: int) -> None:
        """Told as an open room socket is: `redis_unavailable` with `retry_after`, then
        1013."""
        notice = {
            "type": "error",
            "code": "redis_unavailable",
            "message": f"Live notices are unavailable right now; reconnect in {retry_after} s.",
            "retry_after": retry_after,
        }
        await self.client.close(1013, "live notices unavailable; try again later", notice)


class SpokenNotices:
    """A vendor's phone leg: each notice is said in the phone's language, after the
    conversation's own words; notices that come while one waits unsaid are said as one
    ("3 new customers are waiting")."""

    def __init__(self, language: str, say: Callable[[str, str], None]) -> None:
        self.language = language
        self.say = say
        """Queues a notice's words and utterance id (`Speech.notice`)."""

    async def notify(self, event: RoomEvent) -> None:
        text = notice_text(event, self.language)
        if text is not None:
            self.say(text, f"{event.type}-{event.data.get('negotiation_id', event.seq)}")

    async def fell_behind(self) -> None:
        return None

    async def lost(self, retry_after: int) -> None:
        return None  # the call goes on; its room, if any, says what it lost

    async def missed(self, notice: dict[str, Any] | None = None) -> None:
        return None  # a notice is spoken once; the next customer is announced anew


class VendorChannels:
    """This process's listeners per vendor, and one pump per vendor with any."""

    def __init__(self, bus: RoomBus, *, retry_after: int = 5) -> None:
        self.bus = bus
        self.retry_after = retry_after
        """Seconds a console closed by a lost bus is told to wait."""
        self._listeners: dict[int, set[VendorListener]] = {}
        self._pumps: dict[
            int,
            tuple[
                contextlib.AbstractAsyncContextManager[asyncio.Queue[RoomEvent | None]],
                asyncio.Task[None],
            ],
        ] = {}
        self._lock = asyncio.Lock()
        self._restarts: set[asyncio.Task[None]] = set()

    async def publish(self, vendor_id: int, type: str, data: dict[str, Any]) -> RoomEvent:
        return await self.bus.publish(vendor_id, type, {"vendor_id": vendor_id, **data})

    async def last_seq(self, vendor_id: int) -> int:
        return await self.bus.last_seq(vendor_id)

    async def subscribe(self, vendor_id: int, listener: VendorListener) -> None:
        async with self._lock:
            self._listeners.setdefault(vendor_id, set()).add(listener)
            if vendor_id not in self._pumps:
                await self._start(vendor_id)

    async def _start(self, vendor_id: int) -> None:
        listening = self.bus.listen(vendor_id)
        queue = await listening.__aenter__()
        task = asyncio.create_task(self._pump(vendor_id, queue), name=f"vendor-{vendor_id}")
        self._pumps[vendor_id] = (listening, task)

    async def _restart(self, vendor_id: int) -> None:
        """After an overflow or a lost bus: listen afresh for whoever is still subscribed
        (a phone leg stays; a console was closed), every `retry_after` seconds until the
        bus answers again."""
        warned = False
        while True:
            async with self._lock:
                await self._stop(vendor_id)
                if not self._listeners.get(vendor_id):
                    return
                try:
                    await self._start(vendor_id)
                    return
                except Exception as exc:  # the bus is still down: try again later
                    if not warned:
                        log.warning(
                            "vendor notices cannot listen yet; retrying",
                            extra={"vendor": vendor_id, "error": f"{type(exc).__name__}: {exc}"},
                        )
                        warned = True
            await asyncio.sleep(self.retry_after)

    async def unsubscribe(self, vendor_id: int, listener: VendorListener) -> None:
        async with self._lock:
            listeners = self._listeners.get(vendor_id)
            if listeners is None:
                return
            listeners.discard(listener)
            if listeners:
                return
            del self._listeners[vendor_id]
            await self._stop(vendor_id)

    async def _stop(self, vendor_id: int) -> None:
        pump = self._pumps.pop(vendor_id, None)
        if pump is None:
            return
        listening, task = pump
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        await listening.__aexit__(None, None, None)

    async def _pump(self, vendor_id: int, queue: asyncio.Queue[RoomEvent | None]) -> None:
        while True:
            event = await queue.get()
            lost, restarted = event is LOST, event is RESTARTED
            if lost or restarted:
                event = None  # the channel listens afresh, as after falling behind
            listeners = list(self._listeners.get(vendor_id, ()))
            for listener in listeners:
                try:
                    if lost:
                        await listener.lost(self.retry_after)
                    elif restarted:
                        await listener.missed(ROOM_RESTARTED)
                    elif event is None:
                        await listener.fell_behind()
                    elif event.type == RESYNC:
                        await listener.missed()
                    else:
                        await listener.notify(event)
                except Exception:
                    log.exception("delivering a vendor notice failed", extra={"vendor": vendor_id})
            if event is None:
                restart = asyncio.create_task(self._restart(vendor_id))
                self._restarts.add(restart)
                restart.add_done_callback(self._restarts.discard)
                return

    def resync_elsewhere(self, vendor_id: int) -> None:
        """A notice could not be published (a hung Redis): tell the vendor's consoles in
        every process to reload as soon as the bus answers again."""

        async def publish() -> None:
            if not await publish_resync(self.bus, vendor_id):
                log.warning(
                    "a vendor's consoles were not told to reload", extra={"vendor": vendor_id}
                )

        task = asyncio.create_task(publish(), name=f"vendor-resync-{vendor_id}")
        self._restarts.add(task)
        task.add_done_callback(self._restarts.discard)

    async def aclose(self) -> None:
        for restart in list(self._restarts):  # none may listen again on a closing bus
            restart.cancel()
        if self._restarts:
            await asyncio.wait(list(self._restarts), timeout=5)
        async with self._lock:
            for vendor_id in list(self._pumps):
                await self._stop(vendor_id)
            self._listeners.clear()


async def announce_customer(
    channels: VendorChannels,
    *,
    vendor_id: int,
    negotiation_id: int,
    product_id: int,
    product_names: dict[str, str],
    unit: str,
    quantity: int,
    customer_id: int,
    customer_name: str,
    customer_language: str,
    via: str,
) -> None:
    """Tell the vendor a customer just started haggling. Never raises: the customer's
    join has already happened, and a notice that cannot be sent is only logged."""
    try:
        await channels.publish(
            vendor_id,
            CUSTOMER_JOINED,
            {
                "negotiation_id": negotiation_id,
                "product_id": product_id,
                "product_names": product_names,
                "unit": unit,
                "quantity": quantity,
                "customer": {
                    "id": customer_id,
                    "name": customer_name,
                    "language": customer_language,
                },
                "via": via,
            },
        )
    except Exception:
        log.exception("could not announce a new customer", extra={"vendor": vendor_id})
        channels.resync_elsewhere(vendor_id)


async def announce_waiting(
    channels: VendorChannels, *, vendor_id: int, negotiation_id: int, product_names: dict[str, str]
) -> None:
    """Tell the vendor's other lines a shopper waits again. Never raises: the line that
    hung up is gone either way, and a line on standby also finds them when it looks."""
    try:
        await channels.publish(
            vendor_id,
            CUSTOMER_WAITING,
            {"negotiation_id": negotiation_id, "product_names": product_names},
        )
    except Exception:
        log.exception(
            "could not tell a vendor's lines a shopper waits", extra={"vendor": vendor_id}
        )
