"""After a restore from backup, what the backup lost stays lost: the ids of lost rows are
handed out again, and nothing issued for a lost row (a bearer token, a socket ticket)
may stand for the new row that reuses its id."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import create_engine, update

from models import Checkout, Order, Payment, WebhookEvent, WebhookStatus, utcnow
from server import app_metrics, sync_db
from server.domain import negotiation
from server.domain.context import Actor
from server.payments.reconcile import reconcile
from server.payments.sandbox import SandboxServer
from server.settings import Settings
from tests.conftest import Api, make_settings, running_app
from tests.integration.test_payment_support import (
    World,
    app_on_sandbox,
    payment_settings,
    running_sandbox,
)
from tests.restore import Backup, backup, restore


async def test_a_token_of_an_account_lost_by_a_restore_is_refused(database_url: str) -> None:
    settings = make_settings(database_url)
    async with running_app(settings) as (_, client):
        api = Api(client)
        await api.register("vendor", business_name="Kept")
        saved = backup(database_url)
        lost = await api.register("customer", name="Lost Shopper")
        lost_vendor = await api.register("vendor", business_name="Lost Stall")
    restore(saved)
    # The server starts again on the restored database (no cache survives a restart).
    async with running_app(settings) as (_, client):
        api = Api(client)
        taken = await api.register("customer", name="New Shopper")
        taken_vendor = await api.register("vendor", business_name="New Stall")
        assert taken["user"]["id"] == lost["user"]["id"]
        assert taken_vendor["user"]["id"] == lost_vendor["user"]["id"]
        for old, new in ((lost, taken), (lost_vendor, taken_vendor)):
            for path in ("/api/me", "/api/orders"):
                r = await api.get(old["token"], path)
                assert r.status_code == 401, (path, r.text)
            r = await client.post(
                "/api/ws-ticket", json={"negotiation_id": None}, headers=api.auth(old["token"])
            )
            assert r.status_code == 401, r.text
            # The new account's own token works.
            r = await api.get(new["token"], "/api/me")
            assert r.status_code == 200 and r.json()["name"] == new["user"]["name"], r.text


async def test_a_token_whose_account_is_gone_says_so(database_url: str) -> None:
    settings = make_settings(database_url)
    async with running_app(settings) as (_, client):
        api = Api(client)
        saved = backup(database_url)
        lost = await api.register("customer")
    restore(saved)
    async with running_app(settings) as (_, client):
        r = await Api(client).get(lost["token"], "/api/me")
        assert r.status_code == 401, r.text
        assert "no longer exists" in r.json()["error"]["message"]


@asynccontextmanager
async def payments_on(sandbox: SandboxServer, settings: Settings) -> AsyncIterator[World]:
    """The app on one database and one sandbox; a second one after a restore sees the
    same Razorpay (its orders, payments and refunds outlive our rows)."""
    async with app_on_sandbox(sandbox, settings) as world:
        yield world


async def test_a_new_order_reusing_a_lost_orders_id_never_takes_its_razorpay_order(
    database_url: str,
) -> None:
    async with running_sandbox() as sandbox:
        settings = payment_settings(database_url, sandbox.url, razorpay_timeout_seconds=0.5)
        async with payments_on(sandbox, settings) as world:
            m = await world.market()
            saved = backup(database_url)
            lost = await world.deal(m)
            paid = await world.checkout(m["c"], lost["id"])
            await world.pay(paid["razorpay_order_id"])
            await world.settle()
            assert (await world.status(m["c"], lost["id"]))["paid"] is True
            [late] = [
                e
                for e in await world.events("order.paid")
                if paid["razorpay_order_id"] in e["body"]
            ]
        restore(saved)
        async with payments_on(sandbox, settings) as world:
            again = await world.deal(m)
            assert (again["id"], again["total_paise"]) == (lost["id"], lost["total_paise"])
            # Razorpay makes the order, but its answer is late: the retry adopts what was
            # made for this checkout, never the lost order's paid one.
            await world.configure(latency={"POST /v1/orders": 2.0})
            r = await world.create(m["c"], again["id"])
            assert r.status_code == 503, r.text
            await world.configure(latency={})
            co = await world.checkout(m["c"], again["id"])
            assert co["razorpay_order_id"] != paid["razorpay_order_id"]
            assert co["status"] == "created"
            assert co["receipt"] != paid["receipt"]
            # The lost order's payment, delivered late, pays nothing of the new order.
            r = await world.webhook(late)
            assert r.status_code == 200, r.text
            await world.settle()
            status = await world.status(m["c"], again["id"])
            assert (status["paid"], status["order_status"]) == (False, "pending_payment")
            assert status["payments"] == []
            # Its own shopper pays it.
            await world.pay(co["razorpay_order_id"])
            await world.settle()
            assert (await world.status(m["c"], again["id"]))["paid"] is True
            await world.check_money_invariants()


@pytest.mark.parametrize("replayed_first", [False, True], ids=["retry", "webhooks-then-retry"])
async def test_a_refund_retried_after_a_restore_refunds_once_at_razorpay(
    database_url: str, replayed_first: bool
) -> None:
    """The vendor's retry of a refund the restore lost: Razorpay recognises it (the
    refund's own key is derived from the vendor's Idempotency-Key), whether or not the
    refund's webhooks, replayed after the restore, recorded it here first."""
    async with running_sandbox() as sandbox:
        settings = payment_settings(database_url, sandbox.url)
        async with payments_on(sandbox, settings) as world:
            m = await world.market()
            order = await world.deal(m)
            co = await world.checkout(m["c"], order["id"])
            answer = await world.pay(co["razorpay_order_id"])
            await world.settle()
            saved = backup(database_url)
            first = await world.refund(
                m["v"], order["id"], key="refund-after-the-backup", amount_paise=500
            )
            assert first.status_code == 201, first.text
            await world.settle()
        restore(saved)
        async with payments_on(sandbox, settings) as world:
            if replayed_first:
                lost_id = first.json()["razorpay_refund_id"]
                for event in await world.events():
                    if lost_id in event["body"]:
                        r = await world.webhook(event)
                        assert r.status_code == 200, r.text
            # The vendor, unsure whether it went through, sends the same request again.
            again = await world.refund(
                m["v"], order["id"], key="refund-after-the-backup", amount_paise=500
            )
            assert again.status_code == 201, again.text
            assert again.json()["razorpay_refund_id"] == first.json()["razorpay_refund_id"]
            made = [
                r
                for r in sandbox.state.refunds.values()
                if r["payment_id"] == answer["razorpay_payment_id"]
            ]
            assert [r["amount"] for r in made] == [500]
            # Another refund under another key is another refund.
            other = await world.refund(m["v"], order["id"], key="a-second-refund", amount_paise=500)
            assert other.status_code == 201, other.text
            assert other.json()["razorpay_refund_id"] != first.json()["razorpay_refund_id"]
            await world.settle()
            await world.check_money_invariants()


