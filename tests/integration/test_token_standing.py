"""A sign-in is checked against its account as the database holds it: a token issued
after a password change or a reactivation works at once, even where a worker cached the
account before the change; a token's role, user id and claims must be the account's as
issued; the phone leg is the vendor's alone."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from typing import Any

import jwt
import pytest

from models import Role, User
from server.domain import accounts
from server.domain.context import Actor
from server.security import Tokens
from tests.conftest import Api, make_settings
from tests.live_helpers import LiveServer, live_server, open_twilio

SECRET = "test-secret-" + "x" * 40  # as make_settings signs with


@pytest.fixture
async def server(database_url: str) -> AsyncIterator[LiveServer]:
    # A long cache: every answer below that must be fresh cannot come from its expiry.
    settings = make_settings(database_url, account_cache_seconds=60)
    async with live_server(settings) as s:
        yield s


async def change(
    server: LiveServer, user_id: int, *, password: str | None = None, active: bool | None = None
) -> None:
    """As another process would: the server's cache is not told."""
    async with server.app.state.sessions() as session, session.begin():
        user = await session.get(User, user_id)
        assert user is not None
        if password is not None:
            hashed = await server.app.state.passwords.hash(password)
            await accounts.set_password(session, Actor.system(), user, hashed)
        if active is not None:
            await accounts.set_active(session, Actor.system(), user, active=active)


async def login(api: Api, phone: str, password: str) -> str:
    r = await api.client.post("/api/auth/login", json={"phone": phone, "password": password})
    assert r.status_code == 200, r.text
    token: str = r.json()["token"]
    return token


async def works_at_once(api: Api, token: str, negotiation_id: int) -> None:
    for path in ("/api/orders", "/api/me"):
        r = await api.get(token, path)
        assert r.status_code == 200, (path, r.text)
    r = await api.client.post(
        "/api/ws-ticket", json={"negotiation_id": negotiation_id}, headers=api.auth(token)
    )
    assert r.status_code == 200, r.text


async def test_a_token_issued_after_a_password_change_works_at_once(server: LiveServer) -> None:
    api = Api(server.http)
    vendor = await api.register("vendor")
    customer = await api.register("customer")
    n = (await api.open(customer["token"], (await api.product(vendor["token"]))["id"]))["id"]
    assert (await api.get(customer["token"], "/api/orders")).status_code == 200  # cached

    await change(server, customer["user"]["id"], password="a brand new secret")
    token = await login(api, customer["user"]["phone"], "a brand new secret")
    await works_at_once(api, token, n)
    r = await api.get(customer["token"], "/api/me")  # the old one stays ended
    assert r.status_code == 401 and r.json()["error"]["code"] == "session_revoked"


async def test_a_token_issued_after_a_reactivation_works_at_once(server: LiveServer) -> None:
    api = Api(server.http)
    vendor = await api.register("vendor")
    customer = await api.register("customer")
    n = (await api.open(customer["token"], (await api.product(vendor["token"]))["id"]))["id"]
    phone = customer["user"]["phone"]

    # Cached while active, at the old version.
    assert (await api.get(customer["token"], "/api/orders")).status_code == 200
    await change(server, customer["user"]["id"], active=False)
    await change(server, customer["user"]["id"], active=True)
    second = await login(api, phone, "correct horse battery")
    await works_at_once(api, second, n)

    # Cached while inactive (a ticket asks the database, and is refused).
    await change(server, customer["user"]["id"], active=False)
    r = await api.client.post("/api/ws-ticket", json={}, headers=api.auth(second))
    assert r.status_code == 401 and r.json()["error"]["code"] == "account_deactivated"
    await change(server, customer["user"]["id"], active=True)
    await works_at_once(api, await login(api, phone, "correct horse battery"), n)


