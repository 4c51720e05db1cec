#!/usr/bin/env bash
# Install everything, start PostgreSQL and Redis, then lint, type-check and run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
# shellcheck source=scripts/services.sh
source scripts/services.sh
export VYAPAR_TEST_REQUIRE_SERVICES=1
# Bytecode, and pytest's rewritten test modules, are kept in __pycache__ (ignored by git)
# even where the environment turns that off: the run's many processes (workers, the
# commands and servers the tests start) then compile each module once, not each time.
unset PYTHONDONTWRITEBYTECODE

echo "== ruff"
.venv/bin/ruff check .
.venv/bin/ruff format --check .
# mypy (about 20 s of one core on a fresh clone) runs beside the tests, which leave a core
# idle at times; its report is printed, and its verdict counted, once they end.
mypy_log=$(mktemp)
.venv/bin/mypy >"$mypy_log" 2>&1 &
mypy_pid=$!
mypy_verdict() {
  local rc=0
  wait "$mypy_pid" || rc=$?
  echo "== mypy"
  cat "$mypy_log"
  rm -f "$mypy_log"
  return "$rc"
}
# The trap replaces services.sh's, so it stops PostgreSQL and Redis too.
trap 'mypy_verdict >/dev/null 2>&1 || true; stop_services' EXIT
echo "== pytest"
# Test files run in parallel worker processes (pytest-xdist), each with its own database
# and Redis (tests/workers.py); most tests wait on sockets, so more workers than cores
# help. VYAPAR_TEST_WORKERS=0 runs everything in this one process.
workers=${VYAPAR_TEST_WORKERS:-4}
if [ "$workers" = 0 ]; then
  .venv/bin/python -m pytest "$@" || { mypy_verdict || true; exit 1; }
else
  # Tests that assert bounded wall-clock times (a hung database answered within N s) run
  # afterwards, so the other tests' load cannot push them past their bound. They mostly
  # wait (on a frozen PostgreSQL or Redis of their own, a timeout), so their files run side
  # by side in 2 processes (VYAPAR_TEST_SERIAL_WORKERS; 0 runs them in this process; 4 took
  # about half the time of 2 but failed once, unexplained, on a machine others were loading).
  # Status 5 is "no test selected", when the arguments name files of one kind only.
  rc=0
  # The slowest tests are listed at the end, to see where the run's time goes.
  .venv/bin/python -m pytest -n "$workers" --dist loadfile -m "not serial" --durations=15 "$@" || rc=$?
  [ "$rc" = 0 ] || [ "$rc" = 5 ] || { mypy_verdict || true; exit "$rc"; }
  rc=0
  serial_workers=${VYAPAR_TEST_SERIAL_WORKERS:-2}
  if [ "$serial_workers" = 0 ]; then
    .venv/bin/python -m pytest -m serial "$@" || rc=$?
  else
    .venv/bin/python -m pytest -n "$serial_workers" --dist loadfile -m serial "$@" || rc=$?
  fi
  [ "$rc" = 0 ] || [ "$rc" = 5 ] || { mypy_verdict || true; exit "$rc"; }
fi
trap stop_services EXIT
mypy_verdict
