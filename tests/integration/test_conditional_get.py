"""The API's JSON reads carry a weak ETag and answer 304 with no body when the client
holds it (a console poll that finds nothing new costs a few hundred bytes, not the whole
list); reads of 1 KB and more go gzipped to clients that take it; writes are untouched."""

from __future__ import annotations

import gzip

import httpx

from tests.conftest import Api


async def test_an_unchanged_list_answers_304_and_a_changed_one_200(api: Api) -> None:
    vendor = await api.register("vendor", business_name="Kaveri Stores")
    for n in range(3):
        await api.product(vendor["token"], names={"en": f"Rice {n}"})
    url = f"/api/vendors/{vendor['user']['id']}/products"
    mine = {**api.auth(vendor["token"]), "Accept-Encoding": "identity"}
    first = await api.client.get(url, headers=mine)
    assert first.status_code == 200
    tag = first.headers["etag"]
    assert tag.startswith('W/"') and tag.endswith('"')
    assert first.headers["cache-control"] == "private, no-cache"
    assert "Authorization" in first.headers["vary"]
    again = await api.client.get(url, headers={**mine, "If-None-Match": tag})
    assert again.status_code == 304 and again.content == b""
    assert again.headers["etag"] == tag and "content-type" not in again.headers
    # Among other tags, still recognised; a changed list is a 200 with a new tag.
    listed = f'W/"0000", {tag}'
    assert (await api.client.get(url, headers={**mine, "If-None-Match": listed})).status_code == 304
    await api.product(vendor["token"], names={"en": "Rice 9"})
    changed = await api.client.get(url, headers={**mine, "If-None-Match": tag})
    assert changed.status_code == 200 and changed.headers["etag"] != tag
    assert len(changed.json()) == len(first.json()) + 1


async def test_writes_errors_and_pages_get_no_etag(api: Api, client: httpx.AsyncClient) -> None:
    vendor = await api.register("vendor")
    created = await client.post(
        "/api/products",
        json={
            "names": {"en": "Dal"},
            "unit": "kg",
            "list_price_paise": 12000,
            "floor_price_paise": 11000,
            "stock": 9,
        },
        headers=api.auth(vendor["token"]),
    )
    assert created.status_code == 201 and "etag" not in created.headers
    missing = await client.get("/api/orders/999999", headers=api.auth(vendor["token"]))
    assert missing.status_code == 404 and "etag" not in missing.headers


async def test_reads_of_a_kilobyte_and_more_go_gzipped(api: Api, client: httpx.AsyncClient) -> None:
    strings = await client.get("/static/i18n.json", headers={"Accept-Encoding": "gzip"})
    assert strings.status_code == 200 and strings.headers["content-encoding"] == "gzip"
    vendor = await api.register("vendor")
    url = f"/api/vendors/{vendor['user']['id']}/products"
    for n in range(12):
        await api.product(vendor["token"], names={"en": f"Jaggery {n}", "hi": f"गुड़ {n}"})
    raw = await client.get(
        url,
        headers={**api.auth(vendor["token"]), "Accept-Encoding": "gzip"},
    )
    assert raw.headers["content-encoding"] == "gzip"
    assert len(raw.json()) == 12  # httpx undid the gzip
    plain = await client.get(
        url,
        headers={**api.auth(vendor["token"]), "Accept-Encoding": "identity"},
    )
    assert "content-encoding" not in plain.headers
    assert plain.headers["etag"] == raw.headers["etag"]  # one answer, either encoding
    # A write is never compressed, however large.
    made = await client.post(
        "/api/products",
        json={
            "names": {"en": "Jaggery " + "x" * 40, "hi": "गुड़ " * 20},
            "unit": "kg",
            "list_price_paise": 9000,
            "floor_price_paise": 8000,
            "stock": 1,
        },
        headers={**api.auth(vendor["token"]), "Accept-Encoding": "gzip"},
    )
    assert made.status_code == 201 and "content-encoding" not in made.headers
    assert gzip  # (the module is what httpx decoded with)
