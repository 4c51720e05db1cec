"""What the live path hears, on both legs: a browser's PCM16 at 16 kHz and a phone's
μ-law at 8 kHz, pushed frame by frame through the speaker's endpointer (the phone leg's
VAD at 8 kHz) and the real recogniser, against the offline transcript of the same whole
audio after the same round trip; barge-in on a short interjection over playback; and,
with fake engines, when a decode made at a pause may stand as the final transcript and
what a cut utterance's price becomes."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, replace
from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest
from fastapi import FastAPI
from sqlalchemy import select

from audio.codecs import (
    float32_to_pcm16,
    pcm16_to_ulaw,
    resample,
    ulaw_to_pcm16,
)
from audio.frames import DecodeStep, Transcript
from audio.understanding import understand
from audio.vad import SpeechMark, UtteranceEnded
from models import Bid, Role
from server.domain.context import Actor
from server.live.service import LiveService
from server.live.turns.endpointing import Speaker
from server.live.turns.guesses import Guess
from tests.audio_helpers import espeak, trim
from tests.conftest import Api
from tests.fakes import FakeClient, FakeEngines, FakeSTT, FakeTTS, Heard, Party, utterance
from tests.live_helpers import wait_for

LINES = [  # (words, price): lines of this file's own, none from a benchmark or a prompt
    ("My last price is forty five rupees.", 4500),
    ("For you, sixty rupees only.", 6000),
    ("Thirty eight rupees a kilo, last price.", 3800),
]


@dataclass
class Room:
    app: FastAPI
    live: LiveService
    tts: FakeTTS
    customer: Party
    vendor: Party
    actors: dict[str, Actor]

    async def bids(self) -> list[tuple[int, str]]:
        async with self.app.state.sessions() as session:
            rows = await session.scalars(select(Bid).order_by(Bid.seq))
            return [(b.amount_paise, b.side.value) for b in rows]

    def phone(self, party: Party) -> Speaker:
        """A phone leg's speaker for `party` (8 kHz in), beside its browser one."""
        side = party.client.side
        return Speaker(self.live, party.speaker.room, party.client, self.actors[side], 8000)


async def _room(app: FastAPI, market: dict[str, Any], api: Api, stt: FakeSTT | None) -> Room:
    live: LiveService = app.state.live
    tts = FakeTTS()
    live.engines = FakeEngines(live.engines, stt, tts)  # type: ignore[assignment]
    n = (await api.open(market["c"], market["product"]["id"], quantity=2))["id"]
    info = await live.load_room(n)
    assert info is not None
    parties, actors = [], {}
    for side, role, user in (
        ("customer", Role.CUSTOMER, market["customer"]["user"]),
        ("vendor", Role.VENDOR, market["vendor"]["user"]),
    ):
        client = FakeClient(side, user["id"], "en")
        local = await live.join(info, client, voice=None, rate=1.0)
        actors[side] = Actor(user["id"], role, request_id=None, ip=None)
        parties.append(Party(client, Speaker(live, local, client, actors[side], 16000)))
    return Room(app, live, tts, parties[0], parties[1], actors)


@pytest.fixture
async def real(app: FastAPI, market: dict[str, Any], api: Api) -> AsyncIterator[Room]:
    """Real recogniser (Whisper, as configured), fake voice."""
    room = await _room(app, market, api, None)
    yield room
    await _close(room)


@pytest.fixture
async def fake(app: FastAPI, market: dict[str, Any], api: Api) -> AsyncIterator[Room]:
    room = await _room(app, market, api, FakeSTT())
    yield room
    await _close(room)


async def _close(room: Room) -> None:
    for party in (room.customer, room.vendor):
        await party.speaker.close()
        await room.live.leave(party.speaker.room, party.client)


def _noise(n: int, seed: int) -> np.ndarray:
    return (np.random.default_rng(seed).standard_normal(n) * 0.002).astype(np.float32)


