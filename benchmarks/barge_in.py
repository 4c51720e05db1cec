"""Barge-in: from the interrupter's speech onset to the stop of the speech they talk over.

A spawned server, a shopper on the browser protocol (PCM16 16 kHz) and a vendor on the
Twilio Media Streams protocol (μ-law 8 kHz), both microphones always on (a −60 dBFS noise
floor). Each trial makes one side hear a long reply and, while it plays, has that side say
a short interjection ("wait", "no no", "ruko", "ek minute"; espeak-ng, trimmed to its first
audible sample). Measured on the client's clock from sending the frame that holds the
interjection's first sample to receiving the stop: `clear` on the phone leg, `audio_end`
with `interrupted` on the browser.

    python -m benchmarks.barge_in [--trials 20] [--out benchmarks/results/barge_in.json]

Prints the machine's load; writes a table and JSON (benchmarks/results/, git-ignored).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import random
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import httpx
import numpy as np

from benchmarks.lib import machine
from benchmarks.lib.output import cell, fail, log, write_json
from benchmarks.lib.server import bench_env, serve
from benchmarks.lib.stats import median, percentile
from benchmarks.turns.clients import Microphone, Phone, Said
from benchmarks.turns.clips import frames_of, noise
from benchmarks.turns.conversation import Pair, open_pair

INTERJECTIONS = [("wait", "en-us"), ("no no", "en-us"), ("रुको", "hi"), ("एक मिनट", "hi")]
SHOPPER_QUESTION = (
    "Tell me about these tomatoes please, did they come from the farm this morning, "
    "and will they stay fresh for the whole week in my kitchen?"
)
VENDOR_LINE = "These tomatoes came from the farm this morning, and they stay fresh all week."
NOISE_DBFS = -60.0
STOP_WAIT_S = 3.0
LEFT_TO_STOP_S = 0.3
"""A reply with less than this left to play when the interjection begins (its audio, or the
interjection, came late on a loaded machine) has nothing left to stop within the bar."""
NO_PLAYBACK = -1.0
"""A trial with nothing to interrupt (the long line was not heard back as speech): a
failure of the set-up, counted apart from a barge-in that did not stop speech."""


def espeak_frames(text: str, voice: str, rng: np.random.Generator) -> tuple[list[bytes], list[str]]:
    from tests.audio_helpers import espeak

    said = np.asarray(espeak(text, voice, wpm=170), dtype=np.float32)
    loud = np.nonzero(np.abs(said) > 0.004)[0]
    said = said[loud[0] : loud[-1] + 1]  # the first frame holds the first audible sample
    tail = np.zeros(8000, dtype=np.float32)  # half a second after, as people pause
    browser, phone = frames_of(np.concatenate([said, tail]), NOISE_DBFS, rng)
    return browser, phone


class TimedPhone(Phone):
    """The vendor's phone, noting when each reply's media starts and each `clear` comes."""

    def __init__(self) -> None:
        super().__init__()
        self.media_starts: list[float] = []
        self.clear_times: list[float] = []
        self._playing = False

    async def _read(self) -> None:
        loop = asyncio.get_running_loop()
        with contextlib.suppress(Exception):
            async for message in self.ws:
                now = loop.time()
                kind = json.loads(message).get("event")
                if kind == "media" and not self._playing:
                    self._playing = True
                    self.media_starts.append(now)
                elif kind in ("mark", "clear"):
                    self._playing = False
                    if kind == "clear":
                        self.clear_times.append(now)
                self.inbox.notify()


async def phone_trial(
    pair: Pair, phone: TimedPhone, frames: list[str], lead: float
) -> float | None:
    """The shopper types a long question; the vendor, hearing it, says an interjection."""
    loop = asyncio.get_running_loop()
    starts, clears = len(phone.media_starts), len(phone.clear_times)
    await pair.browser.ws.send(json.dumps({"type": "text", "text": SHOPPER_QUESTION}))
    if not await phone.inbox.until(lambda: len(phone.media_starts) > starts, loop.time() + 10):
        fail("the phone never heard the shopper's question")
    await asyncio.sleep(lead)
    assert phone.mic is not None
    said = await speak(phone.mic, frames)
    stopped = await phone.inbox.until(
        lambda: len(phone.clear_times) > clears, loop.time() + STOP_WAIT_S
    )
    await said.done.wait()
    return phone.clear_times[clears] - said.first_frame if stopped else None


async def browser_trial(
    pair: Pair, vendor_line: list[str], frames: list[bytes], lead: float
) -> float | None:
    """The vendor says a long line; the shopper, hearing it, says an interjection."""
    loop = asyncio.get_running_loop()
    browser = pair.browser
    before = len(browser.order)
    assert pair.phone.mic is not None
    assert browser.mic is not None
    await pair.phone.mic.say(vendor_line)

    def reply() -> Any:
        for uid in browser.order[before:]:
            r = browser.replies[uid]
            if r.started and any(
                e.get("type") == "audio_start"
                and e.get("utterance_id") == uid
                and len(str(e.get("text", "")).split()) >= 5  # the line, not an interjection
                for _, e in browser.events
            ):
                return r
        return None

    if not await browser.inbox.until(lambda: reply() is not None, loop.time() + 15):
        return NO_PLAYBACK
    heard = reply()
    await asyncio.sleep(lead)
    said = await speak(browser.mic, frames)

    def stop() -> float | None:
        # All of a reply is sent before it has played: its first `audio_end` (not
        # interrupted) comes early, and barge-in sends a second one, interrupted. The page
        # stops everything it still plays on any interrupted end, so the one for speech
        # queued behind the reply (a notice sent while the reply plays) stops it too.
        for t, e in browser.events:
            if e.get("type") == "audio_end" and e.get("interrupted") and t >= said.first_frame:
                return t
        return None

    stopped = await browser.inbox.until(lambda: stop() is not None, loop.time() + STOP_WAIT_S)
    await said.done.wait()
    at = stop()
    if at is None and said.first_frame > heard.started + heard.seconds - LEFT_TO_STOP_S:
        return NO_PLAYBACK  # the reply had (all but) played out before the words began
    return None if not stopped or at is None else at - said.first_frame


async def speak(mic: Microphone, frames: Sequence[Any]) -> Said:
    """Queue a line on an always-on microphone; returns once its first frame is sent."""
    said = Said(first_frame=0.0)
    await mic.queue.put((frames, said))
    while not said.first_frame:  # noqa: ASYNC110 - the microphone sets a plain float
        await asyncio.sleep(0.002)
    return said


def summary(values: Sequence[float | None]) -> dict[str, Any]:
    got = [v for v in values if v is not None and v != NO_PLAYBACK]
    unset = sum(1 for v in values if v == NO_PLAYBACK)
    return {
        "trials": len(values) - unset,
        "no_playback": unset,
        "stopped": len(got),
        "missed": len(values) - unset - len(got),
        "median_ms": None if not got else round(median(got) * 1000, 1),  # type: ignore[operator]
        "p95_ms": None if not got else round(percentile(got, 95) * 1000, 1),  # type: ignore[operator]
        "max_ms": None if not got else round(max(got) * 1000, 1),
        "within_300_ms": sum(1 for v in got if v <= 0.3),
    }


async def run(args: argparse.Namespace) -> dict[str, Any]:
    rng = np.random.default_rng(args.seed)
    choose = random.Random(args.seed)
    load_start = machine.load_average()
    log(f"load average {load_start}; cpu {machine.cpu_model()}")
    clips = {text: espeak_frames(text, voice, rng) for text, voice in INTERJECTIONS}
    vendor_line = espeak_frames(VENDOR_LINE, "en-us", rng)[1]
    silence = frames_of(noise(5.0, 16000, NOISE_DBFS, rng), -120, rng)
    database = tempfile.TemporaryDirectory(prefix="barge-in-")
    out: Path = args.out
    server = serve(
        {
            **bench_env(f"sqlite+aiosqlite:///{database.name}/bench.db"),
            "VYAPAR_WARM_LANGUAGES": '["en"]',
            "VYAPAR_PASSWORD_HASH_TIME_COST": "1",
            "VYAPAR_PASSWORD_HASH_MEMORY_KIB": "64",
            "VYAPAR_NEGOTIATION_IDLE_SECONDS": "3600",
        },
        out.with_name(out.stem + "_server.log"),
    )
    results: dict[str, list[float | None]] = {"phone": [], "browser": []}
    words: dict[str, list[str]] = {"phone": [], "browser": []}
    meter = None
    try:
        ready_s = server.start(timeout=180)
        log(f"server ready in {ready_s:.1f} s (pid {server.pid})")
        ws_url = server.url.replace("http://", "ws://", 1)
        async with httpx.AsyncClient(base_url=server.url, timeout=30) as http:
            lags: list[float] = []
            pair = await open_pair(http, ws_url, 0, lags, silence)
            # The vendor's phone, timed: replace the pair's phone reader with ours.
            phone = TimedPhone()
            phone.sid, phone.ws, phone.mic = pair.phone.sid, pair.phone.ws, pair.phone.mic
            phone.inbox = pair.browser.inbox
            if pair.phone.reader is not None:
                pair.phone.reader.cancel()
            phone.reader = asyncio.create_task(phone._read())
            meter = machine.CpuMeter(server.pid)
            for i in range(args.trials):
                text, _ = INTERJECTIONS[i % len(INTERJECTIONS)]
                lead = 0.3 + choose.random() * 0.3
                r = await phone_trial(pair, phone, clips[text][1], lead)
                results["phone"].append(r)
                words["phone"].append(text)
                log(f"  phone   {i + 1:2}: {text:9} {cell(r, 6, 0, 1000)} ms")
                await asyncio.sleep(2.5)  # the interjection is heard and relayed
                r = await browser_trial(pair, vendor_line, clips[text][0], lead)
                results["browser"].append(r)
                words["browser"].append(text)
                shown = "no playback" if r == NO_PLAYBACK else f"{cell(r, 6, 0, 1000)} ms"
                log(f"  browser {i + 1:2}: {text:9} {shown}")
                await asyncio.sleep(2.5)
            await pair.browser.close()
            await phone.close()
    finally:
        server.stop()
        database.cleanup()
    legs = {leg: summary(values) for leg, values in results.items()}
    return {
        "benchmark": "barge_in",
        "command": "python -m benchmarks.barge_in " + " ".join(args.argv),
        "revision": machine.revision(),
        "load_average": {"start": load_start, "end": machine.load_average()},
        "cores": meter.cores() if meter is not None else None,
        "legs": legs,
        "trials": {
            leg: [
                {
                    "words": w,
                    "ms": None if v is None or v == NO_PLAYBACK else round(v * 1000, 1),
                    "no_playback": v == NO_PLAYBACK,
                }
                for w, v in zip(words[leg], results[leg], strict=True)
            ]
            for leg in results
        },
        "at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }


def main(argv: Sequence[str] | None = None) -> int:
    import sys

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--trials", type=int, default=22, help="per leg")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results/barge_in.json"))
    args = parser.parse_args(argv)
    args.argv = list(sys.argv[1:] if argv is None else argv)
    document = asyncio.run(run(args))
    write_json(document, args.out)
    log("")
    log("leg       trials  stopped  missed  median ms  p95 ms  max ms  ≤300 ms  no playback")
    for leg, s in document["legs"].items():
        log(
            f"{leg:8} {s['trials']:7} {s['stopped']:8} {s['missed']:7} "
            f"{cell(s['median_ms'], 10)} {cell(s['p95_ms'], 7)} {cell(s['max_ms'], 7)} "
            f"{s['within_300_ms']:8} {s['no_playback']:12}"
        )
    log(f"load average {document['load_average']}; cores {document['cores']}")
    log(f"written: {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
