"""Prices heard without confidence: the speaker is asked whether they said it, and
nothing of it is recorded or passed on until they say yes (in words or with a button).
A refusal, an expiry or a new price closes the question."""

from __future__ import annotations

import logging
import time
from collections import deque
from dataclasses import asdict, replace
from typing import TYPE_CHECKING, Any

from audio.confirmations import say_again
from audio.interpret import MIN_CONFIDENCE
from audio.understanding import Intent, PriceMention, Understanding
from models import BidSource, Negotiation, NegotiationStatus
from server.live.events import ConfirmPriceCancelled, Understood
from server.live.prices import TotalSaid, spoken_quantity, total_not_kept, unit_price
from server.live.turns.endpointing import PriceAnswer
from server.live.turns.question_wording import confirm_event, heard_understood
from server.live.turns.rules import PriceQuestion, said_reading

if TYPE_CHECKING:
    from server.live.clients import Client
    from server.live.room import LocalRoom
    from server.live.service import LiveService
    from server.live.turns.endpointing import Speaker

log = logging.getLogger("vyaparmitra.live")


def question_data(question: PriceQuestion) -> dict[str, Any]:
    """`question` as JSON for the other processes of its room (its deadline apart: that is
    kept on the wall clock beside it)."""
    return {
        "heard": question.heard,
        "understood": question.understood.to_json(),
        "source": question.source.value,
        "bid_count": question.bid_count,
        "quantity": question.quantity,
        "unit_price_paise": question.unit_price_paise,
        "said": asdict(question.said) if question.said is not None else None,
        "list_price_paise": question.list_price_paise,
    }


def question_from(utterance_id: str, d: dict[str, Any], deadline: float) -> PriceQuestion:
    """The question `question_data` made, due at `deadline` on this process's clock."""
    u = d["understood"]
    understood = Understanding(
        intent=Intent(u["intent"]),
        amount_paise=u["amount_paise"],
        per_unit=u["per_unit"],
        quantity=u["quantity"],
        unit=u["unit"],
        product=u["product"],
        confidence=u["confidence"],
        mentions=tuple(PriceMention(**m) for m in u["mentions"]),
        language=u["language"],
        final=u["final"],
    )
    said = d.get("said")
    return PriceQuestion(
        utterance_id,
        d["heard"],
        understood,
        BidSource(d["source"]),
        bid_count=int(d["bid_count"]),
        deadline=deadline,
        quantity=int(d["quantity"]),
        unit_price_paise=int(d["unit_price_paise"]),
        said=TotalSaid(**said) if said is not None else None,
        list_price_paise=d.get("list_price_paise"),
    )


