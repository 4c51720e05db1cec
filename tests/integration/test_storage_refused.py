"""The database's storage refuses writes under a running server: here SQLite's
`query_only`, which refuses every write as a disk remounted read-only does ("attempt to
write a readonly database"); a full disk ("database or disk is full", PostgreSQL's
53100) is told apart the same way (below). Every write is answered 503 with what is
wrong, said in the log; `/readyz` takes the host out of rotation; nothing acknowledged is
lost, nothing refused is half-saved, and writes resume by themselves."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from server.outages import STORAGE_SECONDS, storage_named, storage_refused
from tests.conftest import Api, make_settings, running_app
from tests.integration.test_outages import assert_503


def _read_only(engine: Any, refusing: list[bool]) -> None:
    """Every connection handed out refuses writes while `refusing[0]`."""

    @event.listens_for(engine.sync_engine, "checkout")
    def _set(dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA query_only = {int(refusing[0])}")
        cursor.close()


async def test_a_disk_that_refuses_writes_is_a_clear_503_a_red_readiness_and_heals(
    sqlite_template: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "full.db"
    shutil.copy(sqlite_template, path)
    async with running_app(make_settings(f"sqlite+aiosqlite:///{path}")) as (app, client):
        api = Api(client)
        vendor = await api.register("vendor")
        product = await api.product(vendor["token"])
        customer = await api.register("customer")
        deal = await api.open(customer["token"], product["id"])
        saved = await api.bid(customer["token"], deal["id"], 3500)
        assert saved.status_code == 201, saved.text

        refusing = [True]
        _read_only(app.state.engine, refusing)
        with caplog.at_level(logging.WARNING):
            refused = await api.bid(customer["token"], deal["id"], 3600)
            signup = await client.post(
                "/api/auth/register",
                json={
                    "name": "late",
                    "phone": "+919800000123",
                    "password": "correct horse battery",
                    "role": "customer",
                    "language": "hi",
                },
            )
        for r in (refused, signup):
            assert_503(r, "database_unavailable")
            assert "cannot save anything" in r.json()["error"]["message"], r.text
        said = [r.getMessage() for r in caplog.records]
        where = f"refuses writes: the disk of the SQLite database {path.resolve()} is read-only"
        assert any(where in line for line in said), said
        assert not any("outcome is unknown" in line for line in said), said

        ready = await client.get("/readyz")
        assert ready.status_code == 503 and ready.headers["retry-after"]
        assert ready.json()["checks"]["database"] == "read_only", ready.text

        refusing[0] = False  # remounted read-write
        again = await api.bid(customer["token"], deal["id"], 3600)
        assert again.status_code == 201, again.text
        read = await api.get(customer["token"], f"/api/negotiations/{deal['id']}?bids=10")
        assert read.status_code == 200, read.text
        amounts = [b["amount_paise"] for b in read.json()["bids"]]
        assert amounts == [3500, 3600], amounts  # the refused offer left nothing behind
        app.state.storage.at -= STORAGE_SECONDS  # the window after the last refusal passed
        assert (await client.get("/readyz")).json()["checks"]["database"] == "ok"


class _Orig(Exception):
    def __init__(self, message: str, sqlstate: str | None = None) -> None:
        super().__init__(message)
        self.sqlstate = sqlstate


@pytest.mark.parametrize(
    ("orig", "refusal"),
    [
        (_Orig("could not extend file: No space left on device", "53100"), "disk_full"),
        (_Orig("cannot execute INSERT in a read-only transaction", "25006"), "read_only"),
        (_Orig("database or disk is full"), "disk_full"),
        (_Orig("attempt to write a readonly database"), "read_only"),
        (_Orig("database is locked"), None),
        (_Orig("connection refused", "08006"), None),
    ],
)
def test_storage_refusals_are_told_from_other_database_errors(
    orig: Exception, refusal: str | None
) -> None:
    from sqlalchemy import exc as sa

    assert storage_refused(sa.OperationalError("INSERT …", {}, orig)) == refusal
    assert storage_refused(sa.DBAPIError("INSERT …", {}, orig)) == refusal


def test_the_refusal_names_the_disk_to_free(tmp_path: Path) -> None:
    db = tmp_path / "data" / "vyapar.db"
    assert storage_named(f"sqlite+aiosqlite:///{db}") == (
        f"the disk of the SQLite database {db.resolve()}"
    )
    assert storage_named("sqlite+aiosqlite://") == "the disk of the SQLite database"
    assert storage_named("postgresql+asyncpg://app:secret@db.internal:5432/vyapar") == (
        "PostgreSQL's disk (db.internal)"
    )
    assert storage_named(None) == "the database's disk"
