"""One turn's words, as small stages after speech to text (`hearing`): understanding (a
price question may intercept it), the domain's record (`server.live.turns.record`), and
the relay (`server.live.turns.translated`): rendered, translated, and published as a `say`
for the listener's voice.

Whichever process holds the listener's socket synthesizes the speech in the listener's
language and voice and streams it (`server.live.playback`); then it publishes the
turn's latency, measured from the speaker's end of speech.

While the speaker is in a pause that may end their turn, the relay their words so far
would make is prepared ahead (`server.live.turns.ahead`).
"""

from __future__ import annotations

import time
from dataclasses import replace
from typing import TYPE_CHECKING

from audio.acts import ActKind
from audio.interpret import MIN_CONFIDENCE, act_from, unless_market_talk
from audio.market import is_courtesy
from audio.understanding import Understanding
from models import BidSource, Negotiation, Side
from server.live.events import (
    ConfirmCancelled,
    TranscriptEvent,
    Understood,
)
from server.live.turns import feedback
from server.live.turns.ahead import ReplyAhead
from server.live.turns.feedback import expects_answer
from server.live.turns.record import record_move
from server.live.turns.rules import (
    MIN_STT_CONFIDENCE,
    is_confirmation,
    is_refusal,
    mishearing,
    reading_of,
    too_long_to_price,
)
from server.live.turns.translated import relay_translated
from server.sessions import read_only

if TYPE_CHECKING:
    from server.live.service import LiveService
    from server.live.turns.endpointing import Speaker


