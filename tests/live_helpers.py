"""A real server on a loopback port, and protocol clients that talk to it like people do."""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx
import uvicorn
from fastapi import FastAPI
from websockets.asyncio.client import ClientConnection, connect

from audio.config import AudioConfig
from audio.registry import EngineRegistry
from server.app import create_app
from server.cli_serve import WEBSOCKET_OPTIONS
from server.settings import Settings
from tests.fakes import FakeEngines, FakeSTT, FakeTTS


@dataclass
class LiveServer:
    app: FastAPI
    base_url: str
    ws_url: str
    http: httpx.AsyncClient


def listening_socket(host: str = "127.0.0.1") -> socket.socket:
    """A bound socket on a free port of `host`, for `serving`."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, 0))
    return sock


@contextlib.asynccontextmanager
async def serving(app: Any, sock: socket.socket, **config: Any) -> AsyncIterator[None]:
    """`app` served by uvicorn on `sock` (its lifespan run) until the block ends; `config`
    adds uvicorn options (TLS files). The socket is closed afterwards."""
    server = uvicorn.Server(
        uvicorn.Config(
            app,
            log_level="warning",
            access_log=False,
            lifespan="on",
            **WEBSOCKET_OPTIONS,  # as `serve` runs it
            timeout_graceful_shutdown=1,
            # An idle keep-alive connection is kept longer than any pause inside a test:
            # with uvicorn's 5 s, a test that waited out a slow commit could send its next
            # request on the very connection the server was closing (a read error).
            timeout_keep_alive=120,
            **config,
        )
    )
    task = asyncio.create_task(server.serve(sockets=[sock]))
    try:
        for _ in range(500):
            if server.started:
                break
            if task.done():
                task.result()
            await asyncio.sleep(0.02)
        yield
    finally:
        server.should_exit = True
        with contextlib.suppress(Exception):
            await asyncio.wait_for(task, timeout=10)
        sock.close()


@contextlib.asynccontextmanager
async def live_server(
    settings: Settings,
    *,
    stt: FakeSTT | None = None,
    tts: FakeTTS | None = None,
    partials: bool = False,
) -> AsyncIterator[LiveServer]:
    """A server on a loopback port; with `stt` or `tts`, its live service hears or speaks
    through those fakes instead of the real engines (see `tests.fakes.FakeEngines`)."""
    app = create_app(settings)
    sock = listening_socket()
    port = sock.getsockname()[1]
    async with serving(app, sock):
        if stt is not None or tts is not None:
            live = app.state.live
            live.engines = FakeEngines(live.engines, stt, tts, partials=partials)
        base = f"http://127.0.0.1:{port}"
        async with httpx.AsyncClient(base_url=base, timeout=30) as http:
            yield LiveServer(app, base, f"ws://127.0.0.1:{port}", http)


@contextlib.asynccontextmanager
async def scripted_server(database_url: str, **overrides: Any) -> AsyncIterator[LiveServer]:
    """A server that hears through a scripted recogniser (`FakeSTT`: tests say what it
    hears) and speaks through `speaking()`, taking speech faster than a microphone's 50
    frames a second: tests stream their speech as fast as the socket takes it.
    `overrides`: more settings."""
    from tests.conftest import make_settings

    settings = make_settings(
        database_url, ws_max_frames_per_second=10_000, ws_max_audio_pace=10_000, **overrides
    )
    async with live_server(settings, stt=FakeSTT(), tts=speaking()) as s:
        yield s


@dataclass
class Received:
    events: list[dict[str, Any]] = field(default_factory=list)
    audio: bytearray = field(default_factory=bytearray)
    twilio: list[dict[str, Any]] = field(default_factory=list)
    closed: tuple[int | None, str] | None = None
    """(close code, reason) once the socket has closed, whichever side closed it."""

    def of(self, kind: str) -> list[dict[str, Any]]:
        return [e for e in self.events if e.get("type") == kind]


async def reader(ws: ClientConnection, into: Received) -> None:
    try:
        with contextlib.suppress(Exception):
            async for message in ws:
                if isinstance(message, bytes):
                    into.audio.extend(message)
                    continue
                data = json.loads(message)
                if "event" in data:
                    into.twilio.append(data)
                else:
                    into.events.append(data)
    finally:
        into.closed = (ws.close_code, ws.close_reason or "")


async def wait_for(
    predicate: Any,
    timeout: float = 30.0,
    what: str = "condition",
    *,
    alive: Sequence[Received] = (),
) -> None:
    """Wait until `predicate()` holds. `alive`: connections the wait needs open; one that
    closes meanwhile ends it at once, saying its close and the errors it was told (a
    phone leg has no screen: a server's close of it otherwise reads as words unheard)."""
    deadline = asyncio.get_running_loop().time() + timeout
    while not predicate():
        for got in alive:
            if got.closed is not None:
                code, reason = got.closed
                errors = [e.get("code") for e in got.of("error")]
                raise AssertionError(
                    f"waiting for {what}: the connection closed ({code} {reason!r}; "
                    f"errors {errors})"
                )
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.02)


