"""A local Razorpay: the REST resources this server uses, their states, and their errors.

`state` (with `ledger` and `model`) is the sandbox's memory and rules, with no I/O;
`api` serves it over HTTP (Basic auth with the key pair, Razorpay's JSON shapes and error
bodies), `pages` renders the checkout pages, `delivery` sends the webhooks the
operations produce, and `server` runs it all on loopback.

States follow Razorpay's:

- order: `created` → `attempted` (a payment was tried) → `paid`;
- payment: `created` → `authorized` → `captured` → `refunded` (in full), or `failed`;
- refund: `pending` → `processed` | `failed`;
- payment link: `created` → `paid` | `expired` | `cancelled`.

Orders are auto-captured when created with `payment_capture` (what this server does).
Refunds honour `X-Refund-Idempotency`: the same key and body return the same refund,
the same key with another body is refused.

Endpoints:

- `/v1/orders`, `/v1/orders/{id}`, `/v1/orders/{id}/payments`, `/v1/payments` (`from`,
  `to`, `count`, `skip`), `/v1/payments/{id}`,
  `/v1/payments/{id}/capture`, `/v1/payments/{id}/refund`, `/v1/payments/{id}/refunds`,
  `/v1/refunds` (from, to, count, skip), `/v1/refunds/{id}`, `/v1/payment_links`,
  `/v1/payment_links/{id}`, `/v1/payment_links/{id}/cancel` — HTTP Basic auth with the key pair;
- `GET /sandbox/checkout/{order_id}` and `GET /sandbox/pay/{plink_id}`: pages where a
  person pays or fails a payment;
- `POST /sandbox/orders/{order_id}/pay`, `POST /sandbox/payment_links/{id}/pay`: the same
  for scripts, `{"outcome": "success"|"failure", "webhooks": {…delivery plan…}}`;
- `GET /sandbox/events`, `POST /sandbox/events/{id}/deliver`: every webhook sent, and
  redelivery on request; `POST /sandbox/payment_links/{id}/expire`;
- `GET|POST /sandbox/config`: answer latency per endpoint, refund outcome, default
  delivery plan, the webhook retry schedule (`retries`: Razorpay's 24 hours unless
  shortened), `max_amount` (the largest order or link taken, ₹5,00,000 unless set; more
  is refused `Amount exceeds maximum amount allowed.`, as Razorpay refuses an
  amount over the account's maximum).

The `/sandbox/*` endpoints need no key: the sandbox listens on loopback only.
"""

from server.payments.sandbox.delivery import WebhookAnswer, WebhookSender
from server.payments.sandbox.model import DeliveryPlan, RetrySchedule, SandboxError, generate_keys
from server.payments.sandbox.server import SandboxServer, create_sandbox_app
from server.payments.sandbox.state import SandboxState

__all__ = [
    "DeliveryPlan",
    "RetrySchedule",
    "SandboxError",
    "SandboxServer",
    "SandboxState",
    "WebhookAnswer",
    "WebhookSender",
    "create_sandbox_app",
    "generate_keys",
]
