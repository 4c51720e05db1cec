"""The live negotiation: rooms of sockets, the turn pipeline, and what the domain records.

One turn, per speaker: audio → VAD endpointing → STT in the speaker's language →
understanding → domain (a bid, a pending accept, a reject) → the listener's language →
a `say` room event. Whichever process holds the listener's socket synthesizes the speech
in the listener's language and voice and streams it, sentence by sentence; then it
publishes the turn's latency, measured from the speaker's end of speech.

Inference never runs on the event loop: VAD, STT and TTS go through worker pools, and a
full STT pool makes the speaker's client hear `busy` while the utterance waits its turn.

While someone speaks, the words so far are decoded now and then when the STT pool is
idle (partial transcripts, shown to the speaker only), and again at the first short
pause. If nothing more is said, that decode is the final transcript; and if its words
already make a whole move (a price, a question, the awaited yes), the turn ends after a
short pause instead of the full silence hangover.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sys
import time
import uuid
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from audio.acts import ActKind, NegotiationAct
from audio.codecs import StreamResampler, pcm16_to_float32
from audio.confirmations import ask_price, say_again
from audio.errors import EngineError, PoolSaturated
from audio.frames import Float32Array, Transcript, Utterance
from audio.interpret import MIN_CONFIDENCE, act_from
from audio.phrasebook import confirm_prompt, render
from audio.registry import EngineRegistry
from audio.understanding import Catalogue, CatalogueItem, Intent, Understanding, understand
from audio.vad import (
    Endpointer,
    EndpointerConfig,
    SileroVAD,
    SpeechMark,
    SpeechPaused,
    SpeechStarted,
    UtteranceEnded,
    VADEvent,
)
from audio.vendor_phrases import hint_text, spoken_hint
from audio.workers import WorkerPool
from models import Bid, BidSource, Negotiation, Product, Role, Side
from server.domain import hints
from server.domain import negotiation as domain
from server.domain.assistant import Hint
from server.domain.context import Actor
from server.domain.errors import DomainError
from server.live.clients import Client
from server.live.metrics import LiveMetrics
from server.live.rooms import Member, MemoryRoomBus, RoomBus, RoomEvent
from server.live.vendors import VendorChannels

log = logging.getLogger("vyaparmitra.live")

CONFIRM_SECONDS = 20.0
"""How long a spoken accept waits for its one-word confirmation, and a price heard
without confidence for its yes."""
MIN_STT_CONFIDENCE = 0.35
"""A transcript below this is not trusted with a price, however clear its words read."""
BUSY_RETRY_SECONDS = 0.15

_CONFIRM_WORDS = frozenset(
    (
        "yes yeah yep yup confirm confirmed sure ok okay done deal right correct exactly "
        "haan han ha haa ji pakka theek thik hai sahi "
        "हाँ हां हा जी पक्का ठीक है सही हो होय बरोबर ஆமா ஆமாம் சரி சரிதான் అవును సరే కరెక్ట్ "
        "হ্যাঁ হাঁ ঠিক আছে ಹೌದು ಸರಿ അതെ ശരി ਹਾਂ ਠੀਕ ਸਹੀ ਜੀ હા બરાબર હાં"
    ).split()
)

_REFUSAL_WORDS = frozenset(
    (
        "no nope nah not wrong incorrect nahi nahin nai na galat nako "
        "नहीं नही ना गलत ग़लत नाही नको चूक இல்லை இல்ல இல்லே தப்பு వద్దు కాదు లేదు తప్పు "
        "না নাহ ভুল ના નહીં નહિ ખોટું ಇಲ್ಲ ಅಲ್ಲ ತಪ್ಪು ഇല്ല അല്ല തെറ്റ് ਨਹੀਂ ਨਾ ਗਲਤ ਗ਼ਲਤ"
    ).split()
)


def _words(text: str) -> list[str]:
    words = [w.strip(".,!?।॥'\"").lower() for w in text.split()]
    return [w for w in words if w]


def is_confirmation(text: str, language: str) -> bool:
    """A short "yes" (any supported language), or an understood accept with no new price.
    Not one asked back ("हाँ?", "ji?": "pardon?")."""
    if text.rstrip().endswith("?"):
        return False
    words = _words(text)
    if words and len(words) <= 4 and all(w in _CONFIRM_WORDS for w in words):
        return True
    understood = understand(text, language=language)
    return understood.intent is Intent.ACCEPT and understood.amount_paise is None


def is_refusal(text: str, language: str) -> bool:
    """A short "no" or "wrong" (any supported language), or an understood refusal with no
    price in it: the answer to "did you say 35 rupees?" when they did not."""
    words = _words(text)
    if words and len(words) <= 4 and all(w in _REFUSAL_WORDS for w in words):
        return True
    understood = understand(text, language=language)
    return understood.intent is Intent.REJECT and understood.amount_paise is None


_DANGLING = frozenset(
    "and or but for a an the to of per with at in if so because than aur ya lekin magar "
    "और या लेकिन मगर".split()
)
"""A last word that says more is coming."""


def completes_turn(
    text: str, *, language: str, catalogue: Catalogue | None = None, awaiting_yes: bool = False
) -> bool:
    """Whether the words so far already make a whole move, so a short pause may end the
    turn: a price (an offer or a counter), a question, or the yes a spoken accept awaits.
    A bare "okay" or "no" is often followed by a price ("No, thirty."), and a trailing
    "and"/"for" by more words: those wait out the full silence."""
    words = _words(text)
    if not words or words[-1] in _DANGLING:
        return False
    if awaiting_yes and is_confirmation(text, language):
        return True
    understood = understand(text, language=language, catalogue=catalogue)
    if understood.intent in (Intent.OFFER, Intent.COUNTER):
        return understood.amount_paise is not None and understood.confidence >= 0.5
    return understood.intent is Intent.QUESTION and text.rstrip().endswith("?")


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


@dataclass(frozen=True)
class TurnTaking:
    """When a speaker's turn ends, and what is decoded while they still speak."""

    complete_hangover_ms: int | None = 384
    """Silence that ends an utterance whose words so far make a whole move
    (`completes_turn`); other utterances wait out the endpointer's full hangover. It must
    outlast a sentence break after a price ("Thirty six. [~250 ms] Very fresh.", up to
    ~320 ms of VAD silence on a phone line). None: always the full hangover."""
    partial_every_ms: int | None = 640
    """New speech between two partial decodes while someone speaks (only when the STT
    pool is idle, so partials never hold up a final). None: partials only at pauses."""


@dataclass
class Guess:
    """A decode of an utterance still open: a partial transcript for the speaker, and the
    final one if nothing more is said (it covers the same speech)."""

    mark: SpeechMark
    task: asyncio.Task[Transcript]
    complete: bool | None = None
    """The words make a whole move; worked out once, when the decode is done."""
    shown: bool = False
    """Sent to the speaker as a partial transcript."""


