"""What an operator gets wrong at the command line is one line and a non-zero status,
never a traceback: an unknown migration revision, a data folder the command cannot
write, out-of-range options, a database URL that is not one."""

from __future__ import annotations

import socket
import subprocess
from pathlib import Path

import pytest

from server.cli_confirm import EXIT_NEEDS_YES
from server.demo import DEMO_VENDOR_PHONE
from tests.integration.test_cli import (
    HEAD,
    REVISIONS,
    VYAPARMITRA,
    account,
    cli_env,
    counts,
    run_cli,
)
from tests.ports import free_port


def one_line(result: subprocess.CompletedProcess[str], status: int = 1) -> str:
    said = f"rc={result.returncode}\n{result.stdout}\n{result.stderr}"
    assert result.returncode == status, said
    assert "Traceback" not in result.stderr, said
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, said
    return lines[0]


@pytest.mark.parametrize("command", [["upgrade"], ["downgrade", "--yes"]])
def test_an_unknown_revision_is_one_line(tmp_path: Path, command: list[str]) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'cli.db'}"
    line = one_line(run_cli("db", *command, "nosuchrev", database_url=url, cwd=tmp_path))
    assert line == "Error: Can't locate revision identified by 'nosuchrev'"


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["upgrade", ""], "Error: No revision given: name one"),
        (["upgrade", "head+1"], "Error: Can't resolve revision 'head+1'"),
        (["upgrade", "head-99"], "Error: Can't resolve revision 'head-99'"),
        (["downgrade", "", "--yes"], "Error: No revision given: name one"),
        (["downgrade", "head+1", "--yes"], "Error: Walked too far"),
    ],
    ids=["upgrade empty", "upgrade head+1", "upgrade head-99", "downgrade empty", "down head+1"],
)
def test_a_revision_alembic_cannot_walk_to_is_one_line(
    tmp_path: Path, args: list[str], says: str
) -> None:
    """Alembic's revision walker answers these with a bare AssertionError: one line here."""
    url = migrated(tmp_path)
    before = current_revision(url, tmp_path)
    line = one_line(run_cli("db", *args, database_url=url, cwd=tmp_path))
    assert line.startswith(says), line
    assert current_revision(url, tmp_path) == before


