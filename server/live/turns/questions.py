"""Prices heard without confidence: the speaker is asked whether they said it, and
nothing of it is recorded or passed on until they say yes (in words or with a button).
A refusal, an expiry or a new price closes the question."""

from __future__ import annotations

import logging
import time
from dataclasses import replace
from typing import TYPE_CHECKING

from audio.acts import ActKind, NegotiationAct
from audio.confirmations import ask_price, ask_total, say_again
from audio.interpret import MIN_CONFIDENCE
from audio.understanding import Understanding
from models import BidSource, Negotiation
from server.live.events import ConfirmPrice, ConfirmPriceCancelled, Understood
from server.live.prices import spoken_quantity, total_not_kept, unit_price
from server.live.turns.endpointing import PriceAnswer
from server.live.turns.rules import PriceQuestion, said_reading

if TYPE_CHECKING:
    from server.live.clients import Client
    from server.live.room import LocalRoom
    from server.live.service import LiveService
    from server.live.turns.endpointing import Speaker

log = logging.getLogger("vyaparmitra.live")


def _heard(understood: Understanding, unit: str) -> NegotiationAct:
    """The price heard, as what a yes would record: a bare price is per unit of the
    product."""
    per_unit = understood.per_unit is not False
    return NegotiationAct(
        ActKind.OFFER,
        amount_paise=understood.amount_paise,
        per_unit=per_unit,
        quantity=understood.quantity,
        unit=(understood.unit or unit) if per_unit else understood.unit,
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
        heard = _heard(understood, room.info.unit)
        quantity = spoken_quantity(heard) or (n.quantity if n is not None else 1)
        question = PriceQuestion(
            utterance_id,
            text,
            understood,
            source,
            bid_count=n.bid_count if n is not None else 0,
            deadline=live.clock() + live.confirm_seconds,
            quantity=quantity,
            unit_price_paise=unit_price(heard, quantity),
            # A total the record cannot keep as said ("a quarter kilo for 10", "100 for 7
            # kilos"): the question says the total heard and what a yes records in all.
            said=total_not_kept(said_reading(speaker, text, n), room.info.unit, quantity),
        )
        room.ask(side, question)
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
        asked = self.event(question, room.info.unit, client.language, live.confirm_seconds)
        await live.publish(room.id, replace(asked, only=side))
        log.info(
            "price heard without confidence; asking",
            extra={"room": room.id, "side": side, "confidence": understood.confidence},
        )
        if source is BidSource.VOICE:
            room.speech.prompt(client, asked.text, f"{utterance_id}-confirm")

    @staticmethod
    def event(question: PriceQuestion, unit: str, language: str, expires_in: float) -> ConfirmPrice:
        """The `confirm_price` event asking `question` in `language`."""
        understood = question.understood
        assert understood.amount_paise is not None
        said = question.said
        if said is not None:
            text = ask_total(
                heard_total_paise=said.amount_paise,
                heard_quantity=said.quantity,
                heard_unit=said.unit,
                rate_paise=question.unit_price_paise,
                quantity=question.quantity,
                unit=unit,
                language=language,
            )
        else:
            text = ask_price(_heard(understood, unit), language)
        return ConfirmPrice(
            utterance_id=question.utterance_id,
            text=text,
            language=language,
            heard=question.heard,
            amount_paise=understood.amount_paise,
            per_unit=understood.per_unit,
            quantity=understood.quantity,
            unit=understood.unit,
            unit_price_paise=question.unit_price_paise,
            expires_in=expires_in,
            total_paise=question.unit_price_paise * question.quantity,
            said_total_paise=said.amount_paise if said else None,
            said_quantity=said.quantity if said else None,
            said_unit=said.unit if said else None,
        )

    async def reask(self, room: LocalRoom, client: Client) -> None:
        """A new connection of a side (a reload, a switch of language) is asked the side's
        waiting price question again, in its own language, with the time it has left;
        one the negotiation has moved past since is closed, and the speaker asked to say
        the price again."""
        live = self.live
        question = room.questions.get(client.side)
        if question is None:
            return
        left = question.deadline - live.clock()
        n = await live.pipeline.negotiation(room.id)
        if left <= 0 or (n is not None and n.bid_count != question.bid_count):
            room.take_question(client.side, question.utterance_id)
            reason = "expired" if left <= 0 else "left_behind"
            again = say_again(client.language, can_type=client.kind != "phone")
            await live.publish(
                room.id,
                ConfirmPriceCancelled(
                    only=client.side, utterance_id=question.utterance_id, reason=reason, text=again
                ),
            )
            return
        asked = self.event(question, room.info.unit, client.language, round(left, 1))
        await client.send_event(asked.payload())

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
        question = room.take_question(client.side, answer.utterance_id)
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
