"""Load shedding: past a cap on HTTP requests in flight, or while the event loop runs late,
answer 503 at once.

Beyond what a process can serve, every extra request only lengthens the queue for the
database and Redis pools, so all requests slow down together and then time out. Refusing
the excess at the door, with `Retry-After`, keeps the accepted ones fast and tells
clients when to come back. Health and metrics are never refused (an orchestrator must
still see the process), nor are sockets (their own limits apply).

The cap alone does not see a process short of CPU: requests then wait before the app
ever sees them (unread on their connections, or as tasks not yet run), so none is in
flight yet and the accepted ones get slower without bound. `LoopLag` measures that wait
where it happens, the event loop's lateness, and while it is above `max_lag_s` new
requests are refused too. A refusal costs a small fraction of a served request, so
refusing the excess is what lets the loop catch up.

Neither bounds the time an accepted request spends in the process: a starved process
finishes 100 requests a second, and the cap's floor (`MIN_CAP`, 64, for a burst from
idle) then admits 0.64 s of them, each of whose waits (the database, Redis, the answer)
puts it back at the end of a busy loop's queue. So each request's own sojourn is
measured: for a second after one took longer than `max_wait_s` from arrival to its
answer (`SlowAnswers`), the floor is dropped and the cap is what the process finishes
in `max_wait_s`; and once requests reach the middleware more than `max_queue_s` after
the loop read them (`ARRIVED`, stamped by `serve`'s HTTP protocol) for 100 ms on end
(CoDel's rule, `Sojourn`: a standing queue, not a burst that drains), those that waited
longer are refused.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from server.api.errors import OVERLOAD_RETRY_AFTER_S, send_error
from server.headtimeout import ARRIVED
from server.telephony import twiml

ALWAYS_ADMITTED = frozenset({"/healthz", "/readyz", "/metrics", "/api/payment/callback"})
"""Health and metrics, and the browser's return from a paid payment link (a redirect that
is never an error page: the shopper has just paid)."""

_BUSY_PAGE = (
    "<!doctype html><html><head><meta charset=utf-8>"
    '<meta name=viewport content="width=device-width, initial-scale=1">'
    f'<meta http-equiv=refresh content="{OVERLOAD_RETRY_AFTER_S + 1}">'
    '<title>Vyapar Mitra</title></head><body style="font-family:sans-serif;margin:2em">'
    "<p>The market is busy; this page tries again in a moment.</p>"
    "<p lang=hi>बाज़ार में भीड़ है; यह पेज थोड़ी देर में फिर से खुलेगा।</p></body></html>"
).encode()


class LoopLag:
    """How late this process's event loop runs callbacks, smoothed.

    A timer every `interval` seconds notes how much later than asked it ran; `seconds`
    is a moving average of that (each tick weighs `weight`), so one slow callback (a
    garbage collection) moves it a little and a loop that stays behind moves it a lot.
    Started by the first request (it needs the running loop); a tick that finds the
    loop gone or closed stops it."""

    def __init__(self, interval: float = 0.02, weight: float = 0.2) -> None:
        self.interval = interval
        self.weight = weight
        self.seconds = 0.0
        self._handle: asyncio.TimerHandle | None = None
        self._due = 0.0

    def start(self) -> None:
        if self._handle is None:
            self._schedule(asyncio.get_running_loop())

    def stop(self) -> None:
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None

    def _schedule(self, loop: asyncio.AbstractEventLoop) -> None:
        self._due = time.monotonic() + self.interval
        self._handle = loop.call_later(self.interval, self._tick, loop)

    def _tick(self, loop: asyncio.AbstractEventLoop) -> None:
        late = max(0.0, time.monotonic() - self._due)
        self.seconds += self.weight * (late - self.seconds)
        if loop.is_closed():
            self._handle = None
            return
        self._schedule(loop)


class Throughput:
    """Requests this process finishes per second, smoothed over windows of `window` s."""

    def __init__(self, window: float = 0.25, weight: float = 0.3) -> None:
        self.window = window
        self.weight = weight
        self.per_second = 0.0
        self._done = 0
        self._since = time.monotonic()

    def finished(self) -> None:
        self._done += 1
        now = time.monotonic()
        if now - self._since >= self.window:
            rate = self._done / (now - self._since)
            self.per_second += self.weight * (rate - self.per_second)
            self._done, self._since = 0, now


class Sojourn:
    """CoDel's rule on how long requests take: a standing queue, not a burst.

    `note` is told each request's sojourn. One under `target` ends any standing queue.
    The first one over it opens an `interval`; if no sojourn under `target` is noted
    before that interval is over, the queue is standing (`standing`) until one is. A
    burst that drains within the interval never makes it standing. `clock` is injectable
    for tests."""

    def __init__(
        self,
        target: float,
        interval: float = 0.1,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.target = target
        self.interval = interval
        self.clock = clock
        self.standing = False
        self._above_until: float | None = None

    def note(self, sojourn: float) -> bool:
        """Note a sojourn of `sojourn` seconds; whether it was within the target or the
        queue is not (yet) standing."""
        if sojourn <= self.target:
            self._above_until = None
            self.standing = False
            return True
        now = self.clock()
        if self._above_until is None:
            self._above_until = now + self.interval
        elif now >= self._above_until:
            self.standing = True
        return not self.standing


class SlowAnswers:
    """Whether a request took longer than `target` to be answered within the last `hold`
    seconds (`slow`): the process is behind. CoDel's minimum would not do here: light
    requests (a health check, a cached read) answer fast while bids queue, so the
    minimum stays low while the tail grows. `clock` is injectable for tests."""

    def __init__(
        self,
        target: float,
        hold: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.target = target
        self.hold = hold
        self.clock = clock
        self._slow_until = float("-inf")

    def note(self, seconds: float) -> None:
        if seconds > self.target:
            self._slow_until = self.clock() + self.hold

    @property
    def slow(self) -> bool:
        return self.clock() < self._slow_until


NOT_COUNTED = float("-inf")
"""`LoadShedding.admit`'s answer for a request admitted while nothing caps."""

