"""constraints.txt pins every package the project and its dev extra install."""

from __future__ import annotations

import importlib.util
import re
import tomllib
from pathlib import Path
from types import ModuleType

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([A-Za-z0-9.+!_-]+)$")


def pins() -> dict[str, str]:
    out: dict[str, str] = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        match = PIN.match(line)
        assert match, f"not an exact pin: {line!r}"
        name = canonicalize_name(match[1])
        assert name not in out, f"{name} pinned twice"
        out[name] = match[2]
    return out


def lock_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("lock", ROOT / "scripts" / "lock.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_direct_requirement_is_pinned_within_its_range() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pinned = pins()
    assert "vyaparmitra" not in pinned
    for raw in [*project["dependencies"], *project["optional-dependencies"]["dev"]]:
        req = Requirement(raw)
        name = canonicalize_name(req.name)
        assert name in pinned, f"{name} is not in constraints.txt; run scripts/lock.sh"
        assert req.specifier.contains(pinned[name], prereleases=True), (
            f"constraints.txt pins {name}=={pinned[name]}, outside {raw!r}; run scripts/lock.sh"
        )


def test_everything_installed_for_the_project_is_pinned() -> None:
    lock = lock_script()
    needed = lock.closure(lock.roots([]))
    needed.pop("vyaparmitra", None)
    missing = sorted(set(needed) - set(pins()))
    assert not missing, f"not pinned in constraints.txt: {missing}; run scripts/lock.sh"


def test_the_install_script_ci_and_the_image_use_it() -> None:
    bootstrap = (ROOT / "scripts" / "bootstrap.sh").read_text(encoding="utf-8")
    assert '-c constraints.txt -e ".[dev]"' in bootstrap
    assert "cat pyproject.toml constraints.txt | sha256sum" in bootstrap  # reinstall stamp
    assert "bash scripts/bootstrap.sh" in (ROOT / "scripts" / "test.sh").read_text()
    assert "scripts/test.sh" in (ROOT / ".ci" / "run").read_text()
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    assert "COPY pyproject.toml README.md constraints.txt" in dockerfile
    assert "pip install -c constraints.txt ." in dockerfile