def _as_sent(clip16: np.ndarray, leg: str) -> tuple[list[bytes], np.ndarray]:
    """20 ms frames as the leg's server code hands them to `Speaker.feed` (PCM16 at the
    leg's rate), and the whole audio after the same round trip, at 16 kHz."""
    if leg == "browser":
        pcm, rate = float32_to_pcm16(clip16), 16000
    else:
        pcm, rate = (
            ulaw_to_pcm16(pcm16_to_ulaw(float32_to_pcm16(resample(clip16, 16000, 8000)))),
            8000,
        )
    step = rate // 50 * 2
    frames = [pcm[i : i + step] for i in range(0, len(pcm), step)]
    whole = np.frombuffer(pcm, dtype="<i2").astype(np.float32) / 32768.0
    return frames, resample(whole, rate, 16000)


ONE_DATABASE = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
"""Speech in, not the database, is what these test: once is enough (real engines)."""


@ONE_DATABASE
async def test_live_transcripts_equal_offline_on_both_legs(real: Room) -> None:
    asr = real.live.engines.asr("en")
    customer = real.customer.client
    for leg in ("browser", "phone"):
        speaker = real.customer.speaker if leg == "browser" else real.phone(real.customer)
        try:
            for i, (line, price) in enumerate(LINES):
                said = espeak(line, wpm=160)  # deterministic: the same clip every run
                clip = np.concatenate(
                    [np.zeros(8000, np.float32), said, np.zeros(20000, np.float32)]
                )
                clip = clip + _noise(len(clip), i)
                frames, whole = _as_sent(clip, leg)
                before = len([e for e in customer.of("transcript") if e["final"]])
                for frame in frames:
                    speaker.feed(frame)
                    await asyncio.sleep(0)
                await wait_for(
                    lambda before=before: (
                        len([e for e in customer.of("transcript") if e["final"]]) > before
                    ),
                    timeout=10,
                    what=f"the {leg} transcript of {line!r}",
                )
                live = [e for e in customer.of("transcript") if e["final"]][-1]["text"]
                offline = await asr.transcribe(
                    whole, sample_rate=16000, language="en", hints=speaker.stt_hints
                )
                # Whisper's exact words change with the silence around them (tiny.en on
                # espeak-ng: "fifty" or "50", "a kilo" or "Machilo", either way round), so
                # what is compared is what must not be lost: the price read from each,
                # which is the price said.
                heard = understand(live, language="en").amount_paise
                assert heard == understand(offline.text, language="en").amount_paise, (
                    leg,
                    live,
                    offline.text,
                )
                assert heard == price, (leg, live)
        finally:
            if leg == "phone":
                await speaker.close()


@ONE_DATABASE
async def test_the_same_audio_decodes_the_same_on_both_legs(real: Room) -> None:
    """What lets a pause decode stand for the final one whatever its confidence: the
    live recogniser reads the same samples as the same words at the same confidence,
    μ-law phone audio included (a second decode would only make the reply wait)."""
    asr = real.live.engines.asr("en")
    hints = real.customer.speaker.stt_hints
    for i, (line, _price) in enumerate(LINES):
        said = espeak(line, wpm=160)
        clip = np.concatenate([np.zeros(4000, np.float32), said, np.zeros(4000, np.float32)])
        for leg in ("browser", "phone"):
            _, audio = _as_sent(clip + _noise(len(clip), i), leg)
            first, again = [
                await asr.transcribe(audio, sample_rate=16000, language="en", hints=hints)
                for _ in range(2)
            ]
            assert (again.text, again.confidence) == (first.text, first.confidence), (leg, line)


