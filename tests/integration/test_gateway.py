"""The app's edge is one layer: every request passes one call and one `send` wrapper
before its route (or its lean path), not a layer per concern."""

from __future__ import annotations

from server.api.fastbids import LeanBids
from server.api.fastpay import LeanPayments
from server.app import create_app
from server.gateway import Gateway
from tests.conftest import make_settings, running_app


def test_the_edge_is_one_layer_around_the_lean_paths(database_url: str) -> None:
    app = create_app(make_settings(database_url, otlp_endpoint=None))
    assert [m.cls for m in app.user_middleware] == [Gateway, LeanPayments, LeanBids]


async def test_a_bid_shaped_request_gets_every_edge_in_one_pass(database_url: str) -> None:
    async with running_app(make_settings(database_url)) as (app, client):
        r = await client.post(
            "/api/negotiations/1/bids",
            json={"amount_paise": 3100},
            headers={"X-Request-ID": "edge-1"},
        )
        assert r.status_code == 401  # no token: the app answers, through the edge
        assert r.headers["x-request-id"] == "edge-1"
        gateway = app.middleware_stack
        while not isinstance(gateway, Gateway):
            gateway = gateway.app  # type: ignore[attr-defined]
        assert gateway.in_flight == 0
