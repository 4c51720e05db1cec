"""Worker pools: bounded, busy when full, and a first-come-first-served line to wait in."""

from __future__ import annotations

import asyncio
import threading

import pytest

from audio.errors import PoolSaturated
from audio.workers import WorkerPool


async def test_a_full_pool_says_busy_and_waiters_go_in_order_of_arrival() -> None:
    pool = WorkerPool("test", workers=1, queue=1)
    gate = threading.Event()
    running = [asyncio.create_task(pool.run(gate.wait, 5)) for _ in range(2)]
    await asyncio.sleep(0.01)
    assert pool.saturated
    assert not pool.idle
    assert not pool.worker_free
    with pytest.raises(PoolSaturated):
        await pool.run(lambda: None)
    order: list[str] = []

    async def in_line(name: str) -> None:
        await pool.wait_for_room()
        order.append(name)
        await pool.run(lambda: None)

    waiters = []
    for name in ("first", "second", "third"):
        waiters.append(asyncio.create_task(in_line(name)))
        await asyncio.sleep(0)  # arrive in this order
    # Someone in line: a newcomer waits too, rather than jump the line.
    assert not pool.idle
    gate.set()
    await asyncio.wait_for(asyncio.gather(*running, *waiters), timeout=5)
    assert order == ["first", "second", "third"]
    assert pool.idle
    pool.shutdown()


async def test_waiting_returns_at_once_when_there_is_room() -> None:
    pool = WorkerPool("test", workers=1, queue=0)
    assert pool.idle and pool.worker_free
    await asyncio.wait_for(pool.wait_for_room(), timeout=0.1)
    pool.shutdown()


async def test_a_cancelled_waiter_passes_its_turn_on() -> None:
    pool = WorkerPool("test", workers=1, queue=0)
    gate = threading.Event()
    job = asyncio.create_task(pool.run(gate.wait, 5))
    await asyncio.sleep(0.01)
    quitter = asyncio.create_task(pool.wait_for_room())
    patient = asyncio.create_task(pool.wait_for_room())
    await asyncio.sleep(0)
    quitter.cancel()
    gate.set()
    await asyncio.wait_for(patient, timeout=5)
    await job
    assert quitter.cancelled()
    pool.shutdown()


async def test_a_cancelled_job_keeps_its_slot_until_its_thread_finishes() -> None:
    pool = WorkerPool("test", workers=1, queue=1)
    gate = threading.Event()
    started = threading.Event()

    def decode() -> str:
        started.set()
        gate.wait(5)
        return "abandoned"

    abandoned = asyncio.create_task(pool.run(decode))
    await asyncio.to_thread(started.wait, 5)
    abandoned.cancel()  # the socket left mid-decode
    with pytest.raises(asyncio.CancelledError):
        await abandoned
    # The thread still decodes: the pool is not idle and has no free worker.
    assert pool.in_flight == 1
    assert not pool.idle and not pool.worker_free and not pool.saturated

    # The next job waits behind the abandoned one, and the timing says so.
    follower = asyncio.create_task(pool.run_timed(lambda: "next"))
    await asyncio.sleep(0.2)
    assert not follower.done()
    assert pool.in_flight == 2 and pool.saturated
    gate.set()
    result, queued, _ = await asyncio.wait_for(follower, timeout=5)
    assert result == "next"
    assert queued >= 0.2
    assert pool.in_flight == 0 and pool.idle
    pool.shutdown()


async def test_a_job_cancelled_before_it_starts_frees_its_slot_at_once() -> None:
    pool = WorkerPool("test", workers=1, queue=1)
    gate = threading.Event()
    running = asyncio.create_task(pool.run(gate.wait, 5))
    waiting = asyncio.create_task(pool.run(lambda: "never"))
    await asyncio.sleep(0.05)
    assert pool.in_flight == 2
    waiting.cancel()
    with pytest.raises(asyncio.CancelledError):
        await waiting
    await asyncio.sleep(0)  # the release is delivered through the event loop
    assert pool.in_flight == 1
    gate.set()
    await asyncio.wait_for(running, timeout=5)
    assert pool.in_flight == 0
    pool.shutdown()
