"""The payment's lean paths (`server/api/fastpay.py`): the checkout, the webhook and the
order a shopper polls are answered as the routes would, and anything out of the ordinary
is handed to the app, whose answers stay the routes' own. Every test runs on SQLite and
on PostgreSQL."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

import pytest

from models import WebhookEvent
from server.api.payment_schemas import CheckoutOut, WebhookOut
from server.api.schemas import OrderOut
from server.payments.signatures import webhook_signature
from tests.integration.test_payment_support import WEBHOOK_SECRET, World, payment_world


@pytest.fixture
async def world(database_url: str) -> AsyncIterator[World]:
    async with payment_world(database_url) as w:
        yield w


def served(world: World) -> int:
    count: int = world.app.state.lean_payments.served
    return count


async def test_a_payment_is_answered_by_the_lean_paths(world: World) -> None:
    m = await world.market()
    order = await world.deal(m)
    before = served(world)
    co = await world.checkout(m["c"], order["id"])
    assert served(world) == before + 1
    out = CheckoutOut.model_validate(co)
    assert out.order_id == order["id"] and out.amount_paise == order["total_paise"]
    assert out.status == "created" and out.razorpay_order_id.startswith("order_")
    # Asked again: the same Razorpay order.
    assert (await world.checkout(m["c"], order["id"]))["razorpay_order_id"] == co[
        "razorpay_order_id"
    ]

    # The webhook, delivered by hand byte for byte, is applied once and counted once.
    await world.pay(co["razorpay_order_id"], drop=True)
    [event] = await world.events("order.paid")
    n = served(world)
    r = await world.webhook(event)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"] == "application/json"
    assert WebhookOut.model_validate_json(r.content).status == "processed"
    r = await world.webhook(event)
    assert r.status_code == 200 and r.json() == {"status": "duplicate", "event_id": event["id"]}
    assert served(world) == n + 2

    # The order the shopper polls: paid, as the read model has it.
    r = await world.client.get(f"/api/orders/{order['id']}", headers=world.api.auth(m["c"]))
    assert r.status_code == 200 and served(world) == n + 3
    shown = OrderOut.model_validate_json(r.content)
    assert shown.status.value == "paid" and shown.id == order["id"]
    assert {k: v for k, v in r.json().items() if k not in ("status", "paid_at", "updated_at")} == {
        k: v for k, v in order.items() if k not in ("status", "paid_at", "updated_at")
    }
    assert (await world.status(m["c"], order["id"]))["paid"] is True


async def test_their_refusals_are_the_routes_own(world: World) -> None:
    m = await world.market()
    order = await world.deal(m)
    stranger = await world.api.register("customer")
    before = served(world)
    # Domain refusals raised inside the lean paths, answered by the app's handlers.
    r = await world.create(stranger["token"], order["id"])
    assert r.status_code == 403 and r.json()["error"]["code"] == "forbidden"
    r = await world.create(m["c"], 424242)
    assert r.status_code == 404 and r.json()["error"]["code"] == "not_found"
    r = await world.client.get(
        f"/api/orders/{order['id']}", headers=world.api.auth(stranger["token"])
    )
    assert r.status_code == 403 and r.json()["error"]["code"] == "forbidden"
    r = await world.client.get("/api/orders/424242", headers=world.api.auth(m["c"]))
    assert r.status_code == 404
    r = await world.client.get(f"/api/orders/{order['id']}", headers=world.api.auth("no-token"))
    assert r.status_code == 401 and r.json()["error"]["code"] == "unauthorized"
    # A webhook whose signature does not match, or whose body is not JSON.
    body = json.dumps({"event": "order.paid", "payload": {}}).encode()
    r = await world.client.post(
        "/api/payment/webhook", content=body, headers={"X-Razorpay-Signature": "0" * 64}
    )
    assert r.status_code == 400
    junk = b"not json"
    r = await world.client.post(
        "/api/payment/webhook",
        content=junk,
        headers={"X-Razorpay-Signature": webhook_signature(junk, WEBHOOK_SECRET)},
    )
    assert r.status_code == 400 and r.json()["error"]["code"] == "webhook_body_invalid"
    # An event id that is not UTF-8 text: refused, nothing kept.
    r = await world.client.post(
        "/api/payment/webhook",
        content=body,
        headers=[
            (b"X-Razorpay-Signature", webhook_signature(body, WEBHOOK_SECRET).encode()),
            (b"X-Razorpay-Event-Id", b"evt_\xff"),
        ],
    )
    assert r.status_code == 400 and r.json()["error"]["code"] == "event_id_invalid"
    assert await world.count(WebhookEvent) == 0
    assert served(world) == before + 8


async def test_what_is_out_of_the_ordinary_goes_to_the_app(world: World) -> None:
    m = await world.market()
    order = await world.deal(m)
    before = served(world)
    auth = world.api.auth(m["c"])
    r = await world.client.post("/api/payment/create", json={"order_id": order["id"]})
    assert r.status_code == 401 and r.json()["error"]["code"] == "unauthorized"
    r = await world.client.post("/api/payment/create", json={"order_id": "1"}, headers=auth)
    assert r.status_code == 422 and r.json()["error"]["code"] == "validation_error"
    r = await world.client.post(
        "/api/payment/create", json={"order_id": order["id"], "x": 1}, headers=auth
    )
    assert r.status_code == 422
    r = await world.client.post(
        "/api/payment/create",
        content=json.dumps({"order_id": order["id"]}).encode(),
        headers={**auth, "Content-Type": "text/plain"},
    )
    assert r.status_code == 415 and r.json()["error"]["code"] == "unsupported_media_type"
    r = await world.client.get(f"/api/orders/{order['id']}")
    assert r.status_code == 401
    r = await world.client.get(f"/api/orders/0{order['id']}", headers=auth)
    assert r.status_code == 422  # not plain digits
    r = await world.client.get("/api/orders/99999999999999999999", headers=auth)
    assert r.status_code == 422  # beyond any id
    assert served(world) == before
    # A body streamed in two chunks reaches the lean path whole (the body limit reads it
    # in first) and is answered as any other.

    async def chunks() -> AsyncIterator[bytes]:
        yield b'{"order_id": '
        yield str(order["id"]).encode() + b"}"

    r = await world.client.post(
        "/api/payment/create",
        content=chunks(),
        headers={**auth, "Content-Type": "application/json"},
    )
    assert r.status_code == 200, r.text
    assert r.json()["order_id"] == order["id"] and served(world) == before + 1
