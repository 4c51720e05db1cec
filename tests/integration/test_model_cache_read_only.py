"""A model cache the server cannot repair: `base` prepared ahead into a read-only folder,
then truncated, its `.verified` marker still there. `models list` does not call it ready,
`models prepare base` says it cannot write there and what to do instead, and `serve` (one
worker or several) ends with that one line and status 1: no traceback, no engine process
restarted over and over.

The cache here is a tiny fake (a 50 kB `model.bin`, never a real model). Tests run as
root, which writes through file modes, so the commands run as root without capabilities
(`setpriv`, as `test_install.py` does for its read-only site-packages): the folder's
modes then hold for them as for any user."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from server.engine_process import EXIT_CANNOT_RETRY
from tests.integration.test_cli import VYAPARMITRA
from tests.integration.test_install import as_user, make_read_only
from tests.ports import free_port
from tests.spawned import serve_env

ROOT = Path(__file__).resolve().parents[2]
TRUNCATED = "model.bin is 50000 bytes, expected 145217532 (truncated or corrupted)"
ADVICE = "point VYAPAR_MODEL_CACHE_DIR at a writable folder"


def unprivileged() -> list[str]:
    """The prefix that runs a command as this user without the power to write through
    file modes: root without capabilities, else (not root) nothing."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("running as root, but setpriv (util-linux) is missing to drop privileges")
    return as_user("no-capabilities")


@pytest.fixture
def broken_cache(tmp_path: Path) -> Path:
    """A prepared-looking, truncated `base` in a read-only cache folder."""
    cache = tmp_path / "models"
    base = cache / "whisper-base"
    base.mkdir(parents=True)
    (base / "model.bin").write_bytes(b"\0" * 50_000)
    for name in ("config.json", "tokenizer.json"):
        (base / name).write_text("{}\n")
    (base / "vocabulary.txt").write_text("a\n")
    (base / ".verified").write_text("0" * 64 + "\n")
    make_read_only(cache)
    return cache


def env_for(tmp_path: Path, cache: Path, **extra: str) -> dict[str, str]:
    return serve_env(
        tmp_path,
        {
            "VYAPAR_MODEL_CACHE_DIR": str(cache),
            "VYAPAR_WARM_ENGINES": "true",
            "VYAPAR_WARM_LANGUAGES": '["hi"]',
            "PYTHONPATH": str(ROOT),
            **extra,
        },
    )


def run(tmp_path: Path, cache: Path, *args: str, **extra: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / "data").mkdir(exist_ok=True)
    return subprocess.run(
        [*unprivileged(), str(VYAPARMITRA), *args],
        env=env_for(tmp_path, cache, **extra),
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_models_list_does_not_call_it_ready(tmp_path: Path, broken_cache: Path) -> None:
    result = run(tmp_path, broken_cache, "models", "list")
    assert result.returncode == 0, result.stderr
    (base,) = [m for m in json.loads(result.stdout) if m["name"] == "base"]
    assert base["ready"] is False and base["path"] is None, base
    assert TRUNCATED in base["note"] and ADVICE in base["note"], base


def test_prepare_says_it_cannot_write_there(tmp_path: Path, broken_cache: Path) -> None:
    result = run(tmp_path, broken_cache, "models", "prepare", "base")
    said = f"rc={result.returncode}\n{result.stdout}\n{result.stderr}"
    assert result.returncode == 1, said
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, said
    assert TRUNCATED in lines[0] and "cannot write the model cache" in lines[0], said
    assert ADVICE in lines[0], said
    assert not (broken_cache / "whisper-base" / "model.bin.partial").exists()


@pytest.mark.parametrize("workers", [1, 2])
def test_serve_ends_with_one_line_and_status_1(
    tmp_path: Path, broken_cache: Path, workers: int
) -> None:
    several = {
        # never reached: the models are checked before the database
        "VYAPAR_DATABASE_URL": "postgresql+psycopg://vm:vm@127.0.0.1:9/vm",
        "VYAPAR_REDIS_URL": "redis://127.0.0.1:9/0",
    }
    result = run(
        tmp_path,
        broken_cache,
        "serve", "--host", "127.0.0.1", "--port", str(free_port()), "--workers", str(workers),
        **(several if workers > 1 else {}),
    )  # fmt: skip
    said = f"rc={result.returncode}\n{result.stdout}\n{result.stderr}"
    assert result.returncode == 1, said
    assert "Traceback" not in result.stdout + result.stderr, said
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, said
    assert lines[0].startswith("Error: model 'base' is not ready: "), said
    assert TRUNCATED in lines[0] and ADVICE in lines[0], said


def test_an_engine_process_that_cannot_start_is_not_restarted(
    tmp_path: Path, broken_cache: Path
) -> None:
    """The engine process meets the cache itself (as when `serve`'s own check passed and
    the cache broke after): it says why, exits, and is not restarted."""
    script = textwrap.dedent(
        f"""
        import json, time
        from server.engine_process import EngineProcess
        engines = EngineProcess({str(tmp_path / "engines.sock")!r}, restart_delay=0.2)
        engines.start()
        answered = engines.wait_ready(90)
        time.sleep(2)  # several restart delays: none comes
        print(json.dumps({{"answered": answered, "failed": engines.failed,
                           "restarts": engines.restarts, "code": engines.proc.poll()}}))
        engines.stop()
        """
    )
    (tmp_path / "data").mkdir()
    result = subprocess.run(
        [*unprivileged(), sys.executable, "-c", script],
        env=env_for(tmp_path, broken_cache, VYAPAR_LOG_LEVEL="WARNING"),
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=150,
        check=False,
    )
    said = f"rc={result.returncode}\n{result.stdout}\n{result.stderr}"
    assert result.returncode == 0, said
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["answered"] is False and seen["restarts"] == 0, said
    assert seen["code"] == EXIT_CANNOT_RETRY, said
    assert TRUNCATED in seen["failed"] and ADVICE in seen["failed"], said
    assert "Traceback" not in result.stderr, said
    assert not (tmp_path / "engines.sock.failed").exists()
