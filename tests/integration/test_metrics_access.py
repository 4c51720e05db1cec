"""`/metrics`: open in development; with `VYAPAR_METRICS_TOKEN` only for the scraper that
presents it; in production without a token a 404 unless `VYAPAR_METRICS_PUBLIC=true`."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import httpx
import pytest

from server.settings import load_settings
from tests.conftest import make_settings, running_app

TOKEN = "scrape-" + "m" * 40
PRODUCTION: dict[str, Any] = {
    "env": "production",
    # Production needs Razorpay keys to start; nothing here calls Razorpay.
    "razorpay_key_id": "rzp_test_MetricsAccess01",
    "razorpay_key_secret": "metrics-access-key-secret-01",
    "razorpay_webhook_secret": "metrics-access-webhook-secret-01",
    "razorpay_base_url": "http://127.0.0.1:9",
}


@pytest.fixture
def url(sqlite_template: Path, tmp_path: Path) -> str:
    path = tmp_path / "metrics.db"
    shutil.copy(sqlite_template, path)
    return f"sqlite+aiosqlite:///{path}"


async def get_metrics(url: str, *headers: dict[str, str], **settings: Any) -> list[httpx.Response]:
    async with running_app(make_settings(url, **settings)) as (_app, client):
        return [await client.get("/metrics", headers=h) for h in ({}, *headers)]


def is_metrics(r: httpx.Response) -> bool:
    return r.status_code == 200 and "vyapar_" in r.text


def refused(r: httpx.Response, status: int, code: str) -> None:
    assert r.status_code == status, r.text
    assert r.json()["error"]["code"] == code
    assert r.headers["x-request-id"] == r.json()["request_id"]


async def test_open_without_a_token_outside_production(url: str) -> None:
    (r,) = await get_metrics(url)
    assert is_metrics(r), r.text


async def test_a_token_is_required_when_set(url: str) -> None:
    bearer = {"Authorization": f"Bearer {TOKEN}"}
    answers = await get_metrics(
        url,
        {"Authorization": f"Bearer {TOKEN}x"},
        {"Authorization": f"Bearer {TOKEN[:-1]}"},
        {"Authorization": f"Basic {TOKEN}"},
        {"Authorization": "Bearer"},
        {"Authorization": "Bearer  टोकन".encode()},  # type: ignore[dict-item]
        bearer,
        {"Authorization": f"bearer {TOKEN}"},
        metrics_token=TOKEN,
    )
    *wrong, right, lower = answers
    for r in wrong:
        refused(r, 401, "unauthorized")
        assert r.headers["www-authenticate"] == "Bearer"
        assert "vyapar_" not in r.text
    assert is_metrics(right) and is_metrics(lower)


async def test_production_hides_metrics_without_a_token(url: str) -> None:
    (hidden,) = await get_metrics(url, **PRODUCTION)
    refused(hidden, 404, "not_found")
    (public,) = await get_metrics(url, **PRODUCTION, metrics_public=True)
    assert is_metrics(public)
    none, right = await get_metrics(
        url, {"Authorization": f"Bearer {TOKEN}"}, **PRODUCTION, metrics_token=TOKEN
    )
    refused(none, 401, "unauthorized")
    assert is_metrics(right)
    # A token wins over `public`: who set a token wants it asked for.
    none, right = await get_metrics(
        url,
        {"Authorization": f"Bearer {TOKEN}"},
        **PRODUCTION,
        metrics_token=TOKEN,
        metrics_public=True,
    )
    refused(none, 401, "unauthorized")
    assert is_metrics(right)


def test_an_empty_token_setting_means_none(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VYAPAR_METRICS_TOKEN", "")
    assert load_settings().metrics_token is None
    monkeypatch.setenv("VYAPAR_METRICS_TOKEN", TOKEN)
    settings = load_settings()
    assert settings.metrics_token is not None
    assert settings.metrics_token.get_secret_value() == TOKEN
    assert TOKEN not in repr(settings)


def test_a_token_read_from_a_secret_file_loses_its_newline(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`VYAPAR_METRICS_TOKEN="$(cat secret)"` keeps no newline, but a file mounted as an
    environment value often does: the scraper's token must still match."""
    monkeypatch.setenv("VYAPAR_METRICS_TOKEN", f"  {TOKEN}\n")
    settings = load_settings()
    assert settings.metrics_token is not None
    assert settings.metrics_token.get_secret_value() == TOKEN


def test_razorpay_secrets_from_secret_files_lose_their_newline(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("VYAPAR_RAZORPAY_KEY_ID", "rzp_test_abc\n")
    monkeypatch.setenv("VYAPAR_RAZORPAY_KEY_SECRET", "key-secret\n")
    monkeypatch.setenv("VYAPAR_RAZORPAY_WEBHOOK_SECRET", " webhook-secret\r\n")
    settings = load_settings()
    assert settings.razorpay_key_id == "rzp_test_abc"
    assert settings.razorpay_key_secret == "key-secret"
    assert settings.razorpay_webhook_secret == "webhook-secret"


async def test_head_answers_as_get_does(url: str) -> None:
    """A HEAD must not tell that the page exists where a GET says it does not."""
    for settings, status in (
        ({}, 200),
        (PRODUCTION, 404),
        ({**PRODUCTION, "metrics_token": TOKEN}, 401),
    ):
        async with running_app(make_settings(url, **settings)) as (_app, client):
            head = await client.head("/metrics")
            get = await client.get("/metrics")
        assert head.status_code == get.status_code == status
        assert head.content == b""
