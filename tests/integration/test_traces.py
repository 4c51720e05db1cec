"""Traces: a voice turn on the fake engines yields one trace, its stages as children in
the order they ran, carrying ids and sides but never the words; an HTTP request yields
a server span with its route and status; with no endpoint configured nothing is on."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, StatusCode

from server.app import create_app
from server.live.service import LiveService
from server.tracing import Tracing, TracingMiddleware, otlp_endpoint
from tests.conftest import Api, make_settings
from tests.fakes import FakeEngines, FakeSTT, FakeTTS, seat_parties
from tests.live_helpers import wait_for


@pytest.fixture
def exporter() -> Iterator[InMemorySpanExporter]:
    exporter = InMemorySpanExporter()
    yield exporter
    exporter.clear()


async def test_a_voice_turn_is_one_trace_with_its_stages_in_order(
    app: FastAPI, market: dict[str, Any], api: Api, exporter: InMemorySpanExporter
) -> None:
    live: LiveService = app.state.live
    live.tracing = Tracing.to_exporter(exporter, batch=False)
    stt, tts = FakeSTT("Thirty six rupees."), FakeTTS()
    live.engines = FakeEngines(live.engines, stt, tts)  # type: ignore[assignment]
    n = (await api.open(market["c"], market["product"]["id"], quantity=2))["id"]
    parties = await seat_parties(live, n, market)
    customer, vendor = parties
    try:
        customer.say()
        await wait_for(lambda: vendor.client.of("latency"), timeout=5, what="the turn's latency")
        [latency] = vendor.client.of("latency")
        spans = exporter.get_finished_spans()
        [root] = [s for s in spans if s.name == "voice turn"]
        assert root.parent is None
        children = sorted(
            (s for s in spans if s.parent is not None and s.parent.span_id == root.context.span_id),
            key=lambda s: s.start_time or 0,
        )
        assert {s.context.trace_id for s in spans} == {root.context.trace_id}
        names = [s.name for s in children]
        stages = ["endpoint", "stt", "understand", "domain", "render", "tts_first_audio", "send"]
        assert names == stages
        for before, after in itertools.pairwise(children):
            assert before.end_time is not None and after.start_time is not None
            assert before.end_time <= after.start_time  # end to end, never overlapping
        assert root.start_time == children[0].start_time
        assert root.end_time == children[-1].end_time
        for span in [root, *children]:
            attrs = dict(span.attributes or {})
            assert attrs["vyapar.negotiation_id"] == n
            assert attrs["vyapar.side"] == "customer"
            assert attrs["vyapar.listener"] == "vendor"
            # never the words said, never a token
            values = " ".join(str(v) for v in attrs.values()).lower()
            assert "thirty" not in values and "rupee" not in values
            assert market["c"] not in values and market["v"] not in values
        # The stages match what the latency event reported.
        stt_ms = (children[1].end_time - children[1].start_time) / 1e6  # type: ignore[operator]
        assert stt_ms == pytest.approx(latency["stages_ms"]["stt"], abs=0.2)
    finally:
        for party in parties:
            await party.speaker.close()
            await live.leave(party.speaker.room, party.client)


async def test_an_http_request_is_a_server_span_with_route_and_status(
    database_url: str, exporter: InMemorySpanExporter
) -> None:
    tracing = Tracing.to_exporter(exporter, batch=False)
    app = create_app(make_settings(database_url), tracing=tracing)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://vyapar.test") as c:
            parent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"
            ok = await c.get("/api/negotiations/12345", headers={"traceparent": parent})
            missing = await c.get("/healthz?ticket=secret")
    assert ok.status_code == 401 and missing.status_code == 200
    spans = {s.attributes["http.response.status_code"]: s for s in exporter.get_finished_spans()}  # type: ignore[index]
    product = spans[401]
    assert product.kind is SpanKind.SERVER
    assert product.name == "GET /api/negotiations/{negotiation_id}"
    assert product.attributes is not None
    assert product.attributes["http.route"] == "/api/negotiations/{negotiation_id}"
    assert product.attributes["http.request.method"] == "GET"
    assert "12345" not in str(dict(product.attributes))
    assert format(product.context.trace_id, "032x") == "0af7651916cd43dd8448eb211c80319c"
    assert product.status.status_code is StatusCode.UNSET
    health = spans[200]
    assert health.name == "GET /healthz"
    assert "secret" not in str(dict(health.attributes or {}))


async def test_tracing_is_off_without_an_endpoint(database_url: str) -> None:
    app = create_app(make_settings(database_url, otlp_endpoint=None))
    assert not app.state.tracing.enabled
    classes: list[Any] = [m.cls for m in app.user_middleware]
    assert TracingMiddleware not in classes


def test_the_endpoint_comes_from_our_setting_or_the_standard_variables() -> None:
    assert otlp_endpoint(None, {}) is None
    assert otlp_endpoint("", {}) is None
    assert otlp_endpoint("http://collector:4318", {}) == "http://collector:4318/v1/traces"
    assert otlp_endpoint("http://c:4318/v1/traces", {}) == "http://c:4318/v1/traces"
    env = {"OTEL_EXPORTER_OTLP_ENDPOINT": "http://otel:4318/"}
    assert otlp_endpoint(None, env) == "http://otel:4318/v1/traces"
    env["OTEL_EXPORTER_OTLP_TRACES_ENDPOINT"] = "http://t:4318/x"
    assert otlp_endpoint(None, env) == "http://t:4318/x"
    assert otlp_endpoint("http://ours:4318", env) == "http://ours:4318/v1/traces"
