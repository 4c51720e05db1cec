"""Packaging: the wheel, installed non-editable, serves from a read-only site-packages.

This is what the Docker image does, without Docker: build the wheel from the files the
Dockerfile copies, install it (no dependencies: they come from the running environment
through a `.pth` file) into a fresh virtualenv, make that virtualenv's site-packages
read-only, and start `vyaparmitra serve` with warm-up on as an unprivileged user (nobody)
with `VYAPAR_DATA_DIR` in a temp folder. The server must become ready, and everything it
writes (the database, the joined Whisper `base`) must land in the data folder.

Run as root (CI does), the server runs as `nobody`; if nobody cannot reach the Python
installation or the dependencies (say, they live under /root), it runs as root with
every capability dropped, which equally cannot write to a read-only folder. Run as
another user, that user is already unprivileged.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import stat
import subprocess
import sys
import sysconfig
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.ports import free_port

pytestmark = pytest.mark.packaging

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ("pyproject.toml", "README.md", "server", "audio", "models", "migrations")
"""What the Dockerfile copies into its build stage."""
NOBODY = 65534
READY_WITHIN_S = 120


def as_user(mode: str) -> list[str]:
    """The command prefix that runs a program as the chosen identity."""
    if mode == "nobody":
        return ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
    if mode == "no-capabilities":
        return ["setpriv", "--inh-caps=-all", "--bounding-set=-all", "--no-new-privs"]
    return []


def works_as(mode: str, python: str, *code: str) -> bool:
    probe = "import sys\n" + "\n".join(code)
    result = subprocess.run(
        [*as_user(mode), python, "-c", probe],
        capture_output=True,
        timeout=60,
        check=False,
        cwd="/",
        env={"PATH": os.environ.get("PATH", "/usr/bin:/bin")},
    )
    return result.returncode == 0


def pick_identity_and_python(deps: list[str]) -> tuple[str, str]:
    """(identity, Python to build the venv from): nobody when it can run Python 3.x with
    our dependencies, else root without capabilities, else (not root) ourselves."""
    if os.geteuid() != 0:
        return "self", sys._base_executable
    if shutil.which("setpriv") is None:
        pytest.skip("running as root, but setpriv (util-linux) is missing to drop privileges")
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    candidates = [
        sys._base_executable,
        f"/usr/bin/python{version}",
        f"/usr/local/bin/python{version}",
    ]
    check = [
        f"sys.path.extend({deps!r})",
        # the same release, not only the same minor version: dependencies differ by patch
        # release (redis needs async_timeout before 3.11.3)
        f"assert sys.version_info[:3] == {sys.version_info[:3]!r}",
        "import fastapi, faster_whisper, piper",
    ]
    for python in candidates:
        if not Path(python).is_file():
            continue
        # nobody must find this Python's own standard library, not fall back to another's
        prefix = subprocess.run(
            [python, "-c", "import sys; print(sys.base_prefix)"],
            capture_output=True, text=True, check=True, timeout=60,
        ).stdout.strip()  # fmt: skip
        if works_as("nobody", python, *check, f"assert sys.base_prefix == {prefix!r}"):
            return "nobody", python
    return "no-capabilities", sys._base_executable


def build_wheel(workdir: Path) -> Path:
    src = workdir / "src"
    src.mkdir()
    for name in SOURCES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, src / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copyfile(source, src / name)
    dist = workdir / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(dist), str(src)],
        check=True,
        timeout=300,
        cwd=workdir,
        env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"},
    )
    (wheel,) = dist.glob("vyaparmitra-*.whl")
    return wheel


def make_read_only(path: Path) -> None:
    for dirpath, dirs, files in os.walk(path):
        for name in [*dirs, *files]:
            p = Path(dirpath) / name
            if not p.is_symlink():
                p.chmod(stat.S_IMODE(p.stat().st_mode) & ~0o222)
    path.chmod(stat.S_IMODE(path.stat().st_mode) & ~0o222)


def wait_ready(proc: subprocess.Popen[bytes], port: int, log: Path) -> dict[str, object]:
    deadline = time.monotonic() + READY_WITHIN_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"the server exited with {proc.returncode}:\n{log.read_text()[-4000:]}")
        url = f"http://127.0.0.1:{port}/readyz"
        with contextlib.suppress(OSError), urllib.request.urlopen(url, timeout=2) as resp:
            body: dict[str, object] = json.load(resp)  # a 503 (not ready yet) raises
            return body
        time.sleep(0.25)
    pytest.fail(f"not ready within {READY_WITHIN_S} s:\n{log.read_text()[-4000:]}")


@dataclass(frozen=True)
class Installed:
    workdir: Path
    """Reachable by the unprivileged user (pytest's temp folders are private to root)."""
    venv: Path
    site_packages: Path
    identity: str
    """nobody, no-capabilities (root without any) or self (not root)."""

    def run_as(self) -> list[str]:
        return as_user(self.identity)


@pytest.fixture(scope="module")
def installed() -> Iterator[Installed]:
    """The wheel, installed non-editable into a fresh venv whose site-packages is read-only."""
    workdir = Path(tempfile.mkdtemp(prefix="vyapar-install-"))
    workdir.chmod(0o755)
    try:
        deps = sorted({sysconfig.get_path("purelib"), sysconfig.get_path("platlib")})
        identity, base_python = pick_identity_and_python(deps)
        wheel = build_wheel(workdir)
        venv = workdir / "venv"
        subprocess.run(
            [base_python, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120
        )
        python = venv / "bin" / "python"
        # --force-reinstall: the checkout's own editable install (its egg-info, seen from
        # the working directory) must not count as this venv's "already satisfied".
        subprocess.run(
            [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet",
             "--no-deps", "--no-index", "--force-reinstall", str(wheel)],
            check=True,
            timeout=300,
            cwd=workdir,
            env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"},
        )  # fmt: skip
        site_packages = Path(
            subprocess.run(
                [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                capture_output=True, text=True, check=True, timeout=60,
            ).stdout.strip()
        )  # fmt: skip
        (site_packages / "_vyapar_test_deps.pth").write_text("\n".join(deps) + "\n")
        make_read_only(venv)
        yield Installed(workdir, venv, site_packages, identity)
    finally:
        for dirpath, _dirs, _files in os.walk(workdir):  # write back, so it can be removed
            Path(dirpath).chmod(0o755)
        shutil.rmtree(workdir, ignore_errors=True)


def data_dir(installed: Installed, name: str) -> Path:
    data = installed.workdir / name
    data.mkdir()
    if installed.identity == "nobody":
        os.chown(data, NOBODY, NOBODY)
    return data


def environment(data: Path, **extra: str) -> dict[str, str]:
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": "/nonexistent",
        "LANG": "C.UTF-8",
        "VYAPAR_DATA_DIR": str(data),
        "VYAPAR_WARM_ENGINES": "true",
        "VYAPAR_WARM_LANGUAGES": '["en", "hi"]',
        "VYAPAR_LOG_JSON": "true",
        **extra,
    }


def serve_until_ready(installed: Installed, data: Path, env: dict[str, str]) -> str:
    """Start `vyaparmitra serve` as the unprivileged user, wait for /readyz, stop it; the log."""
    log = data.parent / f"{data.name}.log"
    port = free_port()
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [*installed.run_as(), str(installed.venv / "bin" / "vyaparmitra"), "serve",
             "--port", str(port)],
            stdout=out, stderr=subprocess.STDOUT, cwd=data, env=env,
        )  # fmt: skip
    try:
        ready = wait_ready(proc, port, log)
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
    text = log.read_text()
    assert ready["status"] == "ready", text[-4000:]
    warm = [json.loads(line) for line in text.splitlines() if '"engines warm"' in line]
    assert warm, text[-4000:]
    assert "asr:base" in warm[0] and "asr:tiny.en" in warm[0], warm[0]
    assert "PermissionError" not in text and "Read-only" not in text, text[-4000:]
    assert not (installed.site_packages / "var").exists()
    return text


def test_the_code_comes_from_the_installed_wheel(installed: Installed) -> None:
    data = data_dir(installed, "probe")
    where = subprocess.run(
        [*installed.run_as(), str(installed.venv / "bin" / "python"), "-c",
         "import server; print(server.__file__)"],
        capture_output=True, text=True, check=True, timeout=60, cwd=data, env=environment(data),
    ).stdout.strip()  # fmt: skip
    assert Path(where).is_relative_to(installed.site_packages), where


def test_serve_prepares_base_into_the_data_dir(installed: Installed) -> None:
    data = data_dir(installed, "data")
    serve_until_ready(installed, data, environment(data))
    base = data / "models" / "whisper-base"
    assert (base / ".verified").is_file()
    assert (base / "model.bin").stat().st_size > 100_000_000
    assert (data / "vyaparmitra.db").is_file()
    if installed.identity == "nobody":
        assert (base / "model.bin").stat().st_uid == NOBODY


def test_serve_reads_base_prepared_ahead_in_a_read_only_folder(installed: Installed) -> None:
    """The image's layout: `base` joined at build time into a folder the server only reads."""
    models = installed.workdir / "models"
    subprocess.run(
        [str(installed.venv / "bin" / "vyaparmitra"), "models", "prepare", "base"],
        capture_output=True, check=True, timeout=300, cwd=installed.workdir,
        env={**environment(installed.workdir), "VYAPAR_MODEL_CACHE_DIR": str(models)},
    )  # fmt: skip
    make_read_only(models)
    data = data_dir(installed, "volume")
    serve_until_ready(installed, data, environment(data, VYAPAR_MODEL_CACHE_DIR=str(models)))
    assert (data / "vyaparmitra.db").is_file()
    assert not (data / "models").exists()


def test_the_wheel_carries_every_table_the_pages_read(installed: Installed) -> None:
    """The pages' data files come with the wheel: the chrome's strings, the templates,
    and one notices table (payment result, 404 page) per spoken language."""
    from server.domain.languages import SPOKEN

    web = installed.site_packages / "server" / "web"
    assert (web / "static" / "i18n.json").is_file()
    assert (web / "templates" / "error.html").is_file()
    assert sorted(p.stem for p in (web / "notices").glob("*.json")) == sorted(SPOKEN)
