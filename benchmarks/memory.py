"""Memory of N workers' speech models, three ways, and the STT latency through each.

    python -m benchmarks.memory [--workers 1,2,4] [--decodes 5] [--modes each,host,fork]

- `each`: every worker loads its own models (what `serve --workers N` did before).
- `host`: one engine process holds them; workers ask it over a Unix socket
  (`audio.engine_host`, what `serve --workers N` does now).
- `fork`: one process loads and warms the models, then forks the workers, which decode
  with the inherited models (pages shared copy-on-write, if they stay shared).

Workers are fresh interpreters (as uvicorn's are), except under `fork`. Each holds the
Whisper engines for English (tiny.en) and Hindi (base) and, but for `host`, the Piper
voice; the engine process and the forking parent warm both models and Piper. Memory is
PSS (shared pages split between the processes sharing them, from
/proc/PID/smaps_rollup), summed over every process of the setup, after warm-up and
after each worker decoded `--decodes` times an English and a Hindi clip (espeak-ng);
RSS is shown too. STT latency: each decode, the workers one at a time (no contention).
Each setup is run `--repeats` times; the table shows medians and spread (min–max).
Writes benchmarks/results/memory.json. `--serve` also measures `vyaparmitra serve
--workers N` itself (needs `--database-url` and `--redis-url`).
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing as mp
import os
import statistics
import tempfile
import time
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from benchmarks.lib import machine, output
from benchmarks.lib.procmem import total_mib, transport_ms

RESULTS = Path(__file__).resolve().parent / "results"
LANGUAGES = ("en", "hi")
CLIPS = {"en": ("Tomatoes, forty rupees a kilo.", "en-us"), "hi": ("टमाटर चालीस रुपये किलो", "hi")}
REPLY_SECONDS = 30.0
"""A worker that does not answer a decode in this long is reported hung."""


def clips() -> dict[str, Any]:
    from tests.audio_helpers import espeak

    return {lang: espeak(text, voice) for lang, (text, voice) in CLIPS.items()}


def _engines(registry: Any) -> dict[str, Any]:
    return {lang: registry.whisper(lang) for lang in LANGUAGES}


def _serve(conn: Connection, engines: dict[str, Any]) -> None:
    """A worker: answer `decode` with the seconds of each decode, until `exit`."""
    audio = clips()
    conn.send(("ready", os.getpid()))
    while True:
        command = conn.recv()
        if command[0] == "exit":
            return
        times: dict[str, list[float]] = {lang: [] for lang in LANGUAGES}
        for _ in range(command[1]):
            for lang in LANGUAGES:
                started = time.perf_counter()
                engines[lang]._decode(audio[lang], lang, ())
                times[lang].append(time.perf_counter() - started)
        conn.send(("decoded", times))


def spawned_worker(conn: Connection, socket_path: str | None) -> None:
    from audio.config import AudioConfig
    from audio.registry import EngineRegistry

    registry = EngineRegistry(AudioConfig(engine_socket=socket_path))
    if socket_path is None:
        asyncio.run(registry.warm(LANGUAGES, understanding=False))
    _serve(conn, _engines(registry))


def fork_parent(conn: Connection, workers: int) -> None:
    """Load and warm, then fork the workers; relay the main process's commands."""
    from audio.config import AudioConfig
    from audio.registry import EngineRegistry

    registry = EngineRegistry(AudioConfig())
    asyncio.run(registry.warm(LANGUAGES, understanding=False))
    engines = _engines(registry)
    fork = mp.get_context("fork")
    pipes = []
    for _ in range(workers):
        mine, theirs = fork.Pipe()
        fork.Process(target=_serve, args=(theirs, engines), daemon=True).start()
        pipes.append(mine)
    pids = [pipe.recv()[1] for pipe in pipes]
    conn.send(("ready", os.getpid(), pids))
    while True:
        command = conn.recv()
        if command[0] == "exit":
            for pipe in pipes:
                pipe.send(("exit",))
            return
        pipe = pipes[command[2]]
        pipe.send(command[:2])
        if pipe.poll(REPLY_SECONDS):
            conn.send(pipe.recv())
        else:
            conn.send(("hung", None))


