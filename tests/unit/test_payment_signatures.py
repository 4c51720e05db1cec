"""Razorpay signatures: what the sandbox signs, the official SDK verifies (and the reverse
fails whenever anything is off: a byte, a secret, an id)."""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterator

import pytest
import razorpay
from razorpay.errors import SignatureVerificationError

from server.payments.gateway import GatewayConfig, RazorpayGateway
from server.payments.signatures import (
    checkout_signature,
    payment_link_signature,
    webhook_signature,
    well_formed,
)

KEY_SECRET = "unit-key-secret"
OLD = "webhook-secret-old"
NEW = "webhook-secret-new"
BODY = json.dumps(
    {
        "event": "payment.captured",
        "payload": {"payment": {"entity": {"id": "pay_1", "amount": 7000}}},
    },
    separators=(",", ":"),
).encode()


def make_gateway(*webhook_secrets: str) -> RazorpayGateway:
    return RazorpayGateway(
        GatewayConfig(
            key_id="rzp_test_unit",
            key_secret=KEY_SECRET,
            base_url="http://127.0.0.1:9",  # never called: verifying is local
            webhook_secrets=webhook_secrets,
        )
    )


@pytest.fixture
def gateway() -> Iterator[RazorpayGateway]:
    gw = make_gateway(NEW)
    yield gw
    gw.close()


def test_signatures_are_hex_hmac_sha256() -> None:
    expected = hmac.new(b"s", b"order_A|pay_B", hashlib.sha256).hexdigest()
    assert checkout_signature("order_A", "pay_B", "s") == expected
    assert webhook_signature(b"{}", "s") == hmac.new(b"s", b"{}", hashlib.sha256).hexdigest()
    assert webhook_signature("{}", "s") == webhook_signature(b"{}", "s")
    assert (
        payment_link_signature("plink_1", "9", "paid", "pay_2", "s")
        == hmac.new(b"s", b"plink_1|9|paid|pay_2", hashlib.sha256).hexdigest()
    )


def test_checkout_signature(gateway: RazorpayGateway) -> None:
    good = checkout_signature("order_A", "pay_B", KEY_SECRET)
    assert gateway.verify_checkout("order_A", "pay_B", good) is True
    assert gateway.verify_checkout("order_X", "pay_B", good) is False  # another order
    assert gateway.verify_checkout("order_A", "pay_X", good) is False  # another payment
    assert gateway.verify_checkout("order_A", "pay_B", good.upper()) is False
    wrong = checkout_signature("order_A", "pay_B", "not-the-key-secret")
    assert gateway.verify_checkout("order_A", "pay_B", wrong) is False
    assert gateway.verify_checkout("order_A", "pay_B", "") is False


def test_payment_link_signature(gateway: RazorpayGateway) -> None:
    good = payment_link_signature("plink_1", "9-link", "paid", "pay_2", KEY_SECRET)
    args = {
        "payment_link_id": "plink_1",
        "reference_id": "9-link",
        "status": "paid",
        "payment_id": "pay_2",
    }
    assert gateway.verify_payment_link(**args, signature=good) is True
    assert gateway.verify_payment_link(**{**args, "status": "failed"}, signature=good) is False
    assert gateway.verify_payment_link(**{**args, "payment_id": "pay_3"}, signature=good) is False


def test_webhook_signature_valid_as_bytes_and_as_str(gateway: RazorpayGateway) -> None:
    signature = webhook_signature(BODY, NEW)
    assert gateway.verify_webhook(BODY, signature) is True
    assert gateway.verify_webhook(BODY.decode(), signature) is True


def test_the_sdk_itself_needs_str_not_bytes() -> None:
    """Why `verify_webhook` decodes: the SDK encodes the body itself."""
    utility = razorpay.Client(auth=("k", "s")).utility
    signature = webhook_signature(BODY, NEW)
    assert utility.verify_webhook_signature(BODY.decode(), signature, NEW) is True
    with pytest.raises(TypeError):
        utility.verify_webhook_signature(BODY, signature, NEW)


def test_webhook_tampered_body(gateway: RazorpayGateway) -> None:
    signature = webhook_signature(BODY, NEW)
    tampered = BODY.replace(b"7000", b"7001")
    assert gateway.verify_webhook(tampered, signature) is False
    assert gateway.verify_webhook(BODY + b" ", signature) is False
    reencoded = json.dumps(json.loads(BODY)).encode()  # same JSON, other bytes
    assert gateway.verify_webhook(reencoded, signature) is False


def test_webhook_wrong_secret(gateway: RazorpayGateway) -> None:
    assert gateway.verify_webhook(BODY, webhook_signature(BODY, "someone-else")) is False
    assert gateway.verify_webhook(BODY, None) is False
    assert gateway.verify_webhook(BODY, "") is False


def test_webhook_secret_rotation() -> None:
    old_signed = webhook_signature(BODY, OLD)
    new_signed = webhook_signature(BODY, NEW)
    rotating = make_gateway(NEW, OLD)
    after = make_gateway(NEW)
    before = make_gateway(OLD)
    try:
        assert rotating.verify_webhook(BODY, old_signed) is True
        assert rotating.verify_webhook(BODY, new_signed) is True
        assert after.verify_webhook(BODY, old_signed) is False
        assert after.verify_webhook(BODY, new_signed) is True
        assert before.verify_webhook(BODY, new_signed) is False
    finally:
        for gw in (rotating, after, before):
            gw.close()


def test_webhook_body_that_is_not_utf8(gateway: RazorpayGateway) -> None:
    body = b"\xff\xfe\x00"
    assert gateway.verify_webhook(body, webhook_signature(body, NEW)) is False


def test_no_webhook_secret_configured_refuses_everything() -> None:
    gw = make_gateway()
    try:
        assert gw.verify_webhook(BODY, webhook_signature(BODY, "")) is False
    finally:
        gw.close()


def test_sdk_raises_on_mismatch_and_the_wrapper_answers_false() -> None:
    utility = razorpay.Client(auth=("k", KEY_SECRET)).utility
    with pytest.raises(SignatureVerificationError):
        utility.verify_payment_signature(
            {"razorpay_order_id": "a", "razorpay_payment_id": "b", "razorpay_signature": "c"}
        )


@pytest.mark.parametrize(
    "signature",
    [None, "", "é" * 64, "₹" * 64, "a" * 63 + "é", "g" * 64, "0" * 63, "0" * 65, " " * 64],
)
def test_what_cannot_be_a_signature_is_a_mismatch(signature: str | None) -> None:
    """Not 64 hex digits: refused before any comparison (the SDK's `hmac.compare_digest`
    raises `TypeError` on non-ASCII text), never an exception."""
    assert not well_formed(signature)
    gateway = make_gateway(NEW)
    assert gateway.verify_webhook(BODY, signature) is False
    if signature is not None:
        assert gateway.verify_checkout("order_1", "pay_1", signature) is False
        assert (
            gateway.verify_payment_link(
                payment_link_id="plink_1",
                reference_id="1",
                status="paid",
                payment_id="pay_1",
                signature=signature,
            )
            is False
        )


def test_well_formed_signatures_still_verify() -> None:
    gateway = make_gateway(NEW)
    signed = webhook_signature(BODY, NEW)
    assert well_formed(signed)
    assert gateway.verify_webhook(BODY, signed)
    signed = checkout_signature("order_1", "pay_1", KEY_SECRET)
    assert gateway.verify_checkout("order_1", "pay_1", signed)
