"""Paying for a deal: checkout, verify, status, UPI links, the callback, rate limits, late
payments. The real `razorpay` SDK talks to the sandbox over loopback; every test runs on
SQLite and on PostgreSQL."""

from __future__ import annotations

import asyncio
import base64
from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from urllib.parse import parse_qs, urlsplit

import anyio.to_thread
import httpx
import pytest
import sqlalchemy as sa

from models import (
    Checkout,
    Payment,
    Product,
    Refund,
    ReservationStatus,
    StockReservation,
    User,
    utcnow,
)
from server.domain import negotiation
from server.domain.context import Actor
from server.payments.result_links import result_query
from server.payments.signatures import checkout_signature
from tests.conftest import TEST_SECRET_KEY, Api, make_settings, running_app
from tests.integration.test_payment_support import DELIVERY_WAIT, KEY_ID, World, payment_world


@pytest.fixture
async def world(database_url: str) -> AsyncIterator[World]:
    async with payment_world(database_url) as w:
        yield w


async def expire_reservations(world: World) -> list[int]:
    """The sweeper, an hour from now: holds lapse, orders expire, stock comes back."""
    async with world.app.state.sessions() as session, session.begin():
        return await negotiation.release_unpaid(
            session, Actor.system(), now=utcnow() + timedelta(hours=1)
        )


async def test_checkout_verify_completes_the_deal(world: World) -> None:
    m = await world.market()
    order = await world.deal(m)
    co = await world.checkout(m["c"], order["id"])
    assert co["key_id"] == KEY_ID
    assert co["amount"] == co["amount_paise"] == 7000
    assert co["currency"] == "INR"
    assert co["razorpay_order_id"].startswith("order_")
    # What Razorpay holds: our total in paise, receipt = our order id and a random part
    # (ids repeat after a restore from backup; receipts never do), notes with ids.
    rzp = world.sandbox.state.orders[co["razorpay_order_id"]]
    assert rzp["amount"] == 7000
    assert rzp["receipt"] == co["receipt"]
    stem, _, nonce = co["receipt"].partition("-")
    assert stem == str(order["id"]) and len(nonce) == 12
    assert rzp["notes"]["negotiation_id"] == str(order["negotiation_id"])
    assert rzp["notes"]["vendor_id"] == str(m["vendor"]["user"]["id"])
    # Payment started: the deal is locked and can no longer be cancelled.
    neg = (await world.api.get(m["c"], f"/api/negotiations/{order['negotiation_id']}")).json()
    assert neg["status"] == "LOCKED"
    r = await world.client.post(
        f"/api/negotiations/{order['negotiation_id']}/cancel", headers=world.api.auth(m["c"])
    )
    assert r.status_code == 409

    answer = await world.pay(co["razorpay_order_id"], drop=True)
    r = await world.verify(m["c"], answer)
    assert r.status_code == 200, r.text
    status = r.json()
    assert status["paid"] is True
    assert status["order_status"] == "paid"
    assert status["paid_paise"] == 7000
    [payment] = status["payments"]
    assert payment["razorpay_payment_id"] == answer["razorpay_payment_id"]
    assert payment["status"] == "captured"
    assert payment["allocation"] == "credited"

    neg = (await world.api.get(m["v"], f"/api/negotiations/{order['negotiation_id']}")).json()
    assert neg["status"] == "COMPLETED"
    [hold] = await world.rows(StockReservation)
    assert hold.status is ReservationStatus.CONSUMED
    [product] = await world.rows(Product)
    assert product.stock == 48  # reserved at acceptance, consumed (not returned) by payment
    [row] = await world.rows(Payment)
    assert await world.audit("payment", row.id) == [
        ("payment.captured", None, "captured"),
        ("payment.credited", "pending", "credited"),
    ]
    assert ("order.paid", "pending_payment", "paid") in await world.audit("order", order["id"])
    await world.check_money_invariants()

    # Verifying again is harmless.
    again = await world.verify(m["c"], answer)
    assert again.status_code == 200
    assert await world.count(Payment) == 1


