"""Live negotiation over real sockets: rooms, both protocols, the turn pipeline.

Most tests hear and speak through fakes (`tests.fakes`): the speech streamed in is real
(so endpointing is), what the recogniser hears is scripted, and what is said back is
noise. A spoken price each way, on the browser leg and the phone leg, and a barge-in go
through the real engines (Whisper, Piper) on one database."""

from __future__ import annotations

import asyncio
import base64
import json
import shutil
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from sqlalchemy import select

from audio.codecs import pcm16_to_float32, pcm16_to_ulaw, ulaw_to_pcm16
from models import Bid, BidSource, Order
from tests.conftest import Api, make_settings
from tests.fakes import FakeSTT, Heard
from tests.live_helpers import (
    LiveServer,
    fake_stt,
    live_server,
    open_browser,
    share_engines,
    speaking,
    spoken,
    wait_for,
)


@pytest.fixture
async def server(database_url: str) -> AsyncIterator[LiveServer]:
    async with live_server(make_settings(database_url), stt=FakeSTT(), tts=speaking()) as s:
        yield s


@pytest.fixture
async def real_server(sqlite_template: Path, tmp_path: Path) -> AsyncIterator[LiveServer]:
    """A server with the real engines, on SQLite (the database side of spoken turns is
    tested on both databases through the fakes)."""
    path = tmp_path / "real.db"
    shutil.copy(sqlite_template, path)
    async with live_server(make_settings(f"sqlite+aiosqlite:///{path}")) as s:
        await share_engines(s.app)
        yield s


async def setup_market(server: LiveServer) -> dict[str, Any]:
    api = Api(server.http)
    vendor = await api.register("vendor", language="ta", business_name="Murugan Stores")
    customer = await api.register("customer", language="hi")
    product = await api.product(
        vendor["token"], names={"en": "Tomato", "hi": "टमाटर", "ta": "தக்காளி"}
    )
    negotiation = await api.open(customer["token"], product["id"], quantity=2)
    return {
        "v": vendor["token"],
        "c": customer["token"],
        "product": product,
        "n": negotiation["id"],
        "api": api,
    }


async def test_typed_offer_reaches_the_vendor_in_tamil(server: LiveServer) -> None:
    m = await setup_market(server)
    cws, cgot, ctask = await open_browser(server, m["n"], m["c"], language="hi")
    vws, vgot, vtask = await open_browser(server, m["n"], m["v"], language="ta")
    await cws.send(json.dumps({"type": "text", "text": "टमाटर पैंतीस रुपये किलो दे दो"}))
    await wait_for(lambda: vgot.of("offer"), what="offer at the vendor")
    offer = vgot.of("offer")[0]
    assert offer["amount_paise"] == 3500
    assert offer["side"] == "customer"
    assert "35" in offer["text"]
    assert "தக்காளி" in offer["text"]
    # The vendor hears it: audio_start, PCM frames, audio_end, and a latency report.
    await wait_for(lambda: vgot.of("audio_end"), what="speech at the vendor")
    assert vgot.of("audio_start")[0]["sample_rate"] == 16000
    assert len(vgot.audio) > 16000
    await wait_for(lambda: cgot.of("latency"), what="latency at the customer")
    latency = cgot.of("latency")[0]
    assert latency["total_ms"] > 0
    assert "tts_first_audio" in latency["stages_ms"]
    # The customer sees their own transcript and what was understood.
    assert cgot.of("transcript")[0]["text"].startswith("टमाटर")
    assert cgot.of("understood")[0]["amount_paise"] == 3500
    assert not vgot.of("understood")  # only for the speaker
    async with server.app.state.sessions() as session:
        bid = await session.scalar(select(Bid))
    assert bid is not None
    assert bid.source is BidSource.TEXT
    assert bid.amount_paise == 3500
    for ws, task in ((cws, ctask), (vws, vtask)):
        await ws.close()
        await task


async def test_a_rate_is_not_heard_as_a_quantity(server: LiveServer) -> None:
    """Saying "forty rupees a kilo" while 2 kg are bargained for: the vendor hears the rate,
    not "1 kilo … 40 rupees a kilo"."""
    m = await setup_market(server)
    cws, _cgot, ctask = await open_browser(server, m["n"], m["c"], language="en")
    vws, vgot, vtask = await open_browser(server, m["n"], m["v"], language="ta")
    await cws.send(json.dumps({"type": "text", "text": "I will pay forty rupees a kilo."}))
    await wait_for(lambda: vgot.of("translation"), what="translation at the vendor")
    said = vgot.of("translation")[0]["text"]
    assert said == "தக்காளி கிலோ 40 ரூபாய்க்கு கொடுங்க."
    async with server.app.state.sessions() as session:
        bid = await session.scalar(select(Bid))
    assert bid is not None and bid.amount_paise == 4000 and bid.quantity == 2
    for ws, task in ((cws, ctask), (vws, vtask)):
        await ws.close()
        await task


