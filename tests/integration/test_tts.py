"""Text to speech on the real engines: Piper with the bundled joe voice, and espeak-ng."""

from __future__ import annotations

import asyncio
import json
import shutil
import struct
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import aclosing
from pathlib import Path
from typing import Any, TypeVar

import numpy as np
import pytest

from audio.codecs import pcm16_to_float32, write_wav_bytes
from audio.engines import TTSEngine
from audio.errors import EngineError, EngineUnavailable
from audio.fallback import FallbackTTS
from audio.frames import SpeechChunk
from audio.providers.espeak_tts import EspeakTTS, parse_streamed_wav
from audio.providers.piper_tts import PiperTTS
from audio.voices import BUNDLED_VOICE, VoiceRegistry
from audio.workers import WorkerPool

T = TypeVar("T")

PRICE = "The price is forty rupees per kilo. Okay?"
HINDI = "टमाटर चालीस रुपये किलो है।"
TAMIL = "தக்காளி ஒரு கிலோ நாற்பது ரூபாய்."
LONG = " ".join(
    [
        "Good morning, these tomatoes came in from Nashik this morning.",
        "The price is forty rupees per kilo.",
        "If you take five kilos I can make it thirty eight.",
        "Onions are thirty rupees, and the potatoes are twenty five.",
        "Tell me what you need and I will pack it for you.",
    ]
)

needs_espeak = pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="no espeak-ng")