@dataclass
class RoomInfo:
    """What a room needs to know about its negotiation, loaded once per join."""

    negotiation_id: int
    customer_id: int
    vendor_id: int
    product_id: int
    product_names: dict[str, str]
    unit: str
    catalogue: Catalogue
    names_by_key: dict[str, dict[str, str]]


@dataclass(frozen=True)
class TypedWords:
    """A `text` message: typed instead of spoken, handled in turn with spoken words."""

    text: str
    received_at: float = field(default_factory=time.time)


@dataclass(frozen=True)
class PriceAnswer:
    """A `confirm_price` message: the speaker's button answer to a price question."""

    utterance_id: str
    confirm: bool
    received_at: float = field(default_factory=time.time)


@dataclass
class PendingAccept:
    bid_count: int
    amount_paise: int
    deadline: float


@dataclass(frozen=True)
class PriceQuestion:
    """A price heard without confidence, waiting for its speaker's yes: nothing of it was
    recorded or passed on."""

    utterance_id: str
    heard: str
    """The speaker's words, as transcribed."""
    understood: Understanding
    source: BidSource
    bid_count: int
    """Bids made when it was asked: any later bid leaves the question behind."""
    deadline: float


@dataclass
class Playback:
    """Speech queued for one local listener, played in order, interruptible."""

    queue: asyncio.Queue[dict[str, Any]] = field(default_factory=asyncio.Queue)
    task: asyncio.Task[None] | None = None
    current: str | None = None
    interrupted: asyncio.Event = field(default_factory=asyncio.Event)
    last: str | None = None
    """The utterance most recently sent, which may still be playing at the far end."""
    playing_until: float = 0.0
    """When the audio already sent will have finished playing (monotonic)."""


class Speaker:
    """One participant's audio in: endpointing in order, then turns in order."""

    def __init__(
        self, service: LiveService, room: LocalRoom, client: Client, actor: Actor, input_rate: int
    ) -> None:
        self.service = service
        self.room = room
        self.client = client
        self.actor = actor
        self.endpointer = Endpointer(service.vad, service.endpointer_config)
        self.resampler = StreamResampler(input_rate, 16000)
        self.audio_in: asyncio.Queue[Float32Array | None] = asyncio.Queue(maxsize=500)
        self.turns: asyncio.Queue[Utterance | TypedWords | PriceAnswer] = asyncio.Queue()
        self.pending: PendingAccept | None = None
        self.muted = False
        self.eos: dict[str, float] = {}
        """Monotonic end of speech per utterance id, fixed when the endpointer cut it."""
        self.early: dict[str, asyncio.Task[Transcript]] = {}
        """Decodes that ran before their utterance ended and cover all of it, by id."""
        self.end_reasons: dict[str, str] = {}
        """Why each utterance ended: "complete" (a whole move, short pause) or "silence"."""
        self.guess: Guess | None = None
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
        """Queue raw audio (at the client's rate); a full queue drops this chunk, loudly."""
        if self.muted:
            return
        samples = pcm16_to_float32(pcm16)
        try:
            self.audio_in.put_nowait(samples)
        except asyncio.QueueFull:
            self.service.metrics.errors.labels("audio_backlog").inc()
            log.warning("audio backlog; dropping a chunk", extra={"side": self.client.side})

    async def _endpoint_loop(self) -> None:
        while True:
            samples = await self.audio_in.get()
            if samples is None:
                break
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
            if isinstance(event, SpeechStarted):
                await self.room.speech_started(self.client.side)
            elif isinstance(event, SpeechPaused):
                self._start_guess(event.mark, event.audio, at_pause=True)
            elif isinstance(event, UtteranceEnded):
                self._ended(event, "silence")
        await self._follow_guess()

    def _ended(self, event: UtteranceEnded, reason: str) -> None:
        metrics = self.service.metrics
        metrics.utterances.inc()
        metrics.end_of_turn.labels(reason).inc()
        u = event.utterance
        # The speaker stopped at end_sample; the cut came a hangover later.
        behind = (self.endpointer.position - u.end_sample) / 16000
        self.eos[u.id] = u.ended_at - max(0.0, behind)
        self.end_reasons[u.id] = reason
        while len(self.end_reasons) > 16:  # turns that never reach a reply (no words, ...)
            del self.end_reasons[next(iter(self.end_reasons))]
        if event.mark is not None:
            self._ended_serial = event.mark.utterance
            guess = self.guess
            if guess is not None and guess.mark == event.mark:
                self.early[u.id] = guess.task  # nothing said since: no second decode
                self.guess = None
                metrics.partials.labels("final").inc()
        self.turns.put_nowait(u)

    def _start_guess(self, mark: SpeechMark, audio: Float32Array, *, at_pause: bool) -> None:
        """Decode the utterance so far, if a local engine is free: at a pause as soon as a
        worker is free, while speaking only when the pool is idle."""
        engine = self.service.engines.local_asr(self.client.language)
        if engine is None:
            return
        current = self.guess
        if current is not None:
            if current.mark == mark:
                return  # this very speech is decoded already
            if not current.task.done():
                if at_pause:
                    self._pause_waiting = SpeechPaused(mark, audio, time.monotonic())
                return
        if not (engine.pool.worker_free if at_pause else engine.pool.idle):
            return
        task = asyncio.create_task(
            engine.transcribe(
                audio, sample_rate=16000, language=self.client.language, hints=self.stt_hints
            ),
            name=f"guess-{self.client.side}",
        )
        task.add_done_callback(self._guess_done)
        self.guess = Guess(mark, task)
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
        if guess is not None and guess.task.done():
            transcript = _result(guess.task)
            if transcript is not None and mark == guess.mark and self._ends_turn(guess, transcript):
                ended = self.endpointer.end_at_pause(guess.mark)
                if ended is not None:
                    self._ended(ended, "complete")
                    return
            if not guess.shown:
                guess.shown = True
                if transcript is not None and guess.mark.utterance > self._ended_serial:
                    await self.service.send_partial(self, transcript)
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

    def _ends_turn(self, guess: Guess, transcript: Transcript) -> bool:
        limit = self.service.turn_taking.complete_hangover_ms
        if limit is None or self.endpointer.silence_ms < limit:
            return False
        if guess.complete is None:
            guess.complete = completes_turn(
                transcript.text,
                language=self.client.language,
                catalogue=self.room.info.catalogue,
                awaiting_yes=self.pending is not None or self.client.side in self.room.questions,
            )
        return guess.complete

    async def _turn_loop(self) -> None:
        while True:
            item = await self.turns.get()
            try:
                if isinstance(item, TypedWords):
                    await self.service.handle_words(
                        self,
                        item.text,
                        source=BidSource.TEXT,
                        utterance_id=f"t-{uuid.uuid4().hex[:12]}",
                        eos_wall=item.received_at,
                        stages={},
                    )
                elif isinstance(item, PriceAnswer):
                    await self.service.answer_price(self, item)
                else:
                    await self.service.voice_turn(self, item)
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("turn failed", extra={"side": self.client.side})
                await self.service.send_error(
                    self.client, "turn_failed", "Sorry, that turn could not be processed."
                )

    async def close(self) -> None:
        tasks = list(self._tasks) + list(self.early.values())
        if self.guess is not None:
            tasks.append(self.guess.task)
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task


