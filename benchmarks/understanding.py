"""Understanding benchmark: how much of what people say at a stall is understood, per language.

Reads the market-sentence corpus (`tests/corpus/understanding/<lang>.jsonl`, see its
README), runs `audio.understanding.understand` on every line in the line's context (is a
price from the other side on the table?), and scores it the way the product acts on it:

- a line is *right* when intent, amount, per unit or total, quantity, unit and the
  "final" mark all match (a total for exactly one unit counts as the rate per that
  unit: "60 for one kilo" is "60 a kilo"); a line marked `unsure` is right when no
  price is recorded;
- a *wrong price* is a price the product would record and relay (an understood price at
  the recording confidence, `audio.interpret.MIN_CONFIDENCE`) that is not the line's;
- a *wrong accept* ("wrong ✓") is an accept the product would act on (understood as an
  accept at the recording confidence) on a line that is no accept: said in reply to a
  price, it is a deal the speaker never made (live, a spoken accept asks for a one-word
  yes; a typed one is taken at once), so it is as dangerous as a wrong price;
- *asked* counts lines where a price was heard below that confidence, so the speaker is
  asked to confirm instead of a bid being recorded.

    .venv/bin/python benchmarks/understanding.py                  # the project's corpus
    .venv/bin/python benchmarks/understanding.py --corpus DIR     # any folder of <lang>.jsonl
    .venv/bin/python benchmarks/understanding.py --show-misses hi # each miss, with why

It prints a table per language and writes `benchmarks/results/understanding.json`.
Understanding is deterministic, so the figures do not depend on the machine; the time
per line (median) is printed for reference.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from audio.interpret import MIN_CONFIDENCE  # noqa: E402
from audio.understanding import Understanding, understand  # noqa: E402

CORPUS = ROOT / "tests" / "corpus" / "understanding"
LANGUAGES = ("hi", "en", "ta", "te", "bn", "mr", "gu", "kn", "ml", "pa")
FIELDS = ("intent", "amount_paise", "per_unit", "quantity", "unit", "final")


@dataclass(frozen=True)
class Case:
    language: str
    line: int
    text: str
    context: str
    expected: dict[str, Any]
    unsure: bool
    note: str
    reference_paise: int | None = None
    """The price on the table, where the line names it: passed to `understand`."""


def load_corpus(folder: Path = CORPUS, languages: Iterable[str] = LANGUAGES) -> list[Case]:
    """Every line of `folder/<lang>.jsonl` for the given languages (missing files skipped)."""
    cases = []
    for language in languages:
        path = folder / f"{language}.jsonl"
        if not path.exists():
            continue
        for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not raw.strip():
                continue
            row = json.loads(raw)
            expected = {name: row.get(name) for name in FIELDS}
            expected["final"] = bool(row.get("final", False))
            cases.append(
                Case(
                    language=language,
                    line=number,
                    text=row["text"],
                    context=row["context"],
                    expected=expected,
                    unsure=bool(row.get("unsure", False)),
                    note=row.get("note", ""),
                    reference_paise=row.get("reference_paise"),
                )
            )
    return cases


@dataclass(frozen=True)
class Verdict:
    case: Case
    got: dict[str, Any]
    right: bool
    wrong_price: bool
    """A price recorded at the recording confidence that is not the line's price."""
    wrong_accept: bool
    """An accept at the recording confidence on a line whose move is not an accept."""
    asked: bool
    """A price was heard below the recording confidence: the speaker is asked."""
    misses: tuple[str, ...]
    seconds: float


def _same(name: str, expected: Any, got: Any) -> bool:
    if name == "quantity" and expected is not None and got is not None:
        return abs(float(expected) - float(got)) < 1e-6
    return bool(expected == got)


def _one_unit_as_rate(fields: dict[str, Any]) -> dict[str, Any]:
    """A total for exactly one unit ("60 for one kilo") is the same offer as a rate per
    that unit ("60 a kilo"): the same money for the same goods. Both readings are
    scored alike, so the corpus's convention (a rate) and a writer who labels the total
    agree."""
    if fields.get("per_unit") is False and fields.get("quantity") == 1 and fields.get("unit"):
        return {**fields, "per_unit": True, "quantity": None}
    return fields


def judge(case: Case) -> Verdict:
    """Understand one line in its context and score it."""
    start = time.perf_counter()
    understood: Understanding = understand(
        case.text,
        language=case.language,
        has_outstanding_offer=case.context == "reply",
        reference_paise=case.reference_paise,
    )
    seconds = time.perf_counter() - start
    sure = understood.confidence >= MIN_CONFIDENCE
    heard_price = understood.amount_paise is not None
    recorded = understood.amount_paise if sure else None
    got = {
        "intent": str(understood.intent),
        "amount_paise": recorded,
        "per_unit": understood.per_unit,
        "quantity": understood.quantity,
        "unit": understood.unit,
        "final": understood.final,
    }
    expected_amount = case.expected["amount_paise"]
    wrong_price = recorded is not None and recorded != expected_amount
    asked = heard_price and not sure
    wrong_accept = sure and got["intent"] == "accept" and case.expected["intent"] != "accept"
    if case.unsure:
        right = recorded is None
        misses: tuple[str, ...] = () if right else ("recorded an unsure price",)
    else:
        want, have = _one_unit_as_rate(case.expected), _one_unit_as_rate(got)
        misses = tuple(n for n in FIELDS if not _same(n, want[n], have[n]))
        right = not misses
    return Verdict(case, got, right, wrong_price, wrong_accept, asked, misses, seconds)


