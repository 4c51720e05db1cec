"""Whisper's prompt cannot put a price in a transcript.

Whisper continues the text it is prompted with, so what a prompt holds can come back as if
it had been said. The prompts hold no amount or number word (checked statically here), and
with the real models nothing of a prompt comes back from silence, noise or speech that has
nothing to do with a market, in any language Whisper serves here.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

import numpy as np
import pytest
from indic_numtowords import num2words as indic_num2words
from num2words import num2words

from audio.codecs import pcm16_to_float32
from audio.models import ModelRegistry
from audio.providers.whisper_readings import DOMAIN_PROMPTS, build_prompt
from audio.providers.whisper_stt import FasterWhisperSTT
from audio.workers import WorkerPool
from benchmarks.engines_data import ENGLISH, HINDI, TTS_REPLIES
from benchmarks.turn_data import ALL_LINES
from tests.audio_helpers import espeak, silence

LANGUAGES = ("hi", "en", "ta", "te", "bn", "mr", "gu", "kn", "ml", "pa")
"""The product's languages; base serves all of them, tiny.en English."""

CATALOGUE: dict[str, tuple[str, ...]] = {
    # What a stall passes as hints: its product names in the speaker's language.
    "hi": ("टमाटर", "प्याज", "आलू"),
    "en": ("Tomato", "Onion", "Potato"),
    "ta": ("தக்காளி", "வெங்காயம்", "உருளைக்கிழங்கு"),
    "te": ("టమాటా", "ఉల్లిపాయ", "బంగాళాదుంప"),
    "bn": ("টমেটো", "পেঁয়াজ", "আলু"),
    "mr": ("टोमॅटो", "कांदा", "बटाटा"),
    "gu": ("ટામેટાં", "ડુંગળી", "બટાકા"),
    "kn": ("ಟೊಮೆಟೊ", "ಈರುಳ್ಳಿ", "ಆಲೂಗಡ್ಡೆ"),
    "ml": ("തക്കാളി", "ഉള്ളി", "ഉരുളക്കിഴങ്ങ്"),
    "pa": ("ਟਮਾਟਰ", "ਪਿਆਜ਼", "ਆਲੂ"),
}

UNRELATED = "The weather was cold and the train was late."
"""Speech with nothing of a market in it, in Piper's natural English voice. (espeak-ng's
Hindi is no test of the prompt: base garbles it into whatever words lie near, "एक" with
the bare frame and now and then a product name; measured on six unrelated sentences.)"""

Engines = list[tuple[str, FasterWhisperSTT]]
"""(language, engine): each language with an engine that transcribes it."""

_PUNCTUATION = re.compile(r"[\s,.:;!?।॥'\"()\[\]{}\-–—،۔؟…]+")


def words(text: str) -> list[str]:
    """Lower-cased words without punctuation (Indic vowel signs stay in their word)."""
    text = unicodedata.normalize("NFC", text).lower()
    return [w for w in _PUNCTUATION.split(text) if w]


def _spellings() -> Iterable[str]:
    amounts = [*range(101), *range(100, 1000, 50), 1000, 100_000, 10_000_000]
    for n in amounts:
        yield num2words(n, lang="en")
        yield num2words(n, lang="en_IN")  # lakh, crore
        for language in (*LANGUAGES, "ur"):
            spelled = indic_num2words(n, lang=language, variations=True)
            yield from [spelled] if isinstance(spelled, str) else spelled
    # Fractions said in prices ("dedh sau", "dhai sau", "sava", "saadhe", "paune").
    yield "half quarter dozen आधा डेढ़ ढाई सवा साढ़े पौने ਡੇਢ ਢਾਈ ਸਵਾ ਸਾਢੇ ਪੌਣੇ"
    yield "দেড় আড়াই সোয়া সাড়ে পৌনে દોઢ અઢી સવા સાડા પોણા"


NUMBER_WORDS = frozenset(w for s in _spellings() for w in words(s)) - {"and"}
"""Number words of every language here: "forty", "चालीस", "நாற்பது" … ("and" is a joiner)."""


