"""Voice turn latency: end of speech → first reply audio at the listener, N negotiations.

Starts `vyaparmitra serve` on the embedded defaults (a throwaway SQLite file, the
in-memory room bus, tiny.en for English, Piper joe) and runs N concurrent voice
negotiations for each N of `--ns`. In each, a shopper on the browser protocol (PCM16,
16 kHz) and a vendor on the Twilio Media Streams protocol (μ-law, 8 kHz) take turns
saying pre-recorded market lines (`benchmarks/turn_data.py`) in real time, 20 ms a
frame. It prints a table, writes JSON and, when matplotlib is importable, a PNG.

    .venv/bin/python benchmarks/turn_latency.py            # N = 1, 2, 4, 8, 16: ~6 min
    .venv/bin/python benchmarks/turn_latency.py --quick    # N = 1, 2, few turns: ~1.5 min
    .venv/bin/python benchmarks/turn_latency.py --ns 1 --turns 20 --hangover-ms 300

What is measured, on this process's monotonic clock:

- **Latency**: the moment the frame holding the last speech sample of a line was sent
  → the arrival of the first audio of the reply at the listener (the shopper's first
  binary frame after `audio_start`; the phone's first `media` message). Replies are
  matched to turns by utterance id: the speaker's `transcript` events (the shopper's
  browser sees both sides'), `audio_start` at the browser, the `mark` closing each burst
  of media on the phone.
- **Premature** (a failure, reported beside the latency and left out of it): the
  endpointer cut the line at one of its pauses: a second `speech_started` for the
  speaker inside the line, the words coming back as more than one final transcript, or
  a final transcript or reply audio arriving before the last speech frame was sent
  (partial transcripts while speaking are no cut). Lines carry ~350 ms comma pauses and
  ~250 ms sentence breaks; the server may end a turn after a shorter silence when the
  words so far make a whole move, so a break after a price is where it would go wrong.
- **Timeout**: no reply audio within `--reply-timeout` (10 s). Timeouts count as
  infinitely slow in the percentiles.
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
  then says its own line. Shopper and vendor bid in turn (₹30-₹34 against ₹35-₹40 on a
  ₹40 list, ₹32 floor); nothing is an accept, so negotiations never close.
- With N > 1 the negotiations start at random offsets within `--stagger` seconds, so
  they do not all finish speaking in the same 20 ms.
- Each N gets fresh users, product and negotiations. The client's and the server's CPU
  use, everything else's, and the load average are recorded per N: on a shared 2-core
  machine, a step where other processes used much CPU should be rerun (`--wait-idle`).
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import datetime as dt
import difflib
import json
import math
import os
import platform
import random
import re
import secrets
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import numpy as np

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

from benchmarks.turn_data import ALL_LINES, Line, line_for  # noqa: E402

DEFAULT_OUT = ROOT / "benchmarks" / "results" / "turn_latency.json"
DEFAULT_NS = (1, 2, 4, 8, 16)
DEFAULT_TURNS = {1: 20, 2: 10, 4: 6, 8: 4, 16: 4}
"""Turns per negotiation (both sides together) by N, when `--turns` is not given."""
QUICK_NS = (1, 2)
QUICK_TURNS = 4
FRAME_S = 0.02
BROWSER_RATE = 16000
PHONE_RATE = 8000
GENEROUS_LIMIT = "1000000/minute"
PASSWORD = "bench-password-1"  # throwaway accounts in a throwaway database
BAR_P50_MS = 600.0
BAR_P95_MS = 1000.0
SCALE_P95_MS = 2000.0
SPLIT_ALIGNMENTS = 8
"""Offsets (in 20 ms frames) of a line against the VAD's 32 ms windows that are tried."""
STAGES = ("stt", "understand", "domain", "translate", "tts_first_audio")
BUSY_OTHER_CORES = 0.25
"""Above this many cores used by other processes during a step, the step is flagged."""
CLK_TCK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def log(message: str) -> None:
    print(message, flush=True)


def fail(message: str) -> None:
    print(f"turn_latency: {message}", file=sys.stderr)
    raise SystemExit(2)


# --------------------------------------------------------------------------- statistics


def percentile(values: Iterable[float], q: float) -> float | None:
    """Nearest-rank percentile (inf counts, as the slowest)."""
    data = sorted(values)
    if not data:
        return None
    rank = max(1, math.ceil(q / 100 * len(data)))
    return data[min(rank, len(data)) - 1]


def median(values: Iterable[float]) -> float | None:
    data = list(values)
    return statistics.median(data) if data else None


def rounded(value: float | None, digits: int = 1) -> float | None:
    if value is None or math.isinf(value):
        return value
    return round(value, digits)


def finite(value: Any) -> Any:
    """`value` with every infinity (a timeout in a percentile) as None, for strict JSON."""
    if isinstance(value, float) and math.isinf(value):
        return None
    if isinstance(value, dict):
        return {k: finite(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [finite(v) for v in value]
    return value


def fmt(value: float | None, width: int = 6) -> str:
    if value is None:
        return "-".rjust(width)
    if math.isinf(value):
        return "inf".rjust(width)
    return f"{value:.0f}".rjust(width)


# --------------------------------------------------------------------------- machine


def git(*args: str) -> str | None:
    try:
        out = subprocess.run(
            ["git", *args], cwd=ROOT, capture_output=True, text=True, timeout=5, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() if out.returncode == 0 else None


def cpu_model() -> str | None:
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or None


def load_average() -> list[float] | None:
    with contextlib.suppress(OSError):
        return [round(x, 2) for x in os.getloadavg()]
    return None


def _machine_busy() -> float | None:
    """CPU seconds the whole machine has been busy (all but idle and iowait)."""
    try:
        fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:9]
    except OSError:
        return None
    values = [int(v) for v in fields]
    return (sum(values) - values[3] - values[4]) / CLK_TCK


def _process_cpu(pid: int | None) -> float | None:
    """CPU seconds of a process (all its threads), from /proc."""
    if pid is None:
        return None
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = stat.rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12]) + int(fields[13]) + int(fields[14])) / CLK_TCK


class CpuMeter:
    """Cores used during a step by this client, by the server and by everything else."""

    def __init__(self, server_pid: int | None) -> None:
        self.server_pid = server_pid
        self.start = self._sample()

    def _sample(self) -> tuple[float, float | None, float, float | None]:
        own = os.times()
        return (
            time.perf_counter(),
            _machine_busy(),
            own.user + own.system,
            _process_cpu(self.server_pid),
        )

    def cores(self) -> dict[str, float | None]:
        end = self._sample()
        wall = end[0] - self.start[0]
        if wall <= 0:
            return {"client": None, "server": None, "other": None}
        client = (end[2] - self.start[2]) / wall
        server = None
        if end[3] is not None and self.start[3] is not None:
            server = (end[3] - self.start[3]) / wall
        other = None
        if end[1] is not None and self.start[1] is not None:
            busy = (end[1] - self.start[1]) / wall
            other = max(0.0, busy - client - (server or 0.0))
        return {
            "client": round(client, 2),
            "server": None if server is None else round(server, 2),
            "other": None if other is None else round(other, 2),
        }


