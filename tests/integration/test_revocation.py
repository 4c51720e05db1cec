"""Deactivating a user or changing a password ends their tokens, tickets, QR codes,
stall page and open sockets within seconds, in a running server, with no restart.

The changes are made the way an operator makes them: `vyaparmitra users …` run as a
separate process against the server's database while the server runs.
"""

from __future__ import annotations

import asyncio
import json
import os
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import anyio.to_thread
import pytest
from websockets.asyncio.client import connect

from models import Role, User
from server.domain import accounts
from server.domain.context import Actor
from server.revocation import AccountGate, Standing
from tests.cli_process import run_vyaparmitra
from tests.conftest import Api, make_settings
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

SECRET = "test-secret-" + "x" * 40  # as make_settings signs with


@pytest.fixture
async def server(database_url: str) -> AsyncIterator[LiveServer]:
    settings = make_settings(database_url, account_cache_seconds=0.5, revocation_check_seconds=0.2)
    async with live_server(settings) as s:
        yield s


async def cli(server: LiveServer, *args: str, stdin: str | None = None) -> str:
    """`vyaparmitra ARGS` in its own process (forked from the worker's template), on the
    server's database."""
    settings = server.app.state.settings
    env = {k: v for k, v in os.environ.items() if not k.startswith("VYAPAR_")}
    env.update(
        {
            "VYAPAR_ENV": "development",
            "VYAPAR_DATABASE_URL": settings.database_url,
            "VYAPAR_SECRET_KEY": SECRET,
            "VYAPAR_PASSWORD_HASH_MEMORY_KIB": "64",
            "VYAPAR_PASSWORD_HASH_TIME_COST": "1",
        }
    )
    done = await anyio.to_thread.run_sync(
        lambda: run_vyaparmitra(list(args), env=env, cwd=Path.cwd(), input=stdin, timeout=120)
    )
    assert done.returncode == 0, f"rc={done.returncode}\n{done.stdout}\n{done.stderr}"
    return str(done.stdout)


async def eventually(check: Any, *, within: float = 5.0) -> None:
    """`check()` (async) stops raising AssertionError within `within` seconds."""
    deadline = asyncio.get_running_loop().time() + within
    while True:
        try:
            await check()
            return
        except AssertionError:
            if asyncio.get_running_loop().time() > deadline:
                raise
            await asyncio.sleep(0.1)


def error_of(r: Any, status: int, code: str) -> str:
    assert r.status_code == status, r.text
    body = r.json()
    assert body["error"]["code"] == code, body
    message: str = body["error"]["message"]
    assert message
    return message


async def stall(api: Api, vendor_token: str, product_id: int) -> tuple[str, str]:
    auth = api.auth(vendor_token)
    r = await api.client.post("/api/qr", json={"kind": "stall"}, headers=auth)
    assert r.status_code == 201, r.text
    r2 = await api.client.post(
        "/api/qr", json={"kind": "stall", "product_id": product_id}, headers=auth
    )
    assert r2.status_code == 201, r2.text
    return r.json()["token"], r2.json()["token"]