def blocked_data_folder(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A data folder where what the commands write is in the way: the migration lock is
    a folder, and `models` and `tls` are files (as unwritable for root as for anyone)."""
    data = tmp_path / "data"
    (data / "vyaparmitra.db.migrate.lock").mkdir(parents=True)
    (data / "models").write_text("in the way\n")
    (data / "tls").write_text("in the way\n")
    return data, {"VYAPAR_DATA_DIR": str(data), "VYAPAR_WARM_ENGINES": "false"}


@pytest.mark.parametrize(
    ("args", "path"),
    [
        (["db", "upgrade"], "vyaparmitra.db.migrate.lock"),
        (["demo"], "vyaparmitra.db.migrate.lock"),
        (["serve", "--port", str(free_port())], "vyaparmitra.db.migrate.lock"),
        (["models", "prepare", "base"], "models"),
        (["tls", "dev", "--no-env-file"], "tls"),
    ],
    ids=["db upgrade", "demo", "serve", "models prepare", "tls dev"],
)
def test_a_data_folder_that_cannot_be_written_is_one_line(
    tmp_path: Path, args: list[str], path: str
) -> None:
    data, env = blocked_data_folder(tmp_path)
    url = f"sqlite+aiosqlite:///{data / 'vyaparmitra.db'}"
    line = one_line(run_cli(*args, database_url=url, cwd=tmp_path, **env))
    assert line.startswith("Error: "), line
    assert str(data / path) in line, line
    assert "VYAPAR_DATA_DIR" in line, line


def test_speech_to_a_missing_folder_is_one_line(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'cli.db'}"
    target = tmp_path / "missing" / "out.wav"
    result = run_cli(
        "speak", "hello", "-l", "en", "-o", str(target), database_url=url, cwd=tmp_path
    )
    line = one_line(result)
    assert f"No such file or directory: {target}" in line, line


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_speech_to_a_full_disk_is_one_line(tmp_path: Path) -> None:
    """A file that opens but cannot be written (a full disk: /dev/full answers every write
    with ENOSPC) is one line naming it, status 1, not a traceback. `tls dev` and `models
    prepare` write through the same path (tests/unit/test_cli_operator_error.py)."""
    url = f"sqlite+aiosqlite:///{tmp_path / 'cli.db'}"
    args = ["speak", "hello", "-l", "en", "-o", "/dev/full"]
    line = one_line(run_cli(*args, database_url=url, cwd=tmp_path))
    assert line.startswith("Error: No space left on device: /dev/full (a file could not be"), line
    assert "free some space" in line, line


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["serve", "--port", "99999"], "'--port': 99999 is not in the range 1<=x<=65535"),
        (["serve", "--port", "0"], "'--port': 0 is not in the range 1<=x<=65535"),
        (["serve", "--workers", "0"], "'--workers': 0 is not in the range x>=1"),
        (["serve", "--workers", "-3"], "'--workers': -3 is not in the range x>=1"),
        (["tls", "dev", "--no-env-file", "--port", "99999"], "99999 is not in the range"),
        (["sandbox", "--port", "99999"], "'--port': 99999 is not in the range 1<=x<=65535"),
        (["sandbox", "--port", "-1"], "'--port': -1 is not in the range 1<=x<=65535"),
        (["sandbox", "--events", "order.payd,,payment.faild"], "no webhook carries order.payd"),
        (["sandbox", "--events", ",,"], "--events: name at least one event"),
        (["sandbox", "--events", ""], "--events: name at least one event"),
    ],
    ids=[
        "port 99999",
        "port 0",
        "workers 0",
        "workers -3",
        "tls dev port",
        "sandbox port 99999",
        "sandbox port -1",
        "sandbox events misspelt",
        "sandbox events empty",
        "sandbox events blank",
    ],
)
def test_ports_and_workers_out_of_range_are_usage_errors(
    tmp_path: Path, args: list[str], says: str
) -> None:
    """`serve --port 99999` used to log "running on …:99999" while it listened on 34463
    (the port modulo 65536); `--workers 0` ran one worker without a word."""
    url = f"sqlite+aiosqlite:///{tmp_path / 'cli.db'}"
    result = run_cli(*args, database_url=url, cwd=tmp_path, VYAPAR_WARM_ENGINES="false")
    assert result.returncode == 2, result.stdout + result.stderr
    assert says in result.stderr, result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["users", "deactivate", "¹"], "Invalid value for 'USER': '¹' is not an id"),
        (["users", "activate", "１"], "Invalid value for 'USER': '１' is not an id"),
        (["users", "activate", "𝟏"], "Invalid value for 'USER': '𝟏' is not an id"),
        (["users", "deactivate", "١"], "Invalid value for 'USER': '١' is not an id"),
        (["users", "set-password", "٣", "--password-stdin"], "'USER': '٣' is not an id"),
        (["serve", "--port", "８０００"], "'--port': '８０００' is not a whole number"),
        (["serve", "--workers", "²"], "'--workers': '²' is not a whole number"),
        (["sandbox", "--port", "٩٠٩٠"], "'--port': '٩٠٩٠' is not a whole number"),
        (["payments", "reconcile", "--window-hours", "٣"], "'--window-hours': '٣' is not"),
        (["speak", "-l", "en", "x", "-o", "x.wav", "--rate", "１"], "'--rate': '１' is not"),
        (["speak", "-l", "en", "x", "-o", "x.wav", "--sample-rate", "𝟖𝟎𝟎𝟎"], "'--sample-rate'"),
    ],
    ids=lambda v: " ".join(v) if isinstance(v, list) else "",
)
def test_numbers_in_other_digits_are_usage_errors(
    tmp_path: Path, args: list[str], says: str
) -> None:
    """int() takes fullwidth, Arabic-Indic and mathematical digits (and fails on `¹`):
    `users deactivate ١` deactivated user 1. Only 0-9 is a number here, as in the API."""
    url = f"sqlite+aiosqlite:///{tmp_path / 'cli.db'}"
    stdin = "a-new-password-1\n" if "set-password" in args else None
    result = run_cli(*args, database_url=url, cwd=tmp_path, stdin=stdin)
    said = f"rc={result.returncode}\n{result.stdout}\n{result.stderr}"
    assert result.returncode == 2, said
    assert says in result.stderr, said
    assert "Traceback" not in result.stderr, said
    assert not (tmp_path / "cli.db").exists(), said  # refused before any database


def test_a_port_setting_out_of_range_is_named(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'cli.db'}"
    result = run_cli("serve", database_url=url, cwd=tmp_path, VYAPAR_PORT="99999")
    line = one_line(result)
    assert line.startswith("Error: invalid settings: VYAPAR_PORT: "), line


@pytest.mark.parametrize(
    "base", ["not a url", "javascript:alert(1)", "http://host:99999", "ftp://mandi.example.in"]
)
def test_a_public_base_url_that_is_not_one_is_named(tmp_path: Path, base: str) -> None:
    """Every QR code, payment callback and socket Origin check is built from it: it was
    taken as it came, and `demo` printed `stall QR: not a url/s/…`."""
    url = f"sqlite+aiosqlite:///{tmp_path / 'cli.db'}"
    for args in (["serve"], ["demo"]):
        result = run_cli(*args, database_url=url, cwd=tmp_path, VYAPAR_PUBLIC_BASE_URL=base)
        line = one_line(result)
        assert line.startswith("Error: invalid settings: VYAPAR_PUBLIC_BASE_URL: not a URL"), line
    assert not (tmp_path / "cli.db").exists()


def test_serve_in_production_without_razorpay_keys_is_one_line(tmp_path: Path) -> None:
    """The embedded sandbox is for development; production without keys was a traceback
    from the first worker's start-up (exit 3)."""
    url = f"sqlite+aiosqlite:///{tmp_path / 'cli.db'}"
    production = {
        "VYAPAR_ENV": "production",
        "VYAPAR_SECRET_KEY": "production-like-secret-" + "k" * 48,
        "VYAPAR_DATA_DIR": str(tmp_path / "data"),
    }
    line = one_line(run_cli("serve", database_url=url, cwd=tmp_path, **production))
    assert line.startswith("Error: Payments need Razorpay keys in production: set "), line


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("garbage", "not a database URL"),
        ("", "not a database URL"),
        ("mysql://vyapar:hunter2-secret@db/vyapar", "must be one of sqlite, postgresql"),
        ("postgresql+nodriver://vyapar:hunter2-secret@db/vyapar", "no driver"),
    ],
    ids=["garbage", "empty", "mysql", "no driver"],
)
def test_a_database_url_that_is_not_one_is_named(tmp_path: Path, url: str, says: str) -> None:
    """These were a 42-line traceback from the first connection (ArgumentError,
    ModuleNotFoundError) instead of the one line other bad settings get."""
    line = one_line(run_cli("db", "status", database_url=url, cwd=tmp_path))
    assert line.startswith("Error: invalid settings: VYAPAR_DATABASE_URL: "), line
    assert says in line, line
    assert "hunter2" not in line, line


