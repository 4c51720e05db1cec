"""The pages in real Chromium when things go wrong: a link that stalls without closing
(the page notices, says so in its language, reconnects and shows what it missed), the
browser going offline, error answers in the page's language (a socket closed for good
too), a typed price kept until it was made, and a vendor console that speaks the
language chosen on the page rather than the account's."""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
import socket
import time

import pytest
from playwright.async_api import Browser, Page, expect
from sqlalchemy import select, update

from models import Negotiation, User
from server.live.rooms import RESTARTED
from tests.e2e.browser import PageErrors, page_server
from tests.e2e.test_pages import (
    shopper_bargaining,
    stall,
    vendor_console,
)
from tests.live_helpers import LiveServer, open_browser, wait_for

RECONNECTING = "कनेक्शन टूट गया — फिर से जुड़ रहे हैं…"


async def record_notices(page: Page) -> None:
    """Keep every text the page's notice shows in `window.notices`: a reconnect can come
    and go between two polls of an `expect`, so a passing notice is looked for there."""
    await page.evaluate(
        """() => {
          window.notices = [];
          const notice = document.querySelector('#notice');
          new MutationObserver(() => window.notices.push(notice.textContent))
            .observe(notice, {childList: true, characterData: true, subtree: true});
        }"""
    )


class StallingProxy:
    """A TCP proxy in front of the server. `stall()` stops forwarding, both ways, on the
    WebSocket connections open at that moment, without closing them (a link gone dead);
    connections made afterwards pass."""

    def __init__(self) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.origin = f"http://127.0.0.1:{self.port}"
        self.upstream_port = 0
        self.sockets: list[tuple[asyncio.Event, bool]] = []
        self._server: asyncio.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()

    async def start(self, upstream_port: int) -> None:
        self.upstream_port = upstream_port
        self._server = await asyncio.start_server(self._serve, sock=self.sock)

    def stall(self) -> None:
        for stalled, websocket in self.sockets:
            if websocket:
                stalled.set()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.upstream_port)
        first = await reader.read(65536)
        stalled = asyncio.Event()
        self.sockets.append((stalled, first.startswith(b"GET /ws/")))
        up_writer.write(first)
        pumps = [
            asyncio.create_task(self._pump(reader, up_writer, stalled)),
            asyncio.create_task(self._pump(up_reader, writer, stalled)),
        ]
        self._tasks.update(pumps)
        # Either side closing closes both (an idle keep-alive the server let go, too).
        await asyncio.wait(pumps, return_when=asyncio.FIRST_COMPLETED)
        for pump in pumps:
            pump.cancel()
        for w in (writer, up_writer):
            with contextlib.suppress(Exception):
                w.close()

    @staticmethod
    async def _pump(
        source: asyncio.StreamReader, sink: asyncio.StreamWriter, stalled: asyncio.Event
    ) -> None:
        while True:
            data = await source.read(65536)
            if not data:
                return
            if stalled.is_set():
                await asyncio.Event().wait()  # hold on to it; never forward, never close
            sink.write(data)
            await sink.drain()

    async def close(self) -> None:
        for task in self._tasks:
            task.cancel()
        if self._server is not None:
            self._server.close()


@pytest.mark.serial  # a stall noticed within 15 s: a bounded wall-clock wait
async def test_a_stalled_link_is_noticed_and_the_missed_counter_replayed(
    sqlite_url: str, browser: Browser
) -> None:
    proxy = StallingProxy()
    async with page_server(sqlite_url, allowed_origins=[proxy.origin]) as server:
        await proxy.start(int(server.base_url.rsplit(":", 1)[1]))
        try:
            await stalled_shopper(server, proxy, browser)
        finally:
            await proxy.close()


