"""Words where a price was expected, with no move in them, over real sockets: the speaker
is told what was heard and to say the price again, in their own language, on their
screens (browser leg) and spoken (phone leg); the words still reach the other side as
said. A price is expected of either side from the start (either may open), and of a
side once the other has offered; where none is expected of the speaker (their own offer
is the latest), a remark passes as before and nobody is told anything.

The server hears and speaks through fakes (`tests.fakes`): the recogniser's transcript
is scripted; the speech streamed in is real, so the turn is endpointed as it would be."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import AsyncIterator
from typing import Any

import pytest
from sqlalchemy import func, select

from audio.codecs import pcm16_to_ulaw
from audio.confirmations import not_understood
from models import Bid
from tests.integration.test_live import with_silence
from tests.live_helpers import (
    LiveServer,
    Received,
    barrier,
    fake_stt,
    open_browser,
    open_phone_room,
    open_room,
    scripted_server,
    spoken,
    stream_pcm,
    stream_twilio,
    wait_for,
)

SPEECH = "Good morning, how is business today?"
"""Any speech: what the recogniser hears is scripted."""


@pytest.fixture
async def server(database_url: str) -> AsyncIterator[LiveServer]:
    # Speech is streamed faster than a microphone's 50 frames a second.
    async with scripted_server(database_url) as s:
        yield s


def the_notice(got: Received) -> dict[str, Any]:
    """The one notice a side was told; more than one names each (a split turn shows as two
    utterance ids, a notice published twice as one)."""
    notices = got.of("not_understood")
    assert len(notices) == 1, f"one notice expected: {told(got)}"
    return notices[0]


def told(got: Received) -> list[tuple[str, str, str]]:
    return [(n["utterance_id"], n["reason"], n["heard"]) for n in got.of("not_understood")]


async def speech(rate: int) -> bytes:
    return with_silence(await spoken(SPEECH, rate), rate)


async def test_the_browser_leg_is_told_in_its_language(server: LiveServer) -> None:
    n, c, v, _ = await open_room(server, vendor="ta", customer="hi", list_price_paise=6000)
    stt = fake_stt(server)

    # Nobody has offered: either side may open, so words with no price are told to
    # either side alike, each in their own language; the words still pass on.
    stt.say("Fresh tomatoes today, come and see")
    await stream_pcm(v[0], await speech(16000), 16000, realtime=False)
    await wait_for(lambda: c[1].of("translation"), what="the remark at the shopper")
    await wait_for(lambda: v[1].of("not_understood"), what="the vendor's opening notice")
    stt.say("bhaiya tamatar taaze hain")
    await stream_pcm(c[0], await speech(16000), 16000, realtime=False)
    await wait_for(lambda: c[1].of("not_understood"), what="the opening notice")
    await wait_for(lambda: v[1].of("translation"), what="the remark at the vendor")
    opening = the_notice(c[1])
    assert (opening["reason"], opening["heard"]) == ("no_move", "bhaiya tamatar taaze hain")
    assert opening["text"] == not_understood("no_move", opening["heard"], "hi")
    vendors = the_notice(v[1])
    assert (vendors["reason"], vendors["heard"]) == (
        "no_move",
        "Fresh tomatoes today, come and see",
    )
    assert vendors["language"] == "ta"
    assert vendors["text"] == not_understood("no_move", vendors["heard"], "ta")
    del c[1].events[:]  # from here on, the notices after the vendor's offer
    del v[1].events[:]

    # The vendor's price is on the table: an English sentence on a Hindi page is told.
    await v[0].send(json.dumps({"type": "offer", "amount_paise": 5000}))
    await wait_for(lambda: c[1].of("offer"), what="the vendor's offer")
    relayed = len(v[1].of("translation"))
    stt.say("Hello, how are you doing today")
    await stream_pcm(c[0], await speech(16000), 16000, realtime=False)
    await wait_for(lambda: c[1].of("not_understood"), what="the notice")
    said = the_notice(c[1])
    assert said["reason"] == "no_move"
    assert said["heard"] == "Hello, how are you doing today"
    assert said["language"] == "hi"
    assert said["text"] == (
        "सुना: “Hello, how are you doing today”, पर कोई दाम नहीं। "
        "कृपया दाम फिर से बोलिए, या टाइप कर दीजिए।"
    )
    assert said["text"] == not_understood("no_move", said["heard"], "hi")
    # The words still pass on; the notice stays with the speaker.
    await wait_for(
        lambda: len(v[1].of("translation")) == relayed + 1, what="the words at the vendor"
    )
    assert v[1].of("not_understood") == []

    # Another script than the page's, and a transcript with no words.
    stt.say("நீங்கள் எப்படி இருக்கிறீர்கள்", "…")
    await stream_pcm(c[0], await speech(16000), 16000, realtime=False)
    await wait_for(lambda: len(c[1].of("not_understood")) == 2, what="the second notice")
    await stream_pcm(c[0], await speech(16000), 16000, realtime=False)
    await wait_for(lambda: len(c[1].of("not_understood")) == 3, what="the third notice")
    stt.say("")  # an empty transcript
    await stream_pcm(c[0], await speech(16000), 16000, realtime=False)
    await wait_for(lambda: len(c[1].of("not_understood")) == 4, what="the fourth notice")
    reasons = [e["reason"] for e in c[1].of("not_understood")]
    assert len(reasons) == 4, told(c[1])
    assert reasons == ["no_move", "other_language", "nothing_heard", "nothing_heard"]
    assert c[1].of("not_understood")[2]["text"].startswith("कोई शब्द साफ़ सुनाई नहीं दिया।")

    # A price, a question or a yes is a move: nobody is told.
    stt.say("चालीस रुपये किलो")
    await stream_pcm(c[0], await speech(16000), 16000, realtime=False)
    await wait_for(lambda: len(c[1].of("offer")) == 2, what="the spoken price")
    await barrier(server, n, c, v)
    assert len(c[1].of("not_understood")) == 4, told(c[1])
    for ws, _, task in (c, v):
        await ws.close()
        await task


async def test_the_phone_leg_hears_it_in_its_language(server: LiveServer) -> None:
    n, c, (pws, pgot, ptask, sid), tokens = await open_phone_room(
        server, vendor="hi", customer="en", list_price_paise=6000
    )
    # The vendor's console watches, in the language chosen on it (English).
    console = await open_browser(server, n, tokens["vendor"], language="en", watch=True)
    stt = fake_stt(server)
    tts = server.app.state.live.engines.fake_tts

    def marks() -> list[str]:
        return [m["mark"]["name"] for m in pgot.twilio if m["event"] == "mark"]

    async def vendor_says(text: str) -> None:
        stt.say(text)
        await stream_twilio(pws, sid, pcm16_to_ulaw(await speech(8000)), realtime=False)

    # No offer yet: the vendor's opening remark with no price is told back, spoken, as
    # the shopper's would be on their page; the remark still passes on.
    await vendor_says("आइए आइए, ताज़े टमाटर")
    await wait_for(lambda: c[1].of("translation"), what="the remark at the shopper")
    await wait_for(lambda: any(m.endswith("-again") for m in marks()), what="the opening notice")
    said = [text for language, text in tts.said if language == "hi"]
    assert "सुना: “आइए आइए, ताज़े टमाटर”, पर कोई दाम नहीं। कृपया दाम फिर से बोलिए।" in said

    # The shopper offers; the vendor answers with no price: the phone hears it, in Hindi.
    await c[0].send(json.dumps({"type": "offer", "amount_paise": 4000}))
    await wait_for(lambda: any(not m.endswith("-again") for m in marks()), what="the offer")
    await vendor_says("अरे भाई साहब सुबह सुबह")
    await wait_for(
        lambda: sum(m.endswith("-again") for m in marks()) == 2, what="the spoken notice"
    )
    said = [text for language, text in tts.said if language == "hi"]
    assert "सुना: “अरे भाई साहब सुबह सुबह”, पर कोई दाम नहीं। कृपया दाम फिर से बोलिए।" in said
    # Words in another script are not said back in the vendor's voice.
    await vendor_says("நீங்கள் எப்படி இருக்கிறீர்கள்")
    await wait_for(lambda: sum(m.endswith("-again") for m in marks()) == 3, what="the third notice")
    said = [text for language, text in tts.said if language == "hi"]
    assert said[-1] == "यह समझ में नहीं आया। कृपया दाम फिर से बोलिए।"
    # The shopper's screen gets nothing of it; the vendor's words reached it as said.
    assert c[1].of("not_understood") == []
    # The console reads each notice in its own language, the words as heard.
    await wait_for(lambda: len(console[1].of("not_understood")) == 3, what="the console's notes")
    notes = console[1].of("not_understood")
    assert [n["heard"] for n in notes] == [
        "आइए आइए, ताज़े टमाटर",
        "अरे भाई साहब सुबह सुबह",
        "நீங்கள் எப்படி இருக்கிறீர்கள்",
    ]
    assert [n["text"] for n in notes] == [
        not_understood(n["reason"], n["heard"], "en") for n in notes
    ]
    assert notes[0]["text"].endswith("Please say the price again, or type it.")
    await console[0].close()
    await console[2]
    await c[0].close()
    await c[2]
    await pws.close()
    await ptask


async def test_a_greeting_before_any_offer_is_not_told(server: LiveServer) -> None:
    """ "Vanakkam" as the vendor picks up, before anyone offered, is no failed price: it
    reaches the shopper and nobody is told to say a price. Other words with no price
    are told as before."""
    _, c, v, _ = await open_room(server, vendor="ta", customer="hi", list_price_paise=6000)
    stt = fake_stt(server)
    stt.say("வணக்கம் சார், நல்லா இருக்கீங்களா")
    await stream_pcm(v[0], await speech(16000), 16000, realtime=False)
    await wait_for(lambda: c[1].of("translation"), what="the greeting at the shopper")
    stt.say("bhaiya aaj mandi mein bheed hai")
    await stream_pcm(v[0], await speech(16000), 16000, realtime=False)
    await wait_for(lambda: len(c[1].of("translation")) == 2, what="the remark at the shopper")
    await wait_for(lambda: v[1].of("not_understood"), what="the remark told")
    said = the_notice(v[1])
    assert said["heard"] == "bhaiya aaj mandi mein bheed hai"
    for ws, _got, task in (c, v):
        await ws.close()
        await task


async def test_the_phone_legs_spoken_refusal_and_accept_questions_reach_the_console(
    server: LiveServer,
) -> None:
    """The vendor's spoken refusal and spoken accept wait for a yes: the console watching
    the Hindi phone leg shows each question too, in its own language (English)."""
    from audio.acts import ActKind, NegotiationAct
    from audio.phrasebook import confirm_prompt, end_deal_prompt

    unit = "kg"
    n, c, (pws, _pgot, ptask, sid), tokens = await open_phone_room(
        server, vendor="hi", customer="en", list_price_paise=6000, unit=unit
    )
    console = await open_browser(server, n, tokens["vendor"], language="en", watch=True)
    stt = fake_stt(server)

    async def vendor_says(text: str) -> None:
        stt.say(text)
        await stream_twilio(pws, sid, pcm16_to_ulaw(await speech(8000)), realtime=False)

    await c[0].send(json.dumps({"type": "offer", "amount_paise": 4000}))
    await wait_for(lambda: console[1].of("offer"), what="the offer at the console")
    await vendor_says("No, no deal.")
    await wait_for(lambda: console[1].of("confirm_reject"), what="the end question")
    assert console[1].of("confirm_reject")[0]["text"] == end_deal_prompt("en")
    await vendor_says("Something else entirely")
    await wait_for(lambda: console[1].of("confirm_cancelled"), what="the question dropped")
    await vendor_says("ok forty, deal")
    await wait_for(lambda: console[1].of("confirm"), what="the accept question")
    asked = console[1].of("confirm")[0]
    assert asked["amount_paise"] == 4000
    act = NegotiationAct(ActKind.ACCEPT, amount_paise=4000, unit=unit)
    assert asked["text"] == confirm_prompt(act, "en")
    assert c[1].of("confirm") == [] and c[1].of("confirm_reject") == []
    for ws, _, task in (console, c):
        await ws.close()
        await task
    await pws.close()
    await ptask


async def test_words_queued_for_a_full_recogniser_are_told_to_both_sides(
    server: LiveServer,
) -> None:
    """The recognisers are full: the shopper's words wait their turn. Both pages are told
    (`busy` names the side whose words wait); the price still comes through."""
    from audio.errors import PoolSaturated
    from tests.fakes import Heard

    _n, c, v, _ = await open_room(server, vendor="ta", customer="hi", list_price_paise=6000)
    stt = fake_stt(server)
    full = PoolSaturated("the provider's queue is full")
    stt.say(Heard(error=full), "चालीस रुपये किलो")
    await stream_pcm(c[0], await speech(16000), 16000, realtime=False)
    await wait_for(lambda: v[1].of("offer"), what="the price at the vendor")
    for got in (c[1], v[1]):
        [busy] = got.of("busy")
        assert busy["side"] == "customer"
    for ws, _, task in (c, v):
        await ws.close()
        await task


async def test_a_typed_number_no_price_can_be_is_told_not_passed_over(server: LiveServer) -> None:
    """A typed line is no answer owed (a remark passes untold), but a number in more digits
    than any price or phone number has is a price nobody can record: the speaker is told
    so, in their language, and nothing is recorded."""
    n, c, v, _ = await open_room(server, vendor="ta", customer="en", list_price_paise=6000)
    await v[0].send(json.dumps({"type": "text", "text": "Forty rupees a kilo"}))
    await wait_for(lambda: c[1].of("offer"), what="the vendor's offer at the shopper")
    said = "I will pay 1000000000000000 rupees per kilo"
    await c[0].send(json.dumps({"type": "text", "text": said}))
    await wait_for(lambda: c[1].of("not_understood"), what="the notice")
    notice = the_notice(c[1])
    assert (notice["reason"], notice["heard"]) == ("no_move", said)
    assert notice["text"] == not_understood("no_move", said, "en")
    assert [o["side"] for o in c[1].of("offer")] == ["vendor"]
    async with server.app.state.sessions() as session:
        bids = await session.scalar(select(func.count()).where(Bid.negotiation_id == n))
    assert bids == 1  # the vendor's alone
    # A plain typed remark still passes untold.
    await c[0].send(json.dumps({"type": "text", "text": "These look fresh"}))
    await wait_for(lambda: len(v[1].of("translation")) >= 2, what="the remark at the vendor")
    assert len(c[1].of("not_understood")) == 1


async def test_words_with_audio_dropped_from_them_are_not_decoded_and_the_speaker_is_told(
    server: LiveServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A server so far behind that a speaker's backlog overflows drops audio: the
    utterance the gap falls in is never decoded (a hole cut in a number could read as
    another price), and its speaker hears nothing clear was heard, to say it again."""
    _, c, v, _ = await open_room(server, vendor="ta", customer="en", list_price_paise=6000)
    stt = fake_stt(server)
    stt.say("forty five rupees a kilo")  # what a decode would hear, gap and all
    live = server.app.state.live
    gate = threading.Event()  # the server may run its own event loop
    run = live.vad_pool.run

    calls = []

    async def held(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        while not gate.is_set():  # the endpointer falls behind while the audio comes in
            await asyncio.sleep(0.01)
        return await run(*args, **kwargs)

    monkeypatch.setattr(live.vad_pool, "run", held)
    clip = await spoken(SPEECH, 16000)
    long_speech = bytes(16000 * 2 // 2) + clip * (12 * 16000 * 2 // len(clip) + 1)
    await stream_pcm(c[0], long_speech, 16000, realtime=False)  # past 500 chunks queued
    backlog = live.metrics.errors.labels("audio_backlog")
    await wait_for(lambda: backlog._value.get() > 0, what="audio dropped")
    gate.set()
    # the backlog is worked through (500 chunks) before the silence comes, or it is
    # dropped in turn
    await wait_for(lambda: len(calls) > 500, what="the backlog worked through")
    await stream_pcm(c[0], bytes(16000 * 2 * 2), 16000, realtime=False)  # then silence
    await wait_for(lambda: c[1].of("not_understood"), what="the notice")
    notice = the_notice(c[1])
    assert (notice["reason"], notice["heard"]) == ("nothing_heard", "")
    assert c[1].of("offer") == [] and v[1].of("offer") == []
    assert [call for call in stt.calls if not call.get("partial")] == []
