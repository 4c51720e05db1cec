"""A vendor on two devices: when both act on one deal, the device whose move lost to the
other's is told the deal is already closed, not that the offer changed (the other device
accepted the very offer it was showing), in real Chromium."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from playwright.async_api import Browser, expect
from playwright.async_api import TimeoutError as PlaywrightTimeout

from tests.e2e.browser import PageErrors, page_server
from tests.e2e.test_pages import (
    shopper_bargaining,
    stall,
    vendor_console,
)
from tests.live_helpers import LiveServer

POLLED = "refreshed every 2 s"
CHANGED = "The offer has changed"
CLOSED = "This deal is already closed"


@pytest.fixture
async def server(sqlite_url: str) -> AsyncIterator[LiveServer]:
    # More deals than the console's live rooms (6): the others answer over the REST API.
    async with page_server(sqlite_url) as s:
        yield s


async def test_a_move_overtaken_on_another_device_says_the_deal_is_closed(
    server: LiveServer, browser: Browser
) -> None:
    s = await stall(server)
    api, pid, vendor = s["api"], s["product"]["id"], s["vendor"]
    for i in range(9):
        customer = await api.register("customer")
        await api.open(customer["token"], pid, quantity=1, amount_paise=4000 + i)

    errors = PageErrors()
    context, page = await vendor_console(browser, server, errors)
    polled = page.locator("article.deal").filter(has_text=POLLED)
    await expect(polled.first).to_be_visible(timeout=15_000)

    raced = None
    # The deals first: the cards' order in the list moves as polls re-render them.
    deal_ids = [
        int((await card.get_attribute("id") or "").removeprefix("deal-"))
        for card in await polled.all()
    ]
    for deal_id in deal_ids:
        # The other device accepts; this one, still showing the offer, accepts too
        # (unless its 2 s list poll came in between: then try the next card).
        r = await api.accept(vendor["token"], deal_id)
        assert r.status_code in (200, 201), r.text
        # By the card's id: a poll re-renders the card (the same offer, or the deal
        # closed), and the click then retries on the card as it now stands.
        button = page.locator(f"#deal-{deal_id} [data-action=accept]")
        try:
            await button.click(timeout=5_000)
        except PlaywrightTimeout:
            assert await button.count() == 0  # the card already showed the deal closed
            continue
        raced = page.locator(f"#deal-{deal_id}")  # the list's filters move as cards change
        break
    assert raced is not None, "every card was refreshed before its accept"
    await expect(raced).to_contain_text(CLOSED, timeout=10_000)
    await expect(raced).not_to_contain_text(CHANGED)
    await context.close()
    assert errors.unexpected("409", "illegal_transition") == []


async def test_a_shopper_past_the_stalls_window_is_told_the_wait_in_minutes(
    sqlite_url: str, browser: Browser
) -> None:
    """One phone opening more deals at one stall than `rate_limit_stall_deals` allows:
    its next deal reads how many minutes to wait, in its language, not "wait a moment".
    (Other phones behind the same address are counted apart: test_open_bound.py.)"""
    async with page_server(sqlite_url, rate_limit_stall_deals="1/hour") as server:
        s = await stall(server)
        await server.app.state.limiter.reset()
        errors = PageErrors()
        first, _ = await shopper_bargaining(browser, s["qr"]["url"], errors)
        device = await first.cookies()  # the same phone: its device cookie, a fresh page
        await first.close()
        context = await browser.new_context(locale="hi-IN", viewport={"width": 360, "height": 740})
        await context.add_cookies(device)
        page = errors.watch(await context.new_page(), "shopper")
        await page.goto(s["qr"]["url"])
        await page.get_by_label("मात्रा (किलो)").fill("2")
        await page.get_by_role("button", name="मोलभाव शुरू करें").click()
        await expect(page.get_by_text("मिनट बाद फिर कोशिश करें")).to_be_visible(timeout=10_000)
        await context.close()
        assert errors.unexpected("429") == []
