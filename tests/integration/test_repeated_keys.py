"""A JSON object that gives one key twice is refused wherever the server reads JSON: a
request body (422 `validation_error` naming the key, nothing recorded), a webhook, and a
socket frame (`invalid_message`, the socket stays open). `json.loads` alone keeps the
last value: two prices in one request, one seen by a proxy or log, one recorded."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

import httpx
import pytest

from server import jsontext
from server.live import exotel, twilio
from server.live.protocol import ProtocolError, parse_client_message
from tests.conftest import Api, make_settings
from tests.integration.test_live_limits import market as live_market
from tests.live_helpers import LiveServer, live_server, open_browser, speaking, wait_for

TWICE = b'{"amount_paise": 3500, "amount_paise": 999999999}'


@pytest.fixture
async def server(database_url: str) -> AsyncIterator[LiveServer]:
    async with live_server(make_settings(database_url), tts=speaking()) as s:
        yield s


def test_the_reader_names_the_repeated_key_at_any_depth() -> None:
    assert jsontext.loads('{"a": {"b": 1}, "c": [{"d": 2}]}') == {"a": {"b": 1}, "c": [{"d": 2}]}
    for text, key in (
        ('{"a": 1, "a": 1}', "a"),  # the same value twice is refused all the same
        ('{"x": [{"names": {"en": "Onion", "en": "Garlic"}}]}', "en"),
        ('{"b": 1, "a": {"b": 2}}', None),  # one key in two objects is fine
    ):
        found = jsontext.repeated_key(text)
        assert (found.key if found else None) == key, text
    assert jsontext.repeated_key("{not json") is None  # its reader says what is wrong


async def test_a_rest_body_with_a_key_twice_is_refused(
    client: httpx.AsyncClient, api: Api, market: dict
) -> None:
    n = await api.open(market["c"], market["product"]["id"])
    for body in (TWICE, b'{"amount_paise": 999999999, "amount_paise": 3500}'):
        r = await client.post(
            f"/api/negotiations/{n['id']}/bids",
            content=body,
            headers={**Api.auth(market["c"]), "content-type": "application/json"},
        )
        assert r.status_code == 422, r.text
        error = r.json()["error"]
        assert error["code"] == "validation_error"
        assert error["message"].startswith("amount_paise: given twice")
        assert error["fields"] == [
            {"field": "amount_paise", "message": "given twice in one object"}
        ]
    r = await client.get(f"/api/negotiations/{n['id']}", headers=Api.auth(market["c"]))
    assert r.json()["bid_count"] == 0
    # Deeper in the body too: a product's name in one language given twice.
    r = await client.post(
        "/api/products",
        content=b'{"names": {"en": "Onion", "en": "Garlic"}, "unit": "kg", '
        b'"list_price_paise": 4000, "floor_price_paise": 3000, "stock": 5}',
        headers={**Api.auth(market["v"]), "content-type": "application/json"},
    )
    assert r.status_code == 422, r.text
    assert r.json()["error"]["fields"][0]["field"] == "en"
    # The same body with each key once is taken.
    r = await client.post(
        f"/api/negotiations/{n['id']}/bids",
        content=b'{"amount_paise": 3500}',
        headers={**Api.auth(market["c"]), "content-type": "application/json"},
    )
    assert r.status_code == 201, r.text


async def test_a_webhook_with_a_key_twice_is_refused(client: httpx.AsyncClient) -> None:
    r = await client.post(
        "/api/payment/webhook",
        content=b'{"event": "payment.captured", "event": "refund.processed", "payload": {}}',
        headers={"content-type": "application/json", "x-razorpay-signature": "0" * 64},
    )
    assert r.status_code == 422, r.text
    assert r.json()["error"]["fields"][0]["field"] == "event"


def test_socket_and_phone_frames_with_a_key_twice_are_refused() -> None:
    with pytest.raises(ProtocolError) as refused:
        parse_client_message('{"type": "offer", "amount_paise": 4300, "amount_paise": 99}')
    assert refused.value.code == "invalid_message"
    assert refused.value.message.startswith("amount_paise: given twice")
    with pytest.raises(ProtocolError):
        parse_client_message('{"type": "offer", "type": "accept", "amount_paise": 4300}')
    frame = '{"event": "mark", "event": "stop", "mark": {"name": "a"}}'
    for parse in (twilio.parse, exotel.parse):
        with pytest.raises(twilio.TwilioProtocolError) as bad:
            parse(frame)
        assert bad.value.code == "invalid_message"


async def test_a_room_socket_offer_with_a_key_twice_records_nothing(server: LiveServer) -> None:
    m = await live_market(server)
    ws, got, task = await open_browser(server, m["n"], m["c"], language="en")
    await ws.send('{"type": "offer", "amount_paise": 4300, "amount_paise": 999999999}')
    await ws.send(json.dumps({"type": "ping"}))
    await wait_for(lambda: got.of("pong"), what="pong after the refused offer")
    [error] = got.of("error")
    assert error["code"] == "invalid_message"
    assert "amount_paise: given twice" in error["message"]
    assert not got.of("offer")
    r = await m["api"].client.get(f"/api/negotiations/{m['n']}", headers=m["api"].auth(m["c"]))
    assert r.json()["bid_count"] == 0
    await ws.send(json.dumps({"type": "offer", "amount_paise": 4300}))
    await wait_for(lambda: got.of("offer"), what="the same offer, each key once")
    await ws.close()
    await task
