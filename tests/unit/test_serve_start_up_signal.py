"""A SIGTERM while `serve --workers N` starts never cuts a step of start-up in half.

Between the engine process's fork and its record in `EngineProcess.proc`, or between the
run folder's making and its removal being set up, an unwinding start-up would leave a
process nobody stops (writing its socket into the folder as it is removed) or a folder
nobody removes. The signal waits for the step, then unwinds start-up as before."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import contextlib, os, signal
    from server.start_up_signal import ends_start_up, whole_step

    with ends_start_up(True), contextlib.ExitStack() as cleanup:
        cleanup.callback(print, "cleaned up", flush=True)
        with whole_step():
            os.kill(os.getpid(), signal.SIGTERM)
            with whole_step():  # steps nest: only the outermost's end unwinds
                pass
            print("step finished", flush=True)
        print("went on past the step", flush=True)
    """
)


def _run(script: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )


def test_sigterm_in_a_step_waits_for_it_then_unwinds() -> None:
    done = _run(SCRIPT)
    assert done.stdout.splitlines() == ["step finished", "cleaned up"], done.stderr
    assert done.returncode == -signal.SIGTERM


def test_sigterm_outside_a_step_unwinds_at_once() -> None:
    script = SCRIPT.replace(
        "with whole_step():\n        os.kill", "if True:\n        os.kill", 1
    ).replace("with whole_step():  # steps nest", "if True:  # steps nest")
    done = _run(script)
    assert done.stdout.splitlines() == ["cleaned up"], done.stderr
    assert done.returncode == -signal.SIGTERM


def test_a_step_without_the_handler_runs_as_usual() -> None:
    script = textwrap.dedent(
        """
        from server.start_up_signal import ends_start_up, whole_step
        with ends_start_up(False):
            with whole_step():
                print("in the step", flush=True)
        print("after", flush=True)
        """
    )
    done = _run(script)
    assert done.stdout.splitlines() == ["in the step", "after"], done.stderr
    assert done.returncode == 0


def test_a_second_sigterm_does_not_cut_the_clean_up_short() -> None:
    """The operator presses stop twice: the engine process is still stopped in full
    before its folder is removed."""
    script = textwrap.dedent(
        """
        import contextlib, os, signal, time
        from server.start_up_signal import ends_start_up

        def stop_engines():
            os.kill(os.getpid(), signal.SIGTERM)  # the second press, mid clean-up
            time.sleep(0.2)
            print("engine process stopped", flush=True)

        with ends_start_up(True), contextlib.ExitStack() as cleanup:
            cleanup.callback(print, "run folder removed", flush=True)
            cleanup.callback(stop_engines)
            os.kill(os.getpid(), signal.SIGTERM)
            time.sleep(5)
            print("went on", flush=True)
        """
    )
    done = _run(script)
    assert done.stdout.splitlines() == ["engine process stopped", "run folder removed"], done.stderr
    assert done.returncode == -signal.SIGTERM
