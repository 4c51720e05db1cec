"""The one HTTP client to Bhashini's ULCA pipeline: config, compute, retries and auth.

The protocol is two calls. *Config* (`getModelsPipeline`, authenticated with the ULCA
user id and API key) says which service serves each task and language and where to send
work: a callback URL and an inference key. *Compute* (the callback URL, authenticated with
that key) runs an ordered list of tasks on one input. Configs change rarely, so they are
cached per (tasks, languages) for `config_ttl_s`; a turn in a conversation costs one
compute call.

Failures come out as `EngineError`s that say whether trying again can help:

- 408, 429, 5xx and connection errors are retried here, a few times with a short
  jittered backoff or the server's `Retry-After` (when that asks for longer than
  `retry_after_cap_s`, we give up at once and let a fallback provider answer instead of
  holding the speaker in silence), then raised as retryable;
- a timeout is raised at once as `EngineTimeout` (retryable): the turn's time budget is
  already spent, and the fallback chain is the quicker recovery;
- 401/403 mean our credentials are wrong: `EngineUnavailable` (not retryable, but the
  fallback chain moves on to the next provider); a compute 401 also drops the cached
  config, since inference keys rotate;
- other 4xx are not retryable: the request itself is wrong.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import email.utils
import logging
import random
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

import httpx

from audio.errors import EngineError, EngineTimeout, EngineUnavailable
from audio.providers.bhashini.config import PROVIDER, BhashiniConfig
from audio.providers.bhashini.pipeline import (
    ASR_POST_PROCESSORS,
    ASR_SAMPLE_RATE,
    CONFIG_PATH,
    PipelineEndpoint,
    PipelineTask,
    _malformed,
    _output,
    _service_for,
)

log = logging.getLogger("vyaparmitra.audio")


def _message(response: httpx.Response) -> str:
    """The error text of a ULCA answer ({"message"}, {"detail"}, or plain text)."""
    try:
        body = response.json()
    except ValueError:
        return response.text[:200] or response.reason_phrase
    if isinstance(body, dict):
        for key in ("message", "detail", "error"):
            value = body.get(key)
            if isinstance(value, dict):
                value = value.get("message", value)
            if value:
                return str(value)[:200]
    return str(body)[:200]


class BhashiniClient:
    """One connection pool to ULCA, shared by the task engines below."""

    def __init__(
        self,
        config: BhashiniConfig,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.config = config
        self._http = httpx.AsyncClient(timeout=httpx.Timeout(config.timeout_s), transport=transport)
        self._clock = clock
        self._sleep = sleep
        self._cache: dict[tuple[PipelineTask, ...], PipelineEndpoint] = {}
        self._locks: dict[tuple[PipelineTask, ...], asyncio.Lock] = {}
        self.config_calls = 0
        """How many config calls went out (a cache that works keeps this small)."""

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self._http.aclose()

    async def __aenter__(self) -> BhashiniClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    # -- HTTP with retries ---------------------------------------------------------------

    def _backoff(self, attempt: int) -> float:
        jitter = 0.5 + random.random() / 2  # noqa: S311 - not crypto, just spreading retries
        delay: float = self.config.backoff_s * 2.0**attempt * jitter
        return min(delay, self.config.retry_after_cap_s)

    def _retry_after(self, response: httpx.Response) -> float | None:
        """Seconds the server asked us to wait, if it said (seconds or an HTTP date)."""
        value = response.headers.get("retry-after")
        if not value:
            return None
        try:
            return max(0.0, float(value))
        except ValueError:
            pass
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)  # HTTP dates are GMT even when unmarked
        seconds: float = (when - datetime.now(UTC)).total_seconds()
        return max(0.0, seconds)

    async def _post(self, url: str, *, headers: Mapping[str, str], body: Any, what: str) -> Any:
        """POST JSON and return the decoded answer, retrying what is worth retrying."""
        attempt = 0
        delay: float
        while True:
            try:
                response = await self._http.post(url, json=body, headers=dict(headers))
            except httpx.TimeoutException as exc:
                raise EngineTimeout(
                    f"bhashini {what} timed out after {self.config.timeout_s:g}s", provider=PROVIDER
                ) from exc
            except httpx.TransportError as exc:
                error = EngineError(
                    f"bhashini {what}: cannot reach {url} ({type(exc).__name__})",
                    retryable=True,
                    provider=PROVIDER,
                )
                delay = self._backoff(attempt)
            else:
                status = response.status_code
                if status < 300:
                    try:
                        return response.json()
                    except ValueError:
                        raise _malformed(what, "not JSON") from None
                message = f"bhashini {what}: HTTP {status}: {_message(response)}"
                if status in (401, 403):
                    unavailable = EngineUnavailable(message, provider=PROVIDER)
                    unavailable.status = status
                    raise unavailable
                retryable = status in (408, 429) or status >= 500
                error = EngineError(message, retryable=retryable, provider=PROVIDER, status=status)
                if not retryable:
                    raise error
                asked = self._retry_after(response)
                if asked is not None and asked > self.config.retry_after_cap_s:
                    raise error  # a long wait is a fallback's job, not ours
                delay = asked if asked is not None else self._backoff(attempt)
            if attempt >= self.config.max_retries:
                raise error
            attempt += 1
            log.info(
                "bhashini retry",
                extra={"what": what, "attempt": attempt, "delay": delay, "status": error.status},
            )
            await self._sleep(delay)

    # -- config --------------------------------------------------------------------------

    def invalidate(self, tasks: Sequence[PipelineTask] | None = None) -> None:
        """Forget the cached config for `tasks` (all of them when None)."""
        if tasks is None:
            self._cache.clear()
        else:
            self._cache.pop(tuple(tasks), None)

    async def pipeline(self, tasks: Sequence[PipelineTask]) -> PipelineEndpoint:
        """The compute endpoint and service ids for `tasks`, from cache or a config call."""
        key = tuple(tasks)
        cached = self._cache.get(key)
        if cached is not None and self._clock() - cached.fetched_at < self.config.config_ttl_s:
            return cached
        # One config call per key even when many turns arrive together.
        lock = self._locks.setdefault(key, asyncio.Lock())
        async with lock:
            cached = self._cache.get(key)
            if cached is not None and self._clock() - cached.fetched_at < self.config.config_ttl_s:
                return cached
            endpoint = await self._fetch_config(key)
            self._cache[key] = endpoint
            return endpoint

    async def _fetch_config(self, tasks: tuple[PipelineTask, ...]) -> PipelineEndpoint:
        what = "config " + "+".join(t.task_type for t in tasks)
        body = {
            "pipelineTasks": [
                {"taskType": t.task_type, "config": {"language": t.language}} for t in tasks
            ],
            "pipelineRequestConfig": {"pipelineId": self.config.pipeline_id},
        }
        headers = {"userID": self.config.user_id, "ulcaApiKey": self.config.api_key}
        self.config_calls += 1
        url = self.config.ulca_base_url.rstrip("/") + CONFIG_PATH
        data = await self._post(url, headers=headers, body=body, what=what)
        try:
            configs = data["pipelineResponseConfig"]
            endpoint = data["pipelineInferenceAPIEndPoint"]
            callback_url = str(endpoint["callbackUrl"])
            key = endpoint["inferenceApiKey"]
            key_name, key_value = str(key["name"]), str(key["value"])
        except (KeyError, TypeError) as exc:
            raise _malformed(what, f"missing {exc}") from None
        service_ids = tuple(_service_for(task, configs) for task in tasks)
        return PipelineEndpoint(callback_url, key_name, key_value, service_ids, self._clock())

    # -- compute -------------------------------------------------------------------------

    async def ulca_compute(
        self,
        tasks: Sequence[PipelineTask],
        input_data: Mapping[str, Any],
        *,
        options: Sequence[Mapping[str, Any]] = (),
    ) -> list[dict[str, Any]]:
        """Run `tasks` on `input_data`; one `pipelineResponse` entry per task, in order.

        `options` adds per-task config (audioFormat, samplingRate, gender, …).
        """
        endpoint = await self.pipeline(tasks)
        extra = list(options) + [{}] * (len(tasks) - len(options))
        body = {
            "pipelineTasks": [
                {
                    "taskType": task.task_type,
                    "config": {"language": task.language, "serviceId": sid, **opts},
                }
                for task, sid, opts in zip(tasks, endpoint.service_ids, extra, strict=True)
            ],
            "inputData": dict(input_data),
        }
        what = "compute " + "+".join(t.task_type for t in tasks)
        headers = {endpoint.key_name: endpoint.key_value}
        try:
            data = await self._post(endpoint.callback_url, headers=headers, body=body, what=what)
        except EngineError as exc:
            if exc.status in (401, 403):
                self.invalidate(tasks)  # the inference key may have rotated
            raise
        responses = data.get("pipelineResponse") if isinstance(data, dict) else None
        if not isinstance(responses, list) or len(responses) != len(tasks):
            raise _malformed(what, "pipelineResponse does not match the tasks")
        return [r if isinstance(r, dict) else {} for r in responses]

    async def recognize(self, wav: bytes, *, language: str) -> str:
        """Speech (a 16 kHz WAV file) → text in `language`, numbers in digits."""
        task = PipelineTask("asr", language)
        options = {
            "audioFormat": "wav",
            "samplingRate": ASR_SAMPLE_RATE,
            "postProcessors": list(ASR_POST_PROCESSORS),
        }
        audio = base64.b64encode(wav).decode("ascii")
        (response,) = await self.ulca_compute(
            [task], {"audio": [{"audioContent": audio}]}, options=[options]
        )
        return _output(response, "source", "asr")

    async def translate(self, text: str, *, source: str, target: str) -> str:
        """Text in `source` → text in `target` (Bhashini NMT)."""
        task = PipelineTask("translation", source, target)
        (response,) = await self.ulca_compute([task], {"input": [{"source": text}]})
        return _output(response, "target", "translation")

    async def transliterate(self, text: str, *, source: str, target: str) -> str:
        """Text in `source`'s script → `target`'s script."""
        task = PipelineTask("transliteration", source, target)
        (response,) = await self.ulca_compute(
            [task], {"input": [{"source": text}]}, options=[{"isSentence": True}]
        )
        return _output(response, "target", "transliteration")

    async def synthesize(self, text: str, *, language: str, gender: str) -> tuple[bytes, int]:
        """Text → (WAV file bytes, the sample rate the answer declares)."""
        task = PipelineTask("tts", language)
        (response,) = await self.ulca_compute(
            [task], {"input": [{"source": text}]}, options=[{"gender": gender}]
        )
        try:
            content = response["audio"][0]["audioContent"]
            wav = base64.b64decode(content, validate=True)
        except (KeyError, IndexError, TypeError, binascii.Error) as exc:
            raise _malformed("tts", f"no audio ({type(exc).__name__})") from None
        declared = (response.get("config") or {}).get("samplingRate")
        return wav, int(declared) if isinstance(declared, int | float) else 0
