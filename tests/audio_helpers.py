"""Speech for tests, made on the spot by espeak-ng (a Debian package the install step adds)."""

from __future__ import annotations

import shutil
import subprocess

import numpy as np

from audio.codecs import read_wav_bytes, resample


def espeak(text: str, voice: str = "en-us", *, rate: int = 16000, wpm: int = 150) -> np.ndarray:
    exe = shutil.which("espeak-ng")
    assert exe, "espeak-ng is not installed (scripts/bootstrap.sh installs it)"
    wav = subprocess.run(
        [exe, "-v", voice, "-s", str(wpm), "--stdout", text],
        check=True,
        capture_output=True,
        timeout=30,
    ).stdout
    samples, src = read_wav_bytes(wav)
    return resample(samples, src, rate)


def trim(x: np.ndarray, rate: int = 16000, threshold: float = 0.02) -> np.ndarray:
    """Cut leading and trailing near-silence (20 ms frames below `threshold` RMS)."""
    frame = rate // 50
    n = len(x) // frame
    rms = np.sqrt(np.mean(x[: n * frame].reshape(n, frame) ** 2, axis=1))
    loud = np.nonzero(rms > threshold)[0]
    return x[loud[0] * frame : (loud[-1] + 1) * frame]


def silence(seconds: float, rate: int = 16000) -> np.ndarray:
    return np.zeros(int(seconds * rate), dtype=np.float32)
