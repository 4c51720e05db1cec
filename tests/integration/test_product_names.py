"""Product names: one per supported language, each showing something."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Api


@pytest.mark.parametrize(
    "names",
    [{"zz": "foo"}, {"en": "Okra", "xx": "y"}, {"mr": "\ufeff\u202e"}, {"hi": "\u0900" * 3}],
)
async def test_names_in_unsupported_languages_or_showing_nothing_are_refused(
    api: Api, market: dict[str, Any], names: dict[str, str]
) -> None:
    v = api.auth(market["v"])
    r = await api.client.post(
        "/api/products", json={"names": names, "list_price_paise": 100}, headers=v
    )
    assert r.status_code == 422, r.text
    assert r.json()["error"]["message"]
    r = await api.client.patch(
        f"/api/products/{market['product']['id']}", json={"names": names}, headers=v
    )
    assert r.status_code == 422, r.text


async def test_the_stall_shows_every_name_in_the_readers_script(
    api: Api, market: dict[str, Any]
) -> None:
    v = api.auth(market["v"])
    await api.product(market["v"], names={"hi": "क्\u200dष टमाटर\u200d"})
    await api.product(market["v"], names={"ur": "ٹماٹر"})
    token = (await api.client.post("/api/qr", json={}, headers=v)).json()["token"]
    for language in ("en", "ta", "gu", "or", "ur", "pa"):
        r = await api.client.get(f"/api/qr/{token}/stall?language={language}")
        assert r.status_code == 200, r.text
        shown = [p["name"] for p in r.json()["products"]]
        assert len(shown) == 3
        assert all(name.strip() and "{" not in name for name in shown), (language, shown)
    r = await api.client.get(f"/api/qr/{token}/stall?language=en")
    assert [p["name"] for p in r.json()["products"]][1] == "ksha tamaatar"