async def wait_idle(limit_s: float, quiet: float = BUSY_OTHER_CORES) -> None:
    """Wait up to `limit_s` for 3 s in a row in which the machine uses under `quiet` cores."""
    deadline = time.perf_counter() + limit_s
    calm = 0
    while limit_s > 0:
        meter = CpuMeter(None)
        await asyncio.sleep(1.0)
        others = meter.cores()["other"]
        calm = calm + 1 if others is None or others < quiet else 0
        if calm >= 3:
            return
        if time.perf_counter() >= deadline:
            log(f"  machine still busy ({others} other cores) after {limit_s:.0f} s; going on")
            return


# --------------------------------------------------------------------------- speech


@dataclass
class Clip:
    """One line, ready to stream: trimmed Piper phrases with exact pauses between them."""

    line: Line
    pcm16k: np.ndarray
    """float32 at 16 kHz: first speech sample to last, pauses included."""
    browser_frames: list[bytes]
    """PCM16LE at 16 kHz, 20 ms a frame; the last frame holds the last speech sample."""
    phone_frames: list[str]
    """Base64 μ-law at 8 kHz, 20 ms a frame."""
    phrase_seconds: list[float]
    vad_splits: int = 0
    """Of `SPLIT_ALIGNMENTS` starting offsets, those at which the server's endpointer,
    fed this line alone, cuts it in more than one utterance (should be 0)."""
    early_cuts: int = 0
    """Of those offsets, the ones at which a pause after words that already make a whole
    move (`completes_turn` on the phrases said so far, as if heard perfectly) lasts the
    server's short end-of-turn silence: the server would end the turn there (should be 0)."""
    vad_longest_pause_ms: float = 0.0
    """The longest run of non-speech VAD windows inside the line, as the server hears it."""
    vad_tail_ms: float = 0.0
    """Audible speech after the last window the VAD counts as speech (the server's end of
    speech comes this much before the client's)."""
    understood: tuple[str, int | None] = ("", None)

    @property
    def seconds(self) -> float:
        return len(self.pcm16k) / BROWSER_RATE


def trim_silence(x: np.ndarray, rate: int, threshold: float = 0.01, keep_s: float = 0.01) -> Any:
    """`x` from its first to its last sample above `threshold` (± `keep_s`)."""
    loud = np.nonzero(np.abs(x) > threshold)[0]
    if loud.size == 0:
        return x
    keep = int(keep_s * rate)
    return x[max(0, loud[0] - keep) : min(len(x), loud[-1] + 1 + keep)]


def noise(seconds: float, rate: int, dbfs: float, rng: np.random.Generator) -> Any:
    """White noise at `dbfs` RMS (a quiet room through a microphone)."""
    if dbfs <= -120:
        return np.zeros(int(seconds * rate), dtype=np.float32)
    level = 10 ** (dbfs / 20)
    return (rng.standard_normal(int(seconds * rate)) * level).astype(np.float32)


def frames_of(x16k: np.ndarray, noise_dbfs: float, rng: np.random.Generator) -> Any:
    """Browser (PCM16 16 kHz) and phone (base64 μ-law 8 kHz) frames of a signal, padded to
    whole 20 ms frames with noise."""
    from audio.codecs import float32_to_pcm16, pcm16_to_ulaw, resample

    step16 = int(BROWSER_RATE * FRAME_S)
    whole = math.ceil(len(x16k) / step16) * step16
    x = np.concatenate([x16k, noise((whole - len(x16k)) / BROWSER_RATE, BROWSER_RATE, -120, rng)])
    x = x + noise(whole / BROWSER_RATE, BROWSER_RATE, noise_dbfs, rng)
    pcm = float32_to_pcm16(np.clip(x, -1, 1).astype(np.float32))
    browser = [pcm[i : i + step16 * 2] for i in range(0, len(pcm), step16 * 2)]
    x8 = np.asarray(resample(x.astype(np.float32), BROWSER_RATE, PHONE_RATE), dtype=np.float32)
    step8 = int(PHONE_RATE * FRAME_S)
    x8 = np.concatenate([x8, np.zeros(len(browser) * step8 - len(x8), dtype=np.float32)])
    ulaw = pcm16_to_ulaw(float32_to_pcm16(np.clip(x8[: len(browser) * step8], -1, 1)))
    phone = [base64.b64encode(ulaw[i : i + step8]).decode() for i in range(0, len(ulaw), step8)]
    return browser, phone


def as_server_hears(frames: Sequence[Any], side: str) -> Any:
    """16 kHz float32, as the server decodes a side's frames (μ-law and 8 kHz for the phone)."""
    from audio.codecs import StreamResampler, pcm16_to_float32, ulaw_to_pcm16

    if side == "customer":
        return pcm16_to_float32(b"".join(frames))
    ulaw = b"".join(base64.b64decode(f) for f in frames)
    x = pcm16_to_float32(ulaw_to_pcm16(ulaw))
    return np.asarray(StreamResampler(PHONE_RATE, BROWSER_RATE).process(x, last=True))


def early_cut(
    vad: Any,
    config: Any,
    stream: np.ndarray,
    lead_samples: int,
    line: Line,
    phrase_starts: list[int],
    complete_ms: int,
) -> bool:
    """Whether the server would end the turn early inside the line: at some pause before
    its last phrase, the phrases said so far make a whole move and the silence lasts
    `complete_ms`."""
    from audio.vad import Endpointer
    from server.live.service import completes_turn

    phrases = [p for p in line.parts if isinstance(p, str)]
    endpointer = Endpointer(vad, config)
    step = BROWSER_RATE * 20 // 1000
    for i in range(0, len(stream), step):
        endpointer.push(stream[i : i + step], now=i / BROWSER_RATE)
        mark = endpointer.mark()
        if mark is None or endpointer.silence_ms < complete_ms:
            continue
        said = mark.end_sample - lead_samples
        if said >= phrase_starts[-1]:
            continue  # the end of the line, not a pause inside it
        done = [t for t, start in zip(phrases, phrase_starts, strict=True) if start < said]
        if completes_turn(" ".join(done), language="en"):
            return True
    return False