async def stalled_shopper(server: LiveServer, proxy: StallingProxy, browser: Browser) -> None:
    s = await stall(server)
    errors = PageErrors()
    context, page = await shopper_bargaining(
        browser, s["qr"]["url"].replace(server.base_url, proxy.origin), errors
    )

    # An error answer reads in the page's language, and the typed price stays in its box.
    amount = page.get_by_label("आपका दाम (₹ प्रति किलो)")
    await amount.fill("20000000")
    await amount.press("Enter")
    await expect(page.locator("#notice")).to_have_text("कुछ भरा हुआ सही नहीं है। जाँचकर फिर कोशिश करें।")
    await expect(amount).to_have_value("20000000")
    # A price that is made clears the box.
    await amount.fill("38")
    await amount.press("Enter")
    await expect(page.locator("#state-line")).to_have_text("आपने ₹38/किलो कहा")
    await expect(amount).to_have_value("")

    async with server.app.state.sessions() as session:
        nid = await session.scalar(select(Negotiation.id))
    assert nid is not None
    vws, vgot, vtask = await open_browser(server, nid, s["vendor"]["token"], language="en")

    # The link stalls (nothing closes); the vendor counters meanwhile, in the room.
    await record_notices(page)
    proxy.stall()
    stalled_at = time.monotonic()
    await vws.send(json.dumps({"type": "offer", "amount_paise": 4200}))
    await wait_for(lambda: vgot.of("offer"), what="the counter made")
    # The notice shows while the page reconnects (a fraction of a second once noticed).
    await page.wait_for_function(
        "text => window.notices.includes(text)", arg=RECONNECTING, timeout=15_000
    )
    assert time.monotonic() - stalled_at < 15
    # Back on a fresh connection: the snapshot, and the counter it missed replayed.
    await expect(page.locator("#state-line")).to_have_text(
        "दुकानदार ने जवाब में ₹42/किलो कहा", timeout=15_000
    )
    await expect(page.locator("#notice")).to_have_text("")
    await expect(page.locator("#transcript li.theirs").last).to_contain_text("₹42/किलो")

    # The browser going offline is noticed at once, not after a missed pong.
    offline_at = time.monotonic()
    await context.set_offline(True)
    await expect(page.locator("#notice")).to_have_text(RECONNECTING, timeout=5_000)
    assert time.monotonic() - offline_at < 5
    await context.set_offline(False)
    await expect(page.locator("#notice")).to_have_text("", timeout=15_000)
    await expect(page.locator("#state-line")).to_have_text("दुकानदार ने जवाब में ₹42/किलो कहा")
    await vws.close()
    await vtask
    await context.close()
    assert errors.unexpected() == []


async def test_console_speaks_the_language_chosen_on_the_page(
    sqlite_url: str, browser: Browser
) -> None:
    async with page_server(sqlite_url) as server:
        s = await stall(server)  # the vendor's account says Tamil
        customer = await s["api"].register("customer")
        n = await s["api"].open(customer["token"], s["product"]["id"], quantity=2)
        nid = n["id"]
        errors = PageErrors()
        context, page = await vendor_console(browser, server, errors)
        deal = page.locator("article.deal")
        await expect(deal).to_have_count(1)
        await wait_for(
            lambda: (
                nid in server.app.state.live.rooms
                and "vendor" in server.app.state.live.rooms[nid].clients
            ),
            what="the console in the room",
        )

        cws, _cgot, ctask = await open_browser(server, nid, customer["token"], language="hi")
        await cws.send(json.dumps({"type": "offer", "amount_paise": 3600}))
        hint = deal.locator(".incoming .hint span[lang]")
        await expect(hint).to_have_attribute("lang", "en")
        assert not re.search(r"[\u0B80-\u0BFF]", await deal.inner_text())  # no Tamil

        # Another language chosen on the page: the socket says hello again in it.
        await page.get_by_label("Language").select_option("hi")
        await expect(hint).to_have_attribute("lang", "hi")
        assert re.search(r"[\u0900-\u097F]", await hint.inner_text())
        # A server error (a counter above the list price) reads in Hindi too.
        box = deal.locator(f"#counter-{nid}")
        await box.fill("100")
        await deal.locator("button[data-action=counter]").click()
        await expect(deal.locator("p.warn[role=alert]")).to_have_text(
            "यह दाम नहीं दिया जा सकता। रकम जाँचें।"
        )
        await cws.close()
        await ctask
        await context.close()
        assert errors.unexpected() == []


async def test_a_microphone_that_does_not_start_is_told_by_cause(
    sqlite_url: str, browser: Browser
) -> None:
    """Permission refused and no microphone are different notices, in the page's
    language, with none of the browser's own English."""
    async with page_server(sqlite_url) as server:
        s = await stall(server)
        context = await browser.new_context(locale="hi-IN", viewport={"width": 360, "height": 740})
        await context.add_init_script(
            """navigator.mediaDevices.getUserMedia = () => Promise.reject(
                 new DOMException("Permission denied by system", window.micError));"""
        )
        page = await context.new_page()
        await page.goto(s["qr"]["url"])
        await page.get_by_label("मात्रा (किलो)").fill("1")
        await page.get_by_role("button", name="मोलभाव शुरू करें").click()
        await expect(page.locator("#state-line")).to_have_text("अपना दाम बोलिए, या नीचे लिखिए")
        cases = {
            "NotAllowedError": "माइक की अनुमति नहीं मिली।",
            "NotFoundError": "कोई माइक नहीं मिला।",
            "NotReadableError": "माइक किसी दूसरे ऐप में चल रहा है।",
        }
        for name, start in cases.items():
            await page.evaluate(f"window.micError = {json.dumps(name)}")
            await page.locator("#talk-button").click()
            notice = page.locator("#notice")
            await expect(notice).to_contain_text(start)
            assert "Permission denied" not in await notice.inner_text()
            assert not re.search(r"[A-Za-z]", await notice.inner_text())
        await context.close()


