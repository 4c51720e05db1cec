"""Voice turn latency: end of speech → first reply audio at the listener, N negotiations.

Starts `vyaparmitra serve` on the embedded defaults (a throwaway SQLite file, the
in-memory room bus, tiny.en for English, Piper joe) and runs N concurrent voice
negotiations for each N of `--ns`. In each, a shopper on the browser protocol (PCM16,
16 kHz) and a vendor on the Twilio Media Streams protocol (μ-law, 8 kHz) take turns
saying pre-recorded market lines (`benchmarks/turn_data.py`: every kind of line, more
than half not complete offers, spoken by espeak-ng voices the product never replies in;
English, or Hindi on both legs with `--languages`) in real time, 20 ms a frame. It
prints a table, writes JSON and, when matplotlib is importable, a PNG.

    .venv/bin/python benchmarks/turn_latency.py            # N = 1, 2, 4, 8, 16: ~6 min
    .venv/bin/python benchmarks/turn_latency.py --quick    # N = 1, 2, few turns: ~1.5 min
    .venv/bin/python benchmarks/turn_latency.py --ns 1 --turns 20 --hangover-ms 300
    .venv/bin/python benchmarks/turn_latency.py --ns 2 --languages en,hi  # one of each

What is measured, on this process's monotonic clock:

- **Latency**: the moment the frame holding the last speech sample of a line was sent
  → the arrival of the first audio of the response: the reply at the listener (the
  shopper's first binary frame after `audio_start`; the phone's first `media` message),
  or a question back to the speaker. Replies are matched to turns by utterance id: each
  side's own `transcript` events (the vendor's on a socket that watches the room beside
  the phone, as the vendor's console does), `audio_start` at the browser, the `mark`
  closing each burst of media on the phone.
- **Premature** (a failure, reported beside the latency and left out of it): the
  endpointer cut the line at one of its pauses: a second `speech_started` for the
  speaker inside the line, the words coming back as more than one final transcript, or
  a final transcript or reply audio arriving before the last speech frame was sent
  (partial transcripts while speaking are no cut). Lines carry ~350 ms comma pauses and
  ~250 ms sentence breaks; the server may end a turn after a shorter silence when the
  words so far make a whole move, so a break after a price is where it would go wrong.
- **Asked back**: a price the server heard without confidence is asked of its speaker;
  the speaker hears the question out and answers by voice ("Yes." or "No,
  thirty-seven.", `turn_data.answer_for`), up to twice a line. A turn is relayed
  directly, asked back (latency to the question; the relay after the answer reported
  beside it) or lost (nothing relayed).
- **Timeout**: no response within `--reply-timeout` (10 s), lost turns included.
  Timeouts count as infinitely slow in the percentiles.
- **Server stages**: the room's `latency` event for the turn: `total_ms` (the server's
  own estimate from its end of speech) and `stages_ms` (stt, understand, domain,
  translate, tts_first_audio). `endpoint` = total − the stages: the VAD hangover plus
  the hops between stages. `delivery` = client latency − server total.

How the conversation runs:

- Microphones are always on, as a browser's and a phone's are: both sides stream frames
  all the time, with a low noise floor (`--noise-dbfs`) when nobody speaks, so the
  server runs VAD on 2N streams. A frame is sent at its real-time slot; when the client
  falls behind it sends the frames due at once (as a browser's audio worklet would) and
  `lag` reports by how much.
- Turns alternate, shopper first. The listener waits for the reply, hears it in real
  time (the seconds of audio it received, from its first frame), pauses `--gap` and
  then says its own line. Between greetings, remarks and questions, shopper and vendor
  bid (₹30-₹34 against ₹35-₹40 on a ₹40 list, ₹32 floor); nothing is an accept or a
  refusal, so negotiations never close.
- **Early replies** (must be 0): reply audio that reached the listener before the
  speaker's last speech frame was sent.
- With N > 1 the negotiations start at random offsets within `--stagger` seconds, so
  they do not all finish speaking in the same 20 ms.
- Each N gets fresh users, product and negotiations. The client's and the server's CPU
  use, everything else's, and the load average are recorded per N: on a shared 2-core
  machine, a step where other processes used much CPU should be rerun (`--wait-idle`).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import platform
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

from benchmarks.lib.machine import cpu_model, git, load_average, wait_idle  # noqa: E402
from benchmarks.lib.output import cell, log  # noqa: E402
from benchmarks.lib.server import bench_env, serve  # noqa: E402
from benchmarks.turn_data import VOICES  # noqa: E402
from benchmarks.turns.analysis import verdicts  # noqa: E402
from benchmarks.turns.clips import (  # noqa: E402
    SPLIT_ALIGNMENTS,
    build_answers,
    build_clips,
    check_clips,
    make_silence,
    print_clips,
)
from benchmarks.turns.offline import compare, decode_lines  # noqa: E402
from benchmarks.turns.report import (  # noqa: E402
    BUSY_OTHER_CORES,
    print_details,
    print_outcomes,
    print_table,
    write_outputs,
)
from benchmarks.turns.step import run_step  # noqa: E402

DEFAULT_OUT = ROOT / "benchmarks" / "results" / "turn_latency.json"
DEFAULT_NS = (1, 2, 4, 8, 16)
DEFAULT_TURNS = {1: 20, 2: 10, 4: 6, 8: 4, 16: 4}
"""Turns per negotiation (both sides together) by N, when `--turns` is not given."""
QUICK_NS = (1, 2)
QUICK_TURNS = 4


# --------------------------------------------------------------------------- main


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
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


async def run(args: argparse.Namespace) -> dict[str, Any]:
    from server.settings import Settings

    began = time.monotonic()
    hangover = int(
        args.extra_env.get(
            "VYAPAR_VAD_HANGOVER_MS", Settings.model_fields["vad_hangover_ms"].default
        )
    )
    complete_env = args.extra_env.get(
        "VYAPAR_VAD_COMPLETE_HANGOVER_MS",
        Settings.model_fields["vad_complete_hangover_ms"].default,
    )
    complete = int(complete_env) or None
    hangover_phone = (
        int(
            args.extra_env.get(
                "VYAPAR_VAD_HANGOVER_PHONE_MS",
                Settings.model_fields["vad_hangover_phone_ms"].default,
            )
        )
        or hangover
    )
    complete_phone = (
        int(
            args.extra_env.get(
                "VYAPAR_VAD_COMPLETE_HANGOVER_PHONE_MS",
                Settings.model_fields["vad_complete_hangover_phone_ms"].default,
            )
        )
        or None
    )
    load_start = load_average()
    log(f"load average {load_start}; preparing speech (espeak-ng {', '.join(VOICES.values())})…")
    silence = make_silence(args.noise_dbfs, args.seed)
    clips = await build_clips(
        args.seed,
        args.noise_dbfs,
        hangover,
        silence,
        complete,
        complete_phone_ms=complete_phone,
        hangover_phone_ms=hangover_phone,
    )
    print_clips(clips)
    answers = build_answers(args.seed, args.noise_dbfs)
    warnings = check_clips(clips, hangover)
    for warning in warnings:
        log(f"  warning: {warning}")
    out: Path = args.out
    database = tempfile.TemporaryDirectory(prefix="turn-latency-")
    server = serve(
        {
            **bench_env(f"sqlite+aiosqlite:///{database.name}/bench.db"),
            "VYAPAR_WARM_LANGUAGES": json.dumps(sorted(set(args.language_list))),
            "VYAPAR_PASSWORD_HASH_TIME_COST": "1",
            "VYAPAR_PASSWORD_HASH_MEMORY_KIB": "64",
            "VYAPAR_NEGOTIATION_IDLE_SECONDS": "3600",
            **args.extra_env,
        },
        out.with_name(out.stem + "_server.log"),
    )
    steps: list[dict[str, Any]] = []
    skipped: list[int] = []
    try:
        ready_s = server.start(timeout=180)
        log(
            f"server ready in {ready_s:.1f} s (pid {server.pid}, hangover {hangover} ms, "
            f"{hangover_phone} ms on the phone leg; "
            f"after a whole move {complete or hangover} ms on the browser leg, "
            f"{complete_phone or hangover_phone} ms on the phone leg)"
        )
        deadline = began + args.time_limit
        for n in args.n_list:
            if args.wait_idle:
                waited = time.monotonic()
                await wait_idle(args.wait_idle)
                deadline += time.monotonic() - waited  # --time-limit counts measuring only
            time_left = deadline - time.monotonic() - 10
            if time_left < 30:
                log(f"N={n}: skipped, --time-limit {args.time_limit:.0f} s reached")
                skipped.append(n)
                continue
            turns = turns_for(n, args)
            log(f"N={n}: {n} negotiation(s) × {turns} turns …")
            step = await run_step(server, clips, silence, n, turns, args, time_left, answers)
            if step["unfinished_negotiations"]:
                log(f"  {step['unfinished_negotiations']} negotiation(s) cut short (time limit)")
            lat = step["latency_ms"]
            ways = step["outcomes"]
            log(
                f"  p50 {cell(lat['p50'], 0)} ms, p95 {cell(lat['p95'], 0)} ms, "
                f"{ways['direct']['turns']} relayed directly, {ways['asked']['turns']} asked "
                f"back, {ways['lost']['turns']} lost, "
                f"{step['premature']} premature, {step['early_replies']} early replies, "
                f"{step['timeouts']} timeouts, {step['not_offers']}/{step['turns']} not offers, "
                f"load {step['load_average_before']} → {step['load_average_after']}, "
                f"cores {step['cores']}, {step['elapsed_s']} s"
            )
            if (step["cores"].get("other") or 0) > BUSY_OTHER_CORES:
                log(f"  note: other processes used {step['cores']['other']} cores: rerun this N")
            steps.append(step)
            await asyncio.sleep(2.0)
    finally:
        server.stop()
        database.cleanup()
    if args.offline and steps:
        log("decoding every line offline (the same audio, model and prompt) …")
        try:
            readings = await decode_lines(clips, silence, args.language_list)
        except Exception as exc:  # the measurement above still stands and is written
            log(f"  offline decoding failed: {exc!r}")
            readings = {}
        for step in steps if readings else []:
            step["live_vs_offline"] = compare(step["rows"], readings)
            seen = step["live_vs_offline"]
            log(
                f"  N={step['n']}: price as offline in {seen['price_as_offline']} of "
                f"{seen['compared']} turns seen (differ: {', '.join(seen['differ']) or '-'}; "
                f"no words: {seen['not_seen']})"
            )
            for row in step["rows"]:
                if row.get("price_as_offline") is False or (not row["heard"] and "offline" in row):
                    log(
                        f"    {row['line']}: live {row['heard']!r}, "
                        f"offline {row['offline']['text']!r} ({row['offline']['confidence']})"
                    )
    log("")
    print_table(steps)
    log("")
    print_outcomes(steps)
    log("")
    print_details(steps)
    log("")
    verdict = verdicts(steps)
    bar = verdict["bar_at_n1"]
    if bar is not None:
        log(
            f"bar at N=1 ({bar['target']}): {'MET' if bar['met'] else 'MISSED'} "
            f"(p50 {cell(bar['p50_ms'], 0)} ms, p95 {cell(bar['p95_ms'], 0)} ms, "
            f"{bar['premature']} premature, {bar['timeouts']} timeouts)"
        )
    log(f"largest N with p95 < 2 s: {verdict['largest_n_p95_under_2s']}")
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
            "server_env": {k: v for k, v in server.env.items() if k != "VYAPAR_SECRET_KEY"},
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


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    document = asyncio.run(run(args))
    write_outputs(document, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