async def build_clips(
    seed: int,
    noise_dbfs: float,
    hangover_ms: int,
    silence: tuple[list[bytes], list[str]],
    complete_ms: int | None = None,
) -> dict[str, Clip]:
    """Speak every line of `benchmarks/turn_data.py` with Piper (joe) at 16 kHz."""
    import onnxruntime

    from audio.codecs import pcm16_to_float32
    from audio.providers.piper_tts import PiperTTS
    from audio.understanding import Catalogue, CatalogueItem, understand
    from audio.vad import EndpointerConfig, SileroVAD, segment
    from audio.voices import VoiceRegistry
    from audio.workers import WorkerPool

    rng = np.random.default_rng(seed)
    pool = WorkerPool("bench-piper", workers=1, queue=4)
    tts = PiperTTS(VoiceRegistry.discover(None), pool=pool)
    onnxruntime.set_seed(seed)  # Piper's noise: the same seed gives the same audio
    phrases: dict[str, np.ndarray] = {}
    try:
        for line in ALL_LINES:
            for part in line.parts:
                if isinstance(part, str) and part not in phrases:
                    chunks = [
                        c.pcm
                        async for c in tts.synthesize(part, language="en", sample_rate=BROWSER_RATE)
                    ]
                    phrases[part] = trim_silence(pcm16_to_float32(b"".join(chunks)), BROWSER_RATE)
    finally:
        pool.shutdown()
    vad = SileroVAD()
    config = EndpointerConfig(hangover_ms=hangover_ms)
    catalogue = Catalogue([CatalogueItem("1", {"en": "Tomato"})])
    clips: dict[str, Clip] = {}
    for line in ALL_LINES:
        pieces: list[np.ndarray] = []
        seconds: list[float] = []
        phrase_starts: list[int] = []
        for part in line.parts:
            if isinstance(part, str):
                phrase_starts.append(sum(len(p) for p in pieces))
                pieces.append(phrases[part])
                seconds.append(round(len(phrases[part]) / BROWSER_RATE, 3))
            else:
                pieces.append(np.zeros(int(part * BROWSER_RATE), dtype=np.float32))
        x = np.concatenate(pieces).astype(np.float32)
        browser, phone = frames_of(x, noise_dbfs, rng)
        clip = Clip(line, x, browser, phone, seconds)
        # What the server's endpointer makes of the line, heard the way this side sends it.
        frames = browser if line.side == "customer" else phone
        quiet = silence[0] if line.side == "customer" else silence[1]
        heard = as_server_hears(frames, line.side)
        clip.vad_longest_pause_ms, clip.vad_tail_ms = vad_profile(
            vad, heard, config.silence_threshold
        )
        for lead in range(SPLIT_ALIGNMENTS):  # 20 ms frames against 32 ms VAD windows
            stream = as_server_hears([*quiet[: 10 + lead], *frames, *quiet[:75]], line.side)
            if len(segment(vad, stream, config, chunk_ms=20)) != 1:
                clip.vad_splits += 1
            lead_samples = (10 + lead) * BROWSER_RATE * 20 // 1000
            if complete_ms and early_cut(
                vad, config, stream, lead_samples, line, phrase_starts, complete_ms
            ):
                clip.early_cuts += 1
        u = understand(line.text, language="en", catalogue=catalogue, has_outstanding_offer=True)
        clip.understood = (u.intent.value, u.amount_paise)
        clips[line.id] = clip
    return clips


def vad_profile(vad: Any, x: np.ndarray, silence_threshold: float) -> tuple[float, float]:
    """How the endpointer hears a line: the longest run of windows below the silence
    threshold between the first and the last speech window (a pause, as the hangover
    counts it), and how long before the last audible sample the last window above the
    silence threshold ends (a quiet tail the server does not count as speech), in ms."""
    from audio.vad import WINDOW, VADState

    n = len(x) // WINDOW
    probs = vad.score(VADState(), x[: n * WINDOW].reshape(n, WINDOW))
    speech = np.nonzero(probs >= 0.5)[0]
    if speech.size == 0:
        return 0.0, 0.0
    longest = run = 0
    for p in probs[speech[0] : speech[-1] + 1]:
        run = run + 1 if p < silence_threshold else 0
        longest = max(longest, run)
    voiced = np.nonzero(probs >= silence_threshold)[0]
    tail = max(0, len(x) - (int(voiced[-1]) + 1) * WINDOW)
    return round(longest * WINDOW / BROWSER_RATE * 1000, 1), round(tail / BROWSER_RATE * 1000, 1)


def check_clips(clips: dict[str, Clip], hangover_ms: int) -> list[str]:
    """Warnings: a line that does not parse as expected, or that our endpointer splits."""
    warnings = []
    for clip in clips.values():
        intent, amount = clip.understood
        want_intent, want_amount = clip.line.expected
        ok_intent = (
            intent in ("offer", "counter") if want_intent == "bid" else intent == want_intent
        )
        if not ok_intent or amount != want_amount:
            warnings.append(
                f"{clip.line.id}: understood as {intent} {amount}, expected "
                f"{want_intent} {want_amount}"
            )
        if clip.vad_splits:
            warnings.append(
                f"{clip.line.id}: the endpointer (hangover {hangover_ms} ms) cuts the line "
                f"alone at {clip.vad_splits} of {SPLIT_ALIGNMENTS} offsets"
            )
        if clip.early_cuts:
            warnings.append(
                f"{clip.line.id}: a pause after a whole move outlasts the short end-of-turn "
                f"silence at {clip.early_cuts} of {SPLIT_ALIGNMENTS} offsets"
            )
    return warnings


def print_clips(clips: dict[str, Clip]) -> None:
    log(
        "lines (Piper joe, trimmed phrases + exact pauses; VAD: the server's endpointer on the "
        "line as that side sends it, offline)"
    )
    log(
        f"  {'id':<4}{'side':<9}{'speech s':>9}{'pauses ms':>12}{'VAD gap ms':>11}"
        f"{'tail ms':>8}{'cuts':>6}{'early':>6}  text"
    )
    for clip in clips.values():
        pauses = "+".join(f"{p * 1000:.0f}" for p in clip.line.pauses) or "-"
        log(
            f"  {clip.line.id:<4}{clip.line.side:<9}{clip.seconds:>9.2f}{pauses:>12}"
            f"{clip.vad_longest_pause_ms:>11.0f}{clip.vad_tail_ms:>8.0f}"
            f"{f'{clip.vad_splits}/{SPLIT_ALIGNMENTS}':>6}"
            f"{f'{clip.early_cuts}/{SPLIT_ALIGNMENTS}':>6}"
            f"  {clip.line.text}"
        )


# --------------------------------------------------------------------------- the server


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class SpawnedServer:
    """`vyaparmitra serve` on a free port and a throwaway SQLite file; stopped on exit."""

    def __init__(self, log_path: Path, extra_env: dict[str, str]) -> None:
        self.log_path = log_path
        self.extra_env = extra_env
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.ws_url = f"ws://127.0.0.1:{self.port}"
        self.tmp = tempfile.TemporaryDirectory(prefix="turn-latency-")
        self.database_url = f"sqlite+aiosqlite:///{self.tmp.name}/bench.db"
        self.env: dict[str, str] = {}
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float) -> float:
        """Start it and wait for /readyz; returns the seconds that took."""
        self.env = {
            "VYAPAR_DATABASE_URL": self.database_url,
            "VYAPAR_SECRET_KEY": secrets.token_urlsafe(48),
            "VYAPAR_DEMO_DATA": "false",
            "VYAPAR_RATE_LIMIT_AUTH": GENEROUS_LIMIT,
            "VYAPAR_RATE_LIMIT_BIDS": GENEROUS_LIMIT,
            "VYAPAR_RATE_LIMIT_GENERAL": GENEROUS_LIMIT,
            "VYAPAR_WARM_LANGUAGES": '["en"]',
            "VYAPAR_LOG_LEVEL": "WARNING",
            "VYAPAR_PASSWORD_HASH_TIME_COST": "1",
            "VYAPAR_PASSWORD_HASH_MEMORY_KIB": "64",
            "VYAPAR_NEGOTIATION_IDLE_SECONDS": "3600",
            **self.extra_env,
        }
        env = {**os.environ, **self.env}
        command = [
            str(Path(sys.executable).parent / "vyaparmitra"),
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
        ]
        if not Path(command[0]).exists():
            command[:1] = [sys.executable, "-m", "server.cli"]
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        started = time.monotonic()
        with self.log_path.open("wb") as out:
            self.proc = subprocess.Popen(
                command,
                cwd=ROOT,
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        deadline = started + timeout
        with httpx.Client(timeout=2.0) as client:
            while time.monotonic() < deadline:
                if self.proc.poll() is not None:
                    fail(f"the server exited with {self.proc.returncode}; see {self.log_path}")
                with contextlib.suppress(httpx.HTTPError):
                    if client.get(f"{self.url}/readyz").status_code == 200:
                        return time.monotonic() - started
                time.sleep(0.2)
        self.stop()
        fail(f"the server was not ready within {timeout:.0f} s; see {self.log_path}")
        return 0.0

    @property
    def pid(self) -> int | None:
        return self.proc.pid if self.proc is not None else None

    def stop(self) -> None:
        proc, self.proc = self.proc, None
        if proc is not None and proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGKILL)  # the group started for it
                proc.wait(timeout=10)
        self.tmp.cleanup()


