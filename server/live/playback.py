"""Speech out: per local voice a queue of `Say`s, synthesized and streamed in order, cut
short by barge-in; the listener's process reports each relayed turn's latency."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from audio.errors import EngineError, EngineUnavailable
from server.live.clients import Client
from server.live.events import Latency, Say

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


class Speech:
    """The speech of one room's local voices."""

    def __init__(self, room: LocalRoom) -> None:
        self.room = room
        self.live = room.service
        self.playback: dict[str, Playback] = {}

    def enqueue(self, client: Client, say: Say) -> None:
        playback = self.playback.setdefault(client.side, Playback())
        playback.queue.put_nowait(say)
        if playback.task is None or playback.task.done():
            playback.task = asyncio.create_task(self._play(client, playback))

    def drop_queued(self, side: str, utterance_ids: Collection[str]) -> None:
        """Speech for `side` not yet begun whose utterance is one of `utterance_ids` is
        dropped (an offer superseded by a newer one: the listener hears the newest). What
        is playing plays on."""
        playback = self.playback.get(side)
        if playback is None or playback.queue.empty():
            return
        kept = []
        while not playback.queue.empty():
            say = playback.queue.get_nowait()
            if say.utterance_id not in utterance_ids:
                kept.append(say)
        for say in kept:
            playback.queue.put_nowait(say)

    def prompt(self, client: Client, text: str, utterance_id: str) -> None:
        """Queue a prompt of ours (`prompt_for`) for the client's voice."""
        self.enqueue(client, prompt_for(client, text, utterance_id))

    async def interrupt(self, side: str) -> None:
        playback = self.playback.get(side)
        if playback is None:
            return
        while not playback.queue.empty():
            playback.queue.get_nowait()
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

    async def _play(self, client: Client, playback: Playback) -> None:
        while not playback.queue.empty():
            # Whoever is the side's voice now: a replaced connection hears nothing more.
            voice = self.room.clients.get(client.side)
            if voice is None:
                while not playback.queue.empty():
                    playback.queue.get_nowait()
                return
            say = playback.queue.get_nowait()
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
        stream = tts.synthesize(
            say.text,
            language=client.language,
            sample_rate=client.output_rate,
            voice=me.voice if me else None,
            rate=me.rate if me else 1.0,
        )
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
                playback.playing_until += len(chunk.pcm) / 2 / chunk.sample_rate
                if first is None:
                    first = time.monotonic()
                    if say.eos_wall is not None:
                        await self._report_latency(client, say, say.eos_wall, first - started)
                        self._trace(client, say, say.eos_wall, started, ready, first)
        except EngineError as exc:
            code = "engine_unavailable" if isinstance(exc, EngineUnavailable) else "tts_failed"
            await live.send_error(client, code, exc.message)
        finally:
            await stream.aclose()  # type: ignore[attr-defined]
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
