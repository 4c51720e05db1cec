"""A QR guest bargaining while their sign-in is about to lapse: the server says `renew`
shortly before, the page renews the sign-in and joins again from the snapshot, and the
shopper sees nothing of it; their next offer is recorded after the old sign-in lapsed."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator

import pytest
from playwright.async_api import Browser, expect
from sqlalchemy import func, select

from models import AuditEntry, Bid, Role, User
from tests.e2e.browser import PageErrors, page_server
from tests.e2e.test_pages import shopper_bargaining, stall
from tests.live_helpers import LiveServer

KEY = "vyapar.shopper"
LIFE = 8
"""Seconds the swapped-in sign-in lives; `renew` comes NOTICE seconds before its end."""
NOTICE = 5


@pytest.fixture
async def server(sqlite_url: str) -> AsyncIterator[LiveServer]:
    async with page_server(
        sqlite_url, revocation_check_seconds=0.2, ws_renew_notice_seconds=NOTICE
    ) as s:
        yield s


async def test_a_guest_sign_in_is_renewed_before_it_lapses(
    server: LiveServer, browser: Browser
) -> None:
    s = await stall(server)
    errors = PageErrors()
    context, page = await shopper_bargaining(browser, s["qr"]["url"], errors)
    amount = page.get_by_label("आपका दाम (₹ प्रति किलो)")
    await amount.fill("40")
    await amount.press("Enter")
    await expect(page.locator("#state-line")).to_have_text("आपने ₹40/किलो कहा")

    # The page's sign-in swapped for one that lapses in LIFE seconds, then reloaded.
    async with server.app.state.sessions() as session:
        guest = await session.scalar(select(User).where(User.role == Role.GUEST))
    assert guest is not None
    tokens = server.app.state.tokens
    short: str = tokens.issue(guest.id, Role.GUEST, LIFE, version=guest.token_version)
    lapses_at = tokens.verify(short).expires_at
    state = json.loads(await page.evaluate(f"sessionStorage.getItem('{KEY}')"))
    state["guest_token"] = short
    await page.evaluate(f"sessionStorage.setItem('{KEY}', {json.dumps(json.dumps(state))})")
    await page.evaluate(
        """(token) => {
          const all = JSON.parse(localStorage.getItem('vyapar.shopper.deals') || '{}');
          for (const deal of Object.values(all)) deal.guest_token = token;
          localStorage.setItem('vyapar.shopper.deals', JSON.stringify(all));
        }""",
        short,
    )
    await page.reload()
    await expect(page.locator("#state-line")).to_have_text("आपने ₹40/किलो कहा")

    # Renewed before the lapse, unasked: a new sign-in kept, one renewal made.
    async def held() -> str:
        kept = json.loads(await page.evaluate(f"sessionStorage.getItem('{KEY}')"))
        token: str = kept["guest_token"]
        return token

    while await held() == short:
        assert time.time() < lapses_at, "not renewed before the lapse"
        await asyncio.sleep(0.1)
    async with server.app.state.sessions() as session:
        renewals = await session.scalar(
            select(func.count()).where(AuditEntry.action == "user.guest_renewed")
        )
    assert renewals == 1

    # After the old sign-in's lapse the deal goes on on this page, as it was.
    await asyncio.sleep(max(0.0, lapses_at - time.time()) + 0.5)
    await expect(page.locator("#state-line")).to_have_text("आपने ₹40/किलो कहा")
    amount = page.get_by_label("आपका दाम (₹ प्रति किलो)")
    await amount.fill("41")
    await amount.press("Enter")
    await expect(page.locator("#state-line")).to_have_text("आपने ₹41/किलो कहा")
    async with server.app.state.sessions() as session:
        prices = list(await session.scalars(select(Bid.amount_paise).order_by(Bid.id)))
    assert prices == [4000, 4100]
    body = await page.locator("body").inner_text()
    assert "लॉग इन" not in body and "यह विज़िट खत्म हो गई" not in body
    await context.close()
    assert errors.messages == []