# --------------------------------------------------------------------------- clients


class Inbox:
    """Wakes whoever waits on a client's messages."""

    def __init__(self) -> None:
        self._event = asyncio.Event()

    def notify(self) -> None:
        self._event.set()

    async def until(self, predicate: Callable[[], bool], deadline: float) -> bool:
        """Wait until `predicate()` or the monotonic `deadline`; returns `predicate()`."""
        loop = asyncio.get_running_loop()
        while not predicate():
            remaining = deadline - loop.time()
            if remaining <= 0:
                return False
            self._event.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._event.wait(), timeout=min(remaining, 0.5))
        return True


@dataclass
class Reply:
    """Speech one listener received for one utterance."""

    utterance_id: str | None
    started: float
    """Arrival of the first audio frame."""
    seconds: float = 0.0
    """Audio received so far, in seconds of playback."""
    ended: float | None = None
    interrupted: bool = False


@dataclass
class Said:
    """One line a microphone streamed."""

    first_frame: float
    last_speech_frame: float = 0.0
    done: asyncio.Event = field(default_factory=asyncio.Event)


class Microphone:
    """Always-on: one 20 ms frame per slot, a line's frames when one is queued, else the
    noise floor. Frames that fall due while the client is busy go out at once."""

    def __init__(
        self, send: Callable[[int, Any], Any], silence: Sequence[Any], lags: list[float]
    ) -> None:
        self.send = send
        self.silence = silence
        self.lags = lags
        self.queue: asyncio.Queue[tuple[Sequence[Any], Said]] = asyncio.Queue()
        self.task: asyncio.Task[None] | None = None
        self.sent = 0

    def start(self) -> None:
        self.task = asyncio.create_task(self._run())

    async def say(self, frames: Sequence[Any]) -> Said:
        """Queue a line; returns once its last frame has been sent."""
        said = Said(first_frame=0.0)
        await self.queue.put((frames, said))
        await said.done.wait()
        return said

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        start = loop.time()
        current: Sequence[Any] | None = None
        said: Said | None = None
        position = 0
        silence_at = 0
        while True:
            due = start + self.sent * FRAME_S
            delay = due - loop.time()
            if delay > 0:
                await asyncio.sleep(delay)
            elif delay < -0.005:
                self.lags.append(-delay)
            if current is None and not self.queue.empty():
                current, said = self.queue.get_nowait()
                position = 0
            if current is not None and said is not None:
                frame = current[position]
                await self.send(self.sent, frame)
                now = loop.time()
                if position == 0:
                    said.first_frame = now
                position += 1
                if position == len(current):
                    said.last_speech_frame = now
                    said.done.set()
                    current, said = None, None
            else:
                await self.send(self.sent, self.silence[silence_at % len(self.silence)])
                silence_at += 1
            self.sent += 1

    async def stop(self) -> None:
        if self.task is not None:
            self.task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self.task


class Browser:
    """The shopper: browser protocol, PCM16 16 kHz in, every room event and speech out."""

    def __init__(self) -> None:
        self.ws: Any = None
        self.events: list[tuple[float, dict[str, Any]]] = []
        self.replies: dict[str, Reply] = {}
        self.order: list[str] = []
        self._current: str | None = None
        self.inbox = Inbox()
        self.reader: asyncio.Task[None] | None = None
        self.mic: Microphone | None = None

    async def open(self, ws_url: str, negotiation_id: int, ticket: str) -> None:
        from websockets.asyncio.client import connect

        self.ws = await connect(
            f"{ws_url}/ws/negotiations/{negotiation_id}?ticket={ticket}",
            max_size=2**22,
            ping_interval=None,
        )
        await self.ws.send(json.dumps({"type": "hello", "language": "en", "sample_rate": 16000}))
        self.reader = asyncio.create_task(self._read())

    async def _read(self) -> None:
        loop = asyncio.get_running_loop()
        with contextlib.suppress(Exception):
            async for message in self.ws:
                now = loop.time()
                if isinstance(message, bytes):
                    reply = self.replies.get(self._current or "")
                    if reply is not None:
                        if reply.started == 0.0:
                            reply.started = now
                            self.inbox.notify()
                        reply.seconds += len(message) / 2 / BROWSER_RATE
                    continue
                data = json.loads(message)
                kind = data.get("type")
                if kind == "audio_start":
                    uid = data["utterance_id"]
                    self.replies[uid] = Reply(uid, 0.0)
                    self.order.append(uid)
                    self._current = uid
                elif kind == "audio_end":
                    reply = self.replies.get(data["utterance_id"])
                    if reply is not None:
                        reply.ended = now
                        reply.interrupted = bool(data.get("interrupted"))
                    self._current = None
                self.events.append((now, data))
                self.inbox.notify()

    def of(self, kind: str) -> list[tuple[float, dict[str, Any]]]:
        return [(t, e) for t, e in self.events if e.get("type") == kind]

    async def send_audio(self, _index: int, frame: bytes) -> None:
        await self.ws.send(frame)

    async def close(self) -> None:
        if self.mic is not None:
            await self.mic.stop()
        if self.ws is not None:
            with contextlib.suppress(Exception):
                await self.ws.close()
        if self.reader is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self.reader, 5)