def with_silence(pcm: bytes, rate: int, before: float = 0.4, after: float = 1.0) -> bytes:
    return bytes(int(rate * before) * 2) + pcm + bytes(int(rate * after) * 2)


async def test_voice_haggle_browser_shopper_and_phone_vendor(real_server: LiveServer) -> None:
    """Whisper hears the shopper's browser and the vendor's phone; Piper answers both."""
    await voice_haggle(real_server, real=True)


async def test_voice_haggle_on_fakes(server: LiveServer) -> None:
    """The same deal on both databases, the recogniser scripted, the speech streamed
    as fast as the socket takes it."""
    await voice_haggle(server, real=False)


async def voice_haggle(server: LiveServer, *, real: bool) -> None:
    from tests.live_helpers import open_twilio, stream_pcm, stream_twilio

    def hears(text: str) -> None:
        if not real:
            fake_stt(server).say(text)

    api = Api(server.http)
    vendor = await api.register("vendor", language="en", business_name="Joe's Greens")
    customer = await api.register("customer", language="en")
    product = await api.product(vendor["token"], names={"en": "Tomato", "hi": "टमाटर"})
    nid = (await api.open(customer["token"], product["id"], quantity=2))["id"]

    cws, cgot, ctask = await open_browser(server, nid, customer["token"], language="en")
    vws, vgot, vtask, sid = await open_twilio(
        server, {"token": vendor["token"], "negotiation_id": str(nid), "language": "en"}
    )
    await wait_for(
        lambda: any(e.get("type") == "presence" and e["side"] == "vendor" for e in cgot.events),
        what="vendor presence",
    )

    # The shopper speaks a price, streamed (in real time, for the real engines) from the
    # browser at 16 kHz.
    said = "Tomatoes for thirty five rupees a kilo."
    hears(said)
    streamed = with_silence(await spoken(said, 16000), 16000)
    await stream_pcm(cws, streamed, 16000, realtime=real)
    await wait_for(lambda: cgot.of("offer"), timeout=30, what="the spoken offer")
    offer = cgot.of("offer")[0]
    # `speech_started` says where the words began in the audio this socket sent (a page
    # moving to another socket mid-utterance sends it again from there).
    loud = np.flatnonzero(np.abs(pcm16_to_float32(streamed)) > 0.02)
    began_ms = int(loud[0]) * 1000 // 16000
    started = [e for e in cgot.events if e.get("type") == "speech_started"]
    assert started[0]["side"] == "customer"
    assert abs(started[0]["at_ms"] - began_ms) <= 250, (started[0], began_ms)
    assert offer["amount_paise"] == 3500
    assert offer["source"] == "voice"

    # The phone hears it: μ-law media frames, then a mark naming the utterance (after a
    # "one moment" note of its own, `slow-…`, where the machine was slow to hear it).
    def marks() -> list[str]:
        named = [m["mark"]["name"] for m in vgot.twilio if m["event"] == "mark"]
        return [name for name in named if not name.startswith("slow-")]

    await wait_for(lambda: bool(marks()), what="vendor mark")
    media = [m for m in vgot.twilio if m["event"] == "media"]
    assert len(media) > 25
    ulaw = b"".join(base64.b64decode(m["media"]["payload"]) for m in media)
    assert all(len(base64.b64decode(m["media"]["payload"])) == 160 for m in media)
    heard = pcm16_to_float32(ulaw_to_pcm16(ulaw))
    assert float(np.sqrt(np.mean(heard**2))) > 0.01
    assert marks() == [offer["utterance_id"]]

    # The vendor accepts by voice; a stray "okay" is not a sale: it asks to confirm.
    async def vendor_says(text: str) -> None:
        hears(text)
        pcm = with_silence(await spoken(text, 8000), 8000)
        await stream_twilio(vws, sid, pcm16_to_ulaw(pcm), realtime=real)

    await vendor_says("Okay, deal.")
    await wait_for(
        lambda: any(e.get("type") == "transcript" and e["side"] == "vendor" for e in cgot.events),
        what="vendor transcript",
    )
    await asyncio.sleep(0.3)
    async with server.app.state.sessions() as session:
        assert await session.scalar(select(Order)) is None
    await vendor_says("Yes.")
    await wait_for(lambda: cgot.of("order"), timeout=30, what="the order")
    order = cgot.of("order")[0]["order"]
    assert order["unit_price_paise"] == 3500
    assert order["total_paise"] == 7000
    assert order["accepted_by"] == "vendor"
    states = [e["negotiation"]["status"] for e in cgot.of("state")]
    assert states[-1] == "ACCEPTED"
    # The shopper hears the deal in their browser.
    await wait_for(lambda: len(cgot.of("audio_end")) >= 1, what="deal speech at the shopper")
    assert len(cgot.audio) > 8000
    async with server.app.state.sessions() as session:
        bid = await session.scalar(select(Bid))
        placed = await session.scalar(select(Order))
    assert bid is not None
    assert bid.source is BidSource.VOICE
    assert (bid.transcript and "35" in bid.transcript) or "thirty" in (bid.transcript or "")
    assert bid.utterance_id == offer["utterance_id"]
    assert placed is not None
    assert placed.unit_price_paise == 3500
    # Every event carries a sequence number, increasing.
    seqs = [e["seq"] for e in cgot.events if "seq" in e and e["type"] != "snapshot"]
    assert seqs == sorted(seqs)
    await cws.close()
    await vws.close()
    await ctask
    await vtask