_WAKE: Float32Array = np.zeros(0, dtype=np.float32)


def _result(task: asyncio.Task[Transcript]) -> Transcript | None:
    """A finished decode's transcript, or None if it failed or was cancelled."""
    if task.cancelled() or task.exception() is not None:
        return None
    return task.result()


class LocalRoom:
    """This process's share of a room: its sockets, their playback, and the event pump."""

    def __init__(self, service: LiveService, info: RoomInfo) -> None:
        self.service = service
        self.info = info
        self.id = info.negotiation_id
        self.clients: dict[str, Client] = {}
        """The voice of each side here: its audio in, the speech it hears out."""
        self.voice_seq: dict[str, int] = {}
        """The sequence number of the presence that made each local voice the voice."""
        self.watchers: dict[str, list[Client]] = {}
        """Screens that follow a side without being its voice (a vendor's console while
        their phone leg talks): every event the side gets, no audio either way."""
        self.playback: dict[str, Playback] = {}
        self.hints_after: dict[str, dict[str, Any]] = {}
        """A spoken hint waiting for the offer's own speech (by utterance id) to be queued."""
        self.questions: dict[str, PriceQuestion] = {}
        """Per side, the price heard without confidence that waits for the speaker's yes.
        Held by the process that heard it: a screen of that side here (the console
        watching a phone call) can answer it too."""
        self.answered: dict[str, deque[str]] = {}
        """Per side, the utterance ids of the latest questions no longer waiting."""
        self._listener: contextlib.AbstractAsyncContextManager[Any] | None = None
        self._pump: asyncio.Task[None] | None = None

    async def start(self) -> None:
        self._listener = self.service.bus.listen(self.id)
        queue = await self._listener.__aenter__()
        self._pump = asyncio.create_task(self._run(queue), name=f"room-{self.id}")

    def ask(self, side: str, question: PriceQuestion) -> PriceQuestion | None:
        """Make `question` the side's waiting one; the one it replaces, if any."""
        previous = self.questions.pop(side, None)
        if previous is not None:
            self.answered_question(side, previous)
        self.questions[side] = question
        return previous

    def take_question(self, side: str, utterance_id: str | None = None) -> PriceQuestion | None:
        """The side's waiting question (only if it is `utterance_id`'s), no longer waiting."""
        question = self.questions.get(side)
        if question is None or (utterance_id is not None and question.utterance_id != utterance_id):
            return None
        del self.questions[side]
        self.answered_question(side, question)
        return question

    def answered_question(self, side: str, question: PriceQuestion) -> None:
        self.answered.setdefault(side, deque(maxlen=16)).append(question.utterance_id)

    def _drop_questions(self, bid_seq: int | None) -> None:
        """A bid was made (or the bargaining ended): questions asked before it are stale;
        an answer to one would put a price against a conversation that moved on."""
        for side, question in list(self.questions.items()):
            if bid_seq is None or question.bid_count < bid_seq:
                del self.questions[side]
                self.answered_question(side, question)

    async def speech_started(self, side: str) -> None:
        await self.service.bus.publish(self.id, "speech_started", {"side": side})

    async def stop(self) -> None:
        if self._pump is not None:
            self._pump.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._pump
        for playback in self.playback.values():
            if playback.task is not None:
                playback.task.cancel()
        if self._listener is not None:
            await self._listener.__aexit__(None, None, None)

    async def _run(self, queue: asyncio.Queue[RoomEvent | None]) -> None:
        while True:
            event = await queue.get()
            if event is None:  # fell behind: make every local client resync
                for client in self.everyone():
                    await client.close(1013, "fell behind; reconnect to resync")
                return
            try:
                await self.deliver(event)
            except Exception:
                log.exception("delivering a room event failed", extra={"type": event.type})

    def everyone(self) -> list[Client]:
        return [*self.clients.values(), *(w for ws in self.watchers.values() for w in ws)]

    def is_voice(self, client: Client) -> bool:
        return self.clients.get(client.side) is client

    async def deliver(self, event: RoomEvent) -> None:
        data = event.data
        if event.type == "say":
            client = self.clients.get(data["to"])
            if client is not None:
                self.enqueue_speech(client, data)
                hint = self.hints_after.pop(str(data.get("utterance_id")), None)
                if hint is not None:
                    self.enqueue_speech(client, hint)
            return
        if event.type == "presence" and data.get("state") == "here":
            await self._voice_taken(event)
        if event.type == "offer":
            self._drop_questions(int(data.get("bid_seq") or 0))
        elif event.type == "order" or (
            event.type == "state"
            and (data.get("negotiation") or {}).get("status") not in ("OPEN", "COUNTERED")
        ):
            self._drop_questions(None)
        if event.type == "speech_started":
            # Barge-in: the one who started speaking stops hearing the other side.
            listener = self.clients.get(data["side"])
            if listener is not None:
                await self.interrupt(listener.side)
        for client in self.everyone():
            only = data.get("only")
            if only and only != client.side:
                continue
            try:
                await self._deliver(client, event, data)
            except Exception:
                # One listener's failure (a rendering, a closed socket) never keeps the
                # event from the others.
                log.exception(
                    "event not delivered", extra={"type": event.type, "side": client.side}
                )

    async def _deliver(self, client: Client, event: RoomEvent, data: dict[str, Any]) -> None:
        payload = {"type": event.type, "seq": event.seq, "room": event.room}
        payload.update({k: v for k, v in data.items() if k != "only"})
        if event.type == "offer":
            payload["text"] = render(_offer_act(data), client.language)
            hint_said = None
            if client.side == "vendor" and data.get("side") == "customer":
                hint_said = await self.add_hint(client, payload)
            if (
                client.side != data.get("side")
                and not data.get("utterance_id")
                and self.is_voice(client)
            ):
                # A button offer has no words of its own to relay: the listener
                # (a phone has nothing else) hears the offer said in their language.
                said = str(payload["text"])
                if hint_said is not None:
                    said = f"{said} {hint_said['text']}"
                self.enqueue_speech(
                    client,
                    {
                        "to": client.side,
                        "text": said,
                        "language": client.language,
                        "utterance_id": hint_said["utterance_id"]
                        if hint_said
                        else f"offer-{data['bid_id']}",
                        "prompt": True,
                    },
                )
        await client.send_event(payload)

    async def _voice_taken(self, event: RoomEvent) -> None:
        """A newer voice for a side joined, maybe in another process: ours steps down
        (close 4000, as a reconnect in this process would have it)."""
        side, conn = event.data.get("side"), event.data.get("conn")
        local = self.clients.get(str(side))
        if local is None or conn is None or local.conn_id == conn:
            return
        if event.seq <= self.voice_seq.get(local.side, 0):
            return  # an older presence arriving late: ours is the newer voice
        del self.clients[local.side]
        await self.interrupt(local.side)
        await local.close(4000, "replaced by a newer connection")

    async def add_hint(self, client: Client, payload: dict[str, Any]) -> dict[str, Any] | None:
        """The assistant's hint on the vendor's copy of a customer offer (never on the
        shared event: it is computed from the floor price). On a phone, optionally said
        after the offer itself: queued after a spoken or typed offer's relay, or returned
        (a button offer's own announcement carries it)."""
        if client.kind == "phone" and not self.service.speak_hints:
            return None  # a phone shows no events: nothing to compute
        try:
            hint = await self.service.vendor_hint(self.id, client.user_id, payload["bid_seq"])
        except Exception:  # the offer still reaches the vendor, without a hint
            log.exception("the assistant failed", extra={"room": self.id})
            return None
        if hint is None:
            return None
        code = hint.reason_code.value
        payload["hint"] = hint_view(hint, client.language)
        if not (self.service.speak_hints and client.kind == "phone"):
            return None
        utterance_id = payload.get("utterance_id")
        say = {
            "to": client.side,
            "text": spoken_hint(
                code, client.language, amount_paise=hint.amount_paise, unit=hint.unit
            ),
            "language": client.language,
            "utterance_id": f"{utterance_id or payload['bid_id']}-hint",
            "prompt": True,
        }
        if utterance_id:  # spoken or typed: the offer's speech follows as a `say`
            self.hints_after = {str(utterance_id): say}
            return None
        return say

    # --- speech out ---------------------------------------------------------------------

    def enqueue_speech(self, client: Client, say: dict[str, Any]) -> None:
        playback = self.playback.setdefault(client.side, Playback())
        playback.queue.put_nowait(say)
        if playback.task is None or playback.task.done():
            playback.task = asyncio.create_task(self._play(client, playback))

    async def interrupt(self, side: str) -> None:
        playback = self.playback.get(side)
        if playback is None:
            return
        while not playback.queue.empty():
            playback.queue.get_nowait()
        if playback.current is not None:
            playback.interrupted.set()  # the speaking loop stops and says so
        elif playback.last is not None and time.monotonic() < playback.playing_until:
            # All sent, but the far end is still playing it: tell it to drop the rest.
            client = self.clients.get(side)
            playback.playing_until = 0.0
            if client is not None:
                await client.end_audio(playback.last, interrupted=True)

    async def _play(self, client: Client, playback: Playback) -> None:
        while not playback.queue.empty():
            # Whoever is the side's voice now: a replaced connection hears nothing more.
            voice = self.clients.get(client.side)
            if voice is None:
                while not playback.queue.empty():
                    playback.queue.get_nowait()
                return
            say = playback.queue.get_nowait()
            playback.current = say["utterance_id"]
            playback.interrupted.clear()
            try:
                await self.service.speak(self, voice, say, playback)
            except Exception:
                log.exception("speaking failed", extra={"side": client.side})
            finally:
                playback.current = None


