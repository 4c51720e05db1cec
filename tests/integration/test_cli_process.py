"""The CLI tests' template process gives what `subprocess.run` of the installed script gives:
exit status, both streams, the run's own folder and environment, and a timeout that ends
the run."""

from __future__ import annotations

import os
import subprocess
import threading
import time
from pathlib import Path

import pytest

from tests.cli_process import SCRIPT, run_vyaparmitra
from tests.ports import free_port


def env(**extra: str) -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("VYAPAR_")} | extra


@pytest.mark.parametrize(
    "args", [["--help"], ["no-such-command"], ["users", "deactivate"], ["db", "status"]]
)
def test_a_run_says_what_the_script_says(tmp_path: Path, args: list[str]) -> None:
    settings = env(
        VYAPAR_DATABASE_URL=f"sqlite+aiosqlite:///{tmp_path / 'x.db'}",
        VYAPAR_SECRET_KEY="template-test-" + "t" * 40,
    )
    forked = run_vyaparmitra(args, env=settings, cwd=tmp_path)
    cold = subprocess.run(
        [str(SCRIPT), *args],
        env=settings,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert (forked.returncode, forked.stdout, forked.stderr) == (
        cold.returncode,
        cold.stdout,
        cold.stderr,
    )


def test_each_run_has_its_own_folder_environment_and_input(tmp_path: Path) -> None:
    """A `.env` in the run's folder is read, as it is by a process started there; the
    environment of one run does not leak into the next."""
    (tmp_path / ".env").write_text("VYAPAR_DATABASE_URL=mysql://nowhere/db\n")
    there = run_vyaparmitra(["db", "status"], env=env(), cwd=tmp_path)
    assert there.returncode == 1
    assert "VYAPAR_DATABASE_URL" in there.stderr
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    url = f"sqlite+aiosqlite:///{tmp_path / 'y.db'}"
    fine = run_vyaparmitra(["db", "status"], env=env(VYAPAR_DATABASE_URL=url), cwd=elsewhere)
    assert fine.returncode == 0, fine.stderr
    again = run_vyaparmitra(["db", "status"], env=env(), cwd=elsewhere)
    assert "y.db" not in again.stdout + again.stderr


def test_a_run_past_its_timeout_is_killed(tmp_path: Path) -> None:
    started = time.monotonic()
    with pytest.raises(subprocess.TimeoutExpired):
        run_vyaparmitra(["sandbox", "--port", str(free_port())], env=env(), cwd=tmp_path, timeout=3)
    assert time.monotonic() - started < 15
    after = run_vyaparmitra(["--help"], env=env(), cwd=tmp_path)  # the template goes on
    assert after.returncode == 0


def test_runs_from_two_threads_go_side_by_side(tmp_path: Path) -> None:
    """A run started while another is still going (tests that run commands `AT_ONCE`, on
    threads) is not queued behind it: it gets a template of its own."""
    outcome: list[BaseException] = []

    def long_run() -> None:
        try:
            args = ["sandbox", "--port", str(free_port())]
            run_vyaparmitra(args, env=env(), cwd=tmp_path, timeout=8)
        except BaseException as exc:
            outcome.append(exc)

    going = threading.Thread(target=long_run)
    going.start()
    time.sleep(0.5)  # the sandbox run has its template
    short = run_vyaparmitra(["--help"], env=env(), cwd=tmp_path)
    assert short.returncode == 0
    assert going.is_alive(), "the short run waited for the long one"
    going.join(timeout=30)
    assert len(outcome) == 1 and isinstance(outcome[0], subprocess.TimeoutExpired)
