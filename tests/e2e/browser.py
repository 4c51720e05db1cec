"""Real Chromium against a real server: the server on a loopback port whose origin is its
public URL (so sockets pass the Origin check), Chromium driven by Playwright's Python
package with a fake microphone fed from a WAV file."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from playwright.async_api import (
    Browser,
    ConsoleMessage,
    Page,
    Response,
    WebSocketRoute,
    async_playwright,
    expect,
)

from server.app import create_app
from server.settings_fields import default_data_dir
from tests.conftest import make_settings
from tests.live_helpers import LiveServer, listening_socket, serving, share_engines

# Playwright's assertions wait 5 s by default; the test run's 4 workers on 2 cores can keep a
# page's next frame or the server's reply from arriving that soon, though it does arrive.
expect.set_options(timeout=15_000)

ARTIFACTS = Path(os.environ.get("VYAPAR_DATA_DIR") or default_data_dir()) / "artifacts" / "e2e"


def chromium_path() -> str:
    found = os.environ.get("VYAPAR_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(found).exists():
        pytest.fail("Chromium is not installed (scripts/bootstrap.sh installs Debian's chromium)")
    return found


@contextlib.asynccontextmanager
async def page_server(database_url: str, **overrides: Any) -> AsyncIterator[LiveServer]:
    """A server whose public URL is the loopback address it listens on, on the test run's
    shared engines."""
    sock = listening_socket()
    port = sock.getsockname()[1]
    base = f"http://127.0.0.1:{port}"
    app = create_app(make_settings(database_url, public_base_url=base, **overrides))
    async with serving(app, sock):
        await share_engines(app)
        async with httpx.AsyncClient(base_url=base, timeout=30) as http:
            yield LiveServer(app, base, f"ws://127.0.0.1:{port}", http)


@contextlib.asynccontextmanager
async def chromium(fake_audio: Path | None = None) -> AsyncIterator[Browser]:
    """Headless Chromium that grants the microphone; `fake_audio` is what it hears (once,
    from when a page opens the microphone)."""
    args = ["--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream"]
    if fake_audio is not None:
        args.append(f"--use-file-for-fake-audio-capture={fake_audio}%noloop")
    async with async_playwright() as pw:
        browser = await pw.chromium.launch(
            executable_path=chromium_path(), headless=True, args=args
        )
        try:
            yield browser
        finally:
            await browser.close()


@dataclass
class PageErrors:
    """Script errors and failed requests a page reported; a test ends by checking none."""

    messages: list[str] = field(default_factory=list)

    def watch(self, page: Page, name: str) -> Page:
        def console(msg: ConsoleMessage) -> None:
            # Failed loads are reported with their URL below.
            if msg.type == "error" and not msg.text.startswith("Failed to load resource"):
                self.messages.append(f"{name} console: {msg.text}")

        def response(r: Response) -> None:
            # Browsers ask every origin for /favicon.ico (the sandbox's included).
            if r.status >= 400 and not r.url.endswith("/favicon.ico"):
                self.messages.append(f"{name} {r.status}: {r.request.method} {r.url}")

        page.on("console", console)
        page.on("response", response)
        page.on("pageerror", lambda exc: self.messages.append(f"{name} error: {exc}"))
        return page

    def unexpected(self, *allowed: str) -> list[str]:
        """What went wrong, less the answers a test provoked on purpose."""
        return [m for m in self.messages if not any(a in m for a in allowed)]


async def screenshot(page: Page, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    await page.screenshot(path=str(path), full_page=True)
    return path


async def pass_through(page: Page, url: re.Pattern[str]) -> list[WebSocketRoute]:
    """Route the page's sockets to `url` through the test, unchanged, and return them as
    they open (the last is the page's current one), so a test can close one as a server
    restart, an outage or a refusal would."""
    routes: list[WebSocketRoute] = []

    def through(route: WebSocketRoute) -> None:
        route.connect_to_server()
        routes.append(route)

    await page.route_web_socket(url, through)
    return routes
