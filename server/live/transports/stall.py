"""The stall line: a vendor's phone call that names no negotiation (the call set up by the
voice webhook). Between deals it is on standby: it hears each new customer announced in
the vendor's language and offered ("… say yes to talk to them"); on a yes, or after
`phone_prompt_seconds`, it joins that negotiation as the vendor's voice. When the deal
ends (accepted, rejected, cancelled, expired) it leaves the room, returns to standby and
offers the next shopper still waiting. Customers announced during a deal are heard then
and offered in turn."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import deque
from typing import TYPE_CHECKING, Any

from audio.vendor_phrases import new_customer_text, offer_customer_text, stall_ready_text
from server.domain.context import Actor
from server.live.clients import PhoneClient
from server.live.room import LocalRoom
from server.live.rooms import RoomEvent
from server.live.transports.admission import UNAVAILABLE
from server.live.transports.stall_voice import YesEar, say
from server.live.transports.stall_waiting import (
    LIVE_STATES,
    already_waiting,
    live_deal,
    present,
)
from server.live.turns.endpointing import Speaker
from server.live.vendors import CUSTOMER_JOINED, CUSTOMER_WAITING, announce_waiting
from server.redisconn import REDIS_DOWN

if TYPE_CHECKING:
    from server.live.service import LiveService

log = logging.getLogger("vyaparmitra.live")

EMPTY_ROOM_SECONDS = 10.0
"""At least this long (or three prompts) after joining, a line whose shopper never came
into the room (scanned, then never connected) leaves it and offers the next."""
HELD_SECONDS = 20.0
"""At most this much of the vendor's audio is kept while the line joins a deal (from the
yes until the deal's speaker is ready); it is heard as the deal's first words."""
JOIN_CLAIM = "stall-line"
JOIN_CLAIM_SECONDS = 10.0
"""At most this long a line holds its claim on a shopper while it joins them (a line
that dies mid-join frees them by then); given back once it is in the room."""
HEARD_CLAIM = "stall-line-heard"
HEARD_CLAIM_SECONDS = 60.0
"""A line that hears its caller start to speak while it offers a shopper holds this claim
until the offer ends. When the prompt runs out on two phones of one vendor at once (a
spoken yes not heard as one), the phone the vendor was talking into takes the shopper; a
phone nobody spoke into waits another prompt and looks again."""
OUTCOME_SPEECH_SECONDS = 15.0
"""At most this long for the deal's last words to be said before the line leaves it."""


class StallClient(PhoneClient):
    """The stall line's phone leg: events still go only to the log, but a room's `state`
    event that ends the deal tells the line."""

    line: StallLine | None = None

    async def send_event(self, payload: dict[str, Any]) -> None:
        await super().send_event(payload)
        if self.line is None or payload.get("type") != "state":
            return
        status = (payload.get("negotiation") or {}).get("status")
        if status is not None and status not in LIVE_STATES:
            self.line.inbox.put_nowait(("ended", int(payload["room"])))


class _Notices:
    """The line's listener on the vendor's notice channel."""

    def __init__(self, line: StallLine) -> None:
        self.line = line

    async def notify(self, event: RoomEvent) -> None:
        if event.type not in (CUSTOMER_JOINED, CUSTOMER_WAITING):
            return
        nid = int(event.data["negotiation_id"])
        self.line.names[nid] = event.data.get("product_names")
        self.line.inbox.put_nowait(("notice", nid))

    async def fell_behind(self) -> None:
        return None

    async def lost(self, retry_after: int) -> None:
        """The bus went away: announcements may be missed, so the call is ended as a room's
        socket is (1013, `redis_unavailable`); a call made later finds who is waiting."""
        self.line.inbox.put_nowait(("lost", None))

    async def missed(self, notice: dict[str, Any] | None = None) -> None:
        """Notices may have been missed: look again for shoppers waiting."""
        self.line.inbox.put_nowait(("resync", None))


