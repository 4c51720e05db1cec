"""Every command treats a SQLite path whose folder does not exist yet the same way: it
creates the folder (the data folder, `var/` in a fresh checkout), then does its work, or,
if it needs a migrated database and does not migrate, says `run vyaparmitra db upgrade
first`. A folder that cannot be created, a data folder that is a file and one it cannot
write are one line naming the folder and exit status 1 (no retry helps), never 75."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from server.domain.qr import sign_token
from tests.integration.test_cli import (
    SECRET,
    VYAPARMITRA,
    cli_env,
    run_cli,
)
from tests.integration.test_install import as_user
from tests.ports import free_port

RAZORPAY = {
    "VYAPAR_RAZORPAY_KEY_ID": "rzp_test_DataFolder001",
    "VYAPAR_RAZORPAY_KEY_SECRET": "data-folder-key-secret-0001",
    "VYAPAR_RAZORPAY_BASE_URL": "http://127.0.0.1:9",
}
UPGRADE_FIRST = "run `vyaparmitra db upgrade` first"

# (arguments, stdin, what it says: on stdout when it works, else its one error line)
WORKS: list[tuple[list[str], str]] = [
    (["db", "upgrade"], "upgraded from <base> to "),
    (["db", "status"], "current: <base>"),
    (["db", "downgrade", "base", "--yes"], "already at <base>: nothing to downgrade"),
    (["demo"], "demo vendor"),
]
NEEDS_A_MIGRATED_DATABASE: list[tuple[list[str], str | None]] = [
    (["users", "deactivate", "1"], None),
    (["users", "activate", "1"], None),
    (["users", "set-password", "1", "--password-stdin"], "a-new-password-1\n"),
    (["qr", "revoke", sign_token("data-folder-qr-nonce", SECRET)], None),
    (["payments", "reconcile"], None),
]


def missing_folder_url(tmp_path: Path, name: str) -> tuple[Path, str]:
    folder = tmp_path / name / "data" / "deeper"
    assert not folder.parent.parent.exists()
    return folder, f"sqlite+aiosqlite:///{folder / 'vyaparmitra.db'}"


@pytest.mark.parametrize(("args", "says"), WORKS, ids=[" ".join(a) for a, _ in WORKS])
def test_commands_that_set_up_create_the_folder(tmp_path: Path, args: list[str], says: str) -> None:
    folder, url = missing_folder_url(tmp_path, "fresh")
    result = run_cli(*args, database_url=url, cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert says in result.stdout, result.stdout
    assert folder.is_dir()


@pytest.mark.parametrize(
    ("args", "stdin"),
    NEEDS_A_MIGRATED_DATABASE,
    ids=[" ".join(a[:2]) for a, _ in NEEDS_A_MIGRATED_DATABASE],
)
def test_commands_on_the_data_create_the_folder_then_ask_for_migrations(
    tmp_path: Path, args: list[str], stdin: str | None
) -> None:
    folder, url = missing_folder_url(tmp_path, "fresh")
    result = run_cli(*args, database_url=url, cwd=tmp_path, stdin=stdin, **RAZORPAY)
    said = f"rc={result.returncode}\n{result.stdout}\n{result.stderr}"
    assert result.returncode == 1, said
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and UPGRADE_FIRST in lines[0], said
    assert "unable to open" not in result.stderr and "Traceback" not in result.stderr, said
    assert folder.is_dir()
    # Once migrated, the same command works on its data (here: there is no such user or
    # QR code, an answer from the database, not about the folder).
    assert run_cli("db", "upgrade", database_url=url, cwd=tmp_path).returncode == 0
    again = run_cli(*args, database_url=url, cwd=tmp_path, stdin=stdin, **RAZORPAY)
    assert UPGRADE_FIRST not in again.stderr and "unable to open" not in again.stderr
    assert "Traceback" not in again.stderr, again.stderr


def test_serve_creates_the_folder(tmp_path: Path) -> None:
    """…and, given only `--port`, points the demo stall's QR code at that port."""
    folder, url = missing_folder_url(tmp_path, "fresh")
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("VYAPAR_")}
    env |= {
        "VYAPAR_ENV": "development",
        "VYAPAR_DATABASE_URL": url,
        "VYAPAR_SECRET_KEY": SECRET,
        "VYAPAR_WARM_ENGINES": "false",
        "VYAPAR_DEMO_DATA": "true",
        "VYAPAR_SWEEP_INTERVAL_SECONDS": "0",
        "VYAPAR_LOG_JSON": "true",
    }
    with subprocess.Popen(
        [str(VYAPARMITRA), "serve", "--port", str(port)],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    ) as server:
        try:
            deadline = time.monotonic() + 60
            ready = None
            while time.monotonic() < deadline and server.poll() is None:
                try:
                    ready = httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=2)
                    break
                except httpx.TransportError:
                    time.sleep(0.2)
            assert ready is not None and ready.status_code == 200, (
                server.poll(),
                server.stderr.read() if server.poll() is not None and server.stderr else "",
            )
            assert (folder / "vyaparmitra.db").is_file()
        finally:
            server.send_signal(signal.SIGINT)
            try:
                _, logged = server.communicate(timeout=20)
            except subprocess.TimeoutExpired:
                server.kill()
                raise
    urls = [json.loads(line).get("qr_url") for line in logged.splitlines() if "qr_url" in line]
    assert urls and urls[0].startswith(f"http://localhost:{port}/s/"), urls


