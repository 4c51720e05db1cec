"""Speech out: per local voice a queue of `Say`s, synthesized and streamed in order, cut
short by barge-in; the listener's process reports each relayed turn's latency.

A reply may be synthesized ahead (`Speech.prepare`), while its speaker is still in the
pause that will most likely end their turn: when the turn's `Say` comes with the same
words for the same voice, its audio is already there (or on its way) and streams at
once. Prepared audio is only ever sent by `speak`, for a `Say` published after the turn
ended; anything else (the speaker went on, the words came out otherwise) is dropped
unheard.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator, Collection
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from audio.errors import EngineError
from audio.frames import SpeechChunk
from audio.vendor_phrases import customers_waiting_text
from server.live.clients import Client
from server.live.engine_errors import told
from server.live.events import Latency, Say
from server.live.turns.relay import relayed_stream

if TYPE_CHECKING:
    from server.live.room import LocalRoom

log = logging.getLogger("vyaparmitra.live")


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def prompt_for(client: Client, text: str, utterance_id: str) -> Say:
    """`text` said to `client` in its own language: a prompt of ours (a question, a
    notice, an announcement), not speech relayed from the other side."""
    return Say(
        to=client.side,
        text=text,
        language=client.language,
        utterance_id=utterance_id,
        prompt=True,
    )


@dataclass
class Playback:
    """Speech queued for one local listener, played in order, interruptible."""

    queue: asyncio.Queue[Say] = field(default_factory=asyncio.Queue)
    task: asyncio.Task[None] | None = None
    current: str | None = None
    interrupted: asyncio.Event = field(default_factory=asyncio.Event)
    last: str | None = None
    """The utterance most recently sent, which may still be playing at the far end."""
    playing_until: float = 0.0
    """When the audio already sent will have finished playing (monotonic)."""
    stopped: str | None = None
    """The utterance whose interrupted end was already sent (by `interrupt`)."""
    notice: Say | None = None
    """The notice waiting in `queue`, not yet begun: at most one waits (`Speech.notice`)."""
    notices: int = 0
    """How many notices `notice` stands for."""

    def requeue(self, says: list[Say]) -> None:
        """Replace what waits in `queue` with `says`, in that order."""
        while not self.queue.empty():
            self.queue.get_nowait()
        for say in says:
            self.queue.put_nowait(say)
        if self.notice is not None and not any(say is self.notice for say in says):
            self.notice, self.notices = None, 0

    def waiting(self) -> list[Say]:
        """What waits in `queue`, in order, left in place."""
        says = []
        while not self.queue.empty():
            says.append(self.queue.get_nowait())
        for say in says:
            self.queue.put_nowait(say)
        return says


SpeechKey = tuple[str, str, int, str | None, float]
"""What a synthesis depends on: words, language, sample rate, voice, speaking rate."""


class Prepared:
    """A reply synthesized ahead of its `Say`: chunks as they come, streamed on demand."""

    def __init__(self, key: SpeechKey, chunks: AsyncIterator[SpeechChunk]) -> None:
        self.key = key
        self.chunks: list[SpeechChunk] = []
        self.error: EngineError | None = None
        self.finished = False
        self._changed = asyncio.Event()
        self.task = asyncio.create_task(self._fill(chunks), name="speech-ahead")

    async def _fill(self, chunks: AsyncIterator[SpeechChunk]) -> None:
        try:
            async for chunk in chunks:
                self.chunks.append(chunk)
                self._changed.set()
        except EngineError as exc:
            self.error = exc
        except Exception as exc:  # a broken voice: the live synthesis says what it is
            self.error = EngineError(str(exc), retryable=False, provider="tts")
        finally:
            with contextlib.suppress(Exception):
                await chunks.aclose()  # type: ignore[attr-defined]
            self.finished = True
            self._changed.set()

    @property
    def unusable(self) -> bool:
        """Failed before any audio: synthesize afresh (failing over as usual)."""
        return self.finished and self.error is not None and not self.chunks

    async def stream(self) -> AsyncIterator[SpeechChunk]:
        """The chunks, the ones already made at once, the rest as they are made."""
        sent = 0
        while True:
            while sent < len(self.chunks):
                sent += 1
                yield self.chunks[sent - 1]
            if self.finished:
                if self.error is not None:
                    raise self.error
                return
            self._changed.clear()
            await self._changed.wait()

    def cancel(self) -> None:
        self.task.cancel()


class Speech:
    """The speech of one room's local voices."""

    def __init__(self, room: LocalRoom) -> None:
        self.room = room
        self.live = room.service
        self.playback: dict[str, Playback] = {}
        self.ahead: dict[str, Prepared] = {}
        """A reply synthesized ahead, per listening side (at most one each)."""

    def prepare(self, client: Client, text: str, voice: str | None, rate: float) -> bool:
        """Start synthesizing `text` for `client` before its `Say` exists, when the speech
        workers are idle (a reply that is due never waits behind a guess). Replaces any
        earlier one for the same listener. Whether it started."""
        key: SpeechKey = (text, client.language, client.output_rate, voice, rate)
        current = self.ahead.get(client.side)
        if current is not None and current.key == key:
            return True
        self.discard(client.side)
        pool = getattr(self.live.engines, "tts_pool", None)
        if not text.strip() or (pool is not None and not pool.idle):
            return False
        stream = self.live.engines.tts(client.language).synthesize(
            text, language=client.language, sample_rate=client.output_rate, voice=voice, rate=rate
        )
        self.ahead[client.side] = Prepared(key, stream)
        self.live.metrics.speech_ahead.labels("prepared").inc()
        return True

    def discard(self, side: str) -> None:
        """Drop (and stop) the reply prepared for `side`, unheard."""
        prepared = self.ahead.pop(side, None)
        if prepared is not None:
            prepared.cancel()
            self.live.metrics.speech_ahead.labels("dropped").inc()

    def _take(self, side: str, key: SpeechKey) -> Prepared | None:
        """The reply prepared for `side` if it is this very speech; any other is dropped."""
        prepared = self.ahead.get(side)
        if prepared is None:
            return None
        if prepared.key != key or prepared.unusable:
            self.discard(side)
            return None
        del self.ahead[side]
        self.live.metrics.speech_ahead.labels("used").inc()
        return prepared

    def enqueue(self, client: Client, say: Say) -> None:
        """Queue `say` for the client's voice, after what waits, but before a waiting
        notice (`notice`): the conversation's own words are never held up by it."""
        playback = self.playback.setdefault(client.side, Playback())
        if playback.notice is None:
            playback.queue.put_nowait(say)
        else:
            says = playback.waiting()
            at = next(i for i, waiting in enumerate(says) if waiting is playback.notice)
            playback.requeue([*says[:at], say, *says[at:]])
        self._start(client, playback)

    def notice(self, client: Client, text: str, utterance_id: str) -> None:
        """Queue a new customer's notice for the client's voice, after everything else. At
        most one notice waits unsaid: one that comes while another waits replaces it with
        a single sentence for all of them ("3 new customers are waiting"), so a busy stall
        never queues minutes of notices on a phone."""
        playback = self.playback.setdefault(client.side, Playback())
        if playback.notice is None:
            playback.notice, playback.notices = prompt_for(client, text, utterance_id), 1
            playback.queue.put_nowait(playback.notice)
        else:
            count = playback.notices + 1
            merged = prompt_for(
                client, customers_waiting_text(count, client.language), f"customers-{utterance_id}"
            )
            says = [merged if w is playback.notice else w for w in playback.waiting()]
            playback.notice, playback.notices = merged, count
            playback.requeue(says)
        self._start(client, playback)

    def _start(self, client: Client, playback: Playback) -> None:
        if playback.task is None or playback.task.done():
            playback.task = asyncio.create_task(self._play(client, playback))

    def drop_queued(self, side: str, utterance_ids: Collection[str]) -> None:
        """Speech for `side` not yet begun whose utterance is one of `utterance_ids` is
        dropped (an offer superseded by a newer one: the listener hears the newest). What
        is playing plays on."""
        playback = self.playback.get(side)
        if playback is None or playback.queue.empty():
            return
        playback.requeue([s for s in playback.waiting() if s.utterance_id not in utterance_ids])

    def prompt(self, client: Client, text: str, utterance_id: str) -> None:
        """Queue a prompt of ours (`prompt_for`) for the client's voice."""
        self.enqueue(client, prompt_for(client, text, utterance_id))

    async def interrupt(self, side: str) -> None:
        playback = self.playback.get(side)
        if playback is None:
            return
        playback.requeue([])
        current = playback.current
        if current is not None:
            # The speaking loop stops at its next chunk; the far end is told now, not after
            # the synthesis of a sentence: `clear` (phone) or `audio_end` interrupted.
            playback.interrupted.set()
            client = self.room.clients.get(side)
            if client is not None and playback.stopped != current:
                playback.stopped = current
                playback.playing_until = 0.0
                await client.end_audio(current, interrupted=True)
        elif playback.last is not None and time.monotonic() < playback.playing_until:
            # All sent, but the far end is still playing it: tell it to drop the rest.
            client = self.room.clients.get(side)
            playback.playing_until = 0.0
            if client is not None:
                await client.end_audio(playback.last, interrupted=True)

    def stop(self) -> None:
        for playback in self.playback.values():
            if playback.task is not None:
                playback.task.cancel()
        for side in list(self.ahead):
            self.discard(side)

    async def _play(self, client: Client, playback: Playback) -> None:
        while not playback.queue.empty():
            # Whoever is the side's voice now: a replaced connection hears nothing more.
            voice = self.room.clients.get(client.side)
            if voice is None:
                playback.requeue([])
                return
            say = playback.queue.get_nowait()
            if say is playback.notice:  # begun: a notice after it waits anew
                playback.notice, playback.notices = None, 0
            playback.current = say.utterance_id
            playback.interrupted.clear()
            try:
                await self.speak(voice, say, playback)
            except Exception:
                log.exception("speaking failed", extra={"side": client.side})
            finally:
                playback.current = None

    async def speak(self, client: Client, say: Say, playback: Playback) -> None:
        """Synthesize `say` for a local listener and stream it; report the turn latency."""
        live = self.live
        members = await live.bus.members(self.room.id)
        me = members.get(client.side)
        tts = live.engines.tts(client.language)
        started = time.monotonic()
        first: float | None = None
        utterance_id = say.utterance_id
        await client.start_audio(utterance_id, say.text)
        voice, rate = (me.voice, me.rate) if me else (None, 1.0)
        prepared = self._take(
            client.side, (say.text, client.language, client.output_rate, voice, rate)
        )
        stream = (
            prepared.stream()
            if prepared is not None
            else tts.synthesize(
                say.text,
                language=client.language,
                sample_rate=client.output_rate,
                voice=voice,
                rate=rate,
            )
        )
        if say.relay is not None:  # untranslated words: the note, then the words as said
            stream = relayed_stream(live, self.room.id, client, say, stream)
        was_interrupted = False
        playback.stopped = None
        playback.last = utterance_id
        playback.playing_until = max(playback.playing_until, time.monotonic())
        try:
            async for chunk in stream:
                if playback.interrupted.is_set():
                    was_interrupted = True
                    break
                if not chunk.pcm:
                    continue
                ready = time.monotonic()
                await client.send_audio(chunk.pcm)
                # The far end plays what it gets in order, from when it gets it: a chunk
                # that comes after the last has played out (a synthesis slower than the
                # speech, a first sentence slow to come) starts playing on arrival.
                seconds = len(chunk.pcm) / 2 / chunk.sample_rate
                playback.playing_until = max(playback.playing_until, ready) + seconds
                if first is None:
                    first = time.monotonic()
                    if say.eos_wall is not None:
                        await self._report_latency(client, say, say.eos_wall, first - started)
                        self._trace(client, say, say.eos_wall, started, ready, first)
        except EngineError as exc:
            # Cut short as surely as by a barge-in: the rest of the sentence will not come.
            was_interrupted = True
            await live.send_error(client, *told("tts", exc))
        finally:
            await stream.aclose()  # type: ignore[attr-defined]
            if prepared is not None:
                prepared.cancel()
            was_interrupted = was_interrupted or playback.interrupted.is_set()
            if was_interrupted:
                playback.playing_until = 0.0
            if playback.stopped != utterance_id:  # `interrupt` has said it already
                await client.end_audio(utterance_id, interrupted=was_interrupted)

    def _trace(
        self, client: Client, say: Say, eos_wall: float, started: float, ready: float, sent: float
    ) -> None:
        self.live.tracing.turn(
            negotiation_id=self.room.id,
            speaker=say.from_,
            listener=client.side,
            utterance_id=say.utterance_id,
            eos_wall=float(eos_wall),
            stages=say.stages or {},
            tts_started=started,
            audio_ready=ready,
            audio_sent=sent,
            end_of_turn=say.end_of_turn,
        )

    async def _report_latency(
        self, client: Client, say: Say, eos_wall: float, tts_first: float
    ) -> None:
        metrics = self.live.metrics
        total = time.time() - float(eos_wall)
        stages = dict(say.stages or {})
        stages["tts_first_audio"] = round(tts_first, 4)
        metrics.turn_seconds.labels("tts_first_audio").observe(tts_first)
        metrics.turn_seconds.labels("total").observe(total)
        log.info(
            "turn",
            extra={
                "room": self.room.id,
                "utterance_id": say.utterance_id,
                "total_ms": _ms(total),
                **{f"{k}_ms": _ms(v) for k, v in stages.items()},
            },
        )
        await self.live.publish(
            self.room.id,
            Latency(
                utterance_id=say.utterance_id,
                speaker=say.from_,
                listener=client.side,
                total_ms=_ms(total),
                stages_ms={k: _ms(v) for k, v in stages.items()},
                end_of_turn=say.end_of_turn,
            ),
        )
