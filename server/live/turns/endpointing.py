"""A speaker's audio in: VAD endpointing in order, partial decodes at pauses and while
they speak (`server.live.turns.guesses`), an early end of turn on a whole move; then
their turns, one at a time.

While someone speaks, the words so far are decoded now and then when the STT pool is
idle (partial transcripts, shown to the speaker only), and again at the first short
pause. If nothing more is said, that decode is the final transcript; and if its words
already make a whole move (a price, a question, the awaited yes) or a finished sentence
of any other kind (closed by the recogniser with a full stop, three words or more, no
dangling last word), the turn ends after a short pause instead of the full silence
hangover. That decode is the final transcript
only when it provably covers the final audio (no speech, and no audio, added since its
mark: the same samples, which the recogniser reads the same way twice; a confidence bar,
`TurnTaking.reuse_min_confidence`, is 0 by default); otherwise the whole utterance is
decoded afresh. Either way a reading in doubt (a price its speaker would be asked about,
a number read without confidence) stands only after the whole line's other readings
were weighed (`Hearing.read_whole`).

Speech onset (`SpeechOnset`, ~96 ms of speech) is barge-in: the speaker's own playback
stops at once, in this process, before the utterance is confirmed or decoded. A phone
leg's audio is heard by the VAD at 8 kHz, as it was sent (`endpointer_for`).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from audio.codecs import StreamResampler, pcm16_to_float32, resample
from audio.frames import Float32Array, Transcript, Utterance
from audio.vad import (
    SpeechMark,
    SpeechOnset,
    SpeechPaused,
    SpeechStarted,
    UtteranceEnded,
    VADEvent,
    endpointer_for,
)
from models import BidSource
from server.domain.context import Actor
from server.live.clients import Client
from server.live.refs import handling
from server.live.turns import feedback
from server.live.turns.guesses import Guess, PauseGuesses
from server.live.turns.rules import PendingAccept
from server.live.turns.speaking_ahead import AheadReplies
from server.outages import log_failure

if TYPE_CHECKING:
    from server.live.room import LocalRoom
    from server.live.service import LiveService

log = logging.getLogger("vyaparmitra.live")


@dataclass(frozen=True)
class TypedWords:
    """A `text` message: typed instead of spoken, handled in turn with spoken words."""

    text: str
    expected_seq: int | None = None
    """The offer its sender saw: an accept in the words accepts that one only."""
    received_at: float = field(default_factory=time.time)
    ref: str | None = None
    """The message's `ref`, echoed on an `error` that refuses what the words say."""


@dataclass(frozen=True)
class PriceAnswer:
    """A `confirm_price` message: the speaker's button answer to a price question."""

    utterance_id: str
    confirm: bool
    received_at: float = field(default_factory=time.time)
    ref: str | None = None
    """The message's `ref`, echoed on an `error` that refuses the answer."""