class Phone:
    """The vendor: Twilio Media Streams, μ-law 8 kHz both ways, marks after each reply."""

    def __init__(self) -> None:
        self.ws: Any = None
        self.sid = "MZ" + uuid.uuid4().hex
        self.segments: list[Reply] = []
        """Bursts of media, each closed by a mark (named after the utterance) or a clear."""
        self.clears = 0
        self.inbox = Inbox()
        self.reader: asyncio.Task[None] | None = None
        self.mic: Microphone | None = None

    async def open(self, ws_url: str, params: dict[str, str]) -> None:
        from websockets.asyncio.client import connect

        self.ws = await connect(
            f"{ws_url}/ws/telephony/twilio", max_size=2**22, ping_interval=None, compression=None
        )
        await self.ws.send(json.dumps({"event": "connected", "protocol": "Call", "version": "1"}))
        await self.ws.send(
            json.dumps(
                {
                    "event": "start",
                    "sequenceNumber": "1",
                    "streamSid": self.sid,
                    "start": {
                        "accountSid": "AC" + "1" * 32,
                        "streamSid": self.sid,
                        "callSid": "CA" + uuid.uuid4().hex,
                        "tracks": ["inbound"],
                        "customParameters": params,
                        "mediaFormat": {
                            "encoding": "audio/x-mulaw",
                            "sampleRate": 8000,
                            "channels": 1,
                        },
                    },
                }
            )
        )
        self.reader = asyncio.create_task(self._read())

    @property
    def open_segment(self) -> Reply | None:
        if self.segments and self.segments[-1].ended is None:
            return self.segments[-1]
        return None

    async def _read(self) -> None:
        loop = asyncio.get_running_loop()
        with contextlib.suppress(Exception):
            async for message in self.ws:
                now = loop.time()
                data = json.loads(message)
                kind = data.get("event")
                segment = self.open_segment
                if kind == "media":
                    if segment is None:
                        segment = Reply(None, now)
                        self.segments.append(segment)
                        self.inbox.notify()
                    payload = data["media"]["payload"]
                    size = len(payload) * 3 // 4 - len(payload[-2:]) + len(payload[-2:].rstrip("="))
                    segment.seconds += size / PHONE_RATE
                elif kind in ("mark", "clear"):
                    if kind == "clear":
                        self.clears += 1
                    if segment is not None:
                        segment.ended = now
                        segment.interrupted = kind == "clear"
                        if kind == "mark":
                            segment.utterance_id = data["mark"]["name"]
                    self.inbox.notify()

    async def send_audio(self, index: int, payload: str) -> None:
        await self.ws.send(
            f'{{"event":"media","sequenceNumber":"{index + 2}","streamSid":"{self.sid}",'
            f'"media":{{"track":"inbound","chunk":"{index + 1}","timestamp":"{index * 20}",'
            f'"payload":"{payload}"}}}}'
        )

    async def close(self) -> None:
        if self.mic is not None:
            await self.mic.stop()
        if self.ws is not None:
            with contextlib.suppress(Exception):
                await self.ws.send(json.dumps({"event": "stop", "streamSid": self.sid}))
                await self.ws.close()
        if self.reader is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self.reader, 5)


# --------------------------------------------------------------------------- negotiations


async def register(http: httpx.AsyncClient, role: str, **fields: Any) -> dict[str, Any]:
    body = {
        "name": f"bench {role} {uuid.uuid4().hex[:6]}",
        "phone": "+91" + str(uuid.uuid4().int)[:10],
        "password": PASSWORD,
        "role": role,
        "language": "en",
        **fields,
    }
    r = await http.post("/api/auth/register", json=body)
    if r.status_code != 201:
        fail(f"register {role}: {r.status_code} {r.text[:200]}")
    data: dict[str, Any] = r.json()
    return data


def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def ws_ticket(http: httpx.AsyncClient, token: str, negotiation_id: int) -> str:
    r = await http.post(
        "/api/ws-ticket", json={"negotiation_id": negotiation_id}, headers=auth(token)
    )
    if r.status_code != 200:
        fail(f"ws-ticket: {r.status_code} {r.text[:200]}")
    value: str = r.json()["ticket"]
    return value


@dataclass
class Turn:
    """One line said by one side, and what came of it."""

    pair: int
    index: int
    speaker: str
    line: Line
    said: Said | None = None
    window_end: float | None = None
    note: str | None = None


@dataclass
class Pair:
    index: int
    negotiation_id: int
    customer_token: str
    vendor_token: str
    browser: Browser = field(default_factory=Browser)
    phone: Phone = field(default_factory=Phone)
    turns: list[Turn] = field(default_factory=list)


async def open_pair(
    http: httpx.AsyncClient,
    ws_url: str,
    index: int,
    lags: list[float],
    silence: tuple[list[bytes], list[str]],
) -> Pair:
    vendor = await register(http, "vendor", business_name=f"Bench Greens {index}")
    customer = await register(http, "customer")
    r = await http.post(
        "/api/products",
        json={
            "names": {"en": "Tomato"},
            "unit": "kg",
            "list_price_paise": 4000,
            "floor_price_paise": 3200,
            "stock": 500,
        },
        headers=auth(vendor["token"]),
    )
    if r.status_code != 201:
        fail(f"product: {r.status_code} {r.text[:200]}")
    r = await http.post(
        "/api/negotiations",
        json={"product_id": r.json()["id"], "quantity": 1},
        headers=auth(customer["token"]),
    )
    if r.status_code != 201:
        fail(f"negotiation: {r.status_code} {r.text[:200]}")
    pair = Pair(index, r.json()["id"], customer["token"], vendor["token"])
    pair.phone.inbox = pair.browser.inbox  # one waiter watches both sockets
    await pair.browser.open(
        ws_url, pair.negotiation_id, await ws_ticket(http, customer["token"], pair.negotiation_id)
    )
    deadline = asyncio.get_running_loop().time() + 20
    if not await pair.browser.inbox.until(lambda: bool(pair.browser.of("snapshot")), deadline):
        fail("no snapshot on the browser socket")
    await pair.phone.open(
        ws_url,
        {"token": vendor["token"], "negotiation_id": str(pair.negotiation_id), "language": "en"},
    )

    def vendor_here() -> bool:
        return any(
            e.get("side") == "vendor" and e.get("state") == "here"
            for _, e in pair.browser.of("presence")
        )

    if not await pair.browser.inbox.until(vendor_here, deadline):
        fail("the phone never joined the room")
    # Microphones on, streaming the room's noise floor until there is a line to say.
    pair.browser.mic = Microphone(pair.browser.send_audio, silence[0], lags)
    pair.phone.mic = Microphone(pair.phone.send_audio, silence[1], lags)
    pair.browser.mic.start()
    pair.phone.mic.start()
    return pair


def make_silence(noise_dbfs: float, seed: int) -> tuple[list[bytes], list[str]]:
    """5 s of the noise floor as browser and phone frames, looped between lines."""
    rng = np.random.default_rng(seed + 1)
    browser, phone = frames_of(noise(5.0, BROWSER_RATE, noise_dbfs, rng), -120, rng)
    return browser, phone


