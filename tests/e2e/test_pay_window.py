"""The shopper is told how long they have to pay, and, when the deal lapsed with their
money taken, that it is being refunded, in their language."""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
from playwright.async_api import Browser, Route, expect
from sqlalchemy import select

from models import Bid
from models.base import utcnow
from server.domain import negotiation
from server.domain.context import Actor
from tests.e2e.browser import PageErrors, page_server
from tests.e2e.test_pages import shopper_bargaining, stall
from tests.live_helpers import LiveServer


@pytest.fixture
async def server(sqlite_url: str) -> AsyncIterator[LiveServer]:
    async with page_server(sqlite_url, reservation_ttl_seconds=600) as s:
        yield s


async def test_time_to_pay_and_a_late_payment_refunded(
    server: LiveServer, browser: Browser
) -> None:
    s = await stall(server)
    errors = PageErrors()
    context, page = await shopper_bargaining(browser, s["qr"]["url"], errors)
    amount = page.get_by_label("आपका दाम (₹ प्रति किलो)")
    await amount.fill("42")
    await amount.press("Enter")
    await expect(page.locator("#state-line")).to_have_text("आपने ₹42/किलो कहा")
    async with server.app.state.sessions() as session:
        bid = await session.scalar(select(Bid))
    assert bid is not None
    r = await s["api"].accept(s["vendor"]["token"], bid.negotiation_id)
    assert r.status_code in (200, 201), r.text
    await expect(page.locator("#state-line")).to_have_text("₹42/किलो पर सौदा पक्का: कुल ₹84")
    # Ten minutes held: "10 मिनट में चुकाएँ (… तक)", the clock time in the shopper's language.
    pay_by = page.locator("#pay-by")
    await expect(pay_by).to_be_visible()
    await expect(pay_by).to_have_text(re.compile(r"^(10|9) मिनट में चुकाएँ \(.*\d:\d\d.* तक\);"))

    # The hold lapses; the shopper's bank was slow and the money was taken all the same:
    # the server refunds it (a surplus refund on its way back) and `/shop` says so.
    async with server.app.state.sessions() as session, session.begin():
        lapsed = await negotiation.release_unpaid(
            session, Actor.system(), now=utcnow() + timedelta(hours=1)
        )
    assert len(lapsed) == 1

    async def refund_on_its_way(route: Route) -> None:
        answer = await route.fetch()
        status = await answer.json()
        assert status["order_status"] == "expired"
        assert status["pay_by"] is None
        status["surplus_refunds_pending_paise"] = 8400
        await route.fulfill(response=answer, body=json.dumps(status))

    await page.route("**/api/payment/status/*", refund_on_its_way)
    await page.goto(f"{server.base_url}/shop")
    await expect(page.locator("#state-line")).to_have_text(
        "इस मोलभाव का समय ख़त्म हो गया। आपके चुकाए ₹84 वापस किए जा रहे हैं।"
    )
    await expect(page.locator("#pay")).to_be_hidden()
    await context.close()
    assert errors.messages == []
