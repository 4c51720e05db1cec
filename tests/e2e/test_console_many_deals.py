"""A stall with more open deals than the console's page of cards, in real Chromium: the
open deals below the 50 most recently active are counted under the cards ("10 more open
deals — show"), one press shows them below, and each can then be answered."""

from __future__ import annotations

import re
from datetime import timedelta

from playwright.async_api import Browser, expect

from models import Bid, Negotiation, NegotiationStatus, Side
from models.base import utcnow
from tests.e2e.browser import PageErrors
from tests.e2e.test_pages import stall, vendor_console
from tests.live_helpers import LiveServer

DEALS = 62


async def waiting_deals(server: LiveServer, vendor_id: int, product_id: int) -> list[int]:
    """`DEALS` open deals, each with a shopper's offer on the table (₹40.00, ₹40.01 … in
    the order they were last active, the first the least recent), made straight in the
    database: one shopper may hold only a few open deals at a stall."""
    now = utcnow()
    async with server.app.state.sessions() as session, session.begin():
        deals = [
            Negotiation(
                product_id=product_id,
                customer_id=vendor_id + 1,
                vendor_id=vendor_id,
                quantity=1,
                status=NegotiationStatus.OPEN,
                last_bid_side=Side.CUSTOMER,
                last_bid_amount_paise=4000 + i,
                expires_at=now + timedelta(hours=1),
            )
            for i in range(DEALS)
        ]
        session.add_all(deals)
        await session.flush()
        for i, n in enumerate(deals):
            session.add(
                Bid(
                    negotiation_id=n.id,
                    seq=1,
                    bidder_id=n.customer_id,
                    side=Side.CUSTOMER,
                    amount_paise=4000 + i,
                    quantity=1,
                )
            )
            n.updated_at = now - timedelta(minutes=DEALS - i)
        return [n.id for n in deals]


async def test_every_open_deal_is_reached_from_the_console(
    server: LiveServer, browser: Browser
) -> None:
    s = await stall(server)
    customer = await s["api"].register("customer")
    assert customer["user"]["id"] == s["vendor"]["user"]["id"] + 1
    ids = await waiting_deals(server, s["vendor"]["user"]["id"], s["product"]["id"])

    errors = PageErrors()
    context, page = await vendor_console(browser, server, errors)
    deals = page.locator("article.deal")
    more = page.get_by_role("button", name="12 more open deals — show")
    await expect(deals).to_have_count(50)
    await expect(more).to_be_visible()
    oldest = page.locator(f"#deal-{ids[0]}")
    await expect(oldest).to_have_count(0)

    await more.click()
    await expect(deals).to_have_count(DEALS)
    await expect(more).to_be_hidden()
    # Below the newest cards, the most recently active of them first.
    order = await page.eval_on_selector_all("article.deal", "els => els.map((el) => el.id)")
    assert order == [f"deal-{i}" for i in reversed(ids)]
    await expect(oldest).to_contain_text("₹40")
    await oldest.get_by_role("button", name=re.compile("^Accept")).click()
    await expect(oldest).to_have_class("deal status-accepted")
    await expect(page.locator(f"#deal-{ids[1]}")).to_have_class("deal status-open")
    assert errors.unexpected() == []
    await context.close()
