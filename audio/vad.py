"""Streaming voice activity detection and endpointing with Silero VAD (ONNX; the model
and its window scorer are in `audio.silero`).

The 16 kHz model ships inside the faster-whisper wheel. It scores 32 ms windows (512
samples at 16 kHz) and carries an LSTM state between them; `Endpointer` keeps that state
per stream, so chunks of any size (20–40 ms from a browser, 20 ms from a phone) can be fed
as they arrive. Events carry exact sample positions in the stream, at its own rate.

A phone line is 8 kHz: upsampled, its missing upper band scores lower and later than the
same words heard wideband. Silero's multi-rate model (the `silero-vad` wheel's
`silero_vad.onnx`, installed without its PyTorch dependency: only the ONNX file is read)
scores 8 kHz natively, 256-sample windows (32 ms as well), so the phone leg's VAD hears
what was sent; `SileroVAD.narrowband()` loads it, or None where it is not installed.

Besides speech start and end, the endpointer reports a `SpeechPaused` after a short
silence (`pause_ms`) with the words so far, and lets its caller end the utterance at
that pause (`end_at_pause`) before the full hangover has passed: a caller that already
knows the sentence is complete (a decode of the audio so far holds a whole offer) need
not wait out a silence long enough to survive every comma.
"""

from __future__ import annotations

import time
import uuid
from collections import deque
from dataclasses import dataclass, field, replace

import numpy as np

from audio.errors import AudioFormatError
from audio.frames import Float32Array, Utterance
from audio.silero import CONTEXT as CONTEXT
from audio.silero import SAMPLE_RATE as SAMPLE_RATE
from audio.silero import WINDOW as WINDOW
from audio.silero import WINDOW_MS as WINDOW_MS
from audio.silero import SileroVAD as SileroVAD
from audio.silero import VADState as VADState
from audio.silero import bundled_model_path as bundled_model_path
from audio.silero import narrowband_model_path as narrowband_model_path


@dataclass(frozen=True)
class EndpointerConfig:
    threshold: float = 0.5
    """A window at or above this probability is speech."""
    neg_threshold: float | None = None
    """Below this is silence (default threshold − 0.15); in between keeps the current state."""
    min_speech_ms: int = 200
    """Shorter bursts (a cough, a click) are not utterances."""
    onset_ms: int = 96
    """Speech heard this long (windows at or above `threshold`) reports `SpeechOnset`: the
    cue for barge-in, well before the utterance is confirmed (`min_speech_ms`) or decoded.
    Three windows let a short "wait" or "ruko" stop playback within 300 ms of its start,
    and keep a click or a single loud window from doing so."""
    hangover_ms: int = 576
    """Silence needed after speech before the utterance ends. Narrowband phone audio
    stretches a 350 ms comma pause to ~550 ms of VAD silence, so less cuts phone
    speakers mid-sentence."""
    narrowband_hangover_ms: int | None = None
    """`hangover_ms` for a stream sent at 8 kHz (a phone leg), where a comma pause sounds
    longer still to the VAD; None: `hangover_ms`."""
    fresh_after_utterance: bool = True
    """Start the VAD's recurrent state afresh once an utterance has ended. Carried on
    through the silence after speech, it scored a short lead-in on a phone line ("For
    you," before a comma pause) below the threshold where a fresh state scores it well
    above, and the phrase was lost (14 of 184 placements in `benchmarks/turn_latency.py`'s
    vendor lines; none with a fresh state)."""
    pause_ms: int = 160
    """Silence after which a `SpeechPaused` is reported (once per pause)."""
    pre_roll_ms: int = 256
    """Audio kept from before the first speech window, so the first syllable is not
    clipped: the VAD's onset latency plus a margin. `benchmarks/onset.py` (lines of its
    own, espeak-ng English and Hindi and Piper English, framed as each leg sends them,
    under −50 and −40 dBFS noise) measured the first speech window at most 94 ms after the
    first audible sample, on the browser leg and on the phone leg with the 8 kHz VAD."""
    upsampled_pre_roll_ms: int = 480
    """The pre-roll for 8 kHz audio heard through the 16 kHz VAD, upsampled (a phone leg
    where the 8 kHz model is not installed): there the onset came up to 350 ms late (a
    soft "th", "f" or "s" scores low narrowband), and 192 ms lost the start of "Thirty
    eight" ("eight")."""
    post_roll_ms: int = 128
    """Audio kept after the last speech window (what silence there is, up to this): a
    word's soft end scores low as well ("okra" without its end came back "Ocrum"). No
    more than `pause_ms`, so a decode at a pause holds the same audio as the final."""
    max_utterance_s: float = 15.0
    """Longer speech is split here, so a monologue still gets transcribed in pieces."""

    @property
    def silence_threshold(self) -> float:
        return self.neg_threshold if self.neg_threshold is not None else self.threshold - 0.15


