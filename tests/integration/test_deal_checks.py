"""A deal is checked against the product when it closes, and tells each side only what
that side may know."""

from __future__ import annotations

from typing import Any

from tests.conftest import Api


async def withdraw(api: Api, market: dict[str, Any]) -> None:
    r = await api.client.patch(
        f"/api/products/{market['product']['id']}",
        json={"is_active": False},
        headers=api.auth(market["v"]),
    )
    assert r.status_code == 200, r.text


async def test_a_withdrawn_product_cannot_be_bought(api: Api, market: dict[str, Any]) -> None:
    pid = market["product"]["id"]
    by_customer = (await api.open(market["c"], pid, amount_paise=3500))["id"]
    by_vendor = (await api.open(market["c"], pid, amount_paise=3500))["id"]
    assert (await api.bid(market["v"], by_vendor, 3800)).status_code == 201
    talking = (await api.open(market["c"], pid, amount_paise=3500))["id"]
    await withdraw(api, market)
    for token, nid in ((market["v"], by_customer), (market["c"], by_vendor)):
        r = await api.accept(token, nid)
        assert r.status_code == 409, r.text
        error = r.json()["error"]
        assert error["code"] == "product_withdrawn"
        assert "off sale" in error["message"]
    r = await api.bid(market["v"], talking, 3900)
    assert r.status_code == 409, r.text
    assert r.json()["error"]["code"] == "product_withdrawn"
    # Nothing was sold and no stock was taken.
    assert (await api.get(market["v"], "/api/orders")).json() == []
    r = await api.get(market["v"], f"/api/vendors/{market['vendor']['user']['id']}/products")
    mine = [p for p in r.json() if p["id"] == pid]
    assert all(p["stock"] == 50 for p in mine)


async def test_a_product_back_on_sale_can_be_bought_again(api: Api, market: dict[str, Any]) -> None:
    pid = market["product"]["id"]
    nid = (await api.open(market["c"], pid, amount_paise=3500))["id"]
    await withdraw(api, market)
    assert (await api.accept(market["v"], nid)).status_code == 409
    r = await api.client.patch(
        f"/api/products/{pid}", json={"is_active": True}, headers=api.auth(market["v"])
    )
    assert r.status_code == 200, r.text
    r = await api.accept(market["v"], nid)
    assert r.status_code == 200, r.text


async def test_only_the_vendor_learns_a_deal_is_below_the_floor(
    api: Api, market: dict[str, Any]
) -> None:
    pid = market["product"]["id"]
    # The vendor counters below their floor (₹32) and the customer accepts.
    nid = (await api.open(market["c"], pid, amount_paise=2500))["id"]
    r = await api.bid(market["v"], nid, 3000, confirm_below_floor=True)
    assert r.status_code == 201, r.text
    r = await api.accept(market["c"], nid)
    assert r.status_code == 200, r.text
    assert r.json()["below_floor"] is None
    # The vendor accepting below the floor is told.
    nid = (await api.open(market["c"], pid, amount_paise=2500))["id"]
    r = await api.accept(market["v"], nid, confirm_below_floor=True)
    assert r.status_code == 200, r.text
    assert r.json()["below_floor"] is True