class PriceQuestions:
    """Asks, closes and answers the price questions of one process's speakers."""

    def __init__(self, live: LiveService) -> None:
        self.live = live

    async def ask(
        self,
        speaker: Speaker,
        understood: Understanding,
        text: str,
        source: BidSource,
        utterance_id: str,
        n: Negotiation | None,
    ) -> None:
        """Ask the speaker whether they said the price heard without confidence; record
        nothing, pass nothing on."""
        live = self.live
        client = speaker.client
        room = speaker.room
        side = client.side
        assert understood.amount_paise is not None
        heard = heard_understood(understood, room.info.unit)
        quantity = spoken_quantity(heard) or (n.quantity if n is not None else 1)
        rate = unit_price(heard, quantity)
        # A shopper's price above the list price is recorded at the list price: the
        # question says so, never asking about a figure a yes would not record.
        cap = room.info.list_price_paise
        above = cap if side == "customer" and cap is not None and rate > cap else None
        question = PriceQuestion(
            utterance_id,
            text,
            understood,
            source,
            bid_count=n.bid_count if n is not None else 0,
            deadline=live.clock() + live.confirm_seconds,
            quantity=quantity,
            unit_price_paise=rate,
            # A total the record cannot keep as said ("a quarter kilo for 10", "100 for 7
            # kilos"): the question says the total heard and what a yes records in all.
            said=total_not_kept(said_reading(speaker, text, n), room.info.unit, quantity),
            list_price_paise=above,
        )
        room.ask(side, question)
        await self.share(room.id, side, question)
        await live.publish(
            room.id,
            Understood(
                only=side,
                utterance_id=utterance_id,
                understood=understood,
                recorded=False,
                asked=True,
            ),
        )
        asked = confirm_event(question, room.info.unit, client.language, live.confirm_seconds)
        await live.publish(room.id, replace(asked, only=side))
        log.info(
            "price heard without confidence; asking",
            extra={"room": room.id, "side": side, "confidence": understood.confidence},
        )
        if source is BidSource.VOICE:
            room.speech.prompt(client, asked.text, f"{utterance_id}-confirm")

    async def reask(self, room: LocalRoom, client: Client) -> None:
        """A new connection of a side (a reload, a switch of language) is asked the side's
        waiting price question again, in its own language, with the time it has left;
        one the negotiation has moved past since is closed, and the speaker asked to say
        the price again."""
        live = self.live
        question = await self.waiting(room, client.side)
        if question is None:
            return
        left = question.deadline - live.clock()
        n = await live.pipeline.negotiation(room.id)
        moved = n is not None and (
            n.bid_count != question.bid_count
            or n.status not in (NegotiationStatus.OPEN, NegotiationStatus.COUNTERED)
        )
        if left <= 0 or moved:
            room.take_question(client.side, question.utterance_id)
            await self.forget(room.id, client.side, question.utterance_id)
            reason = "expired" if left <= 0 else "left_behind"
            again = say_again(client.language, can_type=client.kind != "phone")
            await live.publish(
                room.id,
                ConfirmPriceCancelled(
                    only=client.side, utterance_id=question.utterance_id, reason=reason, text=again
                ),
            )
            return
        asked = confirm_event(question, room.info.unit, client.language, round(left, 1))
        await client.send_event(asked.payload())

    async def share(self, room: int, side: str, question: PriceQuestion) -> None:
        """Keep `question` where every process of the room sees it (a new connection of
        the side may land on another one); if the bus cannot, it waits here alone."""
        live = self.live
        expires_at = time.time() + (question.deadline - live.clock())
        try:
            data = question_data(question)
            await live.bus.keep_question(room, side, question.utterance_id, data, expires_at)
        except Exception as exc:
            log.warning(
                "price question not shared; it waits in this process only",
                extra={"room": room, "error": f"{type(exc).__name__}: {exc}"},
            )

    async def forget(self, room: int, side: str, utterance_id: str) -> bool | None:
        """The side's question `utterance_id` no longer waits, in every process: True when
        this closed it, False when it was closed already (elsewhere), None when it is
        kept in this process only (or the bus does not answer)."""
        try:
            return await self.live.bus.close_question(room, side, utterance_id)
        except Exception as exc:
            log.warning(
                "price question not closed for other processes",
                extra={"room": room, "error": f"{type(exc).__name__}: {exc}"},
            )
            return None

    async def waiting(self, room: LocalRoom, side: str) -> PriceQuestion | None:
        """The side's waiting question, as this process holds it or, where the room is
        shared between processes, as it was last asked in any of them (answered there:
        none, and an answer to it here is told stale)."""
        local = room.questions.get(side)
        try:
            shared = await self.live.bus.kept_question(room.id, side)
        except Exception as exc:
            log.warning(
                "shared price question not read",
                extra={"room": room.id, "error": f"{type(exc).__name__}: {exc}"},
            )
            shared = None
        if shared is None:
            return local
        if local is not None and local.utterance_id == shared.utterance_id and not shared.answered:
            return local
        if local is not None:  # answered or replaced in another process
            room.take_question(side, local.utterance_id)
        if shared.utterance_id in room.answered.get(side, ()):
            return None  # no longer waiting here (a bid left it behind): never again
        if shared.answered:
            room.answered.setdefault(side, deque(maxlen=16)).append(shared.utterance_id)
            return None
        try:
            deadline = self.live.clock() + (shared.expires_at - time.time())
            question = question_from(shared.utterance_id, shared.question, deadline)
        except (KeyError, ValueError, TypeError):
            log.warning("dropped a malformed shared price question", extra={"room": room.id})
            return None
        room.ask(side, question)
        return question

    async def closed(
        self,
        speaker: Speaker,
        question: PriceQuestion,
        reason: str,
        *,
        tell: bool = False,
        speak: bool = False,
    ) -> None:
        """The side's price question ends unconfirmed; with `tell`, the speaker is asked to
        say the price again (and hears it with `speak`)."""
        client = speaker.client
        room = speaker.room
        again = say_again(client.language, can_type=client.kind != "phone") if tell else None
        await self.live.publish(
            room.id,
            ConfirmPriceCancelled(
                only=client.side,
                utterance_id=question.utterance_id,
                reason=reason,
                text=again,
            ),
        )
        if again is not None and speak:
            room.speech.prompt(client, again, f"{question.utterance_id}-again")

    async def confirmed(
        self,
        speaker: Speaker,
        question: PriceQuestion,
        *,
        turn_id: str | None,
        eos_wall: float,
        stages: dict[str, float],
        t0: float,
    ) -> None:
        """The speaker said yes: their price goes on as a confident one would have."""
        live = self.live
        understood = replace(
            question.understood, confidence=max(question.understood.confidence, MIN_CONFIDENCE)
        )
        await live.pipeline.move(
            speaker,
            understood,
            question.heard,
            await live.pipeline.negotiation(speaker.room.id),
            source=question.source,
            utterance_id=question.utterance_id,
            turn_id=turn_id,
            eos_wall=eos_wall,
            stages=stages,
            t0=t0,
            confirmed=True,
        )

    async def answer(self, speaker: Speaker, answer: PriceAnswer) -> None:
        """A button's answer to the side's price question (`confirm_price`)."""
        live = self.live
        client = speaker.client
        room = speaker.room
        await self.waiting(room, client.side)
        question = room.take_question(client.side, answer.utterance_id)
        if (
            question is not None
            and await self.forget(room.id, client.side, answer.utterance_id) is False
        ):
            question = None  # answered in another process meanwhile
        if question is None:
            if answer.utterance_id in room.answered.get(client.side, ()):
                await live.send_error(
                    client,
                    "confirm_stale",
                    "That price question was already answered or left behind; nothing was "
                    "recorded.",
                )
            else:
                await live.send_error(
                    client,
                    "confirm_unknown",
                    "No price question with that utterance_id is waiting; nothing was recorded.",
                )
            return
        if live.clock() >= question.deadline:
            await self.closed(speaker, question, "expired", tell=True)
            await live.send_error(
                client,
                "confirm_expired",
                "That price question has expired; nothing was recorded. Please say the price "
                "again, or type it.",
            )
            return
        if not answer.confirm:
            await self.closed(speaker, question, "refused", tell=True)
            return
        await self.confirmed(
            speaker,
            question,
            turn_id=None,
            eos_wall=answer.received_at,
            stages={},
            t0=time.monotonic(),
        )
