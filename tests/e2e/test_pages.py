"""The pages in real Chromium, without the voice: error pages for unusable QR codes, a
phone-width layout, buttons instead of words, reconnecting after a drop, the catalogue
and the flyer on the console, and the pages' own JavaScript (money, resampling)."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

import pytest
from playwright.async_api import Browser, BrowserContext, Page, expect
from sqlalchemy import select, update

from models import Bid, Product, QRSession, Side, utcnow
from server.web.pages import strings
from tests.conftest import Api
from tests.e2e.browser import PageErrors, screenshot
from tests.live_helpers import LiveServer, wait_for

VENDOR_PHONE = "+919811100002"
VENDOR_PASSWORD = "stall-password-2"


async def vendor_console(
    browser: Browser, server: LiveServer, errors: PageErrors
) -> tuple[BrowserContext, Page]:
    """The demo vendor signed in to the console on an English phone-sized page."""
    context = await browser.new_context(locale="en-IN", viewport={"width": 360, "height": 800})
    page = errors.watch(await context.new_page(), "vendor")
    await page.goto(f"{server.base_url}/vendor")
    await page.get_by_label("Phone or email").fill(VENDOR_PHONE)
    await page.get_by_label("Password").fill(VENDOR_PASSWORD)
    await page.get_by_role("button", name="Log in").click()
    return context, page


async def stall(server: LiveServer, kind: str = "stall") -> dict[str, Any]:
    api = Api(server.http)
    vendor = await api.register(
        "vendor",
        language="ta",
        business_name="Murugan Stores",
        phone=VENDOR_PHONE,
        password=VENDOR_PASSWORD,
    )
    product = await api.product(
        vendor["token"],
        names={"en": "Tomato", "hi": "टमाटर"},
        list_price_paise=4500,
        floor_price_paise=3500,
    )
    r = await server.http.post("/api/qr", headers=api.auth(vendor["token"]), json={"kind": kind})
    assert r.status_code == 201, r.text
    return {"api": api, "vendor": vendor, "product": product, "qr": r.json()}


async def shopper_bargaining(
    browser: Browser, url: str, errors: PageErrors, *, quantity: int = 2
) -> tuple[BrowserContext, Page]:
    """A Hindi shopper's phone-sized page, opened at the stall's `url`, bargaining for
    `quantity` kg."""
    context = await browser.new_context(locale="hi-IN", viewport={"width": 360, "height": 740})
    page = errors.watch(await context.new_page(), "shopper")
    await page.goto(url)
    await page.get_by_label("मात्रा (किलो)").fill(str(quantity))
    await page.get_by_role("button", name="मोलभाव शुरू करें").click()
    await expect(page.locator("#state-line")).to_have_text("अपना दाम बोलिए, या नीचे लिखिए")
    return context, page


async def no_sideways_scroll(page: Page) -> None:
    width = await page.evaluate("document.documentElement.scrollWidth")
    assert width <= 360, f"the page is {width}px wide at a 360px viewport"


async def unlabelled_controls(page: Page) -> list[str]:
    """Visible form controls and buttons with no accessible name."""
    found: list[str] = await page.evaluate(
        """() => [...document.querySelectorAll('input, select, button, meter')]
          .filter((el) => el.offsetParent !== null && el.type !== 'hidden')
          .filter((el) => {
            const labelled = (el.labels && [...el.labels].some((l) => l.textContent.trim()))
              || el.getAttribute('aria-label') || el.getAttribute('aria-labelledby');
            const named = el.tagName === 'BUTTON' && el.textContent.trim();
            return !(labelled || named);
          })
          .map((el) => el.outerHTML.slice(0, 80))"""
    )
    return found


@pytest.mark.parametrize(("case", "status"), [("forged", 400), ("expired", 410), ("used", 410)])
async def test_unusable_qr_codes_show_a_plain_page(
    server: LiveServer, browser: Browser, case: str, status: int
) -> None:
    s = await stall(server, kind="visit" if case == "used" else "stall")
    token = s["qr"]["token"]
    if case == "forged":
        token = ("A" if token[0] != "A" else "B") + token[1:]
    elif case == "expired":
        async with server.app.state.sessions() as session, session.begin():
            await session.execute(
                update(QRSession).values(expires_at=utcnow() - timedelta(seconds=5))
            )
    else:
        r = await server.http.post(f"/api/qr/{token}/join", json={"language": "hi"})
        assert r.status_code == 200
    context = await browser.new_context(locale="bn-IN", viewport={"width": 360, "height": 740})
    page = await context.new_page()
    response = await page.goto(f"{server.base_url}/s/{token}")
    assert response is not None
    assert response.status == status
    heading = {
        "forged": "এই QR কোডটি বৈধ নয়",
        "expired": "এই QR কোডের মেয়াদ শেষ",
        "used": "এই QR কোড আগেই ব্যবহার হয়ে গেছে",
    }[case]
    await expect(page.get_by_role("heading", level=1)).to_have_text(heading)
    await expect(page.locator("main")).to_contain_text("দোকানদারের কাছে নতুন QR কোড চান।")
    assert "Traceback" not in await page.content()
    await no_sideways_scroll(page)
    await screenshot(page, f"error-{case}")
    await context.close()


@pytest.mark.parametrize(
    ("locale", "lang", "name"), [("gu-IN", "gu", "ટામેટાં"), ("pa-IN", "pa", "ਟਮਾਟਰ")]
)
async def test_a_phone_in_gujarati_or_punjabi_gets_the_stall_in_its_language(
    server: LiveServer, browser: Browser, locale: str, lang: str, name: str
) -> None:
    """A phone set to Gujarati (or Punjabi) gets the stall page in it, with the name the
    vendor wrote in it, a picker of the ten languages, and a voice room that hears it."""
    api = Api(server.http)
    chrome = strings()[lang]  # whole and in its own script: tests/unit/test_page_strings.py
    vendor = await api.register("vendor", language=lang, business_name="Patel Shak Bhandar")
    await api.product(
        vendor["token"],
        names={"hi": "टमाटर", "gu": "ટામેટાં", "pa": "ਟਮਾਟਰ"},
        list_price_paise=5000,
        floor_price_paise=4000,
    )
    r = await server.http.post("/api/qr", headers=api.auth(vendor["token"]), json={"kind": "stall"})
    assert r.status_code == 201, r.text
    errors = PageErrors()
    context = await browser.new_context(locale=locale, viewport={"width": 360, "height": 740})
    page = errors.watch(await context.new_page(), "shopper")
    hellos: list[str] = []
    page.on(
        "websocket",
        lambda ws: ws.on("framesent", lambda f: hellos.append(f) if '"hello"' in str(f) else None),
    )
    await page.goto(r.json()["url"])
    await expect(page.locator("html")).to_have_attribute("lang", lang)
    await expect(page.locator(".product-name")).to_have_text(name)
    await expect(page.get_by_role("button", name=chrome["start"])).to_be_visible()
    picker = page.get_by_label(chrome["language"])
    await expect(picker).to_have_value(lang)
    await expect(picker.locator("option")).to_have_count(10)
    await no_sideways_scroll(page)
    await screenshot(page, f"shopper-360-{lang}")

    await page.get_by_role("button", name=chrome["start"]).click()
    await expect(page.locator("#state-line")).to_have_text(chrome["state_start"])
    await wait_for(lambda: bool(hellos), what="the socket's hello")
    assert f'"language":"{lang}"' in str(hellos[0]).replace(" ", "")
    await no_sideways_scroll(page)
    await context.close()
    assert errors.unexpected() == []


async def test_a_gujarati_vendor_names_a_product_in_gujarati(
    server: LiveServer, browser: Browser
) -> None:
    """A vendor's phone in Gujarati: the console reads in Gujarati, the language picker
    offers ten, and the product form takes the name in Gujarati (and Kannada, Malayalam,
    Punjabi), which the shopper page then shows."""
    api = Api(server.http)
    await api.register("vendor", language="gu", phone="+919811100042", password="dukan-password-42")
    errors = PageErrors()
    context = await browser.new_context(locale="gu-IN", viewport={"width": 360, "height": 800})
    page = errors.watch(await context.new_page(), "vendor")
    await page.goto(f"{server.base_url}/vendor")
    await expect(page.locator("html")).to_have_attribute("lang", "gu")
    await page.get_by_label("ફોન અથવા ઇમેઇલ").fill("+919811100042")
    await page.get_by_label("પાસવર્ડ").fill("dukan-password-42")
    await page.get_by_role("button", name="લૉગ ઇન").click()
    await expect(page.get_by_role("heading", name="માલ ઉમેરો")).to_be_visible()
    await expect(page.get_by_label("ભાષા").locator("option")).to_have_count(10)

    form = page.locator("#product-form")
    await form.get_by_label("ગુજરાતી").fill("રીંગણ")
    await form.get_by_label("ਪੰਜਾਬੀ").fill("ਬੈਂਗਣ")
    await form.get_by_label("ಕನ್ನಡ").fill("ಬದನೆಕಾಯಿ")
    await form.get_by_label("മലയാളം").fill("വഴുതനങ്ങ")
    await form.get_by_label("યાદી ભાવ (₹)").fill("40")
    await form.get_by_label("સ્ટૉક").fill("20")
    await form.get_by_role("button", name="સાચવો").click()
    await expect(page.locator("#product-list li")).to_have_count(1)
    await expect(page.locator("#product-list .product-name")).to_have_text("રીંગણ")
    async with server.app.state.sessions() as session:
        product = await session.scalar(select(Product).order_by(Product.id.desc()))
    assert product is not None
    assert product.names == {"gu": "રીંગણ", "pa": "ਬੈਂਗਣ", "kn": "ಬದನೆಕಾಯಿ", "ml": "വഴുതനങ്ങ"}
    await no_sideways_scroll(page)
    assert await unlabelled_controls(page) == []
    await context.close()
    assert errors.unexpected() == []


async def test_phone_width_buttons_and_reconnect(server: LiveServer, browser: Browser) -> None:
    """At 360 px: pick, join, offer with the keyboard and buttons; the connection drops
    while the vendor counters; the page comes back and shows the counter from the
    server's snapshot; accepting it by button makes the deal."""
    s = await stall(server)
    errors = PageErrors()
    context = await browser.new_context(locale="hi-IN", viewport={"width": 360, "height": 740})
    page = errors.watch(await context.new_page(), "shopper")
    await page.goto(s["qr"]["url"])
    await expect(page.get_by_role("radio", name=re.compile("टमाटर"))).to_be_checked()
    await expect(page.locator(".product-price")).to_have_text("₹45/किलो")
    await no_sideways_scroll(page)
    assert await unlabelled_controls(page) == []
    await screenshot(page, "shopper-360-pick")

    # The language can be changed; the product names follow.
    await page.get_by_label("भाषा").select_option("ta")
    await expect(page.get_by_role("button", name="பேரம் தொடங்கு")).to_be_visible()
    await expect(page.locator(".product-name")).to_have_text("டமாடர்")
    await page.get_by_label("மொழி").select_option("hi")
    await expect(page.locator(".product-name")).to_have_text("टमाटर")

    await page.get_by_label("मात्रा (किलो)").fill("2")
    await page.get_by_role("button", name="मोलभाव शुरू करें").click()
    await expect(page.locator("#state-line")).to_have_text("अपना दाम बोलिए, या नीचे लिखिए")
    await expect(page.locator("#presence")).to_have_text("दुकानदार अभी नहीं हैं")
    await no_sideways_scroll(page)
    assert await unlabelled_controls(page) == []

    # A comma that groups no thousands ("40,50": 40.50 or 4,050?) is asked again, not sent.
    amount = page.get_by_label("आपका दाम (₹ प्रति किलो)")
    await amount.fill("40,50")
    await amount.press("Enter")
    await expect(page.locator("#notice")).to_have_text("रुपयों में दाम लिखें, जैसे 38 या 38.50।")
    await expect(amount).to_have_attribute("aria-invalid", "true")

    # A typed price, sent with the keyboard alone.
    await amount.fill("३८")  # Devanagari digits are rupees too
    await amount.press("Enter")
    await expect(page.locator("#state-line")).to_have_text("आपने ₹38/किलो कहा")
    async with server.app.state.sessions() as session:
        bid = await session.scalar(select(Bid))
    assert bid is not None
    assert (bid.amount_paise, bid.quantity, bid.side) == (3800, 2, Side.CUSTOMER)
    await screenshot(page, "shopper-360-offer")

    # The network drops; the vendor counters meanwhile (over HTTP, while the page is away).
    nid = bid.negotiation_id
    await context.set_offline(True)
    # The page drops its socket as soon as the browser goes offline; close it from the
    # server side too in case the room still holds it.
    room = server.app.state.live.rooms.get(nid)
    if room is not None and "customer" in room.clients:
        await room.clients["customer"].close(1012, "restarting")
    await expect(page.locator("#notice")).to_have_text("कनेक्शन टूट गया — फिर से जुड़ रहे हैं…")
    r = await s["api"].bid(s["vendor"]["token"], nid, 4200)
    assert r.status_code == 201, r.text
    await context.set_offline(False)
    await expect(page.locator("#state-line")).to_have_text("दुकानदार ने जवाब में ₹42/किलो कहा")
    await expect(page.locator("#notice")).to_have_text("")
    vendor_card = page.locator("#offers .offer.theirs.latest")
    await expect(vendor_card.locator(".offer-amount")).to_have_text("₹42/किलो")

    # Counter is a button that fills the price box; accept is one press.
    await vendor_card.get_by_role("button", name="जवाबी दाम").click()
    await expect(amount).to_be_focused()
    await expect(amount).to_have_value("42")
    await vendor_card.get_by_role("button", name="मंज़ूर", exact=True).click()
    await expect(page.locator("#state-line")).to_have_text("₹42/किलो पर सौदा पक्का: कुल ₹84")
    await expect(page.get_by_role("button", name="₹84 चुकाएँ")).to_be_visible()
    await no_sideways_scroll(page)
    await screenshot(page, "shopper-360-deal")

    # The UPI route: a payment link's QR code on the page.
    await page.get_by_role("button", name="UPI QR से चुकाएँ").click()
    qr = page.get_by_role("img", name="₹84 चुकाने का UPI QR कोड")
    await expect(qr).to_be_visible()
    assert await qr.evaluate("img => img.decode().then(() => img.naturalWidth)") > 100
    await context.close()
    assert errors.messages == []