class CountingPool(WorkerPool):
    """A real pool that counts the jobs it was given."""

    def __init__(self) -> None:
        super().__init__("tts-test", workers=1, queue=16)
        self.jobs = 0

    async def run(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        self.jobs += 1
        return await super().run(fn, *args, **kwargs)


@pytest.fixture(scope="module")
def pool() -> Iterator[CountingPool]:
    p = CountingPool()
    yield p
    p.shutdown()


@pytest.fixture(scope="module")
def piper(pool: CountingPool) -> PiperTTS:
    return PiperTTS(VoiceRegistry.discover(None), pool=pool)


@pytest.fixture(scope="module")
def espeak(pool: CountingPool) -> EspeakTTS:
    return EspeakTTS(pool=pool)


async def collect(chunks: AsyncIterator[SpeechChunk]) -> list[SpeechChunk]:
    return [chunk async for chunk in chunks]


def rms(pcm: bytes) -> float:
    return float(np.sqrt(np.mean(pcm16_to_float32(pcm) ** 2)))


def check_stream(chunks: list[SpeechChunk], sample_rate: int) -> float:
    """Common shape of every stream; returns the total seconds of audio."""
    assert chunks
    assert [c.index for c in chunks] == list(range(len(chunks)))
    assert [c.final for c in chunks] == [False] * (len(chunks) - 1) + [True]
    for chunk in chunks:
        assert chunk.sample_rate == sample_rate
        assert chunk.pcm and len(chunk.pcm) % 2 == 0
        assert rms(chunk.pcm) > 0.02, f"chunk {chunk.index} ({chunk.text!r}) is silent"
    return sum(len(c.pcm) // 2 for c in chunks) / sample_rate


def test_engines_meet_the_protocol(piper: PiperTTS, espeak: EspeakTTS) -> None:
    assert isinstance(piper, TTSEngine)
    assert isinstance(espeak, TTSEngine)
    assert (piper.name, espeak.name) == ("piper", "espeak-ng")


@pytest.mark.parametrize("sample_rate", [16000, 8000, 48000])
async def test_piper_joe_streams_one_chunk_per_sentence(piper: PiperTTS, sample_rate: int) -> None:
    chunks = await collect(piper.synthesize(PRICE, language="en", sample_rate=sample_rate))

    assert [c.text for c in chunks] == ["The price is forty rupees per kilo.", "Okay?"]
    seconds = check_stream(chunks, sample_rate)
    # About eight words and a question at a normal pace.
    assert 1.5 < seconds < 6.0
    assert piper.load_seconds.keys() == {BUNDLED_VOICE}


async def test_piper_rate_shortens_speech(piper: PiperTTS) -> None:
    text = "The price is forty rupees per kilo, and that is final."
    normal = await collect(piper.synthesize(text, language="en", sample_rate=16000))
    fast = await collect(piper.synthesize(text, language="en", sample_rate=16000, rate=1.6))
    normal_s = sum(len(c.pcm) for c in normal)
    fast_s = sum(len(c.pcm) for c in fast)
    assert fast_s < 0.8 * normal_s


async def test_piper_warm_loads_the_voice_once(pool: CountingPool) -> None:
    engine = PiperTTS(VoiceRegistry.discover(None), pool=pool)
    await engine.warm(["en", "ta"])  # no Tamil voice: skipped, not an error
    assert engine.load_seconds.keys() == {BUNDLED_VOICE}
    await collect(engine.synthesize("Forty rupees.", language="en", sample_rate=8000))
    assert engine.load_seconds.keys() == {BUNDLED_VOICE}
    assert len(engine._loaded) == 1


@needs_espeak
@pytest.mark.parametrize(("language", "text"), [("hi", HINDI), ("ta", TAMIL)])
async def test_espeak_speaks_indian_languages(espeak: EspeakTTS, language: str, text: str) -> None:
    assert espeak.supports(language)
    chunks = await collect(espeak.synthesize(text, language=language, sample_rate=16000))
    assert [c.text for c in chunks] == [text]
    assert 0.8 < check_stream(chunks, 16000) < 8.0


@needs_espeak
async def test_espeak_streams_sentences_and_keeps_its_native_rate(espeak: EspeakTTS) -> None:
    text = HINDI + " ठीक है? पचास नहीं।"
    chunks = await collect(espeak.synthesize(text, language="hi-IN", sample_rate=22050))
    assert [c.text for c in chunks] == [HINDI, "ठीक है?", "पचास नहीं।"]
    check_stream(chunks, 22050)


@needs_espeak
async def test_espeak_rate_shortens_speech(espeak: EspeakTTS) -> None:
    normal = await collect(espeak.synthesize(HINDI, language="hi", sample_rate=8000))
    fast = await collect(espeak.synthesize(HINDI, language="hi", sample_rate=8000, rate=1.8))
    assert sum(len(c.pcm) for c in fast) < 0.75 * sum(len(c.pcm) for c in normal)


@needs_espeak
async def test_espeak_text_is_never_an_option(espeak: EspeakTTS) -> None:
    # Passed as an argument, "--version" would print a banner instead of speaking.
    chunks = await collect(espeak.synthesize("--version", language="en", sample_rate=16000))
    check_stream(chunks, 16000)


def test_streamed_wav_header_sizes_are_ignored() -> None:
    pcm = struct.pack("<4h", 1, -2, 300, -400)
    wav = bytearray(write_wav_bytes(pcm, 22050))
    # What espeak-ng writes to a pipe: placeholder RIFF and data sizes.
    wav[4:8] = struct.pack("<I", 0x7FFFF024)
    wav[40:44] = struct.pack("<I", 0x7FFFF000)
    assert parse_streamed_wav(bytes(wav)) == (pcm, 22050)
    assert parse_streamed_wav(bytes(wav) + b"\x01") == (pcm, 22050)
    assert parse_streamed_wav(b"") == (b"", 0)
    with pytest.raises(EngineError):
        parse_streamed_wav(b"not a wav at all, just some bytes here")


def hindi_voice_folder(root: Path) -> Path:
    """The joe model dropped in under a Hindi name, as an operator would drop a voice."""
    registry = VoiceRegistry.discover(None)
    joe = registry.get(BUNDLED_VOICE)
    assert joe is not None
    folder = root / "voices" / "hindi"
    folder.mkdir(parents=True)
    (folder / "hi_IN-test-medium.onnx").symlink_to(joe.model_path)
    config = json.loads(joe.config_path.read_text(encoding="utf-8"))
    config["language"]["code"] = "hi_IN"
    (folder / "hi_IN-test-medium.onnx.json").write_text(json.dumps(config), encoding="utf-8")
    # Broken drops are skipped, not fatal: a model without a config, and bad JSON.
    (folder / "orphan.onnx").write_bytes(b"")
    (folder / "broken.onnx").write_bytes(b"")
    (folder / "broken.onnx.json").write_text("{", encoding="utf-8")
    return root / "voices"


async def test_registry_discovers_a_dropped_voice(tmp_path: Path, pool: CountingPool) -> None:
    registry = VoiceRegistry.discover(hindi_voice_folder(tmp_path))

    assert [v.name for v in registry] == [BUNDLED_VOICE, "hi_IN-test-medium"]
    hindi = registry.for_language("hi")
    assert [v.name for v in hindi] == ["hi_IN-test-medium"]
    assert registry.for_language("hi_IN") == hindi
    assert hindi[0].sample_rate == 22050
    assert registry.get("hi_IN-test-medium") == hindi[0]
    assert registry.get("nope") is None
    assert [v.name for v in registry.for_language("en")] == [BUNDLED_VOICE]
    assert registry.languages() == {"en", "hi"}

    engine = PiperTTS(registry, pool=pool)
    assert engine.supports("hi")
    assert not engine.supports("ta")
    chunks = await collect(engine.synthesize("Forty rupees.", language="hi", sample_rate=16000))
    check_stream(chunks, 16000)
    assert engine.load_seconds.keys() == {"hi_IN-test-medium"}
    # An explicit voice wins over the language default; an unknown one is ignored.
    named = engine.synthesize("Okay.", language="en", sample_rate=8000, voice="hi_IN-test-medium")
    check_stream(await collect(named), 8000)
    assert engine.load_seconds.keys() == {"hi_IN-test-medium"}
    unknown = engine.synthesize("Okay.", language="en", sample_rate=8000, voice="hi")
    check_stream(await collect(unknown), 8000)
    assert engine.load_seconds.keys() == {"hi_IN-test-medium", BUNDLED_VOICE}


def test_registry_language_falls_back_to_the_espeak_voice(tmp_path: Path) -> None:
    folder = hindi_voice_folder(tmp_path)
    config_path = folder / "hindi" / "hi_IN-test-medium.onnx.json"
    config = json.loads(config_path.read_text(encoding="utf-8"))
    del config["language"]
    config["espeak"]["voice"] = "ta"
    config_path.write_text(json.dumps(config), encoding="utf-8")

    registry = VoiceRegistry.discover(folder, bundled=False)
    assert [v.name for v in registry.for_language("ta")] == ["hi_IN-test-medium"]
    assert registry.for_language("en") == []


def test_registry_without_a_folder_has_the_bundled_voice(tmp_path: Path) -> None:
    registry = VoiceRegistry.discover(tmp_path / "missing")
    assert [v.name for v in registry] == [BUNDLED_VOICE]
    assert [v.language for v in registry] == ["en"]


@pytest.mark.parametrize("engine_name", ["piper", pytest.param("espeak", marks=needs_espeak)])
async def test_closing_the_stream_early_stops_synthesis(
    request: pytest.FixtureRequest, pool: CountingPool, engine_name: str
) -> None:
    engine: PiperTTS | EspeakTTS = request.getfixturevalue(engine_name)
    if isinstance(engine, PiperTTS):
        await engine.warm()
    before = pool.jobs
    async with aclosing(engine.synthesize(LONG, language="en", sample_rate=16000)) as stream:
        async for chunk in stream:
            assert chunk.index == 0
            break
    await asyncio.sleep(0.2)
    assert pool.jobs - before == 1
    assert pool.in_flight == 0


async def test_cancelling_the_consumer_mid_sentence_stops_synthesis(
    piper: PiperTTS, pool: CountingPool
) -> None:
    await piper.warm()
    before = pool.jobs

    async def consume() -> None:
        await collect(piper.synthesize(LONG, language="en", sample_rate=16000))

    task = asyncio.create_task(consume())
    async with asyncio.timeout(10):
        while pool.jobs == before:
            await asyncio.sleep(0.001)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    await asyncio.sleep(0.3)
    assert pool.jobs - before == 1


async def test_unsupported_language_is_unavailable(piper: PiperTTS, espeak: EspeakTTS) -> None:
    assert not piper.supports("ta")
    with pytest.raises(EngineUnavailable) as raised:
        await collect(piper.synthesize(HINDI, language="ta", sample_rate=16000))
    assert raised.value.provider == "piper"
    assert not raised.value.retryable

    assert not espeak.supports("fr")
    with pytest.raises(EngineUnavailable):
        await collect(espeak.synthesize("Bonjour.", language="fr", sample_rate=16000))


@pytest.mark.parametrize("engine_name", ["piper", pytest.param("espeak", marks=needs_espeak)])
@pytest.mark.parametrize(("sample_rate", "rate"), [(0, 1.0), (16000, 0.0), (16000, 9.0)])
async def test_nonsense_settings_are_refused(
    request: pytest.FixtureRequest, engine_name: str, sample_rate: int, rate: float
) -> None:
    engine: PiperTTS | EspeakTTS = request.getfixturevalue(engine_name)
    with pytest.raises(ValueError):
        await collect(engine.synthesize(PRICE, language="en", sample_rate=sample_rate, rate=rate))


async def test_missing_espeak_is_unavailable(pool: CountingPool) -> None:
    engine = EspeakTTS(pool=pool, executable="espeak-ng-not-installed")
    assert not engine.available
    assert not engine.supports("hi")
    with pytest.raises(EngineUnavailable, match="not installed"):
        await collect(engine.synthesize(HINDI, language="hi", sample_rate=16000))


@needs_espeak
async def test_fallback_reaches_espeak_for_a_language_piper_lacks(
    piper: PiperTTS, espeak: EspeakTTS
) -> None:
    chain = FallbackTTS([piper, espeak])
    chunks = await collect(
        chain.synthesize(HINDI, language="hi", sample_rate=8000, voice=BUNDLED_VOICE)
    )
    check_stream(chunks, 8000)


async def test_event_loop_keeps_ticking_during_synthesis(piper: PiperTTS) -> None:
    await piper.warm()
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0.005)
            ticks += 1

    task = asyncio.create_task(ticker())
    try:
        await asyncio.sleep(0)
        start = ticks
        chunks = await collect(piper.synthesize(LONG, language="en", sample_rate=16000))
        during = ticks - start
    finally:
        task.cancel()
    assert len(chunks) == 6  # "Good morning," goes first, alone
    assert chunks[0].text == "Good morning,"
    # Five sentences take hundreds of milliseconds; had inference run on the loop the
    # ticker could only have run between chunks.
    assert during >= 10
