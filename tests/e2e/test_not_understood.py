"""Words where a price was expected, with no price in them, on the shopper page in real
Chromium: the page shows what was heard and "say the price again, or type it" in the
page's language (Hindi here), the server's text from `audio/confirmations.py`.

The fake microphone says a sentence (the project's Piper voice, so the VAD hears speech);
the recogniser is scripted (`tests.fakes.FakeSTT`): it hears an English sentence on a
Hindi page, as Whisper told Hindi may."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from playwright.async_api import expect

from audio.confirmations import not_understood
from tests.e2e.browser import PageErrors, chromium, page_server, screenshot
from tests.e2e.test_pages import shopper_bargaining, stall
from tests.e2e.test_voice_deal import spoken_price_wav
from tests.fakes import FakeEngines, FakeSTT
from tests.live_helpers import LiveServer, open_browser

HEARD = "Hello, how are you doing today"


@pytest.fixture
async def server(sqlite_url: str) -> AsyncIterator[LiveServer]:
    async with page_server(sqlite_url) as s:
        live = s.app.state.live
        # Every utterance the microphone makes is heard as the same English sentence.
        live.engines = FakeEngines(live.engines, FakeSTT(*[HEARD] * 4))
        yield s


async def test_the_page_says_what_it_heard_in_its_language(
    server: LiveServer, tmp_path: Path
) -> None:
    s = await stall(server)  # ₹45 list, ₹35 floor, per kg
    wav = await spoken_price_wav(tmp_path / "remark.wav", "Good morning, how are you today?")
    errors = PageErrors()
    async with chromium(fake_audio=wav) as browser:
        context, page = await shopper_bargaining(browser, s["qr"]["url"], errors, quantity=1)
        visit = await page.evaluate("JSON.parse(sessionStorage.getItem('vyapar.shopper'))")
        nid = visit["negotiation_id"]

        # The vendor's price is on the table: the shopper is expected to answer it.
        vws, _vgot, vtask = await open_browser(server, nid, s["vendor"]["token"], language="ta")
        await vws.send('{"type": "offer", "amount_paise": 4400}')
        await expect(page.locator("#state-line")).to_have_text("दुकानदार ने ₹44/किलो कहा")

        await page.get_by_label("बिना हाथ लगाए").check()
        await page.get_by_role("button", name="सुनना शुरू करें").click()
        told = not_understood("no_move", HEARD, "hi")
        assert told == (
            "सुना: “Hello, how are you doing today”, पर कोई दाम नहीं। "
            "कृपया दाम फिर से बोलिए, या टाइप कर दीजिए।"
        )
        await expect(page.locator("#notice")).to_have_text(told, timeout=30_000)
        await screenshot(page, "shopper-360-not-understood")
        await page.get_by_role("button", name="सुनना बंद करें").click()
        await vws.close()
        await vtask
        await context.close()
    assert errors.messages == []
