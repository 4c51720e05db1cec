#!/usr/bin/env bash
# Install everything, start PostgreSQL and Redis, then lint, type-check and run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
# shellcheck source=scripts/services.sh
source scripts/services.sh
export VYAPAR_TEST_REQUIRE_SERVICES=1

echo "== ruff"
.venv/bin/ruff check .
.venv/bin/ruff format --check .
echo "== mypy"
.venv/bin/mypy
echo "== pytest"
.venv/bin/python -m pytest "$@"
