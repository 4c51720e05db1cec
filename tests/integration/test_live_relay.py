"""Words no engine translates, over real sockets: the listener hears a note in their own
language and then the speaker's own voice (spoken words) or the words read by a voice of
their language (typed words); the page gets the words in their own script, marked
untranslated. Never a transliteration read out by the listener's voice.

The server hears through a fake recogniser and speaks through a fake voice (`tests.fakes`),
so what was said and what was streamed can be compared exactly."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import numpy as np
import pytest

from audio.codecs import pcm16_to_float32
from audio.frames import Translation
from audio.market import market_act
from audio.phrasebook import without_words
from audio.relayed import relay_note
from tests.conftest import Api
from tests.integration.test_live import with_silence
from tests.live_helpers import (
    LiveServer,
    fake_stt,
    open_browser,
    scripted_server,
    spoken,
    stream_pcm,
    wait_for,
)

SMALL_TALK = "kal se barish ho rahi hai, mandi mein bheed kam hai"
"""Hindi small talk typed in Latin letters: no price, no market act, nothing to render."""


@pytest.fixture
async def server(database_url: str) -> AsyncIterator[LiveServer]:
    async with scripted_server(database_url) as s:
        yield s


async def haggle(server: LiveServer) -> tuple[Any, Any]:
    """A Hindi shopper and a Tamil vendor in one room, both in the browser."""
    api = Api(server.http)
    vendor = await api.register("vendor", language="ta")
    customer = await api.register("customer", language="hi")
    product = await api.product(vendor["token"], names={"hi": "टमाटर", "ta": "தக்காளி"})
    n = (await api.open(customer["token"], product["id"]))["id"]
    c = await open_browser(server, n, customer["token"], language="hi")
    v = await open_browser(server, n, vendor["token"], language="ta")
    await wait_for(
        lambda: any(e.get("type") == "presence" and e["side"] == "vendor" for e in c[1].events),
        what="vendor presence",
    )
    return c, v


def said(server: LiveServer) -> list[tuple[str, str]]:
    return list(server.app.state.live.engines.fake_tts.said)


async def test_spoken_words_not_translated_reach_the_listener_in_the_speakers_voice(
    server: LiveServer,
) -> None:
    assert market_act(SMALL_TALK, "hi") is None
    c, v = await haggle(server)
    speech = await spoken("Any speech at all, said slowly.", 16000)
    fake_stt(server).say(SMALL_TALK)
    await stream_pcm(c[0], with_silence(speech, 16000), 16000, realtime=False)

    await wait_for(lambda: v[1].of("translation"), what="the words at the vendor")
    [words] = v[1].of("translation")
    assert (words["text"], words["language"], words["untranslated"]) == (SMALL_TALK, "hi", True)
    note = relay_note("ta", "customer", "hi")
    assert note == "வாடிக்கையாளர் சொன்னது (இந்தி):"
    await wait_for(
        lambda: any(e.get("type") == "audio_end" for e in v[1].events), what="the vendor's audio"
    )
    [start] = v[1].of("audio_start")
    assert start["text"] == note
    assert ("ta", note) in said(server)
    assert not any(text == SMALL_TALK for _, text in said(server))  # no voice read it out

    # After the note (a second of the fake voice), the shopper's own speech, as cut by the
    # VAD: the loudest stretch the vendor hears is the shopper's speech.
    heard = pcm16_to_float32(bytes(v[1].audio))
    note_samples = 16000  # speaking(): four chunks of 0.25 s at 16 kHz
    relayed = heard[note_samples:]
    spoken_seconds = len(speech) / 2 / 16000
    assert len(relayed) / 16000 >= 0.8 * spoken_seconds
    said_energy = float(np.sqrt(np.mean(pcm16_to_float32(speech) ** 2)))
    relayed_energy = float(np.sqrt(np.mean(relayed**2)))
    assert relayed_energy > 0.5 * said_energy

    for ws, _got, task in (c, v):
        await ws.close()
        await task


async def test_typed_words_not_translated_are_read_in_their_own_language(
    server: LiveServer,
) -> None:
    c, v = await haggle(server)
    await c[0].send(json.dumps({"type": "text", "text": SMALL_TALK}))
    await wait_for(
        lambda: any(e.get("type") == "audio_end" for e in v[1].events), what="the vendor's audio"
    )
    [words] = v[1].of("translation")
    assert (words["text"], words["language"], words["untranslated"]) == (SMALL_TALK, "hi", True)
    note = relay_note("ta", "customer", "hi")
    assert said(server)[-2:] == [("ta", note), ("hi", SMALL_TALK)]
    [start] = v[1].of("audio_start")
    assert start["text"] == note
    for ws, _got, task in (c, v):
        await ws.close()
        await task


async def test_a_clip_the_bus_no_longer_has_is_read_out_instead(server: LiveServer) -> None:
    """The clip is gone by the time the listener's turn comes (expired, evicted): the
    listener still gets the words, read in the speaker's language, not silence."""
    live = server.app.state.live

    async def forgotten(room: int, utterance_id: str) -> bytes | None:
        return None

    live.bus.clip = forgotten
    c, v = await haggle(server)
    fake_stt(server).say(SMALL_TALK)
    speech = with_silence(await spoken("Any speech at all.", 16000), 16000)
    await stream_pcm(c[0], speech, 16000, realtime=False)
    await wait_for(
        lambda: any(e.get("type") == "audio_end" for e in v[1].events), what="the vendor's audio"
    )
    assert said(server)[-2:] == [("ta", relay_note("ta", "customer", "hi")), ("hi", SMALL_TALK)]
    for ws, _got, task in (c, v):
        await ws.close()
        await task


class ModelMT:
    """A free-text translation model as Bhashini's NMT or a `ct2` model answers: acts and
    same-language text never reach it (`without_words`), the rest comes back translated."""

    name = "bhashini"

    async def translate(
        self, text: str, *, source: str, target: str, act: Any = None
    ) -> Translation:
        done = without_words(text, source=source, target=target, act=act, provider=self.name)
        return done or Translation(f"[{target}] {text}", source, target, self.name)


async def test_machine_translated_words_are_marked_and_prices_are_rendered(
    server: LiveServer,
) -> None:
    """With a translation model configured, free text reaches the listener translated
    and marked as machine translation; a price is still rendered from its act."""
    engines = server.app.state.live.engines
    engines.translation = lambda source, target: ModelMT()
    c, v = await haggle(server)
    await c[0].send(json.dumps({"type": "text", "text": SMALL_TALK}))
    await wait_for(lambda: v[1].of("translation"), what="the words at the vendor")
    [words] = v[1].of("translation")
    assert words["text"] == f"[ta] {SMALL_TALK}"
    assert (words["machine"], words["untranslated"], words["language"]) == (True, False, "ta")
    await wait_for(lambda: ("ta", f"[ta] {SMALL_TALK}") in said(server), what="the words said")

    await c[0].send(json.dumps({"type": "text", "text": "चालीस रुपये किलो दे दो"}))
    await wait_for(lambda: len(v[1].of("translation")) == 2, what="the offer at the vendor")
    offer = v[1].of("translation")[1]
    assert offer["machine"] is False and "40" in offer["text"] and "[ta]" not in offer["text"]
    for ws, _got, task in (c, v):
        await ws.close()
        await task
