"""faster-whisper on the corpus: the configurations, their loads and timed decodes, the
probes (the VAD filter alone, batching), and the per-configuration summary."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

from audio.understanding import understand
from audio.workers import WorkerPool
from benchmarks.lib.stats import median, percentile, rounded
from benchmarks.speech.corpus import SAMPLE_RATE, Utterance
from benchmarks.speech.text import BUCKETS, bucket_of, normalize_words, word_edits


@dataclass(frozen=True)
class SttConfig:
    """One STT configuration: a model, a thread count and how it decodes."""

    label: str
    model: str
    threads: int
    languages: tuple[str, ...]
    variant: str = "live default"
    """What differs from the engine's defaults ("live default" when nothing)."""
    options: dict[str, Any] = field(default_factory=dict)
    """`DecodeOptions` fields to change."""
    overrides: dict[str, Any] = field(default_factory=dict)
    """Keywords of faster-whisper's `transcribe` the engine hard-codes, changed here."""


class TranscribeOverride:
    """A loaded `WhisperModel` whose `transcribe` call gets some keywords replaced.

    The engine hard-codes a few keywords (`without_timestamps=True`); wrapping the model
    it already loaded measures the alternative through the engine's own code path.
    """

    def __init__(self, model: Any, overrides: dict[str, Any]) -> None:
        self.model = model
        self.overrides = overrides

    def transcribe(self, audio: Any, **kwargs: Any) -> Any:
        return self.model.transcribe(audio, **{**kwargs, **self.overrides})


class ShortContextWhisper:
    """Whisper's encoder and decoder called in batches, for the batching probe.

    Encodes the utterances plus `pad_s` of padding (as the engine does by default; see
    `DecodeOptions.context_pad_s`) or the full 30 s window, then decodes greedily with
    the engine's prompt and guards; no fallback, no no-speech filter.
    """

    def __init__(self, path: Path, *, threads: int, multilingual: bool, pad_s: float = 8.0):
        self.path = path
        self.threads = threads
        self.multilingual = multilingual
        self.pad_s = pad_s
        self.model: Any = None
        self.load_seconds: float | None = None
        self.name = f"short-context:{path.name}"

    def load(self) -> None:
        from faster_whisper import WhisperModel

        started = time.perf_counter()
        self.model = WhisperModel(
            str(self.path),
            device="cpu",
            compute_type="int8",
            cpu_threads=self.threads,
            num_workers=1,
            local_files_only=True,
        )
        self.load_seconds = time.perf_counter() - started

    def decode(
        self, audios: Sequence[np.ndarray], language: str, *, full: bool = False
    ) -> list[str]:
        """Transcribe a batch of utterances (one encoder and one decoder call).

        `full` pads to the 30 s window as faster-whisper does (for the batching probe).
        """
        from faster_whisper.audio import pad_or_trim
        from faster_whisper.tokenizer import Tokenizer
        from faster_whisper.transcribe import get_suppressed_tokens

        from audio.providers.whisper_readings import build_prompt
        from audio.providers.whisper_stt import DecodeOptions

        model = self.model
        options = DecodeOptions()
        features = [model.feature_extractor(a) for a in audios]
        limit = model.feature_extractor.nb_max_frames
        pad_frames = round(self.pad_s / model.feature_extractor.time_per_frame)
        frames = limit if full else min(limit, max(f.shape[-1] for f in features) + pad_frames)
        batch = np.stack([pad_or_trim(f, frames) for f in features])
        encoded = model.encode(batch)
        tokenizer = Tokenizer(
            model.hf_tokenizer, model.model.is_multilingual, task="transcribe", language=language
        )
        prompt_text = build_prompt(language, ())
        previous = tokenizer.encode(" " + prompt_text.strip()) if prompt_text else []
        prompt = model.get_prompt(tokenizer, previous, without_timestamps=True)
        results = model.model.generate(
            encoded,
            [list(prompt) for _ in audios],
            beam_size=options.beam_size,
            max_length=len(prompt) + options.max_new_tokens,
            no_repeat_ngram_size=options.no_repeat_ngram_size,
            suppress_blank=True,
            suppress_tokens=get_suppressed_tokens(tokenizer, (-1,)),
        )
        return [tokenizer.decode(r.sequences_ids[0]).strip() for r in results]


def stt_configs(threads: Sequence[int]) -> list[SttConfig]:
    """The live defaults for each model and thread count, then variants at the most threads."""
    configs = []
    for n in threads:
        configs.append(SttConfig(f"tiny.en t{n}", "tiny.en", n, ("en",)))
    for n in threads:
        configs.append(SttConfig(f"base t{n}", "base", n, ("en", "hi")))
    top = max(threads)
    configs += [
        SttConfig(
            f"tiny.en t{top} 30 s", "tiny.en", top, ("en",), "30 s window (transcribe())",
            options={"context_pad_s": None},
        ),
        SttConfig(
            f"tiny.en t{top} 30 s vad off", "tiny.en", top, ("en",),
            "30 s window, vad_filter=False",
            options={"context_pad_s": None, "vad_filter": False},
        ),
        SttConfig(
            f"tiny.en t{top} beam 5", "tiny.en", top, ("en",), "beam_size=5",
            options={"beam_size": 5},
        ),
        SttConfig(
            f"tiny.en t{top} 30 s ts", "tiny.en", top, ("en",),
            "30 s window, without_timestamps=False",
            options={"context_pad_s": None}, overrides={"without_timestamps": False},
        ),
        SttConfig(
            f"base t{top} 30 s", "base", top, ("en", "hi"), "30 s window (transcribe())",
            options={"context_pad_s": None},
        ),
    ]  # fmt: skip
    return configs


