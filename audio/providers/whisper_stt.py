"""Speech to text with faster-whisper (CTranslate2), in a bounded worker pool.

faster-whisper decodes lazily: `transcribe()` returns a generator and the work happens
while it is iterated. So the whole call, iteration included, runs inside the worker
thread; the event loop only awaits the finished `Transcript`.

By default the engine does not go through `transcribe()` at all: it computes the same
log-Mel features, pads them to the utterance plus `DecodeOptions.context_pad_s` (8 s)
instead of Whisper's 30 s window, and calls CTranslate2's `encode`/`generate` itself.
On a short utterance the encoder is most of the work, so this cuts tiny.en's latency to
about a third with the same price accuracy (`benchmarks/engines.py`).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from audio.errors import EngineError, EngineUnavailable
from audio.frames import DecodeStep, Float32Array, Segment, Transcript
from audio.providers.whisper_readings import (
    PassTrace,
    build_prompt,
    echoes_prompt,
    may_hold_price,
    unsure_why,
)
from audio.workers import WorkerPool

# Languages Whisper was trained on that this product speaks.
WHISPER_LANGUAGES = frozenset(
    {"en", "hi", "bn", "ta", "te", "mr", "gu", "kn", "ml", "pa", "ur", "as", "or"}
)
MAX_SECONDS = 30.0
OTHER_LANGUAGE_MIN = 0.95
ASKED_LANGUAGE_MAX = 0.01
"""An unsure decode is made again in another language the audio is at least this sure to
be in, when it is at most `ASKED_LANGUAGE_MAX` sure of the one asked: Piper's English read
as Hindi was en 0.99, hi 0.00; espeak-ng's Indian voices, which Whisper places nowhere,
were at most 0.91 sure of any language (Thai); and speech that may well be the language
asked (Hindi that Whisper also hears as Urdu, say) keeps it."""


@dataclass(frozen=True)
class DecodeOptions:
    """Decoding guarded against hallucination loops on short, noisy market speech."""

    beam_size: int = 1
    temperature: float = 0.0
    no_repeat_ngram_size: int = 3
    """Stops "0.0.0.0…" style loops without a temperature fallback."""
    max_new_tokens: int = 96
    """Caps a runaway decode; a spoken offer is a handful of words."""
    vad_filter: bool = True
    no_speech_threshold: float = 0.6
    compression_ratio_threshold: float = 2.4
    log_prob_threshold: float = -1.0
    context_pad_s: float | None = 8.0
    """Encoder input: the utterance plus this much padding (capped at Whisper's 30 s
    window). Less than ~5 s makes the decoder repeat words (measured on the English set,
    tiny.en WER: 2 s 14%, 4 s 10%, 8 s 5%, the full window 5%). A short decode that is
    unsure (`short_min_confidence`), hears no speech, repeats itself (`repeats_itself`)
    or has more words than the audio could hold (`too_many_words`) is decoded again on
    the full window. None: faster-whisper's own
    `transcribe()` on the padded 30 s window, with its VAD filter."""
    short_min_confidence: float = 0.6
    """Below this, a short-window decode is redone on the full window: on a word or two
    ("Yes.", "Deal.") the short window is much less sure (measured avg log-prob −0.9
    against −0.15) and now and then drops the word as no speech. At 0.5, a phone line's
    "My last price is forty five rupees" (espeak-ng through μ-law, tiny.en) stood at
    0.53 as "My left stipend for the time rupees": the full window read 45 at 0.64. The
    same bar as a pause's decode needs to stand as the final transcript
    (`TurnTaking.reuse_min_confidence`). Of the two readings, the surer stands: espeak-ng's
    "टमाटर चालीस रुपये किलो" read "… चाली नूपये किलो" at 0.55 on the short window and
    "… जाली अणोपये किलो" at 0.50 on the full one."""
    full_window_for_prices_only: bool = True
    """An unsure short decode (`short_min_confidence`) goes on to the full window only
    when a price may be at stake: its words hold a number or a word near one, the
    currency or the unit, or are two words or fewer ("Yes.", "Deal."; `may_hold_price`).
    Three words or more with none of those ("Good morning, Mayor!") stand as read: the
    full window costs three to five times the short decode (its encoder runs on 30 s;
    `turn_latency.py`'s trace: 400–700 ms of CPU against 150–200), ran on nearly every
    decode of espeak-ng's voices (tiny.en is under 0.6 on most of them), and the time
    lands after the speaker stops. False: every unsure one (the benchmark's offline
    reading, the reference the live transcript is checked against)."""


class FasterWhisperSTT:
    """An `ASREngine` over one CTranslate2 Whisper model folder."""

    def __init__(
        self,
        model_path: Path,
        *,
        pool: WorkerPool,
        name: str | None = None,
        multilingual: bool = True,
        device: str = "cpu",
        compute_type: str = "int8",
        cpu_threads: int = 2,
        options: DecodeOptions | None = None,
    ) -> None:
        self.model_path = model_path
        self.pool = pool
        self.name = f"faster-whisper:{name or model_path.name}"
        self.multilingual = multilingual
        self.device = device
        self.compute_type = compute_type
        self.cpu_threads = cpu_threads
        self.options = options or DecodeOptions()
        self._model: Any = None
        self.load_seconds: float | None = None

    def supports(self, language: str) -> bool:
        return language in WHISPER_LANGUAGES if self.multilingual else language == "en"

    def _load(self) -> Any:
        if self._model is None:
            from faster_whisper import WhisperModel

            started = time.perf_counter()
            self._model = WhisperModel(
                str(self.model_path),
                device=self.device,
                compute_type=self.compute_type,
                cpu_threads=self.cpu_threads,
                num_workers=1,
                local_files_only=True,
            )
            self.load_seconds = time.perf_counter() - started
        return self._model

    async def warm(self) -> None:
        """Load the model and run one short decode so the first real turn is fast."""
        await self.pool.run(self._load)
        # A tone, decoded with the VAD filter off, so the decoder itself really runs.
        t = np.arange(16000, dtype=np.float32) / 16000
        tone = (0.1 * np.sin(2 * np.pi * 220 * t)).astype(np.float32)
        await self.pool.run(self._decode, tone, "en", (), vad=False)

    def _decode(
        self, audio: Float32Array, language: str, hints: Sequence[str], *, vad: bool = True
    ) -> tuple[list[Segment], float]:
        segments, confidence, _heard = self._decode_heard(audio, language, hints, vad=vad)
        return segments, confidence

    def _decode_heard(
        self,
        audio: Float32Array,
        language: str,
        hints: Sequence[str],
        *,
        vad: bool = True,
        steps: list[DecodeStep] | None = None,
        second_pass: bool = True,
        whole: bool = False,
        still_wanted: Callable[[], bool] | None = None,
    ) -> tuple[list[Segment], float, str]:
        """Segments, confidence and the language they are in: `language`, or another one
        the audio is plainly in (`_other_language`). Each pass is appended to `steps`,
        with what made it run and what it read. `second_pass` False: the short decode
        alone, whatever it reads (a partial transcript of speech still going on, shown to
        the speaker only: a second pass there only holds the pool while the pause's decode
        waits). `still_wanted`, asked (from this worker thread) before a second pass:
        False once the decode can only be such a partial (the speaker went on after the
        pause it was made at), and the short decode then stands alone the same way
        (a `stop` step in the trace). `whole`: the full window alone, and its reading
        stands (a line whose first reading left its price in doubt, read again whole)."""
        opts = self.options
        seconds = len(audio) / 16000
        trace = PassTrace(steps, seconds)
        short: tuple[list[Segment], float] | None = None
        why: str | None = "whole line" if whole else "no short window"
        if opts.context_pad_s is not None and not whole:
            with trace("short", "first"):
                segments, confidence, encoded = self._decode_short(audio, language, hints)
            trace.read(segments, confidence)
            why = unsure_why(segments, confidence, opts.short_min_confidence, seconds)
            if why is None:
                return segments, confidence, language
            if second_pass and still_wanted is not None and not still_wanted():
                second_pass = False
                with trace("stop", "went on"):
                    pass
            if not second_pass:
                looped = why in ("repeats", "too many words")
                return ([], 0.0, language) if looped else (segments, confidence, language)
            text = " ".join(s.text for s in segments)
            if (
                why.startswith("unsure")
                and opts.full_window_for_prices_only
                and not may_hold_price(text, language)
                and not echoes_prompt(text, language, hints)
            ):
                return segments, confidence, language
            if segments and why.startswith("unsure"):
                short = segments, confidence
            other = None
            if segments and self.multilingual:
                with trace("language", why):
                    other = self._other_language(encoded, language)
            if other is not None:
                # Forced into `language`, speech in another one comes back as that
                # language's nearest words, the prompt's among them (English heard as Hindi:
                # "अववाव … प्याज … का"); in its own language it reads as what was said.
                with trace("other", f"heard as {other}"):
                    segments, confidence, _ = self._decode_short(audio, other, (), encoded)
                trace.read(segments, confidence)
                if unsure_why(segments, confidence, opts.short_min_confidence, seconds) is None:
                    return segments, confidence, other
        model = self._load()
        with trace("full", why or "no short window"):
            segments_in, _info = model.transcribe(
                audio,
                language=language,
                task="transcribe",
                beam_size=opts.beam_size,
                best_of=1,
                temperature=opts.temperature,
                condition_on_previous_text=False,
                without_timestamps=True,
                max_new_tokens=opts.max_new_tokens,
                vad_filter=opts.vad_filter and vad,
                vad_parameters={"min_silence_duration_ms": 300, "speech_pad_ms": 200},
                no_speech_threshold=opts.no_speech_threshold,
                compression_ratio_threshold=opts.compression_ratio_threshold,
                log_prob_threshold=opts.log_prob_threshold,
                no_repeat_ngram_size=opts.no_repeat_ngram_size,
                initial_prompt=build_prompt(language, hints),
            )
            out = [  # iterating is what runs the decoder: keep it in this thread
                Segment(s.start, s.end, s.text.strip(), s.avg_logprob, s.no_speech_prob)
                for s in segments_in
            ]
        if not out:
            trace.read([], 0.0)
            return [], 0.0, language
        logprob = sum(s.avg_logprob * max(s.end - s.start, 0.01) for s in out) / sum(
            max(s.end - s.start, 0.01) for s in out
        )
        confidence = math.exp(min(0.0, logprob))
        trace.read(out, confidence)
        if short is not None and short[1] > confidence:
            return short[0], short[1], language  # the surer of the two readings
        return out, confidence, language

    def _other_language(self, encoded: Any, language: str) -> str | None:
        """The language the encoded audio is plainly in, when that is not `language` and
        this engine transcribes it: Whisper's language detection at least
        `OTHER_LANGUAGE_MIN` sure of it and at most `ASKED_LANGUAGE_MAX` of `language`.
        Only asked after an unsure decode, so a speaker's own language read with
        confidence is never second-guessed."""
        if not self.multilingual:
            return None
        model = self._load()
        ranked = model.model.detect_language(encoded)[0]
        probs: dict[str, float] = {str(t).strip("<|>"): float(p) for t, p in ranked}
        best = max(probs, key=probs.__getitem__)
        if best == language or best not in WHISPER_LANGUAGES:
            return None
        if probs[best] < OTHER_LANGUAGE_MIN or probs.get(language, 0.0) > ASKED_LANGUAGE_MAX:
            return None
        return best

    def _decode_short(
        self,
        audio: Float32Array,
        language: str,
        hints: Sequence[str],
        encoded: Any = None,
    ) -> tuple[list[Segment], float, Any]:
        """One encoder pass over the utterance plus `context_pad_s`, one greedy decode.

        The same features, prompt and guards as `transcribe()` (the domain prompt as
        previous text, no timestamps, suppressed tokens, no-repeat n-grams, the token
        cap, and its no-speech rule), on a shorter window; the endpointer already cut
        the speech, so faster-whisper's own VAD pass is not needed.
        """
        from faster_whisper.audio import pad_or_trim
        from faster_whisper.tokenizer import Tokenizer
        from faster_whisper.transcribe import get_suppressed_tokens

        model = self._load()
        opts = self.options
        assert opts.context_pad_s is not None
        if encoded is None:  # the encoder's output, the costly half, is reused when given
            extractor = model.feature_extractor
            features = extractor(audio)
            pad = round(opts.context_pad_s / extractor.time_per_frame)
            frames = min(extractor.nb_max_frames, features.shape[-1] + pad)
            encoded = model.encode(pad_or_trim(features, frames))
        tokenizer = Tokenizer(
            model.hf_tokenizer, model.model.is_multilingual, task="transcribe", language=language
        )
        prompt_text = build_prompt(language, hints)
        previous = tokenizer.encode(" " + prompt_text.strip()) if prompt_text else []
        prompt = model.get_prompt(tokenizer, previous, without_timestamps=True)
        result = model.model.generate(
            encoded,
            [prompt],
            beam_size=opts.beam_size,
            max_length=min(model.max_length, len(prompt) + opts.max_new_tokens),
            no_repeat_ngram_size=opts.no_repeat_ngram_size,
            return_scores=True,
            return_no_speech_prob=True,
            suppress_blank=True,
            suppress_tokens=get_suppressed_tokens(tokenizer, [-1]),
        )[0]
        tokens = result.sequences_ids[0]
        avg_logprob = float(result.scores[0]) * len(tokens) / (len(tokens) + 1)
        silent = result.no_speech_prob > opts.no_speech_threshold
        if silent and avg_logprob <= opts.log_prob_threshold:
            return [], 0.0, encoded  # faster-whisper's rule: no speech, and unsure words
        text = tokenizer.decode(tokens).strip()
        if not text:
            return [], 0.0, encoded
        seconds = len(audio) / 16000
        segment = Segment(0.0, seconds, text, avg_logprob, float(result.no_speech_prob))
        return [segment], math.exp(min(0.0, avg_logprob)), encoded

    async def transcribe(
        self,
        audio: Float32Array,
        *,
        sample_rate: int,
        language: str,
        hints: Sequence[str] = (),
        utterance_id: str | None = None,
        partial: bool = False,
        whole: bool = False,
        still_wanted: Callable[[], bool] | None = None,
    ) -> Transcript:
        """`partial`: speech still going on, read for the speaker's screen: the short
        decode alone (no second pass, `_decode_heard`). `still_wanted`: asked before a
        second pass; False makes the decode a partial from then on (a decode at a pause
        the speaker went on from). `whole`: a finished line read again on the full
        window alone, whose reading stands (`_decode_heard`)."""
        if not self.supports(language):
            raise EngineUnavailable(
                f"{self.name} does not transcribe {language!r}", provider=self.name
            )
        if sample_rate != 16000:
            from audio.codecs import resample

            audio = resample(audio, sample_rate, 16000)
        if len(audio) > MAX_SECONDS * 16000:
            audio = audio[: int(MAX_SECONDS * 16000)]
        steps: list[DecodeStep] = []
        try:
            (segments, confidence, heard), queued, decoding = await self.pool.run_timed(
                self._decode_heard,
                audio,
                language,
                tuple(hints),
                steps=steps,
                second_pass=not partial,
                whole=whole,
                still_wanted=still_wanted,
            )
        except EngineError:
            raise
        except Exception as exc:  # a broken model folder, out of memory, …
            raise EngineError(
                f"{self.name} failed: {exc}", retryable=False, provider=self.name
            ) from exc
        text = " ".join(s.text for s in segments).strip()
        return Transcript(
            text=text,
            language=heard,
            provider=self.name,
            segments=tuple(segments),
            confidence=confidence,
            utterance_id=utterance_id,
            timings={
                "queue": queued,
                "decode": decoding,
                "audio": len(audio) / 16000,
            },
            steps=tuple(steps),
        )
