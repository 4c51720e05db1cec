"""The Redis pool's quick checkout: a free connection is taken without the blocking
path's condition and timer, and never ahead of a command already waiting for one."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from server.redisconn import RedisPoolExhausted, WaitingPool


class FakeConnection:
    """Connects at once and never has unread data (what the pool asks of a connection)."""

    made = 0

    def __init__(self, **_: Any) -> None:
        FakeConnection.made += 1
        self.name = FakeConnection.made

    async def connect(self) -> None:
        return None

    async def can_read(self) -> bool:
        return False

    def should_reconnect(self) -> bool:
        return False

    async def disconnect(self) -> None:
        return None

    async def re_auth(self) -> None:
        return None


def fake_pool(size: int, timeout: float = 5.0) -> WaitingPool:
    return WaitingPool(max_connections=size, timeout=timeout, connection_class=FakeConnection)


async def test_a_free_connection_is_taken_without_the_blocking_path() -> None:
    pool = fake_pool(2)
    first = await pool.get_connection()
    await pool.release(first)
    blocking = pool._condition  # a checkout that took it would have had to acquire it

    async def refuse() -> None:
        raise AssertionError("the quick checkout took the pool's condition")

    pool._condition = type("NoCondition", (), {"locked": lambda _: False, "_waiters": ()})()
    pool._condition.__aenter__ = refuse  # type: ignore[attr-defined]
    again = await pool.get_connection()
    assert again is first
    pool._condition = blocking
    await pool.release(again)
    assert pool._available_connections == [first]


async def test_commands_queue_through_a_small_pool() -> None:
    """More commands than connections: each waits its turn, none gets a connection in use."""
    pool = fake_pool(2)
    in_use: set[int] = set()
    most = 0

    async def command() -> None:
        nonlocal most
        conn = await pool.get_connection()
        assert conn.name not in in_use
        in_use.add(conn.name)
        most = max(most, len(in_use))
        await asyncio.sleep(0.001)
        in_use.discard(conn.name)
        await pool.release(conn)

    await asyncio.wait_for(asyncio.gather(*(command() for _ in range(40))), 5)
    assert most == 2
    assert len(pool._available_connections) == 2
    assert not pool._in_use_connections


async def test_no_quick_checkout_while_a_command_waits() -> None:
    pool = fake_pool(1)
    held = await pool.get_connection()
    waiter = asyncio.create_task(pool.get_connection())
    await asyncio.sleep(0.01)  # waiting on the condition now
    pool._available_connections.append(FakeConnection())  # as if one came free unnoticed
    assert not pool._free_at_once()
    await pool.release(held)
    assert await asyncio.wait_for(waiter, 1) is not None


async def test_a_full_pool_still_waits_then_says_exhausted() -> None:
    pool = fake_pool(1, timeout=0.05)
    held = await pool.get_connection()
    with pytest.raises(RedisPoolExhausted):
        await pool.get_connection()
    await pool.release(held)
    assert await pool.get_connection() is held


async def test_a_connection_that_fails_its_check_goes_back() -> None:
    pool = fake_pool(1)
    conn = await pool.get_connection()
    await pool.release(conn)

    async def broken() -> None:
        raise ConnectionError("refused")

    conn.connect = broken  # type: ignore[method-assign]
    with pytest.raises(ConnectionError):
        await pool.get_connection()
    assert pool._available_connections == [conn]
    assert not pool._in_use_connections
