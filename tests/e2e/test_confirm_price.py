"""A price heard without confidence, on the pages in real Chromium: the shopper page and
the vendor console show the heard words with Confirm and Fix; Confirm records the price,
Fix puts it in the typed-price box to put right.

The unsure words are typed from a second connection of the same side that watches
(`hello` with `watch: true`): the question goes to every screen of the speaker's side."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

from playwright.async_api import Browser, Locator, Page, expect
from sqlalchemy import select

from models import Bid
from tests.e2e.browser import PageErrors, screenshot
from tests.e2e.test_pages import (
    no_sideways_scroll,
    shopper_bargaining,
    stall,
    unlabelled_controls,
    vendor_console,
)
from tests.live_helpers import LiveServer, open_browser, wait_for


@dataclass
class ConsoleDeal:
    """A console showing one deal, the shopper's socket and, if asked for, a watching
    vendor socket."""

    nid: int
    page: Page
    deal: Locator
    customer: Any
    customer_got: Any
    vendor: Any


@contextlib.asynccontextmanager
async def console_deal(
    server: LiveServer, browser: Browser, *, vendor_language: str | None = None
) -> AsyncIterator[ConsoleDeal]:
    """A shopper joined by QR in Hindi, the console showing the deal, a second vendor
    screen in `vendor_language` that watches (none without one), and the shopper's first
    offer (₹36/kg) shown on the console. Closes the sockets and the console after, with no
    page error."""
    s = await stall(server)
    joined = await server.http.post(
        f"/api/qr/{s['qr']['token']}/join",
        json={"language": "hi", "product_id": s["product"]["id"], "quantity": 2},
    )
    assert joined.status_code == 200
    guest = joined.json()
    nid = guest["negotiation"]["id"]
    errors = PageErrors()
    context, page = await vendor_console(browser, server, errors)
    deal = page.locator("article.deal")
    await expect(deal).to_have_count(1)
    customer, cgot, ctask = await open_browser(server, nid, guest["token"], language="hi")
    sockets = [(customer, ctask)]
    vendor = None
    if vendor_language is not None:
        vendor, _vgot, vtask = await open_browser(
            server, nid, s["vendor"]["token"], language=vendor_language, watch=True
        )
        sockets.append((vendor, vtask))
    await customer.send('{"type": "offer", "amount_paise": 3600}')
    await expect(deal.locator(".incoming .offer-amount")).to_have_text("₹36/kg")
    yield ConsoleDeal(nid, page, deal, customer, cgot, vendor)
    for ws, task in sockets:
        await ws.close()
        await task
    await context.close()
    assert errors.messages == []


async def bids(server: LiveServer) -> list[tuple[str, int, str]]:
    async with server.app.state.sessions() as session:
        rows = await session.scalars(select(Bid).order_by(Bid.id))
        return [(b.side.value, b.amount_paise, b.source.value) for b in rows]


async def test_the_shopper_confirms_or_fixes_a_price(server: LiveServer, browser: Browser) -> None:
    s = await stall(server)  # ₹45 list, ₹35 floor, per kg
    errors = PageErrors()
    context, page = await shopper_bargaining(browser, s["qr"]["url"], errors)
    visit = await page.evaluate("JSON.parse(sessionStorage.getItem('vyapar.shopper'))")
    nid = visit["negotiation_id"]
    ws, _got, task = await open_browser(
        server, nid, visit["guest_token"], language="hi", watch=True
    )

    # Two prices in one breath: the page asks, nothing is recorded.
    await ws.send('{"type": "text", "text": "35 ya 40 rupaye"}')
    card = page.get_by_role("group", name="आपका कहा दाम जाँचें")
    await expect(card).to_be_visible()
    await expect(card).to_contain_text("क्या आपने 40 रुपये किलो कहा?")
    await expect(card.locator(".heard")).to_have_text("सुना: “35 ya 40 rupaye”")
    await expect(page.locator("#state-line")).to_have_text("क्या आपने 40 रुपये किलो कहा?")
    await expect(card.get_by_role("button", name="हाँ, ₹40/किलो")).to_be_visible()
    await no_sideways_scroll(page)
    assert await unlabelled_controls(page) == []
    await screenshot(page, "shopper-360-confirm-price")
    assert await bids(server) == []

    # Fix: the typed-price box, filled in with the heard price, goes the usual way.
    await card.get_by_role("button", name="सुधारें").click()
    amount = page.get_by_label("आपका दाम (₹ प्रति किलो)")
    await expect(amount).to_be_focused()
    await expect(amount).to_have_value("40")
    await expect(card).to_have_count(0)
    await expect(page.locator("#notice")).to_have_text("कृपया दाम फिर से बोलिए, या टाइप कर दीजिए।")
    await amount.fill("38")
    await amount.press("Enter")
    await expect(page.locator("#state-line")).to_have_text("आपने ₹38/किलो कहा")
    assert await bids(server) == [("customer", 3800, "button")]

    # The vendor counters; asked again, Confirm records the heard price.
    vws, _vgot, vtask = await open_browser(server, nid, s["vendor"]["token"], language="ta")
    await vws.send('{"type": "offer", "amount_paise": 4400}')
    await expect(page.locator("#state-line")).to_have_text("दुकानदार ने जवाब में ₹44/किलो कहा")
    await ws.send('{"type": "text", "text": "41 ya 42 rupaye"}')
    await card.get_by_role("button", name="हाँ, ₹42/किलो").click()
    await expect(page.locator("#state-line")).to_have_text("आपने ₹42/किलो कहा")
    await expect(card).to_have_count(0)
    assert await bids(server) == [
        ("customer", 3800, "button"),
        ("vendor", 4400, "button"),
        ("customer", 4200, "text"),
    ]
    for each, its_task in ((ws, task), (vws, vtask)):
        await each.close()
        await its_task
    await context.close()
    assert errors.messages == []


async def test_the_console_confirms_or_fixes_the_vendor_s_price(
    server: LiveServer, browser: Browser
) -> None:
    async with console_deal(server, browser, vendor_language="en") as it:
        page, deal, customer, cgot, vendor = (
            it.page,
            it.deal,
            it.customer,
            it.customer_got,
            it.vendor,
        )
        # The vendor's own unsure price: the console asks; Fix opens a price box with it.
        await vendor.send('{"type": "text", "text": "forty or forty two rupees"}')
        card = deal.get_by_role("group", name="Check the price you said")
        await expect(card).to_contain_text("Did you say 42 rupees a kilo?")
        await expect(card.locator(".heard")).to_have_text("Heard: “forty or forty two rupees”")
        await no_sideways_scroll(page)
        assert await unlabelled_controls(page) == []
        await screenshot(page, "vendor-360-confirm-price")
        await card.get_by_role("button", name="Fix").click()
        fix = deal.get_by_label("Your price (₹ per kg)")
        await expect(fix).to_be_focused()
        await expect(fix).to_have_value("42")
        await fix.fill("43")
        await deal.get_by_role("button", name="Offer", exact=True).click()
        await expect(deal.locator(".state-line")).to_have_text("You offered ₹43/kg")
        await expect(fix).to_have_count(0)

        # The customer comes up; the vendor's next unsure price is confirmed by button.
        await customer.send('{"type": "offer", "amount_paise": 3900}')
        await expect(deal.locator(".incoming .offer-amount")).to_have_text("₹39/kg")
        await vendor.send('{"type": "text", "text": "forty or forty one rupees"}')
        await card.get_by_role("button", name="Yes, ₹41/kg").click()
        await expect(deal.locator(".state-line")).to_have_text("You offered ₹41/kg")
        await wait_for(
            lambda: (
                [e["amount_paise"] for e in cgot.of("offer") if e["side"] == "vendor"]
                == [4300, 4100]
            ),
            what="the vendor's offers at the customer",
        )
        assert await bids(server) == [
            ("customer", 3600, "button"),
            ("vendor", 4300, "button"),
            ("customer", 3900, "button"),
            ("vendor", 4100, "text"),
        ]


async def test_the_console_asks_in_its_own_language_what_another_screen_heard(
    server: LiveServer, browser: Browser
) -> None:
    """The vendor's unsure price comes from a screen of theirs in Hindi (as a phone leg in
    another language would): the English console asks it in English, and after the
    vendor's no there says "say the price again" in English too."""
    async with console_deal(server, browser, vendor_language="hi") as it:
        deal, vendor = it.deal, it.vendor
        await vendor.send('{"type": "text", "text": "40 ya 42 rupaye"}')
        card = deal.get_by_role("group", name="Check the price you said")
        question = card.locator(".offer-who")
        await expect(question).to_have_text("Did you say 42 rupees a kilo?")
        await expect(question).to_have_attribute("lang", "en")
        await expect(card.locator(".heard")).to_have_text("Heard: “40 ya 42 rupaye”")
        await vendor.send('{"type": "text", "text": "नहीं"}')
        await expect(card).to_have_count(0)
        await expect(deal.locator(".note")).to_have_text("Please say the price again, or type it.")
        assert await bids(server) == [("customer", 3600, "button")]
