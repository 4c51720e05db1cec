"""A whole deal in real Chromium: a shopper scans the stall's QR code, says a price into the
microphone, the vendor accepts on the console, the shopper pays in the sandbox checkout,
and both pages show the paid order."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path
from typing import Any

from playwright.async_api import Page, expect
from sqlalchemy import select

from audio.codecs import write_wav_bytes
from models import Bid, BidSource, Order, OrderStatus, Side
from tests.conftest import Api
from tests.e2e.browser import ARTIFACTS, PageErrors, chromium, screenshot
from tests.live_helpers import LiveServer

SPOKEN = "I will pay forty rupees a kilo."
VENDOR_PHONE = "+919811100001"
VENDOR_PASSWORD = "stall-password-1"


async def spoken_price_wav(path: Path, text: str = SPOKEN) -> Path:
    """The shopper's words, said by the project's own Piper voice, as the fake microphone's
    16-bit WAV: a second and a half of silence first (the start of the capture can be
    lost), and silence after so the server hears the end of the sentence."""
    from tests.live_helpers import spoken

    rate = 16000
    chunks = [await spoken(text, rate)]
    pcm = bytes(int(rate * 1.5) * 2) + b"".join(chunks) + bytes(int(rate * 2.5) * 2)
    path.write_bytes(write_wav_bytes(pcm, rate))
    return path


async def open_stall(server: LiveServer) -> dict[str, Any]:
    api = Api(server.http)
    vendor = await api.register(
        "vendor",
        language="hi",
        business_name="Ramesh Sabzi",
        phone=VENDOR_PHONE,
        password=VENDOR_PASSWORD,
    )
    product = await api.product(
        vendor["token"],
        names={"en": "Tomato", "hi": "टमाटर", "ta": "தக்காளி"},
        list_price_paise=4500,
        floor_price_paise=3500,
        stock=50,
    )
    r = await server.http.post("/api/qr", headers=api.auth(vendor["token"]), json={"kind": "stall"})
    assert r.status_code == 201, r.text
    return {"vendor": vendor, "product": product, "qr": r.json()}


async def vendor_logs_in(page: Page, server: LiveServer) -> None:
    await page.goto(f"{server.base_url}/vendor")
    await page.get_by_label("फ़ोन या ईमेल").fill(VENDOR_PHONE)  # the chrome follows hi-IN
    await page.locator("#login-password").fill(VENDOR_PASSWORD)
    await page.locator("#login-form button[type=submit]").click()
    await expect(page.locator("#live")).to_be_visible()


async def test_spoken_offer_accepted_on_console_and_paid_in_sandbox(
    server: LiveServer, tmp_path: Path
) -> None:
    timings: dict[str, float] = {}
    started = time.monotonic()

    def mark(name: str) -> None:
        timings[name] = round(time.monotonic() - started, 2)

    stall = await open_stall(server)
    wav = await spoken_price_wav(tmp_path / "spoken-price.wav")
    mark("setup")
    errors = PageErrors()
    async with chromium(fake_audio=wav) as browser:
        vendor_ctx = await browser.new_context(
            locale="hi-IN", viewport={"width": 1024, "height": 900}
        )
        shopper_ctx = await browser.new_context(
            locale="en-IN", viewport={"width": 390, "height": 844}, has_touch=True
        )
        vendor = errors.watch(await vendor_ctx.new_page(), "vendor")
        shopper = errors.watch(await shopper_ctx.new_page(), "shopper")
        await vendor_logs_in(vendor, server)
        mark("vendor_logged_in")

        # The shopper scans the QR code: the page is in English (the browser's language),
        # the product is preselected, and they ask for 2 kg.
        await shopper.goto(stall["qr"]["url"])
        await expect(shopper.locator("#stall-name")).to_have_text("Ramesh Sabzi")
        tomato = shopper.get_by_role("radio", name=re.compile("Tomato"))
        await expect(tomato).to_be_checked()
        await expect(shopper.locator(".product-price")).to_have_text("₹45/kg")
        await shopper.get_by_label("Quantity (kg)").fill("2")
        await shopper.get_by_role("button", name="Start bargaining").click()
        await expect(shopper.locator("#state-line")).to_have_text(
            "Say your price, or type it below"
        )
        assert shopper.url == f"{server.base_url}/shop"
        mark("shopper_joined")

        # The vendor hears of the new customer and sees the negotiation appear.
        await expect(vendor.locator("#toast")).to_contain_text("टमाटर")
        deal = vendor.locator("article.deal")
        await expect(deal).to_have_count(1)
        await expect(deal.locator("h3")).to_contain_text("टमाटर · 2 किलो")
        await expect(deal.locator(".presence")).to_contain_text("ग्राहक मौजूद हैं")

        # Hands-free: the fake microphone says the price.
        await shopper.get_by_label("Hands-free").check()
        await shopper.get_by_role("button", name="Start listening").click()
        await expect(shopper.locator("#talk-button")).to_have_attribute("aria-pressed", "true")

        async def spoken_bid() -> Bid | None:
            async with server.app.state.sessions() as session:
                return await session.scalar(select(Bid).where(Bid.side == Side.CUSTOMER))

        bid: Bid | None = None

        async def poll() -> bool:
            nonlocal bid
            bid = await spoken_bid()
            return bid is not None

        deadline = time.monotonic() + 60
        while not await poll():
            assert time.monotonic() < deadline, "no bid recorded from the spoken price"
            await shopper.wait_for_timeout(200)
        mark("bid_recorded")
        assert bid is not None
        assert bid.amount_paise == 4000
        assert bid.source is BidSource.VOICE
        assert bid.quantity == 2
        # Whisper writes the amount in words or in digits ("forty" / "40").
        assert bid.transcript and re.search(r"forty|40", bid.transcript.lower())
        await shopper.get_by_role("button", name="Stop listening").click()

        # Both pages show it: the shopper's own offer, the vendor's incoming offer card.
        await expect(shopper.locator("#state-line")).to_have_text("You offered ₹40/kg")
        await expect(shopper.locator("#offers .offer.latest .offer-amount")).to_have_text("₹40/kg")
        await expect(shopper.locator("#transcript li.mine")).not_to_have_count(0)
        await expect(shopper.locator("#transcript")).to_contain_text(re.compile("forty|40", re.I))
        incoming = deal.locator(".incoming")
        await expect(incoming.locator(".offer-amount")).to_have_text("₹40/किलो")
        await expect(incoming.locator(".offer-total")).to_contain_text("₹80")
        await expect(incoming.locator(".warn")).to_have_count(0)  # above the ₹35 floor
        await expect(incoming.locator(".hint")).to_be_visible()
        await expect(deal.locator(".transcript li.theirs")).not_to_have_count(0)
        mark("offer_shown")
        await screenshot(shopper, "shopper-offer")
        await screenshot(vendor, "vendor-offer")

        # The vendor accepts with one click; the shopper is asked to pay.
        await incoming.locator("[data-action=accept]").click()
        await expect(shopper.locator("#state-line")).to_have_text("Deal at ₹40/kg: ₹80 in all")
        await expect(shopper.locator("#pay")).to_be_visible()
        await expect(deal.locator(".state-line")).to_have_text("सौदा पक्का: भुगतान का इंतज़ार")
        mark("accepted")

        # Paying in the sandbox checkout (Razorpay's stand-in) and coming back.
        await shopper.get_by_role("button", name="Pay ₹80").click()
        await shopper.wait_for_url(re.compile(r"/sandbox/checkout/order_"))
        await expect(shopper.get_by_text("₹80")).to_be_visible()
        await shopper.get_by_role("button", name="Pay", exact=True).click()
        await shopper.wait_for_url(re.compile(r"/shop$"))
        await expect(shopper.locator("#paid")).to_have_text("Payment confirmed: ₹80")
        await expect(shopper.locator("#state-line")).to_have_text("Paid ₹80. Thank you!")
        mark("paid_shopper")

        async with server.app.state.sessions() as session:
            order = await session.scalar(select(Order))
        assert order is not None
        assert order.status is OrderStatus.PAID
        assert order.total_paise == 8000
        row = vendor.locator(f"#order-{order.id}")
        await expect(row.locator(".badge")).to_have_text("भुगतान हो गया")
        await expect(row).to_contain_text("₹80 मिले")
        await expect(deal.locator(".state-line")).to_have_text("भुगतान हो गया")
        mark("paid_vendor")
        await screenshot(shopper, "shopper-paid")
        await screenshot(vendor, "vendor-paid")

        # A partial refund from the console.
        await row.locator("summary").click()
        await row.locator(".refund-amount").fill("10")
        await row.locator(".refund-reason").fill("two soft tomatoes")
        await row.locator("form button[type=submit]").click()
        await expect(row).to_contain_text("₹10 लौटाए")
        mark("refunded")
        await screenshot(vendor, "vendor-refunded")

        await shopper_ctx.close()
        await vendor_ctx.close()
    assert errors.messages == []
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / "timings.json").write_text(json.dumps(timings, indent=1))
    print("e2e timings (s from start):", timings)  # shown with -s


async def test_push_to_talk_from_the_keyboard_and_speech_that_can_be_stopped(
    server: LiveServer, tmp_path: Path
) -> None:
    """Push-to-talk held with the space bar; the vendor's counter is spoken to the
    shopper, whose stop button cuts it."""
    from tests.live_helpers import open_browser

    stall = await open_stall(server)
    wav = await spoken_price_wav(tmp_path / "ptt.wav", "Thirty eight rupees per kilo.")
    errors = PageErrors()
    async with chromium(fake_audio=wav) as browser:
        context = await browser.new_context(locale="en-IN", viewport={"width": 360, "height": 740})
        shopper = errors.watch(await context.new_page(), "shopper")
        await shopper.goto(stall["qr"]["url"])
        await shopper.get_by_role("button", name="Start bargaining").click()
        await expect(shopper.locator("#state-line")).to_have_text(
            "Say your price, or type it below"
        )
        await expect(shopper.get_by_role("button", name="Hold to talk")).to_be_visible()
        talk = shopper.locator("#talk-button")
        await talk.focus()
        await shopper.keyboard.down(" ")
        await expect(talk).to_have_attribute("aria-pressed", "true")
        await expect(talk).to_have_text("Listening… release to send")
        await shopper.wait_for_timeout(4200)  # the file: 1.5 s of silence, then the words
        await shopper.keyboard.up(" ")
        await expect(talk).to_have_attribute("aria-pressed", "false")
        await expect(talk).to_have_text("Hold to talk")
        await expect(shopper.locator("#state-line")).to_have_text(
            "You offered ₹38/kg", timeout=30000
        )
        async with server.app.state.sessions() as session:
            bid = await session.scalar(select(Bid))
        assert bid is not None
        assert (bid.amount_paise, bid.source) == (3800, BidSource.VOICE)

        # The vendor counters in typed words; the shopper hears it and stops it.
        vendor_token = stall["vendor"]["token"]
        ws, _, task = await open_browser(server, bid.negotiation_id, vendor_token, language="hi")
        await ws.send(json.dumps({"type": "text", "text": "टमाटर 43 रुपये किलो"}))
        await expect(shopper.locator("#state-line")).to_have_text("Vendor countered ₹43/kg")
        stop = shopper.get_by_role("button", name="Stop speech")
        await expect(stop).to_be_enabled(timeout=30000)
        await stop.click()
        await expect(stop).to_be_disabled()
        await ws.close()
        await task
        await context.close()
    assert errors.messages == []