@ONE_DATABASE
@pytest.mark.parametrize(
    ("leg", "words", "voice"),
    [
        ("browser", "wait", "en-us"),
        ("phone", "wait", "en-us"),
        ("phone", "no no", "en-us"),
        ("phone", "ruko", "hi"),
        ("phone", "ek minute", "hi"),
    ],
)
async def test_a_short_interjection_over_playback_stops_it(
    fake: Room, leg: str, words: str, voice: str
) -> None:
    fake.tts.chunks, fake.tts.delay = 100, 0.02  # two seconds of speech to the vendor
    fake.live.engines.stt.say("Thirty six rupees.")  # type: ignore[attr-defined]
    fake.customer.say()
    vendor = fake.vendor.client
    await wait_for(lambda: vendor.audio_bytes > 0, timeout=5, what="speech to the vendor")
    speaker = fake.vendor.speaker if leg == "browser" else fake.phone(fake.vendor)
    rate = 16000 if leg == "browser" else 8000
    said = espeak(words, voice, wpm=170)
    clip = np.concatenate([np.zeros(4800, np.float32), said, np.zeros(8000, np.float32)])
    frames, _ = _as_sent(clip + _noise(len(clip), 1), leg)
    onset = 4800 * 2 * rate // 16000  # bytes of PCM16 before the first word
    cut_at: float | None = None
    onset_at = 0.0
    fed = 0
    try:
        for frame in frames:  # in real time, 20 ms a frame
            speaker.feed(frame)
            fed += len(frame)
            if fed >= onset and not onset_at:
                onset_at = time.monotonic()
            await asyncio.sleep(0.02)
            if cut_at is None and vendor.ended:
                cut_at = time.monotonic()
    finally:
        if leg == "phone":
            await speaker.close()
    assert vendor.ended and vendor.ended[0][1] is True, "the interjection did not stop playback"
    assert cut_at is not None
    assert cut_at - onset_at < 0.6  # the benchmark holds it to 300 ms on a quiet machine


def _done(
    text: str, confidence: float, steps: tuple[DecodeStep, ...] = ()
) -> asyncio.Future[Transcript]:
    """A decode made at a pause, finished: what the speaker's endpointer hands its turn."""
    done: asyncio.Future[Transcript] = asyncio.get_running_loop().create_future()
    done.set_result(Transcript(text, "en", "fake-stt", confidence=confidence, steps=steps))
    return done


def _whole_reads(fake: Room) -> FakeSTT:
    """The fake recogniser as the local one too, which reads a doubtful line again whole."""
    fake.live.engines.partials = True  # type: ignore[attr-defined]
    stt: FakeSTT = fake.live.engines.stt  # type: ignore[attr-defined]
    return stt


async def test_an_unsure_pause_decode_is_read_whole_and_a_sure_price_there_recorded(
    fake: Room,
) -> None:
    """A pause's decode whose price would be asked is not the final transcript: the line
    is read again whole (the full window alone), and the price that reading is sure of
    is recorded and passed on, nobody asked."""
    stt = _whole_reads(fake)
    stt.say(Heard("Thirty two rupees.", 0.8))
    u = utterance()
    fake.customer.speaker.early[u.id] = _done("Thirty two rupees.", 0.3)  # type: ignore[assignment]
    fake.customer.speaker.turns.put_nowait(u)
    await wait_for(lambda: fake.vendor.client.of("offer"), timeout=5, what="the offer")
    assert [(c["utterance_id"], c["whole"]) for c in stt.calls] == [(u.id, True)]
    assert await fake.bids() == [(3200, "customer")]
    assert not fake.customer.client.of("confirm_price")


async def test_a_sure_pause_decode_is_the_final_with_no_other_decode(fake: Room) -> None:
    stt = _whole_reads(fake)
    u = utterance()
    fake.customer.speaker.early[u.id] = _done("Thirty rupees.", 0.9)  # type: ignore[assignment]
    fake.customer.speaker.turns.put_nowait(u)
    await wait_for(lambda: fake.vendor.client.of("offer"), timeout=5, what="the offer")
    assert stt.calls == [] and await fake.bids() == [(3000, "customer")]


