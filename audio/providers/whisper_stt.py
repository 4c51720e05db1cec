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

import contextlib
import functools
import math
import re
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from audio.errors import EngineError, EngineUnavailable
from audio.frames import DecodeStep, Float32Array, Segment, Transcript
from audio.languages.base import Kind
from audio.lexicon import fold, tokenize
from audio.number_tables import NearWords, looks_like_number, number_table
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

# The prompt per language: a short neutral frame in the speaker's script, the unit and
# the currency word; the stall's product names are appended per call. It keeps Whisper
# in the speaker's script (measured: base on espeak-ng's Hindi "टमाटर चालीस रुपये किलो"
# gives Arabic-script digits, "٩ ٩٩ ٦ ٦٦ ٩", with no prompt, Devanagari with this one).
# No amounts, number words or price phrases, ever: Whisper continues its prompt, and the
# prices of an earlier prompt came back in transcripts where nobody said them (Marathi
# "आडीचशे", 250, from the prompt's "अडीचशे रुपये"); tests/integration/test_stt_prompts.py
# holds every prompt to that. With no number words to copy, tiny.en writes English
# amounts in digits ("45 rupees"); `understand` reads both.
# Nor any phrase of a test or a benchmark: no two words in a row of a prompt are two
# words in a row of anything the tests or benchmarks say (tests/unit/test_prompt_phrases.py),
# so a benchmark measures the recogniser, not its prompt.
#
# faster-whisper's `hotwords` (the product names, unit and currency once more, ahead of
# the prompt) is left out: it made everything worse. Measured on the benchmark's clips
# (seed 7) with a four-product catalogue as hints, this prompt without and with hotwords:
# English (Piper, tiny.en) WER 6.6% → 8.3%, right price 28 → 26 of 30; Hindi (espeak-ng,
# base) WER 92% → 103%; espeak-ng's market sentence in the ten languages, mean character
# error 0.87 → 0.96; and white noise in Tamil came back as the prompt's own words
# ("கிலோ, ரூபாய், தக்காளி, … சந்தையில் பேரம் …") instead of nothing.
DOMAIN_PROMPTS: dict[str, str] = {
    "en": "Market bargaining: kilo, rupees",
    "hi": "मंडी का मोलभाव: किलो, रुपये",
    "mr": "मंडईत घासाघीस: किलो, रुपये",
    "bn": "কেজি, বাজারে দরদাম, টাকা",
    "ta": "சந்தையில் பேரம்: கிலோ, ரூபாய்",
    "te": "కిలో, మార్కెట్లో బేరం, రూపాయలు",
    "gu": "બજારમાં ભાવતાલ: કિલો, રૂપિયા",
    "kn": "ಮಾರುಕಟ್ಟೆಯಲ್ಲಿ ಚೌಕಾಸಿ: ಕಿಲೋ, ರೂಪಾಯಿ",
    "ml": "ചന്തയിൽ വിലപേശൽ: കിലോ, രൂപ",
    "pa": "ਮੰਡੀ ਵਿੱਚ ਮੋਲ-ਭਾਅ: ਕਿੱਲੋ, ਰੁਪਏ",
    "ur": "منڈی میں مول بھاؤ: کلو، روپے",
}
MAX_PROMPT_HINTS = 24
"""Product names beyond this many are left out: the prompt stays short."""


def repeats_itself(text: str) -> bool:
    """A phrase of one to four words said twice or more in a row ("Brother. Brother.",
    "tomatoes tomatoes tomatoes"): the loop a shortened encoder window sometimes falls
    into on a clip under a second, and rare in what people say to a vendor."""
    words = [w for w in (t.strip(".,!?;:।॥'\"-").lower() for t in text.split()) if w]
    for size in range(1, 5):
        for i in range(len(words) - 2 * size + 1):
            if words[i : i + size] == words[i + size : i + 2 * size]:
                return True
    return False


MAX_WORDS_PER_SECOND = 5.0
"""Faster than anyone speaks (conversational speech runs at 2–3 words a second)."""


def too_many_words(text: str, seconds: float) -> bool:
    """More words than the audio could hold: a decoder that ran on past the speech
    ("thirty five rupees a kilo. Thirty five rupee is a kilow. Thirty-five rupees, …"
    from 1.7 s of audio)."""
    return len(text.split()) > 2 + MAX_WORDS_PER_SECOND * seconds


def build_prompt(language: str, hints: Sequence[str]) -> str | None:
    """The frame for `language`, then the product names in `hints` (deduplicated)."""
    names = list(dict.fromkeys(h.strip() for h in hints if h.strip()))[:MAX_PROMPT_HINTS]
    separator = "، " if language == "ur" else ", "
    parts = [p for p in (DOMAIN_PROMPTS.get(language, ""), *names) if p]
    return separator.join(parts) or None


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


