"""Several shoppers bargaining for the same product at once, on the console in real
Chromium: each card says whose deal it is (a short code per shopper, with the name they
joined with when the console heard them join), so the vendor can tell the cards apart."""

from __future__ import annotations

from playwright.async_api import Browser, expect

from tests.e2e.browser import PageErrors
from tests.e2e.test_pages import stall, vendor_console
from tests.live_helpers import LiveServer, wait_for


async def test_each_card_names_its_shopper(server: LiveServer, browser: Browser) -> None:
    s = await stall(server)
    api = s["api"]
    errors = PageErrors()
    context, page = await vendor_console(browser, server, errors)
    vendors = server.app.state.live.vendors
    vendor_id = s["vendor"]["user"]["id"]
    await wait_for(lambda: vendors._listeners.get(vendor_id), what="the console's notices")
    deals = []
    for name in ("Meena", "Ravi", "Salma"):
        shopper = await api.register("customer", name=name)
        deals.append(((await api.open(shopper["token"], s["product"]["id"]))["id"], shopper))
    cards = page.locator("article.deal")
    await expect(cards).to_have_count(3)
    labels = set()
    for (n, shopper), name in zip(deals, ("Meena", "Ravi", "Salma"), strict=True):
        code = _base36(shopper["user"]["id"])
        label = page.locator(f"#deal-{n} .shopper")
        await expect(label).to_have_text(f"Shopper {code} · {name}")
        labels.add(await label.inner_text())
    assert len(labels) == 3
    assert errors.unexpected() == []
    await context.close()


def _base36(n: int) -> str:
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    out = ""
    while True:
        n, d = divmod(n, 36)
        out = digits[d] + out
        if n == 0:
            return out


async def test_the_names_are_back_after_a_reload(server: LiveServer, browser: Browser) -> None:
    """A console opened (or reloaded) after the shoppers joined heard none of their
    notices: the deal list's names label the cards all the same."""
    s = await stall(server)
    api = s["api"]
    deals = []
    for name in ("Meena", "Ravi"):
        shopper = await api.register("customer", name=name)
        deals.append(((await api.open(shopper["token"], s["product"]["id"]))["id"], shopper))
    errors = PageErrors()
    context, page = await vendor_console(browser, server, errors)
    await expect(page.locator("article.deal")).to_have_count(2)
    for (n, shopper), name in zip(deals, ("Meena", "Ravi"), strict=True):
        code = _base36(shopper["user"]["id"])
        await expect(page.locator(f"#deal-{n} .shopper")).to_have_text(f"Shopper {code} · {name}")
    await page.reload()
    await expect(page.locator("article.deal")).to_have_count(2)
    n, shopper = deals[0]
    code = _base36(shopper["user"]["id"])
    await expect(page.locator(f"#deal-{n} .shopper")).to_have_text(f"Shopper {code} · Meena")
    assert errors.unexpected() == []
    await context.close()
