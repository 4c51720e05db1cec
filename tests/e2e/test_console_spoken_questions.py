"""The console, in real Chromium, shows what the room tells the vendor's side while a
spoken move waits (the phone leg's or another screen's): a spoken accept's question in
the console's language and, when it is dropped, nothing; and a full recogniser's notice,
worded by whose words wait. The events come through the room as the server publishes
them (`LiveService.publish`), as a phone leg's turn would have them published."""

from __future__ import annotations

from playwright.async_api import Browser, expect

from server.live.events import Busy, ConfirmAccept, ConfirmCancelled
from tests.e2e.browser import PageErrors
from tests.e2e.test_pages import stall, vendor_console
from tests.live_helpers import LiveServer, open_browser


async def test_the_console_shows_a_spoken_accepts_question_and_busy(
    server: LiveServer, browser: Browser
) -> None:
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
    customer, _cgot, ctask = await open_browser(server, nid, guest["token"], language="hi")
    await customer.send('{"type": "offer", "amount_paise": 3600}')
    await expect(deal.locator(".incoming .offer-amount")).to_have_text("₹36/kg")
    live = server.app.state.live

    question = ConfirmAccept(
        only="vendor", utterance_id="u1", text="…", amount_paise=3600, expires_in=20.0
    )
    await live.publish(nid, question)
    await expect(deal.locator(".note")).to_contain_text("36")
    await live.publish(nid, ConfirmCancelled(only="vendor", utterance_id="u1"))
    await expect(deal.locator(".note")).to_have_count(0)

    await live.publish(nid, Busy(side="vendor", utterance_id="u2", message="queued"))
    await expect(deal.locator(".note")).to_have_text(
        "Many people are talking; your words are queued."
    )
    await live.publish(nid, Busy(side="customer", utterance_id="u3", message="queued"))
    await expect(deal.locator(".note")).to_have_text(
        "The line is slow: the other side's words are on the way…"
    )
    await customer.close()
    await ctask
    await context.close()
    assert errors.messages == []
