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


DIRECTION_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"


async def test_names_and_units_with_a_direction_control_are_refused(
    api: Api, market: dict[str, Any]
) -> None:
    """A right-to-left override makes "Tomato\u202eotamot" show as something else; every
    embedding, override, isolate and stray direction mark is refused, naming it."""
    v = api.auth(market["v"])
    pid = market["product"]["id"]
    for c in DIRECTION_CONTROLS:
        code = f"U+{ord(c):04X}"
        for names in ({"en": f"Tomato{c}otamot"}, {"hi": f"टमाटर{c}"}):
            r = await api.client.post(
                "/api/products", json={"names": names, "list_price_paise": 100}, headers=v
            )
            assert r.status_code == 422, (code, r.text)
            assert code in r.json()["error"]["message"], r.text
            assert "text-direction" in r.json()["error"]["message"]
            r = await api.client.patch(f"/api/products/{pid}", json={"names": names}, headers=v)
            assert r.status_code == 422, (code, r.text)
        body = {"names": {"en": "Okra"}, "unit": f"k{c}g", "list_price_paise": 100}
        r = await api.client.post("/api/products", json=body, headers=v)
        assert r.status_code == 422 and code in r.json()["error"]["message"], r.text
        r = await api.client.patch(f"/api/products/{pid}", json={"unit": f"k{c}g"}, headers=v)
        assert r.status_code == 422 and code in r.json()["error"]["message"], r.text
    # Nothing was changed by the refused edits.
    r = await api.client.get(f"/api/vendors/{market['vendor']['user']['id']}/products", headers=v)
    assert r.status_code == 200, r.text
    (kept,) = [p for p in r.json() if p["id"] == pid]
    assert (kept["names"], kept["unit"]) == (market["product"]["names"], market["product"]["unit"])


async def test_indic_names_keep_their_joiners(api: Api, market: dict[str, Any]) -> None:
    """ZWJ and ZWNJ (U+200D, U+200C) choose a conjunct's or a chillu's form in Indic
    scripts: names and units that use them are kept as written."""
    names = {
        "hi": "क्\u200dष टमाटर",  # ZWJ: the half form of क
        "mr": "क्\u200cष",  # ZWNJ: क with a visible virama
        "ml": "പയര്\u200d",  # ZWJ: the chillu ർ, written the older way
        "ta": "ஸ்ரீ",
    }
    unit = "गड्\u200cडी"
    product = await api.product(market["v"], names=names, unit=unit)
    assert product["names"] == names and product["unit"] == unit
    r = await api.client.patch(
        f"/api/products/{product['id']}",
        json={"names": {**names, "ml": "വെണ്ട\u200cക്ക"}},
        headers=api.auth(market["v"]),
    )
    assert r.status_code == 200, r.text
    assert r.json()["names"]["ml"] == "വെണ്ട\u200cക്ക"


async def test_accented_latin_names_are_shown_whole_in_other_scripts(
    api: Api, market: dict[str, Any]
) -> None:
    """ "Café" to a Hindi reader is कफ़े, not कफ़् and a stray Latin é after the virama."""
    v = api.auth(market["v"])
    for name in ("Café", "Jalapeño", "Crème brûlée"):
        await api.product(market["v"], names={"en": name})
    token = (await api.client.post("/api/qr", json={}, headers=v)).json()["token"]
    for language, cafe in (("hi", "कफ़े"), ("ta", "கஃபே"), ("gu", "કફ઼ે")):
        r = await api.client.get(f"/api/qr/{token}/stall?language={language}")
        assert r.status_code == 200, r.text
        shown = {p["names"]["en"]: p["name"] for p in r.json()["products"]}
        assert shown["Café"] == cafe, (language, shown)
        for written in ("Café", "Jalapeño", "Crème brûlée"):
            name = shown[written]
            assert not any("a" <= c.lower() <= "z" or c in "éñèû" for c in name), (language, name)
    r = await api.client.get(f"/api/qr/{token}/stall?language=en")
    assert {p["name"] for p in r.json()["products"]} >= {"Café", "Jalapeño", "Crème brûlée"}
