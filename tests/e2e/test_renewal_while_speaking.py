"""A renewal that comes while the shopper speaks: the page holds it until the words are
heard and made into an offer (a renewal ends the socket, and the turn with it), then
renews and joins again; the spoken price is recorded and the deal goes on."""

from __future__ import annotations

import asyncio
import json
import re
import time
from pathlib import Path

from playwright.async_api import WebSocketRoute, expect
from sqlalchemy import func, select

from models import AuditEntry, Bid, BidSource, Side
from tests.e2e.browser import PageErrors, chromium
from tests.e2e.test_voice_deal import open_stall, spoken_price_wav
from tests.live_helpers import LiveServer

SAID = "Forty rupees a kilo is my price for these tomatoes, okay."
"""The price first, then words with no number: a socket let go a second into the words
would leave its turn only the words after the price."""

SAID_ON = (
    "Forty rupees a kilo is what I will pay for these tomatoes and the onions beside them "
    "because the market down the road sells the very same ones for less every single day"
)
"""The price first, then words with no break for seconds more: the sign-in lapses before
they end, so the socket must be let go while they are being said."""


async def test_a_renewal_while_the_shopper_speaks_waits_for_their_words(
    server: LiveServer, tmp_path: Path
) -> None:
    await renewed_while_speaking(server, tmp_path, SAID, expires_in=40)


async def test_words_going_on_when_the_sign_in_must_move_are_heard_whole_on_the_next_socket(
    server: LiveServer, tmp_path: Path
) -> None:
    """The lapse is near while the shopper still speaks: the page moves to the renewed
    sign-in mid-utterance (the old socket's unfinished words are dropped with it), and
    sends the utterance so far again on the new socket, so the price said first is heard."""
    await renewed_while_speaking(server, tmp_path, SAID_ON, expires_in=4)


async def test_words_moved_mid_utterance_are_heard_whole_however_late_their_start_was_told(
    server: LiveServer, tmp_path: Path
) -> None:
    """On a loaded server `speech_started` can reach the page seconds after the words
    began: the page sends the utterance again from where the server heard it begin in the
    socket's audio (`at_ms`), not from when it was told, so the price said first is kept."""
    await renewed_while_speaking(server, tmp_path, SAID_ON, expires_in=4, late_s=2.5)


async def renewed_while_speaking(
    server: LiveServer, tmp_path: Path, said: str, *, expires_in: int, late_s: float = 0.0
) -> None:
    """`renew` (lapse in `expires_in` s) told a second after the shopper begins `said`
    (and the page hears so: `speech_started` reaches it `late_s` late, as from a loaded
    server); the spoken ₹40/kg is recorded once, the sign-in renewed once, and the deal
    goes on."""
    stall = await open_stall(server)
    wav = await spoken_price_wav(tmp_path / "spoken-price.wav", said)
    errors = PageErrors()
    async with chromium(fake_audio=wav) as browser:
        context = await browser.new_context(
            locale="en-IN", viewport={"width": 390, "height": 844}, has_touch=True
        )
        # The page spreads renewals over a random wait (tabs of one deal): none here, so
        # the renewal comes while the words are still being said.
        await context.add_init_script("Math.random = () => 0;")
        page = errors.watch(await context.new_page(), "shopper")

        # The shopper's socket passes through here: `renew` is told a second after the
        # server says the shopper began to speak, once the price is said.
        told: list[float] = []
        heard: list[str] = []  # the shopper's final transcripts, for a failure's message

        def through(route: WebSocketRoute) -> None:
            upstream = route.connect_to_server()

            def down(message: str | bytes) -> None:
                if not isinstance(message, str):
                    route.send(message)
                    return
                event = json.loads(message)
                if event.get("type") == "transcript" and event.get("final") is not False:
                    heard.append(str(event.get("text")))
                started = event.get("type") == "speech_started" and event.get("side") == "customer"
                if not started or told:
                    route.send(message)
                    return
                told.append(time.monotonic())
                loop = asyncio.get_running_loop()
                loop.call_later(late_s, route.send, message)
                renew = json.dumps({"type": "renew", "expires_in": expires_in})
                loop.call_later(late_s + 1.0, route.send, renew)

            upstream.on_message(down)
            route.on_message(upstream.send)

        await page.route_web_socket(re.compile(r"/ws/negotiations/"), through)
        await page.goto(stall["qr"]["url"])
        await page.get_by_label("Quantity (kg)").fill("2")
        await page.get_by_role("button", name="Start bargaining").click()
        await expect(page.locator("#state-line")).to_have_text("Say your price, or type it below")
        await page.get_by_label("Hands-free").check()
        await page.get_by_role("button", name="Start listening").click()

        async def spoken_bid() -> Bid | None:
            async with server.app.state.sessions() as session:
                return await session.scalar(select(Bid).where(Bid.side == Side.CUSTOMER))

        async def renewals() -> int:
            async with server.app.state.sessions() as session:
                count = await session.scalar(
                    select(func.count()).where(AuditEntry.action == "user.guest_renewed")
                )
            return int(count or 0)

        # A loaded recogniser can write the price unsurely ("$40, rupees"): the page then
        # asks the shopper to check it, and the price heard is confirmed with a tap.
        confirm = page.get_by_role("group", name="Check the price you said").get_by_role(
            "button", name="Yes, ₹40/kg"
        )
        deadline = time.monotonic() + 60
        while (bid := await spoken_bid()) is None:
            lost = f"the words said during the renewal were lost; heard {heard}"
            assert time.monotonic() < deadline, lost
            if await confirm.is_visible():
                await confirm.click()
            await asyncio.sleep(0.2)
        assert told, "renew was not told while the shopper spoke"
        assert bid.amount_paise == 4000, heard
        assert bid.source is BidSource.VOICE  # a confirmed spoken price is still the voice's
        async with server.app.state.sessions() as session:
            spoken = await session.scalar(select(func.count()).where(Bid.side == Side.CUSTOMER))
        assert spoken == 1, "the words were recorded twice"
        # Renewed once the turn was over, and the deal goes on on the new sign-in.
        while await renewals() == 0:
            assert time.monotonic() < deadline, "not renewed"
            await asyncio.sleep(0.2)
        await page.get_by_role("button", name="Stop listening").click()
        await expect(page.locator("#state-line")).to_have_text("You offered ₹40/kg")
        amount = page.get_by_label("Your price (₹ per kg)")
        await amount.fill("41")
        await amount.press("Enter")
        await expect(page.locator("#state-line")).to_have_text("You offered ₹41/kg")
        assert await renewals() == 1
        await context.close()
    assert errors.unexpected() == []
