"""A throwaway PostgreSQL database per run, and its books checked afterwards: every paid
order credited by exactly one captured payment, nothing credited twice, no payment left
unallocated, every webhook handled."""

from __future__ import annotations

import uuid
from typing import Any

import sqlalchemy as sa

from server.sync_db import sync_url


def fresh_database(server_url: str) -> str:
    """A new database on the given PostgreSQL server, so runs never mix."""
    name = f"vyapar_payload_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(sync_url(server_url), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return sa.engine.make_url(server_url).set(database=name).render_as_string(hide_password=False)


def drop_database(url: str) -> None:
    name = sa.engine.make_url(url).database
    admin = sa.create_engine(
        sync_url(
            sa.engine.make_url(url).set(database="postgres").render_as_string(hide_password=False)
        ),
        isolation_level="AUTOCOMMIT",
    )
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


BOOKS = {
    "orders_paid": "SELECT count(*) FROM orders WHERE status = 'paid'",
    "payments": "SELECT count(*) FROM payments",
    "payments_captured": "SELECT count(*) FROM payments WHERE status = 'captured'",
    "payments_credited": "SELECT count(*) FROM payments WHERE allocation = 'credited'",
    "credit_audit_rows": "SELECT count(*) FROM audit_log WHERE action = 'payment.credited'",
    # Must be 0: an order credited twice, a paid order no payment credited, a payment
    # neither credited nor refunded (an orphan), a webhook kept but never handled.
    "orders_credited_twice": "SELECT count(*) FROM (SELECT credited_order_id FROM payments "
    "WHERE allocation = 'credited' GROUP BY credited_order_id HAVING count(*) > 1) t",
    "paid_orders_without_credit": "SELECT count(*) FROM orders o WHERE o.status = 'paid' "
    "AND NOT EXISTS (SELECT 1 FROM payments p WHERE p.credited_order_id = o.id)",
    "orphan_payments": "SELECT count(*) FROM payments WHERE allocation <> 'credited' "
    "OR credited_order_id IS NULL OR credited_order_id <> order_id",
    "webhooks_unhandled": "SELECT count(*) FROM webhook_events "
    "WHERE status NOT IN ('processed', 'duplicate', 'ignored')",
    "webhook_events": "SELECT count(*) FROM webhook_events",
    "webhooks_applied": "SELECT count(*) FROM webhook_events WHERE status = 'processed'",
    "webhooks_duplicate": "SELECT count(*) FROM webhook_events WHERE status = 'duplicate'",
    "negotiations_completed": "SELECT count(*) FROM negotiations WHERE status = 'COMPLETED'",
}


def check_books(database_url: str, expected: int) -> dict[str, Any]:
    """The books after `expected` payments: paid orders = captured payments = credits (and
    their audit rows) = completed deals = `expected`, and every must-be-zero count zero."""
    engine = sa.create_engine(sync_url(database_url))
    with engine.connect() as conn:
        books: dict[str, Any] = {
            k: int(conn.execute(sa.text(v)).scalar_one()) for k, v in BOOKS.items()
        }
    engine.dispose()
    books["consistent"] = all(
        books[k] == expected
        for k in (
            "orders_paid",
            "payments",
            "payments_captured",
            "payments_credited",
            "credit_audit_rows",
            "negotiations_completed",
        )
    ) and all(
        books[k] == 0
        for k in (
            "orders_credited_twice",
            "paid_orders_without_credit",
            "orphan_payments",
            "webhooks_unhandled",
        )
    )
    return books
