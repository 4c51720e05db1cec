"""A local double of Bhashini's ULCA service, speaking its protocol on loopback.

The tests and the language benchmark (`benchmarks/engines.py`) run the real
`BhashiniClient` against it over real sockets; it lives here so it never ships.
It checks what the real service checks — the `userID`/`ulcaApiKey` headers on config,
the inference key on compute, the shape of each body (400 with a message when malformed,
401 on a bad key) — hands out service ids and a callback URL pointing at itself, and
answers like the service does:

- asr: the double cannot hear, so it answers deterministically: the text registered for
  the audio's SHA-256 (`register_transcript`), else a fixed market sentence in the
  language (`HEARD`). Asked for inverse text normalization (`"postProcessors": ["itn"]`
  in the task's config), it answers with numbers in digits, as the service does: the
  market sentence's ITN form, or a registered transcript's when one was registered;
- translation: a registered translation, else the text transliterated into the target
  script behind a "[hi→ta]" marker, so nobody mistakes it for a translation;
- transliteration: the real offline transliteration;
- tts: a valid 16-bit WAV at 22050 Hz, a quiet tone whose length grows with the text.

Fault injection: `fail_next(status, times=…, retry_after=…)` answers the next calls with
that status; `delay_next(seconds)` makes them slow; `calls` logs every request.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import contextlib
import hashlib
import io
import socket
import threading
import time
import wave
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import uvicorn
from starlette.applications import Starlette
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from audio.codecs import float32_to_pcm16, write_wav_bytes
from audio.errors import EngineUnavailable
from audio.providers.bhashini import CONFIG_PATH
from audio.transliteration import transliterate

COMPUTE_PATH = "/services/inference/pipeline"
TTS_SAMPLE_RATE = 22050
TASK_TYPES = ("asr", "translation", "transliteration", "tts")
LANGUAGES = ("hi", "ta", "te", "bn", "mr", "gu", "kn", "ml", "pa", "or", "as", "ur", "en")

POST_PROCESSORS = ("itn", "punctuation")
"""The asr post-processors the double accepts; it applies "itn" (punctuation it leaves)."""


@dataclass(frozen=True, slots=True)
class Heard:
    """What the double's recogniser writes for some audio."""

    words: str
    """Numbers in words, as a recogniser writes them."""
    itn: str | None = None
    """The same after inverse text normalization (numbers in digits); None: unchanged."""

    def text(self, post_processors: Sequence[str]) -> str:
        """The answer, with the post-processors a request asked for applied."""
        if "itn" in post_processors and self.itn is not None:
            return self.itn
        return self.words


# What the double "hears" when no transcript is registered for the audio: a price of
# forty rupees a kilo, in words and (with ITN) in digits.
HEARD: dict[str, Heard] = {
    "hi": Heard("टमाटर चालीस रुपये किलो है", "टमाटर 40 रुपये किलो है"),
    "en": Heard("tomatoes are forty rupees a kilo", "tomatoes are 40 rupees a kilo"),
    "ta": Heard("தக்காளி கிலோ நாற்பது ரூபாய்", "தக்காளி கிலோ 40 ரூபாய்"),
    "te": Heard("టమాటా కిలో నలభై రూపాయలు", "టమాటా కిలో 40 రూపాయలు"),
    "bn": Heard("টমেটো চল্লিশ টাকা কেজি", "টমেটো 40 টাকা কেজি"),
    "mr": Heard("टोमॅटो चाळीस रुपये किलो", "टोमॅटो 40 रुपये किलो"),
    "gu": Heard("ટામેટાં કિલોના ચાલીસ રૂપિયા", "ટામેટાં કિલોના 40 રૂપિયા"),
    "kn": Heard("ಟೊಮೆಟೊ ಕೆಜಿಗೆ ನಲವತ್ತು ರೂಪಾಯಿ", "ಟೊಮೆಟೊ ಕೆಜಿಗೆ 40 ರೂಪಾಯಿ"),
    "ml": Heard("തക്കാളി കിലോയ്ക്ക് നാൽപ്പത് രൂപ", "തക്കാളി കിലോയ്ക്ക് 40 രൂപ"),
    "pa": Heard("ਟਮਾਟਰ ਚਾਲੀ ਰੁਪਏ ਕਿੱਲੋ", "ਟਮਾਟਰ 40 ਰੁਪਏ ਕਿੱਲੋ"),
    "or": Heard("ଟମାଟୋ କିଲୋ ଚାଳିଶ ଟଙ୍କା", "ଟମାଟୋ କିଲୋ 40 ଟଙ୍କା"),
    "as": Heard("বিলাহী কেজিত চল্লিশ টকা", "বিলাহী কেজিত 40 টকা"),
    "ur": Heard("ٹماٹر چالیس روپے کلو", "ٹماٹر 40 روپے کلو"),
}


