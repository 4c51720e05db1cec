"""A deal the payment gateway could never take (a total below its minimum, Razorpay's ₹1)
is refused as it is offered or accepted, on the API and on the live socket; and a deal
locked for payment whose checkout Razorpay refused is never stuck: it can be cancelled,
its stock given back."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import pytest

from models import AuditEntry, Checkout, Product
from tests.conftest import Api, make_settings
from tests.integration.test_payment_support import World, payment_world
from tests.live_helpers import LiveServer, live_server, open_browser, speaking, wait_for

TOFFEE = {
    "names": {"en": "Toffee", "hi": "टॉफ़ी"},
    "unit": "piece",
    "list_price_paise": 150,
    "floor_price_paise": 20,
}


async def test_an_offer_whose_total_is_under_one_rupee_is_refused(database_url: str) -> None:
    async with payment_world(database_url) as world:
        vendor = await world.api.register("vendor")
        customer = await world.api.register("customer")
        toffee = await world.api.product(vendor["token"], **TOFFEE)
        r = await world.client.post(
            "/api/negotiations",
            json={"product_id": toffee["id"], "quantity": 1, "amount_paise": 50},
            headers=world.api.auth(customer["token"]),
        )
        assert r.status_code == 422, r.text
        error = r.json()["error"]
        assert error["code"] == "total_too_small"
        assert "at least ₹1" in error["message"]
        assert error["detail"]["min_total_paise"] == 100
        # Three pieces at 33 paise make 99 paise: still too little; at 34 paise, ₹1.02.
        n = await world.api.open(customer["token"], toffee["id"], quantity=3)
        r = await world.api.bid(customer["token"], n["id"], amount_paise=33)
        assert r.status_code == 422 and r.json()["error"]["code"] == "total_too_small"
        r = await world.api.bid(customer["token"], n["id"], amount_paise=34)
        assert r.status_code == 201, r.text
        # The vendor's counter is held to the same minimum (one piece at 60 paise).
        n1 = await world.api.open(customer["token"], toffee["id"], quantity=1, amount_paise=120)
        r = await world.api.bid(vendor["token"], n1["id"], 60, confirm_below_floor=True)
        assert r.status_code == 422 and r.json()["error"]["code"] == "total_too_small"
        # An accept is checked where the order is made: the list price lowered under ₹1
        # after the offer makes the deal 80 paise, refused; nothing is reserved.
        r = await world.client.patch(
            f"/api/products/{toffee['id']}",
            json={"list_price_paise": 80},
            headers=world.api.auth(vendor["token"]),
        )
        assert r.status_code == 200, r.text
        r = await world.api.accept(vendor["token"], n1["id"])
        assert r.status_code == 422, r.text
        assert r.json()["error"]["code"] == "total_too_small"
        [product] = await world.rows(Product, Product.id == toffee["id"])
        assert product.stock == toffee["stock"]
        neg = (await world.api.get(customer["token"], f"/api/negotiations/{n1['id']}")).json()
        assert neg["status"] == "OPEN"


async def test_a_locked_deal_whose_checkout_razorpay_refused_can_be_cancelled(
    database_url: str,
) -> None:
    # A minimum set below the gateway's (a misconfiguration, or Razorpay raising its
    # own): the deal is made, Razorpay refuses its checkout.
    async with payment_world(database_url, payment_min_total_paise=1) as world:
        await _refused_then_cancelled(world)


async def test_a_deal_over_the_gateways_maximum_is_refused_at_checkout_with_a_reason(
    database_url: str,
) -> None:
    # Razorpay holds a maximum per account (the sandbox's `max_amount`): a deal over it
    # is made, its checkout refused with Razorpay's reason, and the deal stays cancellable.
    async with payment_world(database_url) as world:
        await world.configure(max_amount=10_000)
        vendor = await world.api.register("vendor")
        customer = await world.api.register("customer")
        rice = await world.api.product(
            vendor["token"],
            names={"en": "Basmati rice", "hi": "बासमती चावल"},
            unit="kg",
            list_price_paise=12_000,
            floor_price_paise=9_000,
        )
        n = await world.api.open(customer["token"], rice["id"], quantity=1, amount_paise=11_000)
        r = await world.api.accept(vendor["token"], n["id"])
        assert r.status_code == 200, r.text
        order = r.json()["order"]
        r = await world.create(customer["token"], order["id"])
        assert r.status_code == 502, r.text
        error = r.json()["error"]
        assert error["code"] == "gateway_rejected"
        assert "Amount exceeds maximum amount allowed" in error["message"]
        assert await world.count(Checkout, Checkout.order_id == order["id"]) == 0
        r = await world.client.post(
            f"/api/negotiations/{n['id']}/cancel", headers=world.api.auth(customer["token"])
        )
        assert r.status_code == 200 and r.json()["status"] == "CANCELLED", r.text
        [product] = await world.rows(Product, Product.id == rice["id"])
        assert product.stock == rice["stock"]


async def _refused_then_cancelled(world: World) -> None:
    vendor = await world.api.register("vendor")
    customer = await world.api.register("customer")
    toffee = await world.api.product(vendor["token"], **TOFFEE)
    n = await world.api.open(customer["token"], toffee["id"], quantity=1, amount_paise=50)
    r = await world.api.accept(vendor["token"], n["id"])
    assert r.status_code == 200, r.text
    order = r.json()["order"]
    assert order["total_paise"] == 50
    r = await world.create(customer["token"], order["id"])
    assert r.status_code == 502 and r.json()["error"]["code"] == "gateway_rejected"
    r = await world.client.post(
        f"/api/payment/link/{order['id']}", headers=world.api.auth(vendor["token"])
    )
    assert r.status_code == 502, r.text
    # Razorpay holds nothing for it: no checkout waits, each refusal is audited.
    assert await world.count(Checkout, Checkout.order_id == order["id"]) == 0
    refused = await world.rows(AuditEntry, AuditEntry.action == "checkout.refused")
    assert [a.detail["order_id"] for a in refused] == [order["id"]] * 2
    neg = (await world.api.get(customer["token"], f"/api/negotiations/{n['id']}")).json()
    assert neg["status"] == "LOCKED"
    [held] = await world.rows(Product, Product.id == toffee["id"])
    assert held.stock == toffee["stock"] - 1
    r = await world.client.post(
        f"/api/negotiations/{n['id']}/cancel", headers=world.api.auth(customer["token"])
    )
    assert r.status_code == 200, r.text
    assert r.json()["status"] == "CANCELLED"
    [product] = await world.rows(Product, Product.id == toffee["id"])
    assert product.stock == toffee["stock"]
    r = await world.api.get(customer["token"], f"/api/orders/{order['id']}")
    assert r.json()["status"] == "cancelled"
    trail = await world.audit("negotiation", n["id"])
    assert trail[-1] == ("negotiation.cancelled", "LOCKED", "CANCELLED")
    assert ("order.cancelled", "pending_payment", "cancelled") in await world.audit(
        "order", order["id"]
    )


async def test_a_locked_deal_with_a_checkout_made_still_cannot_be_cancelled(
    database_url: str,
) -> None:
    async with payment_world(database_url) as world:
        m = await world.market()
        order = await world.deal(m)
        await world.checkout(m["c"], order["id"])
        r = await world.client.post(
            f"/api/negotiations/{order['negotiation_id']}/cancel",
            headers=world.api.auth(m["c"]),
        )
        assert r.status_code == 409, r.text


@pytest.fixture
async def server(database_url: str) -> AsyncIterator[LiveServer]:
    async with live_server(make_settings(database_url), tts=speaking()) as s:
        yield s


async def test_the_socket_refuses_an_offer_under_one_rupee(server: LiveServer) -> None:
    api = Api(server.http)
    vendor = await api.register("vendor")
    customer = await api.register("customer")
    toffee: dict[str, Any] = await api.product(vendor["token"], **TOFFEE)
    n = (await api.open(customer["token"], toffee["id"], quantity=2))["id"]
    ws, got, task = await open_browser(server, n, customer["token"], language="hi")
    await ws.send(json.dumps({"type": "offer", "amount_paise": 45}))
    await wait_for(lambda: got.of("error"), what="the refusal")
    [error] = got.of("error")
    assert error["code"] == "total_too_small"
    assert error["detail"]["min_total_paise"] == 100
    await ws.send(json.dumps({"type": "offer", "amount_paise": 50}))  # ₹1 for two
    await wait_for(lambda: got.of("offer"), what="the offer of ₹1 in all")
    assert got.of("offer")[0]["amount_paise"] == 50
    task.cancel()
