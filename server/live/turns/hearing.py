"""The first stage of a voice turn: speech to text in the speaker's language. A full
STT pool makes the speaker's client hear `busy` while the utterance waits its turn in
line; a recogniser that has not made out the words `SLOW_NOTICE_S` after the speaker
stopped (a remote engine answering slowly) makes the room hear `slow`, so neither side
waits in silence; partial transcripts of words still being said go to the speaker's
screen only."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from dataclasses import replace
from typing import TYPE_CHECKING

from audio.confirmations import not_understood
from audio.errors import EngineError, PoolSaturated
from audio.frames import Transcript, Utterance
from audio.providers.whisper_readings import may_hold_price
from models import BidSource
from server.live.engine_errors import told
from server.live.events import Busy, Slow, TranscriptEvent
from server.live.turns.decodes import decoded, log_decode
from server.live.turns.pipeline import price_in_doubt
from server.live.turns.rules import BUSY_RETRY_SECONDS

if TYPE_CHECKING:
    from server.live.service import LiveService
    from server.live.turns.endpointing import Speaker

log = logging.getLogger("vyaparmitra.live")

SLOW_NOTICE_S = 3.0
"""How long after the end of an utterance its words may go unheard before the room is told
the line is slow (`slow`): a local decode takes well under a second."""

SPEAKING_AGAIN_MAX_S = 16.0
"""The longest a turn's words wait for its speaker to finish speaking again: longer than
the endpointer's longest utterance (15 s), after which that speech is cut anyway."""


