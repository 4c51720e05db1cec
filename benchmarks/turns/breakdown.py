"""Where a turn's time goes after the speaker stops, by kind of line, from what
`turn_latency.py` already wrote: its JSON (each turn's client latency, the server's
`latency` stages) and, beside it, the server's log (`--server-env
VYAPAR_LOG_LEVEL=INFO`: each utterance's `utterance ended` line says whether the decode
made at its last pause stood as the final transcript).

    .venv/bin/python -m benchmarks.turns.breakdown benchmarks/results/turn_latency.json …

Turns relayed directly only (an asked turn's relay is timed from its speaker's answer),
pooled over the files given; medians in ms:

- `latency`: the client's end of speech → first reply audio at the listener.
- `silence`: the silence the server waited, from its own end of speech (the VAD's last
  speech window) to the cut: the hangover, 480 ms after a whole move or a finished
  sentence on the browser leg, else 576 ms (640 ms on the phone leg), plus the VAD's
  32 ms steps.
- `stt`: the cut → the final transcript: ~0 when the pause's decode stood and was done,
  the rest of it when it was still running, a whole decode when the audio grew.
- `undr`, `dom`, `tran`: understanding, the bid, the translation.
- `tts1`: the first audio of the reply: ~0 when it was synthesized during the pause
  (`reply ready`: how many turns had it under 5 ms).
- `hops`: the server's total − the stages above: the hand-offs between them.
- `deliv`: client latency − server total: the client's end of speech against the VAD's
  (the audible tail the VAD does not count as speech), the sockets and the event loops.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from benchmarks.lib.stats import median

KINDS = (
    ("shopper (browser), offers", "customer", True),
    ("shopper (browser), other lines", "customer", False),
    ("vendor (phone), offers", "vendor", True),
    ("vendor (phone), other lines", "vendor", False),
)
READY_MS = 5.0
"""A reply whose first audio went out this soon after the turn was understood was
synthesized ahead, during the pause (`reply ready`)."""
COLUMNS = ("latency", "silence", "stt", "undr", "dom", "tran", "tts1", "hops", "deliv")


def guess_fates(log_path: Path) -> dict[str, str]:
    """Utterance id → what became of the decode made at its last pause (`reused`,
    `reused (running)`, `audio grew`, …), from the server's `utterance ended` lines."""
    fates: dict[str, str] = {}
    if not log_path.exists():
        return fates
    for line in log_path.read_text(errors="replace").splitlines():
        if '"utterance ended"' not in line:
            continue
        try:
            record = json.loads(line)
        except ValueError:
            continue
        fates[str(record.get("utterance_id"))] = str(record.get("guess"))
    return fates


def parts(row: dict[str, Any]) -> dict[str, float] | None:
    """One turn's time after the end of speech, split as the columns say."""
    stages = row.get("stages_ms") or {}
    total = row.get("server_total_ms")
    if row.get("latency_ms") is None or total is None or row.get("vad_silence_ms") is None:
        return None
    silence = float(row["vad_silence_ms"])
    named = {
        "stt": stages.get("stt", 0.0),
        "undr": stages.get("understand", 0.0),
        "dom": stages.get("domain", 0.0),
        "tran": stages.get("translate", 0.0),
        "tts1": stages.get("tts_first_audio", 0.0),
    }
    return {
        "latency": float(row["latency_ms"]),
        "silence": silence,
        **named,
        "hops": total - silence - sum(named.values()),
        "deliv": float(row["latency_ms"]) - total,
    }


def breakdown(documents: Iterable[tuple[dict[str, Any], dict[str, str]]]) -> list[dict[str, Any]]:
    """Per kind of line (side × offer or not): how many turns, how they ended, whether
    the pause's decode stood, and the medians of `COLUMNS`."""
    rows: list[tuple[dict[str, Any], str]] = []
    for document, fates in documents:
        for step in document.get("steps", []):
            if step.get("n") != 1:
                continue
            for row in step["rows"]:
                if row.get("outcome", "direct") != "direct" or row["premature"] or row["timeout"]:
                    continue
                uid = row["utterance_ids"][-1] if row["utterance_ids"] else ""
                rows.append((row, fates.get(uid, "?")))
    out = []
    for label, side, offer in KINDS:
        mine = [(r, f) for r, f in rows if r["speaker"] == side and r["offer_line"] is offer]
        split = [p for p in (parts(r) for r, _ in mine) if p is not None]
        ended: dict[str, int] = {}
        fate: dict[str, int] = {}
        for r, f in mine:
            ended[str(r.get("end_of_turn"))] = ended.get(str(r.get("end_of_turn")), 0) + 1
            fate[f] = fate.get(f, 0) + 1
        out.append(
            {
                "kind": label,
                "turns": len(mine),
                "ended": ended,
                "pause_decode": fate,
                "reply_ready": sum(1 for p in split if p["tts1"] < READY_MS),
                "median_ms": {c: median(p[c] for p in split) for c in COLUMNS},
            }
        )
    return out


def markdown(table: Sequence[dict[str, Any]]) -> str:
    head = (
        "| line kind | turns | ended on | pause decode | reply ready | "
        + " | ".join(COLUMNS)
        + " |"
    )
    lines = [head, "|" + "---|" * (5 + len(COLUMNS))]
    for k in table:
        ended = ", ".join(f"{n} {why}" for why, n in sorted(k["ended"].items()))
        fate = ", ".join(f"{n} {why}" for why, n in sorted(k["pause_decode"].items()))
        cells = " | ".join(
            "-" if k["median_ms"][c] is None else f"{k['median_ms'][c]:,.0f}" for c in COLUMNS
        )
        lines.append(
            f"| {k['kind']} | {k['turns']} | {ended} | {fate} | {k['reply_ready']} | {cells} |"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("results", nargs="+", type=Path, help="turn_latency JSON files")
    args = parser.parse_args(argv)
    documents = []
    for path in args.results:
        document = json.loads(path.read_text())
        documents.append((document, guess_fates(path.with_name(path.stem + "_server.log"))))
    print(markdown(breakdown(documents)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