async def test_an_unsure_whole_reading_asks_the_first(fake: Room) -> None:
    """Read again whole and still unsure: the first reading's price is asked, as before."""
    stt = _whole_reads(fake)
    stt.say(Heard("Thirty two rupees.", 0.2))
    u = utterance()
    fake.customer.speaker.early[u.id] = _done("Thirty two rupees.", 0.3)  # type: ignore[assignment]
    fake.customer.speaker.turns.put_nowait(u)
    customer = fake.customer.client
    await wait_for(lambda: customer.of("confirm_price"), timeout=5, what="the question")
    asked = customer.of("confirm_price")[0]
    assert (asked["heard"], asked["amount_paise"]) == ("Thirty two rupees.", 3200)
    assert [c["whole"] for c in stt.calls] == [True]
    assert await fake.bids() == []
    assert not fake.vendor.client.of("offer")


async def test_the_full_window_a_pause_decode_ran_is_not_decoded_again(fake: Room) -> None:
    """A short reading with a number in it under the bar that beat its own full-window
    pass ("Man, I'm 38 in my price!" at 0.58: no price, the vendor's offer lost) is
    weighed against that full window's reading of the same audio, kept in its trace: its
    sure price is recorded, nothing decoded again."""
    stt = _whole_reads(fake)
    steps = (
        DecodeStep("short", "first", 2.9, 0.17, 0.18, "Man, I'm 38 in my price!", 0.584),
        DecodeStep("full", "unsure 0.58", 2.9, 0.6, 0.6, "38 is my price.", 0.45),
    )
    u = utterance()
    early = _done("Man, I'm 38 in my price!", 0.584, steps)
    fake.customer.speaker.early[u.id] = early  # type: ignore[assignment]
    fake.customer.speaker.turns.put_nowait(u)
    await wait_for(lambda: fake.vendor.client.of("offer"), timeout=5, what="the offer")
    assert stt.calls == [] and await fake.bids() == [(3800, "customer")]


async def test_a_short_reading_never_stands_over_the_full_window(fake: Room) -> None:
    """The full window's reading stood (surer) with its price asked; the short window's,
    "30th and 1 rupees" (a ₹1 the words are sure of, for "Thirty seven rupees"), is no
    whole-line reading: the first is asked."""
    stt = _whole_reads(fake)
    steps = (
        DecodeStep("short", "first", 2.9, 0.17, 0.18, "30th and 1 rupees only for you", 0.43),
        DecodeStep("full", "unsure 0.43", 2.9, 0.6, 0.6, "30 and 1 rupees only for you", 0.46),
    )
    u = utterance()
    early = _done("30 and 1 rupees only for you", 0.46, steps)
    fake.customer.speaker.early[u.id] = early  # type: ignore[assignment]
    fake.customer.speaker.turns.put_nowait(u)
    customer = fake.customer.client
    await wait_for(lambda: customer.of("confirm_price"), timeout=5, what="the question")
    assert stt.calls == [] and await fake.bids() == []


async def test_no_whole_read_without_a_local_recogniser(fake: Room) -> None:
    """A remote recogniser is asked once per utterance: an unsure price is asked."""
    stt: FakeSTT = fake.live.engines.stt  # type: ignore[attr-defined]
    u = utterance()
    fake.customer.speaker.early[u.id] = _done("Thirty two rupees.", 0.3)  # type: ignore[assignment]
    fake.customer.speaker.turns.put_nowait(u)
    customer = fake.customer.client
    await wait_for(lambda: customer.of("confirm_price"), timeout=5, what="the question")
    assert stt.calls == [] and await fake.bids() == []


