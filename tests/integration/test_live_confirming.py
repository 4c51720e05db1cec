"""While one side's spoken accept or refusal waits for its "yes", the other side is told,
in its own language, that they are confirming; and told again when the question is
answered or lapses. A phone, which shows nothing, hears it; so does a page's voice, which
would otherwise hear silence. Over real sockets, the recogniser scripted (`tests.fakes`).
A phone also hears that words wait for a full recogniser (`busy`), as a page shows it."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from audio.confirming import NOT_CONFIRMED, WAITING_ACCEPT, WAITING_REJECT
from audio.errors import PoolSaturated
from audio.vendor_phrases import BUSY_OWN, SLOW_CUSTOMER
from tests.fakes import Heard
from tests.integration.test_live import with_silence
from tests.integration.test_live_confirm_price import Conn, close, phone_vendor_deal, say
from tests.live_helpers import (
    LiveServer,
    fake_stt,
    open_browser,
    scripted_server,
    spoken,
    stream_pcm,
    wait_for,
)


@pytest.fixture
async def server(database_url: str) -> AsyncIterator[LiveServer]:
    # The phone's lines are streamed faster than a call's 50 frames a second.
    async with scripted_server(database_url) as s:
        yield s


async def shopper_says(server: LiveServer, conn: Conn, *heard: Heard | str) -> None:
    """The shopper's page streams real speech; the recogniser hears `heard` in turn (the
    last is the words the speech says)."""
    fake_stt(server).say(*heard)
    last = heard[-1]
    text = last if isinstance(last, str) else last.text
    pcm = with_silence(await spoken(text, 16000), 16000)
    await stream_pcm(conn[0], pcm, 16000, realtime=False)


def told(events: list[dict[str, Any]]) -> list[tuple[str, str, str]]:
    return [(e["side"], e["move"], e["state"]) for e in events]


async def test_the_shopper_is_told_while_the_phone_vendors_accept_waits(
    server: LiveServer,
) -> None:
    """The vendor says "okay, deal" on the phone: the shopper's page is told (and its
    voice hears) that the vendor is confirming; the vendor's yes ends the wait and the
    deal follows. The vendor's own screens get no such notice."""
    # The yes is heard by the real recogniser: on a loaded machine that can take longer
    # than the question's 20 s, which would lapse it (a test of its own, below).
    server.app.state.live.confirm_seconds = 120
    n, c, (pws, _got, ptask, _sid), tokens, vendor_says = await phone_vendor_deal(server)
    console = await open_browser(server, n, tokens["vendor"], language="hi", watch=True)
    tts = server.app.state.live.engines.fake_tts
    await say(c, "Forty rupees a kilo.")
    await wait_for(lambda: c[1].of("offer"), what="the shopper's offer")
    await vendor_says("Okay, deal.")
    await wait_for(lambda: c[1].of("confirming"), what="the wait told to the shopper")
    [waiting] = c[1].of("confirming")
    assert told([waiting]) == [("vendor", "accept", "waiting")]
    assert waiting["text"] == WAITING_ACCEPT["en"]["vendor"] == "The vendor is confirming the deal."
    await wait_for(lambda: ("en", waiting["text"]) in tts.said, what="the wait heard")
    assert not c[1].of("order")
    await vendor_says("Yes.")
    await wait_for(lambda: c[1].of("order"), what="the deal")
    assert told(c[1].of("confirming")) == [
        ("vendor", "accept", "waiting"),
        ("vendor", "accept", "answered"),
    ]
    assert "text" not in c[1].of("confirming")[1]  # the deal is said instead
    assert not console[1].of("confirming")  # the vendor's side is asked, not told
    await close(c, console)
    await pws.close()
    await ptask


async def test_a_refusal_not_confirmed_is_told_in_the_shoppers_language(
    server: LiveServer,
) -> None:
    """A Hindi shopper: the phone vendor's spoken refusal waits, told in Hindi; the
    vendor's next words are no yes, and the shopper is told the bargaining goes on."""
    server.app.state.live.confirm_seconds = 120  # not lapsed on a loaded machine
    _n, c, (pws, _got, ptask, _sid), _tokens, vendor_says = await phone_vendor_deal(
        server, shopper="hi"
    )
    tts = server.app.state.live.engines.fake_tts
    await say(c, "40 रुपये किलो")
    await wait_for(lambda: c[1].of("offer"), what="the shopper's offer")
    await vendor_says("No, no deal.")
    await wait_for(lambda: c[1].of("confirming"), what="the wait")
    [waiting] = c[1].of("confirming")
    assert told([waiting]) == [("vendor", "reject", "waiting")]
    assert waiting["text"] == WAITING_REJECT["hi"]["vendor"]
    assert waiting["text"] == "दुकानदार सौदा खत्म करने से पहले पुष्टि कर रहे हैं।"
    await wait_for(lambda: ("hi", waiting["text"]) in tts.said, what="the wait heard")
    await vendor_says("Forty five rupees a kilo.")
    await wait_for(lambda: len(c[1].of("confirming")) == 2, what="the end of the wait")
    ended = c[1].of("confirming")[1]
    assert told([ended]) == [("vendor", "reject", "cancelled")]
    assert ended["text"] == NOT_CONFIRMED["hi"]["vendor"] == "दुकानदार ने पुष्टि नहीं की। मोलभाव जारी है।"
    await wait_for(lambda: len(c[1].of("offer")) == 2, what="the vendor's counter")
    await close(c)
    await pws.close()
    await ptask