@dataclass(frozen=True, slots=True)
class Call:
    """One request the double received."""

    endpoint: str
    """"config" or "compute"."""
    headers: dict[str, str]
    """Lower-cased header names."""
    body: Any
    status: int
    at: float


@dataclass(slots=True)
class _Fault:
    status: int
    remaining: int
    endpoint: str | None
    retry_after: float | str | None


@dataclass(slots=True)
class _Delay:
    seconds: float
    remaining: int
    endpoint: str | None


class BadRequest(Exception):
    """A malformed body: answered with 400 and this message."""


def service_id(task: str, source: str, target: str | None = None) -> str:
    """The service id the double issues for a task and its languages."""
    pair = f"{source}-{target}" if target else source
    return f"double/{task}/{pair}"


def tone_wav(text: str, sample_rate: int = TTS_SAMPLE_RATE) -> bytes:
    """A quiet 220 Hz tone, 60 ms per character (0.3–10 s): stands in for speech."""
    seconds = min(10.0, max(0.3, 0.06 * len(text)))
    t = np.arange(int(seconds * sample_rate), dtype=np.float32) / sample_rate
    samples = (0.2 * np.sin(2 * np.pi * 220.0 * t)).astype(np.float32)
    return write_wav_bytes(float32_to_pcm16(samples), sample_rate)


