#!/usr/bin/env bash
# Create .venv (Python 3.11+) and install the project with its dev tools, at the exact
# versions pinned in constraints.txt (refresh them with scripts/lock.sh).
# Re-running is cheap: it reinstalls only when pyproject.toml or constraints.txt changed.
set -euo pipefail
cd "$(dirname "$0")/.."

pick_python() {
  for candidate in python3.11 python3.12 python3.13 python3; do
    if command -v "$candidate" >/dev/null 2>&1 &&
      "$candidate" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null; then
      echo "$candidate"; return 0
    fi
  done
  echo "Python 3.11 or newer is required" >&2; return 1
}

# Debian packages the engines and tests use: espeak-ng speaks the Indic languages,
# alsa-utils ships real recordings the audio tests transcribe, chromium runs the pages'
# end-to-end tests (driven by Playwright's Python package; never `playwright install`),
# fonts-indic lets it draw the Indic scripts in their screenshots.
need_pkgs=()
command -v espeak-ng >/dev/null 2>&1 || need_pkgs+=(espeak-ng)
[ -f /usr/share/sounds/alsa/Front_Center.wav ] || need_pkgs+=(alsa-utils)
command -v chromium >/dev/null 2>&1 || need_pkgs+=(chromium)
if command -v dpkg >/dev/null 2>&1 && ! dpkg -s fonts-indic >/dev/null 2>&1; then
  need_pkgs+=(fonts-indic)
fi
if [ ${#need_pkgs[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] || command -v sudo >/dev/null 2>&1; then
    sudo_=""; [ "$(id -u)" = 0 ] || sudo_=sudo
    echo "installing ${need_pkgs[*]}…"
    $sudo_ apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive $sudo_ apt-get install -y -qq "${need_pkgs[@]}" >/dev/null
  else
    echo "warning: please install ${need_pkgs[*]} (apt-get)" >&2
  fi
fi

if [ ! -x .venv/bin/python ]; then
  "$(pick_python)" -m venv .venv
fi
stamp=.venv/.vyaparmitra-installed
want=$(cat pyproject.toml constraints.txt | sha256sum | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
  .venv/bin/python -m pip install --quiet --disable-pip-version-check \
    -c constraints.txt -e ".[dev]"
  # The 8 kHz VAD model for phone legs: only its ONNX file is used, not PyTorch.
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --no-deps -c constraints.txt \
    "silero-vad==6.2.3"
  echo "$want" > "$stamp"
fi