async def _paid_after_backup(
    sandbox: SandboxServer, settings: Settings, database_url: str
) -> tuple[datetime, Backup, dict[str, Any], dict[str, Any]]:
    """A backup taken, then an order made, checked out and paid (its webhooks taken):
    the backup's time, the backup, the order the restore will lose, the payment."""
    async with payments_on(sandbox, settings) as world:
        m = await world.market()
        saved_at = utcnow()
        saved = backup(database_url)
        lost = await world.deal(m)
        co = await world.checkout(m["c"], lost["id"])
        answer = await world.pay(co["razorpay_order_id"])
        await world.settle()
    return saved_at, saved, lost, answer


async def test_payments_for_orders_lost_by_a_restore_are_reported(database_url: str) -> None:
    """Razorpay's webhooks for a payment made after the backup, replayed to the restored
    server, find no order here: the money is reported (log, metric, reconciliation) for a
    person to refund or match, until it is refunded."""
    async with running_sandbox() as sandbox:
        settings = payment_settings(database_url, sandbox.url)
        _, saved, lost, answer = await _paid_after_backup(sandbox, settings, database_url)
        restore(saved)
        async with payments_on(sandbox, settings) as world:
            before = unmatched_count()
            for event in await world.events():
                r = await world.webhook(event)
                assert r.status_code == 200, r.text
            pay_id = answer["razorpay_payment_id"]
            stored = [e for e in await world.rows(WebhookEvent) if pay_id in e.raw_body]
            assert stored and all(e.status is WebhookStatus.IGNORED for e in stored)
            captured = [e for e in stored if e.event in ("payment.captured", "order.paid")]
            assert captured and all(pay_id in (e.error or "") for e in captured)
            assert unmatched_count() == before + len(captured)
            report = await reconcile(world.app.state.sessions, world.app.state.payments.gateway)
            assert report.unmatched_payments == [pay_id]
            [error] = report.errors
            assert pay_id in error and f"order {lost['id']}" in error and "₹70" in error
            # Refunded by hand (the dashboard): no longer reported.
            sandbox.state.refund(pay_id, {}, None)
            report = await reconcile(world.app.state.sessions, world.app.state.payments.gateway)
            assert (report.unmatched_payments, report.errors) == ([], [])


def unmatched_count() -> float:
    value = app_metrics.PAYMENTS_UNMATCHED._value.get()
    return float(value)