@dataclass
class LanguageScore:
    lines: int = 0
    right: int = 0
    wrong_prices: int = 0
    wrong_accepts: int = 0
    asked: int = 0
    field_misses: dict[str, int] = field(default_factory=dict)
    seconds: list[float] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.right / self.lines if self.lines else 0.0


def score(verdicts: Sequence[Verdict]) -> dict[str, LanguageScore]:
    """Per-language tallies, in corpus order."""
    table: dict[str, LanguageScore] = {}
    for v in verdicts:
        s = table.setdefault(v.case.language, LanguageScore())
        s.lines += 1
        s.right += v.right
        s.wrong_prices += v.wrong_price
        s.wrong_accepts += v.wrong_accept
        s.asked += v.asked
        s.seconds.append(v.seconds)
        for name in v.misses:
            s.field_misses[name] = s.field_misses.get(name, 0) + 1
    return table


def format_table(table: dict[str, LanguageScore]) -> str:
    head = f"{'lang':<5}{'lines':>6}{'right':>7}{'accuracy':>10}{'wrong ₹':>9}{'wrong ✓':>9}"
    head += f"{'asked':>7}"
    head += f"{'µs/line':>9}  misses by field"
    rows = [head, "-" * len(head)]
    total = LanguageScore()
    for language, s in table.items():
        misses = ", ".join(f"{k} {n}" for k, n in sorted(s.field_misses.items()))
        micro = statistics.median(s.seconds) * 1e6 if s.seconds else 0.0
        rows.append(
            f"{language:<5}{s.lines:>6}{s.right:>7}{s.accuracy:>10.1%}{s.wrong_prices:>9}"
            f"{s.wrong_accepts:>9}{s.asked:>7}{micro:>9.0f}  {misses}"
        )
        total.lines += s.lines
        total.right += s.right
        total.wrong_prices += s.wrong_prices
        total.wrong_accepts += s.wrong_accepts
        total.asked += s.asked
    rows.append("-" * len(head))
    rows.append(
        f"{'all':<5}{total.lines:>6}{total.right:>7}{total.accuracy:>10.1%}"
        f"{total.wrong_prices:>9}{total.wrong_accepts:>9}{total.asked:>7}"
    )
    return "\n".join(rows)


def describe(v: Verdict) -> str:
    c = v.case
    lines = [f"{c.language}:{c.line} {c.text}  ({c.note})"]
    if c.unsure:
        lines.append(f"    unsure line; got {v.got}")
    else:
        for name in v.misses:
            lines.append(f"    {name}: expected {c.expected[name]!r}, got {v.got[name]!r}")
    if v.wrong_price:
        lines.append("    WRONG PRICE")
    if v.wrong_accept:
        lines.append(f"    WRONG ACCEPT (expected {c.expected['intent']})")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--languages", default=",".join(LANGUAGES))
    parser.add_argument("--show-misses", default="", help="languages whose misses to list")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results")
    args = parser.parse_args(argv)
    languages = [x for x in args.languages.split(",") if x]
    verdicts = [judge(c) for c in load_corpus(args.corpus, languages)]
    if not verdicts:
        print(f"no corpus lines under {args.corpus}", file=sys.stderr)
        return 2
    table = score(verdicts)
    print(f"corpus: {args.corpus}  recording confidence: {MIN_CONFIDENCE}")
    print(format_table(table))
    show = {x for x in args.show_misses.split(",") if x}
    for v in verdicts:
        if v.case.language in show and (not v.right or v.wrong_price or v.wrong_accept):
            print(describe(v))
    args.out.mkdir(parents=True, exist_ok=True)
    report = {
        "corpus": str(args.corpus),
        "min_confidence": MIN_CONFIDENCE,
        "languages": {
            lang: {
                "lines": s.lines,
                "right": s.right,
                "accuracy": round(s.accuracy, 4),
                "wrong_prices": s.wrong_prices,
                "wrong_accepts": s.wrong_accepts,
                "asked": s.asked,
                "field_misses": s.field_misses,
                "median_us": round(statistics.median(s.seconds) * 1e6, 1),
            }
            for lang, s in table.items()
        },
        "misses": [
            {
                "language": v.case.language,
                "line": v.case.line,
                "text": v.case.text,
                "expected": v.case.expected,
                "got": v.got,
                "wrong_price": v.wrong_price,
                "wrong_accept": v.wrong_accept,
            }
            for v in verdicts
            if not v.right or v.wrong_price or v.wrong_accept
        ],
    }
    path = args.out / "understanding.json"
    path.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
