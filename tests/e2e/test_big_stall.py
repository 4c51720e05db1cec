"""A stall of 2,000 products on a 360 px phone: the shopper's page lists a page of them
with "show more" and a search box that finds a product by any of its names (Hindi or
Latin, as typed: case and accents do not matter), through the stall API; the console's
product list is searched and capped the same way."""

from __future__ import annotations

from playwright.async_api import Browser, expect

from models import Product
from tests.e2e.browser import PageErrors
from tests.e2e.test_pages import VENDOR_PASSWORD, VENDOR_PHONE, stall
from tests.live_helpers import LiveServer

FILLER = 1997  # beside the stall's own product and the two sought below: 2,000 in all
PAGE = 50
MAX_HEIGHT = 12_000  # px: a page of products, not 2,000 of them


async def big_stall(server: LiveServer) -> dict:
    s = await stall(server)
    vendor_id = s["vendor"]["user"]["id"]
    async with server.app.state.sessions() as session, session.begin():
        session.add_all(
            Product(
                vendor_id=vendor_id,
                names={"en": f"Crate {i}", "hi": f"पेटी {i}"},
                unit="kg",
                list_price_paise=2000 + i,
                floor_price_paise=1000,
                stock=50,
            )
            for i in range(FILLER)
        )
        session.add(
            Product(
                vendor_id=vendor_id,
                names={"en": "Crème Biscuits", "hi": "क्रीम बिस्कुट"},
                unit="kg",
                list_price_paise=9000,
                floor_price_paise=7000,
                stock=5,
            )
        )
        session.add(
            Product(
                vendor_id=vendor_id,
                names={"en": "Nagpur Orange", "hi": "नागपुरी संतरा"},
                unit="kg",
                list_price_paise=12000,
                floor_price_paise=9000,
                stock=40,
            )
        )
    return s


async def test_a_big_stall_is_searched_and_paged_on_the_shoppers_page(
    server: LiveServer, browser: Browser
) -> None:
    s = await big_stall(server)
    errors = PageErrors()
    context = await browser.new_context(locale="hi-IN", viewport={"width": 360, "height": 740})
    page = errors.watch(await context.new_page(), "shopper")
    await page.goto(s["qr"]["url"])
    choices = page.locator("#products label.product")
    await expect(choices).to_have_count(PAGE)
    height = await page.evaluate("document.documentElement.scrollHeight")
    assert height < MAX_HEIGHT, f"the stall's page is {height}px tall"

    more = page.get_by_role("button", name="और दिखाएँ")
    await more.click()
    await expect(choices).to_have_count(2 * PAGE)

    find = page.get_by_label("सामान खोजें")
    await find.fill("संतरा")  # a word of the Hindi name
    await expect(choices).to_have_count(1)
    await expect(choices.first).to_contain_text("नागपुरी संतरा")
    await expect(more).to_be_hidden()
    await find.fill("  nagPUR ")  # the English name, in another case and spacing
    await expect(choices).to_have_count(1)
    await expect(choices.first).to_contain_text("नागपुरी संतरा")
    await find.fill("creme")  # the accent need not be typed
    await expect(choices).to_have_count(1)
    await expect(choices.first).to_contain_text("क्रीम बिस्कुट")
    await find.fill("नहीं-है-ऐसा")
    await expect(page.locator("#products")).to_have_text("ऐसा कोई सामान नहीं मिला")
    await find.fill("Nagpur")
    await expect(choices).to_have_count(1)
    height = await page.evaluate("document.documentElement.scrollHeight")
    assert height < MAX_HEIGHT, f"the stall's page is {height}px tall"

    # The product found is the one bargained for.
    await choices.first.click()
    await page.get_by_label("मात्रा (किलो)").fill("2")
    await page.get_by_role("button", name="मोलभाव शुरू करें").click()
    await expect(page.locator("#state-line")).to_have_text("अपना दाम बोलिए, या नीचे लिखिए")
    await expect(page.locator("#product-title")).to_contain_text("नागपुरी संतरा")
    await context.close()
    assert errors.messages == []


async def test_the_consoles_long_product_list_is_searched_and_capped(
    server: LiveServer, browser: Browser
) -> None:
    await big_stall(server)
    errors = PageErrors()
    context = await browser.new_context(locale="en-IN", viewport={"width": 360, "height": 740})
    page = errors.watch(await context.new_page(), "vendor")
    await page.goto(f"{server.base_url}/vendor")
    await page.get_by_label("Phone or email").fill(VENDOR_PHONE)
    await page.get_by_label("Password").fill(VENDOR_PASSWORD)
    await page.get_by_role("button", name="Log in").click()
    rows = page.locator("#product-list li.product-row")
    await expect(rows).to_have_count(PAGE)
    await page.locator("#more-products").click()
    await expect(rows).to_have_count(2 * PAGE)
    find = page.get_by_label("Find a product")
    await find.fill("संतरा")
    await expect(rows).to_have_count(1)
    await expect(rows.first).to_contain_text("Nagpur Orange")
    await find.fill("CREME bis")
    await expect(rows).to_have_count(1)
    await expect(rows.first).to_contain_text("Crème Biscuits")
    await find.fill("")
    await expect(rows).to_have_count(PAGE)
    await context.close()
    assert errors.messages == []
