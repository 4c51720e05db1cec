"""A database migrated down under a running server (`vyaparmitra db downgrade`): the
routes that need what the downgrade took answer 503 `database_unavailable` with
`Retry-After` and the error body, never a 500 or a reset connection; `/readyz` says not
ready, naming `vyaparmitra db upgrade`; after the upgrade all answers again. SQLite and
PostgreSQL alike."""

from __future__ import annotations

import asyncio

import pytest

from server import migrate, schema_check, sync_db
from tests.conftest import Api
from tests.integration.test_telephony import double_for, phone_settings
from tests.live_helpers import live_server, speaking


async def test_a_schema_behind_the_code_is_unavailable_not_a_fault(
    database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(schema_check, "SCHEMA_CHECK_SECONDS", 0.0)
    head = migrate.status(database_url).head
    async with live_server(phone_settings(database_url), tts=speaking()) as server:
        api = Api(server.http)
        vendor = await api.register("vendor", language="en")
        twilio = double_for(server)
        call = await twilio.call(vendor["user"]["phone"])
        assert (await twilio.status(call, "ringing")).json() == {"status": "recorded"}
        ready = await server.http.get("/readyz")
        assert ready.status_code == 200 and ready.json()["checks"]["schema"] == "ok"
        try:
            # Down under the running server, below 0005: the call events' table is gone.
            await asyncio.to_thread(migrate.downgrade, database_url, "0004")
            r = await twilio.status(call, "completed", CallDuration="7")
            assert r.status_code == 503, r.text
            assert r.headers["Retry-After"] == "5"
            assert r.json()["error"]["code"] == "database_unavailable"
            assert r.json()["error"]["retry_after"] == 5
            # The connection stays open: the next request on it is answered.
            assert (await server.http.get("/healthz")).status_code == 200
            ready = await server.http.get("/readyz")
            assert ready.status_code == 503 and ready.headers["Retry-After"] == "5"
            assert ready.json()["status"] == "not ready"
            assert ready.json()["checks"]["database"] == "ok"
            assert "vyaparmitra db upgrade" in ready.json()["checks"]["schema"]
            assert f"needs {head}" in ready.json()["checks"]["schema"]
            # Further down: sign-in and every signed-in route need a column that is gone.
            await asyncio.to_thread(migrate.downgrade, database_url, "0002")
            me = await server.http.get("/api/me", headers=api.auth(vendor["token"]))
            assert me.status_code == 503, me.text
            assert me.json()["error"]["code"] == "database_unavailable"
            assert (await server.http.get("/healthz")).status_code == 200
        finally:
            await asyncio.to_thread(migrate.upgrade, database_url)
        r = await twilio.status(call, "completed", CallDuration="7")
        assert r.status_code == 200 and r.json() == {"status": "recorded"}, r.text
        # The walk down dropped the token versions the sign-in was checked against (they
        # start at random per account, so that a database that lost rows honours no token
        # it cannot vouch for): the old sign-in has ended, clearly, and a new one works.
        me = await server.http.get("/api/me", headers=api.auth(vendor["token"]))
        assert me.status_code == 401, me.text
        assert me.json()["error"]["code"] == "session_revoked"
        login = await server.http.post(
            "/api/auth/login",
            json={"phone": vendor["user"]["phone"], "password": "correct horse battery"},
        )
        assert login.status_code == 200, login.text
        me = await server.http.get("/api/me", headers=api.auth(login.json()["token"]))
        assert me.status_code == 200, me.text
        ready = await server.http.get("/readyz")
        assert ready.status_code == 200 and ready.json()["checks"]["schema"] == "ok"


async def test_a_schema_ahead_of_the_code_says_what_works(
    database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Newer code migrated the database under this server: `/readyz` is not ready and says
    to deploy the newer code or downgrade with it, not to run this code's `db upgrade`
    (which cannot walk from a revision it does not know)."""
    import sqlalchemy as sa

    monkeypatch.setattr(schema_check, "SCHEMA_CHECK_SECONDS", 0.0)
    head = migrate.status(database_url).head

    def stamp(revision: str | None) -> None:
        engine = sync_db.sync_engine(database_url)
        try:
            with engine.begin() as conn:
                conn.execute(
                    sa.text("UPDATE alembic_version SET version_num = :v"), {"v": revision}
                )
        finally:
            engine.dispose()

    async with live_server(phone_settings(database_url)) as server:
        try:
            await asyncio.to_thread(stamp, "9999")
            ready = await server.http.get("/readyz")
            assert ready.status_code == 503 and ready.headers["Retry-After"] == "5"
            assert ready.json()["status"] == "not ready"
            said = ready.json()["checks"]["schema"]
            assert said == (
                f"error: schema at 9999, newer than this server's code (it needs {head}): "
                f"deploy the newer code, or downgrade the database to {head} with it"
            ), said
            assert "db upgrade" not in said
        finally:
            await asyncio.to_thread(stamp, head)
        ready = await server.http.get("/readyz")
        assert ready.status_code == 200 and ready.json()["checks"]["schema"] == "ok"
