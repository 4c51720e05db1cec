"""Bounded worker pools: inference runs here, never on the event loop.

A pool has `workers` threads and room for `queue` waiting jobs. When both are full,
`run` raises `PoolSaturated` at once instead of queueing without bound, so the caller
can tell the speaker the server is busy rather than fall silently behind; then
`wait_for_room` lets callers wait their turn, first come first served, and wakes the
first of them as soon as a job finishes. A job holds its place until its thread is
done, even when the caller that wanted it has gone, so the counts the live layer
schedules by (`idle`, `worker_free`, `saturated`) are never more hopeful than the pool.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import ParamSpec, TypeVar

from audio.errors import PoolSaturated

P = ParamSpec("P")
T = TypeVar("T")


class WorkerPool:
    def __init__(self, name: str, *, workers: int, queue: int) -> None:
        if workers < 1 or queue < 0:
            raise ValueError("a pool needs at least one worker and a non-negative queue")
        self.name = name
        self.workers = workers
        self.capacity = workers + queue
        self._executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix=name)
        self._in_flight = 0
        self._waiters: deque[asyncio.Future[None]] = deque()

    @property
    def in_flight(self) -> int:
        """Jobs running or waiting."""
        return self._in_flight

    @property
    def saturated(self) -> bool:
        return self._in_flight >= self.capacity

    @property
    def idle(self) -> bool:
        """Nothing running, nothing waiting: a job submitted now starts at once."""
        return self._in_flight == 0 and not self._waiters

    @property
    def worker_free(self) -> bool:
        """A job submitted now starts without queueing behind another."""
        return self._in_flight < self.workers and not self._waiters

    async def wait_for_room(self, *, first: bool = False) -> None:
        """Wait until a job can be submitted, in order of arrival (`first`: ahead of
        everyone, for a caller whose turn came and was taken). Returns at once when
        there is room and nobody is waiting."""
        if self._in_flight < self.capacity and not self._waiters:
            return
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        if first:
            self._waiters.appendleft(future)
        else:
            self._waiters.append(future)
        try:
            await future
        except BaseException:
            self._waiters.remove(future)
            self._wake()  # a cancelled waiter passes its turn on
            raise
        self._waiters.remove(future)

    def _wake(self) -> None:
        if self._in_flight >= self.capacity:
            return
        for future in self._waiters:
            if not future.done():
                future.set_result(None)
                return

    async def run(self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        """Run `fn` in a worker thread; raise `PoolSaturated` if the queue is full.

        A caller cancelled while its job runs returns at once, but the job keeps its
        slot until the thread finishes: a thread cannot be stopped, and a count that
        forgot it would call the pool idle while the next job waits behind it. A job
        cancelled before a thread took it is dropped and frees its slot then.
        """
        if self._in_flight >= self.capacity:
            raise PoolSaturated(
                f"{self.name} is busy ({self._in_flight} jobs for {self.workers} workers)",
                provider=self.name,
            )
        loop = asyncio.get_running_loop()
        job = self._executor.submit(fn, *args, **kwargs)
        self._in_flight += 1
        # Registered before `wrap_future`'s own callback, so the slot is free again by
        # the time the caller resumes with the result.
        job.add_done_callback(lambda _: self._release_from_thread(loop))
        return await asyncio.wrap_future(job)

    def _release_from_thread(self, loop: asyncio.AbstractEventLoop) -> None:
        with contextlib.suppress(RuntimeError):  # a closed loop has nobody left to count
            loop.call_soon_threadsafe(self._release)

    def _release(self) -> None:
        self._in_flight -= 1
        self._wake()

    async def run_timed(
        self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs
    ) -> tuple[T, float, float]:
        """Like `run`, returning (result, seconds queued, seconds running)."""
        submitted = time.perf_counter()
        started: list[float] = []

        def _job() -> T:
            started.append(time.perf_counter())
            return fn(*args, **kwargs)

        result = await self.run(_job)
        done = time.perf_counter()
        begin = started[0] if started else submitted
        return result, begin - submitted, done - begin

    def shutdown(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
