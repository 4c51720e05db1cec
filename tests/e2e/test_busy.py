"""The recognisers full, on the shopper page in real Chromium: the page says so in its
language (Hindi here), worded by the page from the `busy` event: the vendor's words
"are on the way", the shopper's own "are queued"; nothing is dropped.

The vendor speaks over its socket and the shopper through the fake microphone (the
project's Piper voice, so the VAD hears speech); the recogniser is scripted
(`tests.fakes.FakeSTT`): each line's first decode finds the recognisers full."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from playwright.async_api import Page, expect

from audio.errors import PoolSaturated
from tests.e2e.browser import PageErrors, chromium, page_server, screenshot
from tests.e2e.test_pages import shopper_bargaining, stall
from tests.e2e.test_voice_deal import spoken_price_wav
from tests.fakes import FakeEngines, FakeSTT, Heard
from tests.integration.test_live import with_silence
from tests.live_helpers import LiveServer, open_browser, spoken, stream_pcm

FULL = PoolSaturated("the recognisers are full")

SHOWN = """() => {
  const el = document.getElementById("notice");
  window.shownNotices = [];
  new MutationObserver(() => window.shownNotices.push(el.textContent)).observe(el, {
    childList: true,
    characterData: true,
    subtree: true,
  });
}"""


async def shown(page: Page, text: str) -> None:
    """The page's notice showed `text` (since `SHOWN` began to record)."""
    await page.wait_for_function(
        "text => window.shownNotices.includes(text)", arg=text, timeout=30_000
    )


@pytest.fixture
async def server(sqlite_url: str) -> AsyncIterator[LiveServer]:
    async with page_server(sqlite_url) as s:
        live = s.app.state.live
        live.engines = FakeEngines(live.engines, FakeSTT())
        yield s


async def test_the_shopper_page_says_words_wait_for_the_recognisers(
    server: LiveServer, tmp_path: Path
) -> None:
    s = await stall(server)  # ₹45 list, ₹35 floor, per kg
    stt = server.app.state.live.engines.stt
    wav = await spoken_price_wav(tmp_path / "offer.wav", "Forty rupees a kilo.")
    errors = PageErrors()
    async with chromium(fake_audio=wav) as browser:
        context, page = await shopper_bargaining(browser, s["qr"]["url"], errors, quantity=1)
        visit = await page.evaluate("JSON.parse(sessionStorage.getItem('vyapar.shopper'))")
        nid = visit["negotiation_id"]

        # Every line the notice shows, in order: a notice may be followed at once by the
        # next (the words, once heard, go on as usual).
        await page.evaluate(SHOWN)

        # The vendor's words wait for a recogniser: the other side's are on the way.
        vws, vgot, vtask = await open_browser(server, nid, s["vendor"]["token"], language="en")
        stt.say(Heard(error=FULL), "Forty four rupees a kilo.")
        await stream_pcm(
            vws, with_silence(await spoken("Forty four rupees a kilo.", 16000), 16000), 16000
        )
        await shown(page, "लाइन धीमी है: दूसरी तरफ़ की बात आ रही है…")
        await expect(page.locator("#state-line")).to_have_text("दुकानदार ने ₹44/किलो कहा")

        # The shopper's own words wait: they are queued, and then heard.
        stt.say(Heard(error=FULL), "Forty rupees a kilo.")
        await page.get_by_label("बिना हाथ लगाए").check()
        await page.get_by_role("button", name="सुनना शुरू करें").click()
        await shown(page, "बहुत लोग बोल रहे हैं; आपकी बात कतार में है।")
        await screenshot(page, "shopper-360-busy")
        await expect(page.locator("#state-line")).to_contain_text("₹40", timeout=30_000)
        assert [e["side"] for e in vgot.of("busy")] == ["vendor", "customer"]
        await page.get_by_role("button", name="सुनना बंद करें").click()
        await vws.close()
        await vtask
        await context.close()
    assert errors.messages == []
