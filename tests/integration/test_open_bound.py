"""One shopper cannot bury a stall in deals: at most `max_open_negotiations_per_stall`
open at one stall at once (409 `too_many_open`, in the shopper's words), counted under the
bids rate limit; a deal that ends frees its place. Nor can one address, making a guest per
scan of the stall's code: its new deals at one stall have their own window
(`rate_limit_stall_deals`), in memory and in real Redis."""

from __future__ import annotations

import httpx
import pytest

from server.settings import Settings
from tests.conftest import REDIS_URL, Api, make_settings, need, running_app


async def test_a_shopper_has_a_bounded_number_of_open_deals_per_stall(database_url: str) -> None:
    settings = make_settings(database_url, max_open_negotiations_per_stall=2)
    async with running_app(settings) as (_, client):
        api = Api(client)
        vendor = await api.register("vendor")
        product = await api.product(vendor["token"])
        other_vendor = await api.register("vendor", business_name="Next Stall")
        other_product = await api.product(other_vendor["token"])
        shopper = await api.register("customer")
        first = await api.open(shopper["token"], product["id"])
        await api.open(shopper["token"], product["id"], amount_paise=3000)
        r = await client.post(
            "/api/negotiations",
            json={"product_id": product["id"], "quantity": 1},
            headers=api.auth(shopper["token"]),
        )
        assert r.status_code == 409, r.text
        assert r.json()["error"]["code"] == "too_many_open"
        assert "2 deals open at this stall" in r.json()["error"]["message"]
        # Nothing was made: the vendor sees two.
        listed = (await api.get(vendor["token"], "/api/negotiations?role=vendor")).json()
        assert len(listed) == 2
        # Another stall, and another shopper here, are not affected.
        await api.open(shopper["token"], other_product["id"])
        await api.open((await api.register("customer"))["token"], product["id"])
        # A deal that ends frees its place.
        assert (await api.bid(shopper["token"], first["id"], 3500)).status_code == 201
        r = await api.accept(vendor["token"], first["id"])
        assert r.status_code in (200, 201), r.text
        await api.open(shopper["token"], product["id"])


async def test_opening_counts_under_the_bids_limit(database_url: str) -> None:
    settings = make_settings(
        database_url, rate_limit_bids="3/hour", max_open_negotiations_per_stall=0
    )
    async with running_app(settings) as (app, client):
        api = Api(client)
        vendor = await api.register("vendor")
        product = await api.product(vendor["token"])
        shopper = await api.register("customer")
        await app.state.limiter.reset()
        codes = [
            (
                await client.post(
                    "/api/negotiations",
                    json={"product_id": product["id"], "quantity": 1},
                    headers=api.auth(shopper["token"]),
                )
            ).status_code
            for _ in range(4)
        ]
        assert codes == [201, 201, 201, 429]


def _stall_window(database_url: str, backend: str, rate: str) -> Settings:
    """Settings with the stall's window of new deals at `rate`, kept in memory or Redis."""
    overrides: dict[str, object] = {"rate_limit_stall_deals": rate}
    if backend == "redis":
        overrides["redis_url"] = need(REDIS_URL, "Redis")
    return make_settings(database_url, **overrides)


@pytest.mark.parametrize("backend", ["memory", "redis"])
async def test_one_address_has_a_bounded_number_of_new_deals_per_stall(
    database_url: str, backend: str
) -> None:
    async with running_app(_stall_window(database_url, backend, "4/hour")) as (app, client):
        api = Api(client)
        vendor = await api.register("vendor")
        product = await api.product(vendor["token"])
        other_vendor = await api.register("vendor", business_name="Next Stall")
        other_product = await api.product(other_vendor["token"])
        r = await client.post("/api/qr", json={"kind": "stall"}, headers=api.auth(vendor["token"]))
        assert r.status_code == 201, r.text
        code = r.json()["token"]
        shopper = await api.register("customer")
        await app.state.limiter.reset()

        async def join() -> dict:
            r = await client.post(
                f"/api/qr/{code}/join", json={"language": "ta", "product_id": product["id"]}
            )
            return {"status": r.status_code, **r.json()}

        # A fresh guest per scan, each under the per-shopper bound: the address is not.
        joined = [await join() for _ in range(3)]
        assert [j["status"] for j in joined] == [200] * 3
        assert len({j["user"]["id"] for j in joined}) == 3
        await api.open(shopper["token"], product["id"], amount_paise=3000)
        refused = await join()
        assert refused["status"] == 429
        assert refused["error"]["code"] == "rate_limited"
        assert "new deals from your network" in refused["error"]["message"]
        assert refused["error"]["retry_after"] >= 1
        r = await client.post(
            "/api/negotiations",
            json={"product_id": product["id"], "quantity": 1},
            headers=api.auth(shopper["token"]),
        )
        assert r.status_code == 429, r.text
        # Nothing was made by the refused ones: the vendor sees four deals.
        listed = (await api.get(vendor["token"], "/api/negotiations?role=vendor")).json()
        assert len(listed) == 4
        # A scan that opens no deal still joins, and another stall is not affected.
        r = await client.post(f"/api/qr/{code}/join", json={"language": "ta"})
        assert r.status_code == 200, r.text
        await api.open(shopper["token"], other_product["id"])


@pytest.mark.parametrize("backend", ["memory", "redis"])
async def test_phones_behind_one_address_are_counted_apart(database_url: str, backend: str) -> None:
    # A market's Wi-Fi: many phones, one address. Each phone (its device cookie, given by
    # the shopper page) has the stall's window to itself; the address has five phones'
    # worth, which still bounds a client that makes up cookies.
    async with running_app(_stall_window(database_url, backend, "2/hour")) as (app, client):
        api = Api(client)
        vendor = await api.register("vendor")
        product = await api.product(vendor["token"])
        r = await client.post("/api/qr", json={"kind": "stall"}, headers=api.auth(vendor["token"]))
        code = r.json()["token"]
        await app.state.limiter.reset()
        page = await client.get(f"/s/{code}")
        assert page.status_code == 200
        given = page.cookies.get("vyapar_device")
        assert given and len(given) >= 16
        assert "httponly" in page.headers["set-cookie"].lower()
        again = await client.get(f"/s/{code}")  # the phone keeps its name
        assert "set-cookie" not in again.headers
        client.cookies.clear()

        async def join(device: str | None) -> httpx.Response:
            cookies = {"Cookie": f"vyapar_device={device}"} if device else {}
            return await client.post(
                f"/api/qr/{code}/join",
                json={"language": "hi", "product_id": product["id"]},
                headers=cookies,
            )

        phones = [f"phone-{n:02d}-abcdefghijkl" for n in range(6)]
        # Two deals each for five phones: ten, five times the plain window.
        codes = [(await join(phone)).status_code for phone in phones[:5] for _ in range(2)]
        assert codes == [200] * 10
        # One phone's third is its own window's refusal, worded as the stall being busy
        # from the network (not the shopper's tries), with when to come back.
        refused = await join(phones[0])
        assert refused.status_code == 429
        error = refused.json()["error"]
        assert error["detail"] == {"limit": "stall_deals"}
        assert "very busy" in error["message"]
        assert int(refused.headers["Retry-After"]) >= 1
        # The address's window is full too: a sixth phone waits, as would made-up ones.
        assert (await join(phones[5])).status_code == 429


def test_the_bounds_are_on_by_default() -> None:
    settings = Settings()
    assert settings.max_open_negotiations_per_stall == 5
    assert settings.rate_limit_stall_deals == "30/10 minutes"