async def test_phone_barge_in_clears_the_speech(real_server: LiveServer) -> None:
    from tests.live_helpers import open_twilio, stream_twilio

    server = real_server
    api = Api(server.http)
    vendor = await api.register("vendor", language="en")
    customer = await api.register("customer", language="en")
    product = await api.product(vendor["token"])
    nid = (await api.open(customer["token"], product["id"]))["id"]
    cws, cgot, ctask = await open_browser(server, nid, customer["token"], language="en")
    vws, vgot, vtask, sid = await open_twilio(
        server, {"token": vendor["token"], "negotiation_id": str(nid), "language": "en"}
    )
    await wait_for(
        lambda: any(e.get("type") == "presence" and e["side"] == "vendor" for e in cgot.events),
        what="vendor presence",
    )
    long_text = " ".join(["My cousin sells vegetables in the next street."] * 8)
    await cws.send(json.dumps({"type": "text", "text": long_text}))
    await wait_for(lambda: any(m["event"] == "media" for m in vgot.twilio), what="speech")
    # The vendor talks over it: the server tells Twilio to drop what is queued.
    pcm = with_silence(
        await spoken("Wait, wait, I have a better price for you.", 8000), 8000, after=0.3
    )
    await stream_twilio(vws, sid, pcm16_to_ulaw(pcm))
    await wait_for(
        lambda: any(m["event"] == "clear" for m in vgot.twilio),
        what=f"clear (shopper saw {[e.get('type') for e in cgot.events]})",
    )
    assert any(e.get("type") == "speech_started" and e["side"] == "vendor" for e in cgot.events)
    await cws.close()
    await vws.close()
    await ctask
    await vtask


async def test_saturated_engines_say_busy_and_drop_nothing(database_url: str) -> None:
    settings = make_settings(database_url, stt_workers=1, stt_queue=0)
    # Each decode holds the one recogniser worker for a while, as a real one would.
    heard = [Heard("Forty rupees a kilo.", delay=0.4) for _ in range(2)]
    async with live_server(settings, stt=FakeSTT(*heard), tts=speaking()) as server:
        fake_stt(server).pool = server.app.state.live.engines.stt_pool
        api = Api(server.http)
        vendor = await api.register("vendor", language="en")
        product = await api.product(vendor["token"])
        shoppers = []
        for _ in range(2):
            c = await api.register("customer", language="en")
            nid = (await api.open(c["token"], product["id"]))["id"]
            shoppers.append(await open_browser(server, nid, c["token"], language="en"))
        speech = with_silence(await spoken("Forty rupees a kilo.", 16000), 16000)
        from tests.live_helpers import stream_pcm

        # Both speak at once, faster than real time, so both utterances hit STT together.
        await asyncio.gather(
            *(stream_pcm(ws, speech, 16000, realtime=False) for ws, _, _ in shoppers)
        )
        for _, got, _ in shoppers:
            await wait_for(lambda got=got: got.of("offer"), timeout=60, what="offer")
            assert got.of("offer")[0]["amount_paise"] == 4000
        assert sum(len(got.of("busy")) for _, got, _ in shoppers) >= 1
        for ws, _, task in shoppers:
            await ws.close()
            await task


