"""A shopper's deal survives the tab: closed (a UPI app opened from Pay, a swipe), the
stall's QR scanned again, or `/shop` opened, the same browser is back at the deal, able to
pay; a deal that is over is not brought back."""

from __future__ import annotations

import re
from typing import Any

from playwright.async_api import Browser, Page, expect
from sqlalchemy import select

from models import Bid
from tests.e2e.browser import PageErrors
from tests.e2e.test_pages import shopper_bargaining, stall
from tests.live_helpers import LiveServer

DEAL = "₹42/किलो पर सौदा पक्का: कुल ₹84"


async def agreed_at_42(server: LiveServer, s: dict[str, Any], page: Page) -> None:
    """The shopper types ₹42 a kilo and the vendor accepts it over the API."""
    amount = page.get_by_label("आपका दाम (₹ प्रति किलो)")
    await amount.fill("42")
    await amount.press("Enter")
    await expect(page.locator("#state-line")).to_have_text("आपने ₹42/किलो कहा")
    async with server.app.state.sessions() as session:
        bid = await session.scalar(select(Bid))
    assert bid is not None
    r = await s["api"].accept(s["vendor"]["token"], bid.negotiation_id)
    assert r.status_code in (200, 201), r.text


async def test_a_deal_is_found_again_from_a_new_tab(server: LiveServer, browser: Browser) -> None:
    s = await stall(server)
    errors = PageErrors()
    context, page = await shopper_bargaining(browser, s["qr"]["url"], errors)
    await agreed_at_42(server, s, page)
    await expect(page.locator("#state-line")).to_have_text(DEAL)
    await page.close()

    # The stall's code scanned again, in a new tab of the same browser: the deal, to pay.
    again = errors.watch(await context.new_page(), "shopper again")
    await again.goto(s["qr"]["url"])
    await expect(again.locator("#state-line")).to_have_text(DEAL)
    await expect(again.get_by_role("button", name="₹84 चुकाएँ")).to_be_visible()
    await again.close()
    # `/shop` on its own, in another new tab: the latest deal under way.
    shop = errors.watch(await context.new_page(), "shop")
    await shop.goto(f"{server.base_url}/shop")
    await expect(shop.locator("#state-line")).to_have_text(DEAL)
    await context.close()

    # Another browser (another phone) has no deal of its own: the stall's products.
    other, fresh = await shopper_bargaining(browser, s["qr"]["url"], errors)
    await expect(fresh.locator("#state-line")).to_have_text("अपना दाम बोलिए, या नीचे लिखिए")
    await other.close()
    assert errors.messages == []


async def test_a_deal_that_is_over_is_not_brought_back(
    server: LiveServer, browser: Browser
) -> None:
    s = await stall(server)
    errors = PageErrors()
    context, page = await shopper_bargaining(browser, s["qr"]["url"], errors)
    nid = int(
        await page.evaluate("JSON.parse(sessionStorage.getItem('vyapar.shopper')).negotiation_id")
    )
    r = await s["api"].client.post(
        f"/api/negotiations/{nid}/reject", headers=s["api"].auth(s["vendor"]["token"])
    )
    assert r.status_code in (200, 201), r.text
    await expect(page.locator("#state-line")).not_to_have_text("अपना दाम बोलिए, या नीचे लिखिए")
    kept = await page.evaluate("localStorage.getItem('vyapar.shopper.deals')")
    assert kept in (None, "{}"), kept
    await page.close()
    again = errors.watch(await context.new_page(), "shopper again")
    await again.goto(s["qr"]["url"])
    await expect(again.get_by_role("button", name="मोलभाव शुरू करें")).to_be_visible()
    await context.close()
    assert errors.messages == []


