"""Razorpay: the SDK wrapper, signatures, the local sandbox, and reconciliation.

The rules about money live in `server.domain.payments` (no network, never commits); this
package talks to Razorpay (or the sandbox) and stitches gateway calls between the
domain's transactions: `checkouts`, `refunds` and `webhooks` are the flows (`flow` what
they share), `reconcile` heals what a crash or a lost webhook left behind.
"""