async def test_partials_reach_the_speaker_and_a_whole_offer_ends_the_turn_early(
    database_url: str,
) -> None:
    from audio.codecs import float32_to_pcm16
    from tests.audio_helpers import trim
    from tests.live_helpers import stream_pcm

    # An offer, a sentence break (~250 ms), and a change of mind: the words heard at
    # the break hold a price, but only the whole utterance may record a bid.
    first, second = "Thirty rupees a kilo.", "No, twenty eight rupees."
    parts = [trim(pcm16_to_float32(await spoken(text, 16000))) for text in (first, second)]
    line = np.concatenate([parts[0], np.zeros(4000, dtype=np.float32), parts[1]])
    # The recogniser hears the sentence grow with the speech it is given.
    one, two = len(parts[0]) / 16000, (len(parts[0]) + 4000 + len(parts[1])) / 16000
    so_far = [
        (0.0, "Thirty rupees"),
        (one, first),
        (one + 0.25 + len(parts[1]) / 32000, f"{first} No, twenty"),
        (two - 0.1, f"{first} {second}"),
    ]
    # A long full hangover: only the early end on a whole offer can reply within it.
    settings = make_settings(database_url, vad_hangover_ms=1500)
    stt = FakeSTT(so_far=so_far)
    async with live_server(settings, stt=stt, tts=speaking(), partials=True) as server:
        api = Api(server.http)
        vendor = await api.register("vendor", language="en")
        customer = await api.register("customer", language="en")
        product = await api.product(vendor["token"])
        nid = (await api.open(customer["token"], product["id"]))["id"]
        cws, cgot, ctask = await open_browser(server, nid, customer["token"], language="en")
        vws, vgot, vtask = await open_browser(server, nid, vendor["token"], language="en")
        # The speech as fast as the socket takes it, the silence after it at the pace of a
        # microphone: the early end is a race between the guess decoded at the pause and
        # the hangover, and silence streamed faster than real time let a loaded machine's
        # hangover win (CI saw `silence`).
        speech = with_silence(float32_to_pcm16(line), 16000, after=0)
        await stream_pcm(cws, speech, 16000, realtime=False)
        await stream_pcm(cws, bytes(int(16000 * 2.5) * 2), 16000, realtime=True)
        await wait_for(lambda: vgot.of("offer"), timeout=30, what="the offer")
        await wait_for(lambda: cgot.of("latency"), timeout=30, what="the latency report")
        finals = [e for e in cgot.of("transcript") if e["final"]]
        partials = [e for e in cgot.of("transcript") if not e["final"]]
        assert len(finals) == 1, finals
        assert partials, "no partial transcript while speaking"
        assert all(p["side"] == "customer" and p["text"] for p in partials)
        assert cgot.events.index(partials[-1]) < cgot.events.index(finals[0])
        assert any("thirty" in p["text"].lower() or "30" in p["text"] for p in partials)
        # The listener sees final words only.
        assert all(e["final"] for e in vgot.of("transcript"))
        [offer] = vgot.of("offer")
        assert offer["amount_paise"] == 2800
        async with server.app.state.sessions() as session:
            bids = list(await session.scalars(select(Bid)))
        assert [(b.amount_paise, b.transcript) for b in bids] == [(2800, finals[0]["text"])]
        # The turn ended on the whole offer after a short silence, not the 1.5 s hangover.
        latency = cgot.of("latency")[0]
        assert latency["end_of_turn"] == "complete"
        assert latency["stages_ms"]["endpoint"] < 1000
        metrics = (await server.http.get("/metrics")).text
        assert 'vyapar_end_of_turn_total{reason="complete"} 1.0' in metrics
        assert f'vyapar_stt_partials_total{{outcome="shown"}} {len(partials)}.0' in metrics
        assert 'vyapar_stt_partials_total{outcome="final"} 1.0' in metrics  # no second decode
        for ws, task in ((cws, ctask), (vws, vtask)):
            await ws.close()
            await task


async def test_without_early_ends_the_full_silence_ends_the_turn(database_url: str) -> None:
    from tests.live_helpers import stream_pcm

    settings = make_settings(database_url, vad_complete_hangover_ms=0, stt_partial_every_ms=0)
    said = "Thirty rupees a kilo."
    async with live_server(
        settings, stt=FakeSTT(so_far=[(0.0, said)]), tts=speaking(), partials=True
    ) as server:
        api = Api(server.http)
        vendor = await api.register("vendor", language="en")
        customer = await api.register("customer", language="en")
        product = await api.product(vendor["token"])
        nid = (await api.open(customer["token"], product["id"]))["id"]
        cws, cgot, ctask = await open_browser(server, nid, customer["token"], language="en")
        vws, vgot, vtask = await open_browser(server, nid, vendor["token"], language="en")
        speech = with_silence(await spoken(said, 16000), 16000, after=1.5)
        await stream_pcm(cws, speech, 16000, realtime=False)
        await wait_for(lambda: cgot.of("latency"), timeout=30, what="the latency report")
        [offer] = vgot.of("offer")
        assert offer["amount_paise"] == 3000
        latency = cgot.of("latency")[0]
        assert latency["end_of_turn"] == "silence"
        assert latency["stages_ms"]["endpoint"] >= 540  # the 576 ms hangover, give or take
        # The decode made at the last pause still stood in for the final one.
        metrics = (await server.http.get("/metrics")).text
        assert 'vyapar_stt_partials_total{outcome="final"} 1.0' in metrics
        assert 'vyapar_end_of_turn_total{reason="silence"} 1.0' in metrics
        for ws, task in ((cws, ctask), (vws, vtask)):
            await ws.close()
            await task
