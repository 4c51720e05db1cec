"""The console, in real Chromium, shows what the room tells the vendor's side while a
spoken move waits (the phone leg's or another screen's): a spoken accept's question in
the console's language and, when it is dropped, nothing; and a full recogniser's notice,
worded by whose words wait. The events come through the room as the server publishes
them (`LiveService.publish`), as a phone leg's turn would have them published."""

from __future__ import annotations

from playwright.async_api import Browser, Locator, expect

from server.live.events import Busy, ConfirmAccept, ConfirmCancelled
from tests.e2e.test_confirm_price import console_deal
from tests.live_helpers import LiveServer


async def test_the_console_shows_a_spoken_accepts_question_and_busy(
    server: LiveServer, browser: Browser
) -> None:
    async with console_deal(server, browser) as it:
        await _questions_and_busy(server, it.nid, it.deal)


async def _questions_and_busy(server: LiveServer, nid: int, deal: Locator) -> None:
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
