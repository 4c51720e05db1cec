"""A SQLite file in trouble is one line naming it and what to do, status 1, from every
command and `serve`: a first migration stopped part-way (now rolled back whole), one
left part-way by an older version, a damaged file, a full disk. And `db restore`, which
puts a checked backup in place only while no server holds the file."""

from __future__ import annotations

import sqlite3
import subprocess
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from click.testing import CliRunner
from sqlalchemy import event

import server.logs
from server import sync_db
from server.cli import main
from server.cli_confirm import EXIT_NEEDS_YES
from tests.integration.test_cli import HEAD, cli_env, ok, run_cli
from tests.integration.test_cli_operator_errors import one_line
from tests.ports import free_port


def sqlite_url(path: Path) -> str:
    return f"sqlite+aiosqlite:///{path}"


def table_names(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def last_line(result: subprocess.CompletedProcess[str]) -> str:
    """`serve` logs before it answers: its last line is the answer (status 1, no traceback)."""
    said = f"rc={result.returncode}\n{result.stdout}\n{result.stderr}"
    assert result.returncode == 1 and "Traceback" not in result.stderr, said
    return result.stderr.strip().splitlines()[-1]


def answer(args: list[str], url: str, tmp_path: Path) -> str:
    if args[0] == "serve":
        return last_line(run_cli(*args, "--port", str(free_port()), database_url=url, cwd=tmp_path))
    return one_line(run_cli(*args, database_url=url, cwd=tmp_path))


EVERY_COMMAND = [
    ["db", "status"],
    ["db", "upgrade"],
    ["users", "deactivate", "1"],
    ["demo"],
    ["serve"],
]
COMMAND_IDS = ["db status", "db upgrade", "users", "demo", "serve"]


# -- a first `db upgrade` stopped by a full disk: nothing left, and it goes on after ----


def small_disk(monkeypatch: pytest.MonkeyPatch, pages: int) -> None:
    """Every migration connection may grow the file to `pages` pages: SQLite then says
    `database or disk is full`, as it does on a full disk."""
    made = sync_db._sqlite_sync_engine

    def engine(url: str, answer_timeout: float) -> Any:
        built = made(url, answer_timeout)

        @event.listens_for(built, "connect")
        def _cap(dbapi_connection: Any, _record: Any) -> None:
            dbapi_connection.execute(f"PRAGMA max_page_count={pages}")

        return built

    monkeypatch.setattr(sync_db, "_sqlite_sync_engine", engine)


def test_a_first_upgrade_stopped_by_a_full_disk_leaves_nothing_and_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """It left the tables it had made and no revision, and every later `db upgrade` or
    `serve` failed with a traceback (`table users already exists`)."""
    db = tmp_path / "vm.db"
    env = cli_env(sqlite_url(db))
    monkeypatch.setattr(server.logs, "configure_logging", lambda *a, **k: None)
    small_disk(monkeypatch, pages=30)
    full = CliRunner().invoke(main, ["db", "upgrade"], env=env)
    assert full.exit_code == 1, full.output
    [line] = full.output.strip().splitlines()
    assert line.startswith(
        f"Error: The database file {db} could not be written (database or disk is full)"
    ), line
    assert "Free some space on that disk" in line, line
    assert table_names(db) == set(), "a stopped upgrade rolls back whole"
    monkeypatch.undo()
    assert ok(run_cli("db", "upgrade", database_url=sqlite_url(db), cwd=tmp_path)).strip() == (
        f"upgraded from <base> to {HEAD}"
    )


FIRST_MIGRATION_TABLES = 10
"""`create_table` calls of migration 0001; the next ones are 0002's."""


def test_an_interrupted_upgrade_rolls_back_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl-C part-way through the second migration: the tables of both go with it (the
    upgrade is one transaction), so the retry starts from an empty file."""
    from alembic.operations import Operations

    from server import migrate

    db = tmp_path / "vm.db"
    made: list[str] = []
    create_table = Operations.create_table

    def stopped(self: Any, *args: Any, **kwargs: Any) -> Any:
        made.append(str(args[0] if args else kwargs))
        if len(made) == FIRST_MIGRATION_TABLES + 2:
            raise KeyboardInterrupt
        return create_table(self, *args, **kwargs)

    monkeypatch.setattr(Operations, "create_table", stopped)
    with pytest.raises(KeyboardInterrupt):
        migrate.upgrade(sqlite_url(db))
    assert len(made) == FIRST_MIGRATION_TABLES + 2
    assert table_names(db) == set()
    monkeypatch.undo()
    assert migrate.upgrade(sqlite_url(db)).after == HEAD


# -- a database an older version left part-way: one line saying what to do -----------


def partly_migrated(tmp_path: Path, rows: int) -> tuple[Path, str]:
    """What a first `db upgrade` of an older version left when stopped: some of the
    tables, an empty `alembic_version`."""
    db = tmp_path / "vm.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
        conn.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, phone TEXT)")
        conn.execute("CREATE TABLE audit_log (id INTEGER PRIMARY KEY)")
        for n in range(rows):
            conn.execute("INSERT INTO users (phone) VALUES (?)", (f"+9198765432{n:02d}",))
    return db, sqlite_url(db)


@pytest.mark.parametrize("args", EVERY_COMMAND, ids=COMMAND_IDS)
def test_a_database_left_part_way_says_delete_it_when_it_holds_nothing(
    tmp_path: Path, args: list[str]
) -> None:
    db, url = partly_migrated(tmp_path, rows=0)
    line = answer(args, url, tmp_path)
    assert line.startswith(
        f"Error: The database {db} was left part-way through its first migration"
    ), line
    assert line.endswith("it holds no data: delete it and run `vyaparmitra db upgrade`."), line
    assert table_names(db) == {"alembic_version", "users", "audit_log"}, "nothing is changed"


def test_a_database_left_part_way_with_rows_is_not_to_be_deleted(tmp_path: Path) -> None:
    db, url = partly_migrated(tmp_path, rows=2)
    line = answer(["db", "upgrade"], url, tmp_path)
    assert str(db) in line and "holds 2 rows" in line, line
    assert "delete it" not in line, line


# -- a damaged file or one that is not SQLite -----------------------------------------


def damaged(tmp_path: Path, kind: str) -> Path:
    db = tmp_path / "vm.db"
    if kind == "not sqlite":
        db.write_bytes(bytes(range(256)) * 20)
        return db
    good = tmp_path / "good.db"
    ok(run_cli("demo", database_url=sqlite_url(good), cwd=tmp_path))
    with sqlite3.connect(good) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.write_bytes(good.read_bytes()[:20_000])  # a copy cut short mid-write
    return db


@pytest.mark.parametrize("args", EVERY_COMMAND, ids=COMMAND_IDS)
@pytest.mark.parametrize("kind", ["not sqlite", "cut short"])
def test_a_damaged_database_file_is_one_line_from_every_command(
    tmp_path: Path, kind: str, args: list[str]
) -> None:
    """Each printed an 84-line traceback (`file is not a database`, `database disk image
    is malformed`)."""
    db = damaged(tmp_path, kind)
    line = answer(args, sqlite_url(db), tmp_path)
    assert line.startswith(f"Error: The database file {db} is not a usable SQLite database ("), line
    assert "Restore it from a backup (`vyaparmitra db restore FILE`" in line, line


# -- db restore -------------------------------------------------------------------------


def demo_database(tmp_path: Path) -> tuple[Path, str]:
    db = tmp_path / "data" / "vm.db"
    ok(run_cli("demo", database_url=sqlite_url(db), cwd=tmp_path))
    return db, sqlite_url(db)


def users_active(db: Path) -> list[int]:
    with sqlite3.connect(db) as conn:
        return [row[0] for row in conn.execute("SELECT is_active FROM users ORDER BY id")]


def test_db_restore_puts_a_backup_in_place(tmp_path: Path) -> None:
    db, url = demo_database(tmp_path)
    backup = tmp_path / "copy.db"
    with sqlite3.connect(db) as live, sqlite3.connect(backup) as copy:
        live.backup(copy)
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE users SET is_active = 0")
    asked = run_cli("db", "restore", str(backup), database_url=url, cwd=tmp_path)
    assert asked.returncode == EXIT_NEEDS_YES, asked.stderr
    assert "pass --yes to do it without a terminal" in asked.stderr
    assert set(users_active(db)) == {0}, "nothing restored without --yes"
    said = ok(run_cli("db", "restore", str(backup), "--yes", database_url=url, cwd=tmp_path))
    assert said.strip() == f"restored {db} from {backup} (revision {HEAD})"
    assert set(users_active(db)) == {1}
    assert not db.with_name("vm.db-wal").exists() or table_names(db)
    assert "current: " + HEAD in ok(run_cli("db", "status", database_url=url, cwd=tmp_path))


def test_db_restore_refuses_what_is_not_a_backup_of_this_code(tmp_path: Path) -> None:
    db, url = demo_database(tmp_path)
    before = db.read_bytes()
    not_sqlite = tmp_path / "notes.db"
    not_sqlite.write_bytes(b"shopping list\n" * 500)
    unmigrated = tmp_path / "empty.db"
    sqlite3.connect(unmigrated).close()
    newer = tmp_path / "newer.db"
    with sqlite3.connect(db) as live, sqlite3.connect(newer) as copy:
        live.backup(copy)
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    cases = [
        (not_sqlite, "is not a usable SQLite database"),
        (unmigrated, "records no revision"),
        (newer, "is at revision '9999', which this code does not have"),
        (tmp_path / "missing.db", "no such file"),
    ]
    for source, says in cases:
        line = one_line(
            run_cli("db", "restore", str(source), "--yes", database_url=url, cwd=tmp_path)
        )
        assert says in line, line
    assert db.read_bytes() == before


def test_db_restore_refuses_while_a_server_holds_the_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`cp copy.db var/vyaparmitra.db` under a running server mixed the copy with the
    server's `-wal`: rows made after the backup came back."""
    db, url = demo_database(tmp_path)
    backup = tmp_path / "copy.db"
    with sqlite3.connect(db) as live, sqlite3.connect(backup) as copy:
        live.backup(copy)
    refused: list[subprocess.CompletedProcess[str]] = []

    def serving(app: str, **kwargs: Any) -> None:
        refused.append(
            run_cli("db", "restore", str(backup), "--yes", database_url=url, cwd=tmp_path)
        )

    monkeypatch.setattr(uvicorn, "run", serving)
    monkeypatch.setattr(server.logs, "configure_logging", lambda *a, **k: None)
    env = cli_env(url, VYAPAR_WARM_ENGINES="false")
    served = CliRunner().invoke(main, ["serve", "--port", str(free_port())], env=env)
    assert served.exit_code == 0, served.output
    [while_serving] = refused
    line = one_line(while_serving)
    assert line == (
        f"Error: A server is running on {db} (it holds vm.db.serve.lock): stop it, then run "
        "db restore again."
    ), line
    # Once it stopped, the restore goes ahead.
    ok(run_cli("db", "restore", str(backup), "--yes", database_url=url, cwd=tmp_path))
