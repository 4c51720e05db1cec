"""Payment rules without a network or a database: the state machines, parsing Razorpay's
entities, and the sandbox's own rules (states, validation, idempotent refunds, events)."""

from __future__ import annotations

import json
from collections.abc import Mapping

import pytest

from models import CheckoutStatus, PaymentStatus, RefundStatus
from server.domain.payments.states import (
    CHECKOUT_TRANSITIONS,
    PAYMENT_TRANSITIONS,
    REFUND_TRANSITIONS,
)
from server.payments import entities
from server.payments.sandbox import DeliveryPlan, SandboxError, SandboxState
from server.payments.signatures import checkout_signature, webhook_signature
from server.payments.webhooks import business_key


def reachable(table: Mapping[object, frozenset[object]], start: object) -> set[object]:
    seen: set[object] = set()
    todo = list(table[start])
    while todo:
        state = todo.pop()
        if state not in seen:
            seen.add(state)
            todo.extend(table[state])
    return seen


@pytest.mark.parametrize("table", [CHECKOUT_TRANSITIONS, PAYMENT_TRANSITIONS, REFUND_TRANSITIONS])
def test_every_state_machine_only_moves_forward(table: Mapping[object, frozenset[object]]) -> None:
    assert set(table) == set(type(next(iter(table))))  # every state is listed
    for state in table:
        assert state not in reachable(table, state), f"{state} can come back to itself"


def test_payment_states() -> None:
    P = PaymentStatus
    assert reachable(PAYMENT_TRANSITIONS, P.CAPTURED) == {P.REFUNDED}
    assert PAYMENT_TRANSITIONS[P.REFUNDED] == frozenset()
    # Only a new payment can fail; captured money never "un-captures".
    assert [s for s, after in PAYMENT_TRANSITIONS.items() if P.FAILED in after] == [P.CREATED]
    assert P.AUTHORIZED not in reachable(PAYMENT_TRANSITIONS, P.CAPTURED)
    # A late authorisation after a reported failure is still money.
    assert P.CAPTURED in PAYMENT_TRANSITIONS[P.FAILED]


def test_refund_and_checkout_terminals() -> None:
    for done in (RefundStatus.PROCESSED, RefundStatus.FAILED):
        assert REFUND_TRANSITIONS[done] == frozenset()
    for done in (CheckoutStatus.PAID, CheckoutStatus.EXPIRED, CheckoutStatus.CANCELLED):
        assert CHECKOUT_TRANSITIONS[done] == frozenset()


# -- parsing Razorpay's entities ------------------------------------------------------


def payment_entity(**fields: object) -> dict[str, object]:
    return {
        "id": "pay_1",
        "entity": "payment",
        "amount": 7000,
        "currency": "INR",
        "status": "captured",
        "order_id": "order_1",
        "method": "upi",
        "notes": [],
        **fields,
    }


def test_payment_snapshot() -> None:
    snap = entities.payment_snapshot(payment_entity())
    assert (snap.razorpay_payment_id, snap.razorpay_order_id) == ("pay_1", "order_1")
    assert (snap.amount_paise, snap.status, snap.method) == (7000, PaymentStatus.CAPTURED, "upi")
    # A webhook names its target; a fully refunded payment was captured first.
    assert entities.payment_snapshot(payment_entity(), status=PaymentStatus.AUTHORIZED).status is (
        PaymentStatus.AUTHORIZED
    )
    assert entities.payment_snapshot(payment_entity(status="refunded")).status is (
        PaymentStatus.CAPTURED
    )


@pytest.mark.parametrize(
    "broken",
    [
        {"amount": 70.5},
        {"amount": "7000"},
        {"amount": True},
        {"amount": -1},
        {"id": None},
        {"status": "teleported"},
        {"status": ["captured"]},
        {"status": None},
    ],
)
def test_malformed_payments_are_refused(broken: dict[str, object]) -> None:
    with pytest.raises(entities.MalformedEntity):
        entities.payment_snapshot(payment_entity(**broken))


@pytest.mark.parametrize("status", ["teleported", ["processed"], {"paid": 1}, None, 3])
def test_unknown_statuses_are_malformed_entities(status: object) -> None:
    refund = {"id": "rfnd_1", "payment_id": "pay_1", "amount": 500, "status": status}
    with pytest.raises(entities.MalformedEntity):
        entities.refund_snapshot(refund)
    with pytest.raises(entities.MalformedEntity):
        entities.checkout_status({"id": "order_1", "status": status})


def test_refund_snapshot_reads_our_id_from_notes() -> None:
    entity = {
        "id": "rfnd_1",
        "payment_id": "pay_1",
        "amount": 500,
        "status": "processed",
        "notes": {"refund_id": "12"},
    }
    snap = entities.refund_snapshot(entity)
    assert (snap.refund_id, snap.status) == (12, RefundStatus.PROCESSED)
    assert entities.refund_snapshot({**entity, "notes": []}).refund_id is None


def test_business_keys() -> None:
    def event(name: str, **entities_: dict[str, object]) -> dict[str, object]:
        return {"event": name, "payload": {k: {"entity": v} for k, v in entities_.items()}}

    pay = {"id": "pay_1"}
    assert business_key(event("payment.captured", payment=pay)) == "pay_1:captured"
    assert business_key(event("order.paid", payment=pay, order={"id": "o"})) == "pay_1:captured"
    assert business_key(event("payment.authorized", payment=pay)) == "pay_1:authorized"
    assert business_key(event("refund.processed", refund={"id": "rfnd_1"})) == "rfnd_1:processed"
    assert business_key(event("payment_link.paid", payment_link={"id": "plink_1"})) == (
        "plink_1:paid"
    )
    assert business_key(event("settlement.processed")) is None