def run_setup(mode: str, workers: int, decodes: int) -> dict[str, Any]:
    """One setup: start it, measure after warm-up and after decodes, stop it."""
    spawn = mp.get_context("spawn")
    procs: list[Any] = []
    host = None
    folder = tempfile.mkdtemp(prefix="bench-engines-")
    socket_path = os.path.join(folder, "engines.sock")
    started = time.perf_counter()
    try:
        if mode == "fork":
            mine, theirs = spawn.Pipe()
            proc = spawn.Process(target=fork_parent, args=(theirs, workers))
            proc.start()
            procs.append(proc)
            _, parent_pid, pids = mine.recv()
            all_pids = [parent_pid, *pids]
            pipes = [mine] * workers
        else:
            if mode == "host":
                from server.engine_process import EngineProcess

                os.environ["VYAPAR_WARM_LANGUAGES"] = '["en", "hi"]'
                host = EngineProcess(socket_path)
                host.start()
                if not host.wait_ready(300):
                    output.fail("the engine process did not start")
            pipes, all_pids = [], []
            for _ in range(workers):
                mine, theirs = spawn.Pipe()
                target = spawned_worker
                proc = spawn.Process(
                    target=target, args=(theirs, socket_path if mode == "host" else None)
                )
                proc.start()
                procs.append(proc)
                pipes.append(mine)
            all_pids = [pipe.recv()[1] for pipe in pipes]
            if host is not None and host.pid is not None:
                all_pids.append(host.pid)
        ready_s = time.perf_counter() - started
        time.sleep(1.0)
        warm = total_mib(all_pids)
        latencies: dict[str, list[float]] = {lang: [] for lang in LANGUAGES}
        hung = 0
        for index, pipe in enumerate(pipes):
            pipe.send(("decode", decodes, index))
            if not pipe.poll(REPLY_SECONDS + 5):
                hung += 1
                continue
            kind, times = pipe.recv()
            if kind == "hung":
                hung += 1
                continue
            for lang in LANGUAGES:
                latencies[lang].extend(times[lang])
        after = total_mib(all_pids)
        for pipe in set(pipes):
            pipe.send(("exit",))
        return {
            "mode": mode,
            "workers": workers,
            "ready_s": round(ready_s, 1),
            "warm_mib": warm,
            "after_decodes_mib": after,
            "stt_ms": {
                lang: [round(t * 1000, 1) for t in values] for lang, values in latencies.items()
            },
            "hung_workers": hung,
        }
    finally:
        for proc in procs:
            proc.join(10)
            if proc.is_alive():
                proc.kill()
        if host is not None:
            host.stop()
        os.rmdir(folder)


def serve_setup(
    workers: int, shared: bool, database_url: str, redis_url: str, log_path: Path
) -> dict[str, Any]:
    """`vyaparmitra serve --workers N`: PSS of its whole tree (supervisor, workers, engine
    process) once every worker is warm (each warm-up ran one decode per model)."""
    from benchmarks.lib import server

    env = server.bench_env(database_url) | {
        "VYAPAR_REDIS_URL": redis_url,
        "VYAPAR_SHARED_ENGINES": str(shared).lower(),
        "VYAPAR_AUTO_MIGRATE": "true",
        "VYAPAR_WARM_LANGUAGES": '["en", "hi"]',
    }
    spawned = server.serve(env, log_path, workers=workers)
    took = spawned.start(timeout=600)
    try:
        assert spawned.pid is not None
        previous, stable_since, pids = -1.0, time.monotonic(), [spawned.pid]
        # One worker runs in the `serve` process; more are its children, beside the
        # engine process when they share one.
        expected = 1 if workers == 1 else 1 + workers + int(shared)
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:  # until every worker is up and warm
            pids = sorted(machine.tree(machine.processes(), [spawned.pid]))
            pss = total_mib(pids)["pss"]
            if abs(pss - previous) > 2 or len(pids) < expected:
                previous, stable_since = pss, time.monotonic()
            elif time.monotonic() - stable_since > 5:
                break
            time.sleep(1)
        return {
            "workers": workers,
            "shared": shared,
            "ready_s": round(took, 1),
            "processes": len(pids),
            "warm_mib": total_mib(pids),
        }
    finally:
        spawned.stop()