async def test_create_twice_returns_the_same_razorpay_order(world: World) -> None:
    m = await world.market()
    order = await world.deal(m)
    first = await world.checkout(m["c"], order["id"])
    second = await world.checkout(m["c"], order["id"])
    assert second == first
    # Ten at once, for an order nobody started paying yet: still one Razorpay order.
    fresh = await world.deal(m)
    answers = await asyncio.gather(*(world.create(m["c"], fresh["id"]) for _ in range(10)))
    assert {a.status_code for a in answers} == {200}, [a.text for a in answers]
    assert len({a.json()["razorpay_order_id"] for a in answers}) == 1
    for o in (order, fresh):
        made = [
            x for x in world.sandbox.state.orders.values() if x["notes"]["order_id"] == str(o["id"])
        ]
        assert len(made) == 1
    assert await world.count(Checkout) == 2
    locks = await world.audit("negotiation", fresh["negotiation_id"])
    assert [a for a in locks if a[0] == "negotiation.locked"] == [
        ("negotiation.locked", "ACCEPTED", "LOCKED")
    ]


async def test_tampered_or_borrowed_signatures_are_refused(world: World) -> None:
    m = await world.market()
    order = await world.deal(m)
    co = await world.checkout(m["c"], order["id"])
    answer = await world.pay(co["razorpay_order_id"], drop=True)

    forged = {**answer, "razorpay_signature": "0" * 64}
    r = await world.verify(m["c"], forged)
    assert r.status_code == 400
    assert r.json()["error"]["code"] == "signature_invalid"

    # A signature that is genuine, but for another order: checked against *our* order id.
    other = await world.deal(m)
    co2 = await world.checkout(m["c"], other["id"])
    answer2 = await world.pay(co2["razorpay_order_id"], drop=True)
    swapped = {**answer2, "razorpay_order_id": co["razorpay_order_id"]}
    r = await world.verify(m["c"], swapped)
    assert r.status_code == 400
    # A signature made with the wrong secret.
    wrong = checkout_signature(co["razorpay_order_id"], answer["razorpay_payment_id"], "nope")
    r = await world.verify(m["c"], {**answer, "razorpay_signature": wrong})
    assert r.status_code == 400

    assert (await world.status(m["c"], order["id"]))["paid"] is False
    assert await world.count(Payment) == 0


async def test_a_failed_attempt_then_a_good_one(world: World) -> None:
    m = await world.market()
    order = await world.deal(m)
    co = await world.checkout(m["c"], order["id"])
    failed = await world.pay(co["razorpay_order_id"], "failure")
    assert failed["razorpay_signature"] is None
    await world.settle()
    status = await world.status(m["c"], order["id"])
    assert status["paid"] is False
    assert [(p["status"], p["allocation"]) for p in status["payments"]] == [("failed", "pending")]

    ok = await world.pay(co["razorpay_order_id"])
    await world.settle()
    status = await world.status(m["c"], order["id"])
    assert status["paid"] is True
    assert sorted(p["status"] for p in status["payments"]) == ["captured", "failed"]
    assert world.sandbox.state.orders[co["razorpay_order_id"]]["attempts"] == 2
    assert (await world.verify(m["c"], ok)).json()["paid_paise"] == 7000


async def test_only_the_parties_and_the_right_one(world: World) -> None:
    m = await world.market()
    order = await world.deal(m)
    stranger = await world.api.register("customer")
    other_vendor = await world.api.register("vendor", business_name="Other")

    r = await world.create(stranger["token"], order["id"])
    assert r.status_code == 403
    assert r.json()["error"]["code"] == "forbidden"
    assert (await world.create(m["v"], order["id"])).status_code == 403  # the seller can't pay
    r = await world.client.get(
        f"/api/payment/status/{order['id']}", headers=world.api.auth(stranger["token"])
    )
    assert r.status_code == 403
    r = await world.client.post(
        f"/api/payment/link/{order['id']}", headers=world.api.auth(stranger["token"])
    )
    assert r.status_code == 403

    co = await world.checkout(m["c"], order["id"])
    answer = await world.pay(co["razorpay_order_id"], drop=True)
    r = await world.verify(stranger["token"], answer)
    assert r.status_code == 403
    assert (await world.status(m["c"], order["id"]))["paid"] is False

    assert (await world.verify(m["c"], answer)).status_code == 200
    r = await world.refund(other_vendor["token"], order["id"])
    assert r.status_code == 403
    r = await world.refund(m["c"], order["id"])
    assert r.status_code == 403
    assert (await world.create(m["c"], 424242)).status_code == 404
    assert await world.count(Refund) == 0


