"""A speaker's decodes before their utterance ends (`Guess`): while they speak when the
STT pool is idle, and at each pause as soon as a worker is free; shown as partial
transcripts, standing as the final one when they cover all the audio, and ending the
turn early on a whole move or a finished sentence (see `server.live.turns.endpointing`).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, cast

import numpy as np

from audio.frames import Float32Array, Transcript, Utterance
from audio.vad import Endpointer, SpeechMark, SpeechPaused, UtteranceEnded
from server.live.clients import Client
from server.live.turns.decodes import decoded, traced
from server.live.turns.rules import PendingAccept, turn_ends
from server.live.turns.speaking_ahead import AheadReplies

if TYPE_CHECKING:
    from server.live.room import LocalRoom
    from server.live.service import LiveService
    from server.live.turns.endpointing import Speaker

log = logging.getLogger("vyaparmitra.live")


@dataclass
class Guess:
    """A decode of an utterance still open: a partial transcript for the speaker, and the
    final one if nothing more is said (it covers the same speech)."""

    mark: SpeechMark
    task: asyncio.Task[Transcript]
    samples: int = -1
    """How much audio was decoded: the final transcript must cover exactly as much."""
    ends: str | None = ""
    """Why the words may end the turn after a short pause ("complete": a whole move,
    "sentence": a finished sentence) or None; worked out once, when the decode is done
    ("" until then)."""
    shown: bool = False
    """Sent to the speaker as a partial transcript."""
    prepared: bool = False
    """Its reply was prepared ahead (`TurnPipeline.prepare`)."""
    partial: bool = False
    """Made while the speaker was still speaking: the recogniser's short pass alone
    (`transcribe(partial=True)`), shown to the speaker and nothing more. It never stands
    as the final transcript, never ends the turn and never has a reply prepared: a pause
    decodes afresh, with every pass."""
    went_on: threading.Event = field(default_factory=threading.Event)
    """Set once the speaker went on after the pause (the mark changed: marks only grow,
    so this decode can never be the final transcript). The decode, asked between its
    passes, then stops after the short one: it is only a partial, and a second pass
    would hold the STT worker while the next pause's decode waits."""


