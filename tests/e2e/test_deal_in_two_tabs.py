"""One shopper's deal open in two tabs: the newer tab takes the deal's socket, and the
older one says so ("this deal is open in another tab"), shows nothing to press on the
price it last saw, and offers to continue there, which takes the deal back."""

from __future__ import annotations

from playwright.async_api import Browser, Page, expect

from tests.e2e.browser import PageErrors
from tests.e2e.test_pages import shopper_bargaining, stall
from tests.live_helpers import LiveServer

OTHER_TAB = "यह सौदा किसी दूसरे टैब में खुला है"
ACCEPT = "मंज़ूर"
OUT_OF_DATE = "पुरानी जानकारी"


async def live_offer(page: Page, rupees: int) -> None:
    """The page shows the vendor's `rupees` as the latest offer, to accept."""
    latest = page.locator("#offers li.latest")
    await expect(latest).to_contain_text(f"₹{rupees}")
    await expect(latest.get_by_role("button", name=ACCEPT, exact=True)).to_be_enabled()


async def taken_over(page: Page) -> None:
    await expect(page.locator("#elsewhere")).to_be_visible()
    # The price it last saw may have moved on in the other tab: shown as out of date.
    await expect(page.locator("#state-line")).to_contain_text(OUT_OF_DATE)
    await expect(page.locator("#state-line")).to_have_class("state-line stale")
    await expect(page.locator("#elsewhere")).to_contain_text(OTHER_TAB)
    await expect(page.get_by_role("button", name=ACCEPT, exact=True)).to_have_count(0)
    await expect(page.locator("#offer-form")).to_be_hidden()
    await expect(page.locator("#voice")).to_be_hidden()


async def test_the_older_tab_of_a_deal_says_it_is_open_elsewhere(
    server: LiveServer, browser: Browser
) -> None:
    s = await stall(server)
    api, vendor = s["api"], s["vendor"]["token"]
    errors = PageErrors()
    context, first = await shopper_bargaining(browser, s["qr"]["url"], errors)
    nid = int(
        await first.evaluate("JSON.parse(sessionStorage.getItem('vyapar.shopper')).negotiation_id")
    )
    r = await api.bid(vendor, nid, 4400)
    assert r.status_code in (200, 201), r.text
    await live_offer(first, 44)

    second = errors.watch(await context.new_page(), "second tab")
    await second.goto(s["qr"]["url"])  # the same stall's code: the same deal
    await live_offer(second, 44)
    await taken_over(first)

    r = await api.bid(vendor, nid, 4300)  # seen live by the newer tab only
    assert r.status_code in (200, 201), r.text
    await live_offer(second, 43)
    await taken_over(first)

    # "Continue here": the older tab has the deal again, at the price now on the table.
    await first.get_by_role("button", name="यहीं जारी रखें").click()
    await live_offer(first, 43)
    await expect(first.locator("#elsewhere")).to_be_hidden()
    await expect(first.locator("#state-line")).not_to_contain_text(OUT_OF_DATE)
    await expect(first.locator("#offer-form")).to_be_visible()
    await taken_over(second)
    await context.close()
    assert errors.messages == []
