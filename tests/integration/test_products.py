from __future__ import annotations

from tests.conftest import Api


async def test_vendor_catalogue(api: Api, market: dict) -> None:
    vendor_id = market["vendor"]["user"]["id"]
    product = market["product"]
    assert product["floor_price_paise"] == 3200
    # The public sees no floor price; the owner does.
    public = await api.client.get(f"/api/vendors/{vendor_id}/products")
    assert public.status_code == 200
    [shown] = public.json()
    assert shown["names"]["hi"] == "टमाटर"
    assert shown["floor_price_paise"] is None
    own = await api.get(market["v"], f"/api/vendors/{vendor_id}/products")
    assert own.json()[0]["floor_price_paise"] == 3200


async def test_the_products_of_an_id_that_is_no_vendor_are_not_found(
    api: Api, market: dict
) -> None:
    """Not `200 []`, which reads as a real stall selling nothing: an unknown id, or a
    shopper's, is a 404 (a closed stall's empty list is another matter)."""
    for who in (987654321, market["customer"]["user"]["id"]):
        r = await api.client.get(f"/api/vendors/{who}/products")
        assert r.status_code == 404, r.text
        assert r.json()["error"]["code"] == "not_found"


async def test_patch_product(api: Api, market: dict) -> None:
    pid = market["product"]["id"]
    r = await api.client.patch(
        f"/api/products/{pid}",
        headers=api.auth(market["v"]),
        json={"stock": 7, "expected_stock": 50, "names": {"en": "Tomato", "ta": "தக்காளி"}},
    )
    assert r.status_code == 200
    assert r.json()["stock"] == 7
    assert r.json()["names"]["ta"] == "தக்காளி"
    # Floor above list is refused with a sentence, and nothing changes.
    r = await api.client.patch(
        f"/api/products/{pid}", headers=api.auth(market["v"]), json={"floor_price_paise": 5000}
    )
    assert r.status_code == 422
    assert "floor price" in r.json()["error"]["message"]
    # Another vendor cannot touch it.
    other = await api.register("vendor")
    r = await api.client.patch(
        f"/api/products/{pid}", headers=api.auth(other["token"]), json={"stock": 0}
    )
    assert r.status_code == 403
    r = await api.client.patch(
        "/api/products/99999", headers=api.auth(market["v"]), json={"stock": 0}
    )
    assert r.status_code == 404
    listed = await api.get(market["v"], f"/api/vendors/{market['vendor']['user']['id']}/products")
    assert listed.json()[0]["stock"] == 7


async def test_product_validation(api: Api, market: dict) -> None:
    for bad in (
        {"names": {"en": "X"}, "list_price_paise": 0},
        {"names": {"en": "X"}, "list_price_paise": 40.5},
        {"names": {"en": "X"}, "list_price_paise": "4000"},
        {"names": {}, "list_price_paise": 100},
        {"names": {"en": "X"}, "list_price_paise": 100, "stock": -1},
        {"names": {"en": "X"}, "list_price_paise": 100, "unexpected": 1},
    ):
        r = await api.client.post("/api/products", json=bad, headers=api.auth(market["v"]))
        assert r.status_code == 422, (bad, r.text)
