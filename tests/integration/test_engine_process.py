"""One copy of the speech models per host: the engine process answers the workers'
Whisper and Piper requests over its Unix socket exactly as the engines do in process; when
it dies a worker gets `engine_unavailable` at once, and it is restarted."""

from __future__ import annotations

import asyncio
import os
import signal
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI

from audio.config import AudioConfig
from audio.errors import EngineUnavailable
from audio.registry import EngineRegistry
from models import Role
from server.domain.context import Actor
from server.engine_process import EngineProcess
from server.live.service import LiveService
from server.live.turns.endpointing import Speaker
from tests.audio_helpers import espeak
from tests.conftest import Api
from tests.fakes import FakeClient, Party
from tests.live_helpers import wait_for

SAID = "Forty rupees a kilo."


@pytest.fixture
def engines(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[EngineProcess]:
    monkeypatch.setenv("VYAPAR_WARM_LANGUAGES", '["en"]')
    monkeypatch.setenv("VYAPAR_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("VYAPAR_LOG_LEVEL", "WARNING")
    process = EngineProcess(tmp_path / "engines.sock", restart_delay=0.2)
    process.start()
    try:
        assert process.wait_ready(120), "the engine process never answered"
        yield process
    finally:
        process.stop()


def remote(engines: EngineProcess) -> EngineRegistry:
    return EngineRegistry(AudioConfig(engine_socket=engines.path, tts_providers={"*": ["piper"]}))


async def test_the_engine_process_answers_as_the_engines_do_and_comes_back_after_dying(
    engines: EngineProcess,
) -> None:
    registry = remote(engines)
    local = EngineRegistry(AudioConfig())
    audio = espeak(SAID)
    try:
        heard = await registry.asr("en").transcribe(audio, sample_rate=16000, language="en")
        same = await local.asr("en").transcribe(audio, sample_rate=16000, language="en")
        assert heard.text == same.text and "rupees" in heard.text
        assert heard.confidence == pytest.approx(same.confidence, abs=1e-6)
        # Not loaded here: the worker holds a client of the engine process, no model.
        assert registry.whisper("en")._model is None  # type: ignore[attr-defined]
        chunks = [
            c async for c in registry.tts("en").synthesize(SAID, language="en", sample_rate=16000)
        ]
        assert sum(len(c.pcm) for c in chunks) > 16000  # over half a second of speech
        assert registry.local_piper()._loaded == {}

        first = engines.pid
        assert first is not None
        os.kill(first, signal.SIGKILL)
        started = time.monotonic()
        with pytest.raises(EngineUnavailable, match="engine process"):
            while True:  # until the socket stops answering (at once: the process is gone)
                await registry.asr("en").transcribe(audio, sample_rate=16000, language="en")
                await asyncio.sleep(0.05)
        assert time.monotonic() - started < 5
        with pytest.raises(EngineUnavailable):
            async for _ in registry.tts("en").synthesize(SAID, language="en", sample_rate=16000):
                pass

        assert await asyncio.to_thread(engines.wait_ready, 120), "not restarted"
        assert engines.restarts == 1 and engines.pid != first
        again = await registry.asr("en").transcribe(audio, sample_rate=16000, language="en")
        assert again.text == same.text
    finally:
        await registry.aclose()
        await local.aclose()


async def test_stopped_it_is_gone_with_its_socket(engines: EngineProcess) -> None:
    pid = engines.pid
    engines.stop()
    assert engines.proc is not None and engines.proc.poll() is not None
    assert not engines.path.exists()
    assert pid is not None
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


async def test_a_speaker_hears_engine_unavailable_while_the_engine_process_is_down(
    app: FastAPI, market: dict[str, Any], api: Api, tmp_path: Path
) -> None:
    live: LiveService = app.state.live
    await live.engines.aclose()
    live.engines = EngineRegistry(
        AudioConfig(engine_socket=tmp_path / "down.sock", tts_providers={"*": ["piper"]})
    )
    n = (await api.open(market["c"], market["product"]["id"], quantity=2))["id"]
    info = await live.load_room(n)
    assert info is not None
    parties = []
    for side, role, user in (
        ("customer", Role.CUSTOMER, market["customer"]["user"]),
        ("vendor", Role.VENDOR, market["vendor"]["user"]),
    ):
        client = FakeClient(side, user["id"], "en")
        local = await live.join(info, client, voice=None, rate=1.0)
        actor = Actor(user["id"], role, request_id=None, ip=None)
        parties.append(Party(client, Speaker(live, local, client, actor, 16000)))
    customer, vendor = parties
    try:
        customer.say()  # speech: its decode cannot be had
        await wait_for(lambda: customer.client.of("error"), timeout=10, what="an error")
        [error] = customer.client.of("error")
        assert error["code"] == "engine_unavailable"
        assert "engine process" in error["message"]
        customer.type("35 rupees")  # typed: recorded and relayed, but cannot be spoken
        await wait_for(lambda: vendor.client.of("error"), timeout=10, what="the listener's error")
        assert vendor.client.of("error")[0]["code"] == "engine_unavailable"
        assert vendor.client.of("offer")  # the offer itself reached the vendor
    finally:
        for party in parties:
            await party.speaker.close()
            await live.leave(party.speaker.room, party.client)
