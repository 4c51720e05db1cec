"""A socket lives no longer than the sign-in it was opened with: told to renew shortly
before the token lapses, closed (4401 `token_expired`) when it does, and a move sent
after the lapse is refused and never recorded. A guest renews and carries on from the
snapshot."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator
from typing import Any

import pytest
from websockets.asyncio.client import connect

from tests.conftest import REDIS_URL, Api, make_settings, need
from tests.live_helpers import (
    LiveServer,
    Received,
    browser_url,
    live_server,
    open_browser,
    reader,
    ticket,
    wait_for,
)


@pytest.fixture
async def server(database_url: str) -> AsyncIterator[LiveServer]:
    settings = make_settings(
        database_url, revocation_check_seconds=0.1, ws_renew_notice_seconds=3.0
    )
    async with live_server(settings) as s:
        yield s


@pytest.fixture(params=["memory", "redis"])
async def slow_watch(
    request: pytest.FixtureRequest, database_url: str
) -> AsyncIterator[LiveServer]:
    """A server whose watch looks at sockets only every minute: what stops a move after
    the lapse is the socket itself. Its tickets (and the expiry they carry) kept in
    process memory or in Redis."""
    redis = {"redis_url": need(REDIS_URL, "Redis")} if request.param == "redis" else {}
    settings = make_settings(database_url, revocation_check_seconds=60.0, **redis)
    async with live_server(settings) as s:
        yield s


def short_token(server: LiveServer, token: str, seconds: int) -> tuple[str, int]:
    """Another token of `token`'s user, at its version, that lapses in `seconds` (less
    the part of the current second gone); and when it lapses (Unix seconds)."""
    tokens = server.app.state.tokens
    claims = tokens.verify(token)
    short: str = tokens.issue(claims.user_id, claims.role, seconds, version=claims.version)
    return short, tokens.verify(short).expires_at


async def joined_guest(api: Api) -> tuple[dict[str, Any], int]:
    vendor = await api.register("vendor")
    product = await api.product(vendor["token"])
    r = await api.client.post("/api/qr", headers=api.auth(vendor["token"]), json={"kind": "stall"})
    assert r.status_code == 201, r.text
    r = await api.client.post(
        f"/api/qr/{r.json()['token']}/join", json={"language": "hi", "product_id": product["id"]}
    )
    assert r.status_code == 200, r.text
    joined: dict[str, Any] = r.json()
    return joined, int(joined["negotiation"]["id"])


async def test_a_guest_is_told_to_renew_closed_at_the_lapse_and_renews(
    server: LiveServer,
) -> None:
    api = Api(server.http)
    joined, n = await joined_guest(api)
    short, lapses_at = short_token(server, joined["token"], 9)
    ws, got, task = await open_browser(server, n, short, language="hi")
    assert time.time() < lapses_at - 3, "the move below must come before the notice"
    await ws.send(json.dumps({"type": "offer", "amount_paise": 3300}))
    await wait_for(lambda: got.of("offer"), what="the offer before the lapse")
    assert not got.of("renew")

    await wait_for(lambda: got.of("renew"), timeout=10, what="renew")
    told_at = time.time()
    [renew] = got.of("renew")
    assert 0 <= renew["expires_in"] <= 3
    assert lapses_at - 3.5 <= told_at < lapses_at
    assert ws.close_code is None  # still open until the lapse

    await asyncio.wait_for(task, timeout=10)
    assert ws.close_code == 4401
    assert ws.close_reason == "token_expired"
    assert time.time() >= lapses_at
    assert got.events[-1]["type"] == "error" and got.events[-1]["code"] == "token_expired"
    assert len(got.of("renew")) == 1
    assert len(server.app.state.sign_ins) == 0
    # REST refuses the lapsed token as the socket did; so does the ticket counter.
    assert (await api.get(short, f"/api/negotiations/{n}")).status_code == 401
    r = await server.http.post(
        "/api/ws-ticket", json={"negotiation_id": n}, headers=api.auth(short)
    )
    assert r.status_code == 401

    # The page renews with the lapsed token and resumes from the snapshot.
    r = await server.http.post("/api/guest/renew", headers=api.auth(short))
    assert r.status_code == 200, r.text
    again, got_again, task_again = await open_browser(server, n, r.json()["token"], language="hi")
    [snapshot] = got_again.of("snapshot")
    assert snapshot["negotiation"]["bid_count"] == 1
    assert [b["amount_paise"] for b in snapshot["bids"]] == [3300]
    await again.close()
    await task_again


async def test_a_ticket_says_how_long_its_sign_in_has_left(server: LiveServer) -> None:
    """A ticket keeps its minute (a loaded machine may take seconds to redeem it), and
    says how much is left of the sign-in it came from, so a client asking near the lapse
    knows to renew first rather than open a socket that is closed at once."""
    api = Api(server.http)
    joined, n = await joined_guest(api)
    short, lapses_at = short_token(server, joined["token"], 4)
    r = await server.http.post(
        "/api/ws-ticket", json={"negotiation_id": n}, headers=api.auth(short)
    )
    assert r.status_code == 200, r.text
    ttl = server.app.state.settings.ws_ticket_ttl_seconds
    assert r.json()["expires_in"] == ttl
    assert 0 <= r.json()["sign_in_expires_in"] <= 4
    assert time.time() + r.json()["sign_in_expires_in"] <= lapses_at + 1
    r = await server.http.post(
        "/api/ws-ticket", json={"negotiation_id": n}, headers=api.auth(joined["token"])
    )
    day = server.app.state.settings.guest_token_ttl_seconds
    assert r.json()["expires_in"] == ttl
    assert day - 60 <= r.json()["sign_in_expires_in"] <= day


async def test_a_move_after_the_lapse_is_refused_and_not_recorded(slow_watch: LiveServer) -> None:
    server = slow_watch
    api = Api(server.http)
    vendor = await api.register("vendor")
    customer = await api.register("customer")
    product = await api.product(vendor["token"])
    n = (await api.open(customer["token"], product["id"]))["id"]
    # Long enough for a loaded machine to open the socket and make the first move in time.
    short, lapses_at = short_token(server, customer["token"], 8)
    late_ticket = await ticket(server, short, n)  # issued in time, redeemed too late
    ws, got, task = await open_browser(server, n, short, language="hi")
    await ws.send(json.dumps({"type": "offer", "amount_paise": 3300}))
    await wait_for(lambda: got.of("offer"), what="the offer before the lapse")
    assert time.time() < lapses_at, "the first move must come before the lapse"

    await asyncio.sleep(max(0.0, lapses_at - time.time()) + 0.2)
    assert ws.close_code is None  # the watch has not looked yet
    await ws.send(json.dumps({"type": "offer", "amount_paise": 3600}))
    await asyncio.wait_for(task, timeout=10)
    assert ws.close_code == 4401 and ws.close_reason == "token_expired"
    assert [e["amount_paise"] for e in got.of("offer")] == [3300]
    assert got.events[-1]["code"] == "token_expired"
    r = await api.get(customer["token"], f"/api/negotiations/{n}")
    assert r.status_code == 200 and r.json()["bid_count"] == 1, r.text

    # A ticket issued before the lapse opens nothing after it.
    late = await connect(browser_url(server, n, late_ticket))
    late_got = Received()
    await asyncio.wait_for(reader(late, late_got), timeout=10)
    assert late.close_code == 4401 and late.close_reason == "token_expired"
    assert [e["code"] for e in late_got.of("error")] == ["token_expired"]


async def test_a_vendor_console_is_told_to_renew_too(server: LiveServer) -> None:
    api = Api(server.http)
    vendor = await api.register("vendor")
    short, lapses_at = short_token(server, vendor["token"], 6)
    console = await connect(f"{server.ws_url}/ws/vendor?ticket={await ticket(server, short)}")
    await console.send(json.dumps({"type": "hello", "language": "ta"}))
    got = Received()
    task = asyncio.create_task(reader(console, got))
    await wait_for(lambda: got.of("welcome"), what="welcome")
    await wait_for(lambda: got.of("renew"), timeout=10, what="renew")
    await asyncio.wait_for(task, timeout=10)
    assert console.close_code == 4401 and console.close_reason == "token_expired"
    assert time.time() >= lapses_at


async def test_a_vendor_renews_on_notice_and_its_new_socket_outlives_the_old_sign_in(
    server: LiveServer,
) -> None:
    api = Api(server.http)
    vendor = await api.register("vendor")
    short, lapses_at = short_token(server, vendor["token"], 6)
    old = await connect(f"{server.ws_url}/ws/vendor?ticket={await ticket(server, short)}")
    await old.send(json.dumps({"type": "hello", "language": "ta"}))
    got = Received()
    task = asyncio.create_task(reader(old, got))
    await wait_for(lambda: got.of("renew"), timeout=10, what="renew")

    # Told to renew: the still valid token buys a new one, no password; a socket of it
    # stays open past the old sign-in's lapse, which closes the old socket.
    r = await server.http.post("/api/auth/renew", headers=api.auth(short))
    assert r.status_code == 200, r.text
    fresh = r.json()["token"]
    new = await connect(f"{server.ws_url}/ws/vendor?ticket={await ticket(server, fresh)}")
    await new.send(json.dumps({"type": "hello", "language": "ta"}))
    got_new = Received()
    task_new = asyncio.create_task(reader(new, got_new))
    await wait_for(lambda: got_new.of("welcome"), what="welcome on the renewed sign-in")
    await asyncio.wait_for(task, timeout=10)
    assert old.close_code == 4401 and old.close_reason == "token_expired"
    await asyncio.sleep(max(0.0, lapses_at - time.time()) + 1.0)
    assert new.close_code is None and not got_new.of("renew") and not got_new.of("error")
    await new.close()
    await task_new
