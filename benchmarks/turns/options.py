"""`turn_latency.py`'s command line: the steps (N), turns per negotiation, the server's
environment, and the VAD hangovers the server will run with."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

DEFAULT_OUT = ROOT / "benchmarks" / "results" / "turn_latency.json"
DEFAULT_NS = (1, 2, 4, 8, 16)
DEFAULT_TURNS = {1: 20, 2: 10, 4: 6, 8: 4, 16: 4}
"""Turns per negotiation (both sides together) by N, when `--turns` is not given."""
QUICK_NS = (1, 2)
QUICK_TURNS = 4


def parse_args(description: str, argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The command line of `benchmarks/turn_latency.py` (`description`: its first lines)."""
    parser = argparse.ArgumentParser(
        description=description, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--ns", help="concurrent negotiations per step (default 1,2,4,8,16)")
    parser.add_argument(
        "--languages",
        default="en",
        help="what the negotiations speak, in turn (en, hi): en,hi makes every second one "
        "Hindi, on both legs (default en)",
    )
    parser.add_argument(
        "--turns",
        type=int,
        help="turns per negotiation, both sides together (default by N: "
        + ", ".join(f"{n}: {t}" for n, t in DEFAULT_TURNS.items())
        + ")",
    )
    parser.add_argument("--quick", action="store_true", help="N = 1, 2 and 4 turns: a smoke run")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="JSON (PNG beside it)")
    parser.add_argument(
        "--hangover-ms",
        type=int,
        help="the server's full VAD hangover (VYAPAR_VAD_HANGOVER_MS; default: the server's, 576)",
    )
    parser.add_argument("--gap", type=float, default=0.5, help="pause after hearing a reply (s)")
    parser.add_argument(
        "--stagger", type=float, default=6.0, help="spread the starts of N > 1 over this (s)"
    )
    parser.add_argument("--reply-timeout", type=float, default=10.0, help="seconds")
    parser.add_argument(
        "--time-limit",
        type=float,
        default=480.0,
        help="seconds for the whole run, not counting --wait-idle: steps past it are cut "
        "short or skipped",
    )
    parser.add_argument(
        "--noise-dbfs", type=float, default=-60.0, help="microphone noise floor (RMS dBFS)"
    )
    parser.add_argument("--seed", type=int, default=7, help="Piper's noise, offsets, noise")
    parser.add_argument(
        "--no-offline",
        dest="offline",
        action="store_false",
        help="skip decoding each line offline after the run (live vs offline transcripts)",
    )
    parser.add_argument(
        "--wait-idle",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="before each step, wait up to this long for other processes to go quiet",
    )
    parser.add_argument(
        "--server-env",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="extra environment for the server (repeatable), e.g. VYAPAR_STT_WORKERS=2",
    )
    args = parser.parse_args(argv)
    if args.ns:
        try:
            args.n_list = [int(x) for x in args.ns.split(",") if x.strip()]
        except ValueError:
            parser.error("--ns takes numbers separated by commas")
        if not args.n_list or min(args.n_list) < 1:
            parser.error("--ns needs positive numbers")
    else:
        args.n_list = list(QUICK_NS if args.quick else DEFAULT_NS)
    args.language_list = [x.strip() for x in args.languages.split(",") if x.strip()]
    if not args.language_list or set(args.language_list) - {"en", "hi"}:
        parser.error("--languages takes en and/or hi, separated by commas")
    args.extra_env = {}
    for item in args.server_env:
        key, sep, value = item.partition("=")
        if not sep or not key.startswith("VYAPAR_"):
            parser.error(f"--server-env takes VYAPAR_KEY=VALUE, not {item!r}")
        args.extra_env[key] = value
    if args.hangover_ms is not None:
        args.extra_env["VYAPAR_VAD_HANGOVER_MS"] = str(args.hangover_ms)
    return args


def turns_for(n: int, args: argparse.Namespace) -> int:
    if args.turns is not None:
        return max(1, args.turns)
    if args.quick:
        return QUICK_TURNS
    fitting = [t for m, t in sorted(DEFAULT_TURNS.items()) if m <= n]
    return fitting[-1] if fitting else DEFAULT_TURNS[1]


@dataclass(frozen=True)
class Hangovers:
    """The server's VAD hangovers (ms), from `--server-env` or the server's defaults."""

    hangover: int
    complete: int | None
    """After a whole move on the browser leg; None: the full hangover."""
    hangover_phone: int
    complete_phone: int | None


def hangovers(extra_env: dict[str, str]) -> Hangovers:
    """What the server started with `extra_env` will wait after speech ends."""
    from server.settings import Settings

    hangover = int(
        extra_env.get("VYAPAR_VAD_HANGOVER_MS", Settings.model_fields["vad_hangover_ms"].default)
    )
    complete_env = extra_env.get(
        "VYAPAR_VAD_COMPLETE_HANGOVER_MS",
        Settings.model_fields["vad_complete_hangover_ms"].default,
    )
    complete = int(complete_env) or None
    hangover_phone = (
        int(
            extra_env.get(
                "VYAPAR_VAD_HANGOVER_PHONE_MS",
                Settings.model_fields["vad_hangover_phone_ms"].default,
            )
        )
        or hangover
    )
    complete_phone = (
        int(
            extra_env.get(
                "VYAPAR_VAD_COMPLETE_HANGOVER_PHONE_MS",
                Settings.model_fields["vad_complete_hangover_phone_ms"].default,
            )
        )
        or None
    )
    return Hangovers(hangover, complete, hangover_phone, complete_phone)