async def run_pair(
    pair: Pair,
    clips: dict[str, Clip],
    turns: int,
    *,
    offset: float,
    gap: float,
    reply_timeout: float,
) -> None:
    """Alternate lines, shopper first; each listener hears the reply out, then answers."""
    loop = asyncio.get_running_loop()
    inbox = pair.browser.inbox  # shared by both sockets of the pair
    await asyncio.sleep(offset)
    for k in range(turns):
        speaker = "customer" if k % 2 == 0 else "vendor"
        line = line_for(speaker, k // 2)
        clip = clips[line.id]
        turn = Turn(pair.index, k, speaker, line)
        pair.turns.append(turn)
        if speaker == "customer":
            mic, frames = pair.browser.mic, clip.browser_frames
            before = len(pair.phone.segments)

            def new_replies(b: int = before) -> list[Reply]:
                return pair.phone.segments[b:]
        else:
            mic, frames = pair.phone.mic, clip.phone_frames
            before = len(pair.browser.order)

            def new_replies(b: int = before) -> list[Reply]:
                return [pair.browser.replies[u] for u in pair.browser.order[b:]]

        assert mic is not None
        heard_from = len(pair.browser.events)
        turn.said = await mic.say(frames)
        eos = turn.said.last_speech_frame

        def settled(
            nr: Callable[[], list[Reply]] = new_replies,
            h: int = heard_from,
            side: str = speaker,
            eos: float = eos,
        ) -> bool:
            """The line's last piece was transcribed (after the end of speech) and every
            piece's reply has been received."""
            mine = [
                t
                for t, e in pair.browser.events[h:]
                if e.get("type") == "transcript" and e.get("side") == side and e.get("final", True)
            ]
            replies = nr()
            return (
                any(t >= eos for t in mine)
                and len(replies) >= len(mine)
                and all(r.started and r.ended is not None for r in replies)
            )

        # A late reply is still awaited (a person would wait, or the next line would be
        # answered with the last one's words): up to 3 × the timeout, then move on.
        deadline = eos + 3 * reply_timeout
        started = await inbox.until(lambda nr=new_replies: any(r.started for r in nr()), deadline)
        if not started:
            turn.note = "no reply"
            turn.window_end = loop.time()
            continue
        # The listener hears the reply (every piece of a line cut short, too) in real time.
        while True:
            await inbox.until(settled, min(deadline, loop.time() + reply_timeout))
            replies = [r for r in new_replies() if r.started]
            end_of_play = max(r.started + r.seconds for r in replies)
            await asyncio.sleep(max(0.0, end_of_play - loop.time()))
            if (settled() and len(new_replies()) == len(replies)) or loop.time() > deadline:
                break
        turn.window_end = loop.time()
        await asyncio.sleep(gap)


# --------------------------------------------------------------------------- analysis


def first_phrase_lost(line: Line, heard: Sequence[str]) -> bool:
    """A line with pauses whose first phrase ("Tomatoes,", "For you,") is missing from what
    the server heard: the endpointer dropped it as a false start before the pause (or the
    STT lost it). Not premature, but the listener does not hear those words either."""
    if not line.pauses or not heard:
        return False
    first = next(p for p in line.parts if isinstance(p, str))
    words = [w for w in re.findall(r"[a-z]+", first.lower()) if len(w) >= 3]
    said = list(set(re.findall(r"[a-z]+", " ".join(heard).lower())))
    # Close enough counts as heard ("brother" heard as "rather" is a transcription error).
    return bool(words) and not any(
        difflib.get_close_matches(w, said, n=1, cutoff=0.7) for w in words
    )


def turn_rows(pair: Pair, reply_timeout: float) -> list[dict[str, Any]]:
    """Per turn: the client latency, premature and timeout flags, the server's stages."""
    rows = []
    # Final transcripts only: partials (the shopper's own, while speaking) are no cut.
    transcripts = [(t, e) for t, e in pair.browser.of("transcript") if e.get("final", True)]
    partials = [(t, e) for t, e in pair.browser.of("transcript") if not e.get("final", True)]
    latency_events = {e["utterance_id"]: e for _, e in pair.browser.of("latency")}
    offers = {e.get("utterance_id"): e for _, e in pair.browser.of("offer")}
    speech_started = pair.browser.of("speech_started")
    for i, turn in enumerate(pair.turns):
        if turn.said is None:
            continue
        start = turn.said.first_frame
        eos = turn.said.last_speech_frame
        nxt = pair.turns[i + 1].said if i + 1 < len(pair.turns) else None
        end = nxt.first_frame if nxt is not None else math.inf
        mine = [
            (t, e) for t, e in transcripts if e.get("side") == turn.speaker and start <= t < end
        ]
        uids = [e["utterance_id"] for _, e in mine]
        if turn.speaker == "customer":
            replies = [s for s in pair.phone.segments if s.utterance_id in uids]
            if not replies:  # a burst cut off before its mark: match by time
                replies = [s for s in pair.phone.segments if start <= s.started < end and s.started]
        else:
            replies = [pair.browser.replies[u] for u in uids if u in pair.browser.replies]
        first = min((r.started for r in replies if r.started), default=None)
        latency = None if first is None else (first - eos) * 1000
        timeout = latency is None or latency > reply_timeout * 1000
        started_at = [
            t for t, e in speech_started if e.get("side") == turn.speaker and start <= t < end
        ]
        # Cut at a pause: the endpointer closed an utterance inside the line (a second
        # speech start, more than one transcript), or words or a reply came back early.
        premature = (
            len(started_at) > 1
            or len(uids) > 1
            or any(t < eos for t, _ in mine)
            or (first is not None and first < eos)
        )
        server = latency_events.get(uids[-1]) if uids else None
        stages = dict(server["stages_ms"]) if server else {}
        total = server["total_ms"] if server else None
        silence = stages.pop("endpoint", None)  # the server's own: VAD silence waited
        if total is not None:
            stages["endpoint"] = round(total - sum(stages.get(s, 0.0) for s in STAGES), 1)
        offer = next((offers[u] for u in uids if u in offers), None)
        lost = first_phrase_lost(turn.line, [str(e.get("text") or "") for _, e in mine])
        by_uid = {r.utterance_id: r for r in replies if r.utterance_id}
        pieces = [
            {
                "utterance_id": e["utterance_id"],
                "text": e.get("text"),
                "transcript_ms": round((t - eos) * 1000),
                "reply_ms": round((by_uid[e["utterance_id"]].started - eos) * 1000)
                if e["utterance_id"] in by_uid and by_uid[e["utterance_id"]].started
                else None,
                "server_total_ms": latency_events.get(e["utterance_id"], {}).get("total_ms"),
            }
            for t, e in mine
        ]
        rows.append(
            {
                "pair": pair.index,
                "negotiation_id": pair.negotiation_id,
                "turn": turn.index,
                "speaker": turn.speaker,
                "listener": "vendor" if turn.speaker == "customer" else "customer",
                "line": turn.line.id,
                "said": turn.line.text,
                "heard": [e.get("text") for _, e in mine],
                "utterance_ids": uids,
                "pieces": pieces,
                "speech_started_events": len(started_at),
                "timeline_ms": {
                    "end_of_speech": round((eos - start) * 1000),
                    "speech_started": [round((t - start) * 1000) for t in started_at],
                    "transcripts": [round((t - start) * 1000) for t, _ in mine],
                    "first_reply_audio": None if first is None else round((first - start) * 1000),
                },
                "latency_ms": rounded(latency),
                "premature": premature,
                "end_of_turn": server.get("end_of_turn") if server else None,
                "vad_silence_ms": silence,
                "partials": [
                    e.get("text")
                    for t, e in partials
                    if turn.speaker == "customer" and start <= t < end
                ],
                "first_phrase_lost": lost,
                "timeout": timeout,
                "server_total_ms": total,
                "stages_ms": stages,
                "delivery_ms": rounded(latency - total)
                if latency is not None and total is not None
                else None,
                "reply_audio_s": round(sum(r.seconds for r in replies), 2),
                "interrupted": any(r.interrupted for r in replies),
                "bid_paise": offer.get("amount_paise") if offer else None,
                "expected_bid_paise": turn.line.expected[1]
                if turn.line.expected[0] == "bid"
                else None,
                "note": turn.note,
            }
        )
    return rows


def summarize(n: int, rows: list[dict[str, Any]], extra: dict[str, Any]) -> dict[str, Any]:
    clean = [r for r in rows if not r["premature"] and not r["timeout"]]
    ranked = [r["latency_ms"] for r in clean] + [math.inf for r in rows if r["timeout"]]
    ranked = [v for v in ranked if v is not None]
    by_direction = {}
    for speaker in ("customer", "vendor"):
        vals = [r["latency_ms"] for r in clean if r["speaker"] == speaker]
        by_direction[f"{speaker}_to_{'vendor' if speaker == 'customer' else 'customer'}"] = {
            "turns": len(vals),
            "p50_ms": rounded(percentile(vals, 50)),
            "p95_ms": rounded(percentile(vals, 95)),
        }
    stage_medians = {
        s: rounded(median(r["stages_ms"][s] for r in clean if s in r["stages_ms"]))
        for s in (*STAGES, "endpoint")
    }
    stage_medians["total"] = rounded(
        median(r["server_total_ms"] for r in clean if r["server_total_ms"] is not None)
    )
    stage_medians["delivery"] = rounded(
        median(r["delivery_ms"] for r in clean if r["delivery_ms"] is not None)
    )
    return {
        "n": n,
        "turns": len(rows),
        "measured": len(clean),
        "premature": sum(1 for r in rows if r["premature"]),
        "first_phrase_lost": sum(1 for r in rows if r["first_phrase_lost"]),
        "ended_on_complete_move": sum(1 for r in rows if r["end_of_turn"] == "complete"),
        "partials_per_shopper_turn": rounded(
            statistics.fmean(len(r["partials"]) for r in rows if r["speaker"] == "customer"), 2
        )
        if any(r["speaker"] == "customer" for r in rows)
        else None,
        "timeouts": sum(1 for r in rows if r["timeout"]),
        "interrupted": sum(1 for r in rows if r["interrupted"]),
        "bids_recorded": sum(1 for r in rows if r["bid_paise"] is not None),
        "bids_expected": sum(1 for r in rows if r["expected_bid_paise"] is not None),
        "bids_as_said": sum(
            1
            for r in rows
            if r["expected_bid_paise"] is not None and r["bid_paise"] == r["expected_bid_paise"]
        ),
        "latency_ms": {
            "p50": rounded(percentile(ranked, 50)),
            "p95": rounded(percentile(ranked, 95)),
            "max": rounded(max(ranked)) if ranked else None,
            "min": rounded(min(ranked)) if ranked else None,
            "mean": rounded(statistics.fmean(v for v in ranked if not math.isinf(v)))
            if any(not math.isinf(v) for v in ranked)
            else None,
        },
        "by_direction": by_direction,
        "server_stage_medians_ms": stage_medians,
        **extra,
        "rows": rows,
    }


# --------------------------------------------------------------------------- one step


async def run_step(
    server: SpawnedServer,
    clips: dict[str, Clip],
    silence: tuple[list[bytes], list[str]],
    n: int,
    turns: int,
    args: argparse.Namespace,
    time_left: float,
) -> dict[str, Any]:
    lags: list[float] = []
    async with httpx.AsyncClient(base_url=server.url, timeout=30) as http:
        setup_started = time.monotonic()
        pairs = list(
            await asyncio.gather(
                *(open_pair(http, server.ws_url, i, lags, silence) for i in range(n))
            )
        )
        setup_s = time.monotonic() - setup_started
        rng = random.Random(args.seed * 1000 + n)
        offsets = [0.5 + (rng.uniform(0, args.stagger) if n > 1 else 0.0) for _ in pairs]
        load_before = load_average()
        meter = CpuMeter(server.pid)
        started = time.monotonic()
        budget = min(args.stagger + turns * (2 * args.reply_timeout + 8.0) + 10.0, time_left)
        tasks = [
            asyncio.create_task(
                run_pair(
                    pair,
                    clips,
                    turns,
                    offset=offset,
                    gap=args.gap,
                    reply_timeout=args.reply_timeout,
                )
            )
            for pair, offset in zip(pairs, offsets, strict=True)
        ]
        done, pending = await asyncio.wait(tasks, timeout=budget)
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
        for task in done:
            if task.exception() is not None:
                log(f"  a negotiation failed: {task.exception()!r}")
        elapsed = time.monotonic() - started
        cores = meter.cores()
        load_after = load_average()
        await asyncio.sleep(1.0)  # late latency events
        rows = [row for pair in pairs for row in turn_rows(pair, args.reply_timeout)]
        clears = sum(pair.phone.clears for pair in pairs)
        await asyncio.gather(*(p.browser.close() for p in pairs), *(p.phone.close() for p in pairs))
    lag_ms = sorted(v * 1000 for v in lags)
    return summarize(
        n,
        rows,
        {
            "turns_per_negotiation": turns,
            "elapsed_s": round(elapsed, 1),
            "setup_s": round(setup_s, 1),
            "unfinished_negotiations": len(pending),
            "cut_short_s": round(budget, 1) if pending else None,
            "phone_clears": clears,
            "cores": cores,
            "load_average_before": load_before,
            "load_average_after": load_after,
            "mic_lag_ms": {
                "late_frames": len(lag_ms),
                "p99": rounded(percentile(lag_ms, 99)),
                "max": rounded(lag_ms[-1]) if lag_ms else None,
            },
        },
    )


# --------------------------------------------------------------------------- output


def print_table(steps: list[dict[str, Any]]) -> None:
    head = (
        f"{'N':>3} {'turns':>5} {'p50':>6} {'p95':>6} {'max':>6} {'prem':>4} {'t/o':>4}"
        f" | {'endpt':>5} {'stt':>5} {'undr':>4} {'dom':>4} {'tran':>4} {'tts1':>5}"
        f" {'total':>6} {'deliv':>5} | {'cpu c/s/o':>14} {'load':>5}"
    )
    log("client latency ms (end of speech → first reply audio) | server stage medians ms")
    log(head)
    log("-" * len(head))
    for s in steps:
        lat = s["latency_ms"]
        st = s["server_stage_medians_ms"]
        cores = s["cores"]
        cpu = "/".join(
            "-" if cores.get(k) is None else f"{cores[k]:.2f}"
            for k in ("client", "server", "other")
        )
        load = (s.get("load_average_after") or [None])[0]
        log(
            f"{s['n']:>3} {s['turns']:>5} {fmt(lat['p50'])} {fmt(lat['p95'])} {fmt(lat['max'])}"
            f" {s['premature']:>4} {s['timeouts']:>4}"
            f" | {fmt(st['endpoint'], 5)} {fmt(st['stt'], 5)} {fmt(st['understand'], 4)}"
            f" {fmt(st['domain'], 4)} {fmt(st['translate'], 4)} {fmt(st['tts_first_audio'], 5)}"
            f" {fmt(st['total'])} {fmt(st['delivery'], 5)} | {cpu:>14}"
            f" {'-' if load is None else f'{load:.2f}':>5}"
        )


def per_turn(value: float | None) -> str:
    return "-".rjust(4) if value is None else f"{value:4.1f}"


def print_details(steps: list[dict[str, Any]]) -> None:
    head = (
        f"{'N':>3} {'shopper→phone p50/p95':>22} {'vendor→browser p50/p95':>23} {'bids ok':>7}"
        f" {'lost':>4} {'cut off':>7} {'early':>5} {'part':>4} {'mic lag p99/max ms':>19} {'s':>5}"
    )
    log(head)
    log("-" * len(head))
    for s in steps:
        a = s["by_direction"]["customer_to_vendor"]
        b = s["by_direction"]["vendor_to_customer"]
        lag = s["mic_lag_ms"]
        bids = f"{s['bids_as_said']}/{s['bids_expected']}"
        log(
            f"{s['n']:>3} {fmt(a['p50_ms'], 11)}/{fmt(a['p95_ms'], 0):<10}"
            f" {fmt(b['p50_ms'], 12)}/{fmt(b['p95_ms'], 0):<10}"
            f" {bids:>7}"
            f" {s['first_phrase_lost']:>4} {s['interrupted']:>7}"
            f" {s['ended_on_complete_move']:>5} {per_turn(s['partials_per_shopper_turn'])}"
            f" {fmt(lag['p99'], 9)}/{fmt(lag['max'], 0):<9}"
            f" {s['elapsed_s']:>5.0f}"
        )


def verdicts(steps: list[dict[str, Any]]) -> dict[str, Any]:
    one = next((s for s in steps if s["n"] == 1), None)
    bar = None
    if one is not None:
        lat = one["latency_ms"]
        met = (
            lat["p50"] is not None
            and lat["p50"] <= BAR_P50_MS
            and lat["p95"] is not None
            and lat["p95"] <= BAR_P95_MS
            and one["premature"] == 0
            and one["timeouts"] == 0
        )
        bar = {
            "p50_ms": lat["p50"],
            "p95_ms": lat["p95"],
            "premature": one["premature"],
            "timeouts": one["timeouts"],
            "target": f"p50 <= {BAR_P50_MS:.0f} ms, p95 <= {BAR_P95_MS:.0f} ms, no premature",
            "met": met,
        }
    under = [
        s["n"]
        for s in steps
        if s["latency_ms"]["p95"] is not None and s["latency_ms"]["p95"] < SCALE_P95_MS
    ]
    return {"bar_at_n1": bar, "largest_n_p95_under_2s": max(under) if under else None}


def plot(steps: list[dict[str, Any]], path: Path, title: str) -> Path | None:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        log("matplotlib is not installed: no PNG (pip install matplotlib, or the bench extra)")
        return None
    ns = [s["n"] for s in steps]

    def series(key: str) -> list[float]:
        values = [s["latency_ms"][key] for s in steps]
        return [math.nan if v is None or math.isinf(v) else v for v in values]

    fig, (left, right) = plt.subplots(1, 2, figsize=(12, 4.8))
    left.plot(ns, series("p50"), "o-", label="p50")
    left.plot(ns, series("p95"), "s-", label="p95")
    left.plot(
        ns,
        [s["server_stage_medians_ms"]["total"] or math.nan for s in steps],
        "^--",
        label="server total, median",
    )
    for y, label in ((BAR_P50_MS, "p50 bar"), (BAR_P95_MS, "p95 bar"), (SCALE_P95_MS, "2 s")):
        left.axhline(y, color="grey", linestyle=":", linewidth=1)
        left.annotate(
            label,
            (max(ns) * 1.45, y),
            textcoords="offset points",
            xytext=(0, 2),
            ha="right",
            fontsize=8,
            color="grey",
        )
    left.set_ylim(bottom=0)
    left.set_xscale("log", base=2)
    left.set_xlim(min(ns) / 1.5, max(ns) * 1.5)
    left.set_xticks(ns, [str(n) for n in ns])
    left.set_xlabel("concurrent negotiations (N)")
    left.set_ylabel("end of speech → first reply audio (ms)")
    left.set_title("client latency")
    left.legend(loc="upper left")
    for s in steps:
        if s["premature"] or s["timeouts"]:
            left.annotate(
                f"{s['premature']} cut, {s['timeouts']} t/o",
                (s["n"], s["latency_ms"]["p95"] or 0),
                textcoords="offset points",
                xytext=(-6, 6),
                ha="right",
                fontsize=7,
                color="red",
            )
    parts = ("endpoint", "stt", "understand", "domain", "translate", "tts_first_audio", "delivery")
    bottom = [0.0] * len(steps)
    xs = list(range(len(steps)))
    for part in parts:
        values = [max(0.0, s["server_stage_medians_ms"].get(part) or 0.0) for s in steps]
        right.bar(xs, values, bottom=bottom, label=part)
        bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    right.set_xticks(xs, [str(n) for n in ns])
    right.set_xlabel("concurrent negotiations (N)")
    right.set_ylabel("ms (medians)")
    right.set_title("where the time goes (server stages)")
    right.legend(fontsize=8, loc="upper left")
    fig.suptitle(title)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


# --------------------------------------------------------------------------- main


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--ns", help="concurrent negotiations per step (default 1,2,4,8,16)")
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
    load_start = load_average()
    log(f"load average {load_start}; preparing speech (Piper joe)…")
    silence = make_silence(args.noise_dbfs, args.seed)
    clips = await build_clips(args.seed, args.noise_dbfs, hangover, silence, complete)
    print_clips(clips)
    warnings = check_clips(clips, hangover)
    for warning in warnings:
        log(f"  warning: {warning}")
    out: Path = args.out
    server = SpawnedServer(out.with_name(out.stem + "_server.log"), args.extra_env)
    steps: list[dict[str, Any]] = []
    skipped: list[int] = []
    try:
        ready_s = server.start(timeout=180)
        log(
            f"server ready in {ready_s:.1f} s (pid {server.pid}, hangover {hangover} ms, "
            f"{complete} ms after a whole move)"
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
            step = await run_step(server, clips, silence, n, turns, args, time_left)
            if step["unfinished_negotiations"]:
                log(f"  {step['unfinished_negotiations']} negotiation(s) cut short (time limit)")
            lat = step["latency_ms"]
            log(
                f"  p50 {fmt(lat['p50'], 0)} ms, p95 {fmt(lat['p95'], 0)} ms, "
                f"{step['premature']} premature, {step['timeouts']} timeouts, "
                f"cores {step['cores']}, {step['elapsed_s']} s"
            )
            if (step["cores"].get("other") or 0) > BUSY_OTHER_CORES:
                log(f"  note: other processes used {step['cores']['other']} cores: rerun this N")
            steps.append(step)
            await asyncio.sleep(2.0)
    finally:
        server.stop()
    log("")
    print_table(steps)
    log("")
    print_details(steps)
    log("")
    verdict = verdicts(steps)
    bar = verdict["bar_at_n1"]
    if bar is not None:
        log(
            f"bar at N=1 ({bar['target']}): {'MET' if bar['met'] else 'MISSED'} "
            f"(p50 {fmt(bar['p50_ms'], 0)} ms, p95 {fmt(bar['p95_ms'], 0)} ms, "
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
        "params": {
            "ns": args.n_list,
            "turns": {str(n): turns_for(n, args) for n in args.n_list},
            "gap_s": args.gap,
            "stagger_s": args.stagger,
            "reply_timeout_s": args.reply_timeout,
            "noise_dbfs": args.noise_dbfs,
            "seed": args.seed,
            "hangover_ms": hangover,
            "complete_hangover_ms": complete,
            "server_env": {k: v for k, v in server.env.items() if k != "VYAPAR_SECRET_KEY"},
        },
        "lines": [
            {
                "id": c.line.id,
                "side": c.line.side,
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


def write_outputs(document: dict[str, Any], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(finite(document), indent=2, ensure_ascii=False, allow_nan=False)
    out.write_text(text + "\n")
    log(f"wrote {out}")
    params = document["params"]
    title = (
        f"voice turn latency: tiny.en + Piper joe, hangover {params['hangover_ms']} ms, "
        f"{document['machine']['nproc']} CPUs"
    )
    png = plot(document["steps"], out.with_suffix(".png"), title)
    if png is not None:
        log(f"wrote {png}")


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    document = asyncio.run(run(args))
    write_outputs(document, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
