"""`/metrics`: open in development; with `VYAPAR_METRICS_TOKEN` only for the scraper that
presents it; in production without a token a 404 unless `VYAPAR_METRICS_PUBLIC=true`."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import httpx
import pytest
from pydantic import ValidationError

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


async def test_wrong_tokens_are_rate_limited_per_address(url: str) -> None:
    """Wrong tokens past `VYAPAR_RATE_LIMIT_AUTH` get 429 with Retry-After, and so does
    the right one from that address until the wait is over: a token cannot be guessed
    online. A scraper presenting the right one is never counted."""
    answers = await get_metrics(
        url,
        *[{"Authorization": f"Bearer {TOKEN}"}] * 5,
        *[{"Authorization": f"Bearer guess-{n}"} for n in range(3)],
        {"Authorization": f"Bearer {TOKEN}"},
        metrics_token=TOKEN,
        rate_limit_auth="3/minute",
    )
    none, *scrapes, wrong1, wrong2, wrong3, right_after = answers
    refused(none, 401, "unauthorized")
    assert all(is_metrics(r) for r in scrapes)
    refused(wrong1, 401, "unauthorized")
    refused(wrong2, 401, "unauthorized")
    refused(wrong3, 429, "rate_limited")
    assert int(wrong3.headers["retry-after"]) >= 1
    refused(right_after, 429, "rate_limited")
    assert "vyapar_" not in right_after.text


@pytest.mark.parametrize(
    "token", ["tökén-" + "t" * 40, "two words " + "t" * 30, "tab\t" + "t" * 40, "ब्राउज़र" * 6]
)
def test_a_token_no_header_can_carry_is_refused(
    monkeypatch: pytest.MonkeyPatch, token: str
) -> None:
    """Starlette reads header bytes as Latin-1: a token outside ASCII could be set but
    never presented (401 whatever the scraper sent)."""
    monkeypatch.setenv("VYAPAR_METRICS_TOKEN", token)
    with pytest.raises(ValidationError, match="a bearer token is ASCII letters, digits"):
        load_settings()


def test_production_needs_a_metrics_token_that_cannot_be_guessed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    base = {**PRODUCTION, "secret_key": "s" * 48}
    with pytest.raises(ValidationError, match="VYAPAR_METRICS_TOKEN is shorter than 32"):
        load_settings(**base, metrics_token="abc")
    assert load_settings(**base, metrics_token="a" * 32).metrics_token is not None
    # Outside production a short one is still taken (a development scraper).
    assert load_settings(env="development", metrics_token="abc").metrics_token is not None


async def test_a_previous_token_bridges_a_change_of_token(url: str) -> None:
    """While scrapers move to a new token both are accepted; once the previous one is
    unset, only the new one is."""
    new = "scrape-" + "n" * 40
    _, old_scraper, new_scraper, stranger = await get_metrics(
        url,
        {"Authorization": f"Bearer {TOKEN}"},
        {"Authorization": f"Bearer {new}"},
        {"Authorization": f"Bearer {new[:-1]}"},
        metrics_token=new,
        metrics_token_previous=TOKEN,
    )
    assert is_metrics(old_scraper) and is_metrics(new_scraper)
    refused(stranger, 401, "unauthorized")
    _, old_scraper, new_scraper = await get_metrics(
        url,
        {"Authorization": f"Bearer {TOKEN}"},
        {"Authorization": f"Bearer {new}"},
        metrics_token=new,
    )
    refused(old_scraper, 401, "unauthorized")
    assert is_metrics(new_scraper)


def test_a_previous_token_follows_the_token_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    base = {**PRODUCTION, "secret_key": "s" * 48}
    with pytest.raises(ValidationError, match="VYAPAR_METRICS_TOKEN_PREVIOUS is shorter than 32"):
        load_settings(**base, metrics_token="a" * 32, metrics_token_previous="abc")
    with pytest.raises(ValidationError, match="only bridges a change to a new one"):
        load_settings(env="development", metrics_token_previous="b" * 32)
    monkeypatch.setenv("VYAPAR_METRICS_TOKEN_PREVIOUS", "tökén-" + "t" * 40)
    with pytest.raises(ValidationError, match="a bearer token is ASCII letters, digits"):
        load_settings()
    monkeypatch.setenv("VYAPAR_METRICS_TOKEN_PREVIOUS", "")
    assert load_settings().metrics_token_previous is None