async def test_console_catalogue_flyer_and_floor_warning(
    server: LiveServer, browser: Browser
) -> None:
    s = await stall(server)
    errors = PageErrors()
    context = await browser.new_context(locale="en-IN", viewport={"width": 360, "height": 800})
    page = errors.watch(await context.new_page(), "vendor")
    await page.goto(f"{server.base_url}/vendor")
    await page.get_by_label("Phone or email").fill(VENDOR_PHONE)
    await page.get_by_label("Password").fill("wrong password")
    await page.get_by_label("Password").press("Enter")
    await expect(page.locator("#notice")).to_contain_text("do not match")
    await page.get_by_label("Password").fill(VENDOR_PASSWORD)
    await page.get_by_role("button", name="Log in").click()
    await expect(page.locator("#product-list li")).to_have_count(1)
    await no_sideways_scroll(page)
    assert await unlabelled_controls(page) == []

    # A product with names in two scripts, prices in rupees (stored in paise).
    form = page.locator("#product-form")
    await form.get_by_label("हिन्दी").fill("प्याज")
    await form.get_by_label("தமிழ்").fill("வெங்காயம்")
    await form.get_by_label("Unit").fill("kg")
    await form.get_by_label("List price (₹)").fill("36.50")
    await form.get_by_label("Lowest price (₹, private)").fill("40")
    await form.get_by_label("Stock").fill("80")
    await form.get_by_role("button", name="Save").click()
    await expect(page.locator("#notice")).to_contain_text("not above the list price")
    await form.get_by_label("Lowest price (₹, private)").fill("29")
    await form.get_by_role("button", name="Save").click()
    await expect(page.locator("#product-list li")).to_have_count(2)
    async with server.app.state.sessions() as session:
        onion = await session.scalar(select(Product).order_by(Product.id.desc()))
    assert onion is not None
    assert onion.names == {"hi": "प्याज", "ta": "வெங்காயம்"}
    assert (onion.list_price_paise, onion.floor_price_paise, onion.stock) == (3650, 2900, 80)

    # Editing: stock and taking it off sale.
    row = page.locator("#product-list li").nth(1)
    await row.get_by_role("button", name="Edit").click()
    await expect(form.get_by_label("हिन्दी")).to_be_focused()
    await form.get_by_label("Stock").fill("75")
    await form.get_by_label("On sale").uncheck()
    await form.get_by_role("button", name="Save").click()
    await expect(page.locator("#product-list li.inactive")).to_have_count(1)
    async with server.app.state.sessions() as session:
        onion = await session.get(Product, onion.id)
    assert onion is not None
    assert (onion.stock, onion.is_active) == (75, False)

    # A customer offers below the floor (by button, from a socket): the console warns.
    joined = await server.http.post(
        f"/api/qr/{s['qr']['token']}/join",
        json={"language": "hi", "product_id": s["product"]["id"], "quantity": 3},
    )
    assert joined.status_code == 200
    guest = joined.json()
    deal = page.locator("article.deal")
    await expect(deal).to_have_count(1)
    await expect(page.locator("#toast")).to_be_visible()  # in the vendor's spoken language
    from tests.live_helpers import open_browser

    ws, got, task = await open_browser(
        server, guest["negotiation"]["id"], guest["token"], language="hi"
    )
    await ws.send('{"type": "offer", "amount_paise": 3000}')
    incoming = deal.locator(".incoming")
    await expect(incoming.locator(".warn")).to_have_text("⚠ Below your floor price (₹35)")
    await expect(incoming.locator(".offer-amount")).to_have_text("₹30/kg")
    await screenshot(page, "vendor-360-below-floor")
    # Accepting below the floor takes a second, explicit press.
    await incoming.locator("[data-action=accept]").click()
    confirm = incoming.get_by_role("button", name="Confirm: accept below floor")
    await expect(confirm).to_be_visible()
    # A counter instead, from the hint's amount or typed.
    await incoming.get_by_label("Your counter (₹ per kg)").fill("41")
    await incoming.get_by_role("button", name="Counter", exact=True).click()
    await wait_for(
        lambda: any(e.get("type") == "offer" and e["side"] == "vendor" for e in got.events)
    )
    vendor_offer = next(e for e in got.events if e.get("type") == "offer" and e["side"] == "vendor")
    assert vendor_offer["amount_paise"] == 4100
    await expect(deal.locator(".state-line")).to_have_text("You offered ₹41/kg")
    await ws.close()
    await task
    await no_sideways_scroll(page)

    # The flyer: the stall's name, its QR code, the words in the ten spoken languages.
    await page.get_by_role("link", name="QR flyer").click()
    await expect(page.locator("#flyer-stall")).to_have_text("Murugan Stores")
    qr = page.get_by_role("img", name="QR code for Murugan Stores")
    await expect(qr).to_be_visible()
    assert await qr.evaluate("img => img.decode().then(() => img.naturalWidth)") > 100
    lines = page.locator("#flyer-lines li")
    await expect(lines).to_have_count(10)
    await expect(lines.first).to_have_text("स्कैन करें और बोलकर मोलभाव करें")
    await expect(page.locator("#flyer-lines li[lang=gu]")).to_have_text(
        "સ્કેન કરો અને બોલીને ભાવતાલ કરો"
    )
    await expect(page.locator("#flyer-url")).to_have_text(s["qr"]["url"])
    await screenshot(page, "vendor-flyer")
    # Printed, the ten lines, the code and the name still fit on one A4 sheet.
    printed = await page.pdf(format="A4")
    assert len(re.findall(rb"/Type\s*/Page(?![a-z])", printed)) == 1
    await context.close()
    assert errors.unexpected("401: POST http://127.0.0.1") == []  # the wrong password