async def test_a_deactivated_vendor_stops_trading_and_comes_back(server: LiveServer) -> None:
    api = Api(server.http)
    vendor = await api.register("vendor", business_name="Ramesh Sabzi")
    customer = await api.register("customer")
    product = await api.product(vendor["token"])
    stall_qr, product_qr = await stall(api, vendor["token"], product["id"])
    n = (await api.open(customer["token"], product["id"]))["id"]
    assert (await api.bid(customer["token"], n, 3300)).status_code == 201
    assert (await api.bid(vendor["token"], n, 3800)).status_code == 201
    join = {"language": "hi", "name": "Asha", "product_id": product["id"]}
    r = await api.client.post(f"/api/qr/{stall_qr}/join", json=join)
    assert r.status_code == 200, r.text
    # A deal closed before the deactivation, not yet paid.
    sold = (await api.open(customer["token"], product["id"]))["id"]
    assert (await api.bid(customer["token"], sold, 3900)).status_code == 201
    order = (await api.accept(vendor["token"], sold)).json()["order"]

    out = await cli(server, "users", "deactivate", vendor["user"]["phone"])
    assert out.strip() == (
        f"user {vendor['user']['id']} (vendor, {vendor['user']['phone']}) is now deactivated"
    )

    auth = api.auth(vendor["token"])

    async def vendor_refused() -> None:
        # A read, so that the tries before the server has noticed create nothing.
        r = await api.client.get("/api/console/stall-qr", headers=auth)
        assert r.status_code == 401, r.text

    await eventually(vendor_refused)
    r = await api.client.post(
        "/api/products",
        json={"names": {"en": "Onion"}, "unit": "kg", "list_price_paise": 3000, "stock": 5},
        headers=auth,
    )
    error_of(r, 401, "account_deactivated")
    r = await api.client.post("/api/qr", json={"kind": "stall"}, headers=auth)
    assert "deactivated" in error_of(r, 401, "account_deactivated")
    assert r.headers["www-authenticate"] == "Bearer"
    r = await api.client.post("/api/ws-ticket", json={"negotiation_id": None}, headers=auth)
    error_of(r, 401, "account_deactivated")

    # Both codes stop admitting shoppers; nothing is redeemed or created.
    for token in (stall_qr, product_qr):
        r = await api.client.post(f"/api/qr/{token}/join", json=join)
        assert "closed" in error_of(r, 410, "stall_closed")
        r = await api.client.get(f"/api/qr/{token}.png")
        error_of(r, 410, "stall_closed")
        # The stall page says it is closed and lists nothing.
        r = await api.client.get(f"/api/qr/{token}/stall?language=en")
        assert r.status_code == 200, r.text
        page = r.json()
        assert page["open"] is False
        assert page["products"] == []
        assert "closed" in page["message"]
        assert page["business_name"] == "Ramesh Sabzi"
        r = await api.client.get(f"/s/{token}", headers={"accept-language": "en"})
        assert r.status_code == 410
        assert "This stall is closed" in r.text
    # Their product list is empty to everyone else.
    r = await api.client.get(f"/api/vendors/{vendor['user']['id']}/products")
    assert r.status_code == 200 and r.json() == []
    # Nor can a customer open a negotiation with them some other way.
    r = await api.client.post(
        "/api/negotiations",
        json={"product_id": product["id"], "quantity": 1},
        headers=api.auth(customer["token"]),
    )
    error_of(r, 410, "stall_closed")
    # A counter they made before cannot be turned into an order now, nor answered.
    error_of(await api.accept(customer["token"], n), 410, "stall_closed")
    r = await api.bid(customer["token"], n, 3500)
    assert "not trading" in error_of(r, 410, "stall_closed")
    bids = await api.get(customer["token"], f"/api/negotiations/{n}")
    assert bids.status_code == 200 and bids.json()["bid_count"] == 2, bids.text
    # Nor can a deal made before be paid (nobody could hand over the goods or refund):
    # the close ended it, its stock given back.
    r = await api.get(customer["token"], f"/api/orders/{order['id']}")
    assert r.json()["status"] == "expired", r.text
    for path, body in (
        ("/api/payment/create", {"order_id": order["id"]}),
        (f"/api/payment/link/{order['id']}", None),
    ):
        r = await api.client.post(path, json=body, headers=api.auth(customer["token"]))
        assert r.status_code in (409, 410), r.text
    r = await api.client.post(
        "/api/auth/login",
        json={"phone": vendor["user"]["phone"], "password": "correct horse battery"},
    )
    # The password is right: the vendor is told why, not that they mistyped it.
    assert "deactivated" in error_of(r, 401, "account_deactivated")
    r = await api.client.post(
        "/api/auth/login", json={"phone": vendor["user"]["phone"], "password": "wrong horse"}
    )
    error_of(r, 401, "invalid_credentials")  # a wrong one says nothing of the account

    # Activated again: the stall reopens, but the old token stays ended; a new login works.
    await cli(server, "users", "activate", str(vendor["user"]["id"]))

    async def reopened() -> None:
        r = await api.client.get(f"/api/qr/{stall_qr}/stall")
        assert r.json()["open"] is True
        assert [p["id"] for p in r.json()["products"]] == [product["id"]]

    await eventually(reopened)
    r = await api.client.get(f"/api/vendors/{vendor['user']['id']}/products")
    assert [p["id"] for p in r.json()] == [product["id"]]
    r = await api.client.post(f"/api/qr/{product_qr}/join", json=join)
    assert r.status_code == 200, r.text
    r = await api.get(vendor["token"], "/api/me")
    assert "log in again" in error_of(r, 401, "session_revoked")
    r = await api.client.post(
        "/api/auth/login",
        json={"phone": vendor["user"]["phone"], "password": "correct horse battery"},
    )
    assert r.status_code == 200, r.text
    r = await api.get(r.json()["token"], "/api/me")
    assert r.status_code == 200, r.text


