"""When a spoken turn ends: real speech (espeak-ng) through the real VAD on both legs, a
scripted recogniser (`FakeSTT.so_far`: its words by how much audio it is given). A
finished sentence of any kind, decoded with confidence at the pause, ends the turn after
the short silence; a sentence that goes on after a pause is one turn, with no reply
before its end; an unsure decode or a fragment that leaves more to come waits out the
full silence. The reply is synthesized ahead during the pause and sent only once the turn
has ended; speech ahead for words the speaker went on from is dropped unheard. Lines of
this file's own."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import replace
from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest
from fastapi import FastAPI

from audio.errors import EngineUnavailable
from audio.frames import Transcript
from audio.vad import SpeechMark, UtteranceEnded
from server.live.events import Say
from server.live.turns.guesses import Guess
from tests.audio_helpers import espeak, trim
from tests.conftest import Api
from tests.fakes import FakeEngines, FakeSTT, Heard, utterance
from tests.integration.test_live_hearing import Room, _as_sent, _close, _room
from tests.live_helpers import wait_for


@pytest.fixture
async def fake(app: FastAPI, market: dict[str, Any], api: Api) -> AsyncIterator[Room]:
    room = await _room(app, market, api, FakeSTT())
    engines: FakeEngines = room.live.engines  # type: ignore[assignment]
    stt: FakeSTT = engines.stt  # type: ignore[attr-defined]
    engines.partials, stt.pool = True, engines.stt_pool  # decodes at pauses, as Whisper's
    yield room
    await _close(room)


def _stt(room: Room) -> FakeSTT:
    return room.live.engines.stt  # type: ignore[attr-defined,no-any-return]


def _vendor_said(room: Room) -> list[dict[str, Any]]:
    return [e for e in room.customer.client.of("transcript") if e["side"] == "vendor"]


async def _speak(room: Room, leg: str, clip: np.ndarray) -> list[dict[str, Any]]:
    """The vendor says `clip` (then a second of quiet) on `leg`, frame by frame; nothing of
    the turn may reach the customer before the last frame of speech is sent. Returns the
    turn's `latency` events at the customer."""
    frames, _ = _as_sent(np.concatenate([clip, np.zeros(16000, np.float32)]), leg)
    speaker = room.vendor.speaker if leg == "browser" else room.phone(room.vendor)
    rate = 16000 if leg == "browser" else 8000
    spoken_until = len(clip) * rate // 16000 * 2  # bytes of speech before the quiet
    sent = 0
    try:
        for frame in frames:
            speaker.feed(frame)
            sent += len(frame)
            await asyncio.sleep(0.004)
            if sent < spoken_until:
                assert not _vendor_said(room), "the turn ended before the speaker did"
                assert room.customer.client.audio_bytes == 0, "a reply before the end"
        await wait_for(
            lambda: [e for e in room.customer.client.of("latency") if e["speaker"] == "vendor"],
            timeout=10,
            what="the vendor's turn",
        )
    finally:
        if leg == "phone":
            await speaker.close()
    return [e for e in room.customer.client.of("latency") if e["speaker"] == "vendor"]


def _ahead(room: Room, outcome: str) -> float:
    value = room.live.metrics.registry.get_sample_value(
        "vyapar_speech_ahead_total", {"outcome": outcome}
    )
    return value or 0.0


def _line(*parts: str | float) -> tuple[np.ndarray, list[int]]:
    """Half a second of quiet, then the phrases with the given pauses (seconds) between
    them; and where each phrase ends (samples)."""
    pieces: list[np.ndarray] = [np.zeros(8000, np.float32)]
    ends = []
    for part in parts:
        if isinstance(part, str):
            pieces.append(trim(espeak(part)))
            ends.append(sum(len(p) for p in pieces))
        else:
            pieces.append(np.zeros(int(part * 16000), np.float32))
    return np.concatenate(pieces), ends


LEGS = pytest.mark.parametrize("leg", ["browser", "phone"])


@LEGS
async def test_a_sure_finished_sentence_ends_the_turn_after_the_short_silence(
    fake: Room, leg: str
) -> None:
    words = "The red ones came this morning."
    clip, _ = _line(words)
    _stt(fake).so_far = [(0.0, Heard(words, confidence=0.9))]
    [latency] = await _speak(fake, leg, clip)
    # On a phone leg no short silence ends a turn (a comma there is as long as one).
    assert latency["end_of_turn"] == ("sentence" if leg == "browser" else "silence")
    assert [e["text"] for e in _vendor_said(fake)] == [words]
    assert await fake.bids() == []  # a remark: nothing recorded
    # Its speech was made during the pause and sent after the turn ended.
    await wait_for(lambda: fake.customer.client.ended, timeout=5, what="the reply's end")
    assert fake.tts.said[-1] == ("en", words)
    assert _ahead(fake, "used") == 1
    assert len(fake.customer.client.ended) == 1
    assert fake.customer.client.audio_bytes > 0


