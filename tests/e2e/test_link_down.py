"""The shopper's link down for a while (the phone off the network): back online, the page
connects at once (not after its backoff), and shows what it missed — the vendor's
counter and the vendor's words said meanwhile, marked as said while the shopper was
away (the snapshot's `said`, docs/protocol.md "Resuming")."""

from __future__ import annotations

import asyncio
import json
import time

from playwright.async_api import Route, expect

from audio.market import market_act
from tests.e2e.browser import PageErrors, chromium
from tests.e2e.test_pages import shopper_bargaining, stall
from tests.live_helpers import LiveServer, open_browser

WORDS = "மழை வரும் போல இருக்கு, சீக்கிரம் கடையை மூடணும்"
""""Looks like rain, I must close the shop soon": no price, no act, passed on as said."""
OFFLINE_SECONDS = 5
"""Offline this long: the page's try made meanwhile still hangs when the network is back
(a request on a dead network is often not refused but never answered: here, the socket
ticket's), and without the `online` event the page would wait out its 10 s timeout."""


async def test_back_online_the_page_reconnects_at_once_and_shows_what_was_said(
    server: LiveServer,
) -> None:
    assert market_act(WORDS, "ta") is None
    s = await stall(server)
    errors = PageErrors()
    async with chromium() as browser:
        context, page = await shopper_bargaining(browser, s["qr"]["url"], errors)
        visit = await page.evaluate("JSON.parse(sessionStorage.getItem('vyapar.shopper'))")
        nid = visit["negotiation_id"]
        vws, _got, vtask = await open_browser(server, nid, s["vendor"]["token"], language="ta")

        async def never_answered(route: Route) -> None:
            if offline:
                hung.append(route)  # left unanswered, for good
            else:
                await route.continue_()

        hung: list[Route] = []
        offline = True
        await page.route("**/api/ws-ticket", never_answered)
        await context.set_offline(True)
        await expect(page.locator("#presence")).to_have_attribute("data-conn", "lost")
        await vws.send(json.dumps({"type": "text", "text": WORDS}))
        r = await s["api"].bid(s["vendor"]["token"], nid, 4400)
        assert r.status_code in (200, 201), r.text
        await asyncio.sleep(OFFLINE_SECONDS)
        await expect(page.locator("#transcript")).not_to_contain_text(WORDS)

        assert hung, "the page did not try to connect while offline"
        offline = False
        await context.set_offline(False)
        back = time.monotonic()
        await expect(page.locator("#presence")).to_have_attribute("data-conn", "open")
        took = time.monotonic() - back
        assert took < 3, f"reconnected {took:.1f} s after the network came back"

        line = page.locator("#transcript li.theirs", has_text=WORDS)
        await expect(line.locator(".said")).to_have_text(WORDS)
        await expect(line.locator(".away")).to_have_text("आपके दूर रहते कहा गया")
        await expect(page.locator("#offers li.latest")).to_contain_text("₹44")
        # Said once, however often the page resumes.
        await page.reload()
        await expect(page.locator("#presence")).to_have_attribute("data-conn", "open")
        await expect(page.locator("#transcript li.theirs", has_text=WORDS)).to_have_count(1)
        await vws.close()
        await vtask
        await context.close()
    assert errors.unexpected("ERR_INTERNET_DISCONNECTED") == []