async def test_a_new_password_ends_old_tokens_tickets_and_sockets(server: LiveServer) -> None:
    api = Api(server.http)
    vendor = await api.register("vendor")
    customer = await api.register("customer")
    product = await api.product(vendor["token"])
    n = (await api.open(customer["token"], product["id"]))["id"]
    cws, _cgot, ctask = await open_browser(server, n, customer["token"], language="hi")
    vws, vgot, vtask = await open_browser(server, n, vendor["token"], language="ta")
    spare = await ticket(server, customer["token"], n)  # issued before the change

    out = await cli(
        server,
        "users",
        "set-password",
        customer["user"]["phone"],
        "--password-stdin",
        stdin="a brand new secret\n",
    )
    assert "password changed" in out

    await asyncio.wait_for(ctask, timeout=10)
    assert cws.close_code == 4410
    assert "log in again" in (cws.close_reason or "")
    r = await api.get(customer["token"], "/api/me")
    error_of(r, 401, "session_revoked")
    late = await connect(browser_url(server, n, spare))
    got = Received()
    await asyncio.wait_for(reader(late, got), timeout=10)
    assert late.close_code == 4410
    assert got.of("error")[0]["code"] == "session_revoked"

    # The vendor's socket, in the same room, was left alone.
    await vws.send(json.dumps({"type": "ping"}))
    await wait_for(lambda: vgot.of("pong"), what="pong")

    phone = customer["user"]["phone"]
    r = await api.client.post(
        "/api/auth/login", json={"phone": phone, "password": "correct horse battery"}
    )
    error_of(r, 401, "invalid_credentials")
    r = await api.client.post(
        "/api/auth/login", json={"phone": phone, "password": "a brand new secret"}
    )
    assert r.status_code == 200, r.text
    ws, got, task = await open_browser(server, n, r.json()["token"], language="hi")
    for w, t in ((ws, task), (vws, vtask)):
        await w.close()
        await t


async def set_active(server: LiveServer, user_id: int, active: bool) -> None:
    async with server.app.state.sessions() as session, session.begin():
        user = await session.get(User, user_id)
        assert user is not None
        await accounts.set_active(session, Actor.system(), user, active=active)


async def test_deactivating_closes_every_socket_of_the_user_and_only_theirs(
    server: LiveServer,
) -> None:
    api = Api(server.http)
    vendor = await api.register("vendor")
    customer = await api.register("customer")
    product = await api.product(vendor["token"])
    n = (await api.open(customer["token"], product["id"]))["id"]
    cws, cgot, ctask = await open_browser(server, n, customer["token"], language="hi")
    vws, _vgot, vtask = await open_browser(server, n, vendor["token"], language="ta", watch=True)
    console = await connect(
        f"{server.ws_url}/ws/vendor?ticket={await ticket(server, vendor['token'])}"
    )
    await console.send(json.dumps({"type": "hello", "language": "ta"}))
    console_got = Received()
    console_task = asyncio.create_task(reader(console, console_got))
    await wait_for(lambda: console_got.of("welcome"), what="welcome")
    pws, _pgot, ptask, _sid = await open_twilio(
        server, {"token": vendor["token"], "negotiation_id": str(n)}
    )
    await wait_for(lambda: len(server.app.state.sign_ins) == 4, what="four sockets watched")

    await set_active(server, vendor["user"]["id"], False)
    started = asyncio.get_running_loop().time()
    await asyncio.wait_for(asyncio.gather(vtask, console_task, ptask), timeout=10)
    assert asyncio.get_running_loop().time() - started < 5
    for ws in (vws, console, pws):
        assert ws.close_code == 4410
        assert "deactivated" in (ws.close_reason or "")
    assert len(server.app.state.sign_ins) == 1

    # The shopper's socket is still open; they see the vendor go away.
    await cws.send(json.dumps({"type": "ping"}))
    await wait_for(lambda: cgot.of("pong"), what="pong")
    await cws.close()
    await ctask


