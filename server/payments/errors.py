"""Typed errors of the Razorpay edge; `server/api/errors.py` maps them to statuses."""

from __future__ import annotations

from server.domain.errors import DomainError


class GatewayUnavailable(DomainError):
    """Razorpay did not answer (timeout, connection, 5xx). Safe to retry later."""

    code = "gateway_unavailable"
    retryable = True


class GatewayRejected(DomainError):
    """Razorpay answered with an error about this request (a 4xx `BAD_REQUEST_ERROR`)."""

    code = "gateway_rejected"
    retryable = False


class SignatureInvalid(DomainError):
    """A checkout, payment-link or webhook signature does not match."""

    code = "signature_invalid"


class EventIdInvalid(DomainError):
    """An `X-Razorpay-Event-Id` header that is not UTF-8 text."""

    code = "event_id_invalid"


class WebhookBodyInvalid(DomainError):
    """A correctly signed webhook whose body is not JSON, or not a JSON object: nothing
    Razorpay sends, answered 400 like a bad signature (and never stored)."""

    code = "webhook_body_invalid"


class PaymentsNotConfigured(DomainError):
    code = "payments_not_configured"
