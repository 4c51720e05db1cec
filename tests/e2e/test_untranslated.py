"""Words no engine translates, on the shopper page in real Chromium: the Tamil vendor's
remark (no price, no market act) shows in Tamil script, marked "not translated" in the
page's language (Hindi), never as a Devanagari transliteration; what the page hears is a
Hindi note followed by the words in a Tamil voice (`server/live/turns/relay.py`)."""

from __future__ import annotations

import json

from playwright.async_api import expect

from audio.market import market_act
from audio.transliteration import transliterate
from tests.e2e.browser import PageErrors, chromium, screenshot
from tests.e2e.test_pages import shopper_bargaining, stall
from tests.live_helpers import LiveServer, open_browser

REMARK = "நேத்து ராத்திரி முழுக்க மழை, சந்தைல ஆளே இல்ல"
""""It rained all night, there's nobody at the market": small talk, nothing to render."""


async def test_the_page_shows_untranslated_words_in_their_script_marked(
    server: LiveServer,
) -> None:
    assert market_act(REMARK, "ta") is None
    s = await stall(server)
    errors = PageErrors()
    async with chromium() as browser:
        context, page = await shopper_bargaining(browser, s["qr"]["url"], errors)
        visit = await page.evaluate("JSON.parse(sessionStorage.getItem('vyapar.shopper'))")
        nid = visit["negotiation_id"]
        vws, _vgot, vtask = await open_browser(server, nid, s["vendor"]["token"], language="ta")
        await vws.send(json.dumps({"type": "text", "text": REMARK}))

        line = page.locator("#transcript li.theirs").last
        await expect(line.locator(".said")).to_have_text(REMARK, timeout=20_000)
        await expect(line.locator(".said")).to_have_attribute("lang", "ta")
        await expect(line.locator(".untranslated")).to_have_text("अनुवाद नहीं हुआ: उनके अपने शब्दों में")
        await expect(page.locator("#transcript")).not_to_contain_text(
            transliterate(REMARK, "ta", "hi")
        )
        await screenshot(page, "shopper-360-untranslated")
        await vws.close()
        await vtask
        await context.close()
    assert errors.messages == []
