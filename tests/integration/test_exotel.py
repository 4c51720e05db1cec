"""The Exotel Voicebot leg, walked by a double of Exotel written from its documentation
(`tests.exotel_double`): the vendor on the phone, the shopper in the browser. Speech in
is real (so endpointing and barge-in are); what the recogniser hears is scripted."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import numpy as np
import pytest
from sqlalchemy import select

from audio.codecs import pcm16_to_float32
from audio.vendor_phrases import DEAL_CLOSED, DEAL_EXPIRED
from models import Bid, BidSource, Negotiation
from models.base import utcnow
from server.live import exotel
from server.sweeper import sweep_once
from tests.conftest import Api, make_settings
from tests.exotel_double import ExotelCall, dial
from tests.fakes import FakeSTT, FakeTTS
from tests.integration.test_live import with_silence
from tests.live_helpers import (
    LiveServer,
    fake_stt,
    live_server,
    open_browser,
    spoken,
    ticket,
    wait_for,
)


@pytest.fixture
async def server(database_url: str) -> AsyncIterator[LiveServer]:
    # Each reply is 10 s of speech sent at once: still playing when the vendor cuts in.
    tts = FakeTTS(chunks=40, chunk_seconds=0.25)
    async with live_server(make_settings(database_url), stt=FakeSTT(), tts=tts) as s:
        yield s


async def market(server: LiveServer) -> dict[str, Any]:
    api = Api(server.http)
    vendor = await api.register("vendor", language="en")
    customer = await api.register("customer", language="en")
    product = await api.product(vendor["token"], names={"en": "Tomato"})
    n = (await api.open(customer["token"], product["id"], quantity=2))["id"]
    return {"v": vendor["token"], "c": customer["token"], "n": n}


async def vendor_on_the_phone(server: LiveServer, m: dict[str, Any], **how: Any) -> ExotelCall:
    params = {"token": m["v"], "negotiation_id": str(m["n"]), "language": "en"}
    call = await dial(server.ws_url, params)
    await call.start(params, **how)
    return call


def vendor_state(got: Any) -> str | None:
    seen = [e for e in got.events if e.get("type") == "presence" and e["side"] == "vendor"]
    return seen[-1]["state"] if seen else None


def vendor_present(got: Any) -> bool:
    return vendor_state(got) == "here"


async def said_then_ended(
    server: LiveServer, call: ExotelCall, said: tuple[str, str], mark: str
) -> None:
    """The phone was told `said` (language, words), heard it played (`mark`), and then
    the server ended its stream: 1000 `negotiation_over`."""
    tts = server.app.state.live.engines.fake_tts
    await wait_for(lambda: said in tts.said, what="the phone told")
    await wait_for(
        lambda: any(mk["mark"]["name"] == mark for mk in call.of("mark")),
        what="the words played to the caller",
    )
    assert call.reader is not None
    await asyncio.wait_for(call.reader, 30)  # the server ended the stream
    assert call.ws.close_code == 1000, call.ws.close_reason
    assert call.ws.close_reason == "negotiation_over"


async def test_a_spoken_price_on_an_exotel_call_becomes_a_bid(server: LiveServer) -> None:
    m = await market(server)
    cws, cgot, ctask = await open_browser(server, m["n"], m["c"], language="en")
    call = await vendor_on_the_phone(server, m)
    await wait_for(lambda: vendor_present(cgot), what="the phone leg in the room")

    # The shopper's typed offer is spoken to the caller as PCM16 at 8 kHz, then a mark.
    await cws.send(json.dumps({"type": "text", "text": "Thirty five rupees a kilo."}))
    await wait_for(lambda: cgot.of("offer"), what="the offer")
    offer = cgot.of("offer")[0]
    await wait_for(
        lambda: any(mk["mark"]["name"] == offer["utterance_id"] for mk in call.of("mark")),
        what=f"the mark after the speech (heard {[h['event'] for h in call.heard][-5:]})",
    )
    assert [mk["mark"]["name"] for mk in call.of("mark")] == [offer["utterance_id"]]
    played = call.audio()
    assert len(played) >= 10 * exotel.SAMPLE_RATE * 2  # the ten seconds, padded to 100 ms
    assert float(np.sqrt(np.mean(pcm16_to_float32(played) ** 2))) > 0.001
    assert call.problems == []

    # The vendor answers with a price, spoken into the call: it is the vendor's bid.
    said = "Forty rupees a kilo."
    fake_stt(server).say(said)
    await call.speak(with_silence(await spoken(said, 8000), 8000), realtime=False)
    await wait_for(lambda: len(cgot.of("offer")) == 2, timeout=30, what="the vendor's offer")
    counter = cgot.of("offer")[1]
    assert (counter["side"], counter["amount_paise"], counter["source"]) == (
        "vendor",
        4000,
        "voice",
    )
    async with server.app.state.sessions() as session:
        bids = (await session.scalars(select(Bid).order_by(Bid.id))).all()
    assert [(b.amount_paise, b.source) for b in bids] == [
        (3500, BidSource.TEXT),
        (4000, BidSource.VOICE),
    ]
    assert call.problems == []
    await call.hang_up()
    await wait_for(lambda: vendor_state(cgot) == "away", what="the vendor gone")
    await cws.close()
    await ctask


async def test_a_call_hears_its_negotiation_expire_and_then_ends(server: LiveServer) -> None:
    """Nobody moved for the idle time: the shopper's page gets `state` EXPIRED; the phone,
    which shows no events, hears it said in its language, and its stream then ends (1000),
    instead of staying up in a room where nothing more can happen."""
    m = await market(server)
    cws, cgot, ctask = await open_browser(server, m["n"], m["c"], language="en")
    call = await vendor_on_the_phone(server, m)
    await wait_for(lambda: vendor_present(cgot), what="the phone leg in the room")
    async with server.app.state.sessions() as session:
        n = await session.get(Negotiation, m["n"])
        assert n is not None
        n.expires_at = utcnow() - timedelta(seconds=1)
        await session.commit()
    assert (await sweep_once(server.app.state.sessions)).expired_negotiations == [m["n"]]

    def expired() -> bool:
        return any(e["negotiation"]["status"] == "EXPIRED" for e in cgot.of("state"))

    await wait_for(expired, what="the page told")
    await said_then_ended(server, call, ("en", DEAL_EXPIRED["en"]), f"ended-{m['n']}")
    await wait_for(lambda: vendor_state(cgot) == "away", what="the vendor gone")
    assert call.problems == []
    await cws.close()
    await ctask


@pytest.mark.parametrize("language", ["en", "ta"])
async def test_a_call_to_a_negotiation_already_over_hears_so_and_ends(
    server: LiveServer, language: str
) -> None:
    """The shopper refused before the vendor's call came: no `state` will come to tell the
    phone, so it hears at once, in its language, that the deal is closed, and its stream
    ends (1000 `negotiation_over`) rather than staying up in silence."""
    m = await market(server)
    r = await server.http.post(
        f"/api/negotiations/{m['n']}/reject", headers={"Authorization": f"Bearer {m['c']}"}
    )
    assert r.status_code == 200, r.text
    params = {"token": m["v"], "negotiation_id": str(m["n"]), "language": language}
    call = await dial(server.ws_url, params)
    await call.start(params)
    await said_then_ended(server, call, (language, DEAL_CLOSED[language]), f"closed-{m['n']}")
    assert call.problems == []
    async with server.app.state.sessions() as session:
        assert (await session.scalars(select(Bid))).all() == []


async def test_talking_over_the_speech_clears_it(server: LiveServer) -> None:
    m = await market(server)
    cws, cgot, ctask = await open_browser(server, m["n"], m["c"], language="en")
    call = await vendor_on_the_phone(server, m)
    await wait_for(lambda: vendor_present(cgot), what="the phone leg in the room")
    await cws.send(json.dumps({"type": "text", "text": "My cousin sells them cheaper."}))
    await wait_for(lambda: call.of("media"), what="speech to the caller")
    pcm = with_silence(await spoken("Wait, I have a better price.", 8000), 8000, after=0.3)
    await call.speak(pcm)
    await wait_for(lambda: call.of("clear"), what="clear")
    after = call.heard[call.heard.index(call.of("clear")[0]) + 1 :]
    assert not [mk for mk in after if mk.get("event") == "media"]
    assert call.problems == []
    await call.hang_up()
    await cws.close()
    await ctask


async def test_a_ticket_on_the_url_alone_admits_the_call_once(server: LiveServer) -> None:
    """The recommended applet URL: `?ticket=…` (32 characters, well inside Exotel's 256
    for custom parameters), from a start that repeats no `custom_parameters`: the URL's
    query is read. The ticket opens one call only."""
    m = await market(server)
    cws, cgot, ctask = await open_browser(server, m["n"], m["c"], language="en")
    query = {"ticket": await ticket(server, m["v"], m["n"]), "sample-rate": "8000"}
    call = await dial(server.ws_url, query)
    await call.start({}, in_start=False)
    await wait_for(lambda: vendor_present(cgot), what="the phone leg in the room")
    again = await dial(server.ws_url, query)
    await again.start({}, in_start=False)
    code, error = await closed_with(again)
    assert (code, error["code"]) == (4401, "bad_credentials")
    await call.hang_up()
    await cws.close()
    await ctask


async def closed_with(call: ExotelCall) -> tuple[int | None, dict[str, Any]]:
    assert call.reader is not None
    await asyncio.wait_for(call.reader, 10)
    # Exotel's stream has no `error` event: the close alone says why, its reason naming
    # the error ("bad_credentials: …"), read here as an error's code and message.
    assert not [m for m in call.heard if m.get("type") == "error"], call.heard
    code, _, message = (call.ws.close_reason or "").partition(": ")
    return call.ws.close_code, {"code": code, "message": message}


async def test_a_wrong_start_is_refused_with_a_reason(server: LiveServer) -> None:
    m = await market(server)
    params = {"token": m["v"], "negotiation_id": str(m["n"])}
    # The applet set to 16 kHz: refused, saying what to set.
    call = await dial(server.ws_url)
    await call.start(params, fmt={"encoding": "audio/x-raw", "sample_rate": "16000"})
    code, error = await closed_with(call)
    assert (code, error["code"]) == (1003, "unsupported_format")
    assert "8000" in error["message"]
    # μ-law is Twilio's; this leg takes raw PCM16.
    call = await dial(server.ws_url)
    await call.start(params, fmt={"encoding": "audio/x-mulaw", "sample_rate": "8000"})
    assert (await closed_with(call))[1]["code"] == "unsupported_format"
    # A wrong token, a customer's token.
    call = await dial(server.ws_url)
    await call.start({"token": "nope", "negotiation_id": str(m["n"])})
    code, error = await closed_with(call)
    assert (code, error["code"]) == (4401, "bad_credentials")
    call = await dial(server.ws_url)
    await call.start({"token": m["c"], "negotiation_id": str(m["n"])})
    code, error = await closed_with(call)
    assert (code, error["code"]) == (4403, "forbidden")
    # Audio before any start (a start that was malformed, or late): dropped, the call
    # waits for a valid start (4408 if none comes in time), and one that comes is taken.
    call = await dial(server.ws_url)
    await call.speak(bytes(3200), realtime=False)
    await asyncio.sleep(0.3)
    assert call.ws.close_code is None
    await call.start(params)
    await asyncio.sleep(0.5)
    assert call.ws.close_code is None and not call.problems
    await call.ws.close()
    assert call.reader is not None
    await asyncio.wait_for(call.reader, 10)
    # A binary frame: the stream is JSON text.
    call = await dial(server.ws_url)
    await call.ws.send(bytes(320))
    code, error = await closed_with(call)
    assert (code, error["code"]) == (1003, "binary")


async def test_malformed_frames_are_dropped_and_counted_and_the_call_goes_on(
    server: LiveServer,
) -> None:
    m = await market(server)
    cws, cgot, ctask = await open_browser(server, m["n"], m["c"], language="en")
    call = await vendor_on_the_phone(server, m)
    await wait_for(lambda: vendor_present(cgot), what="the phone leg in the room")
    errors = server.app.state.live.metrics.errors

    def counted(code: str) -> float:
        value: float = errors.labels(code)._value.get()
        return value

    before = {c: counted(c) for c in ("malformed_json", "invalid_message", "unknown_type")}
    await call.ws.send("{not json")
    await call.send({"event": "media", "stream_sid": call.stream_sid, "media": {"payload": "@@"}})
    await call.send({"event": "media", "media": {"payload": "AAEC"}})  # 3 bytes: half a sample
    await call.send({"event": "hangup"})
    await wait_for(
        lambda: counted("unknown_type") > before["unknown_type"], what="the frames counted"
    )
    assert counted("malformed_json") == before["malformed_json"] + 1
    assert counted("invalid_message") == before["invalid_message"] + 2
    # Touch-tones are Exotel's too, and harmless; the call still carries speech.
    await call.send({"event": "dtmf", "stream_sid": call.stream_sid, "dtmf": {"digit": "5"}})
    await cws.send(json.dumps({"type": "text", "text": "Thirty rupees."}))
    await wait_for(lambda: call.of("mark"), what="speech after the bad frames")
    assert call.problems == []
    await call.hang_up()
    await cws.close()
    await ctask


@pytest.mark.parametrize(
    "frame",
    [
        {"event": "start", "start": {"stream_sid": "s", "custom_parameters": {"n": 42}}},
        {"event": "start", "start": {"stream_sid": "s", "custom_parameters": ["a"]}},
        {"event": "start", "start": {"stream_sid": "s", "media_format": {"sample_rate": "8k"}}},
        {"event": "start", "start": {"stream_sid": "s", "media_format": "audio/x-raw"}},
        {"event": "start", "start": {"stream_sid": ["s"]}},
        {"event": "start"},
        {"event": "media", "media": {"payload": "AAEC"}},
        {"event": "media", "media": {}},
        {"event": "mark", "mark": {}},
        {"event": "dtmf", "dtmf": {"digit": None}},
    ],
)
def test_malformed_exotel_frames_are_protocol_errors(frame: dict[str, Any]) -> None:
    with pytest.raises(exotel.ExotelProtocolError) as refused:
        exotel.parse(json.dumps(frame))
    assert refused.value.code == "invalid_message"
    assert str(frame["event"]) in refused.value.message


def test_exotel_start_as_documented() -> None:
    start = exotel.parse(
        json.dumps(
            {
                "event": "start",
                "sequence_number": "1",
                "stream_sid": "MZ1",
                "start": {
                    "stream_sid": "MZ1",
                    "call_sid": "CA1",
                    "account_sid": "AC1",
                    "from": "+919876543210",
                    "to": "+918047491899",
                    "custom_parameters": {"ticket": "t"},
                    "media_format": {
                        "encoding": "audio/x-raw",
                        "sample_rate": "8000",
                        "bit_rate": "16",
                    },
                },
            }
        )
    )
    assert start == exotel.twilio.Start(
        stream_sid="MZ1",
        call_sid="CA1",
        custom_parameters={"ticket": "t"},
        encoding="audio/x-raw",
        sample_rate=8000,
    )


async def test_a_call_that_never_starts_is_closed(database_url: str) -> None:
    settings = make_settings(database_url, ws_start_seconds=0.5)
    async with live_server(settings, stt=FakeSTT(), tts=FakeTTS()) as s:
        call = await dial(s.ws_url)
        await call.send({"event": "connected"})
        await call.send(
            {"event": "start", "start": {"stream_sid": "s", "custom_parameters": {"n": 1}}}
        )
        code, error = await closed_with(call)
        assert (code, error["code"]) == (4408, "start_timeout")
