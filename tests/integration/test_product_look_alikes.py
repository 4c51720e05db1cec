"""One stall cannot list two products whose names look the same: 409 `name_taken`, on
adding and on renaming; other stalls, other languages and withdrawn products are apart."""

from __future__ import annotations

import httpx

from tests.conftest import Api


async def _add(api: Api, token: str, en: str, **more: object) -> httpx.Response:
    body = {
        "names": {"en": en, **more.pop("names", {})},  # type: ignore[dict-item]
        "unit": "kg",
        "list_price_paise": 4000,
        "floor_price_paise": 3000,
        "stock": 10,
        **more,
    }
    return await api.client.post("/api/products", json=body, headers=api.auth(token))


async def _edit(api: Api, token: str, product_id: int, body: dict[str, object]) -> httpx.Response:
    return await api.client.patch(f"/api/products/{product_id}", json=body, headers=api.auth(token))


async def test_look_alike_product_names_are_refused(api: Api) -> None:
    vendor = (await api.register("vendor"))["token"]
    first = await _add(api, vendor, "Sweet Potato")
    assert first.status_code == 201, first.text
    for twin in (
        "sweet potato",
        "  Sweet   Potato ",
        "Sweet\u00a0Potato",
        "Sw\u0435et P\u043etato",  # Cyrillic е and о
        "Sweet Pot\u03b1to",  # Greek alpha
    ):
        r = await _add(api, vendor, twin)
        assert r.status_code == 409, (twin, r.text)
        error = r.json()["error"]
        assert error["code"] == "name_taken"
        assert "'Sweet Potato'" in error["message"]
    # A joiner between Latin letters is refused outright, as a hidden character.
    r = await _add(api, vendor, "Sweet Pot\u200dato")
    assert r.status_code == 422, r.text
    # Composed on the way in: a decomposed accent is stored as the composed one, and
    # then its twin is refused.
    r = await _add(api, vendor, "Cafe\u0301 Mocha")
    assert r.status_code == 201, r.text
    assert r.json()["names"]["en"] == "Café Mocha"
    assert (await _add(api, vendor, "Café Mocha")).status_code == 409
    # Names that look different, another language's name, another stall: all fine.
    assert (await _add(api, vendor, "Sweet Potatoes")).status_code == 201
    hindi = await _add(api, vendor, "Yam", names={"hi": "शकरकंद"})
    assert hindi.status_code == 201, hindi.text
    twin_hi = await _add(api, vendor, "Yam root", names={"hi": "शकर\u200dकंद"})
    assert twin_hi.status_code == 409, twin_hi.text  # the joiner kept, the word the same
    other = (await api.register("vendor", business_name="Next Stall"))["token"]
    assert (await _add(api, other, "Sweet Potato")).status_code == 201
    # Renaming into a twin is refused; a withdrawn product's name is free again.
    second = (await _add(api, vendor, "Okra")).json()
    r = await _edit(api, vendor, second["id"], {"names": {"en": "SWEET POTATO"}})
    assert r.status_code == 409, r.text
    r = await _edit(api, vendor, first.json()["id"], {"is_active": False})
    assert r.status_code == 200, r.text
    r = await _edit(api, vendor, second["id"], {"names": {"en": "SWEET POTATO"}})
    assert r.status_code == 200, r.text
    # ... and putting the withdrawn one back on sale would make two: refused.
    r = await _edit(api, vendor, first.json()["id"], {"is_active": True})
    assert r.status_code == 409, r.text


async def test_names_shown_alike_to_some_reader_are_refused(api: Api) -> None:
    """The same word under another language's key, or a name that a reader is shown
    transliterated into what another product is called: the rows would read the same."""
    vendor = (await api.register("vendor"))["token"]

    async def add(names: dict[str, str]) -> httpx.Response:
        body = {"names": names, "unit": "kg", "list_price_paise": 4000, "stock": 10}
        return await api.client.post("/api/products", json=body, headers=api.auth(vendor))

    first = await add({"hi": "टमाटर"})
    assert first.status_code == 201, first.text
    twin = await add({"mr": "टमाटर"})  # one script: every reader is shown one word
    assert twin.status_code == 409, twin.text
    error = twin.json()["error"]
    assert error["code"] == "name_taken"
    assert "'टमाटर'" in error["message"]
    # A Hindi reader of a Marathi name written with a joiner sees the same word too.
    assert (await add({"mr": "टमा\u200dटर"})).status_code == 409
    # "Tamaatar" is what an English reader is shown of टमाटर.
    latin = await add({"en": "Tamaatar"})
    assert latin.status_code == 409, latin.text
    assert "'tamaatar'" in latin.json()["error"]["message"]
    # Names that read differently in every language are fine: "Tomato" is तोमतो in
    # Devanagari, and टमाटर is "tamaatar" in Latin letters.
    tomato = await add({"en": "Tomato"})
    assert tomato.status_code == 201, tomato.text
    assert (await add({"mr": "कांदा"})).status_code == 201
    # Accents do not tell names apart once a reader of an Indian script sees them.
    assert (await add({"en": "Café"})).status_code == 201
    assert (await add({"en": "Cafe"})).status_code == 409
    # Renaming into such a twin is refused too, and so is putting one back on sale.
    onion = (await add({"en": "Onion"})).json()
    r = await api.client.patch(
        f"/api/products/{onion['id']}", json={"names": {"mr": "टमाटर"}}, headers=api.auth(vendor)
    )
    assert r.status_code == 409, r.text
    assert r.json()["error"]["code"] == "name_taken"
    r = await api.client.patch(
        f"/api/products/{first.json()['id']}", json={"is_active": False}, headers=api.auth(vendor)
    )
    assert r.status_code == 200, r.text
    r = await api.client.patch(
        f"/api/products/{onion['id']}", json={"names": {"mr": "टमाटर"}}, headers=api.auth(vendor)
    )
    assert r.status_code == 200, r.text
    r = await api.client.patch(
        f"/api/products/{first.json()['id']}", json={"is_active": True}, headers=api.auth(vendor)
    )
    assert r.status_code == 409, r.text
    # Another stall may use the name.
    other = (await api.register("vendor", business_name="Next Stall"))["token"]
    body = {"names": {"mr": "टमाटर"}, "unit": "kg", "list_price_paise": 4000, "stock": 10}
    r = await api.client.post("/api/products", json=body, headers=api.auth(other))
    assert r.status_code == 201, r.text