async def test_me_refuses_a_token_from_before_a_password_change_at_once(
    server: LiveServer,
) -> None:
    """`/api/me` reads the account from the database: the cache (60 s here) still holds
    the old version, yet the old token is refused on the first call after the change."""
    api = Api(server.http)
    customer = await api.register("customer")
    token = customer["token"]
    for path in ("/api/orders", "/api/me"):
        assert (await api.get(token, path)).status_code == 200  # cached at the old version
    await change(server, customer["user"]["id"], password="a brand new secret")
    r = await api.get(token, "/api/me")
    assert r.status_code == 401, r.text
    assert r.json()["error"]["code"] == "session_revoked"
    fresh = await login(api, customer["user"]["phone"], "a brand new secret")
    r = await api.get(fresh, "/api/me")
    assert r.status_code == 200 and r.json()["id"] == customer["user"]["id"]


async def test_an_old_token_is_told_its_sign_in_ended_at_once_after_a_reactivation(
    server: LiveServer,
) -> None:
    """Deactivated, then active again: the routes that read the account from the database
    tell a token from before that its sign-in ended (log in again), not that the account
    is still deactivated (ask the market office), though the cache (60 s here) still holds
    it inactive."""
    api = Api(server.http)
    vendor = await api.register("vendor")
    token = vendor["token"]
    await change(server, vendor["user"]["id"], active=False)
    r = await api.get(token, "/api/me")  # cached inactive
    assert r.status_code == 401 and r.json()["error"]["code"] == "account_deactivated"
    await change(server, vendor["user"]["id"], active=True)
    for r in (
        await api.get(token, "/api/me"),
        await api.client.post("/api/ws-ticket", json={}, headers=api.auth(token)),
    ):
        assert r.status_code == 401, r.text
        assert r.json()["error"]["code"] == "session_revoked", r.text
    # A new log-in works at once, everywhere.
    fresh = await login(api, vendor["user"]["phone"], "correct horse battery")
    assert (await api.get(fresh, "/api/me")).status_code == 200


def forged(**claims: Any) -> str:
    now = int(time.time())
    body = {"role": "customer", "ver": 0, "iat": now, "exp": now + 600, "typ": "access"}
    body.update(claims)
    return jwt.encode(body, SECRET, algorithm="HS256")


async def test_a_token_must_match_its_account(server: LiveServer) -> None:
    api = Api(server.http)
    customer = await api.register("customer")
    uid = customer["user"]["id"]
    ver = jwt.decode(customer["token"], options={"verify_signature": False})["ver"]
    product = {"names": {"en": "Onion"}, "unit": "kg", "list_price_paise": 3000, "stock": 5}

    # Signed with the real key, but claiming a role the account does not have.
    as_vendor = Tokens(SECRET).issue(uid, Role.VENDOR, 600, version=ver)
    r = await api.client.post("/api/products", json=product, headers=api.auth(as_vendor))
    assert r.status_code == 401, r.text
    assert r.json()["error"]["code"] == "unauthorized"
    r = await api.client.post("/api/ws-ticket", json={}, headers=api.auth(as_vendor))
    assert r.status_code == 401, r.text

    # User ids a database id cannot be, or not spelled as issued; an expiry not a number.
    for bad in (
        forged(sub=str(2**63)),
        forged(sub=str(2**64 + uid)),
        forged(sub=f" {uid} "),
        forged(sub="\u0661"),
        forged(sub="0"),
        forged(sub=f"+{uid}"),
        forged(sub=str(uid), exp=str(int(time.time()) + 600)),
    ):
        for path in ("/api/me", "/api/orders"):
            r = await api.get(bad, path)
            assert r.status_code == 401, (path, r.text)
            assert r.json()["error"]["code"] == "unauthorized"
    assert (await api.get(forged(sub=str(uid), ver=ver), "/api/me")).status_code == 200


async def test_the_phone_leg_is_the_vendors_alone(server: LiveServer) -> None:
    api = Api(server.http)
    vendor = await api.register("vendor")
    customer = await api.register("customer")
    n = (await api.open(customer["token"], (await api.product(vendor["token"]))["id"]))["id"]
    ws, got, task, _sid = await open_twilio(
        server, {"token": customer["token"], "negotiation_id": str(n)}
    )
    await asyncio.wait_for(task, timeout=10)
    assert ws.close_code == 4403
    assert (ws.close_reason or "").startswith("forbidden: ")
    assert got.of("error") == []  # a carrier's stream reads no `error` event
    assert "vendor" in (ws.close_reason or "")