class Speaker(PauseGuesses):
    """One participant's audio in: endpointing in order, then turns in order."""

    def __init__(
        self, service: LiveService, room: LocalRoom, client: Client, actor: Actor, input_rate: int
    ) -> None:
        self.service = service
        self.room = room
        self.client = client
        self.actor = actor
        self.endpointer = endpointer_for(
            input_rate, service.vad, service.vad_8k, service.endpointer_config
        )
        self.input_rate = input_rate
        """The client's audio rate: PCM16 at it is `2 * input_rate` bytes a second."""
        self.phone = input_rate < 16000
        """A narrowband (phone) leg, where pauses sound longer to the VAD."""
        self.rate = self.endpointer.rate
        """The VAD's rate: utterances come at it; speech to text gets 16 kHz."""
        self.resampler = StreamResampler(input_rate, self.rate)
        self.audio_in: asyncio.Queue[Float32Array | None] = asyncio.Queue(maxsize=500)
        self._queued = 0
        """Chunks put in `audio_in` so far."""
        self._taken = 0
        """Chunks taken from it so far."""
        self._gap_after: int | None = None
        """Audio was dropped after this many chunks queued (None: nothing dropped since the
        last utterance it fell in)."""
        self.turns: asyncio.Queue[Utterance | TypedWords | PriceAnswer] = asyncio.Queue()
        self.pending: PendingAccept | None = None
        self.muted = False
        self.eos: dict[str, float] = {}
        """Monotonic end of speech per utterance id, fixed when the endpointer cut it."""
        self.heard_audio: dict[str, Float32Array] = {}
        """The audio of the turn being handled (at `rate`), relayed if no engine
        translates its words (`server.live.turns.relay`)."""
        self.early: dict[str, asyncio.Task[Transcript]] = {}
        """Decodes that ran before their utterance ended and cover all of it, by id."""
        self.end_reasons: dict[str, str] = {}
        """Why each utterance ended: "complete" (a whole move) or "sentence" (a finished
        sentence), both after a short pause, or "silence" (the full hangover)."""
        self.guess: Guess | None = None
        self.ahead = AheadReplies(
            lambda text: service.pipeline.prepare(self, text),
            on_drop=self._forget_speech_ahead,
            wait_s=service.turn_taking.ahead_wait_ms / 1000,
            side=client.side,
            enabled=service.turn_taking.speak_ahead,
        )
        """Replies prepared ahead: at a pause, and for an ended utterance's turn."""
        self._pause_waiting: SpeechPaused | None = None
        """A pause heard while the previous guess was still decoding."""
        self._guessed = SpeechMark(-1, 0, 0)
        self._ended_serial = -1
        self.stt_hints = [
            name
            for names in room.info.names_by_key.values()
            for lang, name in names.items()
            if lang == client.language
        ]
        """Catalogue names in the speaker's language, to prompt the recogniser with."""
        self._tasks = [
            asyncio.create_task(self._endpoint_loop(), name=f"vad-{client.side}"),
            asyncio.create_task(self._turn_loop(), name=f"turns-{client.side}"),
        ]

    def feed(self, pcm16: bytes) -> None:
        """Queue raw audio (at the client's rate); a full queue drops this chunk, loudly,
        and the utterance the gap falls in is not decoded (`_endpoint`): words with a hole
        cut in them could read as another price ("four [hundred and] fifty")."""
        if self.muted:
            return
        samples = pcm16_to_float32(pcm16)
        try:
            self.audio_in.put_nowait(samples)
        except asyncio.QueueFull:
            if self._gap_after is None:
                self._gap_after = self._queued
            self.service.metrics.errors.labels("audio_backlog").inc()
            log.warning("audio backlog; dropping a chunk", extra={"side": self.client.side})
            return
        self._queued += 1

    async def _endpoint_loop(self) -> None:
        while True:
            samples = await self.audio_in.get()
            if samples is None:
                break
            self._taken += 1
            try:
                await self._endpoint(samples)
            except Exception:  # one bad chunk (or a bus hiccup) must not deafen the speaker
                self.service.metrics.errors.labels("endpointing").inc()
                log.exception("endpointing failed", extra={"side": self.client.side})

    async def _endpoint(self, samples: Float32Array) -> None:
        events: list[VADEvent] = []
        if samples.size:  # an empty chunk only wakes the loop: a guess is decoded
            x = self.resampler.process(samples)
            events = await self.service.vad_pool.run(self.endpointer.push, x, time.monotonic())
        for event in events:
            if isinstance(event, SpeechOnset):
                await self.room.barge_in(self.client.side)
            elif isinstance(event, SpeechStarted):
                at_ms = event.start_sample * 1000 // self.rate
                await self.room.speech_started(self.client.side, at_ms)
            elif isinstance(event, SpeechPaused):
                self._start_guess(event.mark, event.audio, at_pause=True)
            elif isinstance(event, UtteranceEnded):
                if self._gap_after is not None and self._taken > self._gap_after:
                    self._gap_after = None  # the audio dropped lies in these words
                    await self._lost(event)
                else:
                    self._ended(event, "silence")
        await self._follow_guess()

    async def _lost(self, event: UtteranceEnded) -> None:
        """Words with audio dropped from them (`feed`): never decoded; the speaker is told
        nothing clear was heard and to say it again, as for words with none."""
        self.service.metrics.end_of_turn.labels("audio_lost").inc()
        self.ahead.utterance_ended(event.mark)
        log.warning(
            "utterance with dropped audio not decoded",
            extra={"side": self.client.side, "utterance_id": event.utterance.id},
        )
        await feedback.not_understood(self.service, self, "nothing_heard", "", event.utterance.id)

    def _ended(self, event: UtteranceEnded, reason: str) -> None:
        metrics = self.service.metrics
        metrics.utterances.inc()
        metrics.end_of_turn.labels(reason).inc()
        u = event.utterance
        # The speaker stopped at end_sample; the cut came a hangover later.
        behind = (self.endpointer.position - u.end_sample) / self.rate
        self.eos[u.id] = u.ended_at - max(0.0, behind)
        self.end_reasons[u.id] = reason
        while len(self.end_reasons) > 16:  # turns that never reach a reply (no words, ...)
            del self.end_reasons[next(iter(self.end_reasons))]
        self.ahead.utterance_ended(event.mark)
        if event.mark is not None:
            self._ended_serial = event.mark.utterance
            guess = self.guess
            if (
                guess is not None
                and not guess.partial
                and guess.mark == event.mark
                and guess.mark.end_sample == event.mark.end_sample
                and guess.samples == len(u.audio)
            ):
                # Nothing said since, and not one sample more: the decode covers exactly
                # the final audio (`Hearing` still decodes afresh an unsure one).
                self.early[u.id] = guess.task
                self.guess = None
                metrics.partials.labels("final").inc()
        self.turns.put_nowait(u)
        log.info(
            "utterance ended",
            extra={
                "side": self.client.side,
                "utterance_id": u.id,
                "end_reason": reason,
                "audio_s": round(len(u.audio) / self.rate, 3),
                "eos": round(self.eos[u.id], 4),
                "ended_at": round(u.ended_at, 4),
                "guess": self._guess_fate(u, event.mark),
            },
        )

    def to_16k(self, audio: Float32Array) -> Float32Array:
        """Audio at the VAD's rate as speech to text takes it (a whole stretch at once)."""
        return resample(audio, self.rate, 16000)

    def _forget_speech_ahead(self) -> None:
        other = "vendor" if self.client.side == "customer" else "customer"
        self.room.speech.discard(other)

    async def _turn_loop(self) -> None:
        while True:
            item = await self.turns.get()
            # An `error` while typed words or a button answer are handled names the
            # message (its `ref`), so a client that sent several knows which it was.
            with handling(self.client, getattr(item, "ref", None)):
                try:
                    await self._take_turn(item)
                except asyncio.CancelledError:
                    raise
                except Exception as exc:
                    log_failure(log, "turn failed", exc, side=self.client.side)
                    await self.service.send_error(
                        self.client, "turn_failed", "Sorry, that turn could not be processed."
                    )

    async def _take_turn(self, item: TypedWords | PriceAnswer | Utterance) -> None:
        if isinstance(item, TypedWords):
            await self.service.pipeline.handle_words(
                self,
                item.text,
                source=BidSource.TEXT,
                utterance_id=f"t-{uuid.uuid4().hex[:12]}",
                eos_wall=item.received_at,
                stages={},
                seen_seq=item.expected_seq,
            )
        elif isinstance(item, PriceAnswer):
            await self.service.questions.answer(self, item)
        else:
            await self.service.hearing.voice_turn(self, item)

    async def close(self) -> None:
        self.ahead.close()
        tasks = list(self._tasks) + list(self.early.values())
        if self.guess is not None:
            tasks.append(self.guess.task)
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