def every_command() -> list[tuple[list[str], str | None]]:
    serve: list[tuple[list[str], str | None]] = [(["serve", "--port", str(free_port())], None)]
    return [*((a, None) for a, _ in WORKS), *NEEDS_A_MIGRATED_DATABASE, *serve]


def test_a_folder_that_cannot_be_created_is_one_line_and_1(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("in the way\n")
    url = f"sqlite+aiosqlite:///{blocker / 'data' / 'vyaparmitra.db'}"
    for args, stdin in every_command():
        result = run_cli(*args, database_url=url, cwd=tmp_path, stdin=stdin, **RAZORPAY)
        said = f"{args}: rc={result.returncode}\n{result.stdout}\n{result.stderr}"
        assert result.returncode == 1, said
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, said
        assert lines[0].startswith(
            f"Error: Cannot create the database's folder: Not a directory: {blocker / 'data'} "
        ), said


def data_folder_env(data: Path) -> dict[str, str]:
    """`run_cli`'s environment with the database in the data folder `data` (its default)."""
    env = {k: v for k, v in cli_env("unused").items() if k != "VYAPAR_DATABASE_URL"}
    return {**env, **RAZORPAY, "VYAPAR_DATA_DIR": str(data)}


def run_as(
    prefix: list[str], args: list[str], env: dict[str, str], stdin: str | None, cwd: Path
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*prefix, str(VYAPARMITRA), *args],
        env=env, cwd=cwd, input=stdin, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


REFUSED_EARLY = """
import sys
from server.cli import main
try:
    main(sys.argv[1:], prog_name="vyaparmitra")
except SystemExit:
    loaded = {"alembic", "psycopg", "server.migrate", "server.db"} & sys.modules.keys()
    print(" ".join(sorted(loaded)))
    raise
"""
"""The command line's `main`, saying which database modules it loaded before it ended."""


def test_a_data_folder_that_is_a_file_is_one_line_and_1(tmp_path: Path) -> None:
    """…said at once: no migration, database or driver module (each a fraction of a
    second to import) is loaded before the folder is checked."""
    data = tmp_path / "data-file"
    data.write_text("not a folder\n")
    env = data_folder_env(data) | {"PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    for args, stdin in every_command():
        result = subprocess.run(
            [sys.executable, "-c", REFUSED_EARLY, *args],
            env=env, cwd=tmp_path, input=stdin, capture_output=True, text=True, timeout=120,
            check=False,
        )  # fmt: skip
        said = f"{args}: rc={result.returncode}\n{result.stdout}\n{result.stderr}"
        assert result.returncode == 1, said
        assert result.stdout == "\n", said  # no database module loaded
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, said
        assert lines[0].startswith(f"Error: Not a directory: {data} "), said
        assert "cannot be reached" not in lines[0], said


def test_a_read_only_data_folder_is_one_line_and_1(tmp_path: Path) -> None:
    """A data folder holding a migrated database, made read-only; as root the commands run
    without capabilities (`setpriv`), so the folder's modes hold for them too."""
    prefix: list[str] = []
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("running as root, but setpriv (util-linux) is missing")
        prefix = as_user("no-capabilities")
    data = tmp_path / "data"
    env = data_folder_env(data)
    assert run_as([], ["db", "upgrade"], env, None, tmp_path).returncode == 0
    data.chmod(0o555)
    try:
        for args, stdin in every_command():
            result = run_as(prefix, args, env, stdin, tmp_path)
            said = f"{args}: rc={result.returncode}\n{result.stdout}\n{result.stderr}"
            assert result.returncode == 1, said
            lines = result.stderr.strip().splitlines()
            assert len(lines) == 1, said
            assert lines[0].startswith(f"Error: Permission denied: {data} "), said
            assert "cannot be reached" not in lines[0], said
    finally:
        data.chmod(0o755)
