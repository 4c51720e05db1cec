"""A throwaway PostgreSQL database per run, and its books checked afterwards: every order
paid exactly once, one credited payment each."""

from __future__ import annotations

import uuid
from typing import Any

import sqlalchemy as sa

from server.migrate import sync_url


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


def check_books(database_url: str, expected: int) -> dict[str, Any]:
    engine = sa.create_engine(sync_url(database_url))
    q = {
        "orders_paid": "SELECT count(*) FROM orders WHERE status = 'paid'",
        "payments": "SELECT count(*) FROM payments",
        "payments_credited": "SELECT count(*) FROM payments WHERE allocation = 'credited'",
        "orders_credited_twice": "SELECT count(*) FROM (SELECT order_id FROM payments "
        "WHERE allocation = 'credited' GROUP BY order_id HAVING count(*) > 1) t",
        "webhook_events": "SELECT count(*) FROM webhook_events",
        "webhooks_applied": "SELECT count(*) FROM webhook_events WHERE status = 'processed'",
        "webhooks_duplicate": "SELECT count(*) FROM webhook_events WHERE status = 'duplicate'",
        "negotiations_completed": "SELECT count(*) FROM negotiations WHERE status = 'COMPLETED'",
    }
    with engine.connect() as conn:
        books = {k: int(conn.execute(sa.text(v)).scalar_one()) for k, v in q.items()}
    engine.dispose()
    books["consistent"] = (
        books["orders_paid"] == expected
        and books["payments_credited"] == expected
        and books["orders_credited_twice"] == 0
        and books["negotiations_completed"] == expected
    )
    return books
