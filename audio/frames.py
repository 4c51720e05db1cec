"""The small dataclasses that flow through the voice pipeline.

Audio inside the pipeline is mono. On the wire it is PCM16LE bytes; inside engines it is
float32 numpy arrays in [-1, 1]. Times are `time.monotonic()` seconds unless a field says
it counts samples.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

Float32Array = npt.NDArray[np.float32]


@dataclass(slots=True)
class Utterance:
    """One stretch of speech cut out of a stream by the endpointer."""

    id: str
    audio: Float32Array
    """float32 mono samples, pre-roll included."""
    sample_rate: int
    start_sample: int
    """Index in the stream of the first speech sample (after pre-roll)."""
    end_sample: int
    """Index in the stream one past the last speech sample."""
    speech_started_at: float
    ended_at: float
    """Monotonic time the end of speech was decided (the hangover has elapsed)."""
    truncated: bool = False
    """True when cut at the maximum utterance length rather than at silence."""
    continued: bool = False
    """True when it goes on from a piece cut at the maximum length (its start is a cut)."""

    @property
    def cut(self) -> bool:
        """Cut at either end by the length limit: a word (a price) may be split across."""
        return self.truncated or self.continued

    @property
    def start_time(self) -> float:
        return self.start_sample / self.sample_rate

    @property
    def end_time(self) -> float:
        return self.end_sample / self.sample_rate

    @property
    def duration(self) -> float:
        return len(self.audio) / self.sample_rate


@dataclass(frozen=True, slots=True)
class Segment:
    start: float
    end: float
    text: str
    avg_logprob: float = 0.0
    no_speech_prob: float = 0.0


@dataclass(frozen=True, slots=True)
class DecodeStep:
    """One pass of a recogniser inside one `transcribe` call, and why it ran: the trace
    that says where a turn's speech-to-text time goes."""

    kind: str
    """"short" (encoder on the utterance plus padding, greedy decode), "language" (the
    language check on that encoder output), "other" (a short decode in the language
    heard), "full" (faster-whisper's own 30 s window)."""
    why: str
    """What made it run: "first", or the check a previous pass failed ("unsure 0.45",
    "no speech", "repeats", "too many words")."""
    audio_s: float
    cpu_s: float
    """Process CPU time while it ran (the decode's threads, and anything else the
    process did meanwhile)."""
    wall_s: float
    text: str | None = None
    """What this pass read (None: a pass that reads no words, the language check)."""
    confidence: float | None = None


@dataclass(frozen=True, slots=True)
class Transcript:
    text: str
    language: str
    provider: str
    segments: tuple[Segment, ...] = ()
    confidence: float = 1.0
    """0..1, from the decoder's log-probabilities (1.0 when the provider gives none)."""
    utterance_id: str | None = None
    timings: dict[str, float] = field(default_factory=dict)
    """Seconds spent per step, e.g. {"queue": 0.001, "decode": 0.31}."""
    steps: tuple[DecodeStep, ...] = ()
    """The recogniser's passes, in order (engines that report them)."""


@dataclass(frozen=True, slots=True)
class Translation:
    text: str
    source: str
    target: str
    provider: str
    untranslated: bool = False
    """True when the text passed through (transliterated) because nothing translated it."""


@dataclass(frozen=True, slots=True)
class SpeechChunk:
    """One synthesized sentence (or part of one), ready to send."""

    pcm: bytes
    """PCM16LE mono at `sample_rate`."""
    sample_rate: int
    text: str
    index: int
    final: bool = False
