"""A vendor console whose sign-in is about to lapse: the server says `renew`, the console
renews the sign-in (no password), moves its sockets to the new one and goes on, its
conversation whole; after the old sign-in's lapse the room is still live."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator

import pytest
from playwright.async_api import Browser, Page, Route, expect

from models import Role, User
from tests.e2e.browser import PageErrors, page_server
from tests.e2e.test_pages import stall, vendor_console
from tests.live_helpers import LiveServer, open_browser, wait_for

KEY = "vyapar.vendor"
LIFE = 10
"""Seconds the swapped-in sign-in lives; `renew` comes NOTICE seconds before its end."""
NOTICE = 6


@pytest.fixture
async def server(sqlite_url: str) -> AsyncIterator[LiveServer]:
    async with page_server(
        sqlite_url, revocation_check_seconds=0.2, ws_renew_notice_seconds=NOTICE
    ) as s:
        yield s


async def short_sign_in(server: LiveServer, page: Page, vendor_id: int) -> tuple[str, float]:
    """The console's sign-in swapped for one that lapses in LIFE seconds, the page reloaded
    on it; the token and when it lapses."""
    async with server.app.state.sessions() as session:
        vendor = await session.get(User, vendor_id)
    assert vendor is not None
    tokens = server.app.state.tokens
    short: str = tokens.issue(vendor_id, Role.VENDOR, LIFE, version=vendor.token_version)
    await page.evaluate(
        f"localStorage.setItem('{KEY}', {json.dumps(json.dumps({'token': short}))})"
    )
    await page.reload()
    return short, float(tokens.verify(short).expires_at)


async def held(page: Page) -> str:
    token: str = json.loads(await page.evaluate(f"localStorage.getItem('{KEY}')"))["token"]
    return token


async def test_a_console_renews_its_sign_in_and_keeps_its_rooms(
    server: LiveServer, browser: Browser
) -> None:
    s = await stall(server)
    customer = await s["api"].register("customer")
    n = (await s["api"].open(customer["token"], s["product"]["id"], quantity=2))["id"]
    errors = PageErrors()
    context, page = await vendor_console(browser, server, errors)
    deal = page.locator("article.deal")
    await expect(deal).to_have_count(1)
    live = server.app.state.live
    cws, _cgot, ctask = await open_browser(server, n, customer["token"], language="en")
    await cws.send(json.dumps({"type": "offer", "amount_paise": 3600}))
    await expect(deal.locator(".offer-amount")).to_contain_text("36")

    # The renewal is let through once the room's socket is open on the short sign-in, so
    # that the sockets have to move to the renewed one.
    async def renewal(route: Route) -> None:
        await wait_for(
            lambda: n in live.rooms and "vendor" in live.rooms[n].clients,
            what="the console's room socket",
        )
        await asyncio.sleep(0.5)
        await route.continue_()

    await page.route("**/api/auth/renew", renewal)
    short, lapses_at = await short_sign_in(server, page, s["vendor"]["user"]["id"])
    await expect(deal.locator(".offer-amount")).to_contain_text("36")
    await wait_for(
        lambda: n in live.rooms and "vendor" in live.rooms[n].clients, what="the console back"
    )
    await cws.send(json.dumps({"type": "text", "text": "Are these tomatoes fresh today?"}))
    lines = deal.locator("ol.transcript li")
    await expect(lines).to_have_count(1)

    # Renewed before the lapse, unasked, without a password.
    while await held(page) == short:
        assert time.time() < lapses_at, "not renewed before the lapse"
        await asyncio.sleep(0.1)
    fresh = server.app.state.tokens.verify(await held(page))
    assert fresh.expires_at > lapses_at + 60

    # After the old sign-in's lapse the console goes on: the room live, the conversation
    # whole (nothing lost, nothing twice), no log-in form.
    await asyncio.sleep(max(0.0, lapses_at - time.time()) + 2.5)
    await expect(page.locator("#login")).to_be_hidden()
    await cws.send(json.dumps({"type": "offer", "amount_paise": 3700}))
    await expect(deal.locator(".offer-amount")).to_contain_text("37", timeout=3_000)
    await cws.send(json.dumps({"type": "text", "text": "I need them for a wedding."}))
    await expect(lines).to_have_count(2)
    await expect(lines.first).to_contain_text("fresh today")
    assert "vendor" in live.rooms[n].clients
    body = await deal.inner_text()
    assert "every 2 s" not in body  # the room's socket, not the list, shows it
    await cws.close()
    await ctask
    await context.close()
    assert errors.unexpected() == []
