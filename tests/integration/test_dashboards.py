"""The Grafana dashboard and the Prometheus alert rules under `deploy/` read only metrics
the server really exports: every `vyapar_*` name in them is on `/metrics` of a running
app (a histogram's `_bucket`, a counter's `_total` included)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import httpx
import yaml  # type: ignore[import-untyped]
from prometheus_client.parser import text_string_to_metric_families

from tests.conftest import Api

ROOT = Path(__file__).resolve().parents[2]
DASHBOARD = ROOT / "deploy" / "grafana" / "vyaparmitra.json"
ALERTS = ROOT / "deploy" / "prometheus" / "alerts.yaml"
NAME = re.compile(r"\bvyapar_[a-z0-9_]+")
SUFFIXES = {"counter": ("_total", "_created"), "histogram": ("_bucket", "_sum", "_count")}


def dashboard_exprs() -> list[str]:
    document = json.loads(DASHBOARD.read_text(encoding="utf-8"))
    return [t["expr"] for p in document["panels"] for t in p["targets"]]


def alert_exprs() -> list[str]:
    document = yaml.safe_load(ALERTS.read_text(encoding="utf-8"))
    rules = [r for group in document["groups"] for r in group["rules"]]
    assert all(r.get("alert") and r.get("expr") for r in rules)
    return [r["expr"] for r in rules]


async def exported(client: httpx.AsyncClient) -> set[str]:
    response = await client.get("/metrics")
    assert response.status_code == 200
    names: set[str] = set()
    for family in text_string_to_metric_families(response.text):
        names.add(family.name)
        names.update(family.name + suffix for suffix in SUFFIXES.get(family.type, ()))
        names.update(sample.name for sample in family.samples)
    return names


async def test_every_metric_the_dashboard_and_alerts_read_is_exported(
    client: httpx.AsyncClient, api: Api
) -> None:
    await api.register("customer")  # a response or two counted
    names = await exported(client)
    panels, alerts = dashboard_exprs(), alert_exprs()
    assert len(panels) >= 8 and len(alerts) >= 6
    used = {name for expr in panels + alerts for name in NAME.findall(expr)}
    missing = sorted(used - names)
    assert not missing, f"not exported by the server: {missing}"
    # What the dashboard is for: turn latency, errors, saturation, payment failures.
    for needed in (
        "vyapar_turn_seconds_bucket",
        "vyapar_http_responses_total",
        "vyapar_live_errors_total",
        "vyapar_engine_queue_depth",
        "vyapar_db_pool_connections",
        "vyapar_payment_webhooks_total",
    ):
        assert needed in used


async def test_responses_are_counted_by_route_template_and_status_class(
    client: httpx.AsyncClient, api: Api
) -> None:
    await client.get("/api/negotiations/424242")  # 401: no token
    await client.get("/no/such/page")
    text = (await client.get("/metrics")).text
    assert (
        'vyapar_http_responses_total{route="/api/negotiations/{negotiation_id}",status="4xx"}'
        in text
    )
    assert "424242" not in text
    assert 'vyapar_http_responses_total{route="unmatched",status="4xx"}' in text
    assert 'vyapar_db_pool_connections{state="checked_out"}' in text