@dataclass(frozen=True, slots=True)
class SpeechOnset:
    """`onset_ms` of speech: someone may be starting to talk (barge-in), not yet an
    utterance. At most once per start of speech."""

    start_sample: int
    at: float


@dataclass(frozen=True, slots=True)
class SpeechStarted:
    start_sample: int
    at: float


@dataclass(frozen=True, slots=True)
class SpeechMark:
    """Where an open utterance stands: which one, and how much speech it holds so far.
    Two marks are equal exactly when no speech was heard between them."""

    utterance: int
    """Serial number of the utterance in this stream."""
    speech_windows: int
    end_sample: int = field(compare=False)
    """Stream position just past the speech so far."""


@dataclass(frozen=True, slots=True)
class SpeechPaused:
    """`pause_ms` of silence inside an utterance: maybe the end, maybe a comma."""

    mark: SpeechMark
    audio: Float32Array
    """The utterance so far (pre-roll included), up to `mark.end_sample`."""
    at: float


@dataclass(frozen=True, slots=True)
class UtteranceEnded:
    utterance: Utterance
    mark: SpeechMark | None = None
    """The speech this utterance holds: equal to a `SpeechPaused` mark when nothing was
    said after that pause."""


VADEvent = SpeechOnset | SpeechStarted | SpeechPaused | UtteranceEnded


def _windows(ms: float) -> int:
    return max(1, round(ms / WINDOW_MS))


