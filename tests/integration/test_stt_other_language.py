"""Speech plainly in another language than the speaker's comes back in that language.

Forced into the speaker's language, Whisper writes English as that language's nearest
words (Hindi asked: "अववाव … प्याज … का", a product name and a word of the prompt among
them). When the decode is unsure and Whisper's own language detection is sure of another
language it serves, the words are decoded in that language and the transcript says so;
speech the detector cannot place (espeak-ng's Indian voices) keeps the speaker's language.
"""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import numpy as np
import pytest

from audio.engine_host import EngineHost, HostClient
from audio.frames import Segment
from audio.models import ModelRegistry
from audio.providers.remote import RemoteWhisperSTT
from audio.providers.whisper_stt import FasterWhisperSTT
from audio.understanding import understand
from audio.workers import WorkerPool
from tests.audio_helpers import espeak, silence
from tests.integration.test_stt_prompts import CATALOGUE, _piper

OFFER = "I will pay forty rupees for a kilo of onions."
"""An English offer of this file's own, in Piper's natural voice."""


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> FasterWhisperSTT:
    cache = os.environ.get("VYAPAR_TEST_MODEL_CACHE")
    registry = ModelRegistry(Path(cache) if cache else tmp_path_factory.mktemp("models"))
    registry.prepare("base")
    pool = WorkerPool("stt-other", workers=1, queue=8)
    return FasterWhisperSTT(registry.resolve("base"), pool=pool, name="base")


async def test_english_on_an_indian_language_page_is_heard_as_english(
    base: FasterWhisperSTT,
) -> None:
    audio = await _piper(OFFER)
    for language in ("hi", "ta", "bn"):
        heard = await base.transcribe(
            audio, sample_rate=16000, language=language, hints=CATALOGUE[language]
        )
        assert heard.language == "en", (language, heard.text)
        assert heard.text.isascii(), (language, heard.text)
        # Each language's reading takes English words too: the price said is read.
        assert understand(heard.text, language=language).amount_paise == 4000, heard.text


async def test_the_speakers_own_language_is_kept(base: FasterWhisperSTT) -> None:
    english = await _piper(OFFER)
    assert (await base.transcribe(english, sample_rate=16000, language="en")).language == "en"
    # espeak-ng's Hindi, which Whisper cannot place in any language, stays Hindi.
    hindi = np.concatenate([silence(0.3), espeak("प्याज चालीस रुपये किलो", "hi", wpm=140)])
    heard = await base.transcribe(hindi, sample_rate=16000, language="hi")
    assert heard.language == "hi", heard.text


class _English:
    """An engine that hears every request as English."""

    pool = WorkerPool("stt-host", workers=1, queue=4)

    def _decode_heard(
        self, audio: np.ndarray, language: str, hints: tuple[str, ...], *, vad: bool = True
    ) -> tuple[list[Segment], float, str]:
        return [Segment(0.0, 1.0, "forty rupees", -0.1, 0.01)], 0.9, "en"


class _Registry:
    engine = _English()

    def whisper(self, language: str) -> _English:
        return self.engine


async def test_the_engine_process_passes_the_language_heard(tmp_path: Path) -> None:
    path = tmp_path / "engine.sock"
    ready = asyncio.Event()
    serving = asyncio.create_task(EngineHost(_Registry()).serve(path, ready))
    await ready.wait()
    pool = WorkerPool("stt-remote", workers=1, queue=4)
    try:
        remote = RemoteWhisperSTT(HostClient(path), name="base", multilingual=True, pool=pool)
        heard = await remote.transcribe(silence(0.5), sample_rate=16000, language="hi")
        assert (heard.text, heard.language, heard.confidence) == ("forty rupees", "en", 0.9)
    finally:
        pool.shutdown()
        serving.cancel()
        with pytest.raises(asyncio.CancelledError):
            await serving
