"""What Bhashini hears is understood: its ITN transcript of a price, in every language.

The client asks for inverse text normalization, so a price arrives in digits inside the
language's own words ("தக்காளி கிலோ 40 ரூபாய்"). Through the real client and the ULCA
double on loopback, each language's market sentence must read as ₹40 a kilo.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import numpy as np
import pytest

from audio.providers.bhashini import BhashiniASR, BhashiniClient, BhashiniConfig
from audio.understanding import understand
from tests.ulca_double import HEARD, UlcaDouble, run_ulca_double

LANGUAGES = ("hi", "en", "ta", "te", "bn", "mr", "gu", "kn", "ml", "pa")


@pytest.fixture(scope="module")
def ulca() -> Iterator[UlcaDouble]:
    with run_ulca_double() as double:
        yield double


@pytest.fixture
async def asr(ulca: UlcaDouble) -> AsyncIterator[BhashiniASR]:
    config = BhashiniConfig(
        ulca_base_url=ulca.base_url,
        user_id=ulca.user_id,
        api_key=ulca.api_key,
        pipeline_id=ulca.pipeline_id,
        timeout_s=5,
    )
    async with BhashiniClient(config) as client:
        yield BhashiniASR(client)


@pytest.mark.parametrize("language", LANGUAGES)
async def test_a_price_heard_by_bhashini_is_understood(asr: BhashiniASR, language: str) -> None:
    t = np.arange(8000) / 16000
    audio = (0.3 * np.sin(2 * np.pi * 300 * t)).astype(np.float32)  # the double cannot hear
    transcript = await asr.transcribe(audio, sample_rate=16000, language=language)
    assert transcript.text == HEARD[language].itn
    assert "40" in transcript.text
    understood = understand(transcript.text, language=language)
    assert (understood.amount_paise, understood.per_unit, understood.unit) == (4000, True, "kg"), (
        transcript.text
    )