class Endpointer:
    """Feeds float32 audio at the VAD's rate through it and cuts it into utterances."""

    def __init__(self, vad: SileroVAD, config: EndpointerConfig | None = None) -> None:
        self.vad = vad
        self.config = config or EndpointerConfig()
        self.rate: int = getattr(vad, "sample_rate", SAMPLE_RATE)
        self._window: int = getattr(vad, "window", WINDOW)
        self._state = VADState()
        self._fresh = False
        """An utterance ended: the next audio starts with a fresh VAD state."""
        self._pending = np.zeros(0, dtype=np.float32)
        self._position = 0
        """Stream index of the first sample in `_pending`."""
        self._pre_roll: deque[Float32Array] = deque(maxlen=_windows(self.config.pre_roll_ms))
        self._speech: list[Float32Array] = []
        self._speaking = False
        self._confirmed = False
        self._start_sample = 0
        self._pre_roll_len = 0
        self._speech_windows = 0
        self._silent_windows = 0
        self._started_at = 0.0
        self._serial = 0
        self._min_speech = _windows(self.config.min_speech_ms)
        self._onset = _windows(self.config.onset_ms)
        self._onset_sent = False
        self._continued = False
        """The open piece goes on from one cut at `max_utterance_s`."""
        self._hangover = _windows(self.config.hangover_ms)
        self._pause = _windows(self.config.pause_ms)
        self._max_windows = max(1, int(self.config.max_utterance_s * self.rate / self._window))
        self.last_probability = 0.0

    @property
    def in_speech(self) -> bool:
        return self._speaking and self._confirmed

    @property
    def position(self) -> int:
        """Samples consumed so far (the stream clock)."""
        return self._position + len(self._pending)

    @property
    def silence_ms(self) -> float:
        """Silence since the last speech of the open utterance (0 outside speech)."""
        if not self.in_speech:
            return 0.0
        return self._silent_windows * self._window * 1000 / self.rate

    def mark(self) -> SpeechMark | None:
        """Where the open utterance stands, or None outside confirmed speech."""
        if not self.in_speech:
            return None
        return SpeechMark(
            self._serial, self._speech_windows, self._position - self._silent_windows * self._window
        )

    def audio_so_far(self) -> Float32Array:
        """The open utterance's audio up to its last speech (empty outside speech)."""
        mark = self.mark()
        if mark is None or not self._speech:
            return np.zeros(0, dtype=np.float32)
        return self._audio_until(mark.end_sample)

    def end_at_pause(self, mark: SpeechMark, now: float | None = None) -> UtteranceEnded | None:
        """End the open utterance now, if it is still in the pause `mark` was taken at
        (nothing said since); otherwise None and the utterance goes on."""
        if self.mark() != mark or self._silent_windows == 0:
            return None
        now = time.monotonic() if now is None else now
        return self._finish(mark.end_sample, now, truncated=False)

    def push(self, samples: Float32Array, now: float | None = None) -> list[VADEvent]:
        """Feed audio (any length); returns the events it completed."""
        x = np.asarray(samples, dtype=np.float32)
        if x.ndim != 1:
            raise AudioFormatError("the endpointer takes mono audio")
        now = time.monotonic() if now is None else now
        data = np.concatenate([self._pending, x]) if self._pending.size else x
        n = len(data) // self._window
        self._pending = data[n * self._window :].copy()
        if n == 0:
            return []
        windows = data[: n * self._window].reshape(n, self._window)
        if self._fresh:
            self._state = VADState()
            self._fresh = False
        probs = self.vad.score(self._state, windows)
        events: list[VADEvent] = []
        for window, prob in zip(windows, probs, strict=True):
            events.extend(self._step(window, float(prob), now))
            self._position += self._window
        self.last_probability = float(probs[-1])
        return events

    def flush(self, now: float | None = None) -> list[VADEvent]:
        """End of stream: close an utterance that is still open."""
        now = time.monotonic() if now is None else now
        if self._speaking and self._confirmed:
            end = self._position - self._silent_windows * self._window
            return [self._finish(end, now, truncated=False)]
        self._reset_speech()
        return []

    def _step(self, window: Float32Array, prob: float, now: float) -> list[VADEvent]:
        cfg = self.config
        if not self._speaking:
            if prob >= cfg.threshold:
                self._speaking = True
                self._confirmed = False
                self._start_sample = self._position
                self._speech = [*self._pre_roll, window.copy()]
                self._pre_roll_len = len(self._pre_roll)
                self._speech_windows = 1
                self._silent_windows = 0
                self._started_at = now
                return self._maybe_confirm()
            self._pre_roll.append(window.copy())
            return []

        self._speech.append(window.copy())
        if prob >= cfg.threshold:
            self._speech_windows += 1
            self._silent_windows = 0
        elif prob < cfg.silence_threshold:
            self._silent_windows += 1
        events = self._maybe_confirm()
        if not self._confirmed:
            # A false start: too much silence before enough speech to count.
            if self._silent_windows >= self._hangover:
                tail = self._speech[-self._pre_roll.maxlen :] if self._pre_roll.maxlen else []
                self._reset_speech()
                self._pre_roll.extend(tail)
            return events
        if self._silent_windows >= self._hangover:
            end = self._position + self._window - self._silent_windows * self._window
            events.append(self._finish(end, now, truncated=False))
        elif self._silent_windows == self._pause and prob < cfg.silence_threshold:
            end = self._position + self._window - self._silent_windows * self._window
            mark = SpeechMark(self._serial, self._speech_windows, end)
            events.append(SpeechPaused(mark, self._audio_until(end), now))
        elif len(self._speech) - self._pre_roll_len >= self._max_windows:
            events.append(self._finish(self._position + self._window, now, truncated=True))
            # Speech goes on: the next piece starts right here, already confirmed.
            self._speaking = True
            self._confirmed = True
            self._onset_sent = True
            self._continued = True
            self._start_sample = self._position + self._window
            self._speech = []
            self._pre_roll_len = 0
            self._speech_windows = 0
            self._silent_windows = 0
            self._started_at = now
        return events

    def _maybe_confirm(self) -> list[VADEvent]:
        events: list[VADEvent] = []
        if not self._onset_sent and self._speech_windows >= min(self._onset, self._min_speech):
            self._onset_sent = True
            events.append(SpeechOnset(self._start_sample, self._started_at))
        if not self._confirmed and self._speech_windows >= self._min_speech:
            self._confirmed = True
            events.append(SpeechStarted(self._start_sample, self._started_at))
        return events

    def _audio_until(self, end_sample: int) -> Float32Array:
        """The utterance's audio to `end_sample`, pre-roll before and post-roll after
        (what of it has been heard)."""
        pre = self._pre_roll_len * self._window
        post = min(self.config.post_roll_ms, self.config.pause_ms) * self.rate // 1000
        keep = pre + max(0, end_sample - self._start_sample) + post
        if not self._speech:
            return np.zeros(0, dtype=np.float32)
        return np.concatenate(self._speech)[:keep]

    def _finish(self, end_sample: int, now: float, *, truncated: bool) -> UtteranceEnded:
        audio = self._audio_until(end_sample)
        mark = SpeechMark(self._serial, self._speech_windows, end_sample)
        utterance = Utterance(
            id=uuid.uuid4().hex[:16],
            audio=audio.astype(np.float32, copy=False),
            sample_rate=self.rate,
            start_sample=self._start_sample,
            end_sample=end_sample,
            speech_started_at=self._started_at,
            ended_at=now,
            truncated=truncated,
            continued=self._continued,
        )
        self._reset_speech()
        self._serial += 1
        self._fresh = self.config.fresh_after_utterance and not truncated
        return UtteranceEnded(utterance, mark)

    def _reset_speech(self) -> None:
        self._speaking = False
        self._confirmed = False
        self._onset_sent = False
        self._continued = False
        self._speech = []
        self._pre_roll_len = 0
        self._speech_windows = 0
        self._silent_windows = 0
        self._pre_roll.clear()