def hint_view(hint: Hint, language: str | None) -> dict[str, Any]:
    """The assistant's hint as the vendor's sockets get it, said in `language` if any."""
    view = hint.to_json()
    if language is not None:
        code, amount = hint.reason_code.value, hint.amount_paise
        view["text"] = hint_text(code, language, amount_paise=amount, unit=hint.unit)
        view["language"] = language
    return view


def _offer_act(data: dict[str, Any]) -> NegotiationAct:
    return NegotiationAct(
        kind=ActKind.OFFER if data.get("bid_seq", 2) == 1 else ActKind.COUNTER,
        amount_paise=data["amount_paise"],
        per_unit=True,
        quantity=data.get("quantity"),
        unit=data.get("unit"),
        product_names=data.get("product_names"),
        speaker=data.get("side"),
    )


def negotiation_view(n: Negotiation) -> dict[str, Any]:
    return {
        "id": n.id,
        "status": n.status.value,
        "quantity": n.quantity,
        "bid_count": n.bid_count,
        "latest_offer": (
            {"side": n.last_bid_side.value, "amount_paise": n.last_bid_amount_paise}
            if n.last_bid_side is not None
            else None
        ),
        "expires_at": n.expires_at.isoformat(),
    }


def bid_view(b: Bid) -> dict[str, Any]:
    return {
        "id": b.id,
        "seq": b.seq,
        "side": b.side.value,
        "amount_paise": b.amount_paise,
        "quantity": b.quantity,
        "source": b.source.value,
        "transcript": b.transcript,
        "language": b.language,
        "utterance_id": b.utterance_id,
        "capped": b.capped,
        "created_at": b.created_at.isoformat(),
    }


