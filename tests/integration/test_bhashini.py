"""The Bhashini client against the ULCA double, over real loopback sockets."""

from __future__ import annotations

import asyncio
import base64
import email.utils
import io
import socket
import time
import wave
from collections.abc import AsyncIterator, Iterator, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

import numpy as np
import pytest

from audio.acts import ActKind, NegotiationAct
from audio.codecs import pcm16_to_float32
from audio.engines import ASREngine, MTEngine, TransliterationEngine, TTSEngine
from audio.errors import EngineError, EngineTimeout, EngineUnavailable
from audio.fallback import FallbackASR, FallbackTTS
from audio.frames import Float32Array, SpeechChunk, Transcript
from audio.phrasebook import render
from audio.providers.bhashini import (
    BhashiniASR,
    BhashiniClient,
    BhashiniConfig,
    BhashiniMT,
    BhashiniTransliteration,
    BhashiniTTS,
    PipelineTask,
    encode_wav,
)
from tests.ulca_double import TTS_SAMPLE_RATE, UlcaDouble, run_ulca_double, service_id


class RecordingSleep:
    """Stands in for asyncio.sleep between retries: records the delay, waits no time."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)
        await asyncio.sleep(0)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class FakeLocalASR:
    """The embedded engine a fallback chain falls back to."""

    name = "fake-local"

    def __init__(self) -> None:
        self.calls = 0

    def supports(self, language: str) -> bool:
        return True

    async def transcribe(
        self,
        audio: Float32Array,
        *,
        sample_rate: int,
        language: str,
        hints: Sequence[str] = (),
        utterance_id: str | None = None,
    ) -> Transcript:
        self.calls += 1
        return Transcript("local words", language, self.name, utterance_id=utterance_id)


class FakeLocalTTS:
    name = "fake-local-tts"

    def supports(self, language: str) -> bool:
        return True

    async def synthesize(
        self,
        text: str,
        *,
        language: str,
        sample_rate: int,
        voice: str | None = None,
        rate: float = 1.0,
    ) -> AsyncIterator[SpeechChunk]:
        yield SpeechChunk(b"\x00\x00" * 160, sample_rate, text, 0, final=True)


def speech(seconds: float = 0.5, rate: int = 16000) -> Float32Array:
    t = np.arange(int(seconds * rate)) / rate
    return (0.3 * np.sin(2 * np.pi * 300 * t)).astype(np.float32)


@pytest.fixture(scope="module")
def ulca() -> Iterator[UlcaDouble]:
    with run_ulca_double() as double:
        yield double


@pytest.fixture(autouse=True)
def fresh_double(ulca: UlcaDouble) -> Iterator[None]:
    ulca.reset()
    yield
    ulca.reset()
    ulca.inference_key = "test-inference-key"


def settings(ulca: UlcaDouble, **overrides: Any) -> BhashiniConfig:
    values: dict[str, Any] = {
        "ulca_base_url": ulca.base_url,
        "user_id": ulca.user_id,
        "api_key": ulca.api_key,
        "pipeline_id": ulca.pipeline_id,
        "timeout_s": 5,
        "max_retries": 2,
        "backoff_s": 0.01,
    }
    values.update(overrides)
    return BhashiniConfig(**values)


@pytest.fixture
def sleeps() -> RecordingSleep:
    return RecordingSleep()


@pytest.fixture
async def client(ulca: UlcaDouble, sleeps: RecordingSleep) -> AsyncIterator[BhashiniClient]:
    async with BhashiniClient(settings(ulca), sleep=sleeps) as c:
        yield c


# -- config ------------------------------------------------------------------------------


async def test_config_is_fetched_once_for_many_computes(
    ulca: UlcaDouble, client: BhashiniClient
) -> None:
    asr = BhashiniASR(client)
    for _ in range(3):
        await asr.transcribe(speech(), sample_rate=16000, language="hi")
    assert len(ulca.calls_to("config")) == 1
    assert len(ulca.calls_to("compute")) == 3
    assert client.config_calls == 1


async def test_concurrent_first_turns_share_one_config_call(
    ulca: UlcaDouble, client: BhashiniClient
) -> None:
    asr = BhashiniASR(client)
    results = await asyncio.gather(
        *(asr.transcribe(speech(), sample_rate=16000, language="ta") for _ in range(5))
    )
    assert {r.text for r in results} == {"தக்காளி கிலோ 40 ரூபாய்"}
    assert len(ulca.calls_to("config")) == 1


async def test_config_is_cached_per_languages_and_expires(ulca: UlcaDouble) -> None:
    clock = FakeClock()
    async with BhashiniClient(settings(ulca, config_ttl_s=60), clock=clock) as client:
        mt = BhashiniMT(client)
        await mt.translate("नमस्ते", source="hi", target="ta")
        await mt.translate("नमस्ते", source="hi", target="te")
        await mt.translate("नमस्ते", source="hi", target="ta")
        assert client.config_calls == 2
        clock.now += 61
        await mt.translate("नमस्ते", source="hi", target="ta")
        assert client.config_calls == 3
    config = ulca.calls_to("config")[0]
    assert config.body == {
        "pipelineTasks": [
            {
                "taskType": "translation",
                "config": {"language": {"sourceLanguage": "hi", "targetLanguage": "ta"}},
            }
        ],
        "pipelineRequestConfig": {"pipelineId": "test-pipeline"},
    }


async def test_headers_carry_the_right_keys(ulca: UlcaDouble, client: BhashiniClient) -> None:
    await BhashiniTransliteration(client).transliterate("नमस्ते", source="hi", target="ta")
    (config,) = ulca.calls_to("config")
    assert config.headers["userid"] == "test-user"
    assert config.headers["ulcaapikey"] == "test-ulca-key"
    (compute,) = ulca.calls_to("compute")
    assert compute.headers["authorization"] == "test-inference-key"
    # The account key never travels to the inference host.
    assert "ulcaapikey" not in compute.headers and "userid" not in compute.headers


# -- compute, one task at a time ---------------------------------------------------------


async def test_asr_sends_16k_wav_and_reads_the_transcript(
    ulca: UlcaDouble, client: BhashiniClient
) -> None:
    audio = speech(0.5, rate=8000)
    ulca.register_transcript(encode_wav(audio, 8000), "दो किलो टमाटर")
    asr = BhashiniASR(client)
    assert isinstance(asr, ASREngine)
    result = await asr.transcribe(audio, sample_rate=8000, language="hi", utterance_id="u1")
    assert result.text == "दो किलो टमाटर"
    assert result.provider == "bhashini" and result.utterance_id == "u1"
    assert set(result.timings) == {"encode", "request"}
    (compute,) = ulca.calls_to("compute")
    task = compute.body["pipelineTasks"][0]
    assert task == {
        "taskType": "asr",
        "config": {
            "language": {"sourceLanguage": "hi"},
            "serviceId": service_id("asr", "hi"),
            "audioFormat": "wav",
            "samplingRate": 16000,
            "postProcessors": ["itn"],
        },
    }
    wav = base64.b64decode(compute.body["inputData"]["audio"][0]["audioContent"])
    with wave.open(io.BytesIO(wav)) as w:
        assert (w.getframerate(), w.getnchannels(), w.getsampwidth()) == (16000, 1, 2)
        assert abs(w.getnframes() - 8000) <= 2


async def test_asr_asks_for_numbers_in_digits(ulca: UlcaDouble, client: BhashiniClient) -> None:
    result = await BhashiniASR(client).transcribe(speech(), sample_rate=16000, language="hi")
    assert result.text == "टमाटर 40 रुपये किलो है"
    (compute,) = ulca.calls_to("compute")
    assert compute.body["pipelineTasks"][0]["config"]["postProcessors"] == ["itn"]


async def test_the_double_normalizes_numbers_only_when_asked(
    ulca: UlcaDouble, client: BhashiniClient
) -> None:
    task = [PipelineTask("asr", "hi")]
    plain = encode_wav(speech(0.4), 16000)
    registered = encode_wav(speech(0.6), 16000)
    ulca.register_transcript(registered, "ढाई सौ रुपये", itn="250 रुपये")

    async def heard(wav: bytes, **config: Any) -> str:
        audio = {"audio": [{"audioContent": base64.b64encode(wav).decode()}]}
        options = {"audioFormat": "wav", "samplingRate": 16000, **config}
        (response,) = await client.ulca_compute(task, audio, options=[options])
        return str(response["output"][0]["source"])

    itn = {"postProcessors": ["itn"]}
    assert await heard(plain) == "टमाटर चालीस रुपये किलो है"
    assert await heard(plain, **itn) == "टमाटर 40 रुपये किलो है"
    assert await heard(plain, postProcessors=["punctuation"]) == "टमाटर चालीस रुपये किलो है"
    assert await heard(registered) == "ढाई सौ रुपये"
    assert await heard(registered, **itn) == "250 रुपये"
    # A transcript registered without an ITN form comes back as registered either way.
    ulca.register_transcript(plain, "दो किलो टमाटर")
    assert await heard(plain, **itn) == "दो किलो टमाटर"
    with pytest.raises(EngineError, match="postProcessors") as bad:
        await heard(registered, postProcessors="itn")
    assert bad.value.status == 400


async def test_translation_of_free_text(ulca: UlcaDouble, client: BhashiniClient) -> None:
    ulca.register_translation("कितने का है?", "hi", "en", "How much is it?")
    mt = BhashiniMT(client)
    assert isinstance(mt, MTEngine)
    result = await mt.translate("कितने का है?", source="hi", target="en")
    assert result.text == "How much is it?"
    assert result.provider == "bhashini" and not result.untranslated
    (compute,) = ulca.calls_to("compute")
    assert compute.body["inputData"] == {"input": [{"source": "कितने का है?"}]}


async def test_translation_of_an_act_stays_local(ulca: UlcaDouble, client: BhashiniClient) -> None:
    offer = NegotiationAct(ActKind.OFFER, 4000, unit="kg", product_names={"ta": "தக்காளி"})
    result = await BhashiniMT(client).translate("…", source="hi", target="ta", act=offer)
    assert result.text == render(offer, "ta") and result.provider == "phrasebook"
    assert ulca.calls == []


async def test_transliteration(ulca: UlcaDouble, client: BhashiniClient) -> None:
    engine = BhashiniTransliteration(client)
    assert isinstance(engine, TransliterationEngine)
    assert await engine.transliterate("नमस्ते", source="hi", target="ta") == "நமஸ்தே"
    assert await engine.transliterate("नमस्ते", source="hi", target="hi") == "नमस्ते"
    assert len(ulca.calls_to("compute")) == 1


@pytest.mark.parametrize("rate", [8000, 16000, 24000])
async def test_tts_yields_one_chunk_at_the_asked_rate(
    ulca: UlcaDouble, client: BhashiniClient, rate: int
) -> None:
    tts = BhashiniTTS(client)
    assert isinstance(tts, TTSEngine)
    text = "टमाटर चालीस रुपये किलो"
    chunks = [c async for c in tts.synthesize(text, language="hi", sample_rate=rate, voice="male")]
    assert len(chunks) == 1
    chunk = chunks[0]
    assert chunk.sample_rate == rate and chunk.final and chunk.text == text
    # The double's tone lasts 60 ms a character; resampling keeps the duration.
    assert abs(len(chunk.pcm) / 2 / rate - 0.06 * len(text)) < 0.01
    assert np.abs(pcm16_to_float32(chunk.pcm)).max() > 0.1
    (compute,) = ulca.calls_to("compute")
    assert compute.body["pipelineTasks"][0]["config"]["gender"] == "male"


async def test_tts_of_nothing_makes_no_call(ulca: UlcaDouble, client: BhashiniClient) -> None:
    assert [
        c async for c in BhashiniTTS(client).synthesize(" ", language="hi", sample_rate=16000)
    ] == []
    assert ulca.calls == []


async def test_a_whole_pipeline_in_one_compute(ulca: UlcaDouble, client: BhashiniClient) -> None:
    audio = speech()
    ulca.register_transcript(encode_wav(audio, 16000), "नमस्ते")
    tasks = [
        PipelineTask("asr", "hi"),
        PipelineTask("transliteration", "hi", "ta"),
        PipelineTask("tts", "ta"),
    ]
    b64 = base64.b64encode(encode_wav(audio, 16000)).decode()
    responses = await client.ulca_compute(
        tasks,
        {"audio": [{"audioContent": b64}]},
        options=[{"audioFormat": "wav", "samplingRate": 16000}, {}, {"gender": "female"}],
    )
    assert [r["taskType"] for r in responses] == ["asr", "transliteration", "tts"]
    assert responses[0]["output"][0]["source"] == "नमस्ते"
    assert responses[1]["output"][0]["target"] == "நமஸ்தே"
    assert responses[2]["config"]["samplingRate"] == TTS_SAMPLE_RATE


# -- failures ----------------------------------------------------------------------------


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503])
async def test_retryable_statuses_are_retried_then_succeed(
    ulca: UlcaDouble, client: BhashiniClient, sleeps: RecordingSleep, status: int
) -> None:
    ulca.fail_next(status, times=2, endpoint="compute")
    result = await BhashiniMT(client).translate("नमस्ते", source="hi", target="ta")
    assert result.text.endswith("நமஸ்தே")
    assert [c.status for c in ulca.calls_to("compute")] == [status, status, 200]
    assert len(sleeps.delays) == 2 and all(0 < d <= 0.02 for d in sleeps.delays)


async def test_a_failing_config_call_is_retried_too(
    ulca: UlcaDouble, client: BhashiniClient
) -> None:
    ulca.fail_next(503, endpoint="config")
    await BhashiniMT(client).translate("नमस्ते", source="hi", target="ta")
    assert [c.status for c in ulca.calls_to("config")] == [503, 200]


async def test_retry_after_is_honoured(
    ulca: UlcaDouble, client: BhashiniClient, sleeps: RecordingSleep
) -> None:
    ulca.fail_next(429, retry_after=0.3, endpoint="compute")
    await BhashiniMT(client).translate("नमस्ते", source="hi", target="ta")
    assert sleeps.delays == [0.3]


async def test_retry_after_may_be_an_http_date(
    ulca: UlcaDouble, client: BhashiniClient, sleeps: RecordingSleep
) -> None:
    when = email.utils.format_datetime(datetime.now(UTC) + timedelta(seconds=3), usegmt=True)
    ulca.fail_next(503, retry_after=when, endpoint="compute")
    await BhashiniMT(client).translate("नमस्ते", source="hi", target="ta")
    assert len(sleeps.delays) == 1 and 1.0 < sleeps.delays[0] <= 3.0


async def test_a_long_retry_after_gives_up_at_once(
    ulca: UlcaDouble, client: BhashiniClient, sleeps: RecordingSleep
) -> None:
    ulca.fail_next(429, retry_after=60, endpoint="compute")
    with pytest.raises(EngineError) as caught:
        await BhashiniMT(client).translate("नमस्ते", source="hi", target="ta")
    assert caught.value.retryable and caught.value.status == 429
    assert caught.value.provider == "bhashini"
    assert len(ulca.calls_to("compute")) == 1 and sleeps.delays == []


async def test_retries_are_bounded(
    ulca: UlcaDouble, client: BhashiniClient, sleeps: RecordingSleep
) -> None:
    ulca.fail_next(503, times=10, endpoint="compute")
    with pytest.raises(EngineError) as caught:
        await BhashiniMT(client).translate("नमस्ते", source="hi", target="ta")
    assert caught.value.retryable and caught.value.status == 503
    assert len(ulca.calls_to("compute")) == 3  # 1 + max_retries
    assert sleeps.delays[1] >= sleeps.delays[0]  # backoff grows (with jitter)


@pytest.mark.parametrize("status", [400, 404, 422])
async def test_client_errors_are_not_retried(
    ulca: UlcaDouble, client: BhashiniClient, status: int
) -> None:
    ulca.fail_next(status, endpoint="compute")
    with pytest.raises(EngineError) as caught:
        await BhashiniMT(client).translate("नमस्ते", source="hi", target="ta")
    assert not caught.value.retryable and caught.value.status == status
    assert not isinstance(caught.value, EngineUnavailable)
    assert len(ulca.calls_to("compute")) == 1


async def test_a_malformed_request_gets_the_services_message(
    ulca: UlcaDouble, client: BhashiniClient
) -> None:
    options = [{"audioFormat": "wav", "samplingRate": 16000}]
    with pytest.raises(EngineError) as caught:
        await client.ulca_compute(
            [PipelineTask("asr", "hi")],
            {"audio": [{"audioContent": "not audio!"}]},
            options=options,
        )
    assert caught.value.status == 400 and not caught.value.retryable
    assert "base64" in caught.value.message
    assert [c.status for c in ulca.calls_to("compute")] == [400]


async def test_bad_credentials_are_unavailable_not_retried(ulca: UlcaDouble) -> None:
    async with BhashiniClient(settings(ulca, api_key="wrong")) as client:
        with pytest.raises(EngineUnavailable) as caught:
            await BhashiniASR(client).transcribe(speech(), sample_rate=16000, language="hi")
    assert caught.value.status == 401 and not caught.value.retryable
    assert [c.status for c in ulca.calls_to("config")] == [401]
    assert ulca.calls_to("compute") == []


async def test_a_rotated_inference_key_drops_the_cached_config(
    ulca: UlcaDouble, client: BhashiniClient
) -> None:
    mt = BhashiniMT(client)
    await mt.translate("नमस्ते", source="hi", target="ta")
    ulca.inference_key = "rotated"
    with pytest.raises(EngineUnavailable) as caught:
        await mt.translate("नमस्ते", source="hi", target="ta")
    assert caught.value.status == 401
    await mt.translate("नमस्ते", source="hi", target="ta")
    assert client.config_calls == 2
    assert ulca.calls_to("compute")[-1].headers["authorization"] == "rotated"


async def test_a_slow_service_times_out_as_retryable(ulca: UlcaDouble) -> None:
    ulca.delay_next(1.0, endpoint="compute")
    async with BhashiniClient(settings(ulca, timeout_s=0.2)) as client:
        mt = BhashiniMT(client)
        with pytest.raises(EngineTimeout) as caught:
            await mt.translate("नमस्ते", source="hi", target="ta")
        assert caught.value.retryable and caught.value.provider == "bhashini"
        # Not retried: the turn's time is spent. The next turn works.
        result = await mt.translate("नमस्ते", source="hi", target="ta")
        assert result.text.endswith("நமஸ்தே")


async def test_an_unreachable_service_is_retryable(sleeps: RecordingSleep) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = BhashiniConfig(f"http://127.0.0.1:{port}", "u", "k", "p", backoff_s=0.01)
    async with BhashiniClient(config, sleep=sleeps) as client:
        with pytest.raises(EngineError) as caught:
            await BhashiniMT(client).translate("नमस्ते", source="hi", target="ta")
    assert caught.value.retryable and caught.value.status is None
    assert len(sleeps.delays) == 2


async def test_unconfigured_languages_are_unavailable_without_a_call(ulca: UlcaDouble) -> None:
    async with BhashiniClient(settings(ulca, languages=("hi", "en"))) as client:
        asr = BhashiniASR(client)
        assert asr.supports("hi") and not asr.supports("ta")
        with pytest.raises(EngineUnavailable):
            await asr.transcribe(speech(), sample_rate=16000, language="ta")
    assert ulca.calls == []


# -- fallback chains ---------------------------------------------------------------------


async def test_fallback_asr_moves_on_when_bhashini_fails_retryably(ulca: UlcaDouble) -> None:
    ulca.fail_next(503, times=10)
    local = FakeLocalASR()
    async with BhashiniClient(settings(ulca, max_retries=1, backoff_s=0.001)) as client:
        chain = FallbackASR([BhashiniASR(client), local])
        result = await chain.transcribe(speech(), sample_rate=16000, language="hi")
    assert result.provider == "fake-local" and result.text == "local words"
    assert local.calls == 1
    assert [c.status for c in ulca.calls] == [503, 503]


async def test_fallback_asr_moves_on_when_bhashini_rejects_our_keys(ulca: UlcaDouble) -> None:
    local = FakeLocalASR()
    async with BhashiniClient(settings(ulca, api_key="wrong")) as client:
        chain = FallbackASR([BhashiniASR(client), local])
        result = await chain.transcribe(speech(), sample_rate=16000, language="hi")
    assert result.provider == "fake-local"


async def test_fallback_asr_uses_bhashini_when_it_answers(ulca: UlcaDouble) -> None:
    local = FakeLocalASR()
    async with BhashiniClient(settings(ulca)) as client:
        chain = FallbackASR([BhashiniASR(client), local])
        result = await chain.transcribe(speech(), sample_rate=16000, language="hi")
    assert result.provider == "bhashini" and local.calls == 0


async def test_fallback_tts_moves_on_when_bhashini_times_out(ulca: UlcaDouble) -> None:
    ulca.delay_next(1.0, endpoint="compute")
    async with BhashiniClient(settings(ulca, timeout_s=0.2)) as client:
        chain = FallbackTTS([BhashiniTTS(client), FakeLocalTTS()])
        chunks = [c async for c in chain.synthesize("नमस्ते", language="hi", sample_rate=16000)]
    assert len(chunks) == 1 and len(chunks[0].pcm) == 320


async def test_a_slow_bhashini_gives_the_turn_to_the_next_provider_within_the_wait(
    ulca: UlcaDouble,
) -> None:
    # Each call answers in 3 s, inside the client's own 10-s timeout: a live turn still
    # waits only the chain's 0.3 s before the local provider answers, and the next request
    # goes to the local provider at once while Bhashini rests.
    ulca.delay_next(3.0, times=2, endpoint="compute")
    local = FakeLocalASR()
    async with BhashiniClient(settings(ulca, timeout_s=10)) as client:
        chain = FallbackASR([BhashiniASR(client), local], wait=0.3)
        started = time.monotonic()
        result = await chain.transcribe(speech(), sample_rate=16000, language="hi")
        assert time.monotonic() - started < 2.5
        again = await chain.transcribe(speech(), sample_rate=16000, language="hi")
    assert result.provider == again.provider == "fake-local" and local.calls == 2
    assert len(ulca.calls_to("compute")) <= 1