async def test_a_pause_decode_stands_only_when_sure(fake: Room) -> None:
    """With a confidence bar (`VYAPAR_STT_REUSE_MIN_CONFIDENCE`, for an engine that does
    not read the same audio the same way twice), an unsure pause decode is decoded again."""
    fake.live.turn_taking = replace(fake.live.turn_taking, reuse_min_confidence=0.6)
    stt: FakeSTT = fake.live.engines.stt  # type: ignore[attr-defined]
    speaker = fake.customer.speaker
    loop = asyncio.get_running_loop()

    def early(text: str, confidence: float) -> asyncio.Future[Transcript]:
        done: asyncio.Future[Transcript] = loop.create_future()
        done.set_result(Transcript(text, "en", "fake-stt", confidence=confidence))
        return done

    # Sure: the pause's decode is the final transcript; nothing is decoded again.
    u = utterance()
    speaker.early[u.id] = early("Thirty rupees.", 0.9)  # type: ignore[assignment]
    speaker.turns.put_nowait(u)
    await wait_for(lambda: fake.vendor.client.of("offer"), timeout=5, what="the offer")
    assert stt.calls == [] and await fake.bids() == [(3000, "customer")]
    # Unsure: the whole utterance is decoded afresh, and that decode is what counts.
    stt.say("Thirty two rupees.")
    u = utterance()
    speaker.early[u.id] = early("Three two rupees.", 0.4)  # type: ignore[assignment]
    speaker.turns.put_nowait(u)
    await wait_for(lambda: len(fake.vendor.client.of("offer")) > 1, timeout=5, what="offer 2")
    assert [c["utterance_id"] for c in stt.calls] == [u.id]
    assert (await fake.bids())[-1] == (3200, "customer")


async def test_a_pause_decode_is_not_the_final_when_the_audio_grew(fake: Room) -> None:
    speaker = fake.customer.speaker
    loop = asyncio.get_running_loop()
    task = loop.create_task(asyncio.sleep(0, Transcript("Forty.", "en", "fake-stt")))
    for end, reused in ((16000, False), (12000, True)):
        u = utterance()
        speaker.guess = Guess(SpeechMark(3, 20, 12000), task, len(u.audio))
        # Same speech windows; the utterance's audio ends at `end` (grew by a quiet tail
        # the VAD counted neither as speech nor as silence when 16000).
        speaker._ended(UtteranceEnded(u, SpeechMark(3, 20, end)), "silence")
        assert (u.id in speaker.early) is reused
        speaker.early.pop(u.id, None)
        speaker.turns.get_nowait()
    await task


async def test_a_price_from_a_cut_utterance_is_asked_back(fake: Room) -> None:
    stt: FakeSTT = fake.live.engines.stt  # type: ignore[attr-defined]
    customer = fake.customer.client
    # Two prices, so that the second piece's question is not the first one standing (the
    # same price said on in the next piece leaves the waiting question as it is).
    cuts = (("thirty eight", 3800, True, False), ("forty two", 4200, False, True))
    for i, (words, paise, truncated, continued) in enumerate(cuts):
        stt.say(Heard(f"{words} rupees a kilo", confidence=0.95))
        cut = replace(utterance(), truncated=truncated, continued=continued)
        fake.customer.speaker.turns.put_nowait(cut)
        await wait_for(
            lambda i=i: len(customer.of("confirm_price")) > i,
            timeout=5,
            what="the question",
        )
        assert customer.of("confirm_price")[-1]["amount_paise"] == paise
    assert await fake.bids() == []
    assert not fake.vendor.client.of("offer")


