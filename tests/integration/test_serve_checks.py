"""`vyaparmitra serve` refuses, before it starts anything, what several workers cannot do
and settings it cannot use."""

from __future__ import annotations

from pathlib import Path

from tests.integration.test_cli import run_cli

# Nothing listens here: the refusal comes before any connection.
UNREACHABLE_POSTGRES = "postgresql+asyncpg://vyapar@127.0.0.1:9/vyapar"
UNREACHABLE_REDIS = "redis://127.0.0.1:9/0"


def test_workers_with_a_fixed_sandbox_port_are_refused(tmp_path: Path) -> None:
    result = run_cli(
        "serve",
        "--port",
        "9",
        "--workers",
        "2",
        database_url=UNREACHABLE_POSTGRES,
        cwd=tmp_path,
        VYAPAR_REDIS_URL=UNREACHABLE_REDIS,
        VYAPAR_RAZORPAY_SANDBOX_PORT="18765",
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "VYAPAR_RAZORPAY_SANDBOX_PORT=18765 with 2 workers" in result.stderr
    assert "vyaparmitra sandbox" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_bad_setting_is_named_and_its_value_not_echoed(tmp_path: Path) -> None:
    result = run_cli(
        "serve",
        "--port",
        "9",
        database_url=UNREACHABLE_POSTGRES,
        cwd=tmp_path,
        VYAPAR_WORKER_HEALTHCHECK_SECONDS="0",
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "invalid settings: VYAPAR_WORKER_HEALTHCHECK_SECONDS: " in result.stderr
    assert "greater than 0" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_rate_limit_or_a_mapping_that_cannot_be_read_is_named(tmp_path: Path) -> None:
    """Each refused before anything starts, as one line naming the setting; a rate limit
    the limiter cannot read used to fail every worker's start-up with a traceback, and a
    mapping that is not JSON failed before the settings were even checked."""
    for name, value, reason in (
        ("VYAPAR_RATE_LIMIT_BIDS", "lots", "not a rate such as '30/minute'"),
        ("VYAPAR_PAYMENT_RATE_LIMIT", "5 every minute", "not a rate such as '30/minute'"),
        ("VYAPAR_MAX_BODY_BYTES_BY_ROUTE", "notjson", "not valid JSON"),
        ("VYAPAR_RATE_LIMIT_AUTH", "0/minute", "must allow at least 1 request"),
        # Several rates in one setting: the limiter kept the first one only, silently.
        ("VYAPAR_RATE_LIMIT_GENERAL", "1/minute;0/second", "must allow at least 1 request"),
        ("VYAPAR_RATE_LIMIT_BIDS", "30/minute;100/hour", "takes one rate such as '30/minute'"),
        ("VYAPAR_PAYMENT_RATE_LIMIT", "5/minute;", "not a rate such as '30/minute'"),
        (
            "VYAPAR_MAX_BODY_BYTES_BY_ROUTE",
            '{"/api/auth/*": -1}',
            "Input should be greater than or equal to 1",
        ),
    ):
        result = run_cli(
            "serve", "--port", "9", database_url=UNREACHABLE_POSTGRES, cwd=tmp_path, **{name: value}
        )
        assert result.returncode == 1, result.stdout + result.stderr
        assert f"invalid settings: {name}: {reason}" in result.stderr, result.stderr
        assert "Traceback" not in result.stderr
