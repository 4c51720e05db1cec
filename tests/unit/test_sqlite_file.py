"""Which file a SQLite URL names: the folder made for it and the migration lock beside it
follow the file, also when the URL is a URI filename (`file:…?uri=true`)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from server.data_folder import ensure_sqlite_dir, sqlite_file


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("sqlite+aiosqlite:///var/x.db", Path("var/x.db")),
        ("sqlite+aiosqlite:////abs/x.db", Path("/abs/x.db")),
        ("sqlite+aiosqlite:///file:var/x.db?mode=rwc&uri=true", Path("var/x.db")),
        ("sqlite+aiosqlite:///file:/abs/x.db?uri=true", Path("/abs/x.db")),
        ("sqlite+aiosqlite:///file:///abs/x.db?uri=true", Path("/abs/x.db")),
        ("sqlite+aiosqlite:///file://localhost/abs/x.db?uri=true", Path("/abs/x.db")),
        ("sqlite+aiosqlite:///file:mem1?mode=memory&cache=shared&uri=true", None),
        ("sqlite+aiosqlite:///file::memory:?uri=true", None),
        ("sqlite+aiosqlite:///:memory:", None),
        ("sqlite+aiosqlite://", None),
        ("postgresql+psycopg://u@localhost/db", None),
        # Without uri=true SQLite itself opens a file called "file:x.db".
        ("sqlite+aiosqlite:///file:x.db", Path("file:x.db")),
    ],
)
def test_the_file_a_url_names(url: str, expected: Path | None) -> None:
    assert sqlite_file(url) == expected


def test_a_uri_filename_makes_no_stray_folder(tmp_path: Path) -> None:
    url = "sqlite+aiosqlite:///file:data/x.db?mode=rwc&uri=true"
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        ensure_sqlite_dir(url)
    finally:
        os.chdir(cwd)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]


def test_db_upgrade_on_a_uri_filename(tmp_path: Path) -> None:
    env = {**os.environ, "VYAPAR_DATABASE_URL": "sqlite+aiosqlite:///file:data/x.db?uri=true"}
    env.pop("VYAPAR_ENV", None)
    run = subprocess.run(
        [sys.executable, "-m", "server.cli", "db", "upgrade"],
        cwd=tmp_path,
        env={**env, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*")) == [
        "data",
        "data/x.db",
        "data/x.db.migrate.lock",
    ]


def test_a_data_folder_that_is_a_file_is_named(tmp_path: Path) -> None:
    import errno

    from server.cli import operator_error
    from server.data_folder import DataFolderUnusable

    data = tmp_path / "data"
    data.write_text("not a folder\n")
    with pytest.raises(DataFolderUnusable) as caught:
        ensure_sqlite_dir(f"sqlite+aiosqlite:///{data / 'vyaparmitra.db'}")
    assert caught.value.errno == errno.ENOTDIR and caught.value.filename == str(data)
    line = operator_error(caught.value)
    assert line is not None and line.startswith(f"Not a directory: {data} ")


def test_a_database_opened_read_only_needs_no_writable_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(os, "access", lambda *a, **k: False)
    ensure_sqlite_dir(f"sqlite+aiosqlite:///file:{tmp_path / 'x.db'}?mode=ro&uri=true")
    from server.data_folder import DataFolderUnusable

    with pytest.raises(DataFolderUnusable):
        ensure_sqlite_dir(f"sqlite+aiosqlite:///{tmp_path / 'x.db'}")
