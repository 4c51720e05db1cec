"""The console's notice channel (`/ws/vendor`: a new customer at the stall) closed by
something other than the sign-in: the console says so and why, in its language, while it
reconnects (a server restarting, the server's storage away, the network), and the line
goes once the channel is back and telling new customers again; a channel closed for good
says that it stopped, and no socket is asked for again."""

from __future__ import annotations

import asyncio
import json
import re

from playwright.async_api import Browser, expect

from tests.e2e.browser import PageErrors, pass_through
from tests.e2e.test_pages import stall, vendor_console
from tests.live_helpers import LiveServer, wait_for

PAUSED = "नए ग्राहकों की सूचनाएँ रुकी हुई हैं।"
RESTARTING = "सर्वर फिर से शुरू हो रहा है — फिर से जुड़ रहे हैं…"
SERVER_AWAY = "सर्वर व्यस्त है या पहुँच में नहीं है। थोड़ी देर में फिर कोशिश करें।"
STOPPED = "नए ग्राहकों की सूचनाएँ बंद हो गई हैं; फिर से पाने के लिए पेज दोबारा खोलें।"


async def test_a_closed_notice_socket_says_why_and_reconnects(
    server: LiveServer, browser: Browser
) -> None:
    await stall(server)
    errors = PageErrors()
    context, page = await vendor_console(browser, server, errors)
    # The notice sockets pass through here, so the test can end them as a server restart,
    # an outage or a refusal would.
    routes = await pass_through(page, re.compile(r"/ws/vendor"))
    await expect(page.locator("#live")).to_be_visible()
    await page.get_by_label("Language").select_option("hi")
    # The language change reopens the notice socket: the one closed below is the last,
    # once no new one has come for a moment.
    await wait_for(lambda: routes, what="the console's notice socket")
    while True:
        seen = len(routes)
        await asyncio.sleep(1.0)
        if len(routes) == seen:
            break
    status = page.locator("#notices-status")
    await expect(status).to_be_hidden()
    await page.evaluate(
        """() => {
          window.seen = [];
          const line = document.querySelector('#notices-status');
          new MutationObserver(() => window.seen.push(line.hidden ? '' : line.innerText))
            .observe(line, {attributes: true, childList: true, subtree: true, characterData: true});
        }"""
    )

    async def closed(code: int, reason: str, error: str | None = None) -> None:
        route = routes[-1]
        if error is not None:
            route.send(
                json.dumps({"type": "error", "code": error, "message": "", "retry_after": 5})
            )
        await route.close(code=code, reason=reason)

    # The server restarting (1012): said, then the channel back and the line gone.
    count = len(routes)
    await closed(1012, "server restarting")
    await page.wait_for_function(
        "t => window.seen.some((s) => s.includes(t))", arg=f"{PAUSED} {RESTARTING}"
    )
    await wait_for(lambda: len(routes) > count, what="a new notice socket")
    await expect(status).to_be_hidden()

    # The server's storage away (an `error` before 1013): said as such.
    count = len(routes)
    await page.evaluate("window.seen = []")
    await closed(1013, "live notices unavailable", "redis_unavailable")
    await page.wait_for_function(
        "t => window.seen.some((s) => s.includes(t))", arg=f"{PAUSED} {SERVER_AWAY}"
    )
    await wait_for(lambda: len(routes) > count, what="a new notice socket")
    await expect(status).to_be_hidden()

    # Refused for good (4403, not the sign-in): said to have stopped; not asked again.
    count = len(routes)
    await closed(4403, "forbidden", "forbidden")
    await expect(status).to_contain_text(STOPPED)
    await page.wait_for_timeout(3000)
    assert len(routes) == count
    await expect(page.locator("#login")).to_be_hidden()
    await context.close()
    assert errors.unexpected() == []
