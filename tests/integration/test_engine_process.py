"""One copy of the speech models per host: the engine process answers the workers'
Whisper and Piper requests over its Unix socket exactly as the engines do in process; when
it dies a worker gets `engine_unavailable` at once, and it is restarted."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI

from audio.config import AudioConfig
from audio.engine_host import EngineHost, HostClient
from audio.errors import EngineError, EngineUnavailable, PoolSaturated
from audio.registry import EngineRegistry
from server.engine_process import START_FAILURES, EngineProcess
from server.live.engine_errors import MESSAGES
from server.live.service import LiveService
from tests.audio_helpers import espeak
from tests.conftest import REDIS_URL, Api, need
from tests.fakes import seat_parties
from tests.integration.test_live import with_silence
from tests.integration.test_live_two_processes import (
    remote,
    server_env,
    start_serve,
    stop,
    until_up,
)
from tests.live_helpers import open_browser, spoken, stream_pcm, wait_for

SAID = "Forty rupees a kilo."


def start_engines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *, warm: bool
) -> Iterator[EngineProcess]:
    monkeypatch.setenv("VYAPAR_WARM_ENGINES", "true" if warm else "false")
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


@pytest.fixture
def engines(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[EngineProcess]:
    """The engine process with the English models loaded and warmed, as `serve` starts it."""
    yield from start_engines(tmp_path, monkeypatch, warm=True)


@pytest.fixture
def cold_engines(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[EngineProcess]:
    """The engine process answering before any model is loaded (no warm-up): for what
    needs only the process and its socket."""
    yield from start_engines(tmp_path, monkeypatch, warm=False)


def remote_registry(engines: EngineProcess) -> EngineRegistry:
    return EngineRegistry(AudioConfig(engine_socket=engines.path, tts_providers={"*": ["piper"]}))


async def test_the_engine_process_answers_as_the_engines_do_and_comes_back_after_dying(
    engines: EngineProcess,
) -> None:
    registry = remote_registry(engines)
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
        await asyncio.sleep(0.2)  # gone; its successor loads the models for seconds
        started = time.monotonic()
        with pytest.raises(EngineUnavailable, match="engine process"):
            await registry.asr("en").transcribe(audio, sample_rate=16000, language="en")
        assert time.monotonic() - started < 1  # at once, not after a timeout
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


async def test_a_hung_engine_process_is_killed_and_restarted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Alive but not answering (stopped here; a deadlock looks the same): the requests
    waiting on it end with `engine_unavailable` once it has been silent for
    `hang_seconds`, not after the worker's 60 s timeout, and a new one takes its place.
    A process that is only busy decoding still answers the pings and is left alone."""
    monkeypatch.setenv("VYAPAR_WARM_LANGUAGES", '["en"]')
    monkeypatch.setenv("VYAPAR_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("VYAPAR_LOG_LEVEL", "WARNING")
    engines = EngineProcess(
        tmp_path / "engines.sock", restart_delay=0.2, hang_seconds=3.0, ping_every=0.3
    )
    engines.start()
    registry = remote_registry(engines)
    audio = espeak(SAID)
    try:
        assert await asyncio.to_thread(engines.wait_ready, 120), "the engine process never answered"
        for _ in range(3):  # busy: decodes back to back, pings answered meanwhile
            heard = await registry.asr("en").transcribe(audio, sample_rate=16000, language="en")
            assert "rupees" in heard.text
        assert engines.hangs == 0 and engines.restarts == 0

        first = engines.pid
        assert first is not None
        os.kill(first, signal.SIGSTOP)
        started = time.monotonic()
        with pytest.raises(EngineUnavailable, match="engine process"):
            await registry.asr("en").transcribe(audio, sample_rate=16000, language="en")
        waited = time.monotonic() - started
        assert waited < 30, waited  # the hang bound and a ping, not the 60 s timeout
        assert engines.hangs == 1
        for _ in range(50):  # killed, though stopped (and reaped by `serve`'s watch)
            if not Path(f"/proc/{first}").exists():
                break
            await asyncio.sleep(0.1)
        assert not Path(f"/proc/{first}").exists()
        assert await asyncio.to_thread(engines.wait_ready, 120), "not restarted"
        assert engines.restarts == 1 and engines.pid != first
        again = await registry.asr("en").transcribe(audio, sample_rate=16000, language="en")
        assert "rupees" in again.text
    finally:
        await registry.aclose()
        engines.stop()


def test_an_engine_process_slower_to_load_than_its_start_time_is_left_to_finish(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """Past `start_seconds` `serve` starts the workers anyway; the process still loading
    the models is not killed for being slow (a restart would load from the start against
    the same clock, and after `START_FAILURES` kills it would be given up though nothing
    was wrong): it is said once, and it answers when it has loaded."""
    monkeypatch.setenv("VYAPAR_WARM_ENGINES", "true")
    monkeypatch.setenv("VYAPAR_WARM_LANGUAGES", '["en"]')
    monkeypatch.setenv("VYAPAR_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("VYAPAR_LOG_LEVEL", "WARNING")
    engines = EngineProcess(
        tmp_path / "engines.sock", restart_delay=0.1, start_seconds=0.2, ping_every=0.1
    )
    caplog.set_level("WARNING", logger="vyaparmitra.engines")
    engines.start()
    try:
        assert not engines.wait_ready(0.2)  # loading Whisper and Piper takes longer
        assert engines.wait_ready(120), "the engine process never answered"
        assert engines.hangs == 0 and engines.restarts == 0 and engines.failed is None
        said = [r for r in caplog.records if "still loading" in r.getMessage()]
        assert len(said) == 1, [r.getMessage() for r in caplog.records]
    finally:
        engines.stop()


async def test_a_worker_starts_while_the_engine_process_does_not_answer_yet(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A worker started "anyway" warms what it holds itself and serves: the engine
    process not answering yet is said, not a failed start-up."""
    registry = EngineRegistry(AudioConfig(engine_socket=tmp_path / "none.sock"))
    caplog.set_level("WARNING", logger="vyaparmitra.audio")
    try:
        timings = await registry.warm(["en"], understanding=False)
    finally:
        await registry.aclose()
    assert timings == {}
    assert any("not answering yet" in r.getMessage() for r in caplog.records)


def test_an_engine_process_that_fails_every_start_is_given_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A start that fails the same way each time (here a setting the engine process
    refuses as it loads, which `serve` refuses first; any exit before the first answer
    counts) is tried
    `START_FAILURES` times, then given up with a reason, not restarted for ever while
    `serve` waits for it."""
    monkeypatch.setenv("VYAPAR_WARM_ENGINES", "true")
    monkeypatch.setenv("VYAPAR_WARM_LANGUAGES", '["en"]')
    monkeypatch.setenv("VYAPAR_WHISPER_COMPUTE_TYPE", "no-such-type")
    monkeypatch.setenv("VYAPAR_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("VYAPAR_LOG_LEVEL", "CRITICAL")
    engines = EngineProcess(tmp_path / "engines.sock", restart_delay=0.1)
    engines.start()
    try:
        assert not engines.wait_ready(120)
        assert engines.failed is not None
        assert f"exited {START_FAILURES} times at start-up" in engines.failed
        assert engines.restarts == START_FAILURES - 1
        assert not engines.served
        time.sleep(1.0)
        assert engines.restarts == START_FAILURES - 1  # and no more
    finally:
        engines.stop()


async def test_stopped_it_is_gone_with_its_socket(cold_engines: EngineProcess) -> None:
    engines = cold_engines
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
    parties = await seat_parties(live, n, market)
    customer, vendor = parties
    try:
        customer.say()  # speech: its decode cannot be had
        await wait_for(lambda: customer.client.of("error"), timeout=10, what="an error")
        [error] = customer.client.of("error")
        assert error["code"] == "engine_unavailable"
        # A plain sentence for the person; the operator reads the cause in /readyz below.
        assert error["message"] == MESSAGES["engine_unavailable"]
        customer.type("35 rupees")  # typed: recorded and relayed, but cannot be spoken
        await wait_for(lambda: vendor.client.of("error"), timeout=10, what="the listener's error")
        assert vendor.client.of("error")[0]["code"] == "engine_unavailable"
        assert vendor.client.of("offer")  # the offer itself reached the vendor
        # Readiness says so: the API serves, voice turns cannot be heard.
        ready = await api.client.get("/readyz")
        assert ready.status_code == 200, ready.text  # the body names what was not ready
        assert ready.json()["status"] == "degraded"
        assert ready.json()["checks"]["engines"].startswith("error")
        assert any("engine process" in d for d in ready.json()["degraded"])
    finally:
        for party in parties:
            await party.speaker.close()
            await live.leave(party.speaker.room, party.client)


def _pss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        if line.startswith("Pss:"):
            return int(line.split()[1])
    raise AssertionError(f"no PSS for {pid}")


def _children(pid: int) -> list[int]:
    out = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError):
                stat = (entry / "stat").read_text()
                if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                    out.append(int(entry.name))
    return out


def _engine_pid(serve: int) -> int | None:
    for pid in _children(serve):
        with contextlib.suppress(OSError):
            if b"server.engine_process" in Path(f"/proc/{pid}/cmdline").read_bytes():
                return pid
    return None


async def test_serve_with_two_workers_hears_through_one_engine_process(
    postgres_url: str, tmp_path: Path
) -> None:
    """`serve --workers 2`: forked workers without models, one engine process with them;
    a spoken offer is heard and said; the engine process killed is restarted."""
    redis_url = need(REDIS_URL, "Redis")
    env = server_env(postgres_url, redis_url, "engine-process-secret-" + "z" * 32)
    env |= {"VYAPAR_WARM_ENGINES": "true", "VYAPAR_WARM_LANGUAGES": '["en"]'}
    log = tmp_path / "serve.log"
    proc, port = start_serve(env, log)
    base = f"http://127.0.0.1:{port}"
    try:
        await until_up(base, proc, log)
        for _ in range(300):  # both workers up
            workers = [p for p in _children(proc.pid) if p != _engine_pid(proc.pid)]
            if len(workers) >= 2:
                break
            await asyncio.sleep(0.1)
        engine = _engine_pid(proc.pid)
        assert engine is not None and len(workers) == 2, log.read_text()[-2000:]
        for worker in workers:  # forked from serve, holding no model: well under its size
            # (about 0.5x here when quiet; benchmarks/memory.py measures the figures)
            assert _pss_kib(worker) < _pss_kib(engine) * 0.8
        async with remote(base) as server:
            ready = (await server.http.get("/readyz")).json()
            assert ready["status"] == "ready" and ready["checks"]["engines"] == "ok", ready
            api = Api(server.http)
            vendor = await api.register("vendor", language="en")
            customer = await api.register("customer", language="en")
            product = await api.product(vendor["token"])
            nid = (await api.open(customer["token"], product["id"], quantity=3))["id"]
            cws, _, ctask = await open_browser(server, nid, customer["token"], language="en")
            vws, vgot, vtask = await open_browser(server, nid, vendor["token"], language="en")
            speech = with_silence(await spoken("Thirty six rupees a kilo.", 16000), 16000)
            await stream_pcm(cws, speech, 16000, realtime=False)
            await wait_for(lambda: vgot.of("offer"), timeout=60, what="the offer")
            assert vgot.of("offer")[0]["amount_paise"] == 3600
            await wait_for(lambda: vgot.of("audio_end"), timeout=30, what="speech")
            assert len(vgot.audio) > 8000

            os.kill(engine, signal.SIGKILL)
            for _ in range(600):
                restarted = _engine_pid(proc.pid)
                if restarted not in (None, engine):
                    break
                await asyncio.sleep(0.1)
            assert restarted not in (None, engine), log.read_text()[-2000:]
            speech = with_silence(await spoken("Forty rupees.", 16000), 16000)

            def heard() -> bool:
                return any(o["amount_paise"] == 4000 for o in vgot.of("offer"))

            for _ in range(60):  # until the new engine process answers (2 s each try)
                await stream_pcm(vws, speech, 16000, realtime=False)
                with contextlib.suppress(AssertionError):
                    await wait_for(heard, timeout=2, what="the offer through the new engine")
                if heard():
                    break
            assert heard(), log.read_text()[-2000:]
            for ws, task in ((cws, ctask), (vws, vtask)):
                await ws.close()
                task.cancel()
    finally:
        stop(proc)
    assert _engine_pid(proc.pid) is None


class _BusyPool:
    async def run_timed(self, *args: Any, **kwargs: Any) -> Any:
        raise PoolSaturated("stt is busy (9 jobs for 1 workers)", provider="stt")


class _BusyRegistry:
    def whisper(self, language: str) -> Any:
        return type("Engine", (), {"pool": _BusyPool(), "_decode_heard": None})()


async def test_a_full_engine_process_answers_busy_and_a_bad_request_an_error(
    tmp_path: Path,
) -> None:
    path = tmp_path / "busy.sock"
    ready = asyncio.Event()
    serving = asyncio.create_task(EngineHost(_BusyRegistry()).serve(path, ready))
    await ready.wait()
    client = HostClient(path, timeout=5)
    try:
        header = {"op": "stt", "language": "en"}
        with pytest.raises(PoolSaturated, match="busy"):
            await asyncio.to_thread(client.call, header, b"\0" * 64, provider="remote")
        with pytest.raises(EngineError, match="unknown engine request") as refused:
            await asyncio.to_thread(client.call, {"op": "nonsense"}, provider="remote")
        assert not isinstance(refused.value, EngineUnavailable)
    finally:
        serving.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await serving
    assert not path.exists()


async def test_workers_end_when_serve_is_killed(postgres_url: str, tmp_path: Path) -> None:
    """`kill -9` of `serve --workers 2` (the OOM killer may choose it): its workers used to
    run on as orphans holding the port, with no engine process, so a new `serve` could not
    start. They notice their parent is gone and stop; the engine process ends too."""
    redis_url = need(REDIS_URL, "Redis")
    env = server_env(postgres_url, redis_url, "orphan-secret-" + "o" * 32)
    log = tmp_path / "serve.log"
    proc, port = start_serve(env, log)
    try:
        await until_up(f"http://127.0.0.1:{port}", proc, log)
        for _ in range(300):  # both workers and the engine process up
            children = _children(proc.pid)
            if len(children) >= 3:
                break
            await asyncio.sleep(0.1)
        assert len(children) == 3, log.read_text()[-2000:]
        proc.kill()
        proc.wait()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and any(
            Path(f"/proc/{pid}").exists() for pid in children
        ):
            await asyncio.sleep(0.2)
        left = [pid for pid in children if Path(f"/proc/{pid}").exists()]
        for pid in left:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        assert left == [], log.read_text()[-2000:]
        with socket.socket() as sock:  # the port is free for the next `serve`
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind(("127.0.0.1", port))
        assert "serve is gone" in log.read_text()
    finally:
        if proc.poll() is None:
            stop(proc)