def migrated(tmp_path: Path) -> str:
    url = f"sqlite+aiosqlite:///{tmp_path / 'cli.db'}"
    result = run_cli("db", "upgrade", database_url=url, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    return url


def current_revision(url: str, tmp_path: Path) -> str:
    return run_cli("db", "status", database_url=url, cwd=tmp_path).stdout.splitlines()[0]


@pytest.mark.parametrize("env", ["development", "production"])
def test_a_downgrade_without_a_terminal_or_yes_is_refused(tmp_path: Path, env: str) -> None:
    url = migrated(tmp_path)
    before = current_revision(url, tmp_path)
    line = one_line(
        run_cli("db", "downgrade", "base", database_url=url, cwd=tmp_path, VYAPAR_ENV=env),
        status=EXIT_NEEDS_YES,
    )
    assert "drops the tables" in line, line
    assert "--yes" in line, line
    assert current_revision(url, tmp_path) == before != "current: <base>"
    done = run_cli(
        "db", "downgrade", "base", "--yes", database_url=url, cwd=tmp_path, VYAPAR_ENV=env
    )
    assert done.returncode == 0, done.stderr
    assert current_revision(url, tmp_path) == "current: <base>"


@pytest.mark.parametrize(
    "password", [b"\xff\xfe\xfdxxxxxxxxx\n", b"latin-1 caf\xe9 pass\n", b"\xed\xa0\x80surrogate\n"]
)
def test_a_password_that_is_not_utf8_is_one_line(tmp_path: Path, password: bytes) -> None:
    """Bytes that are not UTF-8 on standard input were a 65-line traceback (the hash
    could not encode what the reader let through); nothing is changed."""
    url = migrated(tmp_path)
    assert run_cli("demo", database_url=url, cwd=tmp_path).returncode == 0
    before = account(url, DEMO_VENDOR_PHONE)
    result = subprocess.run(
        [str(VYAPARMITRA), "users", "set-password", DEMO_VENDOR_PHONE, "--password-stdin"],
        env=cli_env(url),
        cwd=tmp_path,
        input=password,
        capture_output=True,
        timeout=120,
        check=False,
    )
    said = subprocess.CompletedProcess(
        result.args, result.returncode, result.stdout.decode(), result.stderr.decode()
    )
    assert one_line(said) == "Error: The password must be UTF-8 text."
    assert account(url, DEMO_VENDOR_PHONE) == before


def test_demo_data_in_production_needs_yes(tmp_path: Path) -> None:
    """Its accounts' passwords are in the README: in production `demo` used to create
    them without a word, and anyone could log in as the demo vendor."""
    url = migrated(tmp_path)
    production = {"VYAPAR_ENV": "production"}
    line = one_line(
        run_cli("demo", database_url=url, cwd=tmp_path, **production), status=EXIT_NEEDS_YES
    )
    assert line == (
        "Error: The demo accounts' passwords are published in the README; "
        "in production, pass --yes to load them."
    )
    assert counts(url) == {"users": 0, "vendor_profiles": 0, "products": 0, "qr_sessions": 0}
    done = run_cli("demo", "--yes", database_url=url, cwd=tmp_path, **production)
    assert done.returncode == 0, done.stderr
    assert counts(url)["users"] == 2


def on_a_terminal(args: list[str], url: str, cwd: Path, answer: str, **env: str) -> str:
    """Run the CLI with a terminal as its standard input, answer the question, and
    return what it wrote."""
    import os
    import pty

    from tests.integration.test_cli import VYAPARMITRA

    leader, follower = pty.openpty()
    base = {k: v for k, v in os.environ.items() if not k.startswith("VYAPAR_")}
    base |= {"VYAPAR_DATABASE_URL": url, "VYAPAR_SECRET_KEY": "cli-test-secret-" + "c" * 40}
    try:
        os.write(leader, answer.encode() + b"\n")
        result = subprocess.run(
            [str(VYAPARMITRA), *args],
            stdin=follower,
            capture_output=True,
            text=True,
            env=base | env,
            cwd=cwd,
            timeout=120,
            check=False,
        )
    finally:
        os.close(follower)
        os.close(leader)
    return f"rc={result.returncode}\n{result.stdout}\n{result.stderr}"


def test_a_downgrade_on_a_terminal_asks_first(tmp_path: Path) -> None:
    url = migrated(tmp_path)
    before = current_revision(url, tmp_path)
    said = on_a_terminal(["db", "downgrade", "base"], url, tmp_path, "n")
    assert said.startswith("rc=1") and "Go on?" in said and "Aborted" in said, said
    assert "answers 503 database_unavailable" in said, said  # servers running on it
    assert "until `vyaparmitra db upgrade`" in said, said
    assert current_revision(url, tmp_path) == before
    said = on_a_terminal(["db", "downgrade", "base"], url, tmp_path, "n", VYAPAR_ENV="production")
    assert said.startswith(f"rc={EXIT_NEEDS_YES}") and "in production, pass --yes" in said, said
    assert "Go on?" not in said, said
    assert current_revision(url, tmp_path) == before
    said = on_a_terminal(["db", "downgrade", "base"], url, tmp_path, "y")
    assert said.startswith("rc=0") and "downgraded from " in said and " to <base>" in said, said
    assert current_revision(url, tmp_path) == "current: <base>"


def test_serve_on_a_port_in_use_is_one_line_before_anything_starts(tmp_path: Path) -> None:
    data = tmp_path / "data"
    url = f"sqlite+aiosqlite:///{data / 'vyaparmitra.db'}"
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", free_port()))
        taken.listen()
        port = taken.getsockname()[1]
        result = run_cli(
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            database_url=url,
            cwd=tmp_path,
            VYAPAR_DATA_DIR=str(data),
            VYAPAR_WARM_ENGINES="false",
        )
    line = one_line(result)
    assert line.startswith(f"Error: Cannot listen on 127.0.0.1:{port}: "), line
    assert "in use" in line, line
    assert not (data / "vyaparmitra.db").exists()  # nothing was migrated


def test_the_sandbox_on_a_port_in_use_is_one_line_as_serve(tmp_path: Path) -> None:
    """No "Razorpay sandbox on …" for a sandbox that never listened, and no uvicorn
    "[Errno 98]" line with status 3: `serve`'s one line and status 1."""
    url = f"sqlite+aiosqlite:///{tmp_path / 'cli.db'}"
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", free_port()))
        taken.listen()
        port = taken.getsockname()[1]
        result = run_cli("sandbox", "--port", str(port), database_url=url, cwd=tmp_path)
    line = one_line(result)
    assert line.startswith(f"Error: Cannot listen on 127.0.0.1:{port}: "), line
    assert "in use" in line and "choose another --port)" in line, line
    assert "Razorpay sandbox on" not in result.stdout + result.stderr


@pytest.mark.parametrize(
    "url",
    ["not a url", "ftp://x/", "http://", "https:///path", "http://x:port/", "", "//host/"],
)
def test_a_sandbox_webhook_url_that_cannot_be_delivered_to_is_a_usage_error(
    tmp_path: Path, url: str
) -> None:
    """Every webhook to such a URL would fail at delivery: refused at start, status 2, as
    an unknown event or port is."""
    db = f"sqlite+aiosqlite:///{tmp_path / 'cli.db'}"
    port = str(free_port())
    result = run_cli("sandbox", "--port", port, "--webhook-url", url, database_url=db, cwd=tmp_path)
    said = result.stdout + result.stderr
    assert result.returncode == 2, said
    assert "Invalid value for '--webhook-url'" in result.stderr, said
    assert "Traceback" not in said and "Razorpay sandbox on" not in said, said
    # From the environment it is an invalid setting: one line, status 1.
    env = run_cli(
        "sandbox", "--port", port, database_url=db, cwd=tmp_path,
        VYAPAR_RAZORPAY_SANDBOX_WEBHOOK_URL="ftp://x/",
    )  # fmt: skip
    assert one_line(env).startswith("Error: invalid settings: VYAPAR_RAZORPAY_SANDBOX_WEBHOOK")


def test_a_new_password_without_a_terminal_or_stdin_flag_is_one_line(tmp_path: Path) -> None:
    """A script or a pipe cannot answer the hidden prompt: it is told to pass the password
    on standard input, not shown the prompt's warnings and "Aborted!"."""
    url = migrated(tmp_path)
    result = run_cli(
        "users", "set-password", "1", database_url=url, cwd=tmp_path, stdin="a-new-password-1\n"
    )
    assert result.returncode == 2, result  # a usage error: the usage, then one error line
    line = result.stderr.strip().splitlines()[-1]
    assert line.endswith("give it on standard input with --password-stdin."), line
    assert "Warning" not in result.stderr and "Aborted" not in result.stderr


@pytest.mark.parametrize("env", ["production", "development"])
def test_a_downgrade_that_needs_nothing_runs_nothing_without_yes(tmp_path: Path, env: str) -> None:
    """`db downgrade <current>` (or `head` at the head) drops nothing: it says "already
    at …: nothing to downgrade" with status 0, never the warning that it drops tables
    and asks for --yes; a newer target is refused by the downgrade itself."""
    url = migrated(tmp_path)
    for target, says in (
        (HEAD, f"already at {HEAD}: nothing to downgrade"),
        ("head", f"already at {HEAD} (head): nothing to downgrade"),
    ):
        result = run_cli("db", "downgrade", target, database_url=url, cwd=tmp_path, VYAPAR_ENV=env)
        assert result.returncode == 0, result.stdout + result.stderr
        assert result.stdout.strip() == says
        assert result.stderr == ""
    middle = REVISIONS[2][0]
    done = run_cli("db", "downgrade", middle, "--yes", database_url=url, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    result = run_cli("db", "downgrade", middle, database_url=url, cwd=tmp_path, VYAPAR_ENV=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == f"already at {middle}: nothing to downgrade"
    result = run_cli("db", "downgrade", HEAD, database_url=url, cwd=tmp_path, VYAPAR_ENV=env)
    assert result.returncode == 1
    assert result.stderr.startswith("Error: Destination"), result.stderr
    # A real downgrade still drops tables: refused without --yes, nothing changed.
    result = run_cli("db", "downgrade", "base", database_url=url, cwd=tmp_path, VYAPAR_ENV=env)
    assert result.returncode == EXIT_NEEDS_YES
    assert "pass --yes" in result.stderr, result.stderr
    assert current_revision(url, tmp_path) == f"current: {middle}"


@pytest.mark.parametrize("env", ["production", "development"])
def test_a_downgrade_to_no_revision_says_so_without_yes(tmp_path: Path, env: str) -> None:
    """A revision `db downgrade` cannot find or walk to (`bogus`, an empty one, `head+1`,
    `head-99`) is said so in one line with status 1, with or without --yes: never the
    warning that it drops tables, nor a question; nothing changes."""
    url = migrated(tmp_path)
    for target in ("bogus", "", "head+1", "head-99"):
        result = run_cli("db", "downgrade", target, database_url=url, cwd=tmp_path, VYAPAR_ENV=env)
        assert result.returncode == 1, result.stdout + result.stderr
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
        assert "drops" not in result.stderr and "--yes" not in result.stderr, result.stderr
        assert "revision" in result.stderr, result.stderr
    assert current_revision(url, tmp_path) == f"current: {HEAD}"


AHEAD = "9999"
"""A revision no migration of this code has: what newer code's `db upgrade` leaves."""


def migrated_ahead(tmp_path: Path) -> str:
    """A database migrated to this code's head, then stamped one revision further, as
    newer code would leave it."""
    import sqlite3

    url = migrated(tmp_path)
    with sqlite3.connect(tmp_path / "cli.db") as conn:
        conn.execute("UPDATE alembic_version SET version_num = ?", (AHEAD,))
    return url


@pytest.mark.parametrize(
    ("args", "env"),
    [
        (["db", "status"], {}),
        (["db", "upgrade"], {}),
        (["db", "upgrade", "head"], {}),
        (["db", "downgrade", "base"], {}),
        (["db", "downgrade", "base", "--yes"], {}),
        (["serve"], {}),
        (["serve"], {"VYAPAR_AUTO_MIGRATE": "false"}),
        (["demo"], {}),
        (["demo"], {"VYAPAR_AUTO_MIGRATE": "false"}),
        (["users", "deactivate", "1"], {}),
        (["qr", "revoke", "abc"], {}),
        (
            ["payments", "reconcile"],
            {
                "VYAPAR_RAZORPAY_KEY_ID": "rzp_test_Reconcile01",
                "VYAPAR_RAZORPAY_KEY_SECRET": "reconcile-key-secret",
                "VYAPAR_RAZORPAY_BASE_URL": "http://127.0.0.1:9",
            },
        ),
    ],
    ids=[
        "db status",
        "db upgrade",
        "db upgrade head",
        "db downgrade",
        "db downgrade --yes",
        "serve",
        "serve no auto-migrate",
        "demo",
        "demo no auto-migrate",
        "users",
        "qr revoke",
        "payments reconcile",
    ],
)
def test_a_database_newer_code_migrated_is_one_line_naming_what_works(
    tmp_path: Path, args: list[str], env: dict[str, str]
) -> None:
    """`db status` and `serve` printed a traceback (Alembic's `ResolutionError: No such
    revision or branch`); `db upgrade` said only that it could not locate the revision."""
    url = migrated_ahead(tmp_path)
    if args[0] == "serve":  # its log lines come first: the last line is the answer
        result = run_cli(*args, "--port", str(free_port()), database_url=url, cwd=tmp_path, **env)
        said = f"rc={result.returncode}\n{result.stdout}\n{result.stderr}"
        assert result.returncode == 1 and "Traceback" not in result.stderr, said
        line = result.stderr.strip().splitlines()[-1]
    else:
        line = one_line(run_cli(*args, database_url=url, cwd=tmp_path, **env))
    assert line.startswith(f"Error: The database is at revision '{AHEAD}', which this code"), line
    assert f"(its newest is {HEAD})" in line, line
    assert "Run the newer code, or downgrade the database with it" in line, line
    assert f"`vyaparmitra db downgrade {HEAD}`" in line, line
    # Nothing was changed: the database stays where the newer code left it.
    import sqlite3

    with sqlite3.connect(tmp_path / "cli.db") as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [(AHEAD,)]


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        (
            "http://127.0.0.1:8000/s/\x1b]0;pwned\x07abc",
            r"'http://127.0.0.1:8000/s/\x1b]0;pwned\x07abc'",
        ),
        ("\x1b[2J", r"'\x1b[2J'"),
        ("", "''"),
        ("a" * 3000, "'" + "a" * 60 + "'… (3,000 characters)"),
    ],
    ids=["osc title", "clear screen", "empty", "3000 characters"],
)
def test_a_refused_code_is_shown_escaped_and_short(tmp_path: Path, typed: str, shown: str) -> None:
    """`qr revoke` wrote the code back raw (a terminal escape sequence retitled or cleared
    the operator's terminal), whole at any length, and without `Error:`."""
    url = migrated(tmp_path)
    line = one_line(run_cli("qr", "revoke", typed, database_url=url, cwd=tmp_path))
    assert line.startswith(f"Error: QR code {shown}: "), line
    assert "not one of ours" in line or "does not exist" in line, line
    assert "\x1b" not in line and "\x07" not in line and len(line) < 300, line


@pytest.mark.parametrize("args", [["users", "deactivate"], ["db", "downgrade"]])
def test_other_typed_input_is_shown_escaped_and_short(tmp_path: Path, args: list[str]) -> None:
    url = migrated(tmp_path)
    typed = "\x1b]0;pwned\x07" + "b" * 3000
    result = run_cli(*args, typed, database_url=url, cwd=tmp_path)
    said = result.stderr.strip()
    assert result.returncode in (1, 2), said
    assert "\x1b" not in said and "\x07" not in said, said
    assert r"'\x1b]0;pwned\x07" in said and "(3,010 characters)" in said, said


def test_tls_dev_in_production_writes_no_env_file_without_yes(tmp_path: Path) -> None:
    """Its `.env` turns the next `serve` started in that folder into HTTPS only with a
    development authority, behind a TLS proxy that then gets no answer: in production it
    used to be written without a word."""
    url = f"sqlite+aiosqlite:///{tmp_path / 'x.db'}"
    production = {"VYAPAR_ENV": "production", "VYAPAR_DATA_DIR": str(tmp_path / "data")}
    env_file = tmp_path / ".env"
    args = ("tls", "dev", "--ip", "127.0.0.1")
    line = one_line(
        run_cli(*args, database_url=url, cwd=tmp_path, **production), status=EXIT_NEEDS_YES
    )
    assert line.startswith("Error: VYAPAR_ENV=production: this makes a development "), line
    assert "--no-env-file" in line and "--yes" in line
    assert not env_file.exists() and not (tmp_path / "data" / "tls").exists()
    printed = run_cli(*args, "--no-env-file", database_url=url, cwd=tmp_path, **production)
    assert printed.returncode == 0, printed.stderr
    assert "VYAPAR_TLS_CERT_FILE=" in printed.stdout and not env_file.exists()
    done = run_cli(*args, "--yes", database_url=url, cwd=tmp_path, **production)
    assert done.returncode == 0, done.stderr
    assert "VYAPAR_TLS_KEY_FILE=" in env_file.read_text()


def test_the_operator_gives_a_vendor_an_account(tmp_path: Path) -> None:
    """`users add-vendor`: a market's operator signs a vendor up from the command line;
    the vendor then signs in at /vendor. Bad input is one line and creates nothing."""
    url = migrated(tmp_path)
    made = run_cli(
        "users", "add-vendor", "98765 43210", "--name", "Lakshmi", "--business",
        "Lakshmi Flowers", "--language", "ta", "--password-stdin",
        database_url=url, cwd=tmp_path, stdin="malli-poo-2026\n",
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert "(vendor, +919876543210) created; they sign in at http" in made.stdout
    row = account(url, "+919876543210")
    assert row.is_active and row.password_hash.startswith("$argon2")
    again = run_cli(
        "users", "add-vendor", "09876543210", "--name", "Other", "--password-stdin",
        database_url=url, cwd=tmp_path, stdin="another-pass-1\n",
    )  # fmt: skip
    assert "already" in one_line(again).lower()
    for args, stdin, said in (
        (("12345", "--name", "X"), "long-enough-1\n", "8 to 15 digits"),
        (("5876500010", "--name", "X"), "long-enough-1\n", "10 digits after +91"),
        (("9876500011", "--name", "X"), "short\n", "8 to 128 characters"),
        (("9876500012", "--name", "X", "--language", "fr"), "long-enough-1\n", "fr"),
    ):
        line = one_line(
            run_cli("users", "add-vendor", *args, "--password-stdin", database_url=url,
                    cwd=tmp_path, stdin=stdin)
        )  # fmt: skip
        assert said in line, line
    assert counts(url)["users"] == 1