async def test_a_comma_pause_on_the_phone_leg_is_one_turn_with_no_early_reply(fake: Room) -> None:
    """The real 8 kHz VAD on a line with a 350 ms comma pause, sent as a phone sends it:
    the decode at the pause reads a whole price into the fragment, unsure; the turn still
    waits for the speaker's end, and the two fragments are one utterance."""
    stt: FakeSTT = fake.live.engines.stt  # type: ignore[attr-defined]
    # A short early end, well inside the comma's VAD silence (~250–350 ms): only the
    # words decoded at the pause could end the turn there.
    fake.live.turn_taking = replace(fake.live.turn_taking, complete_hangover_ms=160)
    engines: FakeEngines = fake.live.engines  # type: ignore[assignment]
    engines.partials, stt.pool = True, engines.stt_pool  # decodes at pauses, as Whisper's
    stt.say("Thirty rupees a kilo.")
    fake.customer.speaker.turns.put_nowait(utterance())
    await wait_for(lambda: fake.vendor.client.of("offer"), timeout=5, what="the offer")
    first = trim(espeak("Last offer,"))
    second = trim(espeak("thirty five rupees a kilo."))
    clip = np.concatenate([np.zeros(8000, np.float32), first, np.zeros(5600, np.float32), second])
    quiet = np.zeros(16000, np.float32)
    frames, _ = _as_sent(np.concatenate([clip, quiet]), "phone")
    whole = "Last offer, thirty five rupees a kilo."
    stt.so_far = [
        (0.0, Heard("Last offer,", confidence=0.9)),
        (len(first) / 16000 + 0.2, Heard("Last offer, forty rupees a kilo.", confidence=0.45)),
        ((8000 + len(first) + 5600) / 16000, Heard("Last offer, thirty", confidence=0.5)),
        (len(clip) / 16000 - 0.3, Heard(whole, confidence=0.9)),
    ]
    speaker = fake.phone(fake.vendor)
    customer = fake.customer.client

    def vendor_offers() -> list[dict[str, Any]]:
        return [e for e in customer.of("offer") if e["side"] == "vendor"]

    try:
        spoken_until = len(clip) * 8000 // 16000 * 2  # bytes of speech sent before the quiet
        sent = 0
        for frame in frames:
            speaker.feed(frame)
            sent += len(frame)
            await asyncio.sleep(0.004)
            if sent < spoken_until:
                assert not vendor_offers(), "a reply started before the speaker ended"
        await wait_for(vendor_offers, timeout=10, what="the vendor's price")
        await asyncio.sleep(0.3)
    finally:
        await speaker.close()
    heard = [e["text"] for e in customer.of("transcript") if e["side"] == "vendor"]
    assert heard == [whole]
    assert await fake.bids() == [(3000, "customer"), (3500, "vendor")]
    assert not fake.vendor.client.of("not_understood")


@pytest.mark.parametrize("leg", ["browser", "phone"])
# The control needs the cut to land inside the 350 ms comma: a bounded time that a loaded
# machine can miss, so it runs with the serial tests (scripts/test.sh).
@pytest.mark.parametrize("fast_ms", [None, pytest.param(160, marks=pytest.mark.serial)])
async def test_a_whole_offer_at_a_comma_pause_waits_for_the_rest_of_the_line(
    fake: Room, leg: str, fast_ms: int | None
) -> None:
    """A whole offer at a comma pause, "Thirty five rupees a kilo, [350 ms] last price.":
    the decode at the comma reads a whole offer, surely, and closes it with a full stop.
    With the default silences (`TurnTaking.complete_hangover_ms` and
    `complete_hangover_phone_ms`) the turn still waits for the rest: one transcript, one
    bid, no reply while the speaker speaks. A fast end shorter than the comma's VAD
    silence (160 ms, the control) cuts the line there, so this test tells the two apart."""
    stt: FakeSTT = fake.live.engines.stt  # type: ignore[attr-defined]
    if fast_ms is not None:
        fake.live.turn_taking = replace(
            fake.live.turn_taking, complete_hangover_ms=fast_ms, complete_hangover_phone_ms=fast_ms
        )
    engines: FakeEngines = fake.live.engines  # type: ignore[assignment]
    engines.partials, stt.pool = True, engines.stt_pool  # decodes at pauses, as Whisper's
    stt.say("Thirty rupees a kilo.")
    fake.customer.speaker.turns.put_nowait(utterance())
    await wait_for(lambda: fake.vendor.client.of("offer"), timeout=5, what="the offer")
    first = trim(espeak("Thirty five rupees a kilo,"))
    second = trim(espeak("last price."))
    comma = np.zeros(5600, np.float32)  # 350 ms
    clip = np.concatenate([np.zeros(8000, np.float32), first, comma, second])
    frames, _ = _as_sent(np.concatenate([clip, np.zeros(16000, np.float32)]), leg)
    whole = "Thirty five rupees a kilo, last price."
    stt.so_far = [
        (0.0, Heard("Thirty five rupees a kilo.", confidence=0.9)),
        ((len(first) + len(comma)) / 16000 + 0.5, Heard(whole, confidence=0.9)),
    ]
    speaker = fake.vendor.speaker if leg == "browser" else fake.phone(fake.vendor)
    customer = fake.customer.client

    def vendor_offers() -> list[dict[str, Any]]:
        return [e for e in customer.of("offer") if e["side"] == "vendor"]

    try:
        rate = 16000 if leg == "browser" else 8000
        spoken_until = len(clip) * rate // 16000 * 2  # bytes of speech sent before the quiet
        sent = 0
        for frame in frames:
            speaker.feed(frame)
            sent += len(frame)
            await asyncio.sleep(0.004)
            if sent < spoken_until and fast_ms is None:
                assert not vendor_offers(), "a reply started before the speaker ended"
        await wait_for(vendor_offers, timeout=10, what="the vendor's price")
        await asyncio.sleep(0.3)
    finally:
        if leg == "phone":
            await speaker.close()
    heard = [e["text"] for e in customer.of("transcript") if e["side"] == "vendor"]
    if fast_ms is not None:
        assert heard[0] == "Thirty five rupees a kilo.", "the control no longer cuts the line"
        return
    assert heard == [whole]
    assert await fake.bids() == [(3000, "customer"), (3500, "vendor")]


