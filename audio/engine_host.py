"""One copy of the speech models per host: an engine process serving the workers.

`serve --workers N` starts one engine process (`server.engine_process`) that loads the
Whisper models and the Piper voices once and answers the workers over a local Unix
socket; each worker's `EngineRegistry` then holds thin clients
(`audio.providers.remote`) in place of the models. A request is one connection:

    request:  4-byte big-endian header length, JSON header, `bytes` of payload
    reply:    the same framing; header `ok` true, or `error` busy|unavailable|failed

- `stt`: float32 PCM at 16 kHz in (`language`, `hints`, `vad`); segments, confidence and
  the language heard out: exactly what `FasterWhisperSTT._decode_heard` returns in
  process.
- `tts`: one sentence in (`language`, `voice`, `rate`, `sample_rate`), PCM16LE out:
  what `PiperTTS._render` returns. Sentences stay separate requests, so a worker stops
  synthesis at the next sentence on barge-in, as in process.
- `ping`: ready?

The engine process keeps its own bounded pools (`VYAPAR_STT_WORKERS`, `_QUEUE`): a full
pool answers `busy` (the worker raises `PoolSaturated`, and the speaker hears `busy`). A
worker that cannot reach it (dead, restarting) raises `EngineUnavailable`: the live layer
tells the speaker `engine_unavailable`, and the supervisor restarts the process.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import socket
import struct
from pathlib import Path
from typing import Any

import numpy as np

from audio.errors import EngineError, EngineUnavailable, PoolSaturated

log = logging.getLogger("vyaparmitra.audio")

_LENGTH = struct.Struct(">I")
MAX_HEADER = 1 << 20
MAX_PAYLOAD = 64 << 20
"""30 s of 16 kHz float32 is under 2 MiB; a sentence of PCM16 at 48 kHz well under this."""


def _frame(header: dict[str, Any], payload: bytes = b"") -> bytes:
    header = header | {"bytes": len(payload)}
    raw = json.dumps(header, ensure_ascii=False).encode()
    return _LENGTH.pack(len(raw)) + raw + payload


# --- the worker's side: blocking, run in a worker pool thread ------------------------------


class HostClient:
    """Calls the engine process at `path`; one connection per request."""

    def __init__(self, path: str | Path, *, timeout: float = 60.0) -> None:
        self.path = str(path)
        self.timeout = timeout

    def call(
        self, header: dict[str, Any], payload: bytes = b"", *, provider: str
    ) -> tuple[dict[str, Any], bytes]:
        """Send one request and return the reply's header and payload; a refusal of the
        engine process raises the error it names, an unreachable one `EngineUnavailable`."""
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
                sock.settimeout(self.timeout)
                sock.connect(self.path)
                sock.sendall(_frame(header, payload))
                reply, body = _read_blocking(sock)
        except TimeoutError as exc:
            raise EngineUnavailable(
                f"the speech engine process did not answer within {self.timeout:.0f} s",
                provider=provider,
            ) from exc
        except (OSError, ValueError) as exc:  # refused, no socket, reset, a cut reply
            raise EngineUnavailable(
                f"the speech engine process is not answering ({type(exc).__name__}); "
                "it is being restarted",
                provider=provider,
            ) from exc
        if reply.get("ok"):
            return reply, body
        message = str(reply.get("message") or "the speech engine process refused")
        error = reply.get("error")
        if error == "busy":
            raise PoolSaturated(message, provider=provider)
        if error == "unavailable":
            raise EngineUnavailable(message, provider=provider)
        raise EngineError(message, retryable=bool(reply.get("retryable")), provider=provider)

    def ping(self) -> dict[str, Any]:
        reply, _ = self.call({"op": "ping"}, provider="engine-process")
        return reply


def _read_exactly(sock: socket.socket, size: int) -> bytes:
    chunks = bytearray()
    while len(chunks) < size:
        chunk = sock.recv(min(size - len(chunks), 1 << 20))
        if not chunk:
            raise ConnectionResetError("the engine process closed the connection")
        chunks += chunk
    return bytes(chunks)


def _read_blocking(sock: socket.socket) -> tuple[dict[str, Any], bytes]:
    (size,) = _LENGTH.unpack(_read_exactly(sock, _LENGTH.size))
    if size > MAX_HEADER:
        raise ValueError("reply header too large")
    header = json.loads(_read_exactly(sock, size))
    length = int(header.get("bytes", 0))
    if not 0 <= length <= MAX_PAYLOAD:
        raise ValueError("reply payload too large")
    return header, _read_exactly(sock, length) if length else b""


# --- the engine process's side ------------------------------------------------------------


async def _read(reader: asyncio.StreamReader) -> tuple[dict[str, Any], bytes]:
    (size,) = _LENGTH.unpack(await reader.readexactly(_LENGTH.size))
    if size > MAX_HEADER:
        raise ValueError("request header too large")
    header = json.loads(await reader.readexactly(size))
    length = int(header.get("bytes", 0))
    if not 0 <= length <= MAX_PAYLOAD:
        raise ValueError("request payload too large")
    return header, await reader.readexactly(length) if length else b""


class EngineHost:
    """Serves a local `EngineRegistry`'s Whisper and Piper engines on a Unix socket."""

    def __init__(self, registry: Any) -> None:
        self.registry = registry

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            header, payload = await _read(reader)
        except (asyncio.IncompleteReadError, ValueError, ConnectionError):
            writer.close()
            return
        try:
            reply, body = await self.answer(header, payload)
        except PoolSaturated as exc:
            reply, body = {"ok": False, "error": "busy", "message": exc.message}, b""
        except EngineUnavailable as exc:
            reply, body = {"ok": False, "error": "unavailable", "message": exc.message}, b""
        except EngineError as exc:
            reply = {"ok": False, "error": "failed", "message": exc.message}
            reply["retryable"] = exc.retryable
            body = b""
        except Exception as exc:  # a bug or a bad request: answered, never a dropped socket
            log.exception("engine request failed", extra={"op": header.get("op")})
            reply, body = {"ok": False, "error": "failed", "message": str(exc)}, b""
        with contextlib.suppress(ConnectionError):
            writer.write(_frame(reply, body))
            await writer.drain()
        writer.close()

    async def answer(self, header: dict[str, Any], payload: bytes) -> tuple[dict[str, Any], bytes]:
        op = header.get("op")
        if op == "ping":
            return {"ok": True, "pid": os.getpid()}, b""
        if op == "stt":
            language = str(header["language"])
            engine = self.registry.whisper(language)
            audio = np.frombuffer(payload, dtype=np.float32)
            hints = tuple(str(h) for h in header.get("hints") or ())
            (segments, confidence, heard), queued, _ = await engine.pool.run_timed(
                engine._decode_heard,
                audio,
                language,
                hints,
                vad=bool(header.get("vad", True)),
                **({} if header.get("second_pass", True) else {"second_pass": False}),
                **({"whole": True} if header.get("whole") else {}),
            )
            rows = [[s.start, s.end, s.text, s.avg_logprob, s.no_speech_prob] for s in segments]
            reply = {"segments": rows, "confidence": confidence, "language": heard}
            return {"ok": True, **reply, "queue": queued}, b""
        if op == "tts":
            piper = self.registry.local_piper()
            info = piper.voice_for(str(header["language"]), header.get("voice"))
            pcm = await piper.pool.run(
                piper._render,
                info,
                str(header["text"]),
                float(header.get("rate", 1.0)),
                int(header["sample_rate"]),
            )
            return {"ok": True}, pcm
        raise ValueError(f"unknown engine request {op!r}")

    async def serve(self, path: str | Path, ready: asyncio.Event | None = None) -> None:
        """Answer on `path` until cancelled (the socket file is replaced, and removed)."""
        path = Path(path)
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
        server = await asyncio.start_unix_server(self.handle, path=str(path))
        os.chmod(path, 0o600)  # the workers run as the same user; nobody else
        if ready is not None:
            ready.set()
        try:
            async with server:
                await server.serve_forever()
        finally:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
