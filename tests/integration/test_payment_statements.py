"""What one payment costs the database on PostgreSQL: the statements of `create`, of the
`order.paid` webhook, and of the order poll a paying shopper's page makes. Fewer
statements are fewer round trips; these numbers are the payments benchmark's floor."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncSession

from models import WebhookEvent, WebhookStatus
from server.domain.payments import inbox
from server.driver_statements import DriverStatement
from tests.integration.test_payment_support import World, payment_world


@pytest.fixture
async def world(postgres_url: str) -> AsyncIterator[World]:
    # Each account's standing (active, sign-in version) is read once and cached for
    # `account_cache_seconds`; on a slow machine the 5 s default can lapse between signing
    # up and paying, adding that read to whichever request comes next. Kept for the whole
    # test, so the counts are those of the payment path alone.
    async with payment_world(postgres_url, account_cache_seconds=3600) as w:
        # Razorpay's advice for orders: `order.paid` alone (one webhook per payment).
        await w.configure(events=["order.paid", "payment.failed"])
        yield w


class Statements:
    """Each statement the app's engine runs, with whether a transaction held it: those
    SQLAlchemy executes, and those run straight on the driver connection
    (`DriverStatement`, which SQLAlchemy's events do not see)."""

    def __init__(self, world: World, monkeypatch: pytest.MonkeyPatch) -> None:
        self.seen: list[tuple[str, bool]] = []
        engine = world.app.state.engine.sync_engine

        @event.listens_for(engine, "before_cursor_execute")
        def _seen(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
            driver = conn.connection.driver_connection
            self.seen.append((statement.split(None, 3)[0].upper(), not driver.autocommit))

        run = DriverStatement.rows

        async def rows(
            statement: DriverStatement, session: AsyncSession, params: dict[str, Any]
        ) -> list[tuple[Any, ...]]:
            raw = await (await session.connection()).get_raw_connection()
            first = str(statement.statement).split(None, 1)[0].upper()
            self.seen.append((first, not raw.driver_connection.autocommit))  # type: ignore[union-attr]
            return await run(statement, session, params)

        monkeypatch.setattr(DriverStatement, "rows", rows)

    def take(self) -> list[tuple[str, bool]]:
        seen, self.seen = self.seen, []
        return seen


async def test_a_payment_costs_few_statements(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    m = await world.market()
    order = await world.deal(m)
    statements = Statements(world, monkeypatch)

    co = await world.checkout(m["c"], order["id"])
    create = statements.take()
    # Whether the buyer asks again for a checkout made already (which rate limit counts
    # it); one read (order, deal, hold, vendor), the lock, the checkout, the audit rows;
    # then Razorpay's answer recorded with its audit row.
    assert [s for s, _ in create] == [
        "SELECT",
        "SELECT",
        "UPDATE",
        "INSERT",
        "INSERT",
        "UPDATE",
        "INSERT",
    ]

    await world.pay(co["razorpay_order_id"])
    await world.settle()
    paid = statements.take()
    # The inbox insert (with the business-key check), one read (checkout, order, deal),
    # the payment, the checkout, one write of the order, hold and deal, the credit, the
    # event, the audit rows.
    assert len(paid) == 8, paid
    assert all(in_transaction for _, in_transaction in paid)

    r = await world.client.get(f"/api/orders/{order['id']}", headers=world.api.auth(m["c"]))
    assert r.status_code == 200 and r.json()["status"] == "paid"
    # The poll: one statement, outside a transaction (no BEGIN, no COMMIT), on the
    # driver connection.
    assert statements.take() == [("SELECT", False)]
    await world.check_money_invariants()


async def test_the_inbox_statement_is_built_once(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Building the inbox's upsert (its sub-select's alias most) cost the server more than
    # running it: it is built once and run again with each event's values.
    built: list[object] = []
    real = inbox.aliased

    def counted(*args: Any, **kwargs: Any) -> Any:
        built.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(inbox, "aliased", counted)
    m = await world.market()
    for _ in range(3):
        order = await world.deal(m, quantity=1)
        co = await world.checkout(m["c"], order["id"])
        await world.pay(co["razorpay_order_id"])
        await world.settle()
    kept = await world.rows(WebhookEvent)
    assert len(kept) == 3 and {e.status for e in kept} == {WebhookStatus.PROCESSED}
    assert len(built) <= 1
    await world.check_money_invariants()