# -- the sandbox's rules --------------------------------------------------------------


@pytest.fixture
def state() -> SandboxState:
    return SandboxState("rzp_test_k", "key-secret", "hook-secret")


def test_orders_validate_like_razorpay(state: SandboxState) -> None:
    for bad, field in (
        ({"amount": 99}, "amount"),
        ({"amount": "ten"}, "amount"),
        ({"amount": 100, "currency": "USD"}, "currency"),
        ({"amount": 100, "receipt": "r" * 41}, "receipt"),
        ({"amount": 100, "notes": {str(i): i for i in range(16)}}, "notes"),
    ):
        with pytest.raises(SandboxError) as info:
            state.create_order(bad)
        assert info.value.field == field
        assert info.value.body()["error"]["code"] == "BAD_REQUEST_ERROR"
    with pytest.raises(SandboxError) as info:
        state.get_order("order_missing")
    assert info.value.description == "The id provided does not exist"


def test_auth(state: SandboxState) -> None:
    state.authenticate("rzp_test_k", "key-secret")
    for key_id, secret in ((None, None), ("rzp_test_k", "nope"), ("other", "key-secret")):
        with pytest.raises(SandboxError) as info:
            state.authenticate(key_id, secret)
        assert info.value.status == 401


def test_paying_moves_order_and_payment_through_their_states(state: SandboxState) -> None:
    order = state.create_order({"amount": 5000, "receipt": "1"})
    failed = state.pay_order(order["id"], "failure")
    assert [e.event for e in failed.events] == ["payment.failed"]
    assert order["status"] == "attempted"
    ok = state.pay_order(order["id"], "success")
    assert [e.event for e in ok.events] == ["payment.authorized", "payment.captured", "order.paid"]
    assert ok.answer["razorpay_signature"] == checkout_signature(
        order["id"], ok.answer["razorpay_payment_id"], "key-secret"
    )
    assert (order["status"], order["attempts"], order["amount_due"]) == ("paid", 2, 0)
    with pytest.raises(SandboxError, match="already been paid"):
        state.pay_order(order["id"], "success")
    # Each event is signed over its exact bytes with the webhook secret.
    for event in ok.events:
        assert event.signature == webhook_signature(event.body, "hook-secret")
        assert json.loads(event.body)["event"] == event.event


def test_without_auto_capture_a_payment_waits_authorized(state: SandboxState) -> None:
    order = state.create_order({"amount": 5000, "payment_capture": 0})
    result = state.pay_order(order["id"], "success")
    payment = state.get_payment(result.answer["razorpay_payment_id"])
    assert payment["status"] == "authorized"
    with pytest.raises(SandboxError, match="equal to the amount"):
        state.capture(payment["id"], {"amount": 4000})
    _, events = state.capture(payment["id"], {"amount": 5000})
    assert [e.event for e in events] == ["payment.captured", "order.paid"]


def test_refund_rules_and_idempotency(state: SandboxState) -> None:
    order = state.create_order({"amount": 5000})
    pid = state.pay_order(order["id"], "success").answer["razorpay_payment_id"]
    first, events = state.refund(pid, {"amount": 2000}, "key-0000000001")
    assert [e.event for e in events] == ["refund.created"]
    same, none = state.refund(pid, {"amount": 2000}, "key-0000000001")
    assert (same["id"], none) == (first["id"], [])
    with pytest.raises(SandboxError, match="Different request"):
        state.refund(pid, {"amount": 2500}, "key-0000000001")
    with pytest.raises(SandboxError, match="at least 10"):
        state.refund(pid, {"amount": 100}, "short")
    with pytest.raises(SandboxError, match="greater than amount captured"):
        state.refund(pid, {"amount": 3001}, None)
    assert [e.event for e in state.process_refund(first["id"], "failed")] == ["refund.failed"]
    assert state.get_payment(pid)["amount_refunded"] == 0
    rest, _ = state.refund(pid, {}, None)
    assert rest["amount"] == 5000
    assert state.get_payment(pid)["status"] == "refunded"
    with pytest.raises(SandboxError, match="fully refunded"):
        state.refund(pid, {}, None)


def test_links_pay_expire_and_cancel(state: SandboxState) -> None:
    state.base_url = "http://sandbox"
    link = state.create_link({"amount": 900, "reference_id": "1-link", "upi_link": True})
    assert link["short_url"] == f"http://sandbox/sandbox/pay/{link['id']}"
    assert state.orders[link["order_id"]]["receipt"] == "1-link"
    paid = state.pay_link(link["id"], "success")
    assert paid.events[-1].event == "payment_link.paid"
    assert link["status"] == "paid"
    with pytest.raises(SandboxError, match="is paid"):
        state.pay_link(link["id"], "success")
    other = state.create_link({"amount": 900, "reference_id": "2-link"})
    assert [e.event for e in state.expire_link(other["id"])] == ["payment_link.expired"]
    third = state.create_link({"amount": 900})
    _, events = state.cancel_link(third["id"])
    assert [e.event for e in events] == ["payment_link.cancelled"]
    with pytest.raises(SandboxError, match="15 minutes"):
        state.create_link({"amount": 900, "expire_by": state.now() + 60})


def test_delivery_plans() -> None:
    default = DeliveryPlan()
    assert DeliveryPlan.parse(None, default) == default
    plan = DeliveryPlan.parse({"duplicates": 20, "order": "reverse", "delay_seconds": 1}, default)
    assert (plan.duplicates, plan.order, plan.delay_seconds, plan.drop) == (
        20,
        "reverse",
        1.0,
        False,
    )
    for bad in ({"duplicates": 0}, {"order": "sideways"}, {"delay_seconds": -1}):
        with pytest.raises(SandboxError):
            DeliveryPlan.parse(bad, default)
