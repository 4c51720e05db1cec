"""Every command, and `serve` at start-up, against a database that cannot be reached:
one clear line, exit status `EXIT_DATABASE_UNAVAILABLE`, no traceback, in bounded time.

PostgreSQL stopped (connections refused) and frozen (`SIGSTOP`: connections accepted,
nothing answered), a SQLite file that cannot be opened and one whose write lock another
process holds.
"""

from __future__ import annotations

import sqlite3
import subprocess
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from server import migrate
from server.cli import EXIT_DATABASE_UNAVAILABLE
from server.domain.qr import sign_token
from tests.integration.test_cli import SECRET, run_cli
from tests.integration.test_hung_postgres import frozen
from tests.integration.test_outages import OwnPostgres, own_postgres  # noqa: F401

pytestmark = pytest.mark.serial  # bounded timings: run alone (scripts/test.sh)

ANSWER = "1"
"""`VYAPAR_DB_ANSWER_TIMEOUT_SECONDS` here; libpq then waits 2 s (its least) to connect."""
BOUND = 2 + 1 + 6.0
"""Connecting, one answer, and starting Python and the command on a busy machine (one
made busy by `AT_ONCE` commands starting together, among others)."""
AT_ONCE = 4
"""Commands run side by side in `unreachable_each`: each mostly waits on the database."""
PG_HINT = "check VYAPAR_DATABASE_URL / is PostgreSQL running?"
RAZORPAY = {
    "VYAPAR_RAZORPAY_KEY_ID": "rzp_test_Unreachable01",
    "VYAPAR_RAZORPAY_KEY_SECRET": "unreachable-key-secret-0001",
    "VYAPAR_RAZORPAY_BASE_URL": "http://127.0.0.1:9",
}
COMMANDS: list[tuple[list[str], str | None]] = [
    (["users", "deactivate", "1"], None),
    (["users", "activate", "1"], None),
    (["users", "set-password", "1", "--password-stdin"], "a-new-password-1\n"),
    (["qr", "revoke", sign_token("unreachable-qr-nonce", SECRET)], None),
    (["payments", "reconcile"], None),
    (["db", "status"], None),
    (["db", "upgrade"], None),
    (["demo"], None),
]


