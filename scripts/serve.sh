#!/usr/bin/env bash
# Install everything and run the server on the embedded default:
# SQLite under var/, in-process rooms and rate limits, offline engines, demo data.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
exec .venv/bin/vyaparmitra serve "$@"
