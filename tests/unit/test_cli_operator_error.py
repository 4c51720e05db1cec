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