def unreachable(
    args: list[str], url: str, tmp_path: Path, stdin: str | None = None, **env: str
) -> tuple[float, str]:
    started = time.monotonic()
    result = run_cli(
        *args,
        database_url=url,
        cwd=tmp_path,
        stdin=stdin,
        VYAPAR_DB_ANSWER_TIMEOUT_SECONDS=ANSWER,
        **RAZORPAY,
        **env,
    )
    took = time.monotonic() - started
    said = f"{args}: rc={result.returncode}\n{result.stdout}\n{result.stderr}"
    assert result.returncode == EXIT_DATABASE_UNAVAILABLE, said
    assert "Traceback" not in result.stderr + result.stdout, said
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: The database cannot be reached ("), said
    return took, lines[0]


def unreachable_each(
    commands: list[tuple[list[str], str | None]], url: str, tmp_path: Path
) -> list[tuple[list[str], float, str]]:
    """`unreachable` for every command, `AT_ONCE` at a time: (arguments, time, line)."""
    with ThreadPoolExecutor(max_workers=AT_ONCE) as pool:
        runs = [
            (args, pool.submit(unreachable, args, url, tmp_path, stdin)) for args, stdin in commands
        ]
        return [(args, *run.result()) for args, run in runs]


def test_commands_against_a_stopped_postgres(
    own_postgres: OwnPostgres,  # noqa: F811
    tmp_path: Path,
) -> None:
    own_postgres.stop()
    for args, took, line in unreachable_each(COMMANDS, own_postgres.url, tmp_path):
        assert "Connection refused" in line and line.endswith(PG_HINT), line
        assert took < BOUND, (args, took)


def test_commands_against_a_frozen_postgres(
    own_postgres: OwnPostgres,  # noqa: F811
    tmp_path: Path,
) -> None:
    with frozen(own_postgres):
        for args, took, line in unreachable_each(COMMANDS, own_postgres.url, tmp_path):
            assert line.endswith(PG_HINT), line
            assert took < BOUND, (args, took)


def test_serve_against_a_frozen_postgres_exits_with_one_line(
    own_postgres: OwnPostgres,  # noqa: F811
    tmp_path: Path,
) -> None:
    """`serve --workers 2` checks the database before any worker starts: a hung one ends
    it within about the answer timeout, for a supervisor to restart, instead of workers
    that never come up."""
    with frozen(own_postgres):
        for env in ("development", "production"):
            took, line = unreachable(
                ["serve", "--port", "9", "--workers", "2"],
                own_postgres.url,
                tmp_path,
                VYAPAR_ENV=env,
                VYAPAR_REDIS_URL="redis://127.0.0.1:9/0",
            )
            assert line.endswith(PG_HINT), line
            assert took < BOUND, (env, took)


def test_commands_against_a_sqlite_file_that_cannot_be_opened(tmp_path: Path) -> None:
    # A directory where the database file should be: no user can open it as a file.
    (tmp_path / "vyapar.db").mkdir()
    url = f"sqlite+aiosqlite:///{tmp_path / 'vyapar.db'}"
    for args, stdin in [(["users", "deactivate", "1"], None), (["db", "status"], None)]:
        took, line = unreachable(args, url, tmp_path, stdin)
        assert "unable to open database file" in line, line
        assert "VYAPAR_DATABASE_URL" in line, line
        assert took < BOUND, took


def test_a_command_against_a_locked_sqlite_file(tmp_path: Path) -> None:
    """Another process holds the write lock for longer than the answer bound: the
    command waits that long, no more, and says so instead of printing a traceback."""
    url = f"sqlite+aiosqlite:///{tmp_path / 'vyapar.db'}"
    migrate.upgrade(url)
    with subprocess.Popen(
        [
            "python3",
            "-c",
            "import sqlite3, sys, time; c = sqlite3.connect(sys.argv[1], isolation_level=None);"
            " c.execute('BEGIN EXCLUSIVE'); print('locked', flush=True); time.sleep(120)",
            str(tmp_path / "vyapar.db"),
        ],
        stdout=subprocess.PIPE,
        text=True,
    ) as holder:
        try:
            assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
            took, line = unreachable(["users", "deactivate", "1"], url, tmp_path)
            assert "database is locked" in line and "another process holds" in line, line
            assert took < BOUND, took
        finally:
            holder.kill()
    with sqlite3.connect(tmp_path / "vyapar.db") as conn:  # the file is fine afterwards
        assert conn.execute("SELECT count(*) FROM users").fetchone() == (0,)


@pytest.mark.parametrize(
    ("query", "said"),
    [
        ("sslmode=bogus", 'invalid sslmode value: "bogus"'),
        ("target_session_attrs=zz", 'invalid target_session_attrs value: "zz"'),
        ("bogusopt=1", 'invalid connection option "bogusopt"'),
    ],
)
def test_a_database_url_with_an_option_postgresql_refuses_is_a_setting_error(
    tmp_path: Path, query: str, said: str
) -> None:
    """Not an outage to wait out (75, which a supervisor retries for ever): the setting
    is wrong, one line and status 1 like every invalid setting; `serve` alike."""
    url = f"postgresql+psycopg://vyapar@127.0.0.1:9/vyapar?{query}"
    for args in (["db", "status"], ["users", "deactivate", "1"], ["serve", "--port", "9"]):
        result = run_cli(*args, database_url=url, cwd=tmp_path, **RAZORPAY)
        out = f"{args}: rc={result.returncode}\n{result.stdout}\n{result.stderr}"
        assert result.returncode == 1, out
        assert "Traceback" not in result.stderr + result.stdout, out
        lines = result.stderr.strip().splitlines()
        assert lines == [
            f"Error: invalid settings: VYAPAR_DATABASE_URL: {said} "
            "(an option or a value PostgreSQL's client does not take)"
        ], out
    # A URL PostgreSQL's client takes, to a server that is not there, is still an outage.
    unreachable(["db", "status"], "postgresql+psycopg://vyapar@127.0.0.1:9/vyapar", tmp_path)
