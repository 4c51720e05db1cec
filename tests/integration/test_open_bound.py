"""One shopper cannot bury a stall in deals: at most `max_open_negotiations_per_stall`
open at one stall at once (409 `too_many_open`, in the shopper's words), counted under the
bids rate limit; a deal that ends frees its place."""

from __future__ import annotations

from tests.conftest import Api, make_settings, running_app


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


def test_the_bound_is_on_by_default() -> None:
    from server.settings import Settings

    assert Settings().max_open_negotiations_per_stall == 5