@dataclass
class LoadedStt:
    config: SttConfig
    engine: Any
    load_s: float
    warm_s: float


async def load_stt(config: SttConfig, models: Any, pool: WorkerPool) -> LoadedStt:
    """Build, load (timed) and warm one configuration."""
    from audio.providers.whisper_stt import DecodeOptions, FasterWhisperSTT

    info = models.info(config.model)
    path = models.resolve(config.model)
    engine = FasterWhisperSTT(
        path,
        pool=pool,
        name=config.model,
        multilingual=info.multilingual,
        cpu_threads=config.threads,
        options=replace(DecodeOptions(), **config.options),
    )
    await pool.run(engine._load)  # timed by the engine itself, without the warm decode
    started = time.perf_counter()
    await engine.warm()
    warm_s = time.perf_counter() - started
    if config.overrides:
        engine._model = TranscribeOverride(engine._model, config.overrides)
    assert engine.load_seconds is not None
    return LoadedStt(config, engine, engine.load_seconds, warm_s)


async def transcribe_once(loaded: LoadedStt, utt: Utterance, pool: WorkerPool) -> dict[str, Any]:
    """One timed transcription, scored for WER and price."""
    language = utt.sentence.language
    started = time.perf_counter()
    transcript = await loaded.engine.transcribe(
        utt.audio, sample_rate=SAMPLE_RATE, language=language
    )
    text, decode = transcript.text, transcript.timings["decode"]
    latency = time.perf_counter() - started
    reference = normalize_words(utt.sentence.text, language)
    hypothesis = normalize_words(text, language)
    amount = understand(text, language=language).amount_paise
    return {
        "config": loaded.config.label,
        "id": utt.sentence.id,
        "language": language,
        "seconds": round(utt.seconds, 3),
        "bucket": bucket_of(utt.seconds),
        "latency_s": round(latency, 4),
        "decode_s": round(decode, 4),
        "rtf": round(latency / utt.seconds, 4),
        "transcript": text,
        "reference": utt.sentence.text,
        "ref_words": len(reference),
        "word_edits": word_edits(reference, hypothesis),
        "amount_paise": amount,
        "expected_paise": utt.sentence.amount_paise,
        "price_exact": amount == utt.sentence.amount_paise,
    }


