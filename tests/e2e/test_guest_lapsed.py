"""A QR guest's sign-in lapses a day after the scan while their phone still keeps the
deal: the page gets them back in (the lapsed sign-in renewed once) and the deal goes on;
when it cannot be renewed, the page says the visit ended and shows the stall's list to
start again, never "log in again" to a guest who has no log-in."""

from __future__ import annotations

import json
import time
from types import SimpleNamespace

import pytest
from playwright.async_api import Browser, Page, expect
from sqlalchemy import func, select

from models import AuditEntry, Bid, Role, User
from server import security
from tests.e2e.browser import PageErrors
from tests.e2e.test_pages import shopper_bargaining, stall
from tests.live_helpers import LiveServer

KEY = "vyapar.shopper"


async def lapse(server: LiveServer, page: Page) -> str:
    """The page's guest token swapped for the one it would hold a day and a minute after
    the scan (signed then, for a day), as a phone left overnight has it; returns it."""
    state = json.loads(await page.evaluate(f"sessionStorage.getItem('{KEY}')"))
    async with server.app.state.sessions() as session:
        guest = await session.scalar(select(User).where(User.role == Role.GUEST))
    assert guest is not None
    day, now = 24 * 3600, time.time()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(security, "time", SimpleNamespace(time=lambda: now - day - 60))
        token: str = server.app.state.tokens.issue(
            guest.id, Role.GUEST, day, version=guest.token_version
        )
    state["guest_token"] = token
    await page.evaluate(f"sessionStorage.setItem('{KEY}', {json.dumps(json.dumps(state))})")
    # The deal kept for new tabs holds the same sign-in.
    await page.evaluate(
        """(token) => {
          const all = JSON.parse(localStorage.getItem('vyapar.shopper.deals') || '{}');
          for (const deal of Object.values(all)) deal.guest_token = token;
          localStorage.setItem('vyapar.shopper.deals', JSON.stringify(all));
        }""",
        token,
    )
    return token


async def test_a_lapsed_guest_gets_back_to_their_deal(server: LiveServer, browser: Browser) -> None:
    s = await stall(server)
    errors = PageErrors()
    context, page = await shopper_bargaining(browser, s["qr"]["url"], errors)
    amount = page.get_by_label("आपका दाम (₹ प्रति किलो)")
    await amount.fill("40")
    await amount.press("Enter")
    await expect(page.locator("#state-line")).to_have_text("आपने ₹40/किलो कहा")
    lapsed = await lapse(server, page)
    await page.reload()
    # Back in, the same deal: a new offer is recorded in it.
    await expect(page.locator("#state-line")).to_have_text("आपने ₹40/किलो कहा")
    amount = page.get_by_label("आपका दाम (₹ प्रति किलो)")
    await amount.fill("41")
    await amount.press("Enter")
    await expect(page.locator("#state-line")).to_have_text("आपने ₹41/किलो कहा")
    async with server.app.state.sessions() as session:
        prices = list(await session.scalars(select(Bid.amount_paise).order_by(Bid.id)))
    assert prices == [4000, 4100]
    assert "लॉग इन" not in (await page.locator("body").inner_text())

    # Another tab of this phone still holding the lapsed token: it takes the sign-in
    # the first renewal kept for this deal, and renews nothing.
    state = json.loads(await page.evaluate(f"sessionStorage.getItem('{KEY}')"))
    state["guest_token"] = lapsed
    await page.evaluate(f"sessionStorage.setItem('{KEY}', {json.dumps(json.dumps(state))})")
    await page.reload()
    await expect(page.locator("#state-line")).to_have_text("आपने ₹41/किलो कहा")
    await expect(page.get_by_label("आपका दाम (₹ प्रति किलो)")).to_be_enabled()
    async with server.app.state.sessions() as session:
        renewals = await session.scalar(
            select(func.count()).where(AuditEntry.action == "user.guest_renewed")
        )
    assert renewals == 1
    # A copy of the lapsed token with nothing else (renewed already): the visit has ended
    # here, said so, and the stall's list is shown to start again.
    await page.evaluate("localStorage.removeItem('vyapar.shopper.deals')")
    await page.evaluate(f"sessionStorage.setItem('{KEY}', {json.dumps(json.dumps(state))})")
    await page.reload()
    await expect(page.locator("#notice")).to_contain_text("यह विज़िट खत्म हो गई")
    await expect(page.get_by_role("button", name="मोलभाव शुरू करें")).to_be_visible()
    await context.close()
    # What the test provoked: the lapsed token refused, its second renewal refused.
    assert errors.unexpected("401: ", "410: POST") == []
