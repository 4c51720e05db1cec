"""Codecs and resampling: round trips, bit-exact μ-law, frequencies that survive."""

from __future__ import annotations

import io
import wave

import numpy as np
import pytest

from audio.codecs import (
    SUPPORTED_RATES,
    StreamResampler,
    float32_to_pcm16,
    pcm16_to_float32,
    pcm16_to_ulaw,
    read_wav_bytes,
    resample,
    ulaw_to_pcm16,
    write_wav_bytes,
)
from audio.errors import AudioFormatError


def sine(freq: float, rate: int, seconds: float = 1.0, amp: float = 0.5) -> np.ndarray:
    t = np.arange(int(rate * seconds)) / rate
    return (amp * np.sin(2 * np.pi * freq * t)).astype(np.float32)


def peak_hz(x: np.ndarray, rate: int) -> float:
    spectrum = np.abs(np.fft.rfft(x * np.hanning(len(x))))
    return float(np.fft.rfftfreq(len(x), 1 / rate)[np.argmax(spectrum)])


def test_pcm16_float32_round_trip_is_exact() -> None:
    pcm = np.arange(-32768, 32768, 7, dtype="<i2").tobytes()
    assert float32_to_pcm16(pcm16_to_float32(pcm)) == pcm


def test_float32_is_clipped() -> None:
    pcm = float32_to_pcm16(np.array([2.0, -2.0, 0.0], dtype=np.float32))
    assert np.frombuffer(pcm, "<i2").tolist() == [32767, -32768, 0]


def test_odd_byte_count_is_malformed() -> None:
    with pytest.raises(AudioFormatError, match="even number"):
        pcm16_to_float32(b"\x00\x01\x02")
    with pytest.raises(AudioFormatError):
        pcm16_to_ulaw(b"\x00")


@pytest.mark.parametrize(
    ("sample", "code"),
    [(0, 0xFF), (-1, 0x7E), (32767, 0x80), (-32768, 0x00), (1000, 0xCE), (-1000, 0x4E)],
)
def test_ulaw_known_codes(sample: int, code: int) -> None:
    # Reference values from the G.711 encoder of CPython's audioop (Sun's g711.c).
    assert pcm16_to_ulaw(np.array([sample], dtype="<i2").tobytes()) == bytes([code])


def test_ulaw_decode_table_is_symmetric_and_monotonic() -> None:
    decoded = np.frombuffer(ulaw_to_pcm16(bytes(range(256))), "<i2").astype(int)
    positive = decoded[128:][::-1]  # codes 0xFF..0x80 → 0..max
    assert positive[0] == 0
    assert np.all(np.diff(positive) > 0)
    assert decoded[:128].tolist() == (-decoded[128:]).tolist()


def test_ulaw_round_trip_keeps_a_voice_band_tone() -> None:
    x = sine(440, 8000, amp=0.3)
    back = pcm16_to_float32(ulaw_to_pcm16(pcm16_to_ulaw(float32_to_pcm16(x))))
    snr = 10 * np.log10(np.sum(x**2) / np.sum((x - back) ** 2))
    assert snr > 30  # μ-law gives ~38 dB on a loud tone
    assert peak_hz(back, 8000) == pytest.approx(440, abs=2)


def test_wav_round_trip_and_stereo_downmix() -> None:
    x = sine(300, 16000, 0.25)
    data = write_wav_bytes(float32_to_pcm16(x), 16000)
    y, rate = read_wav_bytes(data)
    assert rate == 16000
    assert np.allclose(x, y, atol=1 / 32768)
    stereo = np.stack([x, np.zeros_like(x)], axis=1).reshape(-1)
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as w:
        w.setnchannels(2)
        w.setsampwidth(2)
        w.setframerate(22050)
        w.writeframes(float32_to_pcm16(stereo))
    mono, rate = read_wav_bytes(buffer.getvalue())
    assert rate == 22050
    assert len(mono) == len(x)
    assert np.allclose(mono, x / 2, atol=2 / 32768)


@pytest.mark.parametrize("data", [b"", b"RIFF1234WAVE", b"not a wav at all" * 10])
def test_bad_wav_is_a_clear_error(data: bytes) -> None:
    with pytest.raises(AudioFormatError, match="WAV"):
        read_wav_bytes(data)


def test_8bit_wav_is_refused() -> None:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(1)
        w.setframerate(8000)
        w.writeframes(bytes(800))
    with pytest.raises(AudioFormatError, match="16-bit"):
        read_wav_bytes(buffer.getvalue())


@pytest.mark.parametrize("src", SUPPORTED_RATES)
@pytest.mark.parametrize("dst", SUPPORTED_RATES)
def test_resampled_sine_keeps_its_frequency(src: int, dst: int) -> None:
    x = sine(1000, src)
    y = resample(x, src, dst)
    assert len(y) == pytest.approx(dst, abs=2)
    assert peak_hz(y, dst) == pytest.approx(1000, abs=2)
    assert np.sqrt(np.mean(y**2)) == pytest.approx(0.5 / np.sqrt(2), rel=0.02)


def test_bad_rates_are_refused() -> None:
    with pytest.raises(AudioFormatError):
        resample(sine(100, 8000), 0, 16000)


def test_stream_resampler_matches_whole_signal() -> None:
    x = sine(700, 48000)
    stream = StreamResampler(48000, 16000)
    pieces = [stream.process(x[i : i + 960]) for i in range(0, len(x), 960)]
    pieces.append(stream.process(np.zeros(0, np.float32), last=True))
    y = np.concatenate(pieces)
    assert len(y) == pytest.approx(16000, abs=2)
    assert peak_hz(y, 16000) == pytest.approx(700, abs=2)
    same = StreamResampler(16000, 16000)
    assert same.process(x[:100]) is not None
    assert np.array_equal(same.process(x[:100]), x[:100])