async def run_stt(
    configs: Sequence[SttConfig],
    corpus: Sequence[Utterance],
    models: Any,
    log: Callable[[str], None],
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Load every configuration, then transcribe every utterance with each, interleaved."""
    pool = WorkerPool("stt-bench", workers=1, queue=4)
    loaded: list[LoadedStt] = []
    try:
        for config in configs:
            loaded.append(await load_stt(config, models, pool))
            log(
                f"  loaded {config.label:<28} load {loaded[-1].load_s:6.2f} s"
                f"   warm decode {loaded[-1].warm_s:6.2f} s"
            )
        loads = [
            {
                "config": item.config.label,
                "model": item.config.model,
                "threads": item.config.threads,
                "load_s": round(item.load_s, 4),
                "warm_decode_s": round(item.warm_s, 4),
                "first_of_model": first,
            }
            for index, item in enumerate(loaded)
            for first in [all(o.config.model != item.config.model for o in loaded[:index])]
        ]
        rows = []
        for index, utt in enumerate(corpus):
            eligible = [item for item in loaded if utt.sentence.language in item.config.languages]
            shift = index % len(eligible)
            for item in eligible[shift:] + eligible[:shift]:
                rows.append(await transcribe_once(item, utt, pool))
            if (index + 1) % 10 == 0 or index + 1 == len(corpus):
                log(f"  transcribed {index + 1}/{len(corpus)} utterances")
        return loads, rows
    finally:
        pool.shutdown()


def probe_vad_filter(corpus: Sequence[Utterance]) -> dict[str, Any]:
    """What `vad_filter=True` adds per utterance: faster-whisper's own Silero pass.

    Timed directly with the parameters the engine passes, so the number does not depend
    on two noisy end-to-end latencies. Also reports how much audio it would remove from
    utterances our endpointer already cut (near zero means the pass is redundant).
    """
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    options = VadOptions(min_silence_duration_ms=300, speech_pad_ms=200)
    costs, removed = [], []
    for utt in corpus:
        started = time.perf_counter()
        chunks = get_speech_timestamps(utt.audio, options)
        costs.append(time.perf_counter() - started)
        kept = sum(c["end"] - c["start"] for c in chunks)
        removed.append((len(utt.audio) - kept) / SAMPLE_RATE)
    return {
        "n": len(costs),
        "median_s": rounded(median(costs), 4),
        "p90_s": rounded(percentile(costs, 90), 4),
        "median_removed_s": rounded(median(removed), 4),
        "max_removed_s": rounded(max(removed, default=None) if removed else None, 4),
    }


async def probe_batching(
    models: Any, corpus: Sequence[Utterance], threads: int, log: Callable[[str], None]
) -> dict[str, Any] | None:
    """Throughput of one batched encoder+decoder call on 4 utterances vs 4 single calls."""
    english = [u for u in corpus if u.sentence.language == "en" and 2.0 <= u.seconds < 4.0][:4]
    if len(english) < 2:
        return None
    audios = [u.audio for u in english]
    whisper = ShortContextWhisper(models.resolve("tiny.en"), threads=threads, multilingual=False)
    pool = WorkerPool("batch-probe", workers=1, queue=2)
    out: dict[str, Any] = {"model": "tiny.en", "threads": threads, "utterances": len(audios)}
    try:
        await pool.run(whisper.load)
        await pool.run(whisper.decode, audios[:1], "en", full=True)  # warm
        for full in (True, False):
            key = "30s_context" if full else "short_context"
            started = time.perf_counter()
            for audio in audios:
                await pool.run(whisper.decode, [audio], "en", full=full)
            single = time.perf_counter() - started
            started = time.perf_counter()
            await pool.run(whisper.decode, audios, "en", full=full)
            batched = time.perf_counter() - started
            out[key] = {"sequential_s": round(single, 4), "batched_s": round(batched, 4)}
            log(
                f"  batching {key}: {len(audios)} one by one {single:.2f} s,"
                f" batched {batched:.2f} s"
            )
    finally:
        pool.shutdown()
    return out


def summarize_stt(
    configs: Sequence[SttConfig], loads: Sequence[dict[str, Any]], rows: Sequence[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Per configuration: medians overall and per bucket, WER, price-exact shares, and
    the paired latency change against the same model's live default at the most threads.

    Paired: per utterance, this configuration's latency minus the baseline's on the same
    clip, run back to back; the median of those differences cancels most of the noise a
    shared machine adds, which the difference of two medians does not.
    """
    load_by = {item["config"]: item for item in loads}
    top = max(c.threads for c in configs)
    latency = {(r["config"], r["id"]): r["latency_s"] for r in rows}
    out = []
    for config in configs:
        mine = [r for r in rows if r["config"] == config.label]
        baseline = f"{config.model} t{top}"
        pairs = [
            (r["latency_s"], latency[(baseline, r["id"])])
            for r in mine
            if (baseline, r["id"]) in latency
        ]
        summary: dict[str, Any] = {
            "config": config.label,
            "model": config.model,
            "threads": config.threads,
            "variant": config.variant,
            "load_s": load_by[config.label]["load_s"],
            "warm_decode_s": load_by[config.label]["warm_decode_s"],
            "n": len(mine),
            "median_rtf": rounded(median(r["rtf"] for r in mine), 4),
            "median_latency_s": rounded(median(r["latency_s"] for r in mine), 4),
            "p90_latency_s": rounded(percentile((r["latency_s"] for r in mine), 90), 4),
            "rtf_about_3s": rounded(median(r["rtf"] for r in mine if 2.5 <= r["seconds"] < 3.5), 4),
            "paired_baseline": None if baseline == config.label else baseline,
            "paired_delta_s": None
            if baseline == config.label
            else rounded(median(a - b for a, b in pairs), 4),
            "paired_ratio": None
            if baseline == config.label
            else rounded(median(a / b for a, b in pairs), 3),
            "buckets": {},
            "languages": {},
        }
        for label, _, _ in BUCKETS:
            in_bucket = [r for r in mine if r["bucket"] == label]
            summary["buckets"][label] = {
                "n": len(in_bucket),
                "median_latency_s": rounded(median(r["latency_s"] for r in in_bucket), 4),
                "median_rtf": rounded(median(r["rtf"] for r in in_bucket), 4),
            }
        for language in config.languages:
            of_language = [r for r in mine if r["language"] == language]
            words = sum(r["ref_words"] for r in of_language)
            summary["languages"][language] = {
                "n": len(of_language),
                "wer": rounded(sum(r["word_edits"] for r in of_language) / words, 4)
                if words
                else None,
                "price_exact": rounded(
                    sum(r["price_exact"] for r in of_language) / len(of_language), 4
                )
                if of_language
                else None,
                "price_exact_count": sum(r["price_exact"] for r in of_language),
                "median_latency_s": rounded(median(r["latency_s"] for r in of_language), 4),
                "median_rtf": rounded(median(r["rtf"] for r in of_language), 4),
            }
        out.append(summary)
    return out
