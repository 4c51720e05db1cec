"""A console's room socket closed by something other than the sign-in: the card says why,
in the console's language, and the console reconnects where that makes sense (a server
restarting, the server's storage away) and takes the vendor's voice back; a room closed
for good (the deal gone) says so and follows the list, with no socket asked for again."""

from __future__ import annotations

import asyncio
import json
import re

from playwright.async_api import Browser, expect

from tests.e2e.browser import PageErrors, pass_through
from tests.e2e.test_pages import stall, vendor_console
from tests.live_helpers import LiveServer, wait_for

RESTARTING = "सर्वर फिर से शुरू हो रहा है — फिर से जुड़ रहे हैं…"
SERVER_AWAY = "सर्वर व्यस्त है या पहुँच में नहीं है। थोड़ी देर में फिर कोशिश करें।"
NOT_FOUND = "यह नहीं मिला।"


async def test_a_closed_room_socket_says_why_and_reconnects(
    server: LiveServer, browser: Browser
) -> None:
    s = await stall(server)
    customer = await s["api"].register("customer")
    n = (await s["api"].open(customer["token"], s["product"]["id"], quantity=2))["id"]
    errors = PageErrors()
    context, page = await vendor_console(browser, server, errors)
    # The console's room sockets pass through here, so the test can end them as a server
    # restart, an outage or a room gone would.
    routes = await pass_through(page, re.compile(r"/ws/negotiations/"))
    deal = page.locator("article.deal")
    await expect(deal).to_have_count(1)
    await page.get_by_label("Language").select_option("hi")
    live = server.app.state.live
    in_room = lambda: n in live.rooms and "vendor" in live.rooms[n].clients  # noqa: E731
    await wait_for(lambda: routes and in_room(), what="the console in the room")
    # The language change may reopen the room socket: the one closed below is the last,
    # once no new one has come for a moment.
    while True:
        seen = len(routes)
        await asyncio.sleep(1.0)
        if len(routes) == seen and in_room():
            break
    presence = deal.locator(".presence")

    async def closed(code: int, reason: str, error: str | None = None) -> None:
        route = routes[-1]
        if error is not None:
            route.send(
                json.dumps({"type": "error", "code": error, "message": "", "retry_after": 5})
            )
        await route.close(code=code, reason=reason)

    # The server restarting (1012): said, then the room back, the voice taken again.
    count = len(routes)
    await page.evaluate(
        """() => {
          window.seen = [];
          const deals = document.querySelector('#negotiations');
          new MutationObserver(() => window.seen.push(deals.innerText))
            .observe(deals, {childList: true, subtree: true, characterData: true});
        }"""
    )
    await closed(1012, "server restarting")
    await page.wait_for_function("t => window.seen.some((s) => s.includes(t))", arg=RESTARTING)
    await wait_for(lambda: len(routes) > count, what="a new room socket")
    await expect(presence).not_to_contain_text(RESTARTING)
    await wait_for(in_room, what="the console back with the vendor's voice")

    # The server's storage away (an `error` before 1013): said as such.
    count = len(routes)
    await page.evaluate("window.seen = []")
    await closed(1013, "redis unavailable", "redis_unavailable")
    await page.wait_for_function("t => window.seen.some((s) => s.includes(t))", arg=SERVER_AWAY)
    await wait_for(lambda: len(routes) > count, what="a new room socket")
    await expect(presence).not_to_contain_text(SERVER_AWAY)

    # The room gone (4404): said on the card, which follows the list; not asked again.
    count = len(routes)
    await closed(4404, "no such negotiation", "not_found")
    await expect(deal.locator(".room-closed")).to_have_text(NOT_FOUND)
    await expect(presence).to_contain_text("हर 2 सेकंड में ताज़ा होता है")
    await page.wait_for_timeout(3000)  # a poll or more
    assert len(routes) == count
    await context.close()
    assert errors.unexpected() == []
