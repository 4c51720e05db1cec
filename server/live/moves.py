"""The moves a live speaker makes: bid, accept, reject. Each runs the domain in its own
transaction and, once it has committed, tells the room (`offer`, `order`, `state`); a
refusal is told to the speaker alone. The HTTP API tells the room of its moves the same
way (`tell_bid`, `tell_accept`, `publish_state` through `tell_committed`, from
`server.live.telling`), so every channel is one conversation. A commit whose outcome is
unknown is followed up by `server.live.settling`."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import uuid
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy.ext.asyncio import AsyncSession

from audio.acts import ActKind, NegotiationAct
from audio.phrasebook import confirm_prompt, end_deal_prompt, render
from models import BidSource, Negotiation, Side
from server.dbtime import database_budget
from server.domain import negotiation as domain
from server.domain.context import Actor
from server.domain.errors import DomainError
from server.live import rechecks
from server.live.events import (
    ConfirmAccept,
    Confirming,
    ConfirmReject,
    Say,
)
from server.live.settling import Recheck, Settler
from server.live.telling import Telling
from server.live.turns.rules import PendingAccept
from server.live.views import accept_act
from server.outages import log_failure

if TYPE_CHECKING:
    from audio.understanding import Understanding
    from server.live.service import LiveService
    from server.live.turns.endpointing import Speaker

log = logging.getLogger("vyaparmitra.live")

T = TypeVar("T")


class Moves(Telling):
    """Bids, accepts and rejects from the room's sockets, recorded and told to the room."""

    def __init__(self, live: LiveService) -> None:
        self.live = live
        self.settler = Settler(live, tell_committed=self.tell_committed, resync=self._resync)
        self._settling = self.settler.tasks
        self._resyncs: set[asyncio.Task[None]] = set()
        """Resync notices waiting for the bus to answer again (`_resync_elsewhere`)."""
        self._lapses: set[asyncio.Task[None]] = set()
        """Spoken accepts and refusals waiting for their yes (`watch_lapse`)."""

    def _actor(self, speaker: Speaker) -> Actor:
        return Actor(
            speaker.actor.user_id,
            speaker.actor.role,
            request_id=f"ws-{uuid.uuid4().hex[:12]}",
            ip=speaker.actor.ip,
        )

    async def _domain(
        self,
        speaker: Speaker,
        action: Callable[[AsyncSession, Actor], Awaitable[T]],
        recheck: Callable[[T], Recheck],
    ) -> T | None:
        client = speaker.client

        async def lost() -> None:
            with contextlib.suppress(Exception):
                await self.live.send_error(
                    client, "not_saved", "That was not saved after all; try again."
                )

        try:
            # One database budget for the move (`server.db.database_budget`); the
            # transaction is `commit`'s, which follows up an unknown outcome.
            with database_budget(self.live.db_seconds):
                async with self.live.sessions() as session:
                    actor = self._actor(speaker)
                    return await self.commit(
                        session,
                        speaker.room.id,
                        lambda: action(session, actor),
                        recheck,
                        on_lost=lost,
                    )
        except DomainError as exc:
            await self.live.send_error(speaker.client, exc.code, exc.message, exc.detail)
            return None
        except Exception as exc:
            # A fault below the domain (the database away, a value it cannot store) is
            # told to the speaker; the socket and the room carry on.
            log_failure(log, "live action failed", exc, room=speaker.room.id)
            await self.live.send_error(
                speaker.client, "unavailable", "That could not be saved just now; try again."
            )
            return None

    async def place_bid(
        self,
        speaker: Speaker,
        amount_paise: int,
        source: BidSource,
        *,
        transcript: str | None = None,
        utterance_id: str | None = None,
        quantity: int | None = None,
        confirm_below_floor: bool = False,
    ) -> domain.BidOutcome | None:
        """The bid recorded and told to the room; None when refused (the speaker is told)."""
        client = speaker.client

        async def action(session: AsyncSession, actor: Actor) -> domain.BidOutcome:
            return await domain.place_bid(
                session,
                actor,
                speaker.room.id,
                amount_paise=amount_paise,
                idle_seconds=self.live.idle_seconds,
                min_total_paise=self.live.min_total_paise,
                max_total_paise=self.live.max_total_paise,
                quantity=quantity,
                source=source,
                transcript=transcript,
                language=client.language,
                utterance_id=utterance_id,
                confirm_below_floor=confirm_below_floor,
            )

        def recheck(outcome: domain.BidOutcome) -> Recheck:
            return self.bid_saved(outcome, side=client.side, source=source, transcript=transcript)

        outcome = await self._domain(speaker, action, recheck)
        if outcome is None:
            return None
        self.live.metrics.bids.labels(source.value).inc()
        await self.tell_bid(
            speaker.room.id,
            outcome,
            side=client.side,
            source=source,
            utterance_id=utterance_id,
            transcript=transcript,
        )
        return outcome

    async def accept(
        self,
        speaker: Speaker,
        *,
        expected_seq: int | None,
        source: BidSource,
        confirm_below_floor: bool = False,
    ) -> domain.AcceptOutcome | None:
        """The deal, told to the room; None when the domain refused it (the accepter was
        told why)."""

        async def action(session: AsyncSession, actor: Actor) -> domain.AcceptOutcome:
            return await domain.accept_offer(
                session,
                actor,
                speaker.room.id,
                reservation_seconds=self.live.reservation_seconds,
                min_total_paise=self.live.min_total_paise,
                max_total_paise=self.live.max_total_paise,
                confirm_below_floor=confirm_below_floor,
                expected_seq=expected_seq,
            )

        side = speaker.client.side
        outcome = await self._domain(
            speaker, action, lambda o: self.accept_saved(o, side=side, source=source)
        )
        if outcome is None:
            return None
        await self.tell_accept(speaker.room.id, outcome, side=side, source=source)
        return outcome

    async def await_yes(
        self, speaker: Speaker, n: Negotiation, latest: int, utterance_id: str
    ) -> None:
        """A spoken accept waits for its one-word confirmation."""
        live = self.live
        client = speaker.client
        speaker.pending = PendingAccept(
            n.bid_count, latest, live.clock() + live.confirm_seconds, utterance_id=utterance_id
        )
        prompt = confirm_prompt(
            NegotiationAct(ActKind.ACCEPT, amount_paise=latest, unit=speaker.room.info.unit),
            client.language,
        )
        # Through the room to every screen of the speaker's side (a console watching the
        # phone leg too), each reading the question in its own language (`LocalRoom`).
        await live.publish(
            speaker.room.id,
            ConfirmAccept(
                only=client.side,
                utterance_id=utterance_id,
                text=prompt,
                amount_paise=latest,
                expires_in=live.confirm_seconds,
            ),
        )
        speaker.room.speech.prompt(client, prompt, f"{utterance_id}-confirm")
        await self.tell_confirming(speaker, speaker.pending, "waiting")

    async def await_end_yes(
        self,
        speaker: Speaker,
        n: Negotiation,
        understood: Understanding,
        text: str,
        utterance_id: str,
    ) -> None:
        """A spoken refusal that would end the negotiation waits for its one-word yes, as
        a spoken accept does: one misheard "no" must not close a haggle."""
        live = self.live
        client = speaker.client
        speaker.pending = PendingAccept(
            n.bid_count,
            n.last_bid_amount_paise or 0,
            live.clock() + live.confirm_seconds,
            reject=understood,
            heard=text,
            utterance_id=utterance_id,
        )
        prompt = end_deal_prompt(client.language)
        await live.publish(
            speaker.room.id,
            ConfirmReject(
                only=client.side,
                utterance_id=utterance_id,
                text=prompt,
                expires_in=live.confirm_seconds,
            ),
        )
        speaker.room.speech.prompt(client, prompt, f"{utterance_id}-confirm")
        await self.tell_confirming(speaker, speaker.pending, "waiting")

    async def tell_confirming(self, speaker: Speaker, pending: PendingAccept, state: str) -> None:
        """Tell the other side, which would otherwise hear nothing while the speaker's
        spoken move waits for its yes, that it waits (`state` `waiting`, and the question
        watched for its lapse), was answered, or ended without a yes. Each of its
        sockets reads it in its own language and its voice hears it (`LocalRoom`)."""
        side = speaker.client.side
        await self.live.publish(
            speaker.room.id,
            Confirming(
                only=Side(side).other.value,
                side=side,
                utterance_id=pending.utterance_id,
                move=pending.move,
                state=state,
            ),
        )
        if state == "waiting":
            self.watch_lapse(speaker, pending)

    def watch_lapse(self, speaker: Speaker, pending: PendingAccept) -> None:
        """When the question's time is up and it still waits (no words came from its
        speaker), the other side is told it lapsed; the speaker's next words find it
        lapsed as before and are handled as ordinary words."""

        async def lapse() -> None:
            await asyncio.sleep(self.live.confirm_seconds)
            if speaker.pending is not pending:
                return
            pending.told_end = True
            try:
                await self.tell_confirming(speaker, pending, "lapsed")
            except Exception as exc:  # the bus away: the question lapses all the same
                log_failure(log, "lapse not told", exc, room=speaker.room.id)

        task = asyncio.create_task(lapse())
        self._lapses.add(task)
        task.add_done_callback(self._lapses.discard)

    async def accept_spoken(
        self,
        speaker: Speaker,
        pending: PendingAccept,
        utterance_id: str,
        eos_wall: float,
        stages: dict[str, float],
        t0: float,
    ) -> None:
        """A spoken accept, confirmed: the deal, and the other side hears it said."""
        client = speaker.client
        outcome = await self.accept(speaker, expected_seq=pending.bid_count, source=BidSource.VOICE)
        if outcome is None:
            return
        other = Side(client.side).other.value
        members = await self.live.bus.members(speaker.room.id)
        language = members[other].language if other in members else client.language
        act = accept_act(
            outcome.order.unit_price_paise,  # the deal's price, as recorded
            unit=speaker.room.info.unit,
            product_names=speaker.room.info.product_names,
            speaker=client.side,
        )
        stages["understand"] = time.monotonic() - t0
        text = render(act, language)
        await self.live.publish(
            speaker.room.id,
            Say(
                to=other,
                from_=client.side,
                text=text,
                language=language,
                utterance_id=utterance_id,
                eos_wall=eos_wall,
                stages={k: round(v, 4) for k, v in stages.items()},
            ),
        )

    async def reject(self, speaker: Speaker, *, worded: bool = True) -> None:
        """End the negotiation. Not `worded` (a button): no words are relayed, so the
        other side hears the refusal said."""

        async def action(session: AsyncSession, actor: Actor) -> Negotiation:
            return await domain.reject_negotiation(session, actor, speaker.room.id)

        negotiation = await self._domain(speaker, action, self.state_saved)
        if negotiation is not None:
            side = None if worded else speaker.client.side
            await self.publish_state(speaker.room.id, negotiation, rejected_by=side)

    # Commits whose outcome is unknown (`server.live.settling`).

    async def commit(
        self,
        session: AsyncSession,
        room_id: int,
        move: Callable[[], Awaitable[T]],
        recheck: Callable[[T], Recheck],
        *,
        on_lost: Callable[[], Awaitable[None]] | None = None,
    ) -> T:
        """`Settler.commit`: commit `move`, following up an unknown outcome."""
        return await self.settler.commit(session, room_id, move, recheck, on_lost=on_lost)

    def follow_up(
        self,
        room_id: int,
        xid: int | None,
        check: Recheck,
        on_lost: Callable[[], Awaitable[None]] | None = None,
    ) -> asyncio.Task[bool | None]:
        """`Settler.follow_up`: start the follow-up of a commit with an unknown outcome."""
        return self.settler.follow_up(room_id, xid, check, on_lost)

    async def aclose(self) -> None:
        for task in [*self._resyncs, *self._lapses]:
            task.cancel()
        await asyncio.gather(*self._resyncs, *self._lapses, return_exceptions=True)
        await self.settler.aclose()

    def bid_saved(
        self,
        outcome: domain.BidOutcome,
        *,
        side: str,
        source: BidSource,
        transcript: str | None = None,
    ) -> Recheck:
        """Whether this bid was saved; if so, its `offer` and `state` as `tell_bid` says."""
        return rechecks.bid_saved(self, outcome, side=side, source=source, transcript=transcript)

    def accept_saved(
        self, outcome: domain.AcceptOutcome, *, side: str, source: BidSource
    ) -> Recheck:
        """Whether this accept's order was saved; if so, `order` and `state`."""
        return rechecks.accept_saved(self, outcome, side=side, source=source)

    def state_saved(self, negotiation: Negotiation) -> Recheck:
        """Whether a reject or cancel was saved; if so, `state`."""
        return rechecks.state_saved(self, negotiation)
