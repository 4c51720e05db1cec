"""A vendor console whose sign-in began too long ago to be renewed
(`VYAPAR_SIGN_IN_MAX_SECONDS`): the console says so ahead of the lapse, in its language,
with a password field; signing in there keeps the page as it is (the rooms, their
sockets, the conversation) and the console goes on past the old sign-in's lapse."""

from __future__ import annotations

import asyncio
import json
import time

from playwright.async_api import Browser, expect

from models import Role, User
from tests.e2e.browser import PageErrors
from tests.e2e.test_console_sign_in_renewed import held
from tests.e2e.test_pages import VENDOR_PASSWORD, stall, vendor_console
from tests.live_helpers import LiveServer, open_browser, wait_for

KEY = "vyapar.vendor"
LIFE = 15
"""Seconds the swapped-in sign-in lives: less than the console's renewal lead, so it asks
to renew it at once and is told the sign-in is too old."""
ENDS = "आपका साइन-इन"
"""How the warning begins in Hindi ("your sign-in ends at …")."""


async def test_a_sign_in_too_old_to_renew_is_warned_and_signed_in_again_in_place(
    server: LiveServer, browser: Browser
) -> None:
    s = await stall(server)
    customer = await s["api"].register("customer")
    n = (await s["api"].open(customer["token"], s["product"]["id"], quantity=2))["id"]
    errors = PageErrors()
    context, page = await vendor_console(browser, server, errors)
    deal = page.locator("article.deal")
    await expect(deal).to_have_count(1)
    await page.get_by_label("Language").select_option("hi")

    # The sign-in swapped for one whose password login was longer ago than a sign-in may
    # be renewed for, lapsing in LIFE seconds.
    vendor_id = s["vendor"]["user"]["id"]
    async with server.app.state.sessions() as session:
        vendor = await session.get(User, vendor_id)
    assert vendor is not None
    tokens = server.app.state.tokens
    long_ago = int(time.time()) - server.app.state.settings.sign_in_max_seconds - 60
    old = tokens.issue(
        vendor_id, Role.VENDOR, LIFE, version=vendor.token_version, signed_in_at=long_ago
    )
    lapses_at = float(tokens.verify(old).expires_at)
    await page.evaluate(f"localStorage.setItem('{KEY}', {json.dumps(json.dumps({'token': old}))})")
    await page.reload()
    live = server.app.state.live
    await wait_for(
        lambda: n in live.rooms and "vendor" in live.rooms[n].clients, what="the console's room"
    )
    cws, _cgot, ctask = await open_browser(server, n, customer["token"], language="en")
    await cws.send(json.dumps({"type": "text", "text": "Are these tomatoes fresh today?"}))
    lines = deal.locator("ol.transcript li")
    await expect(lines).to_have_count(1)

    # Warned ahead of the lapse, in Hindi, with the time it ends.
    warning = page.locator("#sign-in-ends")
    await expect(warning).to_be_visible()
    await expect(warning).to_contain_text(ENDS)
    assert time.time() < lapses_at - 3

    # A wrong password says so and keeps the warning.
    await page.locator("#sign-in-ends-password").fill("not-the-password")
    await warning.get_by_role("button").click()
    await expect(page.locator("#notice")).not_to_be_empty()
    await expect(warning).to_be_visible()
    assert await held(page) == old

    # The right one signs in again in place: same account, a fresh password login.
    await page.locator("#sign-in-ends-password").fill(VENDOR_PASSWORD)
    await warning.get_by_role("button").click()
    await expect(warning).to_be_hidden()
    fresh = tokens.verify(await held(page))
    assert fresh.user_id == vendor_id
    assert fresh.signed_in_at > long_ago
    assert fresh.expires_at > lapses_at + 60

    # Past the old sign-in's lapse the console goes on: no log-in form, the conversation
    # whole, the room live.
    await asyncio.sleep(max(0.0, lapses_at - time.time()) + 2.5)
    await expect(page.locator("#login")).to_be_hidden()
    await expect(deal).to_have_count(1)
    await expect(lines.first).to_contain_text("fresh today")
    await cws.send(json.dumps({"type": "offer", "amount_paise": 3700}))
    await expect(deal.locator(".offer-amount")).to_contain_text("37", timeout=5_000)
    await cws.send(json.dumps({"type": "text", "text": "I need them for a wedding."}))
    await expect(lines).to_have_count(2)
    assert "vendor" in live.rooms[n].clients
    await cws.close()
    await ctask
    await context.close()
    # The refusals the test provoked: the renewal of a sign-in too old, the wrong password.
    provoked = [f"401: POST {server.base_url}/api/auth/{path}" for path in ("renew", "login")]
    assert errors.unexpected(*provoked) == []