def endpointer_for(
    rate: int,
    wideband: SileroVAD,
    narrowband: SileroVAD | None = None,
    config: EndpointerConfig | None = None,
) -> Endpointer:
    """The endpointer for a stream sent at `rate`: at 8 kHz natively where the 8 kHz VAD
    is loaded, else at 16 kHz (the caller resamples to `endpointer.rate`), 8 kHz audio then
    with the longer `upsampled_pre_roll_ms`."""
    config = config or EndpointerConfig()
    if rate == 8000:
        if config.narrowband_hangover_ms is not None:
            config = replace(config, hangover_ms=config.narrowband_hangover_ms)
        if narrowband is not None:
            return Endpointer(narrowband, config)
        config = replace(config, pre_roll_ms=max(config.pre_roll_ms, config.upsampled_pre_roll_ms))
    return Endpointer(wideband, config)


def segment(
    vad: SileroVAD,
    audio: Float32Array,
    config: EndpointerConfig | None = None,
    *,
    chunk_ms: int = 30,
) -> list[Utterance]:
    """Cut a whole recording (at the VAD's rate) into utterances by streaming it in small chunks."""
    endpointer = Endpointer(vad, config)
    rate = vad.sample_rate
    step = rate * chunk_ms // 1000
    utterances: list[Utterance] = []
    for i in range(0, len(audio), step):
        for event in endpointer.push(audio[i : i + step], now=i / rate):
            if isinstance(event, UtteranceEnded):
                utterances.append(event.utterance)
    for event in endpointer.flush(now=len(audio) / rate):
        if isinstance(event, UtteranceEnded):
            utterances.append(event.utterance)
    return utterances
