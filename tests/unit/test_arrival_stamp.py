"""`serve`'s HTTP protocol stamps each request with when the loop read its first bytes,
which load shedding judges its wait by (`server.overload.Sojourn`)."""

from __future__ import annotations

import asyncio
import socket
import time

import uvicorn
from starlette.types import Receive, Scope, Send

from server.headtimeout import _HTTPTOOLS, ARRIVED, HeadTimeoutProtocol


async def test_each_request_on_a_connection_gets_its_own_arrival() -> None:
    if not _HTTPTOOLS:  # pragma: no cover - httptools is a dependency
        return
    seen: list[float | None] = []

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        seen.append(scope.get(ARRIVED))
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = uvicorn.Config(
        app, host="127.0.0.1", port=port, http=HeadTimeoutProtocol, lifespan="off", log_config=None
    )
    server = uvicorn.Server(config)
    serving = asyncio.create_task(server.serve())
    try:
        while not server.started:
            await asyncio.sleep(0.01)
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        stamps = []
        for _ in range(2):
            before = time.monotonic()
            writer.write(b"GET / HTTP/1.1\r\nhost: x\r\n\r\n")
            await writer.drain()
            await reader.readuntil(b"\r\n\r\n")
            stamps.append(before)
        writer.close()
    finally:
        server.should_exit = True
        await serving
    assert len(seen) == 2 and all(isinstance(t, float) for t in seen)
    first, second = seen
    assert first is not None and second is not None
    assert stamps[0] <= first <= stamps[1] <= second <= time.monotonic()
