"""Call set-up as Twilio does it, against a real server: the signed voice webhook, the
TwiML answer, the Media Stream opened with the TwiML's parameters, status callbacks; and
each way it is refused (bad signature, unknown or deactivated caller, a credential used
twice, expired, or for another call, Redis down)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any

import pytest
from sqlalchemy import select
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed

from audio.codecs import pcm16_to_ulaw
from models import Bid, CallEvent, User
from server.domain import accounts
from server.domain.context import Actor
from server.settings import Settings
from server.telephony import twiml
from tests.conftest import Api, make_settings
from tests.fakes import FakeSTT
from tests.integration.test_live import with_silence
from tests.live_helpers import (
    LiveServer,
    fake_stt,
    live_server,
    open_browser,
    speaking,
    spoken,
    stream_twilio,
    ticket,
    wait_for,
)
from tests.twilio_double import ACCOUNT_SID, Call, TwilioDouble

TOKEN = "twilio-auth-token-for-tests"
PUBLIC = "https://stall.example.in"


def phone_settings(database_url: str, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "twilio_auth_token": TOKEN,
        "twilio_account_sid": ACCOUNT_SID,
        "twilio_webhook_base_url": PUBLIC,
        "phone_prompt_seconds": 0.5,
        **overrides,
    }
    return make_settings(database_url, **values)


def double_for(server: LiveServer) -> TwilioDouble:
    return TwilioDouble(server.http, server.ws_url, auth_token=TOKEN, public_base=PUBLIC)


@pytest.fixture
async def server(database_url: str) -> AsyncIterator[LiveServer]:
    async with live_server(phone_settings(database_url), stt=FakeSTT(), tts=speaking()) as s:
        yield s


async def closed_with(got_task: asyncio.Task[None], ws: Any) -> int | None:
    await asyncio.wait_for(got_task, timeout=15)
    return ws.close_code  # type: ignore[no-any-return]


def errors(got: Any) -> list[str]:
    """The error a refused stream's close names (its reason's code): a carrier's stream
    gets no JSON `error` event."""
    assert not [e for e in got.events if e.get("type") == "error"], got.events
    reason = got.closed[1] if got.closed is not None else ""
    return [reason.split(":")[0]] if ":" in reason else []


async def test_a_call_from_the_vendor_is_set_up_and_a_spoken_price_becomes_a_bid(
    server: LiveServer,
) -> None:
    """The walk as Twilio does it: signed voice webhook → TwiML → the stream with the
    TwiML's parameters → the stall line offers the waiting shopper, the vendor says yes →
    a spoken price is a bid the shopper sees."""
    api = Api(server.http)
    vendor = await api.register("vendor", language="en", phone="09876543210")
    customer = await api.register("customer", language="en")
    product = await api.product(vendor["token"])
    nid = (await api.open(customer["token"], product["id"]))["id"]
    shopper = await open_browser(server, nid, customer["token"], language="en")
    twilio = double_for(server)

    call = await twilio.call("+919876543210")
    answer = call.answer
    assert answer.status == 200, answer.body
    assert answer.stream_url == "wss://stall.example.in/ws/telephony/twilio"
    assert set(answer.parameters) == {"ticket"}
    assert vendor["token"] not in answer.body and "?" not in answer.stream_url
    assert not answer.said and not answer.hangup

    ws, _got, task = await twilio.open_stream(call)
    said = server.app.state.live.engines.fake_tts.said
    await wait_for(lambda: any("Say yes" in text for _, text in said), what="the offer")
    offer = next(text for _, text in said if "Say yes" in text)
    assert offer == "New customer for tomato. Say yes to talk to them."

    async def vendor_says(text: str) -> None:
        fake_stt(server).say(text)
        pcm = with_silence(await spoken(text, 8000), 8000)
        await stream_twilio(ws, call.stream_sid, pcm16_to_ulaw(pcm), realtime=False)

    await vendor_says("Yes.")
    await wait_for(
        lambda: any(
            e.get("type") == "presence" and e["side"] == "vendor" and e.get("client") == "phone"
            for e in shopper[1].events
        ),
        what="the stall line in the room",
    )
    await vendor_says("Thirty eight rupees a kilo.")
    await wait_for(lambda: shopper[1].of("offer"), timeout=30, what="the spoken offer")
    made = shopper[1].of("offer")[0]
    assert (made["side"], made["amount_paise"], made["source"]) == ("vendor", 3800, "voice")
    async with server.app.state.sessions() as session:
        bids = list(await session.scalars(select(Bid).where(Bid.negotiation_id == nid)))
    assert [(b.amount_paise, b.source.value) for b in bids] == [(3800, "voice")]

    r = await twilio.status(call, "completed", CallDuration="42")
    assert r.status_code == 200 and r.json() == {"status": "recorded"}
    await ws.close()
    await task
    await shopper[0].close()
    await shopper[2]


async def test_a_webhook_without_twilios_signature_is_refused(server: LiveServer) -> None:
    api = Api(server.http)
    vendor = await api.register("vendor", language="en")
    twilio = double_for(server)
    phone = vendor["user"]["phone"]
    missing = await twilio.call(phone, headers={})
    forged = TwilioDouble(
        server.http, server.ws_url, auth_token="not-the-token", public_base=PUBLIC
    )
    wrong_key = await forged.call(phone)
    # Signed for the address the server listens on, not the URL configured on the number.
    elsewhere = TwilioDouble(
        server.http, server.ws_url, auth_token=TOKEN, public_base=server.base_url
    )
    wrong_url = await elsewhere.call(phone)
    for answer in (missing.answer, wrong_key.answer, wrong_url.answer):
        assert answer.status == 403, answer.body
        assert answer.json()["error"]["code"] == "bad_signature"
    # A signed request whose parameters were changed on the way.
    params = twilio.voice_params(phone, "CA" + "1" * 32)
    headers = twilio.signed("/api/telephony/twilio/voice", params)
    r = await twilio.post(
        "/api/telephony/twilio/voice", {**params, "From": "+919999999999"}, headers
    )
    assert r.status_code == 403 and r.json()["error"]["code"] == "bad_signature"
    other = TwilioDouble(
        server.http,
        server.ws_url,
        auth_token=TOKEN,
        public_base=PUBLIC,
        account_sid="AC" + "9" * 32,
    )
    assert (await other.call(phone)).answer.json()["error"]["code"] == "wrong_account"
    r = await twilio.status(missing, "completed")
    assert r.status_code == 200
    r = await server.http.post("/api/telephony/twilio/status", data={"CallSid": "CA1"})
    assert r.status_code == 403 and r.json()["error"]["code"] == "bad_signature"


async def test_without_an_auth_token_the_webhooks_answer_503(database_url: str) -> None:
    async with live_server(make_settings(database_url)) as server:
        call = await double_for(server).call("+919876543210")
        assert call.answer.status == 503
        assert call.answer.json()["error"]["code"] == "telephony_not_configured"


async def test_an_unknown_caller_hears_why_and_the_call_ends(server: LiveServer) -> None:
    api = Api(server.http)
    customer = await api.register("customer", language="hi")
    twilio = double_for(server)
    for caller in ("+919000000001", customer["user"]["phone"], "anonymous", "client:alice"):
        answer = (await twilio.call(caller)).answer
        assert answer.status == 200, answer.body
        assert answer.said == [
            ("en-IN", twiml.UNKNOWN_CALLER["en"]),
            ("hi-IN", twiml.UNKNOWN_CALLER["hi"]),
        ]
        assert answer.hangup and answer.stream_url is None


async def test_a_deactivated_vendor_hears_why_and_the_call_ends(server: LiveServer) -> None:
    api = Api(server.http)
    vendor = await api.register("vendor", language="en")
    async with server.app.state.sessions() as session, session.begin():
        user = await session.get(User, vendor["user"]["id"])
        await accounts.set_active(session, Actor.system(), user, active=False)
    answer = (await double_for(server).call(vendor["user"]["phone"])).answer
    assert answer.said[0] == ("en-IN", twiml.INACTIVE_VENDOR["en"])
    assert answer.hangup and answer.stream_url is None


async def refused(twilio: TwilioDouble, call: Call, **kw: Any) -> tuple[int | None, list[str]]:
    ws, got, task = await twilio.open_stream(call, **kw)
    code = await closed_with(task, ws)
    return code, errors(got)


async def test_the_calls_credential_opens_its_stream_once(server: LiveServer) -> None:
    api = Api(server.http)
    vendor = await api.register("vendor", language="en")
    twilio = double_for(server)
    call = await twilio.call(vendor["user"]["phone"])
    # Handed to another call's stream, it opens nothing (and is spent).
    other = Call("CA" + "7" * 32, call.caller, call.answer)
    assert await refused(twilio, other) == (4401, ["bad_credentials"])
    call = await twilio.call(vendor["user"]["phone"])
    ws, _got, task = await twilio.open_stream(call)
    said = server.app.state.live.engines.fake_tts.said
    await wait_for(lambda: any("Stall line ready" in t for _, t in said), what="the greeting")
    # Replayed: the same parameters again.
    assert await refused(twilio, call) == (4401, ["bad_credentials"])
    # Nor does it name a negotiation, or open the vendor's notice channel.
    call = await twilio.call(vendor["user"]["phone"])
    params = {**call.answer.parameters, "negotiation_id": "1"}
    assert await refused(twilio, call, parameters=params) == (4401, ["bad_credentials"])
    call = await twilio.call(vendor["user"]["phone"])
    console = await connect(f"{server.ws_url}/ws/vendor?ticket={call.answer.parameters['ticket']}")
    frames: list[dict[str, Any]] = []

    async def read_all() -> None:
        for _ in range(5):
            frames.append(json.loads(await asyncio.wait_for(console.recv(), timeout=10)))

    with pytest.raises(ConnectionClosed):
        await read_all()
    assert console.close_code == 4401 and frames[-1]["code"] == "wrong_ticket"
    await ws.close()
    await task


async def test_an_expired_credential_opens_nothing(database_url: str) -> None:
    settings = phone_settings(database_url, ws_ticket_ttl_seconds=1)
    async with live_server(settings, stt=FakeSTT(), tts=speaking()) as server:
        api = Api(server.http)
        vendor = await api.register("vendor", language="en")
        twilio = double_for(server)
        call = await twilio.call(vendor["user"]["phone"])
        await asyncio.sleep(1.3)
        assert await refused(twilio, call) == (4401, ["bad_credentials"])


async def test_status_callbacks_are_recorded_once(server: LiveServer) -> None:
    api = Api(server.http)
    vendor = await api.register("vendor", language="en")
    twilio = double_for(server)
    call = await twilio.call(vendor["user"]["phone"])
    for status in ("initiated", "ringing", "in-progress", "completed"):
        r = await twilio.status(call, status, CallDuration="7" if status == "completed" else "")
        assert r.json() == {"status": "recorded"}, r.text
    again = await twilio.status(call, "completed", CallDuration="7")
    assert again.status_code == 200 and again.json() == {"status": "duplicate"}
    bad = await twilio.status(call, "")
    assert bad.status_code == 400 and bad.json()["error"]["code"] == "invalid_webhook"
    for field in ("CallStatus", "From", "To", "Direction", "CallerName"):
        # Signed, but with a NUL (no database text column holds one): refused, never a 500.
        odd = await twilio.status(call, "completed", **{field: "x\x00y"})
        assert odd.status_code == 400, (field, odd.text)
        assert odd.json()["error"]["code"] == "invalid_webhook"
    async with server.app.state.sessions() as session:
        rows = list(await session.scalars(select(CallEvent).order_by(CallEvent.id)))
    assert [r.status for r in rows] == ["initiated", "ringing", "in-progress", "completed"]
    assert {r.call_sid for r in rows} == {call.call_sid}
    assert {r.vendor_id for r in rows} == {vendor["user"]["id"]}
    assert rows[-1].duration_seconds == 7 and rows[0].duration_seconds is None


async def test_with_redis_down_the_caller_hears_to_call_again(
    database_url: str, own_redis: Any
) -> None:
    settings = phone_settings(database_url, redis_url=own_redis.url, redis_retry_seconds=0.3)
    async with live_server(settings, stt=FakeSTT(), tts=speaking()) as server:
        api = Api(server.http)
        vendor = await api.register("vendor", language="en")
        twilio = double_for(server)
        before = await twilio.call(vendor["user"]["phone"])
        assert before.answer.stream_url is not None
        own_redis.stop()
        call = await twilio.call(vendor["user"]["phone"])
        assert call.answer.status == 200, call.answer.body
        assert call.answer.said[0] == ("en-IN", twiml.UNAVAILABLE["en"])
        assert call.answer.hangup and call.answer.stream_url is None
        # A stream set up before the outage is told to try again later, not reset.
        assert await refused(twilio, before) == (1013, ["redis_unavailable"])


@pytest.fixture
def own_redis(tmp_path: Any) -> Any:
    from tests.integration.test_outages import OwnRedis

    redis = OwnRedis(tmp_path)
    redis.start()
    try:
        yield redis
    finally:
        redis.stop()


async def test_a_browser_ticket_is_no_calls_credential(server: LiveServer) -> None:
    """The notice channel's ticket (no negotiation, no call) opens no phone leg."""
    api = Api(server.http)
    vendor = await api.register("vendor", language="en")
    twilio = double_for(server)
    call = await twilio.call(vendor["user"]["phone"])
    notice_ticket = await ticket(server, vendor["token"])
    assert await refused(twilio, call, parameters={"ticket": notice_ticket}) == (
        4401,
        ["bad_credentials"],
    )
