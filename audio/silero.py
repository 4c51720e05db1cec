"""Silero VAD (ONNX): the model files and the window scorer.

The 16 kHz model ships inside the faster-whisper wheel. It scores 32 ms windows (512
samples at 16 kHz) and carries an LSTM state between them, kept per stream in `VADState`.
A phone line is 8 kHz: Silero's multi-rate model (the `silero-vad` wheel's
`silero_vad.onnx`, installed without its PyTorch dependency: only the ONNX file is read)
scores 8 kHz natively, 256-sample windows (32 ms as well); `SileroVAD.narrowband()` loads
it, or None where it is not installed. `audio.vad` builds the endpointer on this.
"""

from __future__ import annotations

import functools
import threading
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from audio.errors import AudioFormatError
from audio.frames import Float32Array

SAMPLE_RATE = 16000
WINDOW = 512
"""Samples per Silero window at 16 kHz (32 ms)."""
CONTEXT = 64
"""Samples of the previous window the model sees before each window."""
WINDOW_MS = 32
"""Every window is 32 ms, whatever the rate (256 samples at 8 kHz)."""


def bundled_model_path() -> Path:
    """The Silero VAD model inside the installed faster-whisper package."""
    import faster_whisper

    path = Path(faster_whisper.__file__).parent / "assets" / "silero_vad_v6.onnx"
    if not path.exists():
        raise FileNotFoundError(f"Silero VAD model not found at {path}")
    return path


def narrowband_model_path() -> Path | None:
    """Silero's multi-rate model (8 and 16 kHz) from the `silero-vad` wheel, if installed.
    The package itself is not imported (it imports PyTorch): only its data file is read."""
    import importlib.util

    spec = importlib.util.find_spec("silero_vad")
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / "data" / "silero_vad.onnx"
    return path if path.exists() else None


class SileroVAD:
    """An ONNX model; one instance is shared by every stream (state lives outside).

    Two exports are read: faster-whisper's (16 kHz only; windows in a batch are one
    sequence, `h`/`c` state) and Silero's multi-rate one (`sr` input, one `state`; each
    batch row is a separate stream, so a stream's windows go through one at a time)."""

    def __init__(
        self, model_path: Path | None = None, *, threads: int = 1, sample_rate: int = SAMPLE_RATE
    ) -> None:
        import onnxruntime

        if sample_rate not in (8000, 16000):
            raise AudioFormatError(f"Silero VAD runs at 8000 or 16000 Hz, not {sample_rate}")
        self.sample_rate = sample_rate
        self.window = WINDOW * sample_rate // SAMPLE_RATE
        self.context = CONTEXT * sample_rate // SAMPLE_RATE

        options = onnxruntime.SessionOptions()
        options.inter_op_num_threads = 1
        options.intra_op_num_threads = threads
        options.log_severity_level = 4
        self._session = onnxruntime.InferenceSession(
            str(model_path or bundled_model_path()),
            providers=["CPUExecutionProvider"],
            sess_options=options,
        )
        self._multi_rate = "sr" in {i.name for i in self._session.get_inputs()}
        if sample_rate != SAMPLE_RATE and not self._multi_rate:
            raise AudioFormatError(f"this Silero model runs at 16000 Hz only, not {sample_rate}")
        self._lock = threading.Lock()

    @classmethod
    def narrowband(cls, *, threads: int = 1) -> SileroVAD | None:
        """The 8 kHz VAD for phone legs, or None where the multi-rate model is missing."""
        path = narrowband_model_path()
        return None if path is None else cls(path, threads=threads, sample_rate=8000)

    def score(self, state: VADState, windows: Float32Array) -> Float32Array:
        """Speech probability per window (`self.window` samples), advancing `state`."""
        n = windows.shape[0]
        if n == 0:
            return np.zeros(0, dtype=np.float32)
        k = self.context
        if state.context.shape[0] != k:
            state.context = np.zeros(k, dtype=np.float32)
        batch = np.empty((n, k + self.window), dtype=np.float32)
        batch[:, k:] = windows
        batch[0, :k] = state.context
        if n > 1:
            batch[1:, :k] = windows[:-1, -k:]
        with self._lock:  # a session is thread-safe, but keep per-call work ordered
            if self._multi_rate:
                rate = np.array(self.sample_rate, dtype=np.int64)
                out = np.empty(n, dtype=np.float32)
                for i in range(n):
                    prob, state.state = self._session.run(
                        None, {"input": batch[i : i + 1], "state": state.state, "sr": rate}
                    )
                    out[i] = float(np.asarray(prob).reshape(-1)[0])
                probs: Float32Array = out
            else:
                probs, state.h, state.c = self._session.run(
                    None, {"input": batch, "h": state.h, "c": state.c}
                )
        state.context = windows[-1, -k:].copy()
        return np.asarray(probs, dtype=np.float32).reshape(-1)


@functools.cache
def shared_vad() -> SileroVAD:
    """The process's 16 kHz VAD. A model holds no stream state (`VADState` does), so one
    is loaded per process, not per app: loading one costs about 10 ms of CPU."""
    return SileroVAD()


@functools.cache
def shared_narrowband_vad() -> SileroVAD | None:
    """The process's 8 kHz VAD (`SileroVAD.narrowband`), loaded once; None where missing."""
    return SileroVAD.narrowband()


@dataclass
class VADState:
    h: Float32Array = field(default_factory=lambda: np.zeros((1, 1, 128), dtype=np.float32))
    c: Float32Array = field(default_factory=lambda: np.zeros((1, 1, 128), dtype=np.float32))
    context: Float32Array = field(default_factory=lambda: np.zeros(CONTEXT, dtype=np.float32))
    state: Float32Array = field(default_factory=lambda: np.zeros((2, 1, 128), dtype=np.float32))
    """The multi-rate model's recurrent state (it has one tensor, not `h` and `c`)."""