async def test_a_lapsed_question_is_told_and_the_phone_hears_it(server: LiveServer) -> None:
    """The shopper says "okay, deal" and never says yes: the vendor's phone hears that
    the customer is confirming, then, once the question's time is up, that they did not;
    a console watching in Hindi reads both in Hindi."""
    live = server.app.state.live
    live.confirm_seconds = 0.6
    n, c, (pws, _got, ptask, _sid), tokens, vendor_says = await phone_vendor_deal(server)
    console = await open_browser(server, n, tokens["vendor"], language="hi", watch=True)
    tts = live.engines.fake_tts
    await vendor_says("Forty rupees a kilo.")
    await wait_for(lambda: c[1].of("offer"), what="the vendor's offer")
    await shopper_says(server, c, "Okay, deal.")
    await wait_for(lambda: c[1].of("confirm"), what="the question to the shopper")
    await wait_for(
        lambda: ("en", WAITING_ACCEPT["en"]["customer"]) in tts.said, what="the wait on the phone"
    )
    await wait_for(
        lambda: ("en", NOT_CONFIRMED["en"]["customer"]) in tts.said, what="the lapse on the phone"
    )
    # The console's event and the phone's words go out on separate sockets: on a busy
    # machine the words can be made before the event reaches the console.
    await wait_for(lambda: len(console[1].of("confirming")) >= 2, what="the lapse on the console")
    assert told(console[1].of("confirming")) == [
        ("customer", "accept", "waiting"),
        ("customer", "accept", "lapsed"),
    ]
    assert [e["text"] for e in console[1].of("confirming")] == [
        WAITING_ACCEPT["hi"]["customer"],
        NOT_CONFIRMED["hi"]["customer"],
    ]
    assert not c[1].of("confirming")
    # A late yes is handled as before (no yes to the lapsed question: an accept of the
    # vendor's offer, asked anew), and the lapse is not told twice.
    live.confirm_seconds = 30
    await shopper_says(server, c, "Yes.")
    await wait_for(lambda: c[1].of("confirm_cancelled"), what="the late yes")
    await wait_for(lambda: len(c[1].of("confirm")) == 2, what="the accept asked anew")
    await wait_for(lambda: len(console[1].of("confirming")) == 3, what="the new wait")
    assert [e["state"] for e in console[1].of("confirming")] == ["waiting", "lapsed", "waiting"]
    assert not c[1].of("order")
    await close(c, console)
    await pws.close()
    await ptask


async def test_a_phone_hears_that_words_wait_for_a_recogniser(server: LiveServer) -> None:
    """The recognisers are full: the page is shown `busy`; the phone, which shows
    nothing, hears that the customer's words are on the way, and that its own wait."""
    _n, c, (pws, pgot, ptask, _sid), _tokens, vendor_says = await phone_vendor_deal(server)
    tts = server.app.state.live.engines.fake_tts
    full = PoolSaturated("the provider's queue is full")
    await shopper_says(server, c, Heard(error=full), "Forty rupees a kilo.")
    await wait_for(lambda: c[1].of("busy"), what="busy at the shopper")
    await wait_for(lambda: ("en", SLOW_CUSTOMER["en"]) in tts.said, what="busy on the phone")
    [busy] = c[1].of("busy")
    await wait_for(
        lambda: (
            f"busy-{busy['utterance_id']}"
            in [m["mark"]["name"] for m in pgot.twilio if m["event"] == "mark"]
        ),
        what="the busy mark",
        alive=[pgot],
    )
    await wait_for(lambda: c[1].of("offer"), what="the shopper's offer, not dropped")

    fake_stt(server).say(Heard(error=full))
    await vendor_says("Forty five rupees a kilo.")
    await wait_for(lambda: ("en", BUSY_OWN["en"]) in tts.said, what="own busy on the phone")
    await wait_for(lambda: len(c[1].of("offer")) == 2, what="the vendor's counter")
    await close(c)
    await pws.close()
    await ptask
