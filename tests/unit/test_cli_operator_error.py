"""A write the disk refuses (full, over quota, failing) is one line that says so, with
the file where one is known; a file that cannot be opened keeps its own hint."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from server.cli import operator_error
from server.writes import naming


def test_a_full_disk_is_one_line_with_or_without_a_file() -> None:
    bare = OSError(errno.ENOSPC, "No space left on device")
    assert operator_error(bare) == (
        "No space left on device (a file could not be written: free some space on that disk)"
    )
    named = OSError(errno.EDQUOT, "Disk quota exceeded", "/srv/out.wav")
    line = operator_error(named)
    assert line is not None
    assert line.startswith("Disk quota exceeded: /srv/out.wav (a file could not be written")
    missing = FileNotFoundError(errno.ENOENT, "No such file or directory", "/nope/x")
    assert "check the path" in (operator_error(missing) or "")


def test_naming_adds_the_file_to_a_write_error_that_has_none(tmp_path: Path) -> None:
    target = tmp_path / "out.wav"
    with pytest.raises(OSError) as caught, naming(target):
        raise OSError(errno.ENOSPC, "No space left on device")
    assert caught.value.errno == errno.ENOSPC
    assert caught.value.filename == str(target)
    with pytest.raises(OSError) as kept, naming(target):
        raise OSError(errno.EACCES, "Permission denied", "/other")
    assert kept.value.filename == "/other"


@pytest.mark.parametrize("said", ["database or disk is full", "disk I/O error"])
def test_a_sqlite_disk_that_refuses_a_write_is_a_full_disk_not_an_outage(
    said: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """`disk I/O error` (the `-wal` could not be made on a full disk) read as "The database
    cannot be reached", status 75: a supervisor restarted `serve` in a loop."""
    import sqlite3

    from sqlalchemy.exc import OperationalError

    from server.cli import database_file_error, database_unreachable

    db = tmp_path / "vm.db"
    monkeypatch.setenv("VYAPAR_DATABASE_URL", f"sqlite+aiosqlite:///{db}")
    exc = OperationalError("INSERT …", {}, sqlite3.OperationalError(said))
    assert database_unreachable(exc) is None
    line = database_file_error(exc)
    assert line == (
        f"The database file {db} could not be written ({said}): its disk is full or "
        "failing. Free some space on that disk (or check it), then run the command again."
    )


@pytest.mark.parametrize("said", ["file is not a database", "database disk image is malformed"])
def test_a_damaged_sqlite_file_is_named_with_what_to_do(
    said: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import sqlite3

    from sqlalchemy.exc import DatabaseError

    from server.cli import database_file_error

    db = tmp_path / "vm.db"
    monkeypatch.setenv("VYAPAR_DATABASE_URL", f"sqlite+aiosqlite:///{db}")
    line = database_file_error(DatabaseError("PRAGMA …", {}, sqlite3.DatabaseError(said)))
    assert line is not None and line.startswith(f"The database file {db} is not a usable")
    assert "Restore it from a backup" in line
    assert database_file_error(sqlite3.IntegrityError("UNIQUE constraint failed")) is None