class LiveService:
    """Everything live in one process; built by the app's lifespan."""

    def __init__(
        self,
        *,
        bus: RoomBus,
        sessions: async_sessionmaker[AsyncSession],
        engines: EngineRegistry,
        metrics: LiveMetrics,
        idle_seconds: int,
        reservation_seconds: int,
        endpointer_config: EndpointerConfig | None = None,
        turn_taking: TurnTaking | None = None,
        vendor_bus: RoomBus | None = None,
        speak_hints: bool = False,
    ) -> None:
        self.bus = bus
        self.vendors = VendorChannels(vendor_bus or MemoryRoomBus())
        """Per-vendor notices (a new customer) for consoles and phone legs."""
        self.speak_hints = speak_hints
        """Say the assistant's hint to a vendor on the phone after each customer offer."""
        self.sessions = sessions
        self.engines = engines
        self.metrics = metrics
        self.idle_seconds = idle_seconds
        self.reservation_seconds = reservation_seconds
        self.endpointer_config = endpointer_config or EndpointerConfig()
        self.turn_taking = turn_taking or TurnTaking()
        self.vad = SileroVAD()
        self.vad_pool = WorkerPool("vad", workers=1, queue=1024)
        self.clock: Callable[[], float] = time.monotonic
        """When confirmations expire (a test may move it on)."""
        self.confirm_seconds = CONFIRM_SECONDS
        self.rooms: dict[int, LocalRoom] = {}
        self._room_lock = asyncio.Lock()

    async def aclose(self) -> None:
        for room in list(self.rooms.values()):
            await room.stop()
        self.rooms.clear()
        await self.vendors.aclose()
        self.vad_pool.shutdown()

    # --- joining ------------------------------------------------------------------------

    async def load_room(self, negotiation_id: int) -> RoomInfo | None:
        async with self.sessions() as session, session.begin():
            n = await session.get(Negotiation, negotiation_id)
            if n is None:
                return None
            product = await session.get(Product, n.product_id)
            assert product is not None
            products = list(
                await session.scalars(
                    select(Product).where(
                        Product.vendor_id == n.vendor_id, Product.is_active.is_(True)
                    )
                )
            )
        items = [CatalogueItem(str(p.id), dict(p.names)) for p in products]
        return RoomInfo(
            negotiation_id=n.id,
            customer_id=n.customer_id,
            vendor_id=n.vendor_id,
            product_id=product.id,
            product_names=dict(product.names),
            unit=product.unit,
            catalogue=Catalogue(items),
            names_by_key={i.key: dict(i.names) for i in items},
        )

    async def snapshot(
        self, room_id: int, actor: Actor, *, language: str | None = None
    ) -> dict[str, Any]:
        async with self.sessions() as session, session.begin():
            n, bids = await domain.get_negotiation(session, actor, room_id)
            hint = await hints.hint_for_vendor(session, actor, n, bids)
        members = await self.bus.members(room_id)
        snapshot: dict[str, Any] = {
            "type": "snapshot",
            "seq": await self.bus.last_seq(room_id),
            "negotiation": negotiation_view(n),
            "bids": [bid_view(b) for b in bids],
            "members": {
                side: {"state": m.state, "language": m.language, "client": m.client}
                for side, m in members.items()
            },
        }
        if hint is not None:  # the vendor's, for the customer offer waiting for an answer
            snapshot["hint"] = hint_view(hint, language) | {"bid_seq": bids[-1].seq}
        return snapshot

    async def vendor_hint(self, room_id: int, vendor_id: int, bid_seq: int) -> Hint | None:
        """The assistant's hint for the vendor, as of customer bid `bid_seq`."""
        async with self.sessions() as session, session.begin():
            return await hints.vendor_hint(
                session, Actor(vendor_id, Role.VENDOR, None, None), room_id, upto_seq=bid_seq
            )

    async def join(
        self,
        info: RoomInfo,
        client: Client,
        *,
        voice: str | None,
        rate: float,
        watch: bool = False,
    ) -> LocalRoom:
        """`client` becomes its side's voice here (a newer connection replaces an older
        one: a reconnect), or with `watch` one of the side's watchers, who replace no one
        and change no presence."""
        async with self._room_lock:
            room = self.rooms.get(info.negotiation_id)
            if room is None:
                room = LocalRoom(self, info)
                await room.start()
                self.rooms[info.negotiation_id] = room
                self.metrics.rooms.set(len(self.rooms))
        if watch:
            room.watchers.setdefault(client.side, []).append(client)
            self.metrics.participants.labels("watcher").inc()
            return room
        await self._become_voice(room, client, voice=voice, rate=rate)
        return room

    async def take_voice(self, room: LocalRoom, client: Client) -> None:
        """A watcher becomes its side's voice ("use this device")."""
        watching = room.watchers.get(client.side, [])
        if client not in watching:
            return
        watching.remove(client)
        self.metrics.participants.labels("watcher").dec()
        await self._become_voice(room, client, voice=None, rate=1.0)

    async def _become_voice(
        self, room: LocalRoom, client: Client, *, voice: str | None, rate: float
    ) -> None:
        previous = room.clients.get(client.side)
        if previous is not None and previous is not client:
            await previous.close(4000, "replaced by a newer connection")
        room.clients[client.side] = client
        # Until our own presence has a number, no other presence unseats this voice.
        room.voice_seq[client.side] = sys.maxsize
        member = Member(
            client.side,
            client.user_id,
            client.language,
            client.kind,
            voice=voice,
            rate=rate,
            conn=client.conn_id,
        )
        try:
            await self.bus.set_member(room.id, member)
            joined = await self.bus.publish(
                room.id,
                "presence",
                {
                    "side": client.side,
                    "state": "here",
                    "language": client.language,
                    "client": client.kind,
                    "conn": client.conn_id,
                },
            )
        except Exception:  # the caller never gets a room to leave: undo the join here
            if room.clients.get(client.side) is client:
                del room.clients[client.side]
            await self._drop_if_empty(room)
            raise
        room.voice_seq[client.side] = joined.seq
        self.metrics.participants.labels(client.kind).inc()

    async def leave(self, room: LocalRoom, client: Client) -> None:
        watching = room.watchers.get(client.side, [])
        if client in watching:
            watching.remove(client)
            self.metrics.participants.labels("watcher").dec()
            await self._drop_if_empty(room)
            return
        self.metrics.participants.labels(client.kind).dec()
        if room.clients.get(client.side) is not client:
            await self._drop_if_empty(room)  # replaced, here or in another process
            return
        del room.clients[client.side]
        await room.interrupt(client.side)
        with contextlib.suppress(Exception):
            await self._mark_away(room, client)
        await self._drop_if_empty(room)

    async def _mark_away(self, room: LocalRoom, client: Client) -> None:
        members = await self.bus.members(room.id)
        old = members.get(client.side)
        if old is not None and old.conn not in ("", client.conn_id):
            return  # a newer voice, in another process, already holds the side
        if old is not None:
            await self.bus.set_member(room.id, replace(old, state="away"))
        await self.bus.publish(room.id, "presence", {"side": client.side, "state": "away"})

    async def _drop_if_empty(self, room: LocalRoom) -> None:
        async with self._room_lock:
            if not room.everyone() and self.rooms.get(room.id) is room:
                del self.rooms[room.id]
                await room.stop()
                self.metrics.rooms.set(len(self.rooms))

    # --- one voice turn -----------------------------------------------------------------

    async def send_partial(self, speaker: Speaker, transcript: Transcript) -> None:
        """Words so far of an utterance still going on, for the speaker's own screen.
        Partials never reach the domain: only a final transcript can record a bid."""
        if not transcript.text.strip():
            return
        client = speaker.client
        self.metrics.partials.labels("shown").inc()
        await self.bus.publish(
            speaker.room.id,
            "transcript",
            {
                "only": client.side,
                "side": client.side,
                "text": transcript.text,
                "final": False,
                "language": client.language,
                "confidence": round(transcript.confidence, 3),
            },
        )

    async def voice_turn(self, speaker: Speaker, utterance: Utterance) -> None:
        client = speaker.client
        ended = utterance.ended_at
        eos = speaker.eos.pop(utterance.id, ended)
        eos_wall = time.time() - (time.monotonic() - eos)
        transcript: Transcript | None = None
        early = speaker.early.pop(utterance.id, None)
        if early is not None:  # decoded while the speaker paused; fails over to a decode
            await asyncio.wait([early])
            transcript = _result(early)
        asr = self.engines.asr(client.language)
        told_busy = False
        waited = False
        while transcript is None:
            try:
                transcript = await asr.transcribe(
                    utterance.audio,
                    sample_rate=16000,
                    language=client.language,
                    hints=speaker.stt_hints,
                    utterance_id=utterance.id,
                )
            except PoolSaturated:
                if not told_busy:
                    told_busy = True
                    self.metrics.busy.inc()
                    await client.send_event(
                        {
                            "type": "busy",
                            "utterance_id": utterance.id,
                            "message": "Many people are talking; your words are queued.",
                        }
                    )
                pool = self.engines.stt_pool
                if pool.saturated:  # wait in line, woken when a decode finishes
                    await pool.wait_for_room(first=waited)
                    waited = True
                else:  # saturated somewhere else (a remote provider's own limit)
                    await asyncio.sleep(BUSY_RETRY_SECONDS)
            except EngineError as exc:
                await self.send_error(client, "stt_failed", exc.message)
                return
        stt_done = time.monotonic()
        self.metrics.queue_depth.labels("stt").set(self.engines.stt_pool.in_flight)
        if not transcript.text.strip():
            return
        await self.handle_words(
            speaker,
            transcript.text,
            source=BidSource.VOICE,
            utterance_id=utterance.id,
            eos_wall=eos_wall,
            stages={"endpoint": ended - eos, "stt": stt_done - ended},
            confidence=transcript.confidence,
            t_start=stt_done,
        )

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
    ) -> None:
        """Words from a speaker (spoken or typed): understand, record, pass on. A price
        heard without confidence is neither recorded nor passed on: its speaker is asked
        whether they said it, and these words may be their answer."""
        client = speaker.client
        room = speaker.room
        side = client.side
        other = Side(side).other.value
        t0 = t_start or time.monotonic()
        n = await self._negotiation(room.id)
        outstanding = (
            n is not None and n.last_bid_side is not None and n.last_bid_side.value == other
        )
        understood = understand(
            text,
            language=client.language,
            catalogue=room.info.catalogue,
            has_outstanding_offer=outstanding,
            # The price on the table says which of two readings was meant ("seven fifty")
            # and whether "okay, 35" takes the other side's price or counters it.
            reference_paise=n.last_bid_amount_paise if n is not None else None,
        )
        unsure = understood.amount_paise is not None and (
            understood.confidence < MIN_CONFIDENCE or confidence < MIN_STT_CONFIDENCE
        )
        # A price question waiting: these words answer it, replace it, or (other words:
        # "pardon?", a question about the product) leave it waiting.
        asked = room.questions.get(side)
        answer: str | None = None
        if asked is not None:
            late = self.clock() >= asked.deadline
            if unsure and not late and understood.amount_paise == asked.understood.amount_paise:
                answer = "heard_twice"
            elif understood.amount_paise is not None:
                answer = "replaced"
            elif is_confirmation(text, client.language):
                answer = "expired" if late else "yes"
            elif is_refusal(text, client.language):
                answer = "refused"
            if answer is not None:
                room.take_question(side, asked.utterance_id)
        await self.bus.publish(
            room.id,
            "transcript",
            {
                # An unsure price, and the yes or no it is answered with, stay with the
                # speaker: the other side only ever gets a price that was confirmed.
                **({"only": side} if unsure or answer in ("yes", "refused", "expired") else {}),
                "side": side,
                "text": text,
                "final": True,
                "utterance_id": utterance_id,
                "language": client.language,
                "confidence": round(confidence, 3),
            },
        )
        # A pending spoken accept: this utterance confirms it or cancels it.
        if speaker.pending is not None:
            pending, speaker.pending = speaker.pending, None
            if self.clock() < pending.deadline and is_confirmation(text, client.language):
                await self._accept(speaker, pending, utterance_id, eos_wall, stages, t0)
                return
            await client.send_event({"type": "confirm_cancelled", "utterance_id": utterance_id})
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
                await self._confirmed(
                    speaker, asked, turn_id=utterance_id, eos_wall=eos_wall, stages=stages, t0=t0
                )
                return
            elif answer in ("expired", "refused"):
                await self._question_closed(speaker, asked, answer, tell=True, speak=speak)
                return
            else:  # replaced: the new price is handled (or asked about) below
                await self._question_closed(speaker, asked, answer)
        if unsure:
            await self._ask_price(speaker, understood, text, source, utterance_id, n)
            return
        await self._move(
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
        )

    async def _negotiation(self, room_id: int) -> Negotiation | None:
        async with self.sessions() as session, session.begin():
            return await session.get(Negotiation, room_id)

    async def _ask_price(
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
        client = speaker.client
        room = speaker.room
        side = client.side
        assert understood.amount_paise is not None
        per_unit = understood.per_unit is not False
        # Said as what a yes would record: a bare price is per unit of the product.
        heard = NegotiationAct(
            ActKind.OFFER,
            amount_paise=understood.amount_paise,
            per_unit=per_unit,
            quantity=understood.quantity,
            unit=(understood.unit or room.info.unit) if per_unit else understood.unit,
        )
        room.ask(
            side,
            PriceQuestion(
                utterance_id,
                text,
                understood,
                source,
                bid_count=n.bid_count if n is not None else 0,
                deadline=self.clock() + self.confirm_seconds,
            ),
        )
        question = ask_price(heard, client.language)
        await self.bus.publish(
            room.id,
            "understood",
            {
                "only": side,
                "utterance_id": utterance_id,
                **understood.to_json(),
                "recorded": False,
                "asked": True,
            },
        )
        await self.bus.publish(
            room.id,
            "confirm_price",
            {
                "only": side,
                "utterance_id": utterance_id,
                "text": question,
                "language": client.language,
                "heard": text,
                "amount_paise": understood.amount_paise,
                "per_unit": understood.per_unit,
                "quantity": understood.quantity,
                "unit": understood.unit,
                "unit_price_paise": self._unit_price(heard, n.quantity if n else 1),
                "expires_in": self.confirm_seconds,
            },
        )
        log.info(
            "price heard without confidence; asking",
            extra={"room": room.id, "side": side, "confidence": understood.confidence},
        )
        if source is BidSource.VOICE:
            room.enqueue_speech(
                client,
                {
                    "to": side,
                    "text": question,
                    "language": client.language,
                    "utterance_id": f"{utterance_id}-confirm",
                    "prompt": True,
                },
            )

    async def _question_closed(
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
        data: dict[str, Any] = {
            "only": client.side,
            "utterance_id": question.utterance_id,
            "reason": reason,
        }
        if tell:
            data["text"] = say_again(client.language, can_type=client.kind != "phone")
        await self.bus.publish(room.id, "confirm_price_cancelled", data)
        if tell and speak:
            room.enqueue_speech(
                client,
                {
                    "to": client.side,
                    "text": data["text"],
                    "language": client.language,
                    "utterance_id": f"{question.utterance_id}-again",
                    "prompt": True,
                },
            )

    async def _confirmed(
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
        understood = replace(
            question.understood, confidence=max(question.understood.confidence, MIN_CONFIDENCE)
        )
        await self._move(
            speaker,
            understood,
            question.heard,
            await self._negotiation(speaker.room.id),
            source=question.source,
            utterance_id=question.utterance_id,
            turn_id=turn_id,
            eos_wall=eos_wall,
            stages=stages,
            t0=t0,
            confirmed=True,
        )

    async def answer_price(self, speaker: Speaker, answer: PriceAnswer) -> None:
        """A button's answer to the side's price question (`confirm_price`)."""
        client = speaker.client
        room = speaker.room
        question = room.take_question(client.side, answer.utterance_id)
        if question is None:
            if answer.utterance_id in room.answered.get(client.side, ()):
                await self.send_error(
                    client,
                    "confirm_stale",
                    "That price question was already answered or left behind; nothing was "
                    "recorded.",
                )
            else:
                await self.send_error(
                    client,
                    "confirm_unknown",
                    "No price question with that utterance_id is waiting; nothing was recorded.",
                )
            return
        if self.clock() >= question.deadline:
            await self._question_closed(speaker, question, "expired", tell=True)
            await self.send_error(
                client,
                "confirm_expired",
                "That price question has expired; nothing was recorded. Please say the price "
                "again, or type it.",
            )
            return
        if not answer.confirm:
            await self._question_closed(speaker, question, "refused", tell=True)
            return
        await self._confirmed(
            speaker,
            question,
            turn_id=None,
            eos_wall=answer.received_at,
            stages={},
            t0=time.monotonic(),
        )

    async def _move(
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
    ) -> None:
        """Record the understood move and pass it on to the listener. `confirmed`: a price
        its speaker confirmed; the listener hears it rendered, never the unsure words.
        `turn_id` is the utterance that ended this turn, when not `utterance_id`."""
        client = speaker.client
        room = speaker.room
        info = room.info
        side = client.side
        other = Side(side).other.value
        members = await self.bus.members(room.id)
        listener_language = members[other].language if other in members else client.language
        names = info.names_by_key.get(understood.product or "", info.product_names)
        act = act_from(understood, speaker=side, product_names=names)
        if stt_confidence < MIN_STT_CONFIDENCE:
            act = None  # the words still reach the listener; nothing is recorded
        t_understood = time.monotonic()
        stages["understand"] = t_understood - t0
        await self.bus.publish(
            room.id,
            "understood",
            {
                "only": side,
                "utterance_id": utterance_id,
                **understood.to_json(),
                "recorded": act is not None and act.kind is not ActKind.QUESTION,
                **({"confirmed": True} if confirmed else {}),
            },
        )
        # Record the move.
        if act is not None and n is not None:
            latest = n.last_bid_amount_paise
            kind = act.kind
            if (
                kind is ActKind.ACCEPT
                and act.amount_paise is not None
                and latest is not None
                and self._unit_price(act, n.quantity) != latest
            ):
                kind = ActKind.COUNTER  # "okay, 250 final" against 260 is a counter at 250
            if kind in (ActKind.OFFER, ActKind.COUNTER) and act.amount_paise is not None:
                outcome = await self.place_bid(
                    speaker,
                    self._unit_price(act, n.quantity),
                    source,
                    transcript=text,
                    utterance_id=utterance_id,
                    quantity=self._quantity(act),
                )
                if outcome is None:
                    # Refused (not their turn, above their list price, past any deal): the
                    # speaker was told why, and the other side hears no price that does
                    # not stand.
                    return
                if outcome.capped:
                    # A customer's offer above the list price stands at the list price:
                    # that is the price the vendor hears.
                    act = replace(
                        act, amount_paise=outcome.bid.amount_paise, per_unit=True, quantity=None
                    )
                    confirmed = True
            elif kind is ActKind.ACCEPT:
                if n.last_bid_side is None or n.last_bid_side.value != other or latest is None:
                    await self.send_error(
                        client,
                        "nothing_to_accept",
                        "There is no offer from the other side to accept yet.",
                    )
                elif source is BidSource.VOICE:
                    speaker.pending = PendingAccept(
                        n.bid_count, latest, self.clock() + self.confirm_seconds
                    )
                    prompt = confirm_prompt(
                        NegotiationAct(ActKind.ACCEPT, amount_paise=latest, unit=info.unit),
                        client.language,
                    )
                    await client.send_event(
                        {
                            "type": "confirm",
                            "utterance_id": utterance_id,
                            "text": prompt,
                            "amount_paise": latest,
                            "expires_in": self.confirm_seconds,
                        }
                    )
                    room.enqueue_speech(
                        client,
                        {
                            "to": side,
                            "text": prompt,
                            "language": client.language,
                            "utterance_id": f"{utterance_id}-confirm",
                            "prompt": True,
                        },
                    )
                    return  # the other side hears the deal once it is confirmed
                else:
                    await self.accept(speaker, expected_seq=n.bid_count, source=source)
                    return
            elif kind is ActKind.REJECT:
                await self.reject(speaker)
        t_domain = time.monotonic()
        stages["domain"] = t_domain - t_understood
        if act is not None and act.per_unit and act.quantity == 1:
            # "40 a kilo" names a rate: the listener hears "40 rupees a kilo", not "1 kilo
            # … 40 rupees a kilo" when 2 kilos are being bargained for.
            act = replace(act, quantity=None)
        if confirmed and act is not None:
            # The heard words held more than one price: the listener gets the confirmed one
            # said afresh, even in the speaker's own language.
            text = render(act, client.language)
        translation = await self.engines.translation(client.language, listener_language).translate(
            text, source=client.language, target=listener_language, act=act
        )
        stages["translate"] = time.monotonic() - t_domain
        await self.bus.publish(
            room.id,
            "translation",
            {
                "side": side,
                "utterance_id": utterance_id,
                "text": translation.text,
                "language": listener_language,
                "untranslated": translation.untranslated,
            },
        )
        await self.bus.publish(
            room.id,
            "say",
            {
                "to": other,
                "from": side,
                "text": translation.text,
                "language": listener_language,
                "utterance_id": utterance_id,
                "eos_wall": eos_wall,
                "stages": {k: round(v, 4) for k, v in stages.items()},
                "end_of_turn": speaker.end_reasons.pop(turn_id or utterance_id, None),
            },
        )
        for stage, seconds in stages.items():
            self.metrics.turn_seconds.labels(stage).observe(seconds)

    @staticmethod
    def _quantity(act: NegotiationAct) -> int | None:
        """A new whole quantity the speaker named; "40 a kilo" names a rate, not 1 kg."""
        if act.quantity is None or act.quantity < 1 or act.quantity != int(act.quantity):
            return None
        if act.per_unit and act.quantity == 1:
            return None
        return int(act.quantity)

    def _unit_price(self, act: NegotiationAct, quantity: int) -> int:
        assert act.amount_paise is not None
        if act.per_unit:
            return act.amount_paise
        count = max(self._quantity(act) or quantity, 1)
        # Bids are per unit. A total that does not split into whole paise ("₹100 for 3
        # kilo") is recorded a fraction of a paisa per unit lower, so the order never
        # costs more than what was said (₹33.33 a kilo, ₹99.99). Under a paisa a unit is
        # no price at all: the domain refuses it.
        return act.amount_paise // count

    def _actor(self, speaker: Speaker) -> Actor:
        return Actor(
            speaker.actor.user_id,
            speaker.actor.role,
            request_id=f"ws-{uuid.uuid4().hex[:12]}",
            ip=speaker.actor.ip,
        )

    async def _domain(
        self, speaker: Speaker, action: Callable[[AsyncSession, Actor], Awaitable[Any]]
    ) -> Any:
        try:
            async with self.sessions() as session, session.begin():
                return await action(session, self._actor(speaker))
        except DomainError as exc:
            await self.send_error(speaker.client, exc.code, exc.message)
            return None
        except Exception:
            # A fault below the domain (the database away, a value it cannot store) is
            # told to the speaker; the socket and the room carry on.
            log.exception("live action failed", extra={"room": speaker.room.id})
            await self.send_error(
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
                idle_seconds=self.idle_seconds,
                quantity=quantity,
                source=source,
                transcript=transcript,
                language=client.language,
                utterance_id=utterance_id,
                confirm_below_floor=confirm_below_floor,
            )

        outcome: domain.BidOutcome | None = await self._domain(speaker, action)
        if outcome is None:
            return None
        self.metrics.bids.labels(source.value).inc()
        info = speaker.room.info
        await self.bus.publish(
            speaker.room.id,
            "offer",
            {
                "side": client.side,
                "bid_id": outcome.bid.id,
                "bid_seq": outcome.bid.seq,
                "amount_paise": outcome.bid.amount_paise,
                "quantity": outcome.bid.quantity,
                "unit": info.unit,
                "product_names": info.product_names,
                "source": source.value,
                "utterance_id": utterance_id,
                "transcript": transcript,
                "capped": outcome.capped,
                "note": outcome.note,
                "state": outcome.negotiation.status.value,
            },
        )
        await self.publish_state(speaker.room.id, outcome.negotiation)
        return outcome

    async def accept(
        self,
        speaker: Speaker,
        *,
        expected_seq: int | None,
        source: BidSource,
        confirm_below_floor: bool = False,
    ) -> bool:
        async def action(session: AsyncSession, actor: Actor) -> domain.AcceptOutcome:
            return await domain.accept_offer(
                session,
                actor,
                speaker.room.id,
                reservation_seconds=self.reservation_seconds,
                confirm_below_floor=confirm_below_floor,
                expected_seq=expected_seq,
            )

        outcome: domain.AcceptOutcome | None = await self._domain(speaker, action)
        if outcome is None:
            return False
        o = outcome.order
        await self.bus.publish(
            speaker.room.id,
            "order",
            {
                "order": {
                    "id": o.id,
                    "negotiation_id": o.negotiation_id,
                    "quantity": o.quantity,
                    "unit_price_paise": o.unit_price_paise,
                    "total_paise": o.total_paise,
                    "currency": o.currency,
                    "status": o.status.value,
                    "accepted_by": speaker.client.side,
                    "source": source.value,
                }
            },
        )
        await self.publish_state(speaker.room.id, outcome.negotiation)
        return True

    async def _accept(
        self,
        speaker: Speaker,
        pending: PendingAccept,
        utterance_id: str,
        eos_wall: float,
        stages: dict[str, float],
        t0: float,
    ) -> None:
        client = speaker.client
        if not await self.accept(speaker, expected_seq=pending.bid_count, source=BidSource.VOICE):
            return
        other = Side(client.side).other.value
        members = await self.bus.members(speaker.room.id)
        language = members[other].language if other in members else client.language
        act = NegotiationAct(
            ActKind.ACCEPT,
            amount_paise=pending.amount_paise,
            unit=speaker.room.info.unit,
            product_names=speaker.room.info.product_names,
            speaker=client.side,
        )
        stages["understand"] = time.monotonic() - t0
        text = render(act, language)
        await self.bus.publish(
            speaker.room.id,
            "say",
            {
                "to": other,
                "from": client.side,
                "text": text,
                "language": language,
                "utterance_id": utterance_id,
                "eos_wall": eos_wall,
                "stages": {k: round(v, 4) for k, v in stages.items()},
            },
        )

    async def reject(self, speaker: Speaker) -> None:
        async def action(session: AsyncSession, actor: Actor) -> Negotiation:
            return await domain.reject_negotiation(session, actor, speaker.room.id)

        negotiation: Negotiation | None = await self._domain(speaker, action)
        if negotiation is not None:
            await self.publish_state(speaker.room.id, negotiation)

    async def publish_state(self, room_id: int, negotiation: Negotiation) -> None:
        await self.bus.publish(room_id, "state", {"negotiation": negotiation_view(negotiation)})

    async def send_error(self, client: Client, code: str, message: str) -> None:
        self.metrics.errors.labels(code).inc()
        await client.send_event({"type": "error", "code": code, "message": message})

    # --- speech out ---------------------------------------------------------------------

    async def speak(
        self, room: LocalRoom, client: Client, say: dict[str, Any], playback: Playback
    ) -> None:
        """Synthesize `say` for a local listener and stream it; report the turn latency."""
        members = await self.bus.members(room.id)
        me = members.get(client.side)
        tts = self.engines.tts(client.language)
        started = time.monotonic()
        first: float | None = None
        utterance_id = say["utterance_id"]
        await client.start_audio(utterance_id, say["text"])
        stream = tts.synthesize(
            say["text"],
            language=client.language,
            sample_rate=client.output_rate,
            voice=me.voice if me else None,
            rate=me.rate if me else 1.0,
        )
        was_interrupted = False
        playback.last = utterance_id
        playback.playing_until = max(playback.playing_until, time.monotonic())
        try:
            async for chunk in stream:
                if playback.interrupted.is_set():
                    was_interrupted = True
                    break
                if not chunk.pcm:
                    continue
                await client.send_audio(chunk.pcm)
                playback.playing_until += len(chunk.pcm) / 2 / chunk.sample_rate
                if first is None:
                    first = time.monotonic()
                    if "eos_wall" in say:
                        await self._report_latency(room, client, say, first - started)
        except EngineError as exc:
            await self.send_error(client, "tts_failed", exc.message)
        finally:
            await stream.aclose()  # type: ignore[attr-defined]
            was_interrupted = was_interrupted or playback.interrupted.is_set()
            if was_interrupted:
                playback.playing_until = 0.0
            await client.end_audio(utterance_id, interrupted=was_interrupted)

    async def _report_latency(
        self, room: LocalRoom, client: Client, say: dict[str, Any], tts_first: float
    ) -> None:
        total = time.time() - float(say["eos_wall"])
        stages = dict(say.get("stages") or {})
        stages["tts_first_audio"] = round(tts_first, 4)
        self.metrics.turn_seconds.labels("tts_first_audio").observe(tts_first)
        self.metrics.turn_seconds.labels("total").observe(total)
        log.info(
            "turn",
            extra={
                "room": room.id,
                "utterance_id": say["utterance_id"],
                "total_ms": _ms(total),
                **{f"{k}_ms": _ms(v) for k, v in stages.items()},
            },
        )
        await self.bus.publish(
            room.id,
            "latency",
            {
                "utterance_id": say["utterance_id"],
                "speaker": say.get("from"),
                "listener": client.side,
                "total_ms": _ms(total),
                "stages_ms": {k: _ms(v) for k, v in stages.items()},
                "end_of_turn": say.get("end_of_turn"),
            },
        )
