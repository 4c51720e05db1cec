"""`turn_latency.py`'s JSON document: the machine, the parameters, every line spoken and
each step's measurements."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.lib.machine import cpu_model, git, load_average
from benchmarks.turn_data import VOICES
from benchmarks.turns.clips import SPLIT_ALIGNMENTS, Clip
from benchmarks.turns.options import Hangovers, turns_for


def result_document(
    args: argparse.Namespace,
    *,
    began: float,
    load_start: Any,
    hangs: Hangovers,
    server_env: dict[str, str],
    clips: dict[str, Clip],
    warnings: list[str],
    skipped: list[int],
    verdict: dict[str, Any],
    steps: list[dict[str, Any]],
) -> dict[str, Any]:
    """Everything one run measured, with what it ran on and how."""
    hangover, complete = hangs.hangover, hangs.complete
    complete_phone, hangover_phone = hangs.complete_phone, hangs.hangover_phone
    document = {
        "benchmark": "turn_latency",
        "timestamp": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "commit": git("rev-parse", "--short", "HEAD"),
        "dirty": bool(git("status", "--porcelain", "--untracked-files=no")),
        "machine": {
            "nproc": os.cpu_count(),
            "cpu": cpu_model(),
            "platform": platform.platform(),
            "python": platform.python_version(),
        },
        "load_average_start": load_start,
        "load_average_end": load_average(),
        "command": " ".join([Path(sys.argv[0]).name, *sys.argv[1:]]),
        "voices": VOICES,
        "params": {
            "ns": args.n_list,
            "languages": args.language_list,
            "turns": {str(n): turns_for(n, args) for n in args.n_list},
            "gap_s": args.gap,
            "stagger_s": args.stagger,
            "reply_timeout_s": args.reply_timeout,
            "noise_dbfs": args.noise_dbfs,
            "seed": args.seed,
            "hangover_ms": hangover,
            "complete_hangover_ms": complete,
            "complete_hangover_phone_ms": complete_phone,
            "hangover_phone_ms": hangover_phone,
            "server_env": {k: v for k, v in server_env.items() if k != "VYAPAR_SECRET_KEY"},
        },
        "lines": [
            {
                "id": c.line.id,
                "side": c.line.side,
                "language": c.line.language,
                "offer": c.line.offer,
                "text": c.line.text,
                "pauses_s": list(c.line.pauses),
                "phrase_s": c.phrase_seconds,
                "speech_s": round(c.seconds, 3),
                "vad_splits": c.vad_splits,
                "early_cuts": c.early_cuts,
                "vad_offsets_tried": SPLIT_ALIGNMENTS,
                "vad_longest_pause_ms": c.vad_longest_pause_ms,
                "vad_tail_ms": c.vad_tail_ms,
                "understood": list(c.understood),
            }
            for c in clips.values()
        ],
        "warnings": warnings,
        "skipped_ns": skipped,
        "verdict": verdict,
        "elapsed_s": round(time.monotonic() - began, 1),
        "steps": steps,
    }
    return document
