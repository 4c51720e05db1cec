"""The engine registry: provider chains from configuration, real engines, real fallbacks."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from audio.codecs import float32_to_pcm16, write_wav_bytes
from audio.providers.bhashini import BhashiniConfig
from audio.registry import AudioConfig, EngineRegistry, chain_for
from tests.audio_helpers import espeak, silence
from tests.ulca_double import UlcaDouble, run_ulca_double


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    env = os.environ.get("VYAPAR_TEST_MODEL_CACHE")
    return Path(env) if env else tmp_path_factory.mktemp("models")


@pytest.fixture(scope="module")
def double() -> Iterator[UlcaDouble]:
    with run_ulca_double() as d:
        yield d


def bhashini_config(double: UlcaDouble) -> BhashiniConfig:
    return BhashiniConfig(
        ulca_base_url=double.base_url,
        user_id=double.user_id,
        api_key=double.api_key,
        pipeline_id=double.pipeline_id,
        timeout_s=5,
        max_retries=1,
        backoff_s=0.01,
    )


def test_chains_and_aliases() -> None:
    table = {"hi": ["bhashini", "whisper"], "*": ["faster-whisper"]}
    assert chain_for(table, "hi", "asr") == ["bhashini", "whisper"]
    assert chain_for(table, "ta", "asr") == ["whisper"]
    assert chain_for({"hi": ["phrasebook"], "*": []}, "hi-ta", "translation") == ["phrasebook"]
    assert chain_for({"*": ["espeak-ng"]}, "bn", "tts") == ["espeak"]


def test_unknown_provider_fails_at_start(cache_dir: Path) -> None:
    with pytest.raises(ValueError, match="unknown tts provider 'festival'"):
        EngineRegistry(AudioConfig(model_cache_dir=cache_dir, tts_providers={"*": ["festival"]}))


async def test_default_chains_are_offline_and_work(cache_dir: Path) -> None:
    registry = EngineRegistry(AudioConfig(model_cache_dir=cache_dir))
    try:
        timings = await registry.warm(["en", "hi"])
        assert {"asr:tiny.en", "asr:base"} <= set(timings)
        assert [e.name for e in registry.asr("en").engines] == ["faster-whisper:tiny.en"]
        assert [e.name for e in registry.asr("hi").engines] == ["faster-whisper:base"]
        # Hindi has no Piper voice here, so espeak-ng speaks it; English gets Piper.
        hi = registry.tts("hi")
        assert [e.name for e in hi.engines if e.supports("hi")] == ["espeak-ng"]
        chunks = [c async for c in hi.synthesize("चालीस रुपये।", language="hi", sample_rate=16000)]
        assert sum(len(c.pcm) for c in chunks) > 16000
        en = registry.tts("en")
        assert en.engines[0].name == "piper"
        t = await registry.asr("en").transcribe(
            np.concatenate([silence(0.3), espeak("The price is forty five rupees per kilo.")]),
            sample_rate=16000,
            language="en",
        )
        assert "45" in t.text or "forty" in t.text.lower()
        translated = await registry.translation("hi", "ta").translate(
            "नमस्ते", source="hi", target="ta"
        )
        assert translated.untranslated
        assert (
            await registry.transliteration("hi", "en").transliterate(
                "टमाटर", source="hi", target="en"
            )
            == "tamaatar"
        )
    finally:
        await registry.aclose()


async def test_bhashini_first_then_local_fallback(cache_dir: Path, double: UlcaDouble) -> None:
    registry = EngineRegistry(
        AudioConfig(
            model_cache_dir=cache_dir,
            asr_providers={"en": ["bhashini", "whisper"]},
            translation_providers={"*": ["bhashini", "phrasebook"]},
            bhashini=bhashini_config(double),
        )
    )
    audio = np.concatenate([silence(0.3), espeak("The price is forty five rupees per kilo.")])
    wav = write_wav_bytes(float32_to_pcm16(audio), 16000)
    double.register_transcript(wav, "forty rupees a kilo (from bhashini)")
    try:
        asr = registry.asr("en")
        assert [e.name for e in asr.engines] == ["bhashini", "faster-whisper:tiny.en"]
        first = await asr.transcribe(audio, sample_rate=16000, language="en")
        assert first.provider == "bhashini"
        assert first.text == "forty rupees a kilo (from bhashini)"
        # Bhashini down (503 on every attempt): the local model answers.
        double.fail_next(503, times=10)
        second = await asr.transcribe(audio, sample_rate=16000, language="en")
        assert second.provider == "faster-whisper:tiny.en"
        assert "45" in second.text or "forty" in second.text.lower()
        double.reset()
        double.fail_next(500, times=10)
        translated = await registry.translation("hi", "en").translate(
            "नमस्ते", source="hi", target="en"
        )
        assert translated.provider == "phrasebook"
    finally:
        double.reset()
        await registry.aclose()


def test_unconfigured_bhashini_is_skipped(cache_dir: Path) -> None:
    registry = EngineRegistry(
        AudioConfig(model_cache_dir=cache_dir, asr_providers={"*": ["bhashini", "whisper"]})
    )
    try:
        assert [e.name for e in registry.asr("en").engines] == ["faster-whisper:tiny.en"]
    finally:
        registry.stt_pool.shutdown()
        registry.tts_pool.shutdown()
