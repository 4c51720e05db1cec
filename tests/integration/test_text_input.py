"""Text no database can store (NUL, lone surrogates) is refused, never a 500 or a reset."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from models import Bid
from tests.conftest import Api, make_settings
from tests.live_helpers import LiveServer, live_server, open_browser, wait_for

NUL = "a\u0000b"


def refused(r: httpx.Response) -> None:
    assert r.status_code == 422, r.text
    assert r.json()["error"]["code"] == "validation_error"


async def test_nul_in_any_text_field_is_a_422(api: Api, market: dict[str, Any]) -> None:
    c = api.client
    v, cu = api.auth(market["v"]), api.auth(market["c"])
    base = {"password": "correct horse battery", "role": "vendor"}
    refused(
        await c.post("/api/auth/register", json={**base, "name": NUL, "phone": "+919800000001"})
    )
    refused(
        await c.post(
            "/api/auth/register",
            json={**base, "name": "x", "phone": "+919800000002", "business_name": NUL},
        )
    )
    surrogate = '{"name": "\\ud800", "phone": "+919800000003", "password": "password123", '
    surrogate += '"role": "customer"}'
    headers = {"content-type": "application/json"}
    refused(await c.post("/api/auth/register", content=surrogate, headers=headers))
    product = {"names": {"en": "Okra"}, "list_price_paise": 100}
    refused(await c.post("/api/products", json={**product, "unit": "k\u0000g"}, headers=v))
    refused(await c.post("/api/products", json={**product, "names": {"en": NUL}}, headers=v))
    refused(await c.post("/api/products", json={**product, "names": {"en\u0000": "x"}}, headers=v))
    pid = market["product"]["id"]
    refused(await c.patch(f"/api/products/{pid}", json={"unit": NUL}, headers=v))
    refused(await c.patch(f"/api/products/{pid}", json={"names": {"hi": NUL}}, headers=v))
    qr = (await c.post("/api/qr", json={}, headers=v)).json()["token"]
    refused(await c.post(f"/api/qr/{qr}/join", json={"language": "hi", "name": "g\u0000"}))
    n = (await api.open(market["c"], pid))["id"]
    refused(await c.post(f"/api/negotiations/{n}/reject", json={"reason": NUL}, headers=cu))
    refused(
        await c.post("/api/payment/refund", json={"order_id": 1, "reason": "r\u0000"}, headers=v)
    )
    # Nothing was stored, and the same requests without the NUL still work.
    r = await c.post(f"/api/negotiations/{n}/reject", json={"reason": "too dear"}, headers=cu)
    assert r.status_code == 200, r.text
    r = await c.post(f"/api/qr/{qr}/join", json={"language": "hi", "name": "Gita"})
    assert r.status_code == 200, r.text


@pytest.fixture
async def server(database_url: str) -> AsyncIterator[LiveServer]:
    async with live_server(make_settings(database_url)) as s:
        yield s


async def test_nul_in_a_socket_message_is_an_invalid_message(server: LiveServer) -> None:
    api = Api(server.http)
    vendor = await api.register("vendor")
    customer = await api.register("customer")
    product = await api.product(vendor["token"])
    n = (await api.open(customer["token"], product["id"]))["id"]
    ws, got, task = await open_browser(server, n, customer["token"], language="hi")
    await ws.send(json.dumps({"type": "text", "text": "\u0000 48 rupees"}))
    await ws.send(json.dumps({"type": "ping"}))
    await wait_for(lambda: got.of("pong"), what="pong")
    errors = got.of("error")
    assert [e["code"] for e in errors] == ["invalid_message"], got.events
    assert "NUL" in errors[0]["message"]
    assert not got.of("turn_failed")
    async with server.app.state.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(Bid)) == 0
    await ws.close()
    await task