def numbers_in(text: str) -> list[str]:
    """Digits (any script's) and number words in `text`."""
    digits = [c for c in text if unicodedata.category(c) == "Nd"]
    return digits + [w for w in words(text) if w in NUMBER_WORDS]


def leaked(transcript: str, prompt: str | None, said: str = "") -> list[str]:
    """Words of `prompt` in `transcript` that were not in what was `said`."""
    from_prompt = set(words(prompt or "")) - set(words(said))
    return sorted(set(words(transcript)) & from_prompt)


# -- static ------------------------------------------------------------------------------


def test_the_checks_can_fail() -> None:
    # The prompts that put prices in transcripts would be caught.
    assert numbers_in("Vegetable market bargaining: forty rupees a kilo") == ["forty"]
    assert numbers_in("भाजी मंडईत घासाघीस: किलो चाळीस रुपये, अडीचशे रुपये") == ["चाळीस", "अडीचशे"]
    assert numbers_in("கிலோ நாற்பது ரூபாய், இருநூற்று ஐம்பது") == ["நாற்பது", "இருநூற்று", "ஐம்பது"]
    assert numbers_in("ਢਾਈ ਸੌ ਰੁਪਏ 40 ৪০") == ["4", "0", "৪", "০", "ਢਾਈ", "ਸੌ"]
    assert leaked("Tomato, kilo", "Market: kilo, rupees, Tomato", said="tomato") == ["kilo"]


def test_no_prompt_holds_a_number() -> None:
    assert set(LANGUAGES) <= set(DOMAIN_PROMPTS)
    for language, frame in DOMAIN_PROMPTS.items():
        assert build_prompt(language, ()) == frame
        prompt = build_prompt(language, CATALOGUE.get(language, ()))
        assert prompt is not None
        assert numbers_in(prompt) == [], (language, prompt)
        assert len(words(prompt)) <= 12, (language, prompt)  # short: less to continue


def _trigrams(text: str) -> set[tuple[str, ...]]:
    w = words(text)
    return {tuple(w[i : i + 3]) for i in range(len(w) - 2)}


def test_no_prompt_shares_a_phrase_with_the_benchmarks() -> None:
    lines = [s.text for s in (*ENGLISH, *HINDI)]
    lines += [reply for replies in TTS_REPLIES.values() for reply in replies]
    lines += [line.text for line in ALL_LINES]
    spoken = set().union(*(_trigrams(line) for line in lines))
    assert ("forty", "rupees", "a") in spoken  # what the English prompt used to hold
    for language in DOMAIN_PROMPTS:
        prompt = build_prompt(language, CATALOGUE.get(language, ()))
        assert not _trigrams(prompt or "") & spoken, (language, prompt)


def test_product_names_follow_the_frame_once_and_capped() -> None:
    prompt = build_prompt("hi", ("टमाटर", " प्याज ", "टमाटर", ""))
    assert prompt == DOMAIN_PROMPTS["hi"] + ", टमाटर, प्याज"
    assert build_prompt("xx", ()) is None
    assert build_prompt("xx", ("Tomato",)) == "Tomato"
    many = build_prompt("en", [f"Product {chr(65 + i)}" for i in range(26)])
    assert many is not None
    assert "Product X" in many
    assert "Product Y" not in many


# -- the real models ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def model_registry(tmp_path_factory: pytest.TempPathFactory) -> ModelRegistry:
    cache = Path(os.environ.get("VYAPAR_TEST_MODEL_CACHE") or tmp_path_factory.mktemp("models"))
    registry = ModelRegistry(cache)
    registry.prepare("base")
    return registry


@pytest.fixture(scope="module")
def stt_pool() -> WorkerPool:
    return WorkerPool("stt-prompts", workers=1, queue=16)


@pytest.fixture(scope="module")
def engines(model_registry: ModelRegistry, stt_pool: WorkerPool) -> Engines:
    """(language, engine) for every language: base for all ten, and tiny.en for English."""
    base = FasterWhisperSTT(model_registry.resolve("base"), pool=stt_pool, name="base")
    tiny_en = FasterWhisperSTT(
        model_registry.resolve("tiny.en"), pool=stt_pool, name="tiny.en", multilingual=False
    )
    return [(language, base) for language in LANGUAGES] + [("en", tiny_en)]