async def test_console_edit_never_puts_sold_stock_back(
    server: LiveServer, browser: Browser
) -> None:
    """Sales made while the edit form is open: a price-only save keeps the stock sold;
    a stock typed over a stale one is refused, the form shows the stock as it is now."""
    s = await stall(server)
    api, vendor, pid = s["api"], s["vendor"]["token"], s["product"]["id"]

    async def sell(quantity: int) -> None:
        customer = await api.register("customer")
        nid = (await api.open(customer["token"], pid, quantity=quantity, amount_paise=4500))["id"]
        assert (await api.accept(vendor, nid)).status_code == 200

    async def stored() -> tuple[int, int]:
        async with server.app.state.sessions() as session:
            product = await session.get(Product, pid)
        assert product is not None
        return product.stock, product.list_price_paise

    errors = PageErrors()
    context, page = await vendor_console(browser, server, errors)
    form = page.locator("#product-form")
    row = page.locator("#product-list li").first
    await row.get_by_role("button", name="Edit").click()
    await expect(form.get_by_label("Stock")).to_have_value("50")
    await sell(3)  # while the form is open
    await form.get_by_label("List price (₹)").fill("55")
    await form.get_by_role("button", name="Save").click()
    await expect(page.locator("#notice")).to_have_text("Saved.")
    assert await stored() == (47, 5500)

    await row.get_by_role("button", name="Edit").click()
    await expect(form.get_by_label("Stock")).to_have_value("47")  # read again on Edit
    await sell(2)
    await form.get_by_label("Stock").fill("60")
    await form.get_by_label("List price (₹)").fill("56")
    await form.get_by_role("button", name="Save").click()
    await expect(page.locator("#notice")).to_contain_text("is 45 now, not 47")
    await expect(form.get_by_label("Stock")).to_have_value("45")
    await expect(form.get_by_label("List price (₹)")).to_have_value("56")  # kept
    assert await stored() == (45, 5500)  # nothing saved
    await form.get_by_label("Stock").fill("60")
    await form.get_by_role("button", name="Save").click()
    await expect(page.locator("#notice")).to_have_text("Saved.")
    assert await stored() == (60, 5600)
    await context.close()
    assert errors.unexpected("409: PATCH") == []


