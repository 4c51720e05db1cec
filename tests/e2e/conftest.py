"""What the browser tests share: a copy of the migrated SQLite template per test, the
server on it (`page_server`), and headless Chromium. A test file that needs another
server (a small socket cap, fake engines, a short reservation) defines its own `server`."""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from playwright.async_api import Browser

from tests.e2e.browser import chromium, page_server
from tests.live_helpers import LiveServer


@pytest.fixture
def sqlite_url(sqlite_template: Path, tmp_path: Path) -> str:
    path = tmp_path / "e2e.db"
    shutil.copy(sqlite_template, path)
    return f"sqlite+aiosqlite:///{path}"


@pytest.fixture
async def server(sqlite_url: str) -> AsyncIterator[LiveServer]:
    async with page_server(sqlite_url) as s:
        yield s


@pytest.fixture
async def browser() -> AsyncIterator[Browser]:
    async with chromium() as b:
        yield b