class UlcaDouble:
    """The service's state and its Starlette app; `run_ulca_double` serves it."""

    def __init__(
        self,
        *,
        user_id: str = "test-user",
        api_key: str = "test-ulca-key",
        pipeline_id: str = "test-pipeline",
        inference_key_name: str = "Authorization",
        inference_key: str = "test-inference-key",
        languages: tuple[str, ...] = LANGUAGES,
    ) -> None:
        self.user_id = user_id
        self.api_key = api_key
        self.pipeline_id = pipeline_id
        self.inference_key_name = inference_key_name
        self.inference_key = inference_key
        self.languages = languages
        self.base_url = ""
        """Set when served: http://127.0.0.1:<port>."""
        self.calls: list[Call] = []
        self._lock = threading.Lock()  # tests change state from another thread
        self._faults: list[_Fault] = []
        self._delays: list[_Delay] = []
        self._transcripts: dict[str, Heard] = {}
        self._translations: dict[tuple[str, str, str], str] = {}
        self.app = Starlette(
            routes=[
                Route(CONFIG_PATH, self._config, methods=["POST"]),
                Route(COMPUTE_PATH, self._compute, methods=["POST"]),
            ]
        )

    # -- test hooks ----------------------------------------------------------------------

    def register_transcript(self, wav: bytes, text: str, *, itn: str | None = None) -> None:
        """ASR of exactly these WAV bytes answers `text`; asked for ITN, `itn` when given
        (the double does no normalization of its own, so without it `text` as is)."""
        with self._lock:
            self._transcripts[hashlib.sha256(wav).hexdigest()] = Heard(text, itn)

    def register_translation(self, text: str, source: str, target: str, translated: str) -> None:
        """Translation of `text` from `source` to `target` answers `translated`."""
        with self._lock:
            self._translations[(text, source, target)] = translated

    def fail_next(
        self,
        status: int,
        *,
        times: int = 1,
        endpoint: str | None = None,
        retry_after: float | str | None = None,
    ) -> None:
        """Answer the next `times` calls (to `endpoint`, or any) with `status`;
        `retry_after` is sent as seconds, or verbatim when a string (an HTTP date)."""
        with self._lock:
            self._faults.append(_Fault(status, times, endpoint, retry_after))

    def delay_next(self, seconds: float, *, times: int = 1, endpoint: str | None = None) -> None:
        """Make the next `times` calls (to `endpoint`, or any) wait `seconds` first."""
        with self._lock:
            self._delays.append(_Delay(seconds, times, endpoint))

    def calls_to(self, endpoint: str) -> list[Call]:
        """The logged calls to "config" or "compute"."""
        with self._lock:
            return [c for c in self.calls if c.endpoint == endpoint]

    def reset(self) -> None:
        """Forget calls, faults, delays and registrations (keys stay)."""
        with self._lock:
            self.calls.clear()
            self._faults.clear()
            self._delays.clear()
            self._transcripts.clear()
            self._translations.clear()

    # -- plumbing ------------------------------------------------------------------------

    def _take(self, endpoint: str) -> tuple[_Fault | None, float]:
        with self._lock:
            fault = next(
                (f for f in self._faults if f.endpoint in (None, endpoint) and f.remaining), None
            )
            if fault is not None:
                fault.remaining -= 1
            delay = next(
                (d for d in self._delays if d.endpoint in (None, endpoint) and d.remaining), None
            )
            if delay is not None:
                delay.remaining -= 1
            self._faults = [f for f in self._faults if f.remaining]
            self._delays = [d for d in self._delays if d.remaining]
        return fault, delay.seconds if delay else 0.0

    def _log(self, endpoint: str, request: Request, body: Any, status: int) -> None:
        headers = {k.lower(): v for k, v in request.headers.items()}
        with self._lock:
            self.calls.append(Call(endpoint, headers, body, status, time.monotonic()))

    async def _handle(self, endpoint: str, request: Request) -> JSONResponse:
        fault, delay = self._take(endpoint)
        if delay:
            await asyncio.sleep(delay)
        try:
            raw = await request.body()
        except ClientDisconnect:  # the caller gave up while it waited: nothing to answer
            return JSONResponse({}, status_code=499)
        try:
            body: Any = await request.json() if raw else None
        except ValueError:
            body = None
        response = self._fault_response(fault) if fault else None
        if response is None:
            try:
                if endpoint == "config":
                    response = self._answer_config(request, body)
                else:
                    response = self._answer_compute(request, body)
            except BadRequest as exc:
                response = JSONResponse({"message": str(exc)}, status_code=400)
        self._log(endpoint, request, body, response.status_code)
        return response

    @staticmethod
    def _fault_response(fault: _Fault) -> JSONResponse:
        after = fault.retry_after
        headers = (
            {}
            if after is None
            else {"Retry-After": after if isinstance(after, str) else f"{after:g}"}
        )
        return JSONResponse(
            {"message": f"injected fault {fault.status}"},
            status_code=fault.status,
            headers=headers,
        )

    async def _config(self, request: Request) -> JSONResponse:
        return await self._handle("config", request)

    async def _compute(self, request: Request) -> JSONResponse:
        return await self._handle("compute", request)

    # -- the protocol --------------------------------------------------------------------

    def _task_list(self, body: Any) -> list[dict[str, Any]]:
        if not isinstance(body, dict):
            raise BadRequest("the body must be a JSON object")
        tasks = body.get("pipelineTasks")
        if not isinstance(tasks, list) or not tasks:
            raise BadRequest("pipelineTasks must be a non-empty list")
        for task in tasks:
            if not isinstance(task, dict) or task.get("taskType") not in TASK_TYPES:
                raise BadRequest(f"taskType must be one of {', '.join(TASK_TYPES)}")
            config = task.get("config")
            language = config.get("language") if isinstance(config, dict) else None
            if not isinstance(language, dict):
                raise BadRequest("each task needs config.language")
            if language.get("sourceLanguage") not in self.languages:
                raise BadRequest(f"unsupported sourceLanguage {language.get('sourceLanguage')!r}")
            needs_target = task["taskType"] in ("translation", "transliteration")
            if needs_target and language.get("targetLanguage") not in self.languages:
                raise BadRequest(f"{task['taskType']} needs a supported targetLanguage")
        return tasks

    def _answer_config(self, request: Request, body: Any) -> JSONResponse:
        if (
            request.headers.get("userID") != self.user_id
            or request.headers.get("ulcaApiKey") != self.api_key
        ):
            return JSONResponse({"message": "Invalid userID or ulcaApiKey"}, status_code=401)
        tasks = self._task_list(body)
        pipeline = (body.get("pipelineRequestConfig") or {}).get("pipelineId")
        if pipeline != self.pipeline_id:
            raise BadRequest(f"unknown pipelineId {pipeline!r}")
        configs = []
        for task in tasks:
            language = task["config"]["language"]
            source, target = language["sourceLanguage"], language.get("targetLanguage")
            entry: dict[str, Any] = {
                "serviceId": service_id(task["taskType"], source, target),
                "modelId": f"double-{task['taskType']}",
                "language": dict(language),
            }
            if task["taskType"] == "tts":
                entry["supportedVoices"] = ["male", "female"]
            configs.append({"taskType": task["taskType"], "config": [entry]})
        return JSONResponse(
            {
                "languages": [{"sourceLanguage": lang} for lang in self.languages],
                "pipelineResponseConfig": configs,
                "feedbackUrl": f"{self.base_url}/feedback",
                "pipelineInferenceAPIEndPoint": {
                    "callbackUrl": f"{self.base_url}{COMPUTE_PATH}",
                    "inferenceApiKey": {
                        "name": self.inference_key_name,
                        "value": self.inference_key,
                    },
                    "isMultilingualEnabled": True,
                    "isSyncApi": True,
                },
            }
        )

    def _answer_compute(self, request: Request, body: Any) -> JSONResponse:
        if request.headers.get(self.inference_key_name) != self.inference_key:
            return JSONResponse({"message": "Invalid inference API key"}, status_code=401)
        tasks = self._task_list(body)
        kinds = [t["taskType"] for t in tasks]
        if "asr" in kinds[1:] or "tts" in kinds[:-1]:
            raise BadRequest("asr can only come first and tts only last")
        data = body.get("inputData")
        if not isinstance(data, dict):
            raise BadRequest("inputData is required")
        current: str = "" if kinds[0] == "asr" else _input_text(data)
        responses: list[dict[str, Any]] = []
        for task in tasks:
            config = task["config"]
            language = config["language"]
            source, target = language["sourceLanguage"], language.get("targetLanguage")
            if config.get("serviceId") != service_id(task["taskType"], source, target):
                raise BadRequest(f"serviceId {config.get('serviceId')!r} does not serve this task")
            if task["taskType"] == "asr":
                current = self._hear(data, config, source)
                responses.append({"taskType": "asr", "output": [{"source": current}]})
            elif task["taskType"] == "translation":
                out = self._translate(current, source, target)
                responses.append(
                    {"taskType": "translation", "output": [{"source": current, "target": out}]}
                )
                current = out
            elif task["taskType"] == "transliteration":
                out = _transliterate(current, source, target)
                responses.append(
                    {"taskType": "transliteration", "output": [{"source": current, "target": out}]}
                )
                current = out
            else:
                audio = base64.b64encode(tone_wav(current)).decode("ascii")
                tts_config = {
                    "language": {"sourceLanguage": source},
                    "audioFormat": "wav",
                    "encoding": "base64",
                    "samplingRate": TTS_SAMPLE_RATE,
                    "gender": config.get("gender", "female"),
                }
                responses.append(
                    {"taskType": "tts", "config": tts_config, "audio": [{"audioContent": audio}]}
                )
        return JSONResponse({"pipelineResponse": responses})

    def _hear(self, data: dict[str, Any], config: dict[str, Any], language: str) -> str:
        try:
            content = data["audio"][0]["audioContent"]
            wav = base64.b64decode(content, validate=True)
        except (KeyError, IndexError, TypeError, binascii.Error):
            raise BadRequest("asr needs inputData.audio[0].audioContent in base64") from None
        if config.get("audioFormat") != "wav":
            raise BadRequest("audioFormat must be wav")
        try:
            with wave.open(io.BytesIO(wav), "rb") as w:
                rate = w.getframerate()
        except (wave.Error, EOFError):
            raise BadRequest("audioContent is not a WAV file") from None
        if config.get("samplingRate") != rate:
            raise BadRequest(
                f"samplingRate {config.get('samplingRate')} but the audio is {rate} Hz"
            )
        post = config.get("postProcessors", [])
        if not isinstance(post, list) or not all(p in POST_PROCESSORS for p in post):
            raise BadRequest(f"postProcessors must be a list of {', '.join(POST_PROCESSORS)}")
        with self._lock:
            heard = self._transcripts.get(hashlib.sha256(wav).hexdigest())
        return (heard or HEARD.get(language, HEARD["en"])).text(post)

    def _translate(self, text: str, source: str, target: str) -> str:
        with self._lock:
            known = self._translations.get((text, source, target))
        if known is not None:
            return known
        return f"[{source}→{target}] {_transliterate(text, source, target)}"


