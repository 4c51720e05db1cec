"""A vendor's edit of a product shows at once on the open deal's pages, in each reader's
language: the shopper's page (Hindi) and the vendor's console (English) show the new name
and list price, and "taken off sale" once it is withdrawn, when the shopper's page stops
offering a price it could not make."""

from __future__ import annotations

from playwright.async_api import Browser, expect

from tests.e2e.browser import PageErrors
from tests.e2e.test_pages import shopper_bargaining, stall, vendor_console
from tests.live_helpers import LiveServer


async def test_an_edit_shows_on_both_pages(server: LiveServer, browser: Browser) -> None:
    s = await stall(server)
    errors = PageErrors()
    vcontext, console = await vendor_console(browser, server, errors)
    context, page = await shopper_bargaining(browser, s["qr"]["url"], errors)
    await expect(page.locator("#product-facts")).to_have_text("दुकानदार का दाम: ₹45/किलो")
    card = console.locator("#negotiations article h3")
    await expect(card).to_contain_text("Tomato · 2 kg · ₹45/kg")
    # The console's room socket is open once the customer shows as here.
    await expect(console.locator("#negotiations article .presence")).to_contain_text(
        "Customer is here"
    )

    api, pid = s["api"], s["product"]["id"]
    vendor = api.auth(s["vendor"]["token"])
    edit = {"names": {"en": "Onion", "hi": "प्याज"}, "list_price_paise": 4000}
    r = await api.client.patch(f"/api/products/{pid}", json=edit, headers=vendor)
    assert r.status_code == 200, r.text
    await expect(page.locator("#product-title")).to_have_text("प्याज · 2 किलो")
    await expect(page.locator("#product-facts")).to_have_text("दुकानदार का दाम: ₹40/किलो")
    await expect(card).to_contain_text("Onion · 2 kg · ₹40/kg")

    r = await api.client.patch(f"/api/products/{pid}", json={"is_active": False}, headers=vendor)
    assert r.status_code == 200, r.text
    await expect(page.locator("#product-facts")).to_have_text(
        "दुकानदार ने प्याज को बिक्री से हटा दिया है।"
    )
    await expect(page.locator("#offer-form")).to_be_hidden()
    await expect(card).to_contain_text("not on sale")

    # A reload reads it from the snapshot.
    await page.reload()
    await expect(page.locator("#product-facts")).to_have_text(
        "दुकानदार ने प्याज को बिक्री से हटा दिया है।"
    )
    await context.close()
    await vcontext.close()
    assert errors.messages == []
