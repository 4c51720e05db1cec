"""An outage is logged once per kind every ten seconds per process, not once per request;
the next line says how many were left out."""

from __future__ import annotations

import asyncio
import logging

import pytest

from server.api.errors import OUTAGE_LOG_INTERVAL_S
from tests.conftest import make_settings, running_app
from tests.integration.test_outages import assert_503, free_port


async def test_database_unavailable_is_logged_once_per_interval(
    caplog: pytest.LogCaptureFixture,
) -> None:
    # A PostgreSQL address where nothing listens: every request meets the outage.
    url = f"postgresql+psycopg://vyapar:vyapar@127.0.0.1:{free_port()}/vyapar"
    async with running_app(make_settings(url)) as (app, client):
        now = [1000.0]
        app.state.outage_log.clock = lambda: now[0]

        def lines() -> list[logging.LogRecord]:
            return [r for r in caplog.records if r.getMessage() == "database unavailable"]

        async def login_wave(n: int) -> None:
            body = {"phone": "+919812345678", "password": "correct horse battery"}
            answers = await asyncio.gather(
                *(client.post("/api/auth/login", json=body) for _ in range(n))
            )
            for r in answers:
                assert_503(r, "database_unavailable")

        with caplog.at_level(logging.WARNING, logger="vyaparmitra.api"):
            await login_wave(12)
            assert len(lines()) == 1
            assert not hasattr(lines()[0], "suppressed")
            now[0] += OUTAGE_LOG_INTERVAL_S - 1
            await login_wave(3)
            assert len(lines()) == 1
            now[0] += 1  # the interval is over: one more line, counting the 14 left out
            await login_wave(1)
            assert len(lines()) == 2
            assert lines()[1].suppressed == 14  # type: ignore[attr-defined]
            assert "Connect" in lines()[1].error or "connect" in lines()[1].error  # type: ignore[attr-defined]
