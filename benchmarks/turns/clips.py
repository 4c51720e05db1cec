"""The lines as the two microphones send them: espeak-ng phrases with exact pauses, framed
for the browser (PCM16 16 kHz) and the phone (μ-law 8 kHz), and what the server's own
endpointer makes of them offline."""

from __future__ import annotations

import base64
import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from benchmarks.lib.output import log
from benchmarks.turn_data import ALL_LINES, VOICES, WORDS_PER_MINUTE, Line, answers_for

FRAME_S = 0.02
BROWSER_RATE = 16000
PHONE_RATE = 8000
SPLIT_ALIGNMENTS = 8
"""Offsets (in 20 ms frames) of a line against the VAD's 32 ms windows that are tried."""


@dataclass
class Clip:
    """One line, ready to stream: trimmed spoken phrases with exact pauses between them."""

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
    move or a finished sentence (`turn_ends` on the phrases said so far, as if heard
    perfectly) lasts the server's short end-of-turn silence: the server would end the
    turn there (should be 0)."""
    vad_longest_pause_ms: float = 0.0
    """The longest run of non-speech VAD windows inside the line, as the server hears it."""
    vad_tail_ms: float = 0.0
    """Audible speech after the last window the VAD counts as speech (the server's end of
    speech comes this much before the client's)."""
    understood: tuple[str, int | None] = ("", None)

    @property
    def seconds(self) -> float:
        return len(self.pcm16k) / BROWSER_RATE


def espeak(text: str, voice: str) -> Any:
    """`text` said by espeak-ng's `voice`, float32 at 16 kHz."""
    import shutil
    import subprocess

    from audio.codecs import read_wav_bytes, resample

    exe = shutil.which("espeak-ng")
    if exe is None:
        raise SystemExit("espeak-ng is not installed (scripts/bootstrap.sh installs it)")
    wav = subprocess.run(
        [exe, "-v", voice, "-s", str(WORDS_PER_MINUTE), "--stdout", text],
        check=True,
        capture_output=True,
        timeout=30,
    ).stdout
    samples, rate = read_wav_bytes(wav)
    return np.asarray(resample(samples, rate, BROWSER_RATE), dtype=np.float32)


_piper: list[Any] = []


async def piper_speech(text: str) -> Any:
    """`text` said by the product's English Piper voice (joe), float32 at 16 kHz."""
    from audio.codecs import pcm16_to_float32
    from audio.providers.piper_tts import PiperTTS
    from audio.voices import VoiceRegistry
    from audio.workers import WorkerPool

    if not _piper:
        pool = WorkerPool("bench-piper", workers=1, queue=4)
        _piper.append(PiperTTS(VoiceRegistry.discover(None), pool=pool))
    chunks = [
        c.pcm async for c in _piper[0].synthesize(text, language="en", sample_rate=BROWSER_RATE)
    ]
    return pcm16_to_float32(b"".join(chunks))


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
    from server.live.turns.rules import turn_ends

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
        if turn_ends(" ".join(done), language=line.language) is not None:
            return True
    return False


async def build_clips(
    seed: int,
    noise_dbfs: float,
    hangover_ms: int,
    silence: tuple[list[bytes], list[str]],
    complete_ms: int | None = None,
    *,
    complete_phone_ms: int | None = None,
    hangover_phone_ms: int | None = None,
    lines: Sequence[Line] = ALL_LINES,
    piper: bool = False,
) -> dict[str, Clip]:
    """Speak `lines` (every line of `benchmarks/turn_data.py`) with their language's
    espeak-ng voice (`VOICES`: not a voice the product replies in) at 16 kHz; with
    `piper`, English lines in the product's own Piper voice (for tests of the VAD that
    were measured on it)."""
    from audio.understanding import Catalogue, CatalogueItem, understand
    from audio.vad import EndpointerConfig, SileroVAD, segment

    rng = np.random.default_rng(seed)
    if piper:
        import onnxruntime

        onnxruntime.set_seed(seed)  # Piper's noise: the same seed gives the same audio
    phrases: dict[tuple[str, str], np.ndarray] = {}
    for line in lines:
        for part in line.parts:
            if isinstance(part, str) and (line.language, part) not in phrases:
                if piper:
                    spoken = await piper_speech(part)
                else:
                    spoken = espeak(part, VOICES[line.language])
                phrases[(line.language, part)] = trim_silence(spoken, BROWSER_RATE)
    vad = SileroVAD()
    config = EndpointerConfig(hangover_ms=hangover_ms)
    catalogue = Catalogue([CatalogueItem("1", {"en": "Tomato", "hi": "टमाटर"})])
    clips: dict[str, Clip] = {}
    for line in lines:
        pieces: list[np.ndarray] = []
        seconds: list[float] = []
        phrase_starts: list[int] = []
        for part in line.parts:
            if isinstance(part, str):
                phrase_starts.append(sum(len(p) for p in pieces))
                said = phrases[(line.language, part)]
                pieces.append(said)
                seconds.append(round(len(said) / BROWSER_RATE, 3))
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
        side_config = config
        if line.side == "vendor" and hangover_phone_ms:
            side_config = replace(config, hangover_ms=hangover_phone_ms)
        for lead in range(SPLIT_ALIGNMENTS):  # 20 ms frames against 32 ms VAD windows
            stream = as_server_hears([*quiet[: 10 + lead], *frames, *quiet[:75]], line.side)
            if len(segment(vad, stream, side_config, chunk_ms=20)) != 1:
                clip.vad_splits += 1
            lead_samples = (10 + lead) * BROWSER_RATE * 20 // 1000
            fast = complete_ms if line.side == "customer" else complete_phone_ms
            if fast and early_cut(
                vad, side_config, stream, lead_samples, line, phrase_starts, fast
            ):
                clip.early_cuts += 1
        u = understand(
            line.text, language=line.language, catalogue=catalogue, has_outstanding_offer=True
        )
        clip.understood = (u.intent.value, u.amount_paise)
        clips[line.id] = clip
    return clips


def build_answers(
    seed: int, noise_dbfs: float, lines: Sequence[Line] = ALL_LINES
) -> dict[tuple[str, str], Clip]:
    """What the speakers of `lines` say back to a price question (`answers_for`: "Yes.",
    "No, thirty-seven."), spoken in their language's voice and framed for both legs, by
    (language, words)."""
    rng = np.random.default_rng(seed + 2)
    out: dict[tuple[str, str], Clip] = {}
    for language, words in answers_for(list(lines)):
        x = trim_silence(espeak(words, VOICES[language]), BROWSER_RATE)
        browser, phone = frames_of(x, noise_dbfs, rng)
        line = Line(f"answer:{words}", "customer", (words,), ("other", None), language)
        out[(language, words)] = Clip(line, x, browser, phone, [round(len(x) / BROWSER_RATE, 3)])
    return out


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
                f"{clip.line.id}: the endpointer (its full hangover) cuts the line "
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
        f"lines (espeak-ng {', '.join(VOICES.values())}, not a reply voice; trimmed phrases + "
        "exact pauses; VAD: the server's endpointer on the line as that side sends it, offline)"
    )
    log(
        f"  {'id':<5}{'side':<9}{'speech s':>9}{'pauses ms':>12}{'VAD gap ms':>11}"
        f"{'tail ms':>8}{'cuts':>6}{'early':>6}  text"
    )
    for clip in clips.values():
        pauses = "+".join(f"{p * 1000:.0f}" for p in clip.line.pauses) or "-"
        log(
            f"  {clip.line.id:<5}{clip.line.side:<9}{clip.seconds:>9.2f}{pauses:>12}"
            f"{clip.vad_longest_pause_ms:>11.0f}{clip.vad_tail_ms:>8.0f}"
            f"{f'{clip.vad_splits}/{SPLIT_ALIGNMENTS}':>6}"
            f"{f'{clip.early_cuts}/{SPLIT_ALIGNMENTS}':>6}"
            f"  {clip.line.text}"
        )


def make_silence(noise_dbfs: float, seed: int) -> tuple[list[bytes], list[str]]:
    """5 s of the noise floor as browser and phone frames, looped between lines."""
    rng = np.random.default_rng(seed + 1)
    browser, phone = frames_of(noise(5.0, BROWSER_RATE, noise_dbfs, rng), -120, rng)
    return browser, phone
