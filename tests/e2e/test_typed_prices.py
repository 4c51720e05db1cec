"""What the pages take as a typed price (`parseRupees` in static/common.js), run in
Chromium: commas must group thousands, the Indian way or the English way; a comma or
space that groups nothing is no price (the page asks again) rather than a price ten or a
hundred times the one meant."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from playwright.async_api import Browser

from tests.e2e.browser import page_server
from tests.live_helpers import LiveServer

CASES = {
    "38": 3800,
    "38.5": 3850,
    "38.50": 3850,
    "₹45": 4500,
    "₹ 45": 4500,
    "Rs. 12.50": 1250,
    "₹40/-": 4000,
    "४०": 4000,
    "௪௫.௫௦": 4550,
    "1,250": 125000,
    "₹1,200.75": 120075,
    "1,25,000": 12500000,
    "125,000": 12500000,
    "1,00,00,000": 1000000000,
    "40,50": None,
    "40 50": None,
    "12,34": None,
    "1,2,3": None,
    "1,2500": None,
    "0": None,
    "-5": None,
    "1234567890": None,
    "forty": None,
}


@pytest.fixture
async def server(sqlite_url: str) -> AsyncIterator[LiveServer]:
    async with page_server(sqlite_url) as s:
        yield s


async def test_typed_prices(server: LiveServer, browser: Browser) -> None:
    context = await browser.new_context()
    page = await context.new_page()
    await page.goto(f"{server.base_url}/vendor")
    got = await page.evaluate(
        """async (texts) => {
            const { parseRupees } = await import("/static/common.js");
            return texts.map((t) => parseRupees(t));
        }""",
        list(CASES),
    )
    await context.close()
    assert dict(zip(CASES, got, strict=True)) == CASES