class PauseGuesses:
    """The `Speaker`'s decodes at pauses and while speaking, and the early end of turn
    they allow."""

    service: LiveService
    room: LocalRoom
    client: Client
    endpointer: Endpointer
    phone: bool
    pending: PendingAccept | None
    ahead: AheadReplies
    audio_in: asyncio.Queue[Float32Array | None]
    stt_hints: list[str]
    guess: Guess | None
    _pause_waiting: SpeechPaused | None
    _guessed: SpeechMark
    _ended_serial: int
    early: dict[str, asyncio.Task[Transcript]]
    to_16k: Callable[[Float32Array], Float32Array]
    _ended: Callable[[UtteranceEnded, str], None]

    def _guess_fate(self, u: Utterance, mark: SpeechMark | None) -> str:
        """Whether the decode made at the last pause stands as the final transcript, or
        why not (for the trace of where a turn's time goes)."""
        if u.id in self.early:
            return "reused (running)" if not self.early[u.id].done() else "reused"
        guess = self.guess
        if guess is None:
            return "none"
        if mark is None or guess.mark.utterance != mark.utterance:
            return "other utterance"
        if guess.partial:
            return "partial only" if guess.task.done() else "partial running"
        if guess.mark != mark or guess.samples != len(u.audio):
            return "audio grew"
        return "no"

    def _start_guess(self, mark: SpeechMark, audio: Float32Array, *, at_pause: bool) -> None:
        """Decode the utterance so far, if a local engine is free: at a pause as soon as a
        worker is free, while speaking only when the pool is idle."""
        engine = self.service.engines.local_asr(self.client.language)
        if engine is None:
            return
        current = self.guess
        if current is not None:
            if current.mark == mark and not (at_pause and current.partial):
                return  # this very speech is decoded already (a partial's: at a pause, again)
            if not current.task.done():
                if at_pause:
                    self._pause_waiting = SpeechPaused(mark, audio, time.monotonic())
                return
        if not (engine.pool.worker_free if at_pause else engine.pool.idle):
            return
        went_on = threading.Event()
        task = asyncio.create_task(
            traced(
                engine.transcribe(
                    self.to_16k(audio),
                    sample_rate=16000,
                    language=self.client.language,
                    hints=self.stt_hints,
                    partial=not at_pause,
                    still_wanted=lambda: not went_on.is_set(),
                ),
                side=self.client.side,
                purpose="pause" if at_pause else "speaking",
                mark=mark,
            ),
            name=f"guess-{self.client.side}",
        )
        task.add_done_callback(self._guess_done)
        self.guess = Guess(mark, task, len(audio), partial=not at_pause, went_on=went_on)
        self._guessed = mark
        self._pause_waiting = None

    def _guess_done(self, task: asyncio.Task[Transcript]) -> None:
        if not task.cancelled() and task.exception() is not None:
            log.debug("a partial decode failed", extra={"side": self.client.side})
        with contextlib.suppress(asyncio.QueueFull):
            self.audio_in.put_nowait(_WAKE)  # a full queue wakes the loop anyway

    async def _follow_guess(self) -> None:
        """After each chunk: end the turn early on a complete move, show a finished
        guess as a partial transcript, start the next guess."""
        guess = self.guess
        mark = self.endpointer.mark()
        self.ahead.went_on(mark)  # the speaker went on: that reply is not the turn's
        if guess is not None and mark != guess.mark:
            guess.went_on.set()  # a partial now, whatever it was started as
        if guess is not None and guess.task.done():
            transcript = decoded(guess.task)
            reason = None
            if transcript is not None and mark == guess.mark and not guess.partial:
                reason = self._ends_turn(guess, transcript)
                if not guess.prepared:
                    guess.prepared = True
                    self._prepare_ahead(guess, transcript)
            if reason is not None:
                ended = self.endpointer.end_at_pause(guess.mark)
                if ended is not None:
                    self._ended(ended, reason)
                    return
            if not guess.shown:
                guess.shown = True
                if transcript is not None and guess.mark.utterance > self._ended_serial:
                    await self.service.hearing.send_partial(cast("Speaker", self), transcript)
        if mark is None:
            return
        waiting = self._pause_waiting
        if waiting is not None:
            if waiting.mark == mark:
                self._start_guess(waiting.mark, waiting.audio, at_pause=True)
            else:
                self._pause_waiting = None
            return
        every = self.service.turn_taking.partial_every_ms
        if every and self.endpointer.silence_ms == 0:
            since = mark.speech_windows
            if self._guessed.utterance == mark.utterance:
                since -= self._guessed.speech_windows
            if since * 32 >= every:
                self._start_guess(mark, self.endpointer.audio_so_far(), at_pause=False)

    def _prepare_ahead(self, guess: Guess, transcript: Transcript) -> None:
        """At a pause whose decode covers all the speech so far (the final transcript if
        nothing more is said), prepare the reply those words would make: translated and
        synthesized for the listener while the silence runs out. Dropped if speech
        resumes; never sent before the turn ends."""
        if not self.ahead.enabled or not transcript.text.strip():
            return
        if guess.samples != len(self.endpointer.audio_so_far()):
            return
        self.ahead.at_pause(guess.mark, transcript.text)

    def _ends_turn(self, guess: Guess, transcript: Transcript) -> str | None:
        """Why a decode made at this pause ends the turn before the full hangover, or None:
        only one that covers every sample of the audio so far, decoded with confidence
        (`TurnTaking.end_min_confidence`), and whose words make a whole move ("complete")
        or a finished sentence ("sentence", `turn_ends`). A decode made while the speaker
        was still speaking lacks the last word's end, and an unsure one may be a misread
        fragment: either could read a whole move into a fragment ("Last offer," heard as
        a price) and reply while the speaker goes on."""
        taking = self.service.turn_taking
        limit = taking.fast_end_ms(self.phone)
        if limit is None or self.endpointer.silence_ms < limit:
            return None
        if transcript.confidence < taking.end_min_confidence:
            return None
        if guess.samples != len(self.endpointer.audio_so_far()):
            return None
        if guess.ends == "":
            guess.ends = turn_ends(
                transcript.text,
                language=self.client.language,
                catalogue=self.room.info.catalogue,
                awaiting_yes=self.pending is not None or self.client.side in self.room.questions,
            )
        return guess.ends


_WAKE: Float32Array = np.zeros(0, dtype=np.float32)
