"""A vendor's (or customer's) sign-in renewed before it lapses, with no password asked
(`POST /api/auth/renew`), so an open console carries on: a refresh the account still
governs (deactivation and a password change stop it at once, cache or not), bounded by
how long ago the password was given, and never made from a lapsed or a guest's token."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import httpx
from sqlalchemy import update

from models import Role, User
from tests.conftest import Api

DAY = 24 * 3600


async def _renew(client: httpx.AsyncClient, token: str) -> httpx.Response:
    return await client.post("/api/auth/renew", headers={"Authorization": f"Bearer {token}"})


async def test_a_vendor_renews_a_sign_in_that_has_not_lapsed(
    api: Api, market: dict[str, Any], app: Any
) -> None:
    tokens, settings = app.state.tokens, app.state.settings
    vendor_id = market["vendor"]["user"]["id"]
    # A sign-in given its password an hour ago, whose token lapses in a minute.
    signed_in_at = int(time.time()) - 3600
    version = tokens.verify(market["v"]).version
    short = tokens.issue(vendor_id, Role.VENDOR, 60, version=version, signed_in_at=signed_in_at)
    assert (await api.get(short, "/api/me")).status_code == 200

    r = await _renew(api.client, short)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["expires_in"] == settings.token_ttl_seconds
    fresh = tokens.verify(body["token"])
    assert fresh.user_id == vendor_id and fresh.role is Role.VENDOR
    assert fresh.expires_at >= int(time.time()) + settings.token_ttl_seconds - 5
    assert fresh.signed_in_at == signed_in_at  # still the same sign-in
    me = await api.get(body["token"], "/api/me")
    assert me.status_code == 200 and me.json()["id"] == vendor_id
    # The new token opens sockets too; the old one works until its own lapse.
    r = await api.client.post("/api/ws-ticket", headers=api.auth(body["token"]), json={})
    assert r.status_code == 200, r.text
    assert (await api.get(short, "/api/me")).status_code == 200


async def test_deactivation_or_a_new_password_stops_renewal_at_once(
    api: Api, market: dict[str, Any], app: Any
) -> None:
    vendor_id = market["vendor"]["user"]["id"]
    # Read once, so the account is in the cache: renewal must not trust it.
    assert (await api.get(market["v"], "/api/me")).status_code == 200
    async with app.state.sessions() as session, session.begin():
        await session.execute(
            update(User).where(User.id == vendor_id).values(token_version=User.token_version + 1)
        )
    r = await _renew(api.client, market["v"])
    assert r.status_code == 401 and r.json()["error"]["code"] == "session_revoked", r.text

    customer_id = market["customer"]["user"]["id"]
    assert (await api.get(market["c"], "/api/me")).status_code == 200
    async with app.state.sessions() as session, session.begin():
        await session.execute(update(User).where(User.id == customer_id).values(is_active=False))
    r = await _renew(api.client, market["c"])
    assert r.status_code == 401 and r.json()["error"]["code"] == "account_deactivated", r.text


async def test_a_sign_in_renews_only_up_to_its_limit_from_the_password(
    api: Api, market: dict[str, Any], app: Any
) -> None:
    tokens, limit = app.state.tokens, app.state.settings.sign_in_max_seconds
    vendor_id = market["vendor"]["user"]["id"]
    # The password was given nearly the whole limit ago: 100 s of it are left.
    signed_in_at = int(time.time()) - limit + 100
    version = tokens.verify(market["v"]).version
    token = tokens.issue(vendor_id, Role.VENDOR, 30, version=version, signed_in_at=signed_in_at)
    r = await _renew(api.client, token)
    assert r.status_code == 200, r.text
    capped = r.json()
    assert 90 <= capped["expires_in"] <= 100
    assert tokens.verify(capped["token"]).expires_at == signed_in_at + limit
    # That one lapses with the sign-in: renewing it gains nothing.
    r = await _renew(api.client, capped["token"])
    assert r.status_code == 401 and r.json()["error"]["code"] == "sign_in_too_old", r.text
    # A new log-in is a new sign-in, renewable again.
    vendor = market["vendor"]["user"]
    login = await api.client.post(
        "/api/auth/login", json={"phone": vendor["phone"], "password": "correct horse battery"}
    )
    assert login.status_code == 200, login.text
    assert (await _renew(api.client, login.json()["token"])).status_code == 200


async def test_a_lapsed_or_a_guest_token_renews_nothing(
    api: Api, market: dict[str, Any], app: Any
) -> None:
    tokens = app.state.tokens
    vendor_id = market["vendor"]["user"]["id"]
    version = tokens.verify(market["v"]).version
    lapsed = tokens.issue(vendor_id, Role.VENDOR, 1, version=version)
    await asyncio.sleep(2.1)
    r = await _renew(api.client, lapsed)
    assert r.status_code == 401, r.text

    r = await api.client.post("/api/qr", headers=api.auth(market["v"]), json={"kind": "stall"})
    joined = await api.client.post(f"/api/qr/{r.json()['token']}/join", json={"language": "hi"})
    assert joined.status_code == 200, joined.text
    r = await _renew(api.client, joined.json()["token"])
    assert r.status_code == 403, r.text
