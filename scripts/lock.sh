#!/usr/bin/env bash
# Refresh constraints.txt: install the project with its dev extra into a throwaway venv
# with the newest versions pyproject.toml allows, then pin exactly what got installed.
# Extra requirements may be given as arguments (they are installed and pinned too).
# Review the diff, run the tests, commit both files.
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-python3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$python" -m venv "$tmp/venv"
pip=("$tmp/venv/bin/python" -m pip --disable-pip-version-check)
"${pip[@]}" install --quiet --upgrade pip
"${pip[@]}" install --quiet ".[dev]" "$@"
"$tmp/venv/bin/python" scripts/lock.py "$@" > "$tmp/constraints.txt"
mv "$tmp/constraints.txt" constraints.txt
echo "constraints.txt: $(grep -vc '^#' constraints.txt) pins"
