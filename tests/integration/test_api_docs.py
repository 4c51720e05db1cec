"""The interactive API pages (`/docs`, `/redoc`) load their scripts from a CDN, unpinned,
into the origin that keeps the vendor's sign-in: production serves `/openapi.json` alone
unless `VYAPAR_API_DOCS` turns them on; elsewhere they are served."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.conftest import make_settings, running_app
from tests.integration.test_metrics_access import PRODUCTION


@pytest.fixture
def url(sqlite_template: Path, tmp_path: Path) -> str:
    path = tmp_path / "docs.db"
    shutil.copy(sqlite_template, path)
    return f"sqlite+aiosqlite:///{path}"


async def _get(url: str, **settings: Any) -> dict[str, httpx.Response]:
    async with running_app(make_settings(url, **settings)) as (_app, client):
        return {path: await client.get(path) for path in ("/docs", "/redoc", "/openapi.json")}


async def test_production_serves_the_schema_but_not_the_pages(url: str) -> None:
    got = await _get(url, **PRODUCTION)
    assert got["/openapi.json"].status_code == 200
    assert got["/openapi.json"].json()["info"]["title"] == "VyaparMitra"
    for page in ("/docs", "/redoc"):
        assert got[page].status_code == 404, got[page].text
        assert "cdn.jsdelivr.net" not in got[page].text


async def test_the_pages_are_served_elsewhere_or_when_asked_for(url: str) -> None:
    for settings in ({}, {**PRODUCTION, "api_docs": True}):
        got = await _get(url, **settings)
        assert got["/docs"].status_code == 200
        assert "swagger-ui" in got["/docs"].text
        assert got["/redoc"].status_code == 200
    got = await _get(url, api_docs=False)
    assert got["/docs"].status_code == 404
    assert got["/openapi.json"].status_code == 200
