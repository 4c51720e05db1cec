"""A connection the kernel queued on a listening socket just before it closes is taken and
served (`server.drain.take_queued`), not reset with the socket: the request the client
already wrote gets its answer."""

from __future__ import annotations

import asyncio
import socket
from typing import cast

import pytest
import uvloop

from server.drain import hold_listeners, take_queued


class _Echo(asyncio.Protocol):
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.Transport, transport)  # uvloop's is not a subclass

    def data_received(self, data: bytes) -> None:
        self.transport.write(b"ok:" + data)
        self.transport.close()


async def _queued_then_closed(take: bool) -> bytes:
    loop = asyncio.get_running_loop()
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    # A server that accepts nothing (as in the loop's turn in which the socket closes):
    # a client that connects now sits in the kernel's queue.
    server = await loop.create_server(_Echo, sock=listener, start_serving=False)
    client = socket.create_connection(("127.0.0.1", port), timeout=5)
    client.sendall(b"price 40")
    await asyncio.sleep(0.05)
    held = hold_listeners(server) if take else []
    server.close()  # the server's own copy (uvloop's is closed on the next turn)
    listener.close()
    await asyncio.sleep(0)
    assert take_queued(held, _Echo) == (1 if take else 0)
    try:
        return await asyncio.to_thread(client.recv, 64)
    finally:
        client.close()


async def test_a_queued_connection_is_served_before_the_socket_closes() -> None:
    assert await _queued_then_closed(take=True) == b"ok:price 40"


def test_on_uvloop_too() -> None:
    # uvicorn runs on uvloop where it is installed, as `serve` does: its servers keep
    # their sockets and protocol factory out of reach, so the copies are taken by fd.
    assert uvloop.run(_queued_then_closed(take=True)) == b"ok:price 40"


async def test_without_it_the_queued_connection_is_reset() -> None:
    # What `take_queued` prevents: closing the last copy of a listening socket resets
    # the connections queued on it.
    with pytest.raises(ConnectionResetError):
        await _queued_then_closed(take=False)
