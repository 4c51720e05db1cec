"""The vendor console at 200 % zoom on a small phone (a 180 CSS px wide viewport): the
deal cards shrink to the screen, so the offer, Accept/Reject and the counter box are on
it and nothing scrolls sideways (WCAG 1.4.10 Reflow), as on the shopper's page."""

from __future__ import annotations

from playwright.async_api import Browser, expect

from tests.e2e.browser import PageErrors
from tests.e2e.test_pages import VENDOR_PASSWORD, VENDOR_PHONE, stall
from tests.live_helpers import LiveServer

WIDTH = 180  # CSS px: a 360 px phone at 200 % zoom


async def test_console_deal_cards_reflow_at_200_percent_zoom(
    server: LiveServer, browser: Browser
) -> None:
    s = await stall(server)
    api, pid = s["api"], s["product"]["id"]
    for amount in (3800, 4050):
        customer = await api.register("customer")
        await api.open(customer["token"], pid, quantity=2, amount_paise=amount)

    errors = PageErrors()
    context = await browser.new_context(
        locale="en-IN", viewport={"width": WIDTH, "height": 370}, device_scale_factor=4
    )
    page = errors.watch(await context.new_page(), "vendor")
    await page.goto(f"{server.base_url}/vendor")
    await page.get_by_label("Phone or email").fill(VENDOR_PHONE)
    await page.get_by_label("Password").fill(VENDOR_PASSWORD)
    await page.get_by_role("button", name="Log in").click()
    deals = page.locator("article.deal")
    await expect(deals).to_have_count(2)
    await expect(deals.first.locator("[data-action=accept]")).to_be_visible()

    width = await page.evaluate("document.documentElement.scrollWidth")
    assert width <= WIDTH, f"the console is {width}px wide at a {WIDTH}px viewport"
    for i in range(2):
        card = deals.nth(i)
        for control in (
            card.locator("[data-action=accept]"),
            card.locator("[data-action=reject]"),
            card.locator("input[data-keep=counter]"),
            card.locator("button[data-action=counter]"),
        ):
            await expect(control).to_be_visible()
    # Every card and every control on it lies within the screen's width (the console
    # re-renders its cards as offers arrive: measured in one pass).
    outside: list[str] = await page.evaluate(
        """(width) => [...document.querySelectorAll('article.deal')].flatMap((card) =>
          [card, ...card.querySelectorAll('button, input, .state-line')]
            .filter((el) => el.offsetParent !== null)
            .filter((el) => {
              const r = el.getBoundingClientRect();
              return r.left < 0 || r.right > width + 0.5 || el.scrollWidth > el.clientWidth + 1
                && el.tagName !== 'INPUT';
            })
            .map((el) => el.outerHTML.slice(0, 80)))""",
        WIDTH,
    )
    assert outside == [], outside
    await expect(deals.first).to_contain_text("₹40.50")
    assert errors.unexpected() == []
