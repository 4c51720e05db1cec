"""The stall line: a vendor's call set up by the voice webhook stays up between deals. It
hears each new customer in the vendor's language, joins on a yes or after the prompt,
returns to standby when the deal ends and offers the next shopper still waiting."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest

from audio.codecs import pcm16_to_ulaw
from audio.vendor_phrases import offer_customer_text, stall_ready_text
from tests.conftest import Api
from tests.fakes import FakeSTT
from tests.integration.test_live import with_silence
from tests.integration.test_live_vendor import join_by_qr
from tests.integration.test_telephony import double_for, phone_settings
from tests.live_helpers import (
    LiveServer,
    Received,
    fake_stt,
    live_server,
    open_browser,
    speaking,
    spoken,
    stream_twilio,
    wait_for,
)

TOMATO = {"en": "Tomato", "hi": "टमाटर"}


@pytest.fixture
async def server(database_url: str) -> AsyncIterator[LiveServer]:
    async with live_server(phone_settings(database_url), stt=FakeSTT(), tts=speaking()) as s:
        yield s


def said(server: LiveServer) -> list[tuple[str, str]]:
    return list(server.app.state.live.engines.fake_tts.said)


def vendor_presence(got: Received) -> list[str]:
    return [
        e["state"]
        for e in got.events
        if e.get("type") == "presence"
        and e["side"] == "vendor"
        and (e.get("client") == "phone" or e["state"] == "away")
    ]


async def shopper(
    server: LiveServer, api: Api, product_id: int, *, qr_of: str | None = None
) -> tuple[int, Any]:
    """A shopper haggling in the browser: registered (opening the deal over the API), or
    (`qr_of`: the vendor's token) arrived by scanning the stall's code. Either way the
    new deal is announced to the vendor."""
    if qr_of is not None:
        customer = await join_by_qr(api, qr_of, product_id)
        nid = customer["negotiation"]["id"]
    else:
        customer = await api.register("customer", language="en")
        nid = (await api.open(customer["token"], product_id))["id"]
    return nid, (*await open_browser(server, nid, customer["token"], language="en"), customer)


async def announced(server: LiveServer) -> tuple[Any, Any, Any, Any]:
    """An English vendor's stall line on standby (only a yes takes a shopper), and a
    shopper who scanned the stall's code, announced on the line: (the call, its stream,
    the stream's reader task, the shopper)."""
    api = Api(server.http)
    vendor, product, call, ws, task = await on_standby(server, api)
    _nid, one = await shopper(server, api, product["id"], qr_of=vendor["token"])
    await wait_for(
        lambda: ("en", "New customer for tomato. Say yes to talk to them.") in said(server),
        what="the announcement",
    )
    return call, ws, task, one


async def on_standby(server: LiveServer, api: Api) -> tuple[Any, Any, Any, Any, Any]:
    """An English vendor with tomatoes whose stall line is on standby, where only a yes
    takes a shopper: (the vendor, the product, the call, its stream, the reader task)."""
    vendor = await api.register("vendor", language="en")
    product = await api.product(vendor["token"], names=TOMATO)
    twilio = double_for(server)
    call = await twilio.call(vendor["user"]["phone"])
    server.app.state.settings.phone_prompt_seconds = 30.0  # only a yes can take them here
    ws, _got, task = await twilio.open_stream(call)
    await wait_for(lambda: ("en", stall_ready_text("en")) in said(server), what="standby")
    return vendor, product, call, ws, task


async def test_the_line_takes_waiting_shoppers_one_after_another(server: LiveServer) -> None:
    """Two shoppers already waiting when the vendor calls: the first is offered (in
    Hindi, the vendor's language) and taken after the prompt; when that deal ends the
    line is back on standby and offers the second."""
    api = Api(server.http)
    vendor = await api.register("vendor", language="hi")
    product = await api.product(vendor["token"], names=TOMATO)
    first, one = await shopper(server, api, product["id"])
    _second, two = await shopper(server, api, product["id"])
    twilio = double_for(server)
    call = await twilio.call(vendor["user"]["phone"])
    ws, _got, task = await twilio.open_stream(call)

    offer = ("hi", offer_customer_text("hi", TOMATO))
    assert offer[1] == "टमाटर के लिए नया ग्राहक आया है। बात करने के लिए हाँ बोलिए।"
    await wait_for(lambda: vendor_presence(one[1]) == ["here"], what="the first shopper taken")
    assert said(server)[:2] == [("hi", stall_ready_text("hi")), offer]
    assert vendor_presence(two[1]) == []

    r = await server.http.post(
        f"/api/negotiations/{first}/cancel", headers=api.auth(one[3]["token"])
    )
    assert r.status_code == 200, r.text
    await wait_for(lambda: vendor_presence(one[1]) == ["here", "away"], what="the line leaving")
    await wait_for(lambda: vendor_presence(two[1]) == ["here"], what="the second shopper taken")
    assert said(server).count(offer) == 2
    for ws_, _, t, _who in (one, two):
        await ws_.close()
        await t
    await ws.close()
    await task


async def test_a_new_customer_is_announced_and_a_yes_takes_them(server: LiveServer) -> None:
    """On standby with nobody waiting, a shopper who starts haggling is announced; the
    vendor's yes joins at once (no waiting out the prompt). One who comes during that deal
    is heard then, and offered when it ends."""
    api = Api(server.http)
    vendor = await api.register("vendor", language="en")
    product = await api.product(vendor["token"], names=TOMATO)
    twilio = double_for(server)
    call = await twilio.call(vendor["user"]["phone"])
    server.app.state.settings.phone_prompt_seconds = 30.0  # only a yes can take them here
    ws, _got, task = await twilio.open_stream(call)
    await wait_for(lambda: ("en", stall_ready_text("en")) in said(server), what="standby")

    first, one = await shopper(server, api, product["id"], qr_of=vendor["token"])
    offer = ("en", "New customer for tomato. Say yes to talk to them.")
    await wait_for(lambda: offer in said(server), what="the announcement")
    fake_stt(server).say("Yes.")
    pcm = with_silence(await spoken("Yes.", 8000), 8000)
    await stream_twilio(ws, call.stream_sid, pcm16_to_ulaw(pcm), realtime=False)
    await wait_for(lambda: vendor_presence(one[1]) == ["here"], timeout=10, what="taken on yes")

    second, two = await shopper(server, api, product["id"], qr_of=vendor["token"])
    await wait_for(
        lambda: ("en", "New customer for tomato.") in said(server), what="heard during the deal"
    )
    assert vendor_presence(two[1]) == []
    r = await server.http.post(
        f"/api/negotiations/{first}/reject", headers=api.auth(vendor["token"])
    )
    assert r.status_code == 200, r.text
    await wait_for(lambda: vendor_presence(one[1]) == ["here", "away"], what="the deal's end")
    await wait_for(lambda: said(server).count(offer) == 2, what="the next shopper offered")
    fake_stt(server).say("Yes.")
    await stream_twilio(ws, call.stream_sid, pcm16_to_ulaw(pcm), realtime=False)
    await wait_for(lambda: vendor_presence(two[1]) == ["here"], timeout=10, what="the second")
    assert second != first
    for ws_, _, t, _who in (one, two):
        await ws_.close()
        await t
    await ws.close()
    await task


async def test_a_shopper_waiting_through_a_rename_is_offered_under_the_new_name(
    server: LiveServer,
) -> None:
    """A shopper comes while the line is busy with another deal and is heard under the
    product's name then; the vendor renames the product before that deal ends, so the
    offer made when it ends says the name the product has now."""
    api = Api(server.http)
    vendor, product, call, ws, task = await on_standby(server, api)
    first, one = await shopper(server, api, product["id"], qr_of=vendor["token"])
    old_offer = ("en", offer_customer_text("en", TOMATO))
    await wait_for(lambda: old_offer in said(server), what="the announcement")
    fake_stt(server).say("Yes.")
    pcm = with_silence(await spoken("Yes.", 8000), 8000)
    await stream_twilio(ws, call.stream_sid, pcm16_to_ulaw(pcm), realtime=False)
    await wait_for(lambda: vendor_presence(one[1]) == ["here"], timeout=10, what="taken on yes")
    _second, two = await shopper(server, api, product["id"], qr_of=vendor["token"])
    await wait_for(
        lambda: ("en", "New customer for tomato.") in said(server), what="heard during the deal"
    )

    plum = {"en": "Plum tomato", "hi": "बेर टमाटर"}
    r = await server.http.patch(
        f"/api/products/{product['id']}", json={"names": plum}, headers=api.auth(vendor["token"])
    )
    assert r.status_code == 200, r.text
    r = await server.http.post(
        f"/api/negotiations/{first}/reject", headers=api.auth(vendor["token"])
    )
    assert r.status_code == 200, r.text
    new_offer = ("en", offer_customer_text("en", plum))
    assert new_offer[1] == "New customer for plum tomato. Say yes to talk to them."
    await wait_for(lambda: new_offer in said(server), what="the offer under the new name")
    assert said(server).count(old_offer) == 1
    for ws_, _, t, _who in (one, two):
        await ws_.close()
        await t
    await ws.close()
    await task


async def test_a_deal_opened_over_the_api_is_offered_on_the_standby_line(
    server: LiveServer,
) -> None:
    """A registered shopper opens the deal with `POST /api/negotiations` (no QR scan)
    while the vendor's line is on standby: the line offers them once, and a yes takes
    them, as for a shopper who scanned the stall's code."""
    api = Api(server.http)
    vendor = await api.register("vendor", language="en")
    product = await api.product(vendor["token"], names=TOMATO)
    twilio = double_for(server)
    call = await twilio.call(vendor["user"]["phone"])
    server.app.state.settings.phone_prompt_seconds = 30.0  # only a yes can take them here
    ws, _got, task = await twilio.open_stream(call)
    await wait_for(lambda: ("en", stall_ready_text("en")) in said(server), what="standby")

    _nid, one = await shopper(server, api, product["id"])
    offer = ("en", "New customer for tomato. Say yes to talk to them.")
    await wait_for(lambda: offer in said(server), what="the announcement")
    fake_stt(server).say("Yes.")
    pcm = with_silence(await spoken("Yes.", 8000), 8000)
    await stream_twilio(ws, call.stream_sid, pcm16_to_ulaw(pcm), realtime=False)
    await wait_for(lambda: vendor_presence(one[1]) == ["here"], timeout=10, what="taken on yes")
    assert said(server).count(offer) == 1
    await one[0].close()
    await one[2]
    await ws.close()
    await task


async def test_a_price_said_straight_after_the_yes_is_the_deals_first_bid(
    server: LiveServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Saying "Yes. Thirty eight rupees a kilo." in one breath, while joining the room takes a
    while: the words after the yes are neither heard by the ear as another answer nor
    lost before the deal's speaker is ready; they are the deal's first bid."""
    live = server.app.state.live
    join = live.join

    async def slow_join(*args: Any, **kwargs: Any) -> Any:
        room = await join(*args, **kwargs)
        await asyncio.sleep(0.5)  # presence is out; the line's speaker is not ready yet
        return room

    monkeypatch.setattr(live, "join", slow_join)
    call, ws, task, one = await announced(server)
    fake_stt(server).say("Yes.", "Thirty eight rupees a kilo.")
    both = with_silence(await spoken("Yes.", 8000), 8000) + with_silence(
        await spoken("Thirty eight rupees a kilo.", 8000), 8000
    )
    await stream_twilio(ws, call.stream_sid, pcm16_to_ulaw(both), realtime=False)
    await wait_for(lambda: one[1].of("offer"), timeout=20, what="the price after the yes")
    made = one[1].of("offer")[0]
    assert (made["side"], made["amount_paise"], made["source"]) == ("vendor", 3800, "voice")
    assert vendor_presence(one[1]) == ["here"]
    await one[0].close()
    await one[2]
    await ws.close()
    await task


async def test_a_yes_and_a_price_in_one_breath_take_the_shopper_and_reach_them(
    server: LiveServer,
) -> None:
    """ "Yes, thirty eight rupees a kilo." said as one utterance: the yes takes the shopper
    at once (no waiting out the prompt), and the words said with it are the deal's first
    words, heard by the shopper, not lost with the answer."""
    call, ws, task, one = await announced(server)
    words = "Yes, thirty eight rupees a kilo."
    fake_stt(server).say(words, words)  # heard by the ear, then by the deal
    pcm = with_silence(await spoken(words, 8000), 8000)
    await stream_twilio(ws, call.stream_sid, pcm16_to_ulaw(pcm), realtime=False)
    await wait_for(lambda: vendor_presence(one[1]) == ["here"], timeout=10, what="taken on yes")
    quiet = bytes(8000 * 2 * 2)  # 2 s of silence: a live line goes on sending
    await stream_twilio(ws, call.stream_sid, pcm16_to_ulaw(quiet), realtime=False)
    await wait_for(lambda: one[1].of("translation"), timeout=20, what="the words at the shopper")
    heard = one[1].of("transcript")[-1]
    assert (heard["side"], heard["text"], heard["final"]) == ("vendor", words, True)
    assert [e["text"] for e in one[1].of("translation")] == [words]
    # With nothing on the table to accept, the yes answers the line: the price is the
    # vendor's own offer.
    await wait_for(lambda: one[1].of("offer"), timeout=10, what="the vendor's offer")
    offer = one[1].of("offer")[-1]
    assert (offer["side"], offer["amount_paise"]) == ("vendor", 3800), offer
    assert not one[1].of("error")
    await one[0].close()
    await one[2]
    await ws.close()
    await task


async def test_two_calls_of_one_vendor_never_take_the_same_shopper(
    server: LiveServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The vendor calls the stall line from two phones at once, a shopper waiting: both
    lines offer them, one takes them; the other is not joined over it and its call is
    not cut (no 4000), it stays on standby. Joining takes a while here (as across
    processes), so both lines look before either is in the room."""
    live = server.app.state.live
    join = live.join

    async def slow_join(*args: Any, **kwargs: Any) -> Any:
        await asyncio.sleep(0.5)
        return await join(*args, **kwargs)

    monkeypatch.setattr(live, "join", slow_join)
    api = Api(server.http)
    vendor = await api.register("vendor", language="en")
    product = await api.product(vendor["token"], names=TOMATO)
    _nid, one = await shopper(server, api, product["id"])
    twilio = double_for(server)
    calls = [await twilio.call(vendor["user"]["phone"]) for _ in range(2)]
    legs = [await twilio.open_stream(call) for call in calls]
    await wait_for(lambda: vendor_presence(one[1]) == ["here"], what="the shopper taken")
    await asyncio.sleep(2.0)  # both prompts have long run out
    assert vendor_presence(one[1]) == ["here"]
    assert [ws.close_code for ws, _got, _task in legs] == [None, None]
    await one[0].close()
    await one[2]
    for ws, _got, task in legs:
        await ws.close()
        await task


async def test_the_phone_spoken_into_takes_the_shopper_when_both_prompts_run_out(
    server: LiveServer,
) -> None:
    """Two phones of one vendor on standby both offer a shopper. The vendor answers on the
    second phone with words not heard as a yes, and the first phone's prompt runs out
    first: the first phone (nobody speaking into it) does not take the shopper; the phone
    the vendor is talking into does, and the vendor's next words there reach the shopper."""
    server.app.state.settings.phone_prompt_seconds = 3.0
    api = Api(server.http)
    vendor = await api.register("vendor", language="en")
    product = await api.product(vendor["token"], names=TOMATO)
    _nid, one = await shopper(server, api, product["id"])
    twilio = double_for(server)
    offer = ("en", offer_customer_text("en", TOMATO))
    idle = await twilio.open_stream(await twilio.call(vendor["user"]["phone"]))
    await wait_for(lambda: said(server).count(offer) == 1, what="offered on the idle phone")
    call = await twilio.call(vendor["user"]["phone"])
    talked = await twilio.open_stream(call)
    await wait_for(lambda: said(server).count(offer) == 2, what="offered on the second phone")
    fake_stt(server).say("Hmm, one second.")  # not a yes
    pcm = with_silence(await spoken("Hmm, one second.", 8000), 8000)
    await stream_twilio(talked[0], call.stream_sid, pcm16_to_ulaw(pcm), realtime=False)
    await wait_for(lambda: vendor_presence(one[1]) == ["here"], timeout=15, what="taken")
    fake_stt(server).say("Thirty eight rupees a kilo.")
    pcm = with_silence(await spoken("Thirty eight rupees a kilo.", 8000), 8000)
    await stream_twilio(talked[0], call.stream_sid, pcm16_to_ulaw(pcm), realtime=False)
    await wait_for(lambda: one[1].of("offer"), timeout=20, what="the price from that phone")
    made = one[1].of("offer")[0]
    assert (made["side"], made["amount_paise"], made["source"]) == ("vendor", 3800, "voice")
    assert vendor_presence(one[1]) == ["here"]
    await one[0].close()
    await one[2]
    for ws, _got, task in (idle, talked):
        await ws.close()
        await task


async def test_a_second_phone_on_standby_takes_the_shopper_when_the_first_hangs_up(
    server: LiveServer,
) -> None:
    """The vendor's first phone takes the shopper; a second phone calls and stays on
    standby (the vendor is there). The first hangs up mid-deal: the second offers the
    shopper and takes them, so the shopper is not left waiting for a vendor who is away."""
    api = Api(server.http)
    vendor = await api.register("vendor", language="en")
    product = await api.product(vendor["token"], names=TOMATO)
    _nid, one = await shopper(server, api, product["id"])
    twilio = double_for(server)
    first = await twilio.open_stream(await twilio.call(vendor["user"]["phone"]))
    await wait_for(lambda: vendor_presence(one[1]) == ["here"], what="taken by the first phone")
    second = await twilio.open_stream(await twilio.call(vendor["user"]["phone"]))
    await wait_for(lambda: said(server).count(("en", stall_ready_text("en"))) == 2, what="standby")
    await asyncio.sleep(1.5)  # the second line has looked for waiting shoppers: none
    offer = ("en", offer_customer_text("en", TOMATO))
    assert said(server).count(offer) == 1
    await first[0].close()
    await first[2]
    await wait_for(lambda: said(server).count(offer) == 2, what="offered on the second phone")
    await wait_for(
        lambda: vendor_presence(one[1]) == ["here", "away", "here"],
        what="taken by the second phone",
    )
    await one[0].close()
    await one[2]
    await second[0].close()
    await second[2]


async def test_the_line_leaves_a_deal_the_vendor_holds_in_the_browser(
    server: LiveServer,
) -> None:
    api = Api(server.http)
    vendor = await api.register("vendor", language="en")
    product = await api.product(vendor["token"], names=TOMATO)
    held, one = await shopper(server, api, product["id"])
    browser = await open_browser(server, held, vendor["token"], language="en")
    waiting, two = await shopper(server, api, product["id"])
    twilio = double_for(server)
    call = await twilio.call(vendor["user"]["phone"])
    ws, _got, task = await twilio.open_stream(call)
    await wait_for(lambda: vendor_presence(two[1]) == ["here"], what="the free shopper taken")
    assert vendor_presence(one[1]) == []
    assert not any(e.get("type") == "error" for e in browser[1].events)
    assert waiting != held
    for ws_, _, t, *_rest in (one, two, browser):
        await ws_.close()
        await t
    await ws.close()
    await task


async def test_a_shopper_who_left_is_not_offered(server: LiveServer) -> None:
    api = Api(server.http)
    vendor = await api.register("vendor", language="en")
    product = await api.product(vendor["token"], names=TOMATO)
    _gone, one = await shopper(server, api, product["id"])
    await one[0].close()
    await one[2]
    _here, two = await shopper(server, api, product["id"])
    twilio = double_for(server)
    call = await twilio.call(vendor["user"]["phone"])
    ws, _got, task = await twilio.open_stream(call)
    await wait_for(lambda: vendor_presence(two[1]) == ["here"], what="the shopper still here")
    offer = ("en", "New customer for tomato. Say yes to talk to them.")
    assert said(server).count(offer) == 1
    await two[0].close()
    await two[2]
    await ws.close()
    await task


async def test_many_shoppers_who_left_do_not_hide_one_waiting_now(server: LiveServer) -> None:
    """More abandoned scans than the line queues at once (they stay open until they
    expire): the one shopper in the room now is still offered and taken."""
    from server.live.transports import stall_waiting

    api = Api(server.http)
    vendor = await api.register("vendor", language="en")
    product = await api.product(vendor["token"], names=TOMATO, stock=500)
    for _ in range(stall_waiting.WAITING_LOOKBACK + 3):
        _gone, left = await shopper(server, api, product["id"])
        await left[0].close()
        await left[2]
    _here, waiting = await shopper(server, api, product["id"])
    twilio = double_for(server)
    call = await twilio.call(vendor["user"]["phone"])
    ws, _got, task = await twilio.open_stream(call)
    await wait_for(lambda: vendor_presence(waiting[1]) == ["here"], what="the shopper taken")
    await waiting[0].close()
    await waiting[2]
    await ws.close()
    await task


async def test_a_shopper_who_never_came_does_not_hold_the_line(
    server: LiveServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A scan whose page never connected is offered and joined (the shopper may be on
    their way); once the room stays empty, the line leaves it and takes the shopper who
    is waiting now. (The empty room's wait is cut from 10 s to 2 s, above three prompts.)"""
    from server.live.transports import stall

    monkeypatch.setattr(stall, "EMPTY_ROOM_SECONDS", 2.0)
    api = Api(server.http)
    vendor = await api.register("vendor", language="en")
    product = await api.product(vendor["token"], names=TOMATO)
    ghost = await api.register("customer", language="en")
    await api.open(ghost["token"], product["id"])  # never connects
    twilio = double_for(server)
    call = await twilio.call(vendor["user"]["phone"])
    ws, _got, task = await twilio.open_stream(call)
    _here, waiting = await shopper(server, api, product["id"])
    await wait_for(
        lambda: vendor_presence(waiting[1]) == ["here"],
        timeout=stall.EMPTY_ROOM_SECONDS + 20,
        what="the waiting shopper taken after the empty room",
    )
    await waiting[0].close()
    await waiting[2]
    await ws.close()
    await task


async def test_a_lost_redis_ends_the_standby_call_with_a_reason(
    database_url: str, tmp_path: Any
) -> None:
    """Announcements would be missed: the call is closed as a room's socket is (1013, its
    reason naming `redis_unavailable`); a call made later finds who is waiting."""
    from tests.integration.test_outages import OwnRedis

    redis = OwnRedis(tmp_path)
    redis.start()
    try:
        settings = phone_settings(database_url, redis_url=redis.url, redis_retry_seconds=0.3)
        async with live_server(settings, stt=FakeSTT(), tts=speaking()) as server:
            api = Api(server.http)
            vendor = await api.register("vendor", language="en")
            twilio = double_for(server)
            call = await twilio.call(vendor["user"]["phone"])
            ws, got, task = await twilio.open_stream(call)
            await wait_for(lambda: ("en", stall_ready_text("en")) in said(server), what="standby")
            redis.stop()
            await asyncio.wait_for(task, timeout=20)
            assert ws.close_code == 1013
            # A carrier's stream gets no `error` event: the close's reason names the outage.
            assert [e for e in got.events if e.get("type") == "error"] == []
            assert (ws.close_reason or "").startswith("redis_unavailable: "), ws.close_reason
    finally:
        redis.stop()