async def test_a_restarted_room_resyncs_the_page_without_an_error(
    sqlite_url: str, browser: Browser
) -> None:
    """The room's event numbers started again (Redis flushed or evicted its counter): the
    page is told `room_restarted` and closed with 1013. It shows no error for it,
    reconnects as after any resync and goes on from the snapshot."""
    async with page_server(sqlite_url) as server:
        s = await stall(server)
        errors = PageErrors()
        context, page = await shopper_bargaining(browser, s["qr"]["url"], errors)
        await record_notices(page)
        live = server.app.state.live
        async with live.sessions() as session:
            nid = await session.scalar(select(Negotiation.id))
        assert nid is not None
        before = live.rooms[nid].clients["customer"].conn_id

        live.bus._fanout.lose(nid, RESTARTED)  # what the Redis bus does on a number gone back
        await wait_for(
            lambda: (
                nid in live.rooms
                and "customer" in live.rooms[nid].clients
                and live.rooms[nid].clients["customer"].conn_id != before
            ),
            what="the page back in the room",
        )
        vws, _vgot, vtask = await open_browser(server, nid, s["vendor"]["token"], language="en")
        await vws.send(json.dumps({"type": "offer", "amount_paise": 4200}))
        await expect(page.locator("#state-line")).to_have_text(
            "दुकानदार ने ₹42/किलो कहा", timeout=15_000
        )
        await expect(page.locator("#notice")).to_have_text("", timeout=15_000)
        shown = set(await page.evaluate("window.notices")) - {"", RECONNECTING}
        assert not shown, shown  # no error text, only the reconnect any resync shows
        await vws.close()
        await vtask
        await context.close()
        assert errors.unexpected() == []


async def test_a_socket_closed_for_good_is_told_in_the_pages_language(
    sqlite_url: str, browser: Browser
) -> None:
    """The shopper's sign-in ends while bargaining (the account deactivated): the server
    closes the socket with 4410 and an English reason; the page says why in Hindi, with
    none of that English, and does not reconnect."""
    async with page_server(sqlite_url) as server:
        s = await stall(server)
        errors = PageErrors()
        context, page = await shopper_bargaining(browser, s["qr"]["url"], errors)
        async with server.app.state.sessions() as session, session.begin():
            customer_id = await session.scalar(select(Negotiation.customer_id))
            assert customer_id is not None
            await session.execute(
                update(User).where(User.id == customer_id).values(is_active=False)
            )
        server.app.state.accounts.forget(customer_id)
        notice = page.locator("#notice")
        await expect(notice).to_have_text(
            "यह मोलभाव यहाँ आगे नहीं चल सकता। आप लॉग आउट हो गए हैं। फिर से लॉग इन करें।",
            timeout=15_000,
        )
        assert not re.search(r"[A-Za-z]", await notice.inner_text())
        await context.close()
        assert errors.unexpected() == []


async def test_a_console_signed_out_by_the_server_says_why(
    sqlite_url: str, browser: Browser
) -> None:
    """The vendor's sign-in ends while the console is open (the account deactivated): its
    sockets close with 4410 and its polls get 401. The console goes back to the log-in
    form and says why, in the language chosen on the page, once."""
    async with page_server(sqlite_url) as server:
        s = await stall(server)
        customer = await s["api"].register("customer")
        n = await s["api"].open(customer["token"], s["product"]["id"], quantity=2)
        errors = PageErrors()
        context, page = await vendor_console(browser, server, errors)
        await expect(page.locator("article.deal")).to_have_count(1)
        await page.get_by_label("Language").select_option("hi")
        live = server.app.state.live
        await wait_for(
            lambda: n["id"] in live.rooms and "vendor" in live.rooms[n["id"]].clients,
            what="the console in the room",
        )
        await record_notices(page)
        vendor_id = s["vendor"]["user"]["id"]
        async with server.app.state.sessions() as session, session.begin():
            await session.execute(update(User).where(User.id == vendor_id).values(is_active=False))
        server.app.state.accounts.forget(vendor_id)
        await expect(page.locator("#login")).to_be_visible(timeout=15_000)
        notice = page.locator("#notice")
        await expect(notice).to_have_text("आप लॉग आउट हो गए हैं। फिर से लॉग इन करें।")
        shown = [text for text in await page.evaluate("window.notices") if text]
        assert shown == ["आप लॉग आउट हो गए हैं। फिर से लॉग इन करें।"], shown
        await context.close()
        # A poll made after the deactivation is answered 401, as this test provokes.
        assert errors.unexpected("vendor 401") == []
