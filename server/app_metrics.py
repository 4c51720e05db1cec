"""Prometheus metrics of the HTTP API, the database pool and payments, served at `/metrics`
beside the live service's (`server.live.metrics`); what the Grafana dashboard and the
alert rules under `deploy/` read.

The counters are process-wide (a worker is one process) and join each app's registry in
its lifespan (`register`). The pool is read at scrape time, so a request pays nothing
for it; a response costs one counter increment.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from prometheus_client import CollectorRegistry, Counter
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector
from starlette.types import Scope

HTTP_RESPONSES = Counter(
    "vyapar_http_responses_total",
    "HTTP responses by route template and status class (2xx, 3xx, 4xx, 5xx; `none`: the "
    "client went away before an answer).",
    ["route", "status"],
    registry=None,
)
PAYMENT_WEBHOOKS = Counter(
    "vyapar_payment_webhooks_total",
    "Signed Razorpay webhooks received, by event (`payment.failed`: a failed payment).",
    ["event"],
    registry=None,
)
PAYMENT_WEBHOOK_ERRORS = Counter(
    "vyapar_payment_webhook_errors_total",
    "Signed webhooks that could not be applied (kept for retry and reconciliation).",
    registry=None,
)
PAYMENTS_UNMATCHED = Counter(
    "vyapar_payments_unmatched_total",
    "Signed webhooks telling of a captured payment for a Razorpay order no order here has "
    "(an order lost by a restore from backup): money for a person to refund or match.",
    registry=None,
)
_CLASSES = {1: "1xx", 2: "2xx", 3: "3xx", 4: "4xx", 5: "5xx"}


class PoolCollector(Collector):
    """The database pool at scrape time: connections checked out, idle, overflow, size."""

    def __init__(self, engine: Any) -> None:
        self.engine = engine

    def collect(self) -> Iterator[GaugeMetricFamily]:
        pool = getattr(self.engine, "pool", None)
        counts = {
            state: getattr(pool, method, None)
            for state, method in (
                ("checked_out", "checkedout"),
                ("idle", "checkedin"),
                ("overflow", "overflow"),
            )
        }
        connections = GaugeMetricFamily(
            "vyapar_db_pool_connections",
            "Database connections of this process's pool, by state.",
            labels=["state"],
        )
        for state, read in counts.items():
            if callable(read):
                connections.add_metric([state], max(0, int(read())))
        yield connections
        size = GaugeMetricFamily(
            "vyapar_db_pool_capacity",
            "Connections this process's pool may hold at once (pool size + max overflow).",
        )
        pool_size = getattr(pool, "size", None)
        max_overflow = getattr(pool, "_max_overflow", 0)
        if callable(pool_size):
            size.add_metric([], int(pool_size()) + max(0, int(max_overflow)))
        yield size


def register(registry: CollectorRegistry, engine: Any) -> None:
    for collector in (
        HTTP_RESPONSES,
        PAYMENT_WEBHOOKS,
        PAYMENT_WEBHOOK_ERRORS,
        PAYMENTS_UNMATCHED,
    ):
        registry.register(collector)
    registry.register(PoolCollector(engine))


def count_response(scope: Scope, status: int) -> None:
    """Count one HTTP response (`status` 0: none was sent) by its route template."""
    # The template as documented (`/api/qr/{token}`, not its path convertor).
    matched = scope.get("route")
    route = getattr(matched, "path_format", None) or getattr(matched, "path", None)
    route = route or "unmatched"
    HTTP_RESPONSES.labels(route, _CLASSES.get(status // 100, "none")).inc()
