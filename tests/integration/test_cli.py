"""The `vyaparmitra` command, run as a real process against SQLite and PostgreSQL (forked
from a template that has imported it: `tests.cli_process`)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, pool, text
from sqlalchemy.engine import make_url

import models
from server import migrate, revisions, sync_db
from server.demo import DEMO_VENDOR_PHONE
from server.domain.qr import verify_token
from tests.cli_process import run_vyaparmitra
from tests.conftest import POSTGRES_URL, need

VYAPARMITRA = Path(sys.executable).parent / "vyaparmitra"
SECRET = "cli-test-secret-" + "c" * 40
BASE_URL = "http://market.test"
TABLES = set(models.Base.metadata.tables)
_SCRIPT = ScriptDirectory.from_config(sync_db.alembic_config("sqlite://"))
REVISIONS = [(r.revision, r.doc) for r in reversed(list(_SCRIPT.walk_revisions()))]
HEAD = REVISIONS[-1][0]
STALL_URL = re.compile(r"^stall QR: (?P<url>\S+)$", re.MULTILINE)
DEMO_LINE = re.compile(
    r"^demo vendor (?P<vendor>\d+), products \[(?P<products>[\d, ]+)\]$", re.MULTILINE
)


@contextmanager
def scratch_postgres(server_url: str) -> Iterator[str]:
    """A brand-new, empty database on the test server, dropped afterwards."""
    name = f"vyapar_cli_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(
        sync_db.sync_url(server_url), isolation_level="AUTOCOMMIT", poolclass=pool.NullPool
    )
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(server_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def fresh_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'cli.db'}"
    else:
        with scratch_postgres(need(POSTGRES_URL, "PostgreSQL")) as url:
            yield url


def cli_env(database_url: str, **extra_env: str) -> dict[str, str]:
    """The environment `run_cli` runs the command in: no VYAPAR_ setting of the caller's."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("VYAPAR_")}
    env.update(
        {
            "VYAPAR_ENV": "development",
            "VYAPAR_DATABASE_URL": database_url,
            "VYAPAR_SECRET_KEY": SECRET,
            "VYAPAR_PUBLIC_BASE_URL": BASE_URL,
            "VYAPAR_PASSWORD_HASH_MEMORY_KIB": "64",
            "VYAPAR_PASSWORD_HASH_TIME_COST": "1",
        }
    )
    return env | extra_env


def run_cli(
    *args: str, database_url: str, cwd: Path, stdin: str | None = None, **extra_env: str
) -> subprocess.CompletedProcess[str]:
    return run_vyaparmitra(
        list(args),
        env=cli_env(database_url, **extra_env),
        cwd=cwd,  # an empty folder: no stray .env is read
        input=stdin,
    )


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, f"rc={result.returncode}\n{result.stdout}\n{result.stderr}"
    return result.stdout


def tables(url: str) -> set[str]:
    engine = sa.create_engine(sync_db.sync_url(url), poolclass=pool.NullPool)
    try:
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def counts(url: str) -> dict[str, int]:
    engine = sa.create_engine(sync_db.sync_url(url), poolclass=pool.NullPool)
    try:
        with engine.connect() as conn:
            return {
                name: conn.execute(text(f"SELECT count(*) FROM {name}")).scalar_one()
                for name in ("users", "vendor_profiles", "products", "qr_sessions")
            }
    finally:
        engine.dispose()


def test_db_upgrade_status_history_downgrade(fresh_url: str, tmp_path: Path) -> None:
    out = ok(run_cli("db", "status", database_url=fresh_url, cwd=tmp_path))
    assert out.splitlines() == [
        "current: <base>",
        f"head:    {HEAD}",
        "pending:",
        *(f"  {rev} {doc}" for rev, doc in REVISIONS),
    ]

    out = ok(run_cli("db", "upgrade", database_url=fresh_url, cwd=tmp_path))
    assert out.strip() == f"upgraded from <base> to {HEAD}"
    assert tables(fresh_url) == TABLES | {"alembic_version"}

    out = ok(run_cli("db", "status", database_url=fresh_url, cwd=tmp_path))
    assert out.splitlines() == [
        f"current: {HEAD}",
        f"head:    {HEAD}",
        "pending: none (up to date)",
    ]

    out = ok(run_cli("db", "history", database_url=fresh_url, cwd=tmp_path))
    assert out.splitlines()[0] == "<base> -> 0001: initial schema"

    out = ok(run_cli("db", "downgrade", "base", "--yes", database_url=fresh_url, cwd=tmp_path))
    assert out.strip() == f"downgraded from {HEAD} to <base>"
    assert tables(fresh_url) == {"alembic_version"}
    out = ok(run_cli("db", "status", database_url=fresh_url, cwd=tmp_path))
    assert out.splitlines()[0] == "current: <base>"
    assert "  0001 initial schema" in out.splitlines()

    out = ok(run_cli("db", "upgrade", "0001", database_url=fresh_url, cwd=tmp_path))
    assert out.strip() == "upgraded from <base> to 0001"
    assert migrate.status(fresh_url).current == "0001"
    assert migrate.status(fresh_url).pending == [f"{r} {d}" for r, d in REVISIONS[1:]]