async def test_console_follows_while_the_phone_talks(server: LiveServer, browser: Browser) -> None:
    """Opening the console never cuts the vendor's call: with a phone leg in the room the
    console watches (every event, no audio), and "Use this device" takes the voice."""
    from tests.live_helpers import open_browser, open_twilio

    s = await stall(server)
    joined = await server.http.post(
        f"/api/qr/{s['qr']['token']}/join",
        json={"language": "hi", "product_id": s["product"]["id"], "quantity": 2},
    )
    assert joined.status_code == 200
    guest = joined.json()
    nid = guest["negotiation"]["id"]
    ws, got, task = await open_browser(server, nid, guest["token"], language="hi")
    pws, pgot, ptask, _ = await open_twilio(
        server, {"token": s["vendor"]["token"], "negotiation_id": str(nid), "language": "en"}
    )
    await wait_for(
        lambda: any(e.get("type") == "presence" and e["side"] == "vendor" for e in got.events),
        what="the phone leg's presence",
    )

    errors = PageErrors()
    context, page = await vendor_console(browser, server, errors)
    deal = page.locator("article.deal")
    await expect(deal.locator(".presence")).to_contain_text("Your phone has the call")
    use_here = deal.get_by_role("button", name="Use this device")
    await expect(use_here).to_be_visible()
    assert not ptask.done()  # the call goes on

    # The shopper offers: the phone hears it, the console shows it.
    await ws.send('{"type": "offer", "amount_paise": 3600}')
    await expect(deal.locator(".incoming .offer-amount")).to_have_text("₹36/kg")
    await wait_for(lambda: any(t["event"] == "mark" for t in pgot.twilio), what="speech")
    await screenshot(page, "vendor-360-watching")

    # "Use this device": the console becomes the vendor's voice; the phone leg is let go.
    await use_here.click()
    await ptask
    assert pws.close_code == 4000
    await expect(deal.locator(".presence")).not_to_contain_text("Your phone has the call")
    await wait_for(
        lambda: any(
            e.get("type") == "presence" and e["side"] == "vendor" and e.get("client") == "browser"
            for e in got.events
        ),
        what="the console as the vendor's voice",
    )
    await ws.close()
    await task
    await context.close()
    assert errors.unexpected() == []


