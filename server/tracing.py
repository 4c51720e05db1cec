"""Traces: one span per HTTP request, and one trace per voice turn with a span per stage.

Off unless an OTLP endpoint is configured (`VYAPAR_OTLP_ENDPOINT`, or the standard
`OTEL_EXPORTER_OTLP_ENDPOINT` / `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`): then spans go over
OTLP/HTTP from a background batch processor, and the SDK's own `OTEL_*` variables
(service name, sampler, headers) apply. Off, nothing is installed: no middleware, no SDK
import, and a turn's trace is one attribute check.

A voice turn crosses processes (the speaker's process hears and records it, the
listener's process speaks it, the room bus in between), and its stages are already timed
for the `latency` event (`stages_ms`). So its trace is built once, where the turn ends,
from those timings: a root span from the speaker's end of speech to the first audio byte
sent to the listener, and one child per stage, laid end to end in the order they ran.
No context travels through the bus, and the turn's own code only measures, as it did.
Spans carry ids, sides and timings, never the words said.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from opentelemetry import trace
from opentelemetry.trace import SpanKind, Status, StatusCode
from starlette.types import ASGIApp, Message, Receive, Scope, Send

if TYPE_CHECKING:
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import SpanExporter

log = logging.getLogger("vyaparmitra")

TURN_STAGES = ("endpoint", "stt", "understand", "domain", "translate")
"""The stages of `stages_ms` before speech synthesis, in the order they run."""
SPAN_NAMES = {"translate": "render"}
"""`translate` renders the act in the listener's language (a phrase, or a translation)."""
TRACES_PATH = "/v1/traces"


