"""Razorpay webhooks: verified on the raw body, stored, deduplicated, applied forward-only.

The sandbox signs every event exactly like Razorpay; tests either let it deliver (once,
twenty times at once, out of order, late) or deliver its bytes themselves."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator

import httpx
import pytest
from sqlalchemy import select

from models import (
    AuditEntry,
    Checkout,
    NegotiationStatus,
    Payment,
    PaymentStatus,
    Refund,
    WebhookEvent,
    WebhookStatus,
)
from server.payments.signatures import webhook_signature
from tests.integration.test_payment_support import WEBHOOK_SECRET, World, payment_world


@pytest.fixture
async def world(database_url: str) -> AsyncIterator[World]:
    async with payment_world(database_url) as w:
        yield w


async def paid_order_via_webhooks(world: World, **plan: object) -> tuple[dict, dict, dict]:
    m = await world.market()
    order = await world.deal(m)
    co = await world.checkout(m["c"], order["id"])
    answer = await world.pay(co["razorpay_order_id"], **plan)
    return m, order, answer


async def test_webhooks_alone_complete_the_deal(world: World) -> None:
    m, order, answer = await paid_order_via_webhooks(world)
    await world.settle()
    status = await world.status(m["c"], order["id"])
    assert status["paid"] is True
    neg = (await world.api.get(m["c"], f"/api/negotiations/{order['negotiation_id']}")).json()
    assert neg["status"] == NegotiationStatus.COMPLETED
    events = await world.rows(WebhookEvent)
    assert [e.event for e in events] == ["payment.authorized", "payment.captured", "order.paid"]
    # order.paid means the same as payment.captured: stored, not applied twice.
    assert [e.status for e in events] == [
        WebhookStatus.PROCESSED,
        WebhookStatus.PROCESSED,
        WebhookStatus.DUPLICATE,
    ]
    assert (
        events[1].business_key
        == events[2].business_key
        == f"{answer['razorpay_payment_id']}:captured"
    )
    # The raw body is kept byte for byte, with its signature.
    sent = {e["id"]: e for e in await world.events()}
    for e in events:
        assert e.raw_body == sent[e.event_id]["body"]
        assert e.signature == sent[e.event_id]["signature"]
    [payment] = await world.rows(Payment)
    assert await world.audit("payment", payment.id) == [
        ("payment.authorized", None, "authorized"),
        ("payment.captured", "authorized", "captured"),
        ("payment.credited", "pending", "credited"),
    ]
    webhook_audit = await world.rows(AuditEntry, AuditEntry.entity_type == "webhook_event")
    assert len(webhook_audit) == 3


async def test_order_paid_alone_completes_the_deal(world: World) -> None:
    """A webhook subscribed to `order.paid` only (Razorpay's advice for orders): one
    event per payment credits it, with the same audit trail of the money."""
    await world.configure(events=["order.paid", "payment.failed"])
    m, order, answer = await paid_order_via_webhooks(world)
    await world.settle()
    assert (await world.status(m["c"], order["id"]))["paid"] is True
    [event] = await world.rows(WebhookEvent)
    assert (event.event, event.status) == ("order.paid", WebhookStatus.PROCESSED)
    [payment] = await world.rows(Payment)
    assert payment.razorpay_payment_id == answer["razorpay_payment_id"]
    assert await world.audit("payment", payment.id) == [
        ("payment.captured", None, "captured"),
        ("payment.credited", "pending", "credited"),
    ]
    await world.check_money_invariants()


async def test_the_same_webhook_twenty_times_has_one_effect(world: World) -> None:
    m, order, _ = await paid_order_via_webhooks(world, duplicates=20)
    await world.settle()
    assert (await world.status(m["c"], order["id"]))["paid"] is True
    events = await world.rows(WebhookEvent)
    assert len(events) == 3
    assert [e.deliveries for e in events] == [20, 20, 20]
    for sent in await world.events():
        assert len(sent["deliveries"]) == 20
        assert all(d["status"] == 200 for d in sent["deliveries"])
    assert await world.count(Payment) == 1
    [payment] = await world.rows(Payment)
    actions = [a for a, _, _ in await world.audit("payment", payment.id)]
    assert actions.count("payment.captured") == 1
    assert actions.count("payment.credited") == 1
    assert ("order.paid", "pending_payment", "paid") in await world.audit("order", order["id"])
    assert [a for a, _, _ in await world.audit("order", order["id"])].count("order.paid") == 1
    await world.check_money_invariants()

    # And once more by hand, all at once, after the fact.
    [captured] = await world.events("payment.captured")
    answers = await asyncio.gather(*(world.webhook(captured) for _ in range(20)))
    assert {r.status_code for r in answers} == {200}
    assert {r.json()["status"] for r in answers} == {"duplicate"}
    assert await world.count(Payment) == 1


async def test_captured_before_authorized_ends_captured(world: World) -> None:
    m, order, answer = await paid_order_via_webhooks(world, order="reverse")
    await world.settle()
    delivered = [e.event for e in await world.rows(WebhookEvent)]
    assert delivered == ["order.paid", "payment.captured", "payment.authorized"]
    [payment] = await world.rows(Payment)
    assert payment.status is PaymentStatus.CAPTURED
    assert (await world.status(m["c"], order["id"]))["paid"] is True
    actions = [a for a, _, _ in await world.audit("payment", payment.id)]
    assert "payment.authorized" not in actions  # never moved backwards

    # A stale "failed" for a captured payment changes nothing either.
    entity = json.loads((await world.events("payment.authorized"))[0]["body"])
    entity["event"] = "payment.failed"
    entity["payload"]["payment"]["entity"]["status"] = "failed"
    body = json.dumps(entity).encode()
    r = await world.client.post(
        "/api/payment/webhook",
        content=body,
        headers={
            "X-Razorpay-Signature": webhook_signature(body, WEBHOOK_SECRET),
            "X-Razorpay-Event-Id": "evt_StaleFailure0001",
        },
    )
    assert r.status_code == 200
    [payment] = await world.rows(Payment)
    assert payment.status is PaymentStatus.CAPTURED
    assert answer["razorpay_payment_id"] == payment.razorpay_payment_id


async def test_late_webhooks_still_land(world: World) -> None:
    m, order, _ = await paid_order_via_webhooks(world, delay_seconds=0.3)
    assert (await world.status(m["c"], order["id"]))["paid"] is False

    async def paid() -> None:
        assert (await world.status(m["c"], order["id"]))["paid"] is True

    await world.eventually(paid)


async def test_signatures_are_checked_on_the_raw_body(world: World) -> None:
    m, order, _ = await paid_order_via_webhooks(world, drop=True)
    [captured] = await world.events("payment.captured")

    tampered = dict(captured, body=captured["body"].replace('"amount":7000', '"amount":1'))
    assert tampered["body"] != captured["body"]
    r = await world.webhook(tampered)
    assert r.status_code == 400
    assert r.json()["error"]["code"] == "signature_invalid"

    wrong = dict(captured, signature=webhook_signature(captured["body"], "not-the-secret"))
    assert (await world.webhook(wrong)).status_code == 400
    assert (await world.webhook(dict(captured, signature=""))).status_code == 400
    # Same JSON, different bytes (spacing): the signature is over bytes, not meaning.
    respaced = dict(captured, body=json.dumps(json.loads(captured["body"]), indent=1))
    assert (await world.webhook(respaced)).status_code == 400
    assert await world.count(WebhookEvent) == 0
    assert (await world.status(m["c"], order["id"]))["paid"] is False

    assert (await world.webhook(captured)).status_code == 200
    assert (await world.status(m["c"], order["id"]))["paid"] is True


async def test_secret_rotation_accepts_the_previous_secret(database_url: str) -> None:
    # The sandbox still signs with the old secret; the app has the new one and the old.
    async with payment_world(
        database_url,
        webhook_secret="old-webhook-secret-0001",
        razorpay_webhook_secret="new-webhook-secret-0002",
        razorpay_webhook_secret_previous="old-webhook-secret-0001",
    ) as world:
        m, order, _ = await paid_order_via_webhooks(world)
        await world.settle()
        assert (await world.status(m["c"], order["id"]))["paid"] is True
        # Signed with the new secret: accepted as well.
        [authorized] = await world.events("payment.authorized")
        resigned = dict(
            authorized,
            id="evt_Resigned0000001",
            signature=webhook_signature(authorized["body"], "new-webhook-secret-0002"),
        )
        assert (await world.webhook(resigned)).status_code == 200

    # Rotation over: the old secret is refused.
    async with payment_world(
        database_url,
        deliver=False,
        webhook_secret="old-webhook-secret-0001",
        razorpay_webhook_secret="new-webhook-secret-0002",
    ) as world:
        m, order, _ = await paid_order_via_webhooks(world)
        for event in await world.events():
            assert (await world.webhook(event)).status_code == 400
        assert (await world.status(m["c"], order["id"]))["paid"] is False


async def test_events_we_do_not_handle_are_kept_and_ignored(world: World) -> None:
    body = json.dumps(
        {
            "entity": "event",
            "account_id": "acc_x",
            "event": "settlement.processed",
            "contains": ["settlement"],
            "payload": {"settlement": {"entity": {"id": "setl_1"}}},
            "created_at": 1,
        }
    ).encode()
    headers = {
        "X-Razorpay-Signature": webhook_signature(body, WEBHOOK_SECRET),
        "X-Razorpay-Event-Id": "evt_Settlement00001",
    }
    r = await world.client.post("/api/payment/webhook", content=body, headers=headers)
    assert r.status_code == 200
    assert r.json() == {"status": "ignored", "event_id": "evt_Settlement00001"}
    [row] = await world.rows(WebhookEvent)
    assert row.status is WebhookStatus.IGNORED
    assert row.raw_body == body.decode()

    # Signed, but not JSON: refused without storing.
    junk = b"\xff\xfe not json"
    r = await world.client.post(
        "/api/payment/webhook",
        content=junk,
        headers={"X-Razorpay-Signature": webhook_signature(junk, WEBHOOK_SECRET)},
    )
    assert r.status_code == 400
    # Signed, but nested deeper than any JSON parser goes: refused the same way.
    r = await post_signed(world, b"[" * 5000)
    assert r.status_code == 400, r.text
    assert r.json()["error"]["code"] == "webhook_body_invalid"
    assert await world.count(WebhookEvent) == 1


async def test_a_utf8_body_with_a_byte_order_mark_is_utf8(world: World) -> None:
    """RFC 8259 lets a parser ignore a UTF-8 BOM, and every JSON route does: a signed
    webhook body that starts with one is read as the event it is (the signature is over
    the bytes as sent), not `webhook_body_invalid`."""
    body = (
        b"\xef\xbb\xbf"
        + json.dumps(
            {
                "entity": "event",
                "account_id": "acc_x",
                "event": "settlement.processed",
                "contains": ["settlement"],
                "payload": {"settlement": {"entity": {"id": "setl_2"}}},
                "created_at": 1,
            }
        ).encode()
    )
    headers = {
        "X-Razorpay-Signature": webhook_signature(body, WEBHOOK_SECRET),
        "X-Razorpay-Event-Id": "evt_BomSettlement01",
    }
    r = await world.client.post("/api/payment/webhook", content=body, headers=headers)
    assert r.status_code == 200, r.text
    assert r.json() == {"status": "ignored", "event_id": "evt_BomSettlement01"}
    # UTF-16 with its BOM is still not UTF-8.
    utf16 = body[3:].decode().encode("utf-16")
    r = await world.client.post(
        "/api/payment/webhook",
        content=utf16,
        headers={"X-Razorpay-Signature": webhook_signature(utf16, WEBHOOK_SECRET)},
    )
    assert r.status_code == 400
    assert r.json()["error"]["code"] == "body_not_utf8"


async def test_refund_webhooks_move_refunds_forward(world: World) -> None:
    m, order, answer = await paid_order_via_webhooks(world)
    await world.settle()
    await world.configure(refund_outcome="failed")
    r = await world.refund(m["v"], order["id"], amount_paise=2000)
    assert r.status_code == 201, r.text
    await world.settle()
    [refund] = await world.rows(Refund)
    assert refund.status.value == "failed"
    [payment] = await world.rows(Payment)
    assert payment.amount_refunded_paise == 0  # the failed refund's reservation came back
    assert [a for a, _, _ in await world.audit("refund", refund.id)] == [
        "refund.requested",
        "refund.pending",
        "refund.failed",
    ]
    sent = [e["event"] for e in await world.events() if e["event"].startswith("refund.")]
    assert sent == ["refund.created", "refund.failed"]

    await world.configure(refund_outcome="processed")
    r = await world.refund(m["v"], order["id"], amount_paise=2000)
    assert r.status_code == 201
    await world.settle()
    status = await world.status(m["v"], order["id"])
    assert status["refunded_paise"] == 2000
    assert [x["status"] for x in status["refunds"]] == ["failed", "processed"]
    await world.check_money_invariants()
    assert answer["razorpay_payment_id"] == payment.razorpay_payment_id


@pytest.mark.parametrize(
    "change",
    [
        {"amount": 2**63 - 1},
        {"amount": 10**30},
        {"amount": 0},
        {"status": "failed", "amount": 0},
        {"status": "failed", "error_description": "x\u0000y", "error_code": "BAD\u0000"},
        {"id": "pay_\u0000x"},
        {"id": "pay_" + "A" * 300},
        {"currency": "I" * 300},
        {"event": "payment.captured\u0000"},
    ],
)
async def test_signed_events_the_tables_cannot_hold_are_answered_not_crashed(
    world: World, change: dict[str, object]
) -> None:
    """A correctly signed event whose fields do not fit (a 64-bit amount, NUL, an id or a
    currency past its column) is answered, never a 500 kept for a retry that cannot work."""
    change = dict(change)
    event_name = change.pop("event", None)
    m = await world.market()
    order = await world.deal(m)
    co = await world.checkout(m["c"], order["id"])
    entity = {
        "id": "pay_OddFields0001",
        "entity": "payment",
        "amount": co["amount_paise"],
        "currency": "INR",
        "status": "captured",
        "order_id": co["razorpay_order_id"],
        "method": "upi",
        **change,
    }
    body = json.dumps(
        {
            "entity": "event",
            "event": event_name or f"payment.{entity['status']}",
            "payload": {"payment": {"entity": entity}},
            "created_at": 1,
        }
    ).encode()
    r = await world.client.post(
        "/api/payment/webhook",
        content=body,
        headers={
            "X-Razorpay-Signature": webhook_signature(body, WEBHOOK_SECRET),
            "X-Razorpay-Event-Id": "evt_OddFields0001",
        },
    )
    assert r.status_code < 500, r.text
    assert not [e for e in await world.rows(WebhookEvent) if e.status is WebhookStatus.FAILED]
    assert (await world.status(m["c"], order["id"]))["paid"] is False


async def signed(world: World, event: dict[str, object], event_id: str) -> int:
    body = json.dumps(event).encode()
    r = await world.client.post(
        "/api/payment/webhook",
        content=body,
        headers={
            "X-Razorpay-Signature": webhook_signature(body, WEBHOOK_SECRET),
            "X-Razorpay-Event-Id": event_id,
        },
    )
    return r.status_code


@pytest.mark.parametrize("note", ["²", "9" * 30, "9" * 5000, "١٢"])
async def test_a_refund_note_that_is_not_our_id_is_no_id(world: World, note: str) -> None:
    refund = {
        "id": "rfnd_OddNote0001",
        "entity": "refund",
        "amount": 100,
        "payment_id": "pay_OddNote0001",
        "notes": {"refund_id": note},
        "status": "processed",
    }
    event = {
        "entity": "event",
        "event": "refund.processed",
        "payload": {"refund": {"entity": refund}},
    }
    assert await signed(world, event, "evt_OddNote0001") < 500
    assert not [e for e in await world.rows(WebhookEvent) if e.status is WebhookStatus.FAILED]


@pytest.mark.parametrize("link_id", ["plink_\u0000x", "plink_" + "A" * 300])
async def test_a_link_event_without_a_usable_link_id_is_answered(
    world: World, link_id: str
) -> None:
    event = {
        "entity": "event",
        "event": "payment_link.paid",
        "payload": {
            "payment_link": {"entity": {"id": link_id, "status": "paid", "amount": 100}},
            "payment": {
                "entity": {
                    "id": "pay_OddLink0001",
                    "entity": "payment",
                    "amount": 100,
                    "currency": "INR",
                    "status": "captured",
                }
            },
        },
    }
    assert await signed(world, event, "evt_OddLink0001") < 500
    assert not [e for e in await world.rows(WebhookEvent) if e.status is WebhookStatus.FAILED]


@pytest.mark.parametrize("inner", [None, [], "x", 5])
async def test_a_signed_event_whose_payload_is_not_an_object_is_answered(
    world: World, inner: object
) -> None:
    for name in ("payment.captured", "refund.processed", "payment_link.paid", "order.paid"):
        event = {"entity": "event", "event": name, "payload": inner}
        assert await signed(world, event, f"evt_NoPayload{name.split('.')[0]}") < 500
    assert not [e for e in await world.rows(WebhookEvent) if e.status is WebhookStatus.FAILED]


async def post_signed(world: World, body: bytes) -> httpx.Response:
    """`body` as Razorpay would sign it, with no event id."""
    return await world.client.post(
        "/api/payment/webhook",
        content=body,
        headers={"X-Razorpay-Signature": webhook_signature(body, WEBHOOK_SECRET)},
    )


NUMBER_PAST_ANY_LIMIT = (
    b'{"entity": "event", "event": "payment.captured", "amount": 1' + b"0" * 5000 + b"}"
)


@pytest.mark.parametrize(
    "body", [b"[]", b'"x"', b"5", b"null", b"{", b"[" * 50_000, NUMBER_PAST_ANY_LIMIT]
)
async def test_a_signed_body_that_is_not_a_json_object_is_a_400(world: World, body: bytes) -> None:
    """As docs/payments.md says: a bad signature or a body that is not a JSON object (an
    array, a string, a number, null, cut short, nested or with a number past any parser's
    limit) is a 400: nothing Razorpay sends, nothing to retry into success; nothing kept."""
    r = await post_signed(world, body)
    assert r.status_code == 400, r.text
    assert r.json()["error"]["code"] == "webhook_body_invalid"
    assert await world.count(WebhookEvent) == 0


async def test_an_event_name_that_is_not_text_is_named_so(world: World) -> None:
    r = await post_signed(world, json.dumps({"entity": "event", "event": 5}).encode())
    assert r.status_code == 422, r.text
    assert "`event` is not a name" in r.json()["error"]["message"]


async def test_a_refund_event_must_match_our_refund_in_payment_and_amount(world: World) -> None:
    m, order, _ = await paid_order_via_webhooks(world)
    await world.settle()
    await world.configure(refund_outcome="pending")
    r = await world.refund(m["v"], order["id"], amount_paise=2000)
    assert r.status_code == 201, r.text
    await world.settle()
    [refund] = await world.rows(Refund)
    [payment] = await world.rows(Payment)
    assert refund.status.value == "pending"  # a failure could still move it
    before = (refund.status, refund.amount_paise)
    for other in (
        {"payment_id": "pay_SomeoneElse01", "amount": 2000},
        {"payment_id": payment.razorpay_payment_id, "amount": 1500},
    ):
        entity = {
            "id": refund.razorpay_refund_id,
            "entity": "refund",
            "status": "failed",
            **other,
        }
        event = {
            "entity": "event",
            "event": "refund.failed",
            "payload": {"refund": {"entity": entity}},
        }
        assert await signed(world, event, f"evt_Mismatch{other['amount']}") == 200
    [again] = await world.rows(Refund)
    assert (again.status, again.amount_paise) == before


async def test_an_external_refund_past_what_was_captured_is_kept_not_refused(
    world: World,
) -> None:
    m, order, _ = await paid_order_via_webhooks(world)
    await world.settle()
    [payment] = await world.rows(Payment)
    entity = {
        "id": "rfnd_TooMuch00001",
        "entity": "refund",
        "amount": payment.amount_paise + 100,
        "payment_id": payment.razorpay_payment_id,
        "status": "processed",
    }
    event = {
        "entity": "event",
        "event": "refund.processed",
        "payload": {"refund": {"entity": entity}},
    }
    assert await signed(world, event, "evt_TooMuch00001") == 200
    assert not [e for e in await world.rows(WebhookEvent) if e.status is WebhookStatus.FAILED]
    assert (await world.status(m["c"], order["id"]))["paid"] is True


async def test_a_link_event_whose_payment_names_another_order_is_ignored(world: World) -> None:
    m = await world.market()
    order = await world.deal(m)
    r = await world.client.post(f"/api/payment/link/{order['id']}", headers=world.api.auth(m["v"]))
    assert r.status_code == 200, r.text
    link_id = r.json()["payment_link_id"]
    async with world.app.state.sessions() as session, session.begin():
        [checkout] = (await session.scalars(select(Checkout))).all()
        checkout.razorpay_order_id = None  # as live Razorpay has it before the link is paid
    event = {
        "entity": "event",
        "event": "payment_link.paid",
        "payload": {
            "payment_link": {"entity": {"id": link_id, "status": "paid"}},
            "order": {"entity": {"id": "order_Fresh000001"}},
            "payment": {
                "entity": {
                    "id": "pay_Elsewhere001",
                    "entity": "payment",
                    "amount": 7000,
                    "currency": "INR",
                    "status": "captured",
                    "order_id": "order_Another0001",
                }
            },
        },
    }
    assert await signed(world, event, "evt_Elsewhere001") == 200
    assert (await world.status(m["c"], order["id"]))["paid"] is False
    assert await world.count(Payment) == 0