@LEGS
@pytest.mark.parametrize(
    ("fragment", "pause"),
    [
        ("My cousin told me,", 0.4),  # the recogniser heard it go on
        ("Everything here is good.", 0.25),  # a sentence break: the next one comes
    ],
)
async def test_a_sentence_that_goes_on_after_a_pause_is_one_turn_and_one_reply(
    fake: Room, leg: str, fragment: str, pause: float
) -> None:
    whole = f"{fragment} Please take a look at the beans."
    clip, ends = _line(fragment, pause, "Please take a look at the beans.")
    resumed = (ends[0] + pause * 16000) / 16000 + 0.3 - 0.5  # into the second phrase
    _stt(fake).so_far = [
        (0.0, Heard(fragment, confidence=0.9)),
        (resumed, Heard(whole, confidence=0.9)),
    ]
    [latency] = await _speak(fake, leg, clip)
    assert [e["text"] for e in _vendor_said(fake)] == [whole]
    assert latency["end_of_turn"] in ("sentence", "silence")
    # The fragment's reply, if one was made ahead at the pause (a busy machine may not
    # get to it before speech resumes), was dropped unheard: the listener hears the whole
    # sentence once.
    await wait_for(lambda: fake.customer.client.ended, timeout=5, what="the reply's end")
    used, dropped = _ahead(fake, "used"), _ahead(fake, "dropped")
    assert used <= 1  # at most the whole sentence's own reply, made at its final pause
    assert used + dropped == _ahead(fake, "prepared")
    assert len(fake.customer.client.ended) == 1
    assert fake.tts.said[-1] == ("en", whole)


@LEGS
@pytest.mark.parametrize(
    "heard",
    [
        Heard("The red ones came this morning.", confidence=0.45),  # unsure
        Heard("The red ones came this morning and", confidence=0.9),  # more to come
        Heard("Brother.", confidence=0.9),  # an opening
    ],
)
async def test_an_unsure_or_open_decode_waits_out_the_full_silence(
    fake: Room, leg: str, heard: Heard
) -> None:
    clip, _ = _line("The red ones came this morning.")
    _stt(fake).so_far = [(0.0, heard)]
    [latency] = await _speak(fake, leg, clip)
    assert latency["end_of_turn"] == "silence"


async def test_speech_ahead_for_other_words_is_dropped_and_the_reply_made_afresh(
    fake: Room,
) -> None:
    """Prepared speech plays only for a `Say` of the very same words for the same voice;
    any other is dropped unheard, and a failed preparation leaves the reply to a fresh
    synthesis."""
    customer = fake.customer.client
    speech = fake.customer.speaker.room.speech
    assert speech.prepare(customer, "Come back on Sunday.", None, 1.0)
    speech.enqueue(
        customer, Say(to="customer", text="See you on Monday.", language="en", utterance_id="u1")
    )
    await wait_for(lambda: customer.ended, timeout=5, what="the reply")
    assert fake.tts.said == [("en", "Come back on Sunday."), ("en", "See you on Monday.")]
    assert (_ahead(fake, "used"), _ahead(fake, "dropped")) == (0, 1)
    fake.tts.error = EngineUnavailable("no voice", provider="fake-tts")
    assert speech.prepare(customer, "Fresh ones at noon.", None, 1.0)
    await asyncio.sleep(0.05)
    fake.tts.error = None
    speech.enqueue(
        customer, Say(to="customer", text="Fresh ones at noon.", language="en", utterance_id="u2")
    )
    await wait_for(lambda: len(customer.ended) > 1, timeout=5, what="the second reply")
    assert customer.ended[-1] == ("u2", False) and not customer.of("error")
    assert fake.tts.said[-1] == ("en", "Fresh ones at noon.")


@LEGS
async def test_a_sure_price_is_recorded_and_its_reply_was_made_ahead(fake: Room, leg: str) -> None:
    _stt(fake).say("Thirty rupees a kilo.")  # the customer's offer, to counter
    fake.customer.say()
    await wait_for(lambda: fake.vendor.client.of("offer"), timeout=20, what="the offer")
    words = "Thirty six rupees for a kilo."
    clip, _ = _line(words)
    _stt(fake).so_far = [(0.0, Heard(words, confidence=0.9))]
    [latency] = await _speak(fake, leg, clip)
    assert latency["end_of_turn"] == ("complete" if leg == "browser" else "silence")
    assert await fake.bids() == [(3000, "customer"), (3600, "vendor")]
    await wait_for(lambda: fake.customer.client.ended, timeout=5, what="the reply's end")
    assert fake.tts.said[-1] == ("en", words)
    assert _ahead(fake, "used") == 1
    assert not fake.vendor.client.of("error") and not fake.customer.client.of("error")