def otlp_endpoint(configured: str | None, environ: Mapping[str, str] = os.environ) -> str | None:
    """Where spans go: `VYAPAR_OTLP_ENDPOINT` (a collector's base URL, or its full
    `/v1/traces` URL), else the standard OTLP variables; None: tracing is off."""
    if configured and configured.strip():
        base = configured.strip().rstrip("/")
        return base if base.endswith(TRACES_PATH) else base + TRACES_PATH
    traces = environ.get("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "").strip()
    if traces:
        return traces
    base = environ.get("OTEL_EXPORTER_OTLP_ENDPOINT", "").strip().rstrip("/")
    return base + TRACES_PATH if base else None


class Tracing:
    """The process's tracer, or nothing (`enabled` False)."""

    def __init__(self, provider: TracerProvider | None = None) -> None:
        self.provider = provider
        self.enabled = provider is not None
        self.tracer: Any = provider.get_tracer("vyaparmitra") if provider is not None else None

    @classmethod
    def off(cls) -> Tracing:
        return cls(None)

    @classmethod
    def to_exporter(cls, exporter: SpanExporter, *, batch: bool = True) -> Tracing:
        """Spans to `exporter`: batched in a background thread, or (`batch` False, for
        tests) exported as each span ends."""
        from opentelemetry.sdk.resources import Resource
        from opentelemetry.sdk.trace import TracerProvider
        from opentelemetry.sdk.trace.export import BatchSpanProcessor, SimpleSpanProcessor

        from server import __version__

        resource = Resource.create({"service.name": "vyaparmitra", "service.version": __version__})
        provider = TracerProvider(resource=resource)
        processor = BatchSpanProcessor(exporter) if batch else SimpleSpanProcessor(exporter)
        provider.add_span_processor(processor)
        return cls(provider)

    @classmethod
    def from_settings(cls, configured: str | None) -> Tracing:
        endpoint = otlp_endpoint(configured)
        if endpoint is None:
            return cls.off()
        from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

        log.info("tracing on", extra={"otlp_endpoint": endpoint})
        return cls.to_exporter(OTLPSpanExporter(endpoint=endpoint))

    def shutdown(self) -> None:
        """Export what is still queued (bounded by the SDK's own timeout), then stop."""
        if self.provider is not None:
            self.provider.shutdown()

    def turn(
        self,
        *,
        negotiation_id: int,
        speaker: str | None,
        listener: str,
        utterance_id: str,
        eos_wall: float,
        stages: Mapping[str, float],
        tts_started: float,
        audio_ready: float,
        audio_sent: float,
        end_of_turn: str | None = None,
    ) -> None:
        """One voice turn's trace. `eos_wall`: the speaker's end of speech (wall clock);
        `stages`: seconds per stage before synthesis (`stages_ms`, in seconds);
        `tts_started`, `audio_ready`, `audio_sent`: monotonic times in this process of
        the start of synthesis, its first chunk, and that chunk written to the socket."""
        if self.tracer is None:
            return
        offset = time.time() - time.monotonic()  # monotonic → wall clock, this process

        def ns(wall: float) -> int:
            return int(wall * 1e9)

        attributes: dict[str, Any] = {
            "vyapar.negotiation_id": negotiation_id,
            "vyapar.side": speaker or "",
            "vyapar.listener": listener,
            "vyapar.utterance_id": utterance_id,
        }
        end = offset + audio_sent
        root = self.tracer.start_span(
            "voice turn",
            kind=SpanKind.INTERNAL,
            start_time=ns(eos_wall),
            attributes=attributes | ({"vyapar.end_of_turn": end_of_turn} if end_of_turn else {}),
        )
        parent = trace.set_span_in_context(root)
        order = [s for s in TURN_STAGES if s in stages]
        order += [s for s in stages if s not in TURN_STAGES and s != "tts_first_audio"]
        at = eos_wall
        spans: list[tuple[str, float, float]] = []
        for stage in order:
            seconds = max(0.0, float(stages[stage]))
            spans.append((SPAN_NAMES.get(stage, stage), at, at + seconds))
            at += seconds
        # Between the relay and synthesis: the room bus and the listener's speech queue.
        # Clocks of two hosts may disagree a little: a stage never starts before the last.
        synth = max(at, offset + tts_started)
        ready = max(synth, offset + audio_ready)
        spans.append(("tts_first_audio", synth, ready))
        spans.append(("send", ready, max(ready, end)))
        for name, start, stop in spans:
            child = self.tracer.start_span(
                name, context=parent, start_time=ns(start), attributes=attributes
            )
            child.end(end_time=ns(stop))
        root.end(end_time=ns(max(end, at)))


class TracingMiddleware:
    """A server span per HTTP request: method, route template (never the query string or
    the ids in the path), status. A caller's `traceparent` makes it a child of theirs."""

    def __init__(self, app: ASGIApp, tracing: Tracing) -> None:
        from opentelemetry.trace.propagation.tracecontext import TraceContextTextMapPropagator

        self.app = app
        self.tracer = tracing.tracer
        self.propagator = TraceContextTextMapPropagator()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        method = scope.get("method", "GET")
        carrier: dict[str, str] = {}
        for key, value in scope.get("headers") or ():
            if key in (b"traceparent", b"tracestate"):
                carrier[key.decode()] = value.decode("latin-1")
        context = self.propagator.extract(carrier) if carrier else None
        span = self.tracer.start_span(
            method,
            context=context,
            kind=SpanKind.SERVER,
            attributes={"http.request.method": method, "url.scheme": scope.get("scheme", "http")},
        )
        status = 0

        async def send_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            with trace.use_span(span, end_on_exit=False, record_exception=False):
                await self.app(scope, receive, send_status)
        except BaseException as exc:
            span.set_status(Status(StatusCode.ERROR, type(exc).__name__))
            raise
        finally:
            matched = scope.get("route")
            route = getattr(matched, "path_format", None) or getattr(matched, "path", None)
            if route:
                span.update_name(f"{method} {route}")
                span.set_attribute("http.route", route)
            if status:
                span.set_attribute("http.response.status_code", status)
                if status >= 500:
                    span.set_status(Status(StatusCode.ERROR))
            span.end()
