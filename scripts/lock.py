"""Print `constraints.txt`: exact pins of everything the project and its dev extra need.

Reads the requirements from pyproject.toml (the dependencies plus the `dev` extra, and
any requirement given as an argument), follows them through the metadata of the
packages installed in the running environment (extras and markers included), and
prints `name==version` for each, sorted. The environment must have them all installed;
`scripts/lock.sh` makes a fresh one with the newest versions pyproject.toml allows.
"""

from __future__ import annotations

import sys
import tomllib
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
HEADER = """\
# Exact versions of everything VyaparMitra and its dev extra install (Linux, Python 3.11+).
# Used as pip constraints by scripts/bootstrap.sh, CI and the Dockerfile:
#   pip install -c constraints.txt -e ".[dev]"
# Refresh after changing dependencies in pyproject.toml: scripts/lock.sh
"""


def roots(extra: list[str]) -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = [*project["dependencies"], *project["optional-dependencies"]["dev"], *extra]
    return [Requirement(r) for r in names]


def closure(requirements: list[Requirement]) -> dict[str, str]:
    """Installed version of every distribution the requirements reach, by canonical name."""
    extras: dict[str, set[str]] = {}
    todo = list(requirements)
    while todo:
        req = todo.pop()
        if req.marker is not None and not req.marker.evaluate({"extra": ""}):
            continue
        name = canonicalize_name(req.name)
        wanted = set(req.extras)
        if name in extras and wanted <= extras[name]:
            continue
        extras.setdefault(name, set()).update(wanted)
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            sys.exit(f"{req.name} is required but not installed; install the project first")
        for raw in dist.requires or []:
            sub = Requirement(raw)
            if sub.marker is None or any(
                sub.marker.evaluate({"extra": e}) for e in extras[name] | {""}
            ):
                sub.marker = None  # already evaluated here, with this package's extras
                todo.append(sub)
    return {name: metadata.version(name) for name in extras}


def main() -> None:
    pins = closure(roots(sys.argv[1:]))
    pins.pop("vyaparmitra", None)
    sys.stdout.write(HEADER + "".join(f"{n}=={v}\n" for n, v in sorted(pins.items())))


if __name__ == "__main__":
    main()
