"""Payments: checkouts opened at Razorpay, payments applied forward-only, refunds bounded.

One module per aggregate: `checkouts` (opened; found and moved as Razorpay answers in
`checkout_answers`), `payments`, `refunds` (asked for; Razorpay's answers in
`refund_answers`), the read `views`, and the webhook `inbox` and `idempotency` keys
beside them; `states` holds the state machines,
`snapshots` what Razorpay says, `rows` the row helpers they share. Status moves go
through `server.domain.transitions`.

The rules about money, with no network and no commits (the caller owns the transaction;
gateway calls happen between the caller's transactions, see `server.payments`).

Invariants, each held by the database rather than by hope:

- A payment is credited to at most one order and an order is paid by at most one
  payment: `payments.credited_order_id` is unique and set by a compare-and-set together
  with `complete_payment`'s own guarded `pending_payment → paid` update.
- Refunds never exceed what was captured: every refund first reserves its amount with
  `UPDATE payments SET amount_refunded_paise = amount_refunded_paise + :a
   WHERE amount_refunded_paise + :a <= amount_paise` (plus a CHECK constraint), so two
  racing partial refunds cannot both fit when together they don't.
- Every status moves forward only, through the tables in `states`, by compare-and-set; a
  stale or repeated event is a no-op, not an error.
- A captured payment that cannot pay its order (the reservation lapsed first, another
  payment already paid it, the amount is wrong) is *surplus* and gets an automatic full
  refund, keyed by the payment id so it can be asked for only once.
- Every change writes an audit row.
"""
