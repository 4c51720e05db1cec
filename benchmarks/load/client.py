"""The load generator's HTTP: a raw keep-alive HTTP/1.1 client for the timed bids, and
httpx helpers for the untimed set-up."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Awaitable, Callable, Iterable
from typing import Any

import httpx

from benchmarks.lib.output import fail


class KeepAlive:
    """The least a keep-alive HTTP/1.1 client can do: POST JSON, read one answer.

    The generator shares two cores with the server and PostgreSQL, so every
    microsecond it spends is taken from the system under test: httpx costs about
    2 ms of CPU a request here, this about a tenth of that. One connection per pair
    (a pair has at most one bid in flight); reopened when idle longer than the
    server's keep-alive, or after any error, so a reply is never read from a
    connection in an unknown state.
    """

    IDLE_S = 4.0
    """Below uvicorn's 5 s keep-alive, so we never send on a connection it is closing."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None
        self.last_used = 0.0

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None

    async def post(self, path: str, body: bytes, auth: bytes) -> tuple[int, bytes]:
        if self.writer is not None and time.monotonic() - self.last_used > self.IDLE_S:
            self.close()
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        assert self.reader is not None
        try:
            self.writer.write(
                b"POST %s HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\n"
                b"Authorization: %s\r\nContent-Length: %d\r\n\r\n%s"
                % (path.encode(), self.host.encode(), auth, len(body), body)
            )
            head = await self.reader.readuntil(b"\r\n\r\n")
            status = int(head[9:12])
            length = 0
            keep = True
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                name = name.strip().lower()
                if name == b"content-length":
                    length = int(value)
                elif name == b"connection" and value.strip().lower() == b"close":
                    keep = False
            payload = await self.reader.readexactly(length)
        except BaseException:
            self.close()
            raise
        if not keep:
            self.close()
        self.last_used = time.monotonic()
        return status, payload


def _error_code(payload: bytes) -> str:
    try:
        body = json.loads(payload)
        return str(body["error"]["code"])
    except (ValueError, KeyError, TypeError):
        return "unknown"


async def gather_bounded(
    factories: Iterable[Callable[[], Awaitable[Any]]], concurrency: int
) -> list[Any]:
    semaphore = asyncio.Semaphore(concurrency)

    async def run(factory: Callable[[], Awaitable[Any]]) -> Any:
        async with semaphore:
            return await factory()

    return await asyncio.gather(*(run(f) for f in factories))


async def post_json(
    client: httpx.AsyncClient,
    path: str,
    body: dict[str, Any],
    headers: dict[str, str] | None = None,
) -> dict[str, Any]:
    refusals = 0
    attempt = 0
    while True:
        try:
            response = await client.post(path, json=body, headers=headers)
        except httpx.TransportError:
            attempt += 1  # bounded retries for transient connection trouble
            if attempt == 3:
                raise
            await asyncio.sleep(0.5)
            continue
        if response.status_code == 503 and refusals < SETUP_REFUSALS:
            # A busy machine sheds load during the untimed set-up too: come back when
            # the server says (a 429 is a limit the benchmark failed to raise: it fails).
            refusals += 1
            await asyncio.sleep(retry_after(response))
            continue
        if response.status_code != 201:
            fail(f"setup: POST {path} answered {response.status_code}: {response.text[:300]}")
        data: dict[str, Any] = response.json()
        return data


SETUP_REFUSALS = 30
"""A set-up request refused with 503 is sent again this many times at most."""


def retry_after(response: httpx.Response) -> float:
    """The answer's `Retry-After` in seconds (1 when missing or not a number), at most 10."""
    try:
        return min(10.0, max(0.0, float(response.headers.get("retry-after", "1"))))
    except ValueError:
        return 1.0