def _frame_words(language: str) -> frozenset[str]:
    """The one-word parts of the language's prompt frame: its unit and currency."""
    frame = DOMAIN_PROMPTS.get(language, "")
    parts = (p.strip() for p in re.split(r"[:,،]", frame))
    return frozenset(fold(p) for p in parts if p and " " not in p)


_NUMBER_KINDS = (Kind.VALUE, Kind.TENS, Kind.SCALE, Kind.FRACTION)


def may_hold_price(text: str, language: str) -> bool:
    """Whether an unsure reading may hold a price that a second, surer pass could read
    differently: a digit, a number word of the language or a word one edit from one, its
    unit or currency (or a word near them: "My left stipend for the time rupees" was a
    misread "forty five rupees"), or two words or fewer (a lone "Yes." or "Deal." is
    the short window's weak spot). Cheap: a table lookup per word."""
    words = [t.norm for t in tokenize(text)]
    if len(words) <= 2:
        return True
    table = number_table(language)
    units = _frame_words(language)
    near_units = _near_frame_words(language)
    for word in words:
        parts = table.words.get(word)
        if parts and any(p.kind in _NUMBER_KINDS for p in parts):
            return True
        if looks_like_number(word, language):
            return True
        if word in units or word.rstrip("s") in units or near_units.near(word):
            return True
    return False


def echoes_prompt(text: str, language: str, hints: Sequence[str]) -> bool:
    """Whether a reading holds a word of its own prompt (the frame or a product name): the
    mark of words made up on silence or noise ("… பேரம் …", the Tamil frame's word, from
    2 s of silence), which the full window's VAD pass drops."""
    prompt = build_prompt(language, hints) or ""
    mine = {t.norm for t in tokenize(prompt)}
    return any(t.norm in mine for t in tokenize(text))


@functools.lru_cache(maxsize=16)
def _near_frame_words(language: str) -> NearWords:
    return NearWords(_frame_words(language))


def unsure_why(
    segments: Sequence[Segment], confidence: float, min_confidence: float, seconds: float
) -> str | None:
    """Why a short-window decode cannot stand (the check that sends it on to another
    pass), or None when it stands."""
    if not segments:
        return "no speech"
    text = " ".join(s.text for s in segments)
    if repeats_itself(text):
        return "repeats"
    if too_many_words(text, seconds):
        return "too many words"
    if confidence < min_confidence:
        return f"unsure {confidence:.2f}"
    return None


class _Trace:
    """Times each pass of one decode into a list of `DecodeStep` (or nowhere)."""

    def __init__(self, steps: list[DecodeStep] | None, audio_s: float) -> None:
        self.steps = steps
        self.audio_s = audio_s

    @contextlib.contextmanager
    def __call__(self, kind: str, why: str) -> Iterator[None]:
        cpu, wall = time.process_time(), time.perf_counter()
        try:
            yield
        finally:
            if self.steps is not None:
                self.steps.append(
                    DecodeStep(
                        kind,
                        why,
                        round(self.audio_s, 3),
                        round(time.process_time() - cpu, 4),
                        round(time.perf_counter() - wall, 4),
                    )
                )


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
    ) -> tuple[list[Segment], float, str]:
        """Segments, confidence and the language they are in: `language`, or another one
        the audio is plainly in (`_other_language`). Each pass is appended to `steps`,
        with what made it run. `second_pass` False: the short decode alone, whatever it
        reads (a partial transcript of speech still going on, shown to the speaker only:
        a second pass there only holds the pool while the pause's decode waits)."""
        opts = self.options
        seconds = len(audio) / 16000
        trace = _Trace(steps, seconds)
        short: tuple[list[Segment], float] | None = None
        why: str | None = "no short window"
        if opts.context_pad_s is not None:
            with trace("short", "first"):
                segments, confidence, encoded = self._decode_short(audio, language, hints)
            why = unsure_why(segments, confidence, opts.short_min_confidence, seconds)
            if why is None:
                return segments, confidence, language
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
            return [], 0.0, language
        logprob = sum(s.avg_logprob * max(s.end - s.start, 0.01) for s in out) / sum(
            max(s.end - s.start, 0.01) for s in out
        )
        confidence = math.exp(min(0.0, logprob))
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
    ) -> Transcript:
        """`partial`: speech still going on, read for the speaker's screen: the short
        decode alone (no second pass, `_decode_heard`)."""
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
