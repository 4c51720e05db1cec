"""A refund whose Razorpay call was cut off by a hang is sent again shortly, in the
background, with the same idempotency key: it reaches `processed` soon after Razorpay
recovers, not at the next reconciliation (five minutes later), and Razorpay makes one
refund, not two. The hang is the sandbox's own: an answer held back longer than the
gateway's timeout (its `latency` control), with webhooks dropped, so nothing but the
follow-up can tell the server what happened."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable

from models import Payment, Refund, RefundStatus
from server.payments.reconcile import reconcile
from tests.integration.test_payment_refunds import paid_order, sandbox_refunds
from tests.integration.test_payment_support import World, payment_world

HANG = {"POST /v1/payments/{id}/refund": 3.0}
TIMEOUT = 0.5
"""The gateway's timeout here: a refund answer later than this is cut off."""


async def refund_status(world: World) -> RefundStatus:
    [refund] = await world.rows(Refund)
    status: RefundStatus = refund.status
    return status


async def test_a_refund_cut_off_by_a_hang_is_completed_by_its_follow_up(
    database_url: str,
) -> None:
    async with payment_world(
        database_url,
        razorpay_timeout_seconds=TIMEOUT,
        refund_follow_up_seconds=0.3,
        refund_follow_up_attempts=5,
        razorpay_reconcile_interval_seconds=0,
    ) as world:
        m, order = await paid_order(world)
        await world.configure(latency=HANG, webhooks={"drop": True})
        r = await world.refund(m["v"], order["id"], amount_paise=3000, key="follow-up-0001")
        assert r.status_code == 202, r.text
        assert r.json()["status"] == "requested"
        [payment] = await world.rows(Payment)
        assert len(sandbox_refunds(world, payment.razorpay_payment_id)) == 1  # it was made

        # Still hung: the first follow-up (at 0.3 s) is cut off too; nothing changes.
        await asyncio.sleep(1.0)
        assert await refund_status(world) is RefundStatus.REQUESTED
        assert world.app.state.payments.following_up == {r.json()["id"]}

        # Razorpay recovers: the next follow-up (0.6 s later) gets the answer.
        await world.configure(latency={})
        recovered = time.monotonic()
        while await refund_status(world) is RefundStatus.REQUESTED:
            assert time.monotonic() - recovered < 10, "the follow-up did not complete it"
            await asyncio.sleep(0.05)
        assert await refund_status(world) is RefundStatus.PROCESSED
        [refund] = await world.rows(Refund)
        [made] = sandbox_refunds(world, payment.razorpay_payment_id)  # still one
        assert refund.razorpay_refund_id == made["id"]
        await world.eventually(_no_follow_up_left(world))
        # The seller sees it done; a retry with the same key replays it.
        again = await world.refund(m["v"], order["id"], amount_paise=3000, key="follow-up-0001")
        assert again.status_code == 201 and again.json()["status"] == "processed"
        assert again.headers["idempotent-replayed"] == "true"
        await world.check_money_invariants()


def _no_follow_up_left(world: World) -> Callable[[], Awaitable[None]]:
    async def check() -> None:
        assert not world.app.state.payments.following_up

    return check


async def test_follow_ups_are_bounded_and_leave_the_rest_to_reconciliation(
    database_url: str,
) -> None:
    async with payment_world(
        database_url,
        razorpay_timeout_seconds=TIMEOUT,
        refund_follow_up_seconds=0.2,
        refund_follow_up_attempts=2,
        razorpay_reconcile_interval_seconds=0,
    ) as world:
        m, order = await paid_order(world)
        await world.configure(latency=HANG, webhooks={"drop": True})
        r = await world.refund(m["v"], order["id"], amount_paise=3000)
        assert r.status_code == 202, r.text
        # Two tries (0.2 s and 0.4 s later, each cut off after 0.5 s), then it gives up.
        await world.eventually(_no_follow_up_left(world), timeout=10)
        assert await refund_status(world) is RefundStatus.REQUESTED
        [payment] = await world.rows(Payment)
        assert len(sandbox_refunds(world, payment.razorpay_payment_id)) == 1
        # Reconciliation still finishes it, with the same single refund at Razorpay.
        await world.configure(latency={})
        report = await reconcile(world.app.state.sessions, world.app.state.payments.gateway)
        assert report.refunds_sent == 1
        assert await refund_status(world) is RefundStatus.PROCESSED
        assert len(sandbox_refunds(world, payment.razorpay_payment_id)) == 1
        await world.check_money_invariants()


async def test_an_automatic_refund_cut_off_by_a_hang_is_followed_up(database_url: str) -> None:
    """A second payment of a paid order is refunded automatically, in the background
    after the webhook is answered; when that call is cut off, the follow-up finishes it."""
    async with payment_world(
        database_url,
        razorpay_timeout_seconds=TIMEOUT,
        refund_follow_up_seconds=0.3,
        refund_follow_up_attempts=5,
        razorpay_reconcile_interval_seconds=0,
    ) as world:
        m = await world.market()
        order = await world.deal(m)
        co = await world.checkout(m["c"], order["id"])
        link = (
            await world.client.post(
                f"/api/payment/link/{order['id']}", headers=world.api.auth(m["v"])
            )
        ).json()
        r = await world.verify(m["c"], await world.pay(co["razorpay_order_id"], drop=True))
        assert r.json()["paid"] is True
        await world.configure(latency=HANG, webhooks={"drop": True})
        r = await world.rzp.post(
            f"/sandbox/payment_links/{link['payment_link_id']}/pay", json={"outcome": "success"}
        )
        assert r.status_code == 200, r.text
        # The second payment's webhook, delivered by hand (the sandbox drops its own).
        captured = (await world.events("payment.captured"))[-1]
        assert (await world.webhook(captured)).status_code == 200
        await world.settle()  # the automatic refund was sent and cut off
        [surplus] = await world.rows(Refund)
        assert surplus.status is RefundStatus.REQUESTED
        assert world.app.state.payments.following_up == {surplus.id}

        await world.configure(latency={})
        await world.eventually(_no_follow_up_left(world), timeout=10)
        [surplus] = await world.rows(Refund)
        assert surplus.status is RefundStatus.PROCESSED
        payment = (await world.rows(Payment))[-1]
        assert len(sandbox_refunds(world, payment.razorpay_payment_id)) == 1
        await world.check_money_invariants()
