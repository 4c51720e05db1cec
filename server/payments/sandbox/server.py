"""The sandbox served: one Starlette app of the API and the pages, run with uvicorn on
loopback in a thread of its own (its own event loop), so the app's blocking SDK calls
reach it over real sockets, exactly as they would reach Razorpay."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
import time

import httpx
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response

from server.payments.sandbox.api import api_routes
from server.payments.sandbox.delivery import Dispatcher, WebhookSender, http_sender
from server.payments.sandbox.model import SandboxError
from server.payments.sandbox.pages import page_routes
from server.payments.sandbox.state import SandboxState
from server.payments.sandbox.web import error_response


def create_sandbox_app(state: SandboxState, dispatcher: Dispatcher) -> Starlette:
    """The sandbox's routes over `state`; webhooks go out through `dispatcher`."""
    routes = api_routes(state, dispatcher) + page_routes(state, dispatcher)

    async def not_found(request: Request, exc: Exception) -> Response:
        return error_response(
            SandboxError("The requested URL was not found on the server.", status=404, reason="NA")
        )

    return Starlette(routes=routes, exception_handlers={404: not_found, 405: not_found})


DELIVERY_CONNECTIONS = 32
"""Webhooks the sandbox delivers at once (more wait for a connection)."""


class _PromptServer(uvicorn.Server):
    """uvicorn's server, stopped at once: `wake` ends the serving loop without waiting for
    its next 0.1 s tick, and the shutdown waits for open connections by polling every
    few milliseconds instead of sleeping 0.1 s first (a sandbox starts and stops with
    every app, so this is most of its stop time)."""

    _POLL = 0.005

    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self._wake = asyncio.Event()

    def wake(self, loop: asyncio.AbstractEventLoop) -> None:
        """Ask the serving loop (running on `loop`) to stop now; callable from any thread."""
        self.should_exit = True
        with contextlib.suppress(RuntimeError):  # the loop already closed
            loop.call_soon_threadsafe(self._wake.set)

    async def main_loop(self) -> None:
        counter = 0
        should_exit = await self.on_tick(counter)
        while not should_exit:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), 0.1)
            counter = (counter + 1) % 864000
            should_exit = await self.on_tick(counter)

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        for server in self.servers:
            server.close()
        for connection in list(self.server_state.connections):
            connection.shutdown()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + (self.config.timeout_graceful_shutdown or 0)
        busy = self.server_state  # uvicorn offers no event for "all connections closed"
        while (busy.connections or busy.tasks) and loop.time() < deadline:  # noqa: ASYNC110
            await asyncio.sleep(self._POLL)
        for task in self.server_state.tasks:
            task.cancel(msg="the Razorpay sandbox is stopping")
        for server in self.servers:
            await server.wait_closed()


class SandboxServer:
    """The sandbox on loopback, in a thread with its own event loop."""

    def __init__(
        self,
        state: SandboxState,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        webhook_url: str | None = None,
        sender: WebhookSender | None = None,
    ) -> None:
        self.state = state
        self.host = host
        self.port = port
        self.webhook_url = webhook_url
        self.sender = sender
        self.url = ""
        self.dispatcher: Dispatcher | None = None
        self._server: _PromptServer | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._failure: BaseException | None = None

    def _config(self, app: Starlette) -> uvicorn.Config:
        return uvicorn.Config(
            app,
            host=self.host,
            port=self.port,
            log_config=None,
            log_level=None,
            access_log=False,
            lifespan="off",
            ws="none",
            http="auto",  # httptools when installed (uvicorn[standard]): a third of h11's CPU
            timeout_graceful_shutdown=2,
            server_header=False,
        )

    async def _serve(self) -> None:
        self._loop = asyncio.get_running_loop()
        # At most DELIVERY_CONNECTIONS webhooks in flight, every connection kept alive:
        # httpx keeps 20 by default, so a burst of deliveries opened (and the app
        # accepted) a new connection for each one past that.
        client = (
            httpx.AsyncClient(
                timeout=10.0,
                limits=httpx.Limits(
                    max_connections=DELIVERY_CONNECTIONS,
                    max_keepalive_connections=DELIVERY_CONNECTIONS,
                ),
            )
            if self.webhook_url
            else None
        )
        sender = self.sender
        if sender is None and client is not None and self.webhook_url:
            sender = http_sender(client, self.webhook_url)
        self.dispatcher = Dispatcher(self.state, sender, in_flight=DELIVERY_CONNECTIONS)
        self._server = _PromptServer(self._config(create_sandbox_app(self.state, self.dispatcher)))
        try:
            await self._server.serve()
        finally:
            await self.dispatcher.aclose()
            if client is not None:
                await client.aclose()

    def _main(self) -> None:
        try:
            asyncio.run(self._serve())
        except BaseException as exc:  # reported by start(); a thread must not raise
            self._failure = exc

    def start(self, timeout: float = 10.0) -> str:
        """Start serving; returns the base URL (`http://127.0.0.1:PORT`)."""
        self._thread = threading.Thread(target=self._main, name="razorpay-sandbox", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not (self._server is not None and self._server.started):
            if self._failure is not None or not self._thread.is_alive():
                raise RuntimeError(f"the Razorpay sandbox did not start: {self._failure!r}")
            if time.monotonic() > deadline:
                raise RuntimeError("the Razorpay sandbox did not start in time")
            time.sleep(0.002)
        port = self._server.servers[0].sockets[0].getsockname()[1]
        self.url = f"http://{self.host}:{port}"
        self.state.base_url = self.url
        return self.url

    def run_forever(self) -> None:
        """Serve in this thread until interrupted (`vyaparmitra sandbox`)."""
        asyncio.run(self._serve_forever())

    async def _serve_forever(self) -> None:
        self.state.base_url = self.url or f"http://{self.host}:{self.port}"
        await self._serve()

    def set_sender(self, sender: WebhookSender | None) -> None:
        self.sender = sender
        if self.dispatcher is not None:
            self.dispatcher.sender = sender

    def drain(self, timeout: float = 10.0) -> None:
        """Wait until every queued webhook was delivered (or given up on)."""
        if self._loop is None or self.dispatcher is None:
            return
        future = asyncio.run_coroutine_threadsafe(self.dispatcher.drain(), self._loop)
        future.result(timeout)

    def stop(self, timeout: float = 10.0) -> None:
        if self._server is not None:
            if self._loop is not None:
                self._server.wake(self._loop)
            else:
                self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
