"""Hostile input is a 4xx with the error body, on SQLite and on PostgreSQL: ids that no
64-bit column can hold, types that are not what they look like, signatures that are not
signatures, and bodies too big to read."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from tests.conftest import Api, make_settings, running_app
from tests.integration.test_payment_support import World, payment_world

TOO_BIG = 2**63
BIGGEST = 2**63 - 1


def refused(r: httpx.Response, status: int = 422) -> dict[str, Any]:
    assert r.status_code == status, r.text
    body: dict[str, Any] = r.json()
    assert body["error"]["code"]
    assert body["error"]["message"]
    assert body["request_id"] == r.headers["x-request-id"]
    return body


# -- ids ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("get", "/api/orders/{id}"),
        ("get", "/api/negotiations/{id}"),
        ("get", "/api/negotiations/{id}/bids"),
        ("get", "/api/negotiations/{id}/hint"),
        ("post", "/api/negotiations/{id}/bids"),
        ("post", "/api/negotiations/{id}/accept"),
        ("post", "/api/negotiations/{id}/reject"),
        ("post", "/api/negotiations/{id}/cancel"),
        ("get", "/api/vendors/{id}/products"),
        ("patch", "/api/products/{id}"),
        ("get", "/api/payment/status/{id}"),
    ],
)
async def test_path_ids_out_of_range(
    client: httpx.AsyncClient, market: dict[str, Any], method: str, path: str
) -> None:
    token = market["v"] if "products" in path else market["c"]
    body: dict[str, int] | None = None
    if method == "patch":
        body = {"stock": 1}
    elif path.endswith("/bids") and method == "post":
        body = {"amount_paise": 3000}
    for bad in (TOO_BIG, 2**64, 10**30, 0, -1):
        r = await client.request(method, path.format(id=bad), json=body, headers=Api.auth(token))
        assert refused(r)["error"]["code"] == "validation_error"
    # The largest id that fits is a plain "not found" (or an empty list): the database
    # was asked and answered.
    r = await client.request(method, path.format(id=BIGGEST), json=body, headers=Api.auth(token))
    assert r.status_code in (200, 403, 404), r.text
    if r.status_code == 200:
        assert r.json() == []


@pytest.mark.parametrize(
    ("role", "path", "body"),
    [
        ("c", "/api/negotiations", {"product_id": TOO_BIG}),
        ("c", "/api/negotiations", {"product_id": 0}),
        ("v", "/api/qr", {"kind": "visit", "product_id": TOO_BIG}),
        ("c", "/api/payment/create", {"order_id": TOO_BIG}),
        ("v", "/api/payment/refund", {"order_id": TOO_BIG, "reason": "bruised"}),
        ("c", "/api/ws-ticket", {"negotiation_id": TOO_BIG}),
        ("c", "/api/ws-ticket", {"negotiation_id": -3}),
    ],
)
async def test_body_ids_out_of_range(
    client: httpx.AsyncClient, market: dict[str, Any], role: str, path: str, body: dict
) -> None:
    r = await client.post(path, json=body, headers=Api.auth(market[role]))
    assert refused(r)["error"]["code"] == "validation_error"


async def test_qr_join_with_a_huge_product_id(api: Api, market: dict[str, Any]) -> None:
    qr = (
        await api.client.post("/api/qr", json={"kind": "stall"}, headers=api.auth(market["v"]))
    ).json()
    r = await api.client.post(
        f"/api/qr/{qr['token']}/join", json={"language": "hi", "product_id": TOO_BIG}
    )
    assert refused(r)["error"]["code"] == "validation_error"
    r = await api.client.post(
        f"/api/qr/{qr['token']}/join", json={"language": "hi", "product_id": BIGGEST}
    )
    refused(r)  # not sold at this stall: a 422 from the rules, not from the database


# -- strict types -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "path", "body"),
    [
        ("c", "/api/ws-ticket", {"negotiation_id": False}),
        ("c", "/api/ws-ticket", {"negotiation_id": True}),
        ("c", "/api/ws-ticket", {"negotiation_id": "5"}),
        ("c", "/api/ws-ticket", {"negotiation_id": 5.0}),
        ("c", "/api/negotiations", {"product_id": True}),
        ("c", "/api/negotiations", {"product_id": "1"}),
        ("c", "/api/negotiations", {"product_id": 1, "quantity": True}),
        ("v", "/api/products", {"names": {"en": "x"}, "list_price_paise": 100, "negotiable": 1}),
        ("v", "/api/products", {"names": {"en": "x"}, "list_price_paise": 100, "stock": "5"}),
        ("v", "/api/qr", {"kind": "stall", "ttl_seconds": "3600"}),
    ],
)
async def test_no_coercion(
    client: httpx.AsyncClient, market: dict[str, Any], role: str, path: str, body: dict
) -> None:
    r = await client.post(path, json=body, headers=Api.auth(market[role]))
    assert refused(r)["error"]["code"] == "validation_error"


async def test_strict_booleans_on_a_negotiation(api: Api, market: dict[str, Any]) -> None:
    nid = (await api.open(market["c"], market["product"]["id"], amount_paise=3500))["id"]
    for body in (
        {"confirm_below_floor": 1},
        {"confirm_below_floor": "true"},
        {"expected_seq": "1"},
    ):
        r = await api.accept(market["v"], nid, **body)
        assert refused(r)["error"]["code"] == "validation_error"
    r = await api.bid(market["v"], nid, 3900, confirm_below_floor="yes")
    refused(r)
    r = await api.client.patch(
        f"/api/products/{market['product']['id']}",
        json={"is_active": "false"},
        headers=api.auth(market["v"]),
    )
    refused(r)
    assert (await api.accept(market["v"], nid, confirm_below_floor=False)).status_code == 200


# -- signatures ---------------------------------------------------------------------------

NOT_ASCII = ["é" * 64, "₹" * 64, "a" * 63 + "é", "g" * 64, "", " " * 64, "0" * 65]


@pytest.fixture
async def world(database_url: str) -> AsyncIterator[World]:
    async with payment_world(database_url) as w:
        yield w


async def test_webhook_signature_that_is_not_hex(world: World) -> None:
    body = b'{"event":"payment.captured","payload":{}}'
    for signature in NOT_ASCII:
        r = await world.client.post(
            "/api/payment/webhook",
            content=body,
            # Header bytes as they come off the wire: UTF-8 read as Latin-1 by the server.
            headers={
                "Content-Type": "application/json",
                "X-Razorpay-Signature": signature.encode(),
            },
        )
        assert refused(r, 400)["error"]["code"] == "signature_invalid"


async def test_checkout_signature_that_is_not_hex(world: World) -> None:
    m = await world.market()
    order = await world.deal(m)
    co = await world.checkout(m["c"], order["id"])
    answer = await world.pay(co["razorpay_order_id"], drop=True)
    for signature in [s for s in NOT_ASCII if s.strip()]:
        r = await world.verify(m["c"], {**answer, "razorpay_signature": signature})
        assert refused(r, 400)["error"]["code"] == "signature_invalid"
    # The real one still works.
    r = await world.verify(m["c"], answer)
    assert r.status_code == 200, r.text


async def test_link_callback_signature_that_is_not_hex(world: World) -> None:
    for signature in NOT_ASCII:
        r = await world.client.get(
            "/api/payment/callback",
            params={
                "razorpay_payment_id": "pay_X",
                "razorpay_payment_link_id": "plink_X",
                "razorpay_payment_link_reference_id": "1",
                "razorpay_payment_link_status": "paid",
                "razorpay_signature": signature,
            },
        )
        # The shopper's browser is sent to the result page, which says it failed.
        assert r.status_code == 303, r.text
        assert r.headers["location"] == "/payment/result?status=invalid"


async def test_link_callback_values_of_any_shape_redirect(world: World) -> None:
    """However malformed a callback is, the shopper's browser gets the redirect to the
    result page that says it could not be confirmed: never a JSON 422."""
    good = {
        "razorpay_payment_id": "pay_X",
        "razorpay_payment_link_id": "plink_X",
        "razorpay_payment_link_reference_id": "1-link",
        "razorpay_payment_link_status": "paid",
        "razorpay_signature": "ab" * 32,
    }
    odd: list[dict[str, str]] = [{"razorpay_signature": "a" * n} for n in (129, 150, 200, 5000)]
    odd += [
        {"razorpay_payment_id": "p" * 41},
        {"razorpay_payment_link_id": "l" * 41},
        {"razorpay_payment_link_reference_id": "r" * 41},
        {"razorpay_payment_link_status": "s" * 21},
        {"razorpay_payment_link_status": "paid\x00"},
        {"razorpay_payment_id": "pay_\n"},
        {"razorpay_payment_link_id": "plink_टमाटर"},
    ]
    for change in odd:
        r = await world.client.get("/api/payment/callback", params={**good, **change})
        assert r.status_code == 303, (change, r.text)
        assert r.headers["location"] == "/payment/result?status=invalid"
    # Nothing at all, or one value repeated.
    r = await world.client.get("/api/payment/callback")
    assert r.status_code == 303 and r.headers["location"] == "/payment/result?status=invalid"
    r = await world.client.get(
        "/api/payment/callback?razorpay_signature=a&razorpay_signature=" + "b" * 300
    )
    assert r.status_code == 303 and r.headers["location"] == "/payment/result?status=invalid"


async def test_the_result_page_never_refuses(world: World) -> None:
    for query in (
        {"status": "x" * 300},
        {"status": "paid", "order_id": "abc"},
        {"status": "paid", "order_id": str(2**63)},
        {"order_id": "0168"},
    ):
        r = await world.client.get("/payment/result", params=query)
        assert r.status_code == 200, (query, r.text)
        assert "<p>Order" not in r.text
    # An address nobody signed claims nothing (`test_payment_result_signed`).
    r = await world.client.get("/payment/result", params={"status": "paid", "order_id": "42"})
    assert r.status_code == 200 and "Could not confirm" in r.text and "Order 42" not in r.text


# -- body size ----------------------------------------------------------------------------


async def test_a_big_body_is_refused_unread(client: httpx.AsyncClient, market: dict) -> None:
    big = b'{"names": {"en": "' + b"x" * (10 * 1024 * 1024) + b'"}}'
    r = await client.post(
        "/api/products",
        content=big,
        headers={**Api.auth(market["v"]), "Content-Type": "application/json"},
    )
    body = refused(r, 413)
    assert body["error"]["code"] == "payload_too_large"
    assert body["error"]["limit_bytes"] == 64 * 1024
    assert r.headers["connection"] == "close"

    # No Content-Length (chunked): read up to the limit, then refused; the rest never read.
    sent: list[int] = []

    async def chunks() -> AsyncIterator[bytes]:
        for _ in range(10):
            sent.append(1)
            yield b" " * (1024 * 1024)

    r = await client.post(
        "/api/products",
        content=chunks(),
        headers={**Api.auth(market["v"]), "Content-Type": "application/json"},
    )
    assert refused(r, 413)["error"]["code"] == "payload_too_large"
    assert len(sent) <= 2

    # Just under the limit: read and judged on its merits.
    r = await client.post(
        "/api/products",
        json={"names": {"en": "x" * 100}, "list_price_paise": 100, "pad": "x" * 60_000},
        headers=Api.auth(market["v"]),
    )
    assert refused(r, 422)["error"]["code"] == "validation_error"


async def test_webhooks_have_their_own_limit(client: httpx.AsyncClient) -> None:
    # 100 KiB is over the default but within the webhook's limit: it reaches the signature
    # check (no secret configured here: 503, not 413); 300 KiB does not.
    body = b'{"pad": "' + b"x" * (100 * 1024) + b'"}'
    r = await client.post("/api/payment/webhook", content=body)
    assert r.status_code != 413, r.text
    r = await client.post("/api/payment/webhook", content=body * 3)
    assert refused(r, 413)["error"]["limit_bytes"] == 256 * 1024


async def test_route_limits_come_from_settings(database_url: str) -> None:
    settings = make_settings(
        database_url,
        max_body_bytes=4096,
        max_body_bytes_by_route={"/api/auth/*": 200, "/api/auth/login": 300},
    )
    async with running_app(settings) as (_, client):
        login = {"phone": "+919800000009", "password": "x" * 100}
        r = await client.post("/api/auth/login", json=login)
        assert r.status_code == 401, r.text  # 150 bytes: within 300
        r = await client.post("/api/auth/login", json={**login, "password": "x" * 300})
        assert refused(r, 413)["error"]["limit_bytes"] == 300  # the exact path wins
        r = await client.post(
            "/api/auth/register",
            json={"name": "n" * 100, "phone": "+919800000009", "password": "p" * 100},
        )
        assert refused(r, 413)["error"]["limit_bytes"] == 200  # the glob
        r = await client.post("/api/negotiations", content=b"x" * 5000)
        assert refused(r, 413)["error"]["limit_bytes"] == 4096  # the default


@pytest.mark.parametrize(
    ("method", "path", "body", "headers"),
    [
        ("get", "/api/orders?limit=100000000000000000000", None, {}),
        ("get", f"/api/orders?before={TOO_BIG}", None, {}),
        ("get", "/api/orders?offset=99999999999", None, {}),
        ("get", f"/api/negotiations?before={TOO_BIG}", None, {}),
        ("get", "/api/negotiations/1/bids?before=2147483648", None, {}),
        ("get", "/api/negotiations/1?bids=-1", None, {}),
        ("get", "/api/me", None, {"Authorization": "Bearer é".encode()}),
        ("get", "/api/me", None, {"Authorization": b"Bearer \xff\xfe"}),
        ("post", "/api/ws-ticket", [], {}),
        ("post", "/api/ws-ticket", "null", {}),
        ("post", "/api/negotiations/1/accept", {"expected_seq": 2**31}, {}),
        ("post", "/api/negotiations/1/bids", {"amount_paise": TOO_BIG}, {}),
        ("post", "/api/negotiations/1/bids", {"amount_paise": 3000, "quantity": TOO_BIG}, {}),
    ],
)
async def test_hostile_requests(
    client: httpx.AsyncClient,
    market: dict[str, Any],
    method: str,
    path: str,
    body: object,
    headers: dict[str, Any],
) -> None:
    sent = {**Api.auth(market["c"]), **headers}
    r = await client.request(method, path, json=body, headers=sent)
    assert 400 <= r.status_code < 500, r.text
    refused(r, r.status_code)


def test_socket_path_ids_out_of_range(database_url: str) -> None:
    from starlette.testclient import TestClient
    from starlette.websockets import WebSocketDisconnect

    from server.app import create_app

    with TestClient(create_app(make_settings(database_url))) as http:
        for bad in (0, TOO_BIG, "abc"):
            with http.websocket_connect(f"/ws/negotiations/{bad}?ticket=x") as ws:
                assert json.loads(ws.receive_text())["code"] == "invalid_path"
                with pytest.raises(WebSocketDisconnect) as closed:
                    ws.receive_text()
            assert closed.value.code == 1008  # policy: refused before any query


# -- body encoding ------------------------------------------------------------------------

ENCODINGS = ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "latin-1"]


@pytest.mark.parametrize("encoding", ENCODINGS)
async def test_a_body_that_is_not_utf8_is_refused(
    api: Api, market: dict[str, Any], encoding: str
) -> None:
    """RFC 8259 JSON is UTF-8: UTF-16/32 (with a BOM or without) and Latin-1 are a 400 on
    every JSON route, with or without a JSON content type; nothing is created."""
    vendor, customer = market["vendor"]["token"], market["customer"]["token"]
    n = (await api.open(customer, market["product"]["id"]))["id"]
    product = {"names": {"en": "Ãlu"}, "unit": "kg", "list_price_paise": 3000, "stock": 5}
    routes = [
        ("/api/products", product, vendor),
        (f"/api/negotiations/{n}/bids", {"amount_paise": 3100}, customer),
        ("/api/ws-ticket", {"negotiation_id": n}, customer),
        (
            "/api/auth/register",
            {"role": "customer", "phone": "+919812345670", "password": "correct horse battery"},
            None,
        ),
    ]
    for path, body, token in routes:
        text = json.dumps(body, ensure_ascii=False).encode(encoding)
        if text == json.dumps(body, ensure_ascii=False).encode():
            continue  # Latin-1 of ASCII is UTF-8 already
        for content_type in ("application/json", "application/json; charset=utf-16", None):
            headers = api.auth(token) if token else {}
            if content_type:
                headers["content-type"] = content_type
            r = await api.client.post(path, content=text, headers=headers)
            assert refused(r, 400)["error"]["code"] == "body_not_utf8", (path, encoding)
    r = await api.client.get(f"/api/vendors/{market['vendor']['user']['id']}/products")
    assert all(p["names"].get("en") != "Ãlu" for p in r.json())


async def test_utf8_bodies_still_pass(api: Api, market: dict[str, Any]) -> None:
    vendor = market["vendor"]["token"]
    headers = {**api.auth(vendor), "content-type": "application/json"}
    for name, bom in (("आलू", b""), ("प्याज़", b"\xef\xbb\xbf")):  # a BOM may be ignored (RFC 8259)
        product = {"names": {"hi": name}, "unit": "kg", "list_price_paise": 3000, "stock": 5}
        text = bom + json.dumps(product, ensure_ascii=False).encode()
        r = await api.client.post("/api/products", content=text, headers=headers)
        assert r.status_code == 201, r.text