async def test_a_deal_turned_down_offers_the_stall_again(
    server: LiveServer, browser: Browser
) -> None:
    """Rejected, then cancelled: the page offers the stall's products under the deal that
    ended, after a reload too, and the stall's code scanned again in the same tab opens
    the stall, not the deal that ended."""
    s = await stall(server)
    errors = PageErrors()
    context, page = await shopper_bargaining(browser, s["qr"]["url"], errors)
    first = await page.evaluate("JSON.parse(sessionStorage.getItem('vyapar.shopper'))")
    r = await s["api"].client.post(
        f"/api/negotiations/{first['negotiation_id']}/reject",
        headers=s["api"].auth(s["vendor"]["token"]),
        json={"reason": "Sold out"},
    )
    assert r.status_code == 200, r.text
    await expect(page.locator("#state-line")).to_have_text("सौदा नहीं हुआ")
    # The vendor's reason, in the shopper's language, not a refusal of the price.
    await expect(page.locator("#end-reason")).to_have_text("दुकानदार: टमाटर ख़त्म हो गया।")
    start = page.get_by_role("button", name="मोलभाव शुरू करें")
    await expect(start).to_be_visible()
    await expect(page.locator("#offer-form")).to_be_hidden()

    await page.reload()  # /shop: the deal that ended, and the stall's products under it
    await expect(page.locator("#state-line")).to_have_text("सौदा नहीं हुआ")
    await expect(start).to_be_visible()

    await page.goto(s["qr"]["url"])  # scanned again, in the same tab: the stall
    await expect(start).to_be_visible()
    await expect(page.locator("#talk")).to_be_hidden()
    await page.get_by_label("मात्रा (किलो)").fill("3")
    await start.click()
    await expect(page.locator("#state-line")).to_have_text("अपना दाम बोलिए, या नीचे लिखिए")
    await expect(page.locator("#pick")).to_be_hidden()
    second = await page.evaluate("JSON.parse(sessionStorage.getItem('vyapar.shopper'))")
    assert second["negotiation_id"] != first["negotiation_id"]
    assert "3" in (await page.locator("#product-title").text_content() or "")

    # The shopper's own cancel (from the API here) ends it too: the products again, at once.
    r = await s["api"].client.post(
        f"/api/negotiations/{second['negotiation_id']}/cancel",
        headers=s["api"].auth(second["guest_token"]),
        json={"reason": "पैसे घर पर रह गए"},
    )
    assert r.status_code == 200, r.text
    await expect(page.locator("#state-line")).to_have_text("यह मोलभाव रद्द हो गया")
    await expect(page.locator("#end-reason")).to_be_empty()  # the shopper's own, not shown
    await start.click()
    await expect(page.locator("#state-line")).to_have_text("अपना दाम बोलिए, या नीचे लिखिए")
    third = await page.evaluate("JSON.parse(sessionStorage.getItem('vyapar.shopper'))")
    assert third["negotiation_id"] not in (first["negotiation_id"], second["negotiation_id"])
    await context.close()
    assert errors.messages == []


async def test_a_paid_deal_scanned_again_in_its_tab_starts_the_next_one(
    server: LiveServer, browser: Browser
) -> None:
    """Paid, then the stall's code scanned again in the same tab (the shopper buys
    something else): the stall's products, not the paid deal."""
    s = await stall(server)
    errors = PageErrors()
    context, page = await shopper_bargaining(browser, s["qr"]["url"], errors)
    await agreed_at_42(server, s, page)
    await page.get_by_role("button", name="₹84 चुकाएँ").click()
    await page.wait_for_url(re.compile(r"/sandbox/checkout/order_"))
    await page.get_by_role("button", name="Pay", exact=True).click()
    await page.wait_for_url(re.compile(r"/shop$"))
    await expect(page.locator("#paid")).to_be_visible()

    await page.goto(s["qr"]["url"])
    await expect(page.get_by_role("button", name="मोलभाव शुरू करें")).to_be_visible()
    await context.close()
    assert errors.messages == []


async def test_an_offer_made_clears_the_typed_price_error(
    server: LiveServer, browser: Browser
) -> None:
    """A price the page could not read is said ("type a price…"); the next one, made, takes
    that notice away rather than leaving it beside the offer."""
    s = await stall(server)
    errors = PageErrors()
    context, page = await shopper_bargaining(browser, s["qr"]["url"], errors)
    amount = page.get_by_label("आपका दाम (₹ प्रति किलो)")
    await amount.fill("abc")
    await amount.press("Enter")
    notice = page.locator("#notice")
    await expect(notice).not_to_have_text("")
    await amount.fill("42")
    await amount.press("Enter")
    await expect(page.locator("#state-line")).to_have_text("आपने ₹42/किलो कहा")
    # at once: the notice would otherwise fade by itself, seconds later
    await expect(notice).to_have_text("", timeout=1_000)
    await context.close()
    assert errors.messages == []