class TurnPipeline:
    """The turns of one process's speakers, spoken or typed."""

    def __init__(self, live: LiveService) -> None:
        self.live = live
        self.ahead = ReplyAhead(live, self.negotiation)
        """Relays worked out during a pause (`server.live.turns.ahead`)."""

    async def prepare(self, speaker: Speaker, text: str) -> None:
        """`ReplyAhead.prepare`: the relay `text` would make, made ahead of the turn's end."""
        await self.ahead.prepare(speaker, text)

    async def handle_words(
        self,
        speaker: Speaker,
        text: str,
        *,
        source: BidSource,
        utterance_id: str,
        eos_wall: float,
        stages: dict[str, float],
        confidence: float = 1.0,
        t_start: float | None = None,
        cut: bool = False,
        seen_seq: int | None = None,
    ) -> None:
        """Words from a speaker (spoken or typed): understand, record, pass on. A price
        heard without confidence is neither recorded nor passed on: its speaker is asked
        whether they said it, and these words may be their answer. `cut`: the words come
        from speech cut at the maximum utterance length, where a number may be split
        ("… thirty" | "eight rupees"): a price in them is asked back, never read.
        `seen_seq`: typed words' `expected_seq`, the offer their sender saw."""
        live = self.live
        client = speaker.client
        room = speaker.room
        side = client.side
        t0 = t_start or time.monotonic()
        n = await self.negotiation(room.id)
        understood = reading_of(speaker, text, n)
        unsure = price_in_doubt(understood, confidence, cut=cut)
        # A price question waiting: these words answer it, replace it, or (other words:
        # "pardon?", a question about the product) leave it waiting.
        asked = room.questions.get(side)
        answer: str | None = None
        if asked is not None:
            late = live.clock() >= asked.deadline
            same = understood.amount_paise == asked.understood.amount_paise
            if unsure and not late and same:
                # The same price heard twice in whole lines is what was said; in a piece
                # of speech cut at the maximum length (a long monologue saying it again
                # and again) the question asked stands: asked once, never again meanwhile.
                answer = "standing" if cut else "heard_twice"
            elif understood.amount_paise is not None:
                answer = "replaced"
            elif is_confirmation(text, client.language):
                answer = "expired" if late else "yes"
            elif is_refusal(text, client.language):
                answer = "refused"
            if answer is not None and answer != "standing":
                room.take_question(side, asked.utterance_id)
                await live.questions.forget(room.id, side, asked.utterance_id)
        await live.publish(
            room.id,
            TranscriptEvent(
                # An unsure price, and the yes or no it is answered with, stay with the
                # speaker: the other side only ever gets a price that was confirmed.
                only=side if unsure or answer in ("yes", "refused", "expired") else None,
                side=side,
                text=text,
                final=True,
                utterance_id=utterance_id,
                language=client.language,
                confidence=round(confidence, 3),
            ),
        )
        # A pending spoken accept or refusal: this utterance confirms it or cancels it.
        if speaker.pending is not None:
            pending, speaker.pending = speaker.pending, None
            # A refusal was of the offer then on the table: once the other side has made a
            # new one, a yes to "end this deal?" ends nothing (the new offer stands).
            moved = pending.reject is not None and (n is None or n.bid_count != pending.bid_count)
            yes = is_confirmation(text, client.language)
            late = live.clock() >= pending.deadline
            if not late and yes and not moved:
                await live.moves.tell_confirming(speaker, pending, "answered")
                if pending.reject is not None:  # "yes, end it": the refusal stands
                    await self.move(
                        speaker,
                        pending.reject,
                        pending.heard,
                        n,
                        source=BidSource.VOICE,
                        utterance_id=utterance_id,
                        eos_wall=eos_wall,
                        stages=stages,
                        t0=t0,
                        end_confirmed=True,
                    )
                    return
                await live.moves.accept_spoken(speaker, pending, utterance_id, eos_wall, stages, t0)
                return
            await live.publish(room.id, ConfirmCancelled(only=side, utterance_id=utterance_id))
            if not pending.told_end:  # the other side hears the bargaining goes on
                await live.moves.tell_confirming(
                    speaker, pending, "lapsed" if late else "cancelled"
                )
            if moved and yes:  # that yes answered the old question, not the new offer
                return
        if answer == "standing":
            return  # the words go no further than an unsure price would
        confirmed = False
        if asked is not None and answer is not None:
            speak = source is BidSource.VOICE
            if answer == "heard_twice":  # the same price heard twice: that is what was said
                unsure, confirmed = False, True
                understood = replace(
                    understood, confidence=max(understood.confidence, MIN_CONFIDENCE)
                )
                confidence = max(confidence, MIN_STT_CONFIDENCE)
            elif answer == "yes":
                await live.questions.confirmed(
                    speaker, asked, turn_id=utterance_id, eos_wall=eos_wall, stages=stages, t0=t0
                )
                return
            elif answer in ("expired", "refused"):
                await live.questions.closed(speaker, asked, answer, tell=True, speak=speak)
                return
            else:  # replaced: the new price is handled (or asked about) below
                await live.questions.closed(speaker, asked, answer)
        if unsure:
            await live.questions.ask(speaker, understood, text, source, utterance_id, n)
            return
        if source is BidSource.VOICE and asked is None and expects_answer(n, side):
            reason = mishearing(text, client.language, understood)
            opening = n is not None and n.last_bid_side is None
            if reason == "no_move" and opening and is_courtesy(text, client.language):
                reason = None  # "namaste" before anyone offered: no price is owed for it
            if reason is not None:  # told, and the words still pass on as said
                await self.not_understood(speaker, reason, text, utterance_id)
        elif asked is None and understood.amount_paise is None and too_long_to_price(text):
            # "I will pay 1000000000000000 rupees": a number no price can be, typed or
            # said whoever's turn it is; told so, never passed over in silence.
            await self.not_understood(speaker, "no_move", text, utterance_id)
        await self.move(
            speaker,
            understood,
            text,
            n,
            source=source,
            utterance_id=utterance_id,
            eos_wall=eos_wall,
            stages=stages,
            t0=t0,
            stt_confidence=confidence,
            confirmed=confirmed,
            seen_seq=seen_seq,
        )

    async def understood(self, speaker: Speaker, text: str) -> Understanding:
        """What these words say in the negotiation as it stands now (`handle_words`
        reads them the same way): the test a line's first reading must pass to stand
        without a second decode of the whole line (`Hearing.read_whole`)."""
        return reading_of(speaker, text, await self.negotiation(speaker.room.id))

    async def nothing_heard(self, speaker: Speaker, utterance_id: str) -> None:
        """Speech whose transcript has no words (`server.live.turns.feedback`)."""
        await feedback.nothing_heard(self.live, speaker, utterance_id)

    async def not_understood(
        self, speaker: Speaker, reason: str, heard: str, utterance_id: str
    ) -> None:
        await feedback.not_understood(self.live, speaker, reason, heard, utterance_id)

    async def negotiation(self, room_id: int) -> Negotiation | None:
        async with self.live.unit() as session:
            await read_only(session)  # read at each turn and each pause: never a lock
            return await session.get(Negotiation, room_id)

    async def move(
        self,
        speaker: Speaker,
        understood: Understanding,
        text: str,
        n: Negotiation | None,
        *,
        source: BidSource,
        utterance_id: str,
        eos_wall: float,
        stages: dict[str, float],
        t0: float,
        turn_id: str | None = None,
        stt_confidence: float = 1.0,
        confirmed: bool = False,
        end_confirmed: bool = False,
        seen_seq: int | None = None,
    ) -> None:
        """Record the understood move and pass it on to the listener. `confirmed`: a price
        its speaker confirmed; the listener hears it rendered, never the unsure words.
        `end_confirmed`: a spoken refusal its speaker confirmed with a yes. `seen_seq`:
        the offer a typed accept's sender saw (`record_move`).
        `turn_id` is the utterance that ended this turn, when not `utterance_id`."""
        live = self.live
        client = speaker.client
        room = speaker.room
        info = room.info
        side = client.side
        other = Side(side).other.value
        members = await live.bus.members(room.id)
        listener_language = members[other].language if other in members else client.language
        names = info.names_by_key.get(understood.product or "", info.product_names)
        act = act_from(understood, speaker=side, product_names=names)
        # "ok, I'll come tomorrow": a market act with filler words, no accept.
        act = unless_market_talk(
            act,
            text,
            source=client.language,
            catalogue=info.catalogue,
            has_outstanding_offer=n is not None
            and n.last_bid_side is not None
            and n.last_bid_side.value == other,
        )
        if stt_confidence < MIN_STT_CONFIDENCE:
            act = None  # the words still reach the listener; nothing is recorded
        t_understood = time.monotonic()
        stages["understand"] = t_understood - t0
        await live.publish(
            room.id,
            Understood(
                only=side,
                utterance_id=utterance_id,
                understood=understood,
                recorded=act is not None and act.kind is not ActKind.QUESTION,
                confirmed=confirmed,
            ),
        )
        if act is not None and n is not None:
            recorded = await record_move(
                live,
                speaker,
                act,
                text,
                n,
                source=source,
                utterance_id=utterance_id,
                understood=understood,
                end_confirmed=end_confirmed,
                seen_seq=seen_seq,
            )
            if recorded is None:
                return
            act, capped = recorded
            confirmed = confirmed or capped
        t_domain = time.monotonic()
        stages["domain"] = t_domain - t_understood
        await relay_translated(
            live,
            self.ahead,
            speaker,
            act,
            text,
            listener_language,
            confirmed=confirmed,
            utterance_id=utterance_id,
            turn_id=turn_id,
            eos_wall=eos_wall,
            stages=stages,
            t_domain=t_domain,
            unpriced=info if understood.amount_paise is None else None,
        )


def price_in_doubt(understood: Understanding, confidence: float, *, cut: bool = False) -> bool:
    """A price read without confidence (the words' or the recogniser's), or from speech cut
    at the maximum length: asked back of its speaker, never recorded as heard."""
    return understood.amount_paise is not None and (
        cut or understood.confidence < MIN_CONFIDENCE or confidence < MIN_STT_CONFIDENCE
    )