async def barrier(
    server: LiveServer, negotiation_id: int, *conns: tuple[Any, Received, Any]
) -> None:
    """A room event everyone gets after all earlier ones: once it has arrived, whatever was
    published before it has arrived too (or never will)."""
    marker = await server.app.state.live.bus.publish(negotiation_id, "marker", {})
    for _, got, _ in conns:
        await wait_for(
            lambda got=got: any(e.get("seq") == marker.seq for e in got.events),
            what="the marker",
        )


async def ticket(server: LiveServer, token: str, negotiation_id: int | None = None) -> str:
    r = await server.http.post(
        "/api/ws-ticket",
        json={"negotiation_id": negotiation_id},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert r.status_code == 200, r.text
    value: str = r.json()["ticket"]
    return value


def browser_url(server: LiveServer, negotiation_id: int, ticket_value: str) -> str:
    return f"{server.ws_url}/ws/negotiations/{negotiation_id}?ticket={ticket_value}"


async def open_browser(
    server: LiveServer,
    negotiation_id: int,
    token: str,
    *,
    language: str,
    sample_rate: int = 16000,
    watch: bool = False,
) -> tuple[ClientConnection, Received, asyncio.Task[None]]:
    t = await ticket(server, token, negotiation_id)
    ws = await connect(browser_url(server, negotiation_id, t), max_size=2**22)
    hello: dict[str, object] = {"type": "hello", "language": language, "sample_rate": sample_rate}
    if watch:
        hello["watch"] = True
    await ws.send(json.dumps(hello))
    got = Received()
    task = asyncio.create_task(reader(ws, got))
    await wait_for(lambda: got.of("snapshot"), what="snapshot")
    return ws, got, task


Conn = tuple[ClientConnection, Received, "asyncio.Task[None]"]
Phone = tuple[ClientConnection, Received, "asyncio.Task[None]", str]
"""A phone leg as `open_twilio` gives it: the socket, what it got, its reader, the stream id."""


def vendor_present(got: Received) -> bool:
    """The vendor's presence has reached the socket that got `got`."""
    return any(e.get("type") == "presence" and e["side"] == "vendor" for e in got.events)


async def open_deal(
    server: LiveServer, *, vendor: str, customer: str, **product: Any
) -> tuple[int, dict[str, str]]:
    """A vendor and a customer registered in those languages, a product of the vendor's
    (`product`: its fields) and a negotiation the customer opened on it: the negotiation's
    id and each side's token."""
    from tests.conftest import Api

    api = Api(server.http)
    seller = await api.register("vendor", language=vendor)
    buyer = await api.register("customer", language=customer)
    item = await api.product(seller["token"], **product)
    n: int = (await api.open(buyer["token"], item["id"]))["id"]
    return n, {"customer": buyer["token"], "vendor": seller["token"]}


async def open_room(
    server: LiveServer, *, vendor: str, customer: str, **product: Any
) -> tuple[int, Conn, Conn, dict[str, str]]:
    """A deal as `open_deal` makes it, with both pages (in those languages) connected: the
    negotiation's id, the customer's page and the vendor's (once the customer sees the
    vendor present), and each side's token."""
    n, tokens = await open_deal(server, vendor=vendor, customer=customer, **product)
    c = await open_browser(server, n, tokens["customer"], language=customer)
    v = await open_browser(server, n, tokens["vendor"], language=vendor)
    await wait_for(lambda: vendor_present(c[1]), what="vendor presence")
    return n, c, v, tokens


async def stream_pcm(
    ws: ClientConnection, pcm16: bytes, rate: int, *, frame_ms: int = 20, realtime: bool = True
) -> None:
    """Send PCM16 in frames, paced like a live microphone (or as fast as possible)."""
    step = rate * frame_ms // 1000 * 2
    loop = asyncio.get_running_loop()
    start = loop.time()
    for i, offset in enumerate(range(0, len(pcm16), step)):
        await ws.send(pcm16[offset : offset + step])
        if realtime:
            delay = start + (i + 1) * frame_ms / 1000 - loop.time()
            if delay > 0:
                await asyncio.sleep(delay)


async def stream_twilio(
    ws: ClientConnection, stream_sid: str, ulaw: bytes, *, realtime: bool = True
) -> None:
    """Send μ-law as Twilio does: 20 ms `media` messages with sequence numbers."""
    import base64

    loop = asyncio.get_running_loop()
    start = loop.time()
    for i, offset in enumerate(range(0, len(ulaw), 160)):
        await ws.send(
            json.dumps(
                {
                    "event": "media",
                    "sequenceNumber": str(i + 3),
                    "streamSid": stream_sid,
                    "media": {
                        "track": "inbound",
                        "chunk": str(i + 1),
                        "timestamp": str(i * 20),
                        "payload": base64.b64encode(ulaw[offset : offset + 160]).decode(),
                    },
                }
            )
        )
        if realtime:
            delay = start + (i + 1) * 0.02 - loop.time()
            if delay > 0:
                await asyncio.sleep(delay)


async def open_twilio(
    server: LiveServer, params: dict[str, str]
) -> tuple[ClientConnection, Received, asyncio.Task[None], str]:
    ws = await connect(f"{server.ws_url}/ws/telephony/twilio", max_size=2**22)
    sid = "MZ" + "0" * 30
    await ws.send(json.dumps({"event": "connected", "protocol": "Call", "version": "1.0.0"}))
    await ws.send(
        json.dumps(
            {
                "event": "start",
                "sequenceNumber": "1",
                "streamSid": sid,
                "start": {
                    "accountSid": "AC" + "1" * 32,
                    "streamSid": sid,
                    "callSid": "CA" + "2" * 32,
                    "tracks": ["inbound"],
                    "customParameters": params,
                    "mediaFormat": {"encoding": "audio/x-mulaw", "sampleRate": 8000, "channels": 1},
                },
            }
        )
    )
    got = Received()
    task = asyncio.create_task(reader(ws, got))
    return ws, got, task, sid


async def open_phone(
    server: LiveServer, negotiation_id: int, token: str, *, language: str, seen_by: Received
) -> Phone:
    """The vendor's phone leg (Twilio's protocol, in `language`) in a negotiation, once the
    shopper's page (what it got: `seen_by`) sees the vendor present."""
    phone = await open_twilio(
        server, {"token": token, "negotiation_id": str(negotiation_id), "language": language}
    )
    await wait_for(lambda: vendor_present(seen_by), what="the phone leg")
    return phone


async def open_phone_room(
    server: LiveServer, *, vendor: str, customer: str, **product: Any
) -> tuple[int, Conn, Phone, dict[str, str]]:
    """As `open_room`, the vendor on a phone leg instead of a page: the negotiation's id,
    the customer's page, the vendor's phone leg (once the page sees it present), and each
    side's token."""
    n, tokens = await open_deal(server, vendor=vendor, customer=customer, **product)
    c = await open_browser(server, n, tokens["customer"], language=customer)
    phone = await open_phone(server, n, tokens["vendor"], language=vendor, seen_by=c[1])
    return n, c, phone, tokens


def speaking() -> FakeTTS:
    """A fake voice for socket tests: a second of (noise) audio per text, at once."""
    return FakeTTS(chunks=4, chunk_seconds=0.25)


def fake_stt(server: LiveServer) -> FakeSTT:
    """The fake recogniser a server was started with (`live_server(stt=...)`)."""
    engines = server.app.state.live.engines
    assert isinstance(engines, FakeEngines) and engines.stt is not None
    return engines.stt


_clips: dict[tuple[str, int], bytes] = {}
_voice: list[Any] = []


async def spoken(text: str, rate: int) -> bytes:
    """`text` said by the project's English Piper voice, PCM16 at `rate`; the voice is
    loaded once per test run and each clip made once (loading costs more than speaking)."""
    key = (text, rate)
    if key not in _clips:
        if not _voice:
            from audio.providers.piper_tts import PiperTTS
            from audio.voices import VoiceRegistry
            from audio.workers import WorkerPool

            pool = WorkerPool("test-piper", workers=1, queue=4)
            _voice.append(PiperTTS(VoiceRegistry.discover(None), pool=pool))
        chunks = _voice[0].synthesize(text, language="en", sample_rate=rate)
        _clips[key] = b"".join([c.pcm async for c in chunks])
    return _clips[key]


class Borrowed:
    """An engine registry lent to one app: everything but closing it."""

    def __init__(self, registry: EngineRegistry) -> None:
        self.registry = registry

    def __getattr__(self, name: str) -> Any:
        return getattr(self.registry, name)

    async def aclose(self) -> None:
        return None


_registries: dict[str, EngineRegistry] = {}


async def share_engines(app: FastAPI) -> None:
    """Give a started app's live service the test run's engine registry for its settings
    (closing the one it built, unused), so the real models load once per run, not once
    per server."""
    config = AudioConfig.from_settings(app.state.settings)
    key = config.model_dump_json()
    if key not in _registries:
        _registries[key] = EngineRegistry(config)
    live = app.state.live
    await live.engines.aclose()
    live.engines = Borrowed(_registries[key])
