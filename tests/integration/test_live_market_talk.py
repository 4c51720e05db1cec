"""Market talk over real sockets: a remark that is no price move but one of the market
acts ("these tomatoes are a bit soft") reaches the other side said from the act, in the
listener's language with the product under negotiation named, never transliterated; a
remark that is no act is relayed as said (`server.live.turns.relay`).

The server hears through a fake recogniser (`tests.fakes`): the transcript is scripted."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import pytest

from audio.market import market_act, say
from audio.relayed import relay_note
from tests.conftest import Api
from tests.integration.test_live import with_silence
from tests.live_helpers import (
    LiveServer,
    barrier,
    fake_stt,
    open_room,
    scripted_server,
    spoken,
    stream_pcm,
    wait_for,
)


@pytest.fixture
async def server(database_url: str) -> AsyncIterator[LiveServer]:
    async with scripted_server(database_url) as s:
        yield s


async def heard_by_vendor(server: LiveServer, n: int, c: Any, v: Any, words: str) -> list[Any]:
    """The customer says `words` (the fake recogniser hears them in any audio); what
    reaches the vendor's socket as translations once every event of the turn is in."""
    fake_stt(server).say(words)
    await stream_pcm(
        c[0], with_silence(await spoken("Any speech at all.", 16000), 16000), 16000, realtime=False
    )
    await wait_for(lambda: v[1].of("translation"), what="the words at the vendor")
    await barrier(server, n, c, v)
    return list(v[1].of("translation"))


async def test_a_market_remark_reaches_the_listener_as_the_act_in_their_language(
    server: LiveServer,
) -> None:
    _, c, v, _ = await open_room(
        server, vendor="ta", customer="hi", names={"en": "Tomato", "hi": "टमाटर", "ta": "தக்காளி"}
    )
    stt = fake_stt(server)
    audio = with_silence(await spoken("Any speech at all.", 16000), 16000)

    remark = "ये थोड़े नरम हैं"  # "these are a bit soft"
    act = market_act(remark, "hi")
    assert act is not None
    stt.say(remark)
    await stream_pcm(c[0], audio, 16000, realtime=False)
    await wait_for(lambda: v[1].of("translation"), what="the remark at the vendor")
    [heard] = v[1].of("translation")
    assert heard["untranslated"] is False
    assert heard["text"] == say(act, "ta", {"ta": "தக்காளி", "hi": "टमाटर", "en": "Tomato"})
    assert "தக்காளி" in heard["text"]  # the product under negotiation, in Tamil
    del v[1].events[:]

    chat = "kal se barish ho rahi hai"  # small talk: no act, relayed as said
    assert market_act(chat, "hi") is None
    stt.say(chat)
    await stream_pcm(c[0], audio, 16000, realtime=False)
    await wait_for(lambda: v[1].of("translation"), what="the small talk at the vendor")
    [passed] = v[1].of("translation")
    # Relayed as said (tests/integration/test_live_relay.py), never transliterated.
    assert (passed["untranslated"], passed["text"], passed["language"]) == (True, chat, "hi")
    assert ("ta", relay_note("ta", "customer", "hi")) in server.app.state.live.engines.fake_tts.said


async def test_agreement_words_in_market_talk_make_no_deal(server: LiveServer) -> None:
    """ "Okay, I'll come in the evening and take it" with the vendor's price on the table:
    understanding reads the "okay" as an accept, but the line is a come-back-later, so no
    deal is made; the vendor hears the act, and the negotiation stays open."""
    n, c, v, tokens = await open_room(server, vendor="ta", customer="hi", list_price_paise=6000)
    await v[0].send(json.dumps({"type": "offer", "amount_paise": 4000}))
    await wait_for(lambda: c[1].of("offer"), what="the vendor's offer")
    words = "ठीक है भैया, शाम को आके ले जाऊँगी"
    act = market_act(words, "hi")
    assert act is not None and act.act == "come_back_later"
    [heard] = await heard_by_vendor(server, n, c, v, words)
    assert heard["text"] == say(act, "ta", None)
    statuses = [e["negotiation"]["status"] for e in c[1].of("state")]
    assert "ACCEPTED" not in statuses
    r = await Api(server.http).get(tokens["customer"], f"/api/negotiations/{n}")
    assert r.status_code == 200 and r.json()["status"] != "ACCEPTED", r.text


async def test_a_count_in_market_talk_is_no_price_to_confirm(server: LiveServer) -> None:
    """ "Put three chillies in free" in a room that sells tomatoes: understanding, not
    knowing the chillies, reads the count as a price it doubts; the line is something
    extra asked free (`audio.market.counted`), so the vendor hears that act and the
    customer is never asked to confirm "₹3"."""
    n, c, v, _ = await open_room(
        server, vendor="ta", customer="bn", names={"en": "Tomato", "bn": "টমেটো", "ta": "தக்காளி"}
    )
    words = "তিনটে কাঁচালঙ্কা ফাউ দেবেন দাদা"
    act = market_act(words, "bn")
    assert act is not None and act.act == "ask_extra"
    [heard] = await heard_by_vendor(server, n, c, v, words)
    assert heard["untranslated"] is False
    assert heard["text"] == say(act, "ta", {"ta": "தக்காளி", "bn": "টমেটো", "en": "Tomato"})
    assert not c[1].of("confirm_price")
