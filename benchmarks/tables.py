"""How long understanding's tables take to build, per language, in a fresh process.

A server builds every language's tables at start-up (`VYAPAR_WARM_ENGINES`, and in the
parent of `serve --workers N`); a process that did not warm builds a language's tables
the first time it hears that language, inside that turn. Each repeat runs a new
interpreter that imports understanding and then prepares the languages one at a time
(`audio.understanding.prepare`: the number tables, the cue lexicon and the look-alike
indexes), so nothing is shared between repeats. Prints the median and the spread (min
to max) per language and for all ten, with the machine's load, and writes JSON.

    python -m benchmarks.tables --repeats 5 --out benchmarks/results/tables
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from audio.languages import LANGUAGES  # noqa: E402
from benchmarks.lib.machine import load_average, revision  # noqa: E402
from benchmarks.lib.output import cell, log, write_json  # noqa: E402

_ONE_RUN = """
import json, time
started = time.perf_counter()
from audio.understanding import prepare
seconds = {"import": time.perf_counter() - started}
for language in LANGUAGES:
    started = time.perf_counter()
    prepare(language)
    seconds[language] = time.perf_counter() - started
print(json.dumps(seconds))
"""


def one_run() -> dict[str, float]:
    """Seconds to import understanding and to prepare each language, in a new process."""
    code = f"LANGUAGES = {list(LANGUAGES)!r}\n{_ONE_RUN}"
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    seconds: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeats", type=int, default=5, help="fresh processes (default 5)")
    parser.add_argument("--out", type=Path, help="folder for tables.json")
    args = parser.parse_args(argv)
    load_before = load_average()
    runs = [one_run() for _ in range(max(1, args.repeats))]
    load_after = load_average()
    names = ["import", *LANGUAGES]
    for run in runs:
        run["all"] = sum(run[language] for language in LANGUAGES)
    summary = {}
    log(f"load average before {load_before}, after {load_after}; {len(runs)} fresh processes")
    log("what        median s    min s    max s")
    for name in [*names, "all"]:
        values = [run[name] for run in runs]
        summary[name] = {
            "median_s": round(statistics.median(values), 3),
            "min_s": round(min(values), 3),
            "max_s": round(max(values), 3),
        }
        row = summary[name]
        log(
            f"{name:<10}{cell(row['median_s'], 10, 2)}{cell(row['min_s'], 9, 2)}"
            f"{cell(row['max_s'], 9, 2)}"
        )
    if args.out is not None:
        document = {
            "revision": revision(),
            "load_average": {"before": load_before, "after": load_after},
            "repeats": len(runs),
            "seconds": summary,
            "runs": runs,
        }
        write_json(document, args.out / "tables.json")
        log(f"wrote {args.out / 'tables.json'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
