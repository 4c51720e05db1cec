"""Rate limits: 429 with Retry-After, per user and per IP, in memory and in real Redis."""

from __future__ import annotations

import uuid

import httpx
import pytest

from tests.conftest import REDIS_URL, Api, make_settings, need, running_app


async def _register(client: httpx.AsyncClient, i: int) -> httpx.Response:
    return await client.post(
        "/api/auth/register",
        json={
            "name": f"user {i}",
            "phone": f"+9197{uuid.uuid4().int % 10**8:08d}",
            "password": "long enough pass",
            "role": "customer",
            "language": "hi",
        },
    )


@pytest.mark.parametrize("backend", ["memory", "redis"])
async def test_auth_limit_per_ip(database_url: str, backend: str) -> None:
    # An hour's window: a busy machine can take a minute over these requests, and a
    # window that rolls over mid-test lets the next one through.
    overrides: dict[str, object] = {"rate_limit_auth": "10/hour"}
    if backend == "redis":
        overrides["redis_url"] = need(REDIS_URL, "Redis")
    async with running_app(make_settings(database_url, **overrides)) as (app, client):
        await app.state.limiter.reset()
        results = [await _register(client, i) for i in range(12)]
        assert [r.status_code for r in results[:10]] == [201] * 10
        limited = results[10]
        assert limited.status_code == 429
        assert 1 <= int(limited.headers["retry-after"]) <= 7200  # up to two windows
        assert limited.json()["error"]["code"] == "rate_limited"
        # Nothing was created by the refused request.
        login = await client.post(
            "/api/auth/login", json={"phone": "+919700000000", "password": "x"}
        )
        assert login.status_code == 429
        if backend == "redis":
            # The counters really live in Redis: another app instance (another process in
            # production) sharing that Redis sees the same window.
            async with running_app(make_settings(database_url, **overrides)) as (_, other):
                assert (await _register(other, 99)).status_code == 429
            await app.state.limiter.reset()


async def test_bid_limit_per_user(database_url: str) -> None:
    settings = make_settings(database_url, rate_limit_bids="3/minute")
    async with running_app(settings) as (_, client):
        api = Api(client)
        vendor = await api.register("vendor")
        product = await api.product(vendor["token"])
        c1 = await api.register("customer")
        c2 = await api.register("customer")
        n1 = (await api.open(c1["token"], product["id"]))["id"]
        n2 = (await api.open(c2["token"], product["id"]))["id"]
        # c1 bids alone; turn-taking errors still count as attempts.
        codes = [(await api.bid(c1["token"], n1, 3000 + i)).status_code for i in range(4)]
        assert codes[0] == 201
        assert codes[3] == 429
        # Another user on the same IP still has their own allowance.
        assert (await api.bid(c2["token"], n2, 3000)).status_code == 201


async def test_socket_tickets_and_polls_have_separate_budgets(database_url: str) -> None:
    # A console polling its lists must still be able to (re)open its sockets, and a
    # reconnect loop must not cost it its polls: tickets count against their own limit.
    settings = make_settings(
        database_url, rate_limit_general="1000/hour", rate_limit_sockets="3/hour"
    )
    async with running_app(settings) as (app, client):
        api = Api(client)
        vendor = await api.register("vendor")
        await app.state.limiter.reset()
        tickets = [
            await client.post("/api/ws-ticket", json={}, headers=api.auth(vendor["token"]))
            for _ in range(4)
        ]
        assert [r.status_code for r in tickets[:3]] == [200] * 3
        assert tickets[3].status_code == 429
        assert tickets[3].json()["error"]["code"] == "rate_limited"
        assert int(tickets[3].headers["retry-after"]) >= 1
        # Polls still answer.
        assert (await api.get(vendor["token"], "/api/negotiations")).status_code == 200

    settings = make_settings(
        database_url, rate_limit_general="2/hour", rate_limit_sockets="1000/hour"
    )
    async with running_app(settings) as (app, client):
        api = Api(client)
        vendor = await api.register("vendor")
        await app.state.limiter.reset()
        polls = [await api.get(vendor["token"], "/api/negotiations") for _ in range(3)]
        assert [r.status_code for r in polls] == [200, 200, 429]
        r = await client.post("/api/ws-ticket", json={}, headers=api.auth(vendor["token"]))
        assert r.status_code == 200, r.text


async def test_qr_joins_from_one_address_have_a_markets_allowance(database_url: str) -> None:
    # A market's shoppers share one address: past the sign-in limit, they still join;
    # the join's own limit still answers 429, and sign-ins keep theirs.
    settings = make_settings(database_url, rate_limit_auth="2/hour", rate_limit_joins="5/hour")
    async with running_app(settings) as (app, client):
        api = Api(client)
        vendor = await api.register("vendor")
        r = await client.post("/api/qr", json={"kind": "stall"}, headers=api.auth(vendor["token"]))
        assert r.status_code == 201, r.text
        token = r.json()["token"]
        await app.state.limiter.reset()
        joins = [
            (await client.post(f"/api/qr/{token}/join", json={"language": "hi"})).status_code
            for _ in range(6)
        ]
        assert joins == [200] * 5 + [429]
        logins = [
            (
                await client.post(
                    "/api/auth/login", json={"phone": "+919700000001", "password": "x" * 10}
                )
            ).status_code
            for _ in range(3)
        ]
        assert logins[2] == 429 and 429 not in logins[:2]


@pytest.mark.parametrize("backend", ["memory", "redis"])
async def test_sign_ins_of_one_account_are_limited_from_every_address(
    database_url: str, backend: str
) -> None:
    """Guesses spread over many addresses, each under the per-address limit, still meet
    the account's own window: past it the account's sign-ins wait (the right password
    too), however its phone is written; other accounts sign in as before."""
    overrides: dict[str, object] = {"rate_limit_auth": "1000/hour", "rate_limit_sign_ins": "5/hour"}
    if backend == "redis":
        overrides["redis_url"] = need(REDIS_URL, "Redis")
    async with running_app(make_settings(database_url, **overrides)) as (app, client):
        api = Api(client)
        target = await api.register("vendor", password="the right password")
        other = await api.register("vendor", password="the right password")
        await app.state.limiter.reset()
        phone = target["user"]["phone"]  # +91 and ten digits
        spellings = [phone, "0" + phone[3:], phone[3:], phone[1:], f"+91 {phone[3:8]} {phone[8:]}"]

        async def sign_in(address: str, written: str, password: str) -> httpx.Response:
            transport = httpx.ASGITransport(app=app, client=(address, 40000))
            async with httpx.AsyncClient(transport=transport, base_url="http://vyapar.test") as c:
                return await c.post(
                    "/api/auth/login", json={"phone": written, "password": password}
                )

        guesses = [
            await sign_in(f"198.51.100.{i}", spellings[i], f"guess number {i}") for i in range(5)
        ]
        assert [r.status_code for r in guesses] == [401] * 5
        refused = await sign_in("198.51.100.77", phone, "the right password")
        assert refused.status_code == 429, refused.text
        assert refused.json()["error"]["code"] == "rate_limited"
        assert "sign-in attempts for this account" in refused.json()["error"]["message"]
        assert 1 <= int(refused.headers["retry-after"]) <= 7200
        # Another account, from the same addresses, is not held back.
        ok = await sign_in("198.51.100.1", other["user"]["phone"], "the right password")
        assert ok.status_code == 200, ok.text
        await app.state.limiter.reset()
