"""The console's order list in real Chromium for a stall with a few hundred orders: older
orders a press away (following the list's `Link`), every row shown kept up to date,
rows that fall out of the list leaving it, a bounded page; and a poll answered 429 said
on the page, the lists paused and picked up again."""

from __future__ import annotations

import json
import re
from typing import Any

from playwright.async_api import Browser, Page, Route, expect
from sqlalchemy import select

from models import Payment, Refund, RefundKind, RefundStatus
from tests.e2e.browser import PageErrors, page_server
from tests.e2e.test_pages import stall, vendor_console
from tests.integration.test_console_statements import sell
from tests.live_helpers import LiveServer


async def refund_processed(server: LiveServer, order_id: int, paise: int) -> None:
    """A refund of the order's payment, processed at Razorpay (made on its dashboard)."""
    async with server.app.state.sessions() as session, session.begin():
        payment = await session.scalar(select(Payment).where(Payment.credited_order_id == order_id))
        assert payment is not None
        session.add(
            Refund(
                payment_id=payment.id,
                order_id=order_id,
                kind=RefundKind.EXTERNAL,
                status=RefundStatus.PROCESSED,
                amount_paise=paise,
                idempotency_key=f"outside-{order_id}",
            )
        )


async def shown(page: Page) -> list[int]:
    ids: list[str] = await page.eval_on_selector_all(
        "#order-list li.order", "els => els.map((el) => el.dataset.orderId)"
    )
    return [int(i) for i in ids]


async def test_older_orders_are_reached_and_every_row_shown_stays_current(
    sqlite_url: str, browser: Browser
) -> None:
    async with page_server(sqlite_url) as server:
        s = await stall(server)
        customer = await s["api"].register("customer")
        market: dict[str, Any] = {**s, "customer": customer}
        await sell(server.app, market, 230)  # orders 1 … 230

        errors = PageErrors()
        context, page = await vendor_console(browser, server, errors)

        rows = page.locator("#order-list li.order")
        older = page.get_by_role("button", name="Older orders")
        newest = page.get_by_role("button", name="Show only the newest")
        await expect(rows).to_have_count(50)
        assert (await shown(page))[0] == 230
        await expect(newest).to_be_hidden()

        # Two pages further back, by the list's Link.
        await older.click()
        await expect(rows).to_have_count(100)
        await older.click()
        await expect(rows).to_have_count(150)
        assert await shown(page) == list(range(230, 80, -1))

        # New sales push the oldest shown rows out (the page keeps its length), and a
        # refund made on an order far down the list shows on its row.
        await sell(server.app, market, 5)  # 231 … 235
        await refund_processed(server, 100, 700)
        await expect(rows.first).to_have_attribute("data-order-id", "235")
        await expect(page.locator("#order-100")).to_contain_text("refunded ₹7")
        assert await shown(page) == list(range(235, 85, -1))

        # Further back than the page keeps: the newest of the older rows leave, a line
        # says where the older part starts, and it stays current on its own cursor.
        await older.click()
        await expect(rows).to_have_count(200)
        await older.click()
        await expect(page.locator("#orders-gap")).to_have_text("Older orders: #150 and before")
        assert await shown(page) == [*range(235, 185, -1), *range(150, 0, -1)]
        await expect(older).to_be_hidden()  # order 1 is on the page
        # A refund being typed on one row survives the polls that update another.
        await page.locator("#order-2 summary").click()
        typing = page.locator("#refund-amount-2")
        await typing.fill("12")
        await refund_processed(server, 3, 500)
        await expect(page.locator("#order-3")).to_contain_text("refunded ₹5")
        await expect(typing).to_be_focused()
        await expect(typing).to_have_value("12")
        assert len(await shown(page)) == 200

        await newest.click()
        await expect(rows).to_have_count(50)
        await expect(page.locator("#orders-gap")).to_have_count(0)
        await expect(older).to_be_visible()

        # The account's rate limit meets a poll: the page says so, waits, then goes on.
        limited = json.dumps(
            {"error": {"code": "rate_limited", "message": "Too many general requests"}}
        )

        async def too_many(route: Route) -> None:
            await route.fulfill(
                status=429,
                headers={"Retry-After": "2", "Content-Type": "application/json"},
                body=limited,
            )

        await page.route(re.compile(r"/api/console/orders\?limit=50$"), too_many, times=1)
        paused = page.locator("#polls-paused")
        await expect(paused).to_contain_text("Too many requests from this account")
        await sell(server.app, market, 1)  # 236, seen once the polls go on
        await expect(paused).to_be_hidden()
        await expect(rows.first).to_have_attribute("data-order-id", "236")

        # In another language the controls read in it.
        await page.get_by_label("Language").select_option("hi")
        await expect(page.get_by_role("button", name="पुराने ऑर्डर")).to_be_visible()
        await context.close()
        assert errors.unexpected("429") == []
