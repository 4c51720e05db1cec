"""Input read one way only, on SQLite and on PostgreSQL: ids and page sizes written in plain
ASCII digits, names that show something, Indian mobile numbers that can exist, socket
text that names its fault, webhook event ids kept whole; and a deactivation that reaches
`/api/me`, socket tickets and sockets at once, whatever the account cache holds."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from websockets.asyncio.client import connect
from websockets.exceptions import InvalidStatus
from websockets.typing import Origin

from models import User, WebhookEvent
from server.domain import accounts
from server.domain.context import Actor
from tests.conftest import Api, make_settings
from tests.integration.test_payment_support import WEBHOOK_SECRET, World, payment_world
from tests.live_helpers import (
    LiveServer,
    Received,
    browser_url,
    live_server,
    open_browser,
    open_twilio,
    reader,
    ticket,
    wait_for,
)

OTHER_SPELLINGS = ("{id}.0", "+{id}", "0{id}", "{id}%20", "%20{id}", "{id}e0", "١٦٨", "１")


def validation_error(r: httpx.Response) -> None:
    assert r.status_code == 422, r.text
    assert r.json()["error"]["code"] == "validation_error"


# -- ids and page sizes --------------------------------------------------------------------


async def test_ids_and_numbers_in_paths_and_queries_are_plain_digits(
    api: Api, market: dict[str, Any]
) -> None:
    n = (await api.open(market["c"], market["product"]["id"]))["id"]
    vendor_id = market["vendor"]["user"]["id"]
    for spelling in OTHER_SPELLINGS:
        for path in ("/api/negotiations/{id}", "/api/negotiations/{id}/bids"):
            r = await api.get(market["c"], path.format(id=spelling.format(id=n)))
            validation_error(r)
        r = await api.get(market["c"], f"/api/vendors/{spelling.format(id=vendor_id)}/products")
        validation_error(r)
        for query in ("limit", "offset", "before"):
            r = await api.get(market["c"], f"/api/orders?{query}={spelling.format(id=2)}")
            validation_error(r)
        r = await api.get(market["c"], f"/api/negotiations/{n}?bids={spelling.format(id=5)}")
        validation_error(r)
        r = await api.get(market["c"], f"/api/negotiations/{n}/bids?before={spelling.format(id=3)}")
        validation_error(r)
    for bad in ("2.0", "-0", "00"):
        validation_error(await api.get(market["c"], f"/api/orders?limit={bad}"))
    # The plain spellings work, zero included where zero is allowed.
    assert (await api.get(market["c"], f"/api/negotiations/{n}")).status_code == 200
    assert (await api.get(market["c"], f"/api/negotiations/{n}?bids=0")).status_code == 200
    assert (await api.get(market["c"], "/api/orders?limit=2&offset=0")).status_code == 200
    r = await api.get(market["c"], f"/api/vendors/{vendor_id}/products?limit=1&after=1")
    assert r.status_code == 200


async def test_openapi_still_says_integer(client: httpx.AsyncClient) -> None:
    schema = (await client.get("/openapi.json")).json()
    get = schema["paths"]["/api/negotiations/{negotiation_id}"]["get"]
    kinds = {p["name"]: p["schema"] for p in get["parameters"]}
    assert kinds["negotiation_id"]["type"] == "integer"
    assert kinds["bids"]["type"] == "integer"
    orders = schema["paths"]["/api/orders"]["get"]["parameters"]
    limit = next(p for p in orders if p["name"] == "limit")
    assert limit["schema"]["type"] == "integer"


async def test_openapi_states_the_limits_of_every_number_parameter(
    client: httpx.AsyncClient,
) -> None:
    """Limits in JSON Schema words (`minimum`, `maximum`): an id 0 or a page of 10,000 is
    refused by the server, and the document says so, so a generated client does too."""
    schema = (await client.get("/openapi.json")).json()
    unstated = []
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            for param in operation.get("parameters", []):
                kinds = param["schema"].get("anyOf", [param["schema"]])
                for kind in kinds:
                    if kind.get("type") == "integer" and "minimum" not in kind:
                        unstated.append((method, path, param["name"]))
    assert unstated == []
    assert '"ge"' not in json.dumps(schema) and '"le"' not in json.dumps(schema)
    order = schema["paths"]["/api/orders/{order_id}"]["get"]["parameters"][0]["schema"]
    assert (order["minimum"], order["maximum"]) == (1, 2**63 - 1)


async def test_a_ticket_request_with_unknown_fields_is_refused(
    client: httpx.AsyncClient, market: dict[str, Any]
) -> None:
    for body in ({"negotiation_id": None, "extra": 1}, {"negotiationId": 1}):
        r = await client.post("/api/ws-ticket", json=body, headers=Api.auth(market["v"]))
        validation_error(r)
    r = await client.post("/api/ws-ticket", json={}, headers=Api.auth(market["v"]))
    assert r.status_code == 200, r.text


# -- names, phone numbers, passwords -------------------------------------------------------


BLANK_NAMES = (" ", "   ", "\t", "\u202e\u200b", "\u200b", "\u2066\u2069", " \ufeff ")


async def test_names_that_show_nothing_are_refused(
    client: httpx.AsyncClient, api: Api, market: dict[str, Any]
) -> None:
    body = {"phone": "+919812345670", "password": "correct horse battery", "role": "vendor"}
    for name in BLANK_NAMES:
        validation_error(await client.post("/api/auth/register", json={**body, "name": name}))
        r = await client.post(
            "/api/auth/register", json={**body, "name": "Ravi", "business_name": name}
        )
        validation_error(r)
    # Surrounding spaces are dropped; the name is kept, with a joiner where it joins
    # (after a space it joins nothing: refused as a character that draws nothing).
    user = await api.register("customer", name="  आशा क्\u200d ")
    assert user["user"]["name"] == "आशा क्\u200d"
    validation_error(
        await client.post("/api/auth/register", json={**body, "name": "  Asha \u200d "})
    )
    # A guest joining by QR code names themself the same way.
    r = await client.post("/api/qr", json={"kind": "stall"}, headers=Api.auth(market["v"]))
    assert r.status_code == 201, r.text
    code = r.json()["token"]
    for name in BLANK_NAMES:
        r = await client.post(f"/api/qr/{code}/join", json={"language": "hi", "name": name})
        validation_error(r)
    r = await client.post(f"/api/qr/{code}/join", json={"language": "hi", "name": " Meena "})
    assert r.status_code in (200, 201), r.text
    assert r.json()["user"]["name"] == "Meena"


async def test_units_that_show_nothing_or_break_lines_are_refused(
    client: httpx.AsyncClient, api: Api, market: dict[str, Any]
) -> None:
    auth = Api.auth(market["v"])
    body = {"names": {"en": "Coriander"}, "list_price_paise": 1000, "stock": 5}
    pid = market["product"]["id"]
    # An empty unit, a blank one and a broken one are refused alike.
    for unit in ("", *BLANK_NAMES, "k\ng", "k\rg", "\x07", "k\u2028g", "k\u2029g", "k\x85g"):
        validation_error(
            await client.post("/api/products", json={**body, "unit": unit}, headers=auth)
        )
        validation_error(
            await client.patch(f"/api/products/{pid}", json={"unit": unit}, headers=auth)
        )
    for name in ("", *BLANK_NAMES, "Coriander\nfresh", "a\r\nb", "a\tb", "a\u2028b", "a\x0bb"):
        validation_error(
            await client.post("/api/products", json={**body, "names": {"en": name}}, headers=auth)
        )
        validation_error(
            await client.patch(f"/api/products/{pid}", json={"names": {"hi": name}}, headers=auth)
        )
    product = await api.product(market["v"], names={"en": "Spinach"}, unit="  गड्डी ")
    assert product["unit"] == "गड्डी"


async def test_the_domain_refuses_blank_names_too(app_client: Any) -> None:
    app, _ = app_client
    from server.domain.errors import InvalidInput

    async with app.state.sessions() as session, session.begin():
        for name in ("", " ", "\u202e\u200b"):
            with pytest.raises(InvalidInput, match="shows nothing"):
                await accounts.create_guest(session, Actor.system(), language="hi", name=name)


async def test_indian_mobile_numbers_start_with_6_to_9(client: httpx.AsyncClient) -> None:
    body = {"name": "Asha", "password": "correct horse battery", "role": "customer"}
    for phone in ("+910000000000", "+915812345678", "+911234567890", "0512345678", "5123456789"):
        r = await client.post("/api/auth/register", json={**body, "phone": phone})
        assert r.status_code == 422, r.text
        assert "first 6 to 9" in r.json()["error"]["message"]
    for phone in ("+916012345678", "9712345678", "08812345678"):
        r = await client.post("/api/auth/register", json={**body, "phone": phone})
        assert r.status_code == 201, r.text


async def test_a_password_may_hold_any_character(api: Api, client: httpx.AsyncClient) -> None:
    """A password is only hashed, never stored or shown: the NUL character is one more
    character in it (docs/api.md)."""
    phone = "+919876501234"
    await api.register("customer", phone=phone, password="pass\x00word\u202e")
    r = await client.post(
        "/api/auth/login", json={"phone": phone, "password": "pass\x00word\u202e"}
    )
    assert r.status_code == 200, r.text
    r = await client.post("/api/auth/login", json={"phone": phone, "password": "pass"})
    assert r.status_code == 401, r.text


# -- sockets ----------------------------------------------------------------------------


@pytest.fixture
async def server(database_url: str) -> AsyncIterator[LiveServer]:
    # A long account cache: what is checked afresh must not depend on it running out.
    async with live_server(make_settings(database_url, account_cache_seconds=600)) as s:
        yield s


async def live_market(server: LiveServer) -> dict[str, Any]:
    api = Api(server.http)
    vendor = await api.register("vendor")
    customer = await api.register("customer")
    item = await api.product(vendor["token"])
    n = (await api.open(customer["token"], item["id"]))["id"]
    return {"api": api, "vendor": vendor, "customer": customer, "n": n}


async def refusal(url: str) -> tuple[int | None, dict[str, Any]]:
    ws = await connect(url)
    got = Received()
    await asyncio.wait_for(reader(ws, got), timeout=10)
    [error] = got.of("error") or [{}]
    return ws.close_code, error


async def test_socket_paths_are_plain_digits(server: LiveServer) -> None:
    """On a real server: a path id not in plain digits is accepted and closed 1008 with
    `invalid_path` (before any query or ticket), as docs/protocol.md says; a refused
    origin is refused before the upgrade (HTTP 403), so the two are told apart."""
    for bad in ("166.0", "0166", "+166", "166%20", "%D9%A1", "0", "-1", str(2**63)):
        code, error = await refusal(f"{server.ws_url}/ws/negotiations/{bad}?ticket=x")
        assert code == 1008, bad
        assert error.get("code") == "invalid_path", (bad, error)
    with pytest.raises(InvalidStatus) as refused:
        await connect(
            f"{server.ws_url}/ws/negotiations/166.0?ticket=x", origin=Origin("https://evil.test")
        )
    assert refused.value.response.status_code == 403


async def test_a_phone_leg_negotiation_id_is_ascii_digits(server: LiveServer) -> None:
    m = await live_market(server)
    n, token = m["n"], m["vendor"]["token"]
    for spelling in ("١", f"{n}.0", f"+{n}", f"0{n}", f" {n}", "٣" * len(str(n))):
        ws, got, task, _ = await open_twilio(server, {"token": token, "negotiation_id": spelling})
        await asyncio.wait_for(task, timeout=10)
        assert ws.close_code == 4401, spelling
        assert (ws.close_reason or "").startswith("bad_credentials: "), spelling
        assert got.of("error") == []


async def test_a_lone_surrogate_in_socket_text_is_an_invalid_message(server: LiveServer) -> None:
    m = await live_market(server)
    ws, got, task = await open_browser(server, m["n"], m["customer"]["token"], language="hi")
    await ws.send('{"type": "text", "text": "sau \\ud800 rupaye"}')
    await ws.send('{"type": "text", "te\\udc00xt": "sau"}')
    await ws.send('{"type": "text", "text": ')
    await wait_for(lambda: len(got.of("error")) == 3, what="three errors")
    codes = [e["code"] for e in got.of("error")]
    assert codes == ["invalid_message", "invalid_message", "malformed_json"]
    assert "text" in got.of("error")[0]["message"]
    await ws.send(json.dumps({"type": "ping"}))
    await wait_for(lambda: got.of("pong"), what="the socket stays open")
    await ws.close()
    await task


async def deactivate_elsewhere(server: LiveServer, user_id: int) -> None:
    """As another process does (the CLI, another worker): this one's cache is not told."""
    async with server.app.state.sessions() as session, session.begin():
        user = await session.get(User, user_id)
        assert user is not None
        user.is_active = False


