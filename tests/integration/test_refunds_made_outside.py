"""Refunds Razorpay made that the books lack (a dashboard refund whose webhooks never came,
or one lost by a restore after its webhooks were taken) are learnt from Razorpay: when it
refuses the vendor's refund for them (409 with what is left, not a 502), and by
reconciliation (server/payments/refund_sync.py)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from models import Refund
from server.payments.errors import GatewayRejected
from server.payments.reconcile import reconcile
from tests.integration.test_payment_refunds import paid_order, sandbox_refunds
from tests.integration.test_payment_support import KEY_ID, KEY_SECRET, World, payment_world


@pytest.fixture
async def world(database_url: str) -> AsyncIterator[World]:
    async with payment_world(database_url) as w:
        yield w


async def _refund_at_razorpay_unheard(world: World, payment_id: str, amount: int) -> str:
    """A refund made on Razorpay's side whose webhooks never reach us."""
    await world.configure(events=[])
    r = await world.rzp.post(
        f"/v1/payments/{payment_id}/refund", json={"amount": amount}, auth=(KEY_ID, KEY_SECRET)
    )
    assert r.status_code == 200, r.text
    await world.settle()
    await world.configure(events=None)
    rid: str = r.json()["id"]
    return rid


def _shown(status: dict[str, Any]) -> tuple[Any, ...]:
    """What the books say was refunded, and the refunds that were not refused."""
    refunds = sorted(
        (x["kind"], x["amount_paise"]) for x in status["refunds"] if x["status"] != "failed"
    )
    return status["refunded_paise"], refunds


async def test_a_refused_refund_learns_the_one_made_outside_and_says_what_is_left(
    world: World,
) -> None:
    m, order = await paid_order(world)  # ₹70
    [payment] = (await world.status(m["v"], order["id"]))["payments"]
    pid = payment["razorpay_payment_id"]
    outside = await _refund_at_razorpay_unheard(world, pid, 5000)
    assert _shown(await world.status(m["v"], order["id"]))[0] == 0  # the books do not know

    r = await world.refund(m["v"], order["id"])  # the whole ₹70, as the books say
    assert r.status_code == 409, r.text
    error = r.json()["error"]
    assert error["code"] == "refund_exceeds_captured"
    assert "₹50" in error["message"] and "₹20" in error["message"], error
    assert error["detail"] == {"refundable_paise": 2000}, error
    status = await world.status(m["c"], order["id"])
    assert _shown(status) == (5000, [("external", 5000)])
    [external] = await world.rows(Refund, Refund.razorpay_refund_id == outside)
    assert external.kind.value == "external"

    # The same amount again: the same answer, nothing recorded twice.
    again = await world.refund(m["v"], order["id"], amount_paise=7000)
    assert again.status_code == 409, again.text
    assert _shown(await world.status(m["c"], order["id"])) == (5000, [("external", 5000)])
    # "Refund the order" now refunds what is left.
    r = await world.refund(m["v"], order["id"])
    assert r.status_code == 201, r.text
    assert r.json()["amount_paise"] == 2000
    await world.settle()
    assert _shown(await world.status(m["c"], order["id"])) == (
        7000,
        [("external", 5000), ("vendor", 2000)],
    )
    assert len(sandbox_refunds(world, pid)) == 2  # Razorpay holds the two, no more
    # Its late webhooks change nothing.
    for event in [e for e in await world.events() if outside in e["body"]]:
        assert (await world.webhook(event)).status_code == 200
    assert (await world.status(m["c"], order["id"]))["refunded_paise"] == 7000
    await world.check_money_invariants()


async def test_a_refusal_for_another_reason_stays_a_gateway_refusal(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nothing refunded outside: Razorpay's refusal is its own (502), not explained away."""
    m, order = await paid_order(world)

    async def refuse(*_: Any, **__: Any) -> Any:
        raise GatewayRejected("Razorpay refused to refund a payment: the bank is closed")

    monkeypatch.setattr(world.app.state.payments.gateway, "refund", refuse)
    r = await world.refund(m["v"], order["id"])
    assert r.status_code == 502, r.text
    assert r.json()["status"] == "failed"
    assert (await world.status(m["c"], order["id"]))["refunded_paise"] == 0


async def test_reconciliation_records_refunds_made_outside(world: World) -> None:
    m, order = await paid_order(world)
    [payment] = (await world.status(m["v"], order["id"]))["payments"]
    await _refund_at_razorpay_unheard(world, payment["razorpay_payment_id"], 3000)

    report = await reconcile(world.app.state.sessions, world.app.state.payments.gateway)
    assert report.refunds_learnt == 1, report
    assert _shown(await world.status(m["c"], order["id"])) == (3000, [("external", 3000)])
    again = await reconcile(world.app.state.sessions, world.app.state.payments.gateway)
    assert again.refunds_learnt == 0
    assert _shown(await world.status(m["c"], order["id"])) == (3000, [("external", 3000)])
    r = await world.refund(m["v"], order["id"])  # what is left: ₹40
    assert r.status_code == 201, r.text
    assert r.json()["amount_paise"] == 4000
    await world.check_money_invariants()