@pytest.mark.parametrize("leg", ["browser", "phone"])
@pytest.mark.parametrize(("confidence", "ends"), [(0.9, "complete"), (0.45, "silence")])
async def test_only_a_sure_pause_decode_ends_a_turn_early(
    fake: Room, leg: str, confidence: float, ends: str
) -> None:
    """A whole offer decoded at the pause ends the turn there when that decode will stand
    as the final transcript; decoded unsure, the turn waits out the full silence. On a
    phone leg every turn waits out the full silence (`complete_hangover_phone_ms`: a
    comma pause is as long as the fast end there)."""
    stt: FakeSTT = fake.live.engines.stt  # type: ignore[attr-defined]
    engines: FakeEngines = fake.live.engines  # type: ignore[assignment]
    engines.partials, stt.pool = True, engines.stt_pool
    stt.say("Thirty rupees a kilo.")
    fake.customer.speaker.turns.put_nowait(utterance())
    await wait_for(lambda: fake.vendor.client.of("offer"), timeout=5, what="the offer")
    said = trim(espeak("Thirty five rupees a kilo."))
    clip = np.concatenate([np.zeros(8000, np.float32), said, np.zeros(24000, np.float32)])
    frames, _ = _as_sent(clip, leg)
    stt.so_far = [(0.0, Heard("Thirty five rupees a kilo.", confidence=confidence))]
    speaker = fake.vendor.speaker if leg == "browser" else fake.phone(fake.vendor)
    customer = fake.customer.client
    try:
        for frame in frames:
            speaker.feed(frame)
            await asyncio.sleep(0.004)
        await wait_for(
            lambda: [e for e in customer.of("latency") if e["speaker"] == "vendor"],
            timeout=10,
            what="the vendor's turn",
        )
    finally:
        if leg == "phone":
            await speaker.close()
    [latency] = [e for e in customer.of("latency") if e["speaker"] == "vendor"]
    assert latency["end_of_turn"] == (ends if leg == "browser" else "silence")
    assert (await fake.bids())[-1] == (3500, "vendor")


async def test_words_cut_at_a_pause_wait_while_their_speaker_speaks_again(fake: Room) -> None:
    """The endpointer cut the speaker at a pause they went on from: the first words'
    turn waits (`Hearing.speaker_done`) until that speech is over, so its reply never
    reaches the listener while the speaker still speaks, however soon the words were
    read; a speaker who is quiet is not waited for."""
    endpointer = SimpleNamespace(in_speech=True)
    speaker = SimpleNamespace(endpointer=endpointer)
    hearing = fake.live.hearing
    waiting = asyncio.create_task(hearing.speaker_done(speaker))  # type: ignore[arg-type]
    await asyncio.sleep(0.2)
    assert not waiting.done()
    endpointer.in_speech = False  # they stopped
    await asyncio.wait_for(waiting, timeout=1)
    await asyncio.wait_for(hearing.speaker_done(speaker), timeout=0.1)  # type: ignore[arg-type]