async def test_a_deactivation_is_seen_at_once_by_me_tickets_and_sockets(
    server: LiveServer,
) -> None:
    m = await live_market(server)
    customer = m["customer"]
    headers = Api.auth(customer["token"])
    assert (await server.http.get("/api/me", headers=headers)).status_code == 200  # cached
    before = await ticket(server, customer["token"], m["n"])
    await deactivate_elsewhere(server, customer["user"]["id"])

    r = await server.http.get("/api/me", headers=headers)
    assert r.status_code == 401, r.text
    assert r.json()["error"]["code"] == "account_deactivated"
    r = await server.http.post("/api/ws-ticket", json={"negotiation_id": m["n"]}, headers=headers)
    assert r.status_code == 401, r.text
    assert r.json()["error"]["code"] == "account_deactivated"
    code, error = await refusal(browser_url(server, m["n"], before))
    assert code == 4410
    assert error["code"] == "account_deactivated"
    # The vendor, still active, is unaffected.
    vendor_ticket = await ticket(server, m["vendor"]["token"], m["n"])
    assert vendor_ticket


async def test_a_password_change_elsewhere_refuses_a_ticket_at_once(server: LiveServer) -> None:
    m = await live_market(server)
    vendor = m["vendor"]
    before = await ticket(server, vendor["token"], m["n"])
    async with server.app.state.sessions() as session, session.begin():
        user = await session.get(User, vendor["user"]["id"])
        assert user is not None
        user.token_version += 1
    r = await server.http.post(
        "/api/ws-ticket", json={"negotiation_id": m["n"]}, headers=Api.auth(vendor["token"])
    )
    assert r.status_code == 401, r.text
    assert r.json()["error"]["code"] == "session_revoked"
    code, error = await refusal(browser_url(server, m["n"], before))
    assert code == 4410
    assert error["code"] == "session_revoked"


