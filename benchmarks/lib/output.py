"""How benchmarks report: a failure line, table cells, JSON and an optional PNG."""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path
from typing import Any, NoReturn


def log(message: str) -> None:
    print(message, flush=True)


def fail(message: str) -> NoReturn:
    """Stop the benchmark with a sentence on stderr, as `NAME: message`, status 2."""
    print(f"{Path(sys.argv[0]).stem}: {message}", file=sys.stderr)
    raise SystemExit(2)


def cell(value: float | None, width: int = 6, digits: int = 0, scale: float = 1.0) -> str:
    """`value × scale`, right-aligned: `-` for nothing (None, NaN), `inf` for a timeout."""
    if value is None or math.isnan(value):
        return "-".rjust(width)
    if math.isinf(value):
        return "inf".rjust(width)
    return f"{value * scale:.{digits}f}".rjust(width)


def finite(value: Any) -> Any:
    """`value` with every infinity (a timeout in a percentile) as None, for strict JSON."""
    if isinstance(value, float) and math.isinf(value):
        return None
    if isinstance(value, dict):
        return {k: finite(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [finite(v) for v in value]
    return value


def write_json(document: Any, path: Path) -> None:
    """Strict, human-readable JSON (UTF-8, Indic scripts as they are), infinities as null."""
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(finite(document), indent=2, ensure_ascii=False, allow_nan=False)
    path.write_text(text + "\n", encoding="utf-8")


def pyplot() -> Any | None:
    """matplotlib's pyplot on the file-only backend, or None: it is not a dependency."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return None
    return plt