def test_db_upgrade_and_downgrade_say_what_really_happened(tmp_path: Path) -> None:
    """A target at or behind the current revision runs nothing, and the command says so
    (and whether the database is where it was asked to be) instead of claiming it went
    there."""
    url = f"sqlite+aiosqlite:///{tmp_path / 'cli.db'}"
    assert ok(run_cli("db", "upgrade", database_url=url, cwd=tmp_path)).strip() == (
        f"upgraded from <base> to {HEAD}"
    )
    first = REVISIONS[0][0]
    said = {
        ("upgrade",): f"already at {HEAD} (head): nothing to upgrade",
        ("upgrade", first): (
            f"already at {HEAD} ({first} is older; use db downgrade): nothing upgraded"
        ),
        ("upgrade", "base+1"): (
            f"already at {HEAD} (base+1 ({first}) is older; use db downgrade): nothing upgraded"
        ),
        ("downgrade", "heads", "--yes"): f"already at {HEAD} (heads): nothing to downgrade",
        ("downgrade", f"{first}@head", "--yes"): (
            f"already at {HEAD} ({first}@head): nothing to downgrade"
        ),
    }
    for args, says in said.items():
        assert ok(run_cli("db", *args, database_url=url, cwd=tmp_path)).strip() == says, args
        assert migrate.status(url).current == HEAD, args

    middle = REVISIONS[2][0]
    result = run_cli("db", "downgrade", middle, "--yes", database_url=url, cwd=tmp_path)
    assert ok(result).strip() == f"downgraded from {HEAD} to {middle}"
    # Servers still running on the database: told what they answer until the upgrade.
    assert result.stderr.strip() == (
        "warning: a server running on this database answers 503 database_unavailable "
        "(and /readyz not ready) until `vyaparmitra db upgrade`"
    )
    result = run_cli("db", "downgrade", middle, "--yes", database_url=url, cwd=tmp_path)
    assert ok(result).strip() == f"already at {middle}: nothing to downgrade"
    assert result.stderr == ""  # nothing was downgraded
    result = run_cli("db", "downgrade", HEAD, "--yes", database_url=url, cwd=tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stderr.startswith("Error: Destination"), result.stderr
    out = ok(run_cli("db", "upgrade", "+1", database_url=url, cwd=tmp_path))
    assert out.strip() == f"upgraded from {middle} to {REVISIONS[3][0]}"
    assert migrate.status(url).current == REVISIONS[3][0]


def test_revision_positions() -> None:
    chain: list[str | None] = [None, *(rev for rev, _ in REVISIONS)]
    last = len(chain) - 1
    position = revisions.target_position
    assert [position(chain, r, HEAD) for r in ("head", "heads", "base", HEAD)] == [
        last,
        last,
        0,
        last,
    ]
    assert position(chain, "base+1", HEAD) == 1
    assert position(chain, f"{REVISIONS[0][0]}@head", None) == last
    assert position(chain, "head-1", None) == last - 1
    assert position(chain, "-1", HEAD) == last - 1
    assert position(chain, "+1", None) == 1
    for nowhere in ("head+1", "head-99", "", "bogus", "base-1", "x@y"):
        assert position(chain, nowhere, HEAD) is None, nowhere


def test_db_downgrade_needs_a_revision(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'cli.db'}"
    result = run_cli("db", "downgrade", database_url=url, cwd=tmp_path)
    assert result.returncode == 2
    assert "Missing argument 'REVISION'" in result.stderr


def test_demo_twice_is_idempotent(fresh_url: str, tmp_path: Path) -> None:
    if not fresh_url.startswith("sqlite"):
        # Only SQLite migrates itself by default; PostgreSQL is upgraded explicitly.
        ok(run_cli("db", "upgrade", database_url=fresh_url, cwd=tmp_path))

    first = ok(run_cli("demo", database_url=fresh_url, cwd=tmp_path))
    assert migrate.status(fresh_url).up_to_date
    after_first = counts(fresh_url)
    assert after_first == {"users": 2, "vendor_profiles": 1, "products": 4, "qr_sessions": 1}

    second = ok(run_cli("demo", database_url=fresh_url, cwd=tmp_path))
    assert counts(fresh_url) == after_first
    # Same vendor, same products, same stall code: the second run found everything.
    assert second == first

    demo = DEMO_LINE.search(first)
    assert demo is not None, first
    assert len(demo["products"].split(",")) == 4

    match = STALL_URL.search(first)
    assert match is not None, first
    url = match["url"]
    assert url.startswith(f"{BASE_URL}/s/")
    assert "/s/" in url
    token = url.rsplit("/s/", 1)[1]
    nonce = verify_token(token, SECRET)

    engine = sa.create_engine(sync_db.sync_url(fresh_url), poolclass=pool.NullPool)
    try:
        with engine.connect() as conn:
            row = conn.execute(
                text("SELECT vendor_id, kind FROM qr_sessions WHERE nonce = :n"), {"n": nonce}
            ).one()
    finally:
        engine.dispose()
    assert row.vendor_id == int(demo["vendor"])
    assert row.kind == "stall"


def test_commands_refuse_production_with_a_placeholder_secret(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'cli.db'}"
    for args in (("db", "status"), ("db", "upgrade"), ("demo",)):
        result = run_cli(
            *args,
            database_url=url,
            cwd=tmp_path,
            VYAPAR_ENV="production",
            VYAPAR_SECRET_KEY="change-me",
        )
        assert result.returncode == 1, args
        assert "VYAPAR_SECRET_KEY is a placeholder" in result.stderr
        assert "Traceback" not in result.stderr
    assert not (tmp_path / "cli.db").exists()


def account(url: str, phone: str) -> sa.Row[Any]:
    engine = sa.create_engine(sync_db.sync_url(url), poolclass=pool.NullPool)
    try:
        with engine.connect() as conn:
            return conn.execute(
                text(
                    "SELECT id, is_active, token_version, password_hash FROM users WHERE phone = :p"
                ),
                {"p": phone},
            ).one()
    finally:
        engine.dispose()


def test_users_deactivate_activate_and_set_password(fresh_url: str, tmp_path: Path) -> None:
    if not fresh_url.startswith("sqlite"):
        ok(run_cli("db", "upgrade", database_url=fresh_url, cwd=tmp_path))
    ok(run_cli("demo", database_url=fresh_url, cwd=tmp_path))
    before = account(fresh_url, DEMO_VENDOR_PHONE)
    # Token versions start at random (a restore hands ids out again), and count up.
    first = before.token_version
    assert before.is_active and first >= 1
    who = f"user {before.id} (vendor, {DEMO_VENDOR_PHONE})"

    def users(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        return run_cli("users", *args, database_url=fresh_url, cwd=tmp_path, stdin=stdin)

    assert ok(users("deactivate", DEMO_VENDOR_PHONE)).strip() == f"{who} is now deactivated"
    assert ok(users("deactivate", str(before.id))).strip() == f"{who} was already deactivated"
    row = account(fresh_url, DEMO_VENDOR_PHONE)
    assert (row.is_active, row.token_version) == (False, first + 1)

    assert ok(users("activate", str(before.id))).strip() == f"{who} is now active"
    row = account(fresh_url, DEMO_VENDOR_PHONE)
    # Activating does not bring back the tokens deactivation ended.
    assert (row.is_active, row.token_version) == (True, first + 1)

    out = ok(users("set-password", DEMO_VENDOR_PHONE, "--password-stdin", stdin="fresh pass 123\n"))
    assert out.strip() == f"{who}: password changed; earlier sign-ins have ended"
    row = account(fresh_url, DEMO_VENDOR_PHONE)
    assert row.token_version == first + 2
    assert row.password_hash != before.password_hash

    short = users("set-password", DEMO_VENDOR_PHONE, "--password-stdin", stdin="short\n")
    assert short.returncode == 1
    assert "8 to 128 characters" in short.stderr
    unknown = users("deactivate", "nobody@example.com")
    assert unknown.returncode == 1
    assert "No user is known by 'nobody@example.com'" in unknown.stderr
    assert account(fresh_url, DEMO_VENDOR_PHONE).token_version == first + 2
