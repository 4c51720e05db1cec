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
import json
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

from benchmarks.lib.machine import load_average, wait_idle  # noqa: E402
from benchmarks.lib.output import cell, log  # noqa: E402
from benchmarks.lib.server import bench_env, serve  # noqa: E402
from benchmarks.turn_data import VOICES  # noqa: E402
from benchmarks.turns.analysis import verdicts  # noqa: E402
from benchmarks.turns.clips import (  # noqa: E402
    build_answers,
    build_clips,
    check_clips,
    make_silence,
    print_clips,
)
from benchmarks.turns.document import result_document  # noqa: E402
from benchmarks.turns.offline import compare, decode_lines  # noqa: E402
from benchmarks.turns.options import hangovers, parse_args, turns_for  # noqa: E402
from benchmarks.turns.report import (  # noqa: E402
    BUSY_OTHER_CORES,
    print_details,
    print_outcomes,
    print_table,
    write_outputs,
)
from benchmarks.turns.step import run_step  # noqa: E402


async def run(args: argparse.Namespace) -> dict[str, Any]:
    began = time.monotonic()
    hangs = hangovers(args.extra_env)
    hangover, complete = hangs.hangover, hangs.complete
    hangover_phone, complete_phone = hangs.hangover_phone, hangs.complete_phone
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
    return result_document(
        args,
        began=began,
        load_start=load_start,
        hangs=hangs,
        server_env=server.env,
        clips=clips,
        warnings=warnings,
        skipped=skipped,
        verdict=verdict,
        steps=steps,
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(__doc__.split("\n\n")[0], argv)
    document = asyncio.run(run(args))
    write_outputs(document, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