async def _heard_everywhere(engines: Engines, audio: np.ndarray, said: str = "") -> list[str]:
    """Transcribe `audio` as every language; one line per transcript that leaks a prompt
    word or holds a number."""
    problems = []
    for language, engine in engines:
        hints = CATALOGUE[language]
        transcript = await engine.transcribe(
            audio, sample_rate=16000, language=language, hints=hints
        )
        text = transcript.text
        bad = leaked(text, build_prompt(language, hints), said) + numbers_in(text)
        if bad:
            problems.append(f"{engine.name} {language}: {text!r} {bad}")
    return problems


async def test_silence_brings_back_nothing_of_the_prompt(
    engines: Engines,
) -> None:
    assert await _heard_everywhere(engines, silence(2.0)) == []


def _pink(seconds: float, rng: np.random.Generator) -> np.ndarray:
    """1/f noise: white noise shaped in the frequency domain."""
    n = int(seconds * 16000)
    spectrum = np.fft.rfft(rng.standard_normal(n))
    spectrum[1:] /= np.sqrt(np.arange(1, len(spectrum)))
    pink = np.fft.irfft(spectrum, n)
    return pink / np.sqrt(np.mean(pink**2))


async def test_noise_brings_back_nothing_of_the_prompt(
    engines: Engines,
) -> None:
    """With the prompts that held prices, this noise came back in Tamil as "கிலோ நாற்பது
    ரூபாய், …" (forty rupees a kilo): a price nobody said."""
    rng = np.random.default_rng(11)
    white = 0.05 * rng.standard_normal(2 * 16000)
    pink = 0.05 * _pink(2.0, rng)
    noise = np.concatenate([white, pink]).astype(np.float32)  # one clip: half the decodes
    assert await _heard_everywhere(engines, noise) == []


async def _piper(text: str) -> np.ndarray:
    import onnxruntime

    from audio.providers.piper_tts import PiperTTS
    from audio.voices import VoiceRegistry

    pool = WorkerPool("piper-prompts", workers=1, queue=4)
    try:
        onnxruntime.set_seed(7)  # Piper samples noise in its graph: the same clip every run
        piper = PiperTTS(VoiceRegistry.discover(), pool=pool)
        chunks = [c.pcm async for c in piper.synthesize(text, language="en", sample_rate=16000)]
    finally:
        pool.shutdown()
    return np.concatenate([silence(0.3), pcm16_to_float32(b"".join(chunks)), silence(0.3)])


async def test_unrelated_speech_brings_back_nothing_of_the_prompt(
    engines: Engines,
) -> None:
    """Heard as each language, the sentence comes back in English or as its sounds in
    the language's script (measured), with no word of the prompt and no number."""
    assert await _heard_everywhere(engines, await _piper(UNRELATED), UNRELATED) == []


async def test_the_frame_keeps_hindi_in_devanagari(
    engines: Engines, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Measured on espeak-ng's "टमाटर चालीस रुपये किलो": "घमाटर चाली गुपये, किलो" with
    the frame alone, "٩ ٩٩ ٦ ٦٦ ٩" with no prompt at all."""
    base = dict(engines)["hi"]
    audio = np.concatenate([silence(0.3), espeak("टमाटर चालीस रुपये किलो", "hi", wpm=140)])

    def devanagari(text: str) -> bool:
        letters = [c for c in text if c.isalpha()]
        return bool(letters) and all("\u0900" <= c <= "\u097f" for c in letters)

    framed = await base.transcribe(audio, sample_rate=16000, language="hi")
    assert devanagari(framed.text), framed.text
    monkeypatch.delitem(DOMAIN_PROMPTS, "hi")
    bare = await base.transcribe(audio, sample_rate=16000, language="hi")
    assert not devanagari(bare.text), bare.text