# -- webhook event ids -------------------------------------------------------------------


@pytest.fixture
async def world(database_url: str) -> AsyncIterator[World]:
    async with payment_world(database_url) as w:
        yield w


def unhandled_event(n: int) -> bytes:
    return json.dumps(
        {
            "entity": "event",
            "account_id": "acc_x",
            "event": "settlement.processed",
            "contains": ["settlement"],
            "payload": {"settlement": {"entity": {"id": f"setl_{n}"}}},
            "created_at": n,
        }
    ).encode()


async def deliver(world: World, body: bytes, event_id: str | bytes) -> httpx.Response:
    from server.payments.signatures import webhook_signature

    headers: dict[str, str | bytes] = {
        "X-Razorpay-Signature": webhook_signature(body, WEBHOOK_SECRET),
        "X-Razorpay-Event-Id": event_id,
    }
    return await world.client.post("/api/payment/webhook", content=body, headers=headers)


async def test_webhook_event_ids_are_kept_whole(world: World) -> None:
    prefix = "evt_" + "A" * 60
    first, second = prefix + "first", prefix + "second"
    a = await deliver(world, unhandled_event(1), first)
    b = await deliver(world, unhandled_event(2), second)
    assert a.status_code == b.status_code == 200, (a.text, b.text)
    assert a.json()["status"] == b.json()["status"] == "ignored"
    assert a.json()["event_id"] != b.json()["event_id"]
    assert a.json()["event_id"].startswith("id-sha256:")
    assert len(a.json()["event_id"]) == 64
    # The same long id again is a duplicate.
    again = await deliver(world, unhandled_event(1), first)
    assert again.json() == {"status": "duplicate", "event_id": a.json()["event_id"]}
    # An id of exactly 64 characters is kept as sent.
    exact = "evt_" + "B" * 60
    r = await deliver(world, unhandled_event(3), exact)
    assert r.json()["event_id"] == exact
    # Non-ASCII: read as the UTF-8 it was sent as, not garbled.
    r = await deliver(world, unhandled_event(4), "evt_ध्यान_ā".encode())
    assert r.status_code == 200, r.text
    assert r.json()["event_id"] == "evt_ध्यान_ā"
    stored = {row.event_id for row in await world.rows(WebhookEvent)}
    assert "evt_ध्यान_ā" in stored
    assert exact in stored
    assert len(stored) == 4
    # Bytes that are not UTF-8 are refused, and nothing is stored.
    r = await deliver(world, unhandled_event(5), b"evt_\xff\xfe")
    assert r.status_code == 400, r.text
    assert r.json()["error"]["code"] == "event_id_invalid"
    assert await world.count(WebhookEvent) == 4
