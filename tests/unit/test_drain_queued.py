"""A connection the kernel queued on a listening socket just before it closes is taken and
served (`server.drain.take_queued`), not reset with the socket: the request the client
already wrote gets its answer."""

from __future__ import annotations

import asyncio
import socket

import pytest

from server.drain import take_queued


class _Echo(asyncio.Protocol):
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.transport.write(b"ok:" + data)
        self.transport.close()


async def _queued_then_closed(take: bool) -> bytes:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(_Echo, "127.0.0.1", 0)
    listener = server.sockets[0]
    port = listener.getsockname()[1]
    # The loop's turn in which the socket closes accepts nothing more: a client that
    # connects now sits in the kernel's queue.
    loop.remove_reader(listener.fileno())
    client = socket.create_connection(("127.0.0.1", port), timeout=5)
    client.sendall(b"price 40")
    await asyncio.sleep(0.05)
    if take:
        take_queued(server)
    server.close()
    try:
        return await asyncio.to_thread(client.recv, 64)
    finally:
        client.close()


async def test_a_queued_connection_is_served_before_the_socket_closes() -> None:
    assert await _queued_then_closed(take=True) == b"ok:price 40"


async def test_without_it_the_queued_connection_is_reset() -> None:
    # What `take_queued` prevents: closing the last copy of a listening socket resets
    # the connections queued on it.
    with pytest.raises(ConnectionResetError):
        await _queued_then_closed(take=False)
