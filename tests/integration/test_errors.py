"""Bad input gets a clear 4xx and never a 500; every answer carries the request id."""

from __future__ import annotations

import json
import logging

import httpx
import pytest

from tests.conftest import Api


async def test_malformed_json(client: httpx.AsyncClient, market: dict) -> None:
    r = await client.post(
        "/api/negotiations",
        content=b"{not json",
        headers={**Api.auth(market["c"]), "content-type": "application/json"},
    )
    assert r.status_code == 422
    assert r.json()["error"]["code"] == "validation_error"


PAST_THE_PARSER = {
    # More digits than Python turns into an int (4300), and deeper than it nests (1000).
    "huge number": b'{"product_id": ' + b"1" * 4301 + b', "quantity": 1}',
    "deep nesting": b'{"product_id": 1, "quantity": 1, "a": ' + b"[" * 2000 + b"]" * 2000 + b"}",
    "truncated": b'{"product_id":',
}


@pytest.mark.parametrize("path", ["/api/negotiations", "/api/auth/login"])
@pytest.mark.parametrize("body", PAST_THE_PARSER.values(), ids=PAST_THE_PARSER.keys())
async def test_json_past_the_parser_is_a_validation_error(
    client: httpx.AsyncClient, market: dict, path: str, body: bytes
) -> None:
    """JSON text the parser cannot take in is refused as malformed JSON is: 422
    `validation_error`, not the framework's undocumented 400 `http_error`."""
    r = await client.post(
        path, content=body, headers={**Api.auth(market["c"]), "content-type": "application/json"}
    )
    assert r.status_code == 422, r.text
    error = r.json()["error"]
    assert error["code"] == "validation_error", r.text
    assert "JSON decode error" in error["message"], r.text
    assert r.json()["request_id"] == r.headers["x-request-id"]


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("post", "/api/negotiations", {"product_id": "x"}),
        ("post", "/api/negotiations", {"product_id": 1, "quantity": 0}),
        ("post", "/api/negotiations", []),
        ("post", "/api/negotiations/abc/bids", {"amount_paise": 100}),
        ("post", "/api/negotiations/1/bids", {"amount_paise": 10**15}),
        ("post", "/api/negotiations/1/accept", {"confirm_below_floor": "maybe"}),
        ("get", "/api/negotiations?limit=0", None),
        ("post", "/api/products", {"names": {"EN!": "x"}, "list_price_paise": 1}),
    ],
)
async def test_bad_input_is_4xx(
    client: httpx.AsyncClient, market: dict, method: str, path: str, body: object
) -> None:
    token = market["v"] if "products" in path else market["c"]
    r = await client.request(method, path, json=body, headers=Api.auth(token))
    assert 400 <= r.status_code < 500, r.text
    assert r.json()["error"]["message"]


async def test_unknown_routes_and_methods(client: httpx.AsyncClient) -> None:
    r = await client.get("/api/nope")
    assert r.status_code == 404
    assert r.json()["error"]["code"] == "not_found"
    r = await client.delete("/api/auth/login")
    assert r.status_code == 405


async def test_request_id_round_trip(client: httpx.AsyncClient, market: dict) -> None:
    r = await client.get(
        "/api/negotiations/999", headers={**Api.auth(market["c"]), "X-Request-ID": "req-abc-123"}
    )
    assert r.headers["x-request-id"] == "req-abc-123"
    assert r.json()["request_id"] == "req-abc-123"
    # A hostile id is replaced, not echoed.
    r = await client.get("/healthz", headers={"X-Request-ID": "bad id\nwith newline"})
    assert r.headers["x-request-id"] != "bad id\nwith newline"
    assert len(r.headers["x-request-id"]) == 32


async def test_audit_rows_carry_request_id_and_ip(api: Api, market: dict, app) -> None:
    from sqlalchemy import select

    from models import AuditEntry

    nid = (await api.open(market["c"], market["product"]["id"]))["id"]
    placed = await api.client.post(
        f"/api/negotiations/{nid}/bids",
        json={"amount_paise": 3500},
        headers={**api.auth(market["c"]), "X-Request-ID": "bid-req-1"},
    )
    assert placed.status_code == 201
    async with app.state.sessions() as session:
        entry = await session.scalar(select(AuditEntry).where(AuditEntry.action == "bid.placed"))
    assert entry is not None
    assert entry.request_id == "bid-req-1"
    assert entry.ip == "203.0.113.7"
    assert entry.actor_id == market["customer"]["user"]["id"]
    assert entry.old_state == "OPEN" and entry.new_state == "OPEN"
    # PostgreSQL writes the bid and this row in one statement; both backends agree.
    assert entry.detail == {
        "bid_id": placed.json()["bid"]["id"],
        "seq": 1,
        "side": "customer",
        "amount_paise": 3500,
        "quantity": 1,
        "capped": False,
        "source": "text",
    }
    assert entry.entity_id == nid


async def test_logs_are_json_with_request_id_and_no_tokens(
    client: httpx.AsyncClient, market: dict, caplog: pytest.LogCaptureFixture
) -> None:
    from server.logs import JSONFormatter

    with caplog.at_level(logging.INFO, logger="vyaparmitra.access"):
        await client.get("/api/me", headers={**Api.auth(market["c"]), "X-Request-ID": "log-1"})
    records = [r for r in caplog.records if r.name == "vyaparmitra.access"]
    assert records
    line = json.loads(JSONFormatter().format(records[-1]))
    assert line["path"] == "/api/me"
    assert line["status"] == 200
    assert "duration_ms" in line
    assert market["c"] not in caplog.text
