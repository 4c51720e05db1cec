"""Market-talk benchmark: what the listener receives of stall talk that is no price move.

Reads the market corpus (`tests/corpus/market/<lang>.jsonl`, see its README) and puts
every line through `audio.interpret.interpret`, the path a live turn takes, towards
another language (English; Hindi for English lines). Each line is received as one of:

- *act ✓*: the market act it was labelled with, said from the act's rendering;
- *price act*: a negotiation act (offer, counter, accept, reject, price question) from
  understanding, rendered by the phrasebook; right for a line labelled as no market act
  (a price move), and for "too expensive" or "give a discount" the listener hears a
  refusal or a price question;
- *relayed*: no act, so the words go to free-text translation: machine translation when
  a translation model is configured, else the speaker's own voice after a note in the
  listener's language (typed words read by a voice of their language), never a
  transliteration read out (`server/live/turns/relay.py`);
- *wrong act*: a market act other than the line's label (a null label included).

*Right* is what the issue's bar counts: the line's own act, a line labelled with no act
that is relayed (or is a price move), or a price act that says what the labelled act
says (`SAME_MEANING`: "how much?" heard as the price question, "too expensive" as the
refusal, "deal" as the accept). "Give a discount" or "how much for all?" heard as "How
much is this?" is not counted right: the listener loses the request.

*Priced* counts the lines that carry no price of their own and are received as an offer,
counter or accept of an amount (a "deal" line accepting aside): a price relayed that
nobody said ("two or three nails extra, free" heard as ₹2, "my son is in the twelfth"
as ₹12). A line labelled with a market act says no price; with `--null-is-small-talk`
(the sealed talk sets, whose unlabelled lines are small talk) a line with no label
says none either, while in the project corpus an unlabelled line is a price move. A
priced line is a wrong act, counted in *wrong* too, and never right. With
`--null-is-small-talk` a line with no label received as any price move (small talk
"how beautiful!" heard as "how much is it?") is wrong too, and not right.

*Accepts* counts the market lines (labelled with an act other than "deal") that
understanding takes as an accept ("ok, I'll go" read as "ok"): a deal offered to the
listener that nobody made.

    .venv/bin/python benchmarks/market_talk.py [--corpus DIR] [--out DIR] [--show-misses hi]
        [--null-is-small-talk]

Prints a table per language and writes `market_talk.json` under `--out`. The recogniser is
deterministic, so the shares do not depend on the machine; the median time per line is
printed for reference with the load average beside it.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from audio.interpret import interpret  # noqa: E402
from audio.market import LANGUAGES  # noqa: E402
from audio.phrasebook import PhrasebookMT  # noqa: E402
from benchmarks.lib.machine import load_average, revision  # noqa: E402
from benchmarks.lib.output import fail, write_json  # noqa: E402

CORPUS = ROOT / "tests" / "corpus" / "market"
KINDS = ("act", "price", "relayed", "wrong")
SAME_MEANING = frozenset(
    {("ask_price", "question"), ("too_expensive", "reject"), ("deal", "accept")}
)
"""(labelled act, price act) pairs whose rendering says what the act says."""


@dataclass(frozen=True)
class Received:
    language: str
    text: str
    label: str | None
    kind: str
    got: str | None
    seconds: float
    amount_paise: int | None = None
    """The amount of the price act received, if any."""


async def receive(language: str, line: dict[str, object]) -> Received:
    """What the listener gets of one corpus line, through interpret()."""
    text, label = str(line["text"]), line.get("act")
    target = "hi" if language == "en" else "en"
    start = time.perf_counter()
    result = await interpret(
        text,
        source=language,
        target=target,
        speaker=str(line.get("speaker", "customer")),
        mt=PhrasebookMT(),
    )
    seconds = time.perf_counter() - start
    if result.market is not None:
        got: str | None = result.market.act
        kind = "act" if got == label else "wrong"
    elif result.act is not None:
        got, kind = result.act.kind.value, "price"
    else:
        got, kind = None, "relayed"
    amount = result.act.amount_paise if result.act is not None else None
    labelled = label if isinstance(label, str) else None
    return Received(language, text, labelled, kind, got, seconds, amount)


PRICING = frozenset({"offer", "counter", "accept"})


def priced(r: Received, *, null_is_small_talk: bool = False) -> bool:
    """A line that says no price received as a price move with an amount (see *Priced*)."""
    if r.kind != "price" or r.amount_paise is None or r.got not in PRICING:
        return False
    if r.label is None:
        return null_is_small_talk
    return not (r.label == "deal" and r.got == "accept")


def load(folder: Path, language: str) -> list[dict[str, object]]:
    path = folder / f"{language}.jsonl"
    if not path.exists():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(x) for x in lines if x.strip()]


def right(r: Received, *, null_is_small_talk: bool = False) -> bool:
    """Whether the listener receives what the line says (see *Right* above)."""
    if priced(r, null_is_small_talk=null_is_small_talk):
        return False
    if r.kind == "act":
        return True
    if r.label is None:  # small talk is right only relayed; a price move, also as one
        return r.kind == "relayed" or (r.kind == "price" and not null_is_small_talk)
    return r.kind == "price" and (r.label, r.got) in SAME_MEANING


def wrong(r: Received, *, null_is_small_talk: bool = False) -> bool:
    """A meaning the line did not say: another market act, a price nobody said, or (with
    `null_is_small_talk`) small talk received as a price move ("how beautiful!" as "how
    much is it?")."""
    return (
        r.kind == "wrong"
        or priced(r, null_is_small_talk=null_is_small_talk)
        or (null_is_small_talk and r.label is None and r.kind == "price")
    )


def accepts(got: list[Received]) -> int:
    """Market lines other than "deal" that understanding takes as an accept."""
    return sum(1 for r in got if r.label not in (None, "deal") and r.got == "accept")


def table(rows: dict[str, list[Received]], *, null_is_small_talk: bool = False) -> str:
    out = [
        f"{'lang':<5}{'lines':>6}{'right':>7}{'act ✓':>8}{'price act':>11}{'relayed':>9}"
        f"{'wrong':>7}{'priced':>8}{'accepts':>9}"
    ]
    for language, got in rows.items():
        n = len(got)
        counts = {k: sum(1 for r in got if r.kind == k) for k in KINDS}
        shares = [f"{100 * counts[k] / n:.0f}%" for k in KINDS]
        ok = f"{100 * sum(right(r, null_is_small_talk=null_is_small_talk) for r in got) / n:.0f}%"
        n_priced = sum(priced(r, null_is_small_talk=null_is_small_talk) for r in got)
        n_wrong = sum(wrong(r, null_is_small_talk=null_is_small_talk) for r in got)
        out.append(
            f"{language:<5}{n:>6}{ok:>7}{shares[0]:>8}{shares[1]:>11}{shares[2]:>9}"
            f"{n_wrong:>7}{n_priced:>8}{accepts(got):>9}"
        )
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results")
    parser.add_argument("--show-misses", default="", help="languages whose misses to list")
    parser.add_argument(
        "--null-is-small-talk",
        action="store_true",
        help="lines with no act label are small talk that says no price (the sealed sets)",
    )
    args = parser.parse_args(argv)
    small_talk = bool(args.null_is_small_talk)

    async def run() -> dict[str, list[Received]]:
        rows: dict[str, list[Received]] = {}
        for language in LANGUAGES:
            lines = load(args.corpus, language)
            if lines:
                rows[language] = [await receive(language, line) for line in lines]
        return rows

    rows = asyncio.run(run())
    if not rows:
        fail(f"no corpus lines under {args.corpus}")
    load_now = load_average()
    print(f"corpus: {args.corpus}  load average: {load_now}")
    print(table(rows, null_is_small_talk=small_talk))
    show = {x for x in args.show_misses.split(",") if x}
    every = [r for got in rows.values() for r in got]
    for r in every:
        if r.language in show and not right(r, null_is_small_talk=small_talk):
            print(f"  {r.language} {r.kind:<8} {r.text!r}: labelled {r.label}, got {r.got}")
    print(f"median per line: {statistics.median(r.seconds for r in every) * 1e3:.2f} ms")
    report = {
        "corpus": str(args.corpus),
        "revision": revision(),
        "load_average": load_now,
        "languages": {
            language: {
                "lines": len(got),
                "right": sum(right(r, null_is_small_talk=small_talk) for r in got),
                **{k: sum(1 for r in got if r.kind == k) for k in KINDS},
                "priced": sum(priced(r, null_is_small_talk=small_talk) for r in got),
                "wrong_meaning": sum(wrong(r, null_is_small_talk=small_talk) for r in got),
                "accepts": accepts(got),
                "median_ms": round(statistics.median(r.seconds for r in got) * 1e3, 3),
            }
            for language, got in rows.items()
        },
        "misses": [
            {
                "language": r.language,
                "text": r.text,
                "label": r.label,
                "kind": "priced" if priced(r, null_is_small_talk=small_talk) else r.kind,
                "got": r.got,
                "amount_paise": r.amount_paise,
            }
            for r in every
            if r.kind in ("wrong", "relayed")
            or (r.kind == "price" and r.label is not None)
            or wrong(r, null_is_small_talk=small_talk)
        ],
    }
    path = args.out / "market_talk.json"
    write_json(report, path)
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
