"""Stopping `serve` without losing requests: SIGTERM starts a drain.

Before, `serve --workers N` took a SIGTERM by stopping its workers while its supervisor
kept its copy of the shared listening socket open until they had exited: for that time
(0.3 s to several seconds, while sockets closed and requests finished) the kernel went on
accepting connections that no process would ever read, and each was reset when the
supervisor exited. A load balancer retries a connection refused, not a request it has
already written, so each restart lost the requests of that window. And `/readyz` said
`ready` until the end.

Now, on the first SIGTERM (to the supervisor, or to the whole process group as systemd
sends it):

1. `/readyz` answers 503 `draining` at once, in every worker (`draining()`: a file in
   the run's folder, made by whichever process took the signal first; its time is when
   the drain began, for all of them).
2. For `VYAPAR_DRAIN_SECONDS` (0 by default, 5 s in production) the workers go on serving, so a load
   balancer has time to see the 503 and send new requests elsewhere, and responses say
   `Connection: close`, so clients do not reuse a connection that is about to close.
3. The workers then stop as uvicorn stops: each stops accepting, closes its copy of the
   listening socket and takes the connections the kernel has queued on it through a copy
   held until then (`hold_listeners`, `take_queued`: on uvloop too, uvicorn's loop where
   it is installed); the supervisor closed its own when the signal came, so once the last worker
   has closed its copy the port refuses connections (a proxy retries those elsewhere)
   instead of accepting them into a queue no one reads. A connection accepted just
   before has `SETTLE_SECONDS` to send its request before idle ones are closed, and one
   whose first request has not begun by then up to `FIRST_REQUEST_SECONDS` more.
4. Requests in flight finish, for `VYAPAR_SHUTDOWN_GRACE_SECONDS` at most; live sockets
   are closed with 1012 at once (their pages reconnect to another host).

A second SIGTERM or a SIGINT cuts the drain short. One worker (`serve` alone) drains the
same way, in its own process.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import os
import signal
import socket
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

SETTLE_SECONDS = 0.5
"""Once a worker stops accepting, how long a connection it accepted just before has to
send its request before idle connections are closed: uvicorn closes every connection
with no request in progress at once, and so reset one accepted a moment earlier whose
request was still on its way."""
FIRST_REQUEST_SECONDS = 5.0
"""After the settle, how much longer the stop waits for connections that have not yet
delivered their first request (a loaded client, a slow network: their request comes
late but comes); a connection that has served a request and sits idle is closed, as the
answers during a drain said `Connection: close`. Bounded, so a client that connects and
sends nothing delays the stop by this at most."""
WAIT_STEP = 0.02
DRAIN_FILE = "VYAPAR_DRAIN_FILE"
"""Set by `serve --workers N` (N > 1) for its workers: made when the drain begins."""

log = logging.getLogger("vyaparmitra")

_started: float | None = None  # this process's own drain (one worker, or no file)
_seen = False  # another process's drain, seen by its mark


def _file() -> Path | None:
    raw = os.environ.get(DRAIN_FILE)
    return Path(raw) if raw else None


def begin() -> float:
    """Mark the drain begun (once for the whole run) and return when it began (wall-clock
    seconds): the first process to take the signal sets the time for all of them."""
    global _started
    path = _file()
    if path is not None:
        with contextlib.suppress(FileExistsError, FileNotFoundError):
            os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        with contextlib.suppress(OSError):
            began = path.stat().st_mtime
            _started = began if _started is None else min(_started, began)
    if _started is None:
        _started = time.time()
    return _started


CHECK_EVERY = 0.1
"""Seconds between looks for another process's drain mark: `draining()` is asked on
every answer, on the event loop, so the mark's file is stat'ed at most this often."""
_next_check = 0.0


def draining() -> bool:
    """Whether this run is draining (`/readyz` answers 503 `draining`): asked on every
    answer (`Connection: close`), so the mark is looked for at most every `CHECK_EVERY`
    seconds until it is there, then remembered."""
    global _seen, _next_check
    if _started is not None or _seen:
        return True
    now = time.monotonic()
    if now < _next_check:
        return False
    _next_check = now + CHECK_EVERY
    path = _file()
    _seen = path is not None and path.exists()
    return _seen


_taken: set[asyncio.Task[Any]] = set()


def hold_listeners(server: Any) -> list[socket.socket]:
    """A copy of each of `server`'s listening sockets (asyncio's or uvloop's: uvicorn runs
    on uvloop where it is installed), held so that the kernel keeps queueing connections
    on them for `take_queued` after the server itself has stopped accepting and closed
    its own."""
    held = []
    for listener in getattr(server, "sockets", None) or ():
        with contextlib.suppress(OSError, ValueError):
            fd = listener.fileno()
            if fd >= 0:
                held.append(socket.socket(fileno=os.dup(fd)))
    return held


def take_queued(
    listeners: list[socket.socket], factory: Callable[[], asyncio.BaseProtocol], tls: Any = None
) -> int:
    """Accept what the kernel has queued on `listeners`, serve each with a protocol from
    `factory` as any other connection, and close them: how many were taken. When the last
    process's copy of a listening socket closes, every connection still queued on it is
    reset: a request the client already wrote, lost. Nothing awaits between the last
    accept and the close, so only a connection whose handshake completes in that instant
    (microseconds) can still be reset."""
    loop = asyncio.get_running_loop()
    taken = 0
    for sock in listeners:
        try:
            sock.setblocking(False)
            while True:
                try:
                    conn, _ = sock.accept()
                except OSError:  # nothing queued (BlockingIOError), or closed already
                    break
                conn.setblocking(False)
                task = loop.create_task(loop.connect_accepted_socket(factory, conn, ssl=tls))
                _taken.add(task)
                task.add_done_callback(_taken.discard)
                taken += 1
        finally:
            sock.close()
    return taken


def awaiting_first_request(connection: Any) -> bool:
    """Whether an HTTP connection was accepted and has not yet begun its first request
    (uvicorn's HTTP protocols start a `cycle` per request; WebSocket protocols have none)."""
    if getattr(connection, "cycle", False) is not None:
        return False
    transport = getattr(connection, "transport", None)
    return transport is not None and not transport.is_closing()


async def settle(connections: set[Any]) -> None:
    """Give the connections accepted before the listener closed their request: every one
    `SETTLE_SECONDS`, and one whose first request has not begun up to
    `FIRST_REQUEST_SECONDS` more (uvicorn's shutdown closes connections with no request in
    progress, and a request written into a closed connection is reset, lost to a client
    that will not retry what it already sent)."""
    await asyncio.sleep(SETTLE_SECONDS)
    deadline = time.monotonic() + FIRST_REQUEST_SECONDS
    for _ in range(math.ceil(FIRST_REQUEST_SECONDS / WAIT_STEP)):
        if time.monotonic() >= deadline:
            return
        if not any(awaiting_first_request(c) for c in list(connections)):
            return
        await asyncio.sleep(WAIT_STEP)


def _protocol_factory(server: Any) -> Callable[[], asyncio.BaseProtocol]:
    """What uvicorn's `Server.startup` makes each accepted connection's protocol with."""
    config = server.config

    def protocol() -> asyncio.BaseProtocol:
        made: asyncio.BaseProtocol = config.http_protocol_class(
            config=config, server_state=server.server_state, app_state=server.lifespan.state
        )
        return made

    return protocol


def install(drain_seconds: float) -> None:
    """Make uvicorn's servers in this process (and the workers forked from it) drain on
    SIGTERM: `draining()` at once, the stop itself `drain_seconds` after the drain began.
    A second SIGTERM, or a SIGINT, stops at once."""
    from uvicorn.server import Server

    if getattr(Server.handle_exit, "drains", False):
        return
    stop = Server.handle_exit

    def handle_exit(self: Server, sig: int, frame: Any) -> None:
        if sig != signal.SIGTERM or getattr(self, "_vyapar_draining", False):
            stop(self, sig, frame)
            return
        self._vyapar_draining = True  # type: ignore[attr-defined]
        wait = begin() + drain_seconds - time.time()
        if wait <= 0:
            stop(self, sig, frame)
            return
        log.warning("draining: /readyz answers 503; stopping in %.1f s", wait)
        timer = threading.Timer(wait, stop, (self, sig, None))
        timer.daemon = True
        timer.start()

    shutdown = Server.shutdown

    async def settled_shutdown(self: Server, sockets: list[socket.socket] | None = None) -> None:
        servers = list(getattr(self, "servers", []))
        held = [sock for server in servers for sock in hold_listeners(server)]
        for server in servers:
            server.close()  # stop accepting (uvicorn's shutdown does it again, harmlessly)
        for sock in sockets or []:
            sock.close()
        # uvloop closes a server's socket on the loop's next turn: the copies held keep
        # what is queued meanwhile for `take_queued`, which then closes them.
        await asyncio.sleep(0)
        take_queued(held, _protocol_factory(self), self.config.ssl)
        if draining() and not self.force_exit:  # a SIGTERM's stop, not a Ctrl-C's
            await settle(self.server_state.connections)
        await shutdown(self, sockets)

    handle_exit.drains = True  # type: ignore[attr-defined]
    Server.handle_exit = handle_exit  # type: ignore[method-assign]
    Server.shutdown = settled_shutdown  # type: ignore[method-assign]


def install_supervisor(drain_seconds: float) -> None:
    """Make uvicorn's multiprocess supervisor (in `serve --workers N`) drain on SIGTERM:
    its copy of the listening socket is closed as the signal comes (the workers hold
    theirs until they stop accepting), no worker is started again after it, and the
    workers are told to stop `drain_seconds` after the drain began."""
    from uvicorn.supervisors.multiprocess import Multiprocess

    if getattr(Multiprocess.__init__, "drains", False):
        return
    init = Multiprocess.__init__
    keep_alive = Multiprocess.keep_subprocess_alive
    term = Multiprocess.handle_term

    def __init__(self: Multiprocess, *args: Any, **kwargs: Any) -> None:
        init(self, *args, **kwargs)
        self._vyapar_drain = None  # type: ignore[attr-defined]
        queue_signal = signal.getsignal(signal.SIGTERM)

        def on_term(sig: int, frame: Any) -> None:
            if self._vyapar_drain is None:  # type: ignore[attr-defined]
                self._vyapar_drain = begin()  # type: ignore[attr-defined]
                for sock in self.sockets:
                    sock.close()
            if callable(queue_signal):
                queue_signal(sig, frame)

        signal.signal(signal.SIGTERM, on_term)

    def keep_subprocess_alive(self: Multiprocess) -> None:
        if getattr(self, "_vyapar_drain", None) is None:  # nothing restarts while draining
            keep_alive(self)

    def handle_term(self: Multiprocess) -> None:
        began = getattr(self, "_vyapar_drain", None)
        deadline = (began if began is not None else time.time()) + drain_seconds
        if deadline > time.time():
            log.warning("draining: /readyz answers 503; the workers stop in %.0f s", drain_seconds)
        while time.time() < deadline and not self.signal_queue:
            time.sleep(0.05)
        term(self)

    __init__.drains = True  # type: ignore[attr-defined]
    Multiprocess.__init__ = __init__  # type: ignore[method-assign]
    Multiprocess.keep_subprocess_alive = keep_subprocess_alive  # type: ignore[method-assign]
    Multiprocess.handle_term = handle_term  # type: ignore[method-assign]