MIN_CAP = 64
"""In flight at least, whatever the throughput: enough to reach full speed from idle, and
for a burst after a quiet spell (a market opening, a page's requests at once from many
phones) to be served rather than refused before the rate is known. Not while the
process is known to be behind (`LoadShedding.behind`)."""

MIN_CAP_BEHIND = 4
"""In flight at least while the process is behind, so that its throughput stays known."""


class LoadShedding:
    """Refuse new HTTP requests while `max_in_flight` are in flight, while more are in
    flight than the process finishes in `max_wait_s` (Little's law: beyond that they
    would wait longer than that), while the event loop runs `max_lag_s` late, or when
    requests reach it more than `max_queue_s` after they arrived (`Sojourn`).

    The throughput cap is what bounds the latency of accepted requests under overload,
    whatever is short (CPU here, the database's CPU, a slow disk): at capacity, requests
    finish at the rate the process can manage, and no more than `max_wait_s` worth of
    them are admitted at once. It never goes below `MIN_CAP`."""

    def __init__(
        self,
        app: ASGIApp,
        max_in_flight: int,
        max_lag_s: float = 0.0,
        max_wait_s: float = 0.0,
        max_queue_s: float = 0.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.app = app
        self.max_in_flight = max_in_flight
        self.max_lag_s = max_lag_s
        self.max_wait_s = max_wait_s
        self.clock = clock
        self.waiting = Sojourn(max_queue_s, clock=clock) if max_queue_s > 0 else None
        """Arrival → the app: requests that waited longer are refused once it stands."""
        self.answering = SlowAnswers(max_wait_s, clock=clock) if max_wait_s > 0 else None
        """Arrival (or admission) → the answer's start: while slow, the cap has no floor."""
        self.lag = LoopLag()
        self.throughput = Throughput()
        self.in_flight = 0
        self.shed = 0
        """Requests refused so far (read by tests and benchmarks)."""

    def behind(self) -> bool:
        """Requests stand in a queue before the app, or one was answered late."""
        waiting = self.waiting is not None and self.waiting.standing
        return waiting or (self.answering is not None and self.answering.slow)

    def cap(self) -> int:
        """How many requests may be in flight now (0: no cap)."""
        if self.max_wait_s <= 0:
            return self.max_in_flight
        floor = MIN_CAP_BEHIND if self.behind() else MIN_CAP
        by_rate = max(floor, int(self.throughput.per_second * self.max_wait_s))
        return by_rate if self.max_in_flight <= 0 else min(by_rate, self.max_in_flight)

    def admit(self, scope: Scope) -> float | None:
        """Whether to serve this HTTP request now: None to refuse it (counted in `shed`;
        answer it with `refuse`), else when its sojourn began, to hand to `finish` once it
        is answered (it is then in flight; `NOT_COUNTED` when nothing caps)."""
        admitted = self.clock()
        arrived = scope.get(ARRIVED)
        waiting = self.waiting
        if waiting is not None and arrived is not None and not waiting.note(admitted - arrived):
            self.shed += 1
            return None
        if self.max_lag_s > 0:
            self.lag.start()
            if self.lag.seconds > self.max_lag_s:
                self.shed += 1
                return None
        cap = self.cap()
        if cap <= 0:
            return NOT_COUNTED
        if self.in_flight >= cap:
            self.shed += 1
            return None
        self.in_flight += 1
        return arrived or admitted

    def finish(self, since: float) -> None:
        """An admitted request (`admit` said `since`) is answered: it leaves the flight."""
        if since == NOT_COUNTED:
            return
        self.in_flight -= 1
        self.throughput.finished()
        if self.answering is not None:
            self.answering.note(self.clock() - since)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("path") in ALWAYS_ADMITTED:
            await self.app(scope, receive, send)
            return
        since = self.admit(scope)
        if since is None:
            await self.refuse(scope, send)
            return
        released = False

        def release() -> None:
            nonlocal released
            if not released:
                released = True
                self.finish(since)

        async def answering(message: Message) -> None:
            # Answered: what is left is writing it, at the pace the client reads. A client
            # that does not read holds its connection, not a place in the cap.
            if message["type"] == "http.response.start":
                release()
            await send(message)

        try:
            await self.app(scope, receive, answering)
        finally:
            release()

    async def refuse(self, scope: Scope, send: Send) -> None:
        """The 503 for a refused request (a page, TwiML or the API's JSON error)."""
        if scope.get("path") == twiml.VOICE_PATH:
            # Twilio would play its own "application error" for a 5xx: the caller hears
            # why, as when the database or Redis is down (the signature is not checked:
            # the answer tells nothing but "call again").
            body = twiml.say_and_hang_up(twiml.UNAVAILABLE).encode()
            headers = [
                (b"content-type", twiml.TWIML.encode()),
                (b"content-length", str(len(body)).encode()),
            ]
            await send({"type": "http.response.start", "status": 200, "headers": headers})
            await send({"type": "http.response.body", "body": body})
            return
        if scope.get("method") in ("GET", "HEAD") and _wants_html(scope):
            # A person at a page: a page that says so and reloads itself, not JSON.
            headers = [
                (b"content-type", b"text/html; charset=utf-8"),
                (b"content-length", str(len(_BUSY_PAGE)).encode()),
                (b"retry-after", str(OVERLOAD_RETRY_AFTER_S).encode()),
            ]
            await send({"type": "http.response.start", "status": 503, "headers": headers})
            await send({"type": "http.response.body", "body": _BUSY_PAGE})
            return
        await send_error(
            send,
            503,
            "overloaded",
            "The server is busy; try again shortly.",
            headers=[(b"retry-after", str(OVERLOAD_RETRY_AFTER_S).encode())],
            retry_after=OVERLOAD_RETRY_AFTER_S,
        )


def _wants_html(scope: Scope) -> bool:
    for name, value in scope.get("headers") or ():
        if name == b"accept":
            return b"text/html" in value
    return False