def summary(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """Medians over the repeats of a setup, with their min–max spread."""

    def spread(values: list[float]) -> dict[str, float]:
        return {
            "median": round(statistics.median(values), 1),
            "min": round(min(values), 1),
            "max": round(max(values), 1),
        }

    out: dict[str, Any] = {
        "pss_warm": spread([r["warm_mib"]["pss"] for r in runs]),
        "pss_after": spread([r["after_decodes_mib"]["pss"] for r in runs]),
        "rss_after": spread([r["after_decodes_mib"]["rss"] for r in runs]),
        "hung_workers": sum(r["hung_workers"] for r in runs),
    }
    for lang in LANGUAGES:
        values = [t for r in runs for t in r["stt_ms"][lang]]
        out[f"stt_{lang}_ms"] = spread(values) if values else None
    return out


def print_engines(results: dict[str, dict[int, Any]], modes: list[str], counts: list[int]) -> None:
    output.log(
        f"{'setup':10} {'PSS warm MiB':>18} {'PSS after MiB':>18} {'× one':>6} "
        f"{'RSS after':>10} {'STT en ms':>18} {'STT hi ms':>18} {'hung':>5}"
    )

    def cell(s: dict[str, float] | None) -> str:
        return "-" if s is None else f"{s['median']:.0f} ({s['min']:.0f}–{s['max']:.0f})"

    # "× one": PSS after decodes against one worker loading its own models (as before)
    one = (results.get("each", {}).get(1) or results[modes[0]][counts[0]])["pss_after"]
    for mode in modes:
        for n in counts:
            row = results[mode][n]
            ratio = row["pss_after"]["median"] / one["median"]
            output.log(
                f"{mode + ' × ' + str(n):10} {cell(row['pss_warm']):>18} "
                f"{cell(row['pss_after']):>18} {ratio:>6.2f} {row['rss_after']['median']:>10.0f} "
                f"{cell(row['stt_en_ms']):>18} {cell(row['stt_hi_ms']):>18} "
                f"{row['hung_workers']:>5}"
            )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--workers", default="1,2,4")
    parser.add_argument("--modes", default="each,host,fork")
    parser.add_argument("--decodes", type=int, default=5)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--serve", action="store_true", help="measure `serve` itself too")
    parser.add_argument("--database-url", default=os.environ.get("VYAPAR_TEST_POSTGRES_URL"))
    parser.add_argument("--redis-url", default=os.environ.get("VYAPAR_TEST_REDIS_URL"))
    parser.add_argument(
        "--serve-each-max", type=int, default=4, help="`serve` a copy per worker up to N workers"
    )
    parser.add_argument("--out", type=Path, default=RESULTS / "memory.json")
    parser.add_argument("--model-cache", help="where base is prepared (default: the server's)")
    args = parser.parse_args(argv)
    from audio.models import ModelRegistry
    from server.settings import load_settings

    cache = args.model_cache or os.environ.get("VYAPAR_MODEL_CACHE_DIR")
    cache = cache or str(load_settings().model_cache_dir)
    # The engine process reads the server's setting, the workers the engines' default.
    os.environ["VYAPAR_MODEL_CACHE_DIR"] = os.environ["VYAPAR_MODEL_CACHE"] = cache
    os.environ["VYAPAR_LOG_LEVEL"] = "WARNING"
    if not ModelRegistry(Path(cache)).info("base").ready:
        output.log(f"preparing base in {cache} (once) …")
        ModelRegistry(Path(cache)).prepare("base")
    counts = [int(n) for n in args.workers.split(",")]
    modes = args.modes.split(",")
    load_before = machine.load_average()
    meter = machine.CpuMeter()
    results: dict[str, dict[int, Any]] = {m: {} for m in modes}
    raw = []
    for n in counts if modes != [""] else []:
        for mode in modes:
            runs = []
            for _ in range(args.repeats):
                output.log(f"  {mode} × {n} …")
                runs.append(run_setup(mode, n, args.decodes))
            raw.extend(runs)
            results[mode][n] = summary(runs)
    transport = transport_ms()
    served: list[dict[str, Any]] = []
    if args.serve:
        if not (args.database_url and args.redis_url):
            output.fail("--serve needs --database-url (PostgreSQL) and --redis-url")
        for n in counts:
            for shared in (False, True) if n > 1 else (False,):
                if not shared and n > args.serve_each_max:
                    continue
                for _ in range(args.repeats):
                    output.log(f"  serve --workers {n}, shared engines {shared} …")
                    log_path = RESULTS / "memory-serve.log"
                    served.append(
                        serve_setup(n, shared, args.database_url, args.redis_url, log_path)
                    )
    load_during = machine.load_average()
    cores = meter.cores()
    output.log(
        f"machine: {machine.cpu_model()}, {os.cpu_count()} cores; load before {load_before},"
        f" after {load_during}; other processes {cores['other']} cores"
    )
    output.log(
        f"engine process round trip (1.75 s of audio, a decode that returns at once): "
        f"median {transport['median']} ms, p95 {transport['p95']} ms"
    )
    if raw:
        print_engines(results, modes, counts)
    if served:
        alone = [r["warm_mib"]["pss"] for r in served if r["workers"] == 1]
        one_worker = statistics.median(alone) if alone else None
        output.log(f"{'serve':22} {'PSS warm MiB':>18} {'× one':>6} {'RSS':>8}")
        for n in counts:
            for shared in (False, True) if n > 1 else (False,):
                rows = [r for r in served if r["workers"] == n and r["shared"] == shared]
                if not rows:
                    continue
                pss = [r["warm_mib"]["pss"] for r in rows]
                rss = statistics.median(r["warm_mib"]["rss"] for r in rows)
                name = f"--workers {n}" + (" shared" if shared else " each" if n > 1 else "")
                ratio = statistics.median(pss) / one_worker if one_worker else float("nan")
                spread = f"{statistics.median(pss):.0f} ({min(pss):.0f}–{max(pss):.0f})"
                output.log(f"{name:22} {spread:>18} {ratio:>6.2f} {rss:>8.0f}")
    output.write_json(
        {
            "benchmark": "memory",
            "serve": served,
            "transport_ms": transport,
            "revision": machine.revision(),
            "machine": {"cpu": machine.cpu_model(), "cores": os.cpu_count()},
            "load_before": load_before,
            "load_during": load_during,
            "other_cores": cores["other"],
            "decodes": args.decodes,
            "repeats": args.repeats,
            "summary": {m: {str(n): v for n, v in rows.items()} for m, rows in results.items()},
            "runs": raw,
        },
        args.out,
    )


if __name__ == "__main__":
    main()