@pytest.mark.parametrize(
    ("age", "swept"),
    [(timedelta(0), False), (timedelta(days=10), False), (timedelta(days=10), True)],
    ids=["recent", "old", "old-and-released"],
)
async def test_payments_the_old_server_took_are_found_after_a_restore(
    database_url: str, age: timedelta, swept: bool
) -> None:
    """The backup holds orders awaiting payment with their Razorpay orders; the shopper
    paid after it, and the old server took the webhooks (Razorpay sends them no more).
    On the restored books, reconciliation asks Razorpay about the orders and records each
    payment once, however old the checkout: paid, credited once, the books balanced. An
    order released before it asked (its reservation lapsed) is found through Razorpay's
    list of payments since the backup, and its money goes back to the shopper."""
    async with running_sandbox() as sandbox:
        settings = payment_settings(database_url, sandbox.url)
        async with payments_on(sandbox, settings) as world:
            m = await world.market()
            order = await world.deal(m)
            co = await world.checkout(m["c"], order["id"])
            second = await world.deal(m)
            co_lapsed = await world.checkout(m["c"], second["id"])
            saved_at = utcnow()
            saved = backup(database_url)
            answer = await world.pay(co["razorpay_order_id"])
            late = await world.pay(co_lapsed["razorpay_order_id"])
            await world.settle()
            assert (await world.status(m["c"], order["id"]))["paid"] is True
        restore(saved)
        if age:
            past = utcnow() - age
            engine = create_engine(sync_db.sync_url(database_url))
            with engine.begin() as conn:
                conn.execute(update(Checkout.__table__).values(created_at=past, updated_at=past))
                conn.execute(update(Order.__table__).values(created_at=past))
            engine.dispose()
        async with payments_on(sandbox, settings) as world:
            assert (await world.status(m["c"], order["id"]))["paid"] is False
            gateway = world.app.state.payments.gateway
            if swept:
                async with world.app.state.sessions() as session, session.begin():
                    released = await negotiation.release_unpaid(
                        session, Actor.system(), now=utcnow() + timedelta(hours=1)
                    )
                assert sorted(released) == sorted([order["id"], second["id"]])
            report = await reconcile(world.app.state.sessions, gateway, payments_since=saved_at)
            assert report.errors == [] and report.unmatched_payments == [], report
            await world.settle()
            for deal, paid in ((order, answer), (second, late)):
                status = await world.status(m["c"], deal["id"])
                assert [p["razorpay_payment_id"] for p in status["payments"]] == [
                    paid["razorpay_payment_id"]
                ]
                if swept:  # the order had lapsed: the money goes back, the order stays so
                    assert status["paid"] is False
                    assert status["payments"][0]["allocation"] == "surplus"
                    assert status["surplus_refunded_paise"] == deal["total_paise"]
                else:
                    assert status["paid"] is True and deal["id"] in report.orders_paid
            # Again, and the late webhooks too: nothing is credited twice.
            again = await reconcile(world.app.state.sessions, gateway, payments_since=saved_at)
            assert again.payments_applied == 0 and again.orders_paid == [], again
            for event in await world.events():
                assert (await world.webhook(event)).status_code == 200
            await world.settle()
            assert len((await world.status(m["c"], order["id"]))["payments"]) == 1
            await world.check_money_invariants()


async def test_payments_of_orders_a_restore_lost_are_found_without_their_webhooks(
    database_url: str,
) -> None:
    """An order made and paid after the backup is gone from the restored books, and the
    old server took its webhooks: asked for Razorpay's payments since the backup,
    reconciliation reports the money (naming our order from its notes) for a person to
    refund, once, and credits nothing."""
    async with running_sandbox() as sandbox:
        settings = payment_settings(database_url, sandbox.url)
        saved_at, saved, lost, answer = await _paid_after_backup(sandbox, settings, database_url)
        restore(saved)
        async with payments_on(sandbox, settings) as world:
            gateway = world.app.state.payments.gateway
            before = unmatched_count()
            report = await reconcile(world.app.state.sessions, gateway, payments_since=saved_at)
            pay_id = answer["razorpay_payment_id"]
            assert report.payments_listed == 1
            assert report.unmatched_payments == [pay_id], report
            [error] = report.errors
            assert pay_id in error and f"our order {lost['id']}" in error and "₹70" in error
            assert unmatched_count() == before + 1
            assert report.payments_applied == 0 and report.orders_paid == []
            # Its webhooks, should they come again, add nothing: still one report.
            for event in await world.events():
                assert (await world.webhook(event)).status_code == 200
            again = await reconcile(world.app.state.sessions, gateway, payments_since=saved_at)
            assert again.unmatched_payments == [pay_id]
            assert await world.count(Payment) == 0
            await world.check_money_invariants()