async def test_a_deactivated_guest_or_customer_is_refused(server: LiveServer) -> None:
    api = Api(server.http)
    vendor = await api.register("vendor")
    customer = await api.register("customer")
    stall_qr, _ = await stall(api, vendor["token"], (await api.product(vendor["token"]))["id"])
    r = await api.client.post(f"/api/qr/{stall_qr}/join", json={"language": "hi"})
    assert r.status_code == 200, r.text
    guest = r.json()
    for who in (guest, customer):
        assert (await api.get(who["token"], "/api/me")).status_code == 200
        await set_active(server, who["user"]["id"], False)

        async def refused(token: str = who["token"]) -> None:
            r = await api.get(token, "/api/me")
            error_of(r, 401, "account_deactivated")

        await eventually(refused)


async def test_nothing_more_is_agreed_with_a_deactivated_customer(server: LiveServer) -> None:
    """The vendor can neither counter nor take the offer of a customer deactivated
    mid-negotiation (410 `customer_gone`, over HTTP and the socket): no order is made for
    an account that can no longer pay, and no stock is held for it. Ending it still works."""
    api = Api(server.http)
    vendor = await api.register("vendor")
    customer = await api.register("customer")
    product = await api.product(vendor["token"])
    n = (await api.open(customer["token"], product["id"]))["id"]
    assert (await api.bid(customer["token"], n, 3500)).status_code == 201
    ws, got, task = await open_browser(server, n, vendor["token"], language="en")
    await set_active(server, customer["user"]["id"], False)

    r = await api.bid(vendor["token"], n, 3800)
    assert "closed" in error_of(r, 410, "customer_gone")
    error_of(await api.accept(vendor["token"], n), 410, "customer_gone")
    await ws.send(json.dumps({"type": "accept", "expected_seq": 1}))
    await wait_for(lambda: got.of("error"), what="the socket's refusal")
    assert got.of("error")[0]["code"] == "customer_gone"
    assert got.of("order") == []
    read = (await api.get(vendor["token"], f"/api/negotiations/{n}")).json()
    assert (read["status"], read["bid_count"]) == ("OPEN", 1), read
    assert (await api.get(vendor["token"], "/api/orders")).json() == []
    listed = await api.get(vendor["token"], f"/api/vendors/{vendor['user']['id']}/products")
    assert [p["stock"] for p in listed.json() if p["id"] == product["id"]] == [product["stock"]]
    r = await api.client.post(
        f"/api/negotiations/{n}/reject", json={}, headers=api.auth(vendor["token"])
    )
    assert r.status_code == 200, r.text
    await ws.close()
    await task


async def test_the_gate_caches_for_its_ttl_and_stays_bounded(server: LiveServer) -> None:
    api = Api(server.http)
    users = [(await api.register("customer"))["user"]["id"] for _ in range(3)]
    now = [1000.0]
    gate = AccountGate(
        server.app.state.sessions, ttl_seconds=5.0, max_entries=2, clock=lambda: now[0]
    )
    first = await gate.standings(users[:1])
    version = first[users[0]].token_version  # type: ignore[union-attr]
    assert version >= 1  # a random start: see models.users.first_token_version
    assert first == {users[0]: Standing(active=True, token_version=version, role=Role.CUSTOMER)}
    await set_active(server, users[0], False)
    assert (await gate.standings(users[:1]))[users[0]] == first[users[0]]  # cached
    now[0] += 5.1
    later = (await gate.standings(users[:1]))[users[0]]
    assert later == Standing(False, version + 1, Role.CUSTOMER)
    await gate.standings(users)  # three users, room for two: the oldest goes
    assert len(gate) == 2
    assert (await gate.standings([999_999])) == {999_999: None}
    with pytest.raises(Exception, match="no longer exists"):
        await gate.check(999_999, None)
