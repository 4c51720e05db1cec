"""The SQLite data folder: the file a SQLite URL names, and its folder made and checked
writable before any command or the server connects (`DataFolderUnusable` otherwise)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import make_url


class DataFolderUnusable(OSError):
    """The folder of the configured SQLite file cannot hold it: a file is in the way, it
    cannot be created (no permission), or it cannot be written (a read-only mount or
    folder). No retry helps, so every command and `serve` say so in one line, naming the
    folder, with status 1 (`server.cli.operator_error`), before SQLite's own `unable to
    open database file` (which reads as a database that cannot be reached)."""


def sqlite_file(database_url: str) -> Path | None:
    """The file a SQLite URL names, or None (another database, or one in memory). A URI
    filename (`sqlite+aiosqlite:///file:var/x.db?mode=rwc&uri=true`) names `var/x.db`."""
    parsed = make_url(database_url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    name = parsed.database
    if str(parsed.query.get("uri", "")).lower() in ("true", "1") and name.startswith("file:"):
        name = name.removeprefix("file:").split("?", 1)[0]
        if name.startswith("//"):  # file://host/path: only an empty host or localhost
            host, _, rest = name[2:].partition("/")
            name = "/" + rest if host in ("", "localhost") else name
        if name in ("", ":memory:") or parsed.query.get("mode") == "memory":
            return None
    return Path(name)


def ensure_sqlite_dir(database_url: str) -> None:
    """Create the folder of a SQLite database file (the data folder, by default) if it
    does not exist yet, and check this process can write there (`DataFolderUnusable` if
    not; a database opened read-only, `mode=ro` or `immutable=1`, needs no writing).
    Every command and the server do this before they connect, so a fresh checkout or
    install works without a `mkdir` (`var/` does not exist until then), and a data folder
    that is a file or read-only is one line naming it."""
    import errno
    import os

    path = sqlite_file(database_url)
    if path is None:
        return
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:  # a file where the folder should be
        raise DataFolderUnusable(errno.ENOTDIR, "Not a directory", str(folder)) from None
    except OSError as exc:
        raise DataFolderUnusable(
            exc.errno, f"Cannot create the database's folder: {exc.strerror or exc}", str(folder)
        ) from None
    query = make_url(database_url).query
    if query.get("mode") == "ro" or str(query.get("immutable", "")) == "1":
        return
    if not os.access(folder, os.W_OK | os.X_OK):
        read_only = bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
        raise DataFolderUnusable(
            errno.EROFS if read_only else errno.EACCES,
            "Read-only file system" if read_only else "Permission denied",
            str(folder),
        )