class Hearing:
    """Transcribes one process's utterances, final and partial."""

    def __init__(self, live: LiveService) -> None:
        self.live = live
        self.slow_notice_s = SLOW_NOTICE_S

    async def send_partial(self, speaker: Speaker, transcript: Transcript) -> None:
        """Words so far of an utterance still going on, for the speaker's own screen.
        Partials never reach the domain: only a final transcript can record a bid."""
        if not transcript.text.strip():
            return
        client = speaker.client
        self.live.metrics.partials.labels("shown").inc()
        await self.live.publish(
            speaker.room.id,
            TranscriptEvent(
                only=client.side,
                side=client.side,
                text=transcript.text,
                final=False,
                language=client.language,
                confidence=round(transcript.confidence, 3),
            ),
        )

    async def voice_turn(self, speaker: Speaker, utterance: Utterance) -> None:
        slow = asyncio.create_task(self._tell_slow(speaker, utterance.id))
        try:
            await self._voice_turn(speaker, utterance, slow)
        finally:
            slow.cancel()

    async def _tell_slow(self, speaker: Speaker, utterance_id: str) -> None:
        """The room hears `slow` once the words have gone unheard `slow_notice_s`."""
        await asyncio.sleep(self.slow_notice_s)
        try:
            await self.live.publish(
                speaker.room.id,
                Slow(side=speaker.client.side, utterance_id=utterance_id, stage="hearing"),
            )
        except Exception as exc:  # a notice only: the turn goes on without it
            log.warning(
                "a slow turn was not told to its room",
                extra={"room": speaker.room.id, "error": f"{type(exc).__name__}: {exc}"},
            )

    async def _voice_turn(
        self, speaker: Speaker, utterance: Utterance, slow: asyncio.Task[None]
    ) -> None:
        client = speaker.client
        ended = utterance.ended_at
        eos = speaker.eos.pop(utterance.id, ended)
        eos_wall = time.time() - (time.monotonic() - eos)
        transcript: Transcript | None = None
        early = speaker.early.pop(utterance.id, None)
        live = self.live
        if early is not None:  # decoded while the speaker paused; fails over to a decode
            await asyncio.wait([early])
            transcript = decoded(early)
            if transcript is not None and not self.reusable(transcript):
                live.metrics.partials.labels("redecoded").inc()
                # Unsure of the pause's audio: decode the whole afresh. The same engine on
                # the same audio reads the same words, so their reply is prepared meanwhile.
                speaker.ahead.for_ended(transcript.text)
                transcript = None
        audio = speaker.to_16k(utterance.audio) if transcript is None else utterance.audio
        asr = live.engines.asr(client.language)
        told_busy = False
        waited = False
        purpose = "final" if early is None else "redecode"
        while transcript is None:
            started = time.monotonic()
            try:
                heard = await asr.transcribe(
                    audio,
                    sample_rate=16000,
                    language=client.language,
                    hints=speaker.stt_hints,
                    utterance_id=utterance.id,
                )
            except PoolSaturated:
                if not told_busy:
                    told_busy = True
                    live.metrics.busy.inc()
                    # Every screen in the room shows it (a console watching the
                    # phone leg too), worded by the page in its language: the speaker's
                    # side that its words are queued, the other that words are coming.
                    await live.publish(
                        speaker.room.id,
                        Busy(
                            side=client.side,
                            utterance_id=utterance.id,
                            message="Many people are talking; your words are queued.",
                        ),
                    )
                pool = live.engines.stt_pool
                if pool.saturated:  # wait in line, woken when a decode finishes
                    await pool.wait_for_room(first=waited)
                    waited = True
                else:  # saturated somewhere else (a remote provider's own limit)
                    await asyncio.sleep(BUSY_RETRY_SECONDS)
            except EngineError as exc:
                await live.send_error(client, *told("stt", exc))
                if client.kind == "phone":
                    # A phone shows no `error`: it hears that its words were not made out
                    # and to say them again, as for words with no move in them.
                    spoken = not_understood("nothing_heard", "", client.language, can_type=False)
                    speaker.room.speech.prompt(client, spoken, f"{utterance.id}-again")
                return
            else:
                log_decode(
                    heard,
                    side=client.side,
                    purpose=purpose,
                    started=started,
                    utterance_id=utterance.id,
                )
                transcript = heard
        if transcript.text.strip() and not utterance.cut:
            transcript = await self.read_whole(speaker, utterance, transcript)
        slow.cancel()  # heard: what follows is told as it comes
        with contextlib.suppress(asyncio.CancelledError):
            await slow
        stt_done = time.monotonic()
        live.metrics.queue_depth.labels("stt").set(live.engines.stt_pool.in_flight)
        await speaker.ahead.settle(transcript.text)
        if not transcript.text.strip():
            await self.live.pipeline.nothing_heard(speaker, utterance.id)
            return
        await self.speaker_done(speaker)
        speaker.heard_audio[utterance.id] = utterance.audio
        try:
            await self.live.pipeline.handle_words(
                speaker,
                transcript.text,
                source=BidSource.VOICE,
                utterance_id=utterance.id,
                eos_wall=eos_wall,
                stages={"endpoint": ended - eos, "stt": stt_done - ended},
                confidence=transcript.confidence,
                t_start=stt_done,
                cut=utterance.cut,
            )
        finally:
            speaker.heard_audio.pop(utterance.id, None)

    async def speaker_done(self, speaker: Speaker) -> None:
        """Wait while the speaker is speaking again (confirmed speech since this turn's
        cut, up to `SPEAKING_AGAIN_MAX_S`): the endpointer cut them at a pause they went
        on from ("Last offer, [pause] thirty five a kilo" on a phone leg), and a reply to
        the first words must not reach the listener while they still speak. Only a reply
        made sooner than they resume can: with the pause's decode standing as the final
        transcript, a fragment's words are ready within a few ms of the cut."""
        until = time.monotonic() + SPEAKING_AGAIN_MAX_S
        # The endpointer has no event to wait on; a 20 ms poll is cheap.
        while speaker.endpointer.in_speech and time.monotonic() < until:  # noqa: ASYNC110
            await asyncio.sleep(0.02)

    async def read_whole(
        self, speaker: Speaker, utterance: Utterance, first: Transcript
    ) -> Transcript:
        """A line's first reading (the pause's decode, or the line's own) stands only when
        it is sure: no price in it that its speaker would be asked about, and no number or
        unit read below `TurnTaking.whole_min_confidence`. Otherwise the whole line is
        read on the recogniser's full window, and that reading stands if it holds a price
        the pipeline would record; else `first` stands (and a price in it is asked). Of
        two unsure readings the recogniser keeps the surer by its own measure, which may
        say the price less plainly. A full window the first decode already ran on the
        same audio (a short reading under the bar that may hold a price goes on to it) is
        taken from its trace (`DecodeStep.text`): only a reading that stood on the short
        window alone costs a decode more (`transcribe(whole=True)`). The short window's
        reading is never taken over the first: it read "Thirty seven rupees, only for
        you." as "30th and 1 rupees only for you", a ₹1 the words are sure of."""
        live = self.live
        client = speaker.client
        pipeline = live.pipeline
        bar = live.turn_taking.whole_min_confidence
        # Words that name no number, unit or currency hold no price in doubt: most turns
        # end here, before a read of the negotiation and a second understanding of the
        # words (the pipeline reads both again for the turn).
        if not may_hold_price(first.text, client.language):
            return first
        if first.confidence >= bar and not price_in_doubt(
            await pipeline.understood(speaker, first.text), first.confidence
        ):
            return first
        started = time.monotonic()
        whole = full_window_reading(first)
        if whole is None:
            engine = live.engines.local_asr(client.language)
            if engine is None:  # a remote recogniser is asked once per utterance
                return first
            try:
                whole = await engine.transcribe(
                    speaker.to_16k(utterance.audio),
                    sample_rate=16000,
                    language=client.language,
                    hints=speaker.stt_hints,
                    utterance_id=utterance.id,
                    whole=True,
                )
            except EngineError:  # busy or failed: the first reading stands, as before
                return first
            log_decode(
                whole, side=client.side, purpose="whole", started=started, utterance_id=utterance.id
            )
        heard = await pipeline.understood(speaker, whole.text) if whole.text.strip() else None
        sure = (
            heard is not None
            and heard.amount_paise is not None
            and not price_in_doubt(heard, whole.confidence)
        )
        live.metrics.partials.labels("whole sure" if sure else "whole unsure").inc()
        return whole if sure else first

    def reusable(self, transcript: Transcript) -> bool:
        """A decode made at a pause may stand as the final transcript (its audio is the
        final audio): only one decoded with confidence, and never an empty one."""
        limit = self.live.turn_taking.reuse_min_confidence
        return bool(transcript.text.strip()) and transcript.confidence >= limit


def full_window_reading(transcript: Transcript) -> Transcript | None:
    """The reading of the full-window pass a decode already made of the same audio (kept
    in its trace), as a transcript of its own; None if that decode made none."""
    for step in transcript.steps:
        if step.kind == "full" and step.text is not None:
            return replace(
                transcript,
                text=step.text,
                confidence=step.confidence or 0.0,
                segments=(),
                steps=(step,),
            )
    return None
