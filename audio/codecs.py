"""Codecs and resampling: μ-law ↔ PCM16, PCM16 ↔ float32, WAV, sample-rate conversion.

Pure numpy plus soxr; no `audioop` (gone in Python 3.13).
"""

from __future__ import annotations

import io
import wave
from functools import lru_cache

import numpy as np
import soxr

from audio.errors import AudioFormatError
from audio.frames import Float32Array

SUPPORTED_RATES = (8000, 16000, 22050, 24000, 48000)
_ULAW_BIAS = 0x84
_SEGMENT_ENDS = np.array([0x3F, 0x7F, 0xFF, 0x1FF, 0x3FF, 0x7FF, 0xFFF, 0x1FFF])


def pcm16_to_float32(pcm: bytes) -> Float32Array:
    """PCM16LE bytes → float32 in [-1, 1). An odd byte count is malformed input."""
    if len(pcm) % 2:
        raise AudioFormatError(f"PCM16 needs an even number of bytes, got {len(pcm)}")
    return np.frombuffer(pcm, dtype="<i2").astype(np.float32) / 32768.0


def float32_to_pcm16(samples: Float32Array) -> bytes:
    """float32 in [-1, 1] → PCM16LE bytes (clipped, rounded)."""
    clipped = np.clip(np.asarray(samples, dtype=np.float32), -1.0, 32767 / 32768)
    return np.round(clipped * 32768.0).astype("<i2").tobytes()


@lru_cache(maxsize=1)
def _ulaw_decode_table() -> np.ndarray:
    codes = ~np.arange(256, dtype=np.int32) & 0xFF
    sign = codes & 0x80
    exponent = (codes >> 4) & 0x07
    mantissa = codes & 0x0F
    magnitude = (((mantissa << 3) + _ULAW_BIAS) << exponent) - _ULAW_BIAS
    return np.where(sign != 0, -magnitude, magnitude).astype(np.int16)


def ulaw_to_pcm16(data: bytes) -> bytes:
    """G.711 μ-law bytes (as telephony sends them) → PCM16LE bytes."""
    codes = np.frombuffer(data, dtype=np.uint8)
    return _ulaw_decode_table()[codes].astype("<i2").tobytes()


def pcm16_to_ulaw(pcm: bytes) -> bytes:
    """PCM16LE bytes → G.711 μ-law bytes (the classic g711.c algorithm, bit-exact)."""
    if len(pcm) % 2:
        raise AudioFormatError(f"PCM16 needs an even number of bytes, got {len(pcm)}")
    x = np.frombuffer(pcm, dtype="<i2").astype(np.int32) >> 2  # 14-bit magnitude
    mask = np.where(x < 0, 0x7F, 0xFF)
    magnitude = np.minimum(np.abs(x), 8159) + (_ULAW_BIAS >> 2)
    # segment = number of the range (0x3F, 0x7F, … 0x1FFF) the biased magnitude falls in
    segment = np.searchsorted(_SEGMENT_ENDS, magnitude, side="left")
    code = np.where(segment >= 8, 0x7F, (segment << 4) | ((magnitude >> (segment + 1)) & 0x0F))
    return (code ^ mask).astype(np.uint8).tobytes()


def resample(samples: Float32Array, from_rate: int, to_rate: int) -> Float32Array:
    """High-quality resampling (soxr); a no-op when the rates match."""
    if from_rate <= 0 or to_rate <= 0:
        raise AudioFormatError(f"sample rates must be positive, got {from_rate} → {to_rate}")
    x = np.asarray(samples, dtype=np.float32)
    if from_rate == to_rate or x.size == 0:
        return x
    out: Float32Array = soxr.resample(x, from_rate, to_rate, quality="HQ").astype(np.float32)
    return out


class StreamResampler:
    """Resampling for a live stream: keeps filter state across chunks (no edge clicks)."""

    def __init__(self, from_rate: int, to_rate: int) -> None:
        self.from_rate = from_rate
        self.to_rate = to_rate
        self._stream = (
            None
            if from_rate == to_rate
            else soxr.ResampleStream(from_rate, to_rate, 1, dtype="float32", quality="HQ")
        )

    def process(self, samples: Float32Array, *, last: bool = False) -> Float32Array:
        x = np.asarray(samples, dtype=np.float32)
        if self._stream is None:
            return x
        out: Float32Array = self._stream.resample_chunk(x, last=last)
        return out


def write_wav_bytes(pcm: bytes, sample_rate: int, *, channels: int = 1) -> bytes:
    """PCM16LE → a complete WAV file in memory."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as w:
        w.setnchannels(channels)
        w.setsampwidth(2)
        w.setframerate(sample_rate)
        w.writeframes(pcm)
    return buffer.getvalue()


def read_wav_bytes(data: bytes) -> tuple[Float32Array, int]:
    """A PCM16 WAV (any channel count) → mono float32 and its sample rate."""
    try:
        with wave.open(io.BytesIO(data), "rb") as w:
            channels, width, rate = w.getnchannels(), w.getsampwidth(), w.getframerate()
            frames = w.readframes(w.getnframes())
    except (wave.Error, EOFError) as exc:
        raise AudioFormatError(f"not a readable WAV file: {exc}") from exc
    if width != 2:
        raise AudioFormatError(f"only 16-bit PCM WAV is supported, got {8 * width}-bit")
    samples = pcm16_to_float32(frames[: len(frames) - len(frames) % (2 * channels)])
    if channels > 1:
        samples = samples.reshape(-1, channels).mean(axis=1).astype(np.float32)
    return samples, rate


def read_wav(path: str) -> tuple[Float32Array, int]:
    with open(path, "rb") as f:
        return read_wav_bytes(f.read())


def write_wav(path: str, samples: Float32Array, sample_rate: int) -> None:
    with open(path, "wb") as f:
        f.write(write_wav_bytes(float32_to_pcm16(samples), sample_rate))