class StallLine:
    def __init__(
        self,
        live: LiveService,
        client: StallClient,
        actor: Actor,
        *,
        prompt_seconds: float,
        voice: str | None = None,
    ) -> None:
        self.live = live
        self.client = client
        self.actor = actor
        self.vendor_id = client.user_id
        self.prompt_seconds = prompt_seconds
        self.voice = voice
        self.inbox: asyncio.Queue[tuple[str, int | None]] = asyncio.Queue()
        self.waiting: deque[int] = deque()
        """Negotiations announced and not yet offered, oldest first."""
        self.names: dict[int, dict[str, str] | None] = {}
        self.offered: int | None = None
        self.room: LocalRoom | None = None
        self.speaker: Speaker | None = None
        self.ear = YesEar(live, client.language, self._heard_yes, self._heard_speech)
        self.spoken_to: int | None = None
        """The shopper offered while this line heard its caller speak (it holds
        `HEARD_CLAIM` on them)."""
        self.held: list[bytes] | None = None
        """The caller's audio while the line joins a deal (None: not joining)."""
        self.notices = _Notices(self)
        self._timer: asyncio.TimerHandle | None = None
        self._empty_timer: asyncio.TimerHandle | None = None
        self.absent: set[int] = set()
        """Negotiations left because their shopper never came: offered again only once
        the shopper is in the room."""
        self._driver: asyncio.Task[None] | None = None
        client.line = self

    async def start(self) -> None:
        await self.live.vendors.subscribe(self.vendor_id, self.notices)
        self.waiting.extend(await self._already_waiting())
        self._driver = asyncio.create_task(self._drive(), name=f"stall-{self.vendor_id}")

    def feed(self, pcm16: bytes) -> None:
        """The caller's audio: the deal's speaker in a room, else the ear (while offered)."""
        if self.speaker is not None:
            self.speaker.feed(pcm16)
        elif self.held is not None:
            if sum(map(len, self.held)) + len(pcm16) <= HELD_SECONDS * 8000 * 2:
                self.held.append(pcm16)
            else:
                log.warning("the line is slow to join; dropping the caller's audio")
        else:
            self.ear.feed(pcm16)

    def _heard_yes(self, said: bytes | None) -> None:
        """A yes: from here on the vendor speaks to the deal, so the audio the ear had not
        heard yet, and all that comes until the deal's speaker is ready, is kept for it;
        after `said`, the yes with more words in one breath ("Yes, ninety rupees"), which
        the deal hears first."""
        if self.held is None:
            self.held = ([said] if said else []) + self.ear.rest()
        self.inbox.put_nowait(("yes", None))

    def _heard_speech(self) -> None:
        self.inbox.put_nowait(("speech", self.offered))

    async def _drive(self) -> None:
        try:
            await say(self.live, self.client, stall_ready_text(self.client.language), "stall")
            await self._offer_next()
            while True:
                kind, nid = await self.inbox.get()
                await self._handle(kind, nid)
                if kind == "lost":
                    return  # the call is being closed
        except asyncio.CancelledError:
            raise
        except UNAVAILABLE as exc:
            await self._unavailable("redis" if isinstance(exc, REDIS_DOWN) else "database")
        except Exception:
            log.exception("the stall line failed", extra={"vendor": self.vendor_id})
            await self.client.close(1011, "stall line failed")

    async def _unavailable(self, what: str) -> None:
        retry_after = self.live.retry_after
        log.warning("stall line closed: live rooms unavailable", extra={"what": what})
        await self.client.close(
            1013,
            "live rooms unavailable; try again later",
            {
                "type": "error",
                "code": f"{what}_unavailable",
                "message": f"Live rooms are unavailable right now; call again in {retry_after} s.",
                "retry_after": retry_after,
            },
        )

    async def _handle(self, kind: str, nid: int | None) -> None:
        if kind == "lost":
            await self._unavailable("redis")
        elif kind == "resync":
            known = {*self.waiting, self.offered, self.room.id if self.room else None}
            self.waiting.extend(n for n in await self._already_waiting() if n not in known)
            if self.room is None and self.offered is None:
                await self._offer_next()
        elif kind == "notice" and nid is not None:
            if nid in self.waiting or nid == self.offered:
                return
            if self.room is not None and self.room.id == nid:
                return
            self.waiting.append(nid)
            if self.room is not None:  # heard now (after the deal's words), offered when it ends
                text = new_customer_text(self.client.language, self.names.get(nid))
                self.room.speech.notice(self.client, text, f"customer_joined-{nid}")
            elif self.offered is None:
                await self._offer_next()
        elif kind == "yes":
            if self.offered is not None:
                await self._join(self.offered)
            self.held = None
        elif kind == "speech" and nid is not None and nid == self.offered:
            if self.spoken_to != nid and await self.live.bus.claim(
                nid, HEARD_CLAIM, HEARD_CLAIM_SECONDS
            ):
                self.spoken_to = nid
        elif kind == "timeout" and nid is not None and nid == self.offered:
            if await self._spoken_to_elsewhere(nid):
                log.info("another phone of the vendor was spoken to; it takes the shopper")
                self._timer = asyncio.get_running_loop().call_later(
                    self.prompt_seconds, self.inbox.put_nowait, ("timeout", nid)
                )
                return
            await self._join(nid)
        elif kind == "ended" and self.room is not None and self.room.id == nid:
            await self._leave()
            await self._offer_next()
        elif kind == "empty" and self.room is not None and self.room.id == nid:
            customer = (await self.live.bus.members(nid)).get("customer")
            if customer is None or customer.state != "here":
                log.info("stall line left a room its shopper never came to", extra={"room": nid})
                self.absent.add(nid)
                await self._leave()
                await self._offer_next()

    async def _offer_next(self) -> None:
        """Offer the oldest shopper still waiting for a vendor (none: stay on standby)."""
        if not self.waiting and self.room is None:  # more may wait than were queued
            self.waiting.extend(await self._already_waiting())
        while self.waiting and self.room is None:
            nid = self.waiting.popleft()
            if not await self._open(nid):
                continue
            self.offered = nid
            self.ear.listen(True)
            text = offer_customer_text(self.client.language, self.names.get(nid))
            seconds = await say(self.live, self.client, text, f"offer-{nid}")
            if self.offered == nid:
                self._timer = asyncio.get_running_loop().call_later(
                    seconds + self.prompt_seconds, self.inbox.put_nowait, ("timeout", nid)
                )
            return

    async def _spoken_to_elsewhere(self, nid: int) -> bool:
        """Whether another line of this vendor heard its caller speak while offering `nid`
        (and this one did not)."""
        if self.spoken_to == nid:
            return False
        if not await self.live.bus.claim(nid, HEARD_CLAIM, 1.0):
            return True
        await self.live.bus.release(nid, HEARD_CLAIM)
        return False

    async def _forget_spoken(self) -> None:
        if self.spoken_to is not None:
            spoken_to, self.spoken_to = self.spoken_to, None
            await self.live.bus.release(spoken_to, HEARD_CLAIM)

    async def _join(self, nid: int) -> None:
        if self.held is None:  # joined when the prompt ran out: what is said from now counts
            self.held = self.ear.rest()
        self._stop_offer()
        # Another line of this vendor (a second phone) may take the shopper at the same
        # moment: one claims them while it looks and joins; the other finds them taken.
        claimed = await self.live.bus.claim(nid, JOIN_CLAIM, JOIN_CLAIM_SECONDS)
        try:
            info = await self.live.load_room(nid) if claimed and await self._open(nid) else None
            if info is None or info.vendor_id != self.vendor_id:
                self.held = None
                await self._offer_next()
                return
            try:
                self.room = await self.live.join(info, self.client, voice=self.voice, rate=1.0)
            except BaseException:
                self.held = None
                raise
        finally:
            if claimed:
                await self.live.bus.release(nid, JOIN_CLAIM)
            await self._forget_spoken()
        self.speaker = Speaker(self.live, self.room, self.client, self.actor, 8000)
        held, self.held = self.held, None
        if held:
            self.speaker.feed(b"".join(held))
        log.info("stall line joined a negotiation", extra={"room": nid})
        self._empty_timer = asyncio.get_running_loop().call_later(
            max(EMPTY_ROOM_SECONDS, 3 * self.prompt_seconds),
            self.inbox.put_nowait,
            ("empty", nid),
        )

    def _stop_offer(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        self.offered = None
        self.ear.listen(False)

    async def _leave(self) -> None:
        room, speaker = self.room, self.speaker
        if room is None:
            return
        if self._empty_timer is not None:
            self._empty_timer.cancel()
            self._empty_timer = None
        playing = room.speech.playback.get("vendor")
        if playing is not None and playing.task is not None and not playing.task.done():
            # The deal's last words are said before the line leaves the room.
            await asyncio.wait([playing.task], timeout=OUTCOME_SPEECH_SECONDS)
        self.room = self.speaker = None
        if speaker is not None:
            await speaker.close()
        await self.live.leave(room, self.client)
        log.info("stall line back on standby", extra={"room": room.id})

    async def _open(self, nid: int) -> bool:
        """Whether the negotiation is still haggled over, its shopper has not left (one who
        scanned may not have connected yet) and its vendor is on no other device (the line
        never takes a deal from the vendor's browser)."""
        found = await live_deal(self.live, nid)
        if found is None or found[0] != self.vendor_id:
            return False
        # The names as they are now: the vendor may have renamed the product since the
        # shopper's notice came, and the offer says them next.
        self.names[nid] = found[1]
        return await self._present(nid)

    async def _already_waiting(self) -> list[int]:
        return await already_waiting(self.live, self.vendor_id, self.absent)

    async def _present(self, nid: int) -> bool:
        return await present(self.live, nid, self.absent)

    async def close(self) -> None:
        if self._driver is not None:
            self._driver.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._driver
        self._stop_offer()
        if self._empty_timer is not None:
            self._empty_timer.cancel()
        with contextlib.suppress(Exception):  # a claim left lapses by itself
            await self._forget_spoken()
        await self.ear.close()
        await self.live.vendors.unsubscribe(self.vendor_id, self.notices)
        if self.speaker is not None:
            await self.speaker.close()
        if self.room is not None:
            room, self.room = self.room, None
            await self.live.leave(room, self.client)
            # Hung up mid-deal: the vendor's other phone, on standby, may take the shopper.
            await announce_waiting(
                self.live.vendors,
                vendor_id=self.vendor_id,
                negotiation_id=room.id,
                product_names=room.info.product_names or self.names.get(room.id) or {},
            )
        self.client.line = None