async def test_no_payment_for_orders_that_are_done(world: World) -> None:
    m = await world.market()
    paid = await world.deal(m)
    co = await world.checkout(m["c"], paid["id"])
    await world.verify(m["c"], await world.pay(co["razorpay_order_id"], drop=True))
    r = await world.create(m["c"], paid["id"])
    assert r.status_code == 409
    assert r.json()["error"]["code"] == "already_paid"

    lapsed = await world.deal(m)
    assert await expire_reservations(world) == [lapsed["id"]]
    r = await world.create(m["c"], lapsed["id"])
    assert r.status_code == 409
    assert r.json()["error"]["code"] == "order_not_payable"
    assert "reservation expired" in r.json()["error"]["message"]


async def test_payment_link_with_qr_and_callback(world: World) -> None:
    m = await world.market()
    order = await world.deal(m)
    r = await world.client.post(f"/api/payment/link/{order['id']}", headers=world.api.auth(m["v"]))
    assert r.status_code == 200, r.text
    link = r.json()
    assert link["payment_link_id"].startswith("plink_")
    assert link["amount_paise"] == 7000
    assert link["short_url"] == f"{world.sandbox.url}/sandbox/pay/{link['payment_link_id']}"
    png = base64.b64decode(link["qr_png_base64"])
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    assert len(png) > 200
    rzp = world.sandbox.state.links[link["payment_link_id"]]
    assert rzp["upi_link"] is True
    assert rzp["reference_id"].startswith(f"{order['id']}-link-")
    assert rzp["callback_url"] == "http://vyapar.test/api/payment/callback"
    # Asking again (the buyer this time) returns the same link.
    again = await world.client.post(
        f"/api/payment/link/{order['id']}", headers=world.api.auth(m["c"])
    )
    assert again.json()["payment_link_id"] == link["payment_link_id"]

    # The shopper opens the link page and taps Pay; the page redirects to our callback.
    page = await world.rzp.get(f"/sandbox/pay/{link['payment_link_id']}")
    assert page.status_code == 200
    assert "₹70.00" in page.text
    assert 'value="success"' in page.text
    tapped = await world.rzp.post(
        f"/sandbox/pay/{link['payment_link_id']}",
        content="outcome=success",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert tapped.status_code == 303
    callback = tapped.headers["location"]
    assert callback.startswith("http://vyapar.test/api/payment/callback?")
    r = await world.client.get(callback)
    assert r.status_code == 303
    # The result page speaks the shopper's language (Hindi, their account's).
    signed = result_query("paid", (TEST_SECRET_KEY,), order_id=order["id"], lang="hi")
    assert r.headers["location"] == f"/payment/result?{signed}"
    assert "भुगतान मिल गया" in (await world.client.get(r.headers["location"])).text
    status = await world.status(m["v"], order["id"])
    assert status["paid"] is True
    assert status["payment_link"]["status"] == "paid"

    # A tampered callback is not believed.
    query = parse_qs(urlsplit(callback).query)
    query["razorpay_payment_link_status"] = ["paid"]
    query["razorpay_payment_id"] = ["pay_FORGED00000000"]
    forged = "&".join(f"{k}={v[0]}" for k, v in query.items())
    r = await world.client.get(f"/api/payment/callback?{forged}")
    assert r.status_code == 303
    assert r.headers["location"] == "/payment/result?status=invalid"
    await world.check_money_invariants()


async def test_five_payment_attempts_per_five_minutes(database_url: str) -> None:
    async with payment_world(database_url, payment_rate_limit="5/5 minutes") as world:
        m = await world.market()
        # Five checkouts opened (asking again for one is no attempt: see below).
        for _ in range(5):
            order = await world.deal(m)
            assert (await world.create(m["c"], order["id"])).status_code == 200
        order = await world.deal(m)
        r = await world.create(m["c"], order["id"])
        assert r.status_code == 429
        assert r.json()["error"]["code"] == "rate_limited"
        # The sliding window weighs the last window's five attempts until one more fits:
        # at most what is left of this window (≤ 300 s) plus a fifth of the next (60 s).
        assert 1 <= int(r.headers["Retry-After"]) <= 300 + 60
        # Links count as attempts too; another shopper is not held back.
        r = await world.client.post(
            f"/api/payment/link/{order['id']}", headers=world.api.auth(m["c"])
        )
        assert r.status_code == 429
        other = await world.api.register("customer")
        neg = await world.api.open(other["token"], m["product"]["id"], amount_paise=3600)
        order2 = (await world.api.accept(m["v"], neg["id"])).json()["order"]
        assert (await world.create(other["token"], order2["id"])).status_code == 200


async def test_a_busy_stall_makes_a_link_for_every_sale(database_url: str) -> None:
    # The seller's links count per order, not per seller: eight sales in a minute, eight
    # links (the buyer's limit, five in five minutes, would have refused the sixth).
    async with payment_world(database_url, payment_rate_limit="5/5 minutes") as world:
        m = await world.market()
        orders = []
        for _ in range(8):
            shopper = await world.api.register("customer")
            neg = await world.api.open(shopper["token"], m["product"]["id"], amount_paise=3500)
            r = await world.api.accept(m["v"], neg["id"])
            assert r.status_code == 200, r.text
            orders.append(r.json()["order"])
        for order in orders:
            r = await world.client.post(
                f"/api/payment/link/{order['id']}", headers=world.api.auth(m["v"])
            )
            assert r.status_code == 200, r.text
            assert r.json()["short_url"]
        # One order's link is still bounded: asked five times more, the sixth waits.
        first = orders[0]["id"]
        codes = [
            (
                await world.client.post(
                    f"/api/payment/link/{first}", headers=world.api.auth(m["v"])
                )
            ).status_code
            for _ in range(5)
        ]
        assert codes == [200, 200, 200, 200, 429]


async def console_pay_by(world: World, vendor: str, order_id: int) -> str | None:
    """The payment deadline the vendor console's order list gives for one order."""
    r = await world.client.get("/api/console/orders", headers=world.api.auth(vendor))
    assert r.status_code == 200, r.text
    [item] = [o for o in r.json() if o["order"]["id"] == order_id]
    deadline: str | None = item["payment"]["pay_by"]
    return deadline


async def test_the_shopper_is_told_when_the_reservation_lapses(world: World) -> None:
    """The payment status of an order waiting to be paid says until when its stock is
    held (`pay_by`); once the order is paid or has expired, it says none."""
    m = await world.market()
    order = await world.deal(m)
    before = utcnow()
    status = await world.status(m["c"], order["id"])
    ttl = world.app.state.settings.reservation_ttl_seconds
    pay_by = datetime.fromisoformat(status["pay_by"])
    assert pay_by.tzinfo is not None
    assert before + timedelta(seconds=ttl - 60) < pay_by <= before + timedelta(seconds=ttl)
    assert (await world.status(m["v"], order["id"]))["pay_by"] == status["pay_by"]
    assert await console_pay_by(world, m["v"], order["id"]) == status["pay_by"]
    assert await expire_reservations(world) == [order["id"]]
    assert (await world.status(m["c"], order["id"]))["pay_by"] is None
    assert await console_pay_by(world, m["v"], order["id"]) is None

    paid = await world.deal(m)
    co = await world.checkout(m["c"], paid["id"])
    r = await world.verify(m["c"], await world.pay(co["razorpay_order_id"], drop=True))
    assert r.json()["paid"] is True
    assert (await world.status(m["c"], paid["id"]))["pay_by"] is None
    assert await console_pay_by(world, m["v"], paid["id"]) is None


async def test_a_late_payment_on_its_way_back_is_counted_as_pending(world: World) -> None:
    """Money a late payment took, whose refund Razorpay has not yet processed, is
    `surplus_refunds_pending_paise` (the shopper's page says it is being refunded)."""
    m = await world.market()
    order = await world.deal(m)
    co = await world.checkout(m["c"], order["id"])
    assert await expire_reservations(world) == [order["id"]]
    await world.configure(webhooks={"drop": True})
    r = await world.verify(m["c"], await world.pay(co["razorpay_order_id"], drop=True))
    await world.settle()
    status = await world.status(m["c"], order["id"])
    assert status["order_status"] == "expired", r.text
    assert status["paid"] is False
    assert status["pay_by"] is None
    assert status["refunded_paise"] == status["refunds_pending_paise"] == 0
    [refund] = status["refunds"]
    assert refund["status"] in ("requested", "pending"), refund
    assert status["surplus_refunds_pending_paise"] == 7000
    assert status["surplus_refunded_paise"] == 0


async def test_late_payment_after_the_reservation_lapsed_is_refunded(world: World) -> None:
    m = await world.market()
    order = await world.deal(m)
    co = await world.checkout(m["c"], order["id"])
    assert await expire_reservations(world) == [order["id"]]
    [product] = await world.rows(Product)
    assert product.stock == 50  # the stock went back on the shelf

    await world.pay(co["razorpay_order_id"])  # the shopper's bank was slow
    await world.settle()

    status = await world.status(m["c"], order["id"])
    assert status["order_status"] == "expired"
    assert status["paid"] is False
    [payment] = status["payments"]
    assert payment["status"] == "refunded"
    assert payment["allocation"] == "surplus"
    [refund] = status["refunds"]
    assert refund["kind"] == "automatic"
    assert refund["status"] == "processed"
    assert refund["amount_paise"] == 7000
    assert "reservation was released" in refund["reason"]
    # The money never paid the order: it is a surplus refund, not a refund of the order.
    assert status["refunded_paise"] == 0
    assert status["surplus_refunded_paise"] == 7000
    rzp_payment = world.sandbox.state.payments[payment["razorpay_payment_id"]]
    assert rzp_payment["status"] == "refunded"
    assert rzp_payment["amount_refunded"] == 7000
    [row] = await world.rows(Payment)
    assert ("payment.surplus", "pending", "surplus") in await world.audit("payment", row.id)
    neg = (await world.api.get(m["c"], f"/api/negotiations/{order['negotiation_id']}")).json()
    assert neg["status"] == "EXPIRED"
    [product] = await world.rows(Product)
    assert product.stock == 50
    await world.check_money_invariants()


async def test_money_for_a_stall_closed_after_checkout_goes_back(world: World) -> None:
    """The vendor was deactivated after the shopper's checkout opened: nobody will hand
    over the goods or can refund them, so the payment does not pay the order; it is a
    surplus, refunded automatically, and the shopper is told so."""
    m = await world.market()
    order = await world.deal(m)
    co = await world.checkout(m["c"], order["id"])
    async with world.app.state.sessions() as session, session.begin():
        await session.execute(
            sa.update(User).where(User.id == m["vendor"]["user"]["id"]).values(is_active=False)
        )
    answer = await world.pay(co["razorpay_order_id"])
    await world.settle()
    # The checkout's answer, as the shopper page sends it on: the order still waits, and
    # the answer says until when, as the status does.
    verified = await world.verify(m["c"], answer)
    assert verified.status_code == 200, verified.text
    assert verified.json()["order_status"] == "pending_payment"

    status = await world.status(m["c"], order["id"])
    assert status["paid"] is False and status["order_status"] == "pending_payment"
    assert status["pay_by"] is not None
    assert verified.json()["pay_by"] == status["pay_by"]
    [payment] = status["payments"]
    assert (payment["allocation"], payment["status"]) == ("surplus", "refunded")
    [refund] = status["refunds"]
    assert (refund["kind"], refund["status"]) == ("automatic", "processed")
    assert "stopped trading" in refund["reason"]
    assert status["surplus_refunded_paise"] == 7000 and status["refunded_paise"] == 0
    [row] = await world.rows(Payment)
    audit = await world.audit("payment", row.id)
    assert ("payment.surplus", "pending", "surplus") in audit
    rzp_payment = world.sandbox.state.payments[payment["razorpay_payment_id"]]
    assert rzp_payment["amount_refunded"] == 7000
    await world.check_money_invariants()


async def test_a_shopper_cancels_a_checkout_of_a_stall_closed_since(world: World) -> None:
    """The vendor was deactivated while the shopper's checkout was open: the order can no
    longer be paid (410 `stall_closed`), so the shopper may cancel the locked deal rather
    than hold it until the reservation lapses; a payment that still comes goes back."""
    m = await world.market()
    order = await world.deal(m)
    co = await world.checkout(m["c"], order["id"])
    async with world.app.state.sessions() as session, session.begin():
        await session.execute(
            sa.update(User).where(User.id == m["vendor"]["user"]["id"]).values(is_active=False)
        )
    again = await world.client.post(
        "/api/payment/create", json={"order_id": order["id"]}, headers=world.api.auth(m["c"])
    )
    assert again.status_code == 410 and again.json()["error"]["code"] == "stall_closed"

    r = await world.client.post(
        f"/api/negotiations/{order['negotiation_id']}/cancel",
        json={},
        headers=world.api.auth(m["c"]),
    )
    assert r.status_code == 200, r.text
    assert r.json()["status"] == "CANCELLED"
    [product] = await world.rows(Product)
    assert product.stock == 50

    await world.pay(co["razorpay_order_id"])
    await world.settle()
    status = await world.status(m["c"], order["id"])
    assert status["order_status"] == "cancelled" and status["paid"] is False
    [payment] = status["payments"]
    assert (payment["allocation"], payment["status"]) == ("surplus", "refunded")
    await world.check_money_invariants()


async def test_paying_twice_credits_once_and_refunds_the_other(world: World) -> None:
    m = await world.market()
    order = await world.deal(m)
    co = await world.checkout(m["c"], order["id"])
    link = (
        await world.client.post(f"/api/payment/link/{order['id']}", headers=world.api.auth(m["v"]))
    ).json()
    await world.pay(co["razorpay_order_id"])
    r = await world.rzp.post(
        f"/sandbox/payment_links/{link['payment_link_id']}/pay", json={"outcome": "success"}
    )
    assert r.status_code == 200
    await world.settle()
    status = await world.status(m["c"], order["id"])
    assert status["paid"] is True
    assert status["paid_paise"] == 7000
    allocations = sorted(p["allocation"] for p in status["payments"])
    assert allocations == ["credited", "surplus"]
    [refund] = status["refunds"]
    assert refund["kind"] == "automatic"
    assert refund["status"] == "processed"
    assert "already paid" in refund["reason"]
    await world.check_money_invariants()


async def test_gateway_timeout_then_the_same_order_is_adopted(database_url: str) -> None:
    """Razorpay created the order but its answer never reached us: the next attempt finds
    it by receipt instead of creating a second one."""
    async with payment_world(database_url, razorpay_timeout_seconds=0.5) as world:
        m = await world.market()
        order = await world.deal(m)
        await world.configure(latency={"POST /v1/orders": 2.0})
        r = await world.create(m["c"], order["id"])
        assert r.status_code == 503
        assert r.json()["error"]["code"] == "gateway_unavailable"
        assert int(r.headers["retry-after"]) >= 1  # every 503 says when to come back
        assert r.json()["error"]["retry_after"] == int(r.headers["retry-after"])
        [checkout] = await world.rows(Checkout)
        assert checkout.status.value == "creating"
        assert checkout.lease_until is None  # released: the retry need not wait
        await world.configure(latency={})
        co = await world.checkout(m["c"], order["id"])
        made = [o for o in world.sandbox.state.orders.values() if o["receipt"] == co["receipt"]]
        assert [o["id"] for o in made] == [co["razorpay_order_id"]]
        assert len(world.sandbox.state.orders) == 1


async def test_without_keys_the_server_runs_its_own_sandbox(database_url: str) -> None:
    """The embedded default: no Razorpay keys, so the lifespan starts the sandbox on
    loopback with generated test keys, and its webhooks come straight back in."""
    async with running_app(make_settings(database_url)) as (app, client):
        runtime = app.state.payments
        assert runtime.sandbox is not None
        assert runtime.gateway.key_id.startswith("rzp_test_")
        assert runtime.gateway.config.base_url == runtime.sandbox.url
        assert runtime.sandbox.url.startswith("http://127.0.0.1:")
        api = Api(client)
        vendor = await api.register("vendor", business_name="Embedded")
        customer = await api.register("customer")
        product = await api.product(vendor["token"])
        neg = await api.open(customer["token"], product["id"], amount_paise=3900)
        order = (await api.accept(vendor["token"], neg["id"])).json()["order"]
        r = await client.post(
            "/api/payment/create",
            json={"order_id": order["id"]},
            headers=api.auth(customer["token"]),
        )
        assert r.status_code == 200, r.text
        co = r.json()
        assert (
            co["checkout_url"]
            == f"{runtime.sandbox.url}/sandbox/checkout/{co['razorpay_order_id']}"
        )
        async with httpx.AsyncClient() as browser:
            page = await browser.get(co["checkout_url"])
            assert "₹39.00" in page.text
            paid = await browser.post(
                co["checkout_url"],
                content="outcome=success",
                headers={"Content-Type": "application/x-www-form-urlencoded"},
            )
            assert "Payment successful" in paid.text

        async def is_paid() -> None:
            got = await api.get(customer["token"], f"/api/payment/status/{order['id']}")
            assert got.json()["paid"] is True

        deadline = asyncio.get_running_loop().time() + 10
        while True:
            try:
                await is_paid()
                break
            except AssertionError:
                if asyncio.get_running_loop().time() > deadline:
                    raise
                await asyncio.sleep(0.05)
        await anyio.to_thread.run_sync(runtime.sandbox.drain, DELIVERY_WAIT)
    assert runtime.sandbox.url  # stopped with the app


async def test_production_refuses_to_start_without_keys(database_url: str) -> None:
    settings = make_settings(
        database_url, env="production", secret_key="a-real-production-secret-" + "z" * 40
    )
    with pytest.raises(RuntimeError, match="VYAPAR_RAZORPAY_KEY_ID"):
        async with running_app(settings):
            pass


async def test_webhooks_without_a_secret_are_refused_loudly(database_url: str) -> None:
    async with payment_world(database_url, deliver=False, razorpay_webhook_secret=None) as world:
        m = await world.market()
        order = await world.deal(m)
        co = await world.checkout(m["c"], order["id"])
        await world.pay(co["razorpay_order_id"])
        [event, *_] = await world.events()
        r = await world.webhook(event)
        assert r.status_code == 503
        assert r.json()["error"]["code"] == "payments_not_configured"


async def test_a_link_learns_one_order_id_and_never_another_checkouts(world: World) -> None:
    """A payment whose Razorpay order is another checkout's (or not an id at all) is not
    this link's: the callback refuses it, the webhook ignores it, reconcile skips it."""
    from server.domain.payments.checkout_answers import attach_link_order

    m = await world.market()
    first, second = await world.deal(m), await world.deal(m)
    for order in (first, second):
        r = await world.client.post(
            f"/api/payment/link/{order['id']}", headers=world.api.auth(m["v"])
        )
        assert r.status_code == 200, r.text
    a, b = sorted(await world.rows(Checkout), key=lambda c: c.id)
    async with world.app.state.sessions() as session, session.begin():
        a = await session.get(Checkout, a.id)
        b = await session.get(Checkout, b.id)
        b.razorpay_order_id = None  # as Razorpay has it before the link is paid
        await session.flush()
        shared = a.razorpay_order_id or "order_Shared0001"
        assert await attach_link_order(session, b, "order_\u0000x") is False
        assert await attach_link_order(session, b, "order_" + "A" * 300) is False
        assert await attach_link_order(session, a, shared) is True
        assert await attach_link_order(session, a, shared) is True  # again
        assert await attach_link_order(session, a, "order_Other00001") is False
        assert await attach_link_order(session, b, shared) is False  # a's
        assert b.razorpay_order_id is None
        assert await attach_link_order(session, b, "order_Fresh00001") is True


async def test_asking_again_for_the_same_checkout_never_locks_the_shopper_out(
    database_url: str,
) -> None:
    """A pay page that failed is tapped again, and again: each repeat answers the checkout
    already made (no Razorpay call), so only opening one counts against the payments
    limit; repeats count as any other request (the general limit)."""
    async with payment_world(database_url, payment_rate_limit="3/5 minutes") as world:
        m = await world.market()
        order = await world.deal(m)
        first = await world.checkout(m["c"], order["id"])
        for _ in range(8):
            again = await world.create(m["c"], order["id"])
            assert again.status_code == 200, again.text
            assert again.json() == first
        # Opening new checkouts still counts: two more fit in the limit, a third does not.
        for _ in range(2):
            await world.checkout(m["c"], (await world.deal(m))["id"])
        r = await world.create(m["c"], (await world.deal(m))["id"])
        assert r.status_code == 429, r.text
        assert r.json()["error"]["code"] == "rate_limited"
        # The first order's checkout is still given at once.
        assert (await world.checkout(m["c"], order["id"])) == first
        # Another shopper's order is no repeat of theirs.
        other = await world.api.register("customer")
        r = await world.create(other["token"], order["id"])
        assert r.status_code == 403, r.text
