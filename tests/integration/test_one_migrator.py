"""One migrator at a time: processes that start together on an empty database all succeed.

Workers of `serve --workers N` each upgrade at start-up; without a lock they raced to
create the same tables (`duplicate key … pg_type_typname_nsp_index`) and the server died.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from server import migrate, migration_lock
from tests.conftest import POSTGRES_URL, REDIS_URL, need
from tests.integration.test_live_two_processes import free_port, stop, until_up
from tests.integration.test_migrations import scratch_postgres

ROOT = Path(__file__).resolve().parents[2]
EXE = str(Path(sys.executable).parent / "vyaparmitra")


@pytest.fixture(params=["sqlite", "postgresql"])
def fresh_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty, never-migrated database."""
    if request.param == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'fresh.db'}"
        return
    with scratch_postgres(need(POSTGRES_URL, "PostgreSQL")) as url:
        yield url


def start_upgrade(url: str, at: float | None = None) -> subprocess.Popen[str]:
    """`vyaparmitra db upgrade`'s work in a process of its own; with `at`, imports first
    and then waits for that wall-clock moment, so that several start truly together."""
    wait = f"time.sleep(max(0.0, {at} - time.time())); " if at is not None else ""
    # alembic too: `server.migrate` imports it only when a migration runs
    imports = "import time, alembic.command, alembic.script; from server import migrate; "
    code = f"{imports}{wait}migrate.upgrade({url!r})"
    return subprocess.Popen(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def test_concurrent_migrators_all_succeed(fresh_url: str) -> None:
    at = time.time() + 5  # every process has imported alembic and the models by then
    procs = [start_upgrade(fresh_url, at) for _ in range(4)]
    outputs = [p.communicate(timeout=300)[0] for p in procs]
    assert [p.returncode for p in procs] == [0] * 4, "\n".join(outputs)
    assert migrate.status(fresh_url).up_to_date


def test_a_migrator_waits_for_the_lock(fresh_url: str) -> None:
    with migration_lock.migration_lock(fresh_url):
        proc = start_upgrade(fresh_url)
        time.sleep(3)  # long enough to import and reach the lock
        assert proc.poll() is None, proc.communicate()[0]  # waiting, not migrating
        assert migrate.status(fresh_url).current is None
    output = proc.communicate(timeout=300)[0]
    assert proc.returncode == 0, output
    assert migrate.status(fresh_url).up_to_date


async def test_serve_two_workers_on_an_empty_postgres(tmp_path: Path) -> None:
    server = need(POSTGRES_URL, "PostgreSQL")
    redis_url = need(REDIS_URL, "Redis")
    with scratch_postgres(server) as url:
        port = free_port()
        env = {
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "VYAPAR_ENV": "test",
            "VYAPAR_DATABASE_URL": url,
            "VYAPAR_REDIS_URL": redis_url,
            "VYAPAR_AUTO_MIGRATE": "true",
            "VYAPAR_SECRET_KEY": "one-migrator-secret-" + "z" * 32,
            "VYAPAR_DEMO_DATA": "false",
            "VYAPAR_WARM_ENGINES": "false",
            "VYAPAR_SWEEP_INTERVAL_SECONDS": "0",
        }
        log = tmp_path / "serve.log"
        with log.open("wb") as out:
            proc = subprocess.Popen(
                [EXE, "serve", "--host", "127.0.0.1", "--port", str(port), "--workers", "2"],
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        try:  # stopped whatever happens: a failed check must not leave it serving
            base = f"http://127.0.0.1:{port}"
            await until_up(base, proc, log)
            async with httpx.AsyncClient(base_url=base) as client:
                # Both workers answer (the supervisor restarts none): a few requests land
                # on each, and every one is ready.
                answers = await asyncio.gather(*(client.get("/readyz") for _ in range(20)))
                assert {a.status_code for a in answers} == {200}
            assert proc.poll() is None
        finally:
            stop(proc)
        text = log.read_text()
        assert "Child process" not in text and "Traceback" not in text, text[-3000:]
        assert migrate.status(url).up_to_date