def _input_text(data: dict[str, Any]) -> str:
    try:
        text = data["input"][0]["source"]
    except (KeyError, IndexError, TypeError):
        raise BadRequest("text tasks need inputData.input[0].source") from None
    if not isinstance(text, str):
        raise BadRequest("input source must be a string")
    return text


def _transliterate(text: str, source: str, target: str) -> str:
    try:
        return transliterate(text, source, target)
    except EngineUnavailable:
        return text  # a script the offline tables lack (ur): echo it


@contextlib.contextmanager
def run_ulca_double(double: UlcaDouble | None = None) -> Iterator[UlcaDouble]:
    """Serve a double with uvicorn in a background thread on 127.0.0.1 and a free port.

    Yields the double with `base_url` set; on exit the server is stopped, its thread
    joined and its socket closed.
    """
    double = double or UlcaDouble()
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        double.base_url = f"http://127.0.0.1:{sock.getsockname()[1]}"
        config = uvicorn.Config(
            double.app,
            lifespan="off",
            log_level="warning",
            access_log=False,
            http="h11",
            ws="none",
            timeout_graceful_shutdown=2,
        )
        server = uvicorn.Server(config)
        thread = threading.Thread(
            target=server.run, kwargs={"sockets": [sock]}, name="ulca-double", daemon=True
        )
        thread.start()
        try:
            deadline = time.monotonic() + 10
            while not server.started:
                if not thread.is_alive() or time.monotonic() > deadline:
                    raise RuntimeError("the ULCA double did not start")
                time.sleep(0.01)
            yield double
        finally:
            server.should_exit = True
            thread.join(timeout=10)
    finally:
        sock.close()