async def test_the_reply_is_prepared_while_an_unsure_pause_decode_is_decoded_afresh(
    fake: Room,
) -> None:
    """With a confidence bar for reusing a pause decode (`VYAPAR_STT_REUSE_MIN_CONFIDENCE`;
    0 by default), an unsure one is decoded again after the turn's end; the same engine on
    the same audio reads the same words, so their reply is synthesized meanwhile."""
    fake.live.turn_taking = replace(fake.live.turn_taking, reuse_min_confidence=0.6)
    words = "The green ones are sweeter."
    loop = asyncio.get_running_loop()
    guess: asyncio.Future[Transcript] = loop.create_future()
    guess.set_result(Transcript(words, "en", "fake-stt", confidence=0.4))
    _stt(fake).say(Heard(words, confidence=0.4, delay=0.3))
    u = utterance()
    fake.customer.speaker.early[u.id] = guess  # type: ignore[assignment]
    fake.customer.speaker.turns.put_nowait(u)
    vendor = fake.vendor.client
    await wait_for(lambda: vendor.ended, timeout=5, what="the reply")
    assert fake.tts.said == [("en", words)]  # synthesized once, during the second decode
    assert _ahead(fake, "used") == 1


async def test_a_partial_decode_is_shown_only_and_a_pause_decodes_the_same_speech_again(
    fake: Room,
) -> None:
    """A decode made while the speaker speaks is the recogniser's short pass alone
    (`partial=True`), for the speaker's screen: at a pause over the same speech the words
    are decoded again with every pass, and only that decode may stand as the final
    transcript, even when the partial covers exactly the final audio."""
    stt = _stt(fake)
    speaker = fake.customer.speaker
    mark, audio = SpeechMark(4, 20, 12000), np.zeros(12000, np.float32)
    stt.say(Heard("Thirty two rupees", confidence=0.9), Heard("Thirty two rupees.", 0.9))
    speaker._start_guess(mark, audio, at_pause=False)
    partial = speaker.guess
    assert partial is not None and partial.partial
    await partial.task
    speaker._start_guess(mark, audio, at_pause=True)  # the same speech, now at a pause
    pause = speaker.guess
    assert pause is not None and pause is not partial and not pause.partial
    await pause.task
    assert [c["partial"] for c in stt.calls] == [True, False]
    for guess, reused in ((partial, False), (pause, True)):
        u = utterance(0.75)  # 12000 samples: exactly what both decoded
        speaker.guess = guess
        speaker._ended(UtteranceEnded(u, mark), "silence")
        assert (u.id in speaker.early) is reused
        speaker.early.pop(u.id, None)
        speaker.turns.get_nowait()


async def test_a_partial_decode_never_ends_the_turn_early(fake: Room) -> None:
    """A sure whole move read by a partial decode ("Thirty two rupees.") at the short
    silence does not end the turn: only a pause's decode, with every pass, may."""
    speaker = fake.customer.speaker
    mark, audio = SpeechMark(5, 20, 12000), np.zeros(12000, np.float32)
    ended: list[SpeechMark] = []
    speaker.endpointer = SimpleNamespace(  # type: ignore[assignment]
        mark=lambda: mark,
        silence_ms=1000.0,
        audio_so_far=lambda: audio,
        end_at_pause=lambda m: ended.append(m),  # None: the utterance goes on
    )
    done = asyncio.get_running_loop().create_future()
    done.set_result(Transcript("Thirty two rupees.", "en", "fake-stt", confidence=0.95))
    for partial, ends in ((True, []), (False, [mark])):
        ended.clear()
        speaker.guess = Guess(mark, done, len(audio), partial=partial)  # type: ignore[arg-type]
        await speaker._follow_guess()
        assert ended == ends
    speaker.guess = None


async def test_a_pause_decode_the_speaker_went_on_from_stops_after_its_short_pass(
    fake: Room,
) -> None:
    """A decode made at a pause is asked, between its passes, whether it is still wanted:
    once the speaker goes on (the mark grows, and marks never shrink back) it can only be
    a partial for their screen, so it stops after the short pass instead of holding the
    STT worker for the full window while the next pause's decode waits. A decode whose
    pause the turn ends in stays wanted to the end."""
    stt = _stt(fake)
    speaker = fake.customer.speaker
    first, later = SpeechMark(6, 20, 12000), SpeechMark(6, 31, 19000)
    audio = np.zeros(12000, np.float32)
    now = first
    speaker.endpointer = SimpleNamespace(  # type: ignore[assignment]
        mark=lambda: now,
        silence_ms=160.0,
        audio_so_far=lambda: audio,
        end_at_pause=lambda m: None,
    )
    stt.say(Heard("Forty two", confidence=0.4, delay=0.2))
    speaker._start_guess(first, audio, at_pause=True)
    guess = speaker.guess
    assert guess is not None
    await speaker._follow_guess()  # still in the pause: wanted
    assert not guess.went_on.is_set()
    now = later  # the speaker went on while it decodes
    await speaker._follow_guess()
    assert guess.went_on.is_set()
    await guess.task
    assert stt.calls[-1]["still_wanted"]() is False
    # A decode at the pause that ends the turn is never told to stop.
    stt.say(Heard("Forty two rupees a kilo.", confidence=0.9))
    speaker._start_guess(later, audio, at_pause=True)
    last = speaker.guess
    assert last is not None and last is not guess
    await last.task
    await speaker._follow_guess()
    assert stt.calls[-1]["still_wanted"]() is True
    speaker.guess = None