async def test_money_and_resampler_in_the_browser(server: LiveServer, browser: Browser) -> None:
    page = await browser.new_page()
    await page.goto(f"{server.base_url}/shop")
    money = await page.evaluate(
        """async () => {
          const m = await import('/static/common.js');
          return {
            formatted: [3800, 3850, 5, 12000050, 0].map(m.formatPaise),
            parsed: ['38', '38.5', '38.05', '₹ 1,200', 'Rs. 40', '४०', '௪௦', '40.123', 'abc',
                     '0', '-5'].map(m.parseRupees),
            input: [3800, 3850].map(m.rupeesInput),
          };
        }"""
    )
    assert money["formatted"] == ["₹38", "₹38.50", "₹0.05", "₹1,20,000.50", "₹0"]
    assert money["parsed"] == [3800, 3850, 3805, 120000, 4000, 4000, 4000, None, None, None, None]
    assert money["input"] == ["38", "38.50"]
    # An error whose sentence names an amount takes it from the answer's detail.
    said = await page.evaluate(
        """async () => {
          const m = await import('/static/common.js');
          await m.loadStrings();
          const detail = { refundable_paise: 1250 };
          return [
            m.errorText('refund_exceeds_captured', 'Only ₹12.50 …', 'hi', detail),
            m.errorText('refund_exceeds_captured', 'Only ₹12.50 …', 'ta', detail),
            m.errorText('refund_exceeds_captured', 'Only ₹12.50 …', 'en', detail),
            m.errorText('refund_exceeds_captured', '', 'hi', null),
            m.errorText('total_too_large', 'The total can be at most …', 'bn',
                        { max_total_paise: 50000000, total_paise: 60000000 }),
          ];
        }"""
    )
    assert "₹12.50" in said[0] and "सिर्फ़" in said[0]
    assert "₹12.50" in said[1] and "மட்டுமே" in said[1]
    assert said[2] == "Only ₹12.50 …"  # English keeps the server's own sentence
    assert "{amount}" not in said[3] and "भुगतान" in said[3]  # no detail: the general line
    assert "₹5,00,000" in said[4] and "সর্বোচ্চ" in said[4]  # a deal above the most

    resampled = await page.evaluate(
        """async () => {
          const { Resampler, toPcm16, rms } = await import('/static/resample.js');
          function run(freq, from, to) {
            const r = new Resampler(from, to);
            const out = [];
            // One second, in the 128-sample blocks an AudioWorklet gets.
            for (let block = 0; block < from / 128; block++) {
              const x = new Float32Array(128);
              for (let i = 0; i < 128; i++) {
                x[i] = 0.5 * Math.sin(2 * Math.PI * freq * (block * 128 + i) / from);
              }
              out.push(...r.push(x));
            }
            const y = Float32Array.from(out.slice(200));  // past the filter's start
            let crossings = 0;
            for (let i = 1; i < y.length; i++) if ((y[i - 1] < 0) !== (y[i] < 0)) crossings++;
            return { n: out.length, rms: rms(y), hz: crossings / 2 / (y.length / to) };
          }
          const pcm = Array.from(toPcm16(Float32Array.from([0, 1, -1, 2, 0.5])));
          return { speech: run(1000, 48000, 16000), alias: run(11000, 48000, 16000),
                   odd: run(440, 44100, 16000), same: run(1000, 16000, 16000), pcm };
        }"""
    )
    speech, alias, odd = resampled["speech"], resampled["alias"], resampled["odd"]
    assert 15900 <= speech["n"] <= 16000
    assert speech["rms"] == pytest.approx(0.5 / 2**0.5, rel=0.03)
    assert speech["hz"] == pytest.approx(1000, rel=0.01)
    assert alias["rms"] < 0.01  # 11 kHz has no place at 16 kHz: filtered, not folded to 5 kHz
    assert 15900 <= odd["n"] <= 16100  # 345 blocks of 128 are a little over a second
    assert odd["hz"] == pytest.approx(440, rel=0.01)
    assert resampled["same"]["n"] == 16000
    assert resampled["pcm"] == [0, 32767, -32768, 32767, 16384]
