"""Lists come in pages, on SQLite and on PostgreSQL: a vendor's products, the stall's
products, orders, negotiations, the console's orders and a negotiation's bids. Following
`Link: rel="next"` reaches every row exactly once."""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest

from server.domain import catalog
from tests.conftest import Api

NEXT = re.compile(r'<([^>]+)>; rel="next"')


async def all_pages(api: Api, token: str | None, path: str) -> list[list[dict[str, Any]]]:
    pages: list[list[dict[str, Any]]] = []
    url: str | None = path
    while url is not None:
        r = await api.client.get(url, headers=api.auth(token) if token else {})
        assert r.status_code == 200, r.text
        pages.append(r.json())
        found = NEXT.match(r.headers.get("link", ""))
        url = found.group(1) if found else None
        assert len(pages) < 50
    return pages


async def test_vendor_products_page(api: Api, market: dict[str, Any]) -> None:
    vendor = market["vendor"]["user"]["id"]
    ids = [market["product"]["id"]]
    for i in range(6):
        ids.append((await api.product(market["v"], names={"en": f"Item {i}"}))["id"])
    await api.client.patch(
        f"/api/products/{ids[2]}", json={"is_active": False}, headers=api.auth(market["v"])
    )

    pages = await all_pages(api, market["v"], f"/api/vendors/{vendor}/products?limit=3")
    assert [len(p) for p in pages] == [3, 3, 1]
    assert [p["id"] for page in pages for p in page] == ids  # the owner sees inactive ones
    # A shopper sees the active ones, without floor prices.
    pages = await all_pages(api, None, f"/api/vendors/{vendor}/products?limit=2")
    seen = [p for page in pages for p in page]
    assert [p["id"] for p in seen] == [i for i in ids if i != ids[2]]
    assert all(p["floor_price_paise"] is None for p in seen)
    # offset and the cursor.
    r = await api.client.get(f"/api/vendors/{vendor}/products?limit=2&offset=4")
    assert [p["id"] for p in r.json()] == ids[5:7]
    r = await api.client.get(f"/api/vendors/{vendor}/products?after={ids[4]}")
    assert [p["id"] for p in r.json()] == ids[5:]
    assert "link" not in r.headers
    for bad in ("limit=0", "limit=501", "offset=-1", "after=0", f"after={2**63}"):
        r = await api.client.get(f"/api/vendors/{vendor}/products?{bad}")
        assert r.status_code == 422, bad


async def test_stall_products_page(api: Api, market: dict[str, Any]) -> None:
    for i in range(4):
        await api.product(market["v"], names={"en": f"Item {i}"})
    await api.product(market["v"], names={"en": "Sold out"}, stock=0)
    qr = (
        await api.client.post("/api/qr", json={"kind": "stall"}, headers=api.auth(market["v"]))
    ).json()
    url = f"/api/qr/{qr['token']}/stall?language=en&limit=2"
    names: list[str] = []
    after = None
    for _ in range(5):
        r = await api.client.get(url + (f"&after={after}" if after else ""))
        assert r.status_code == 200, r.text
        stall = r.json()
        names += [p["name"] for p in stall["products"]]
        after = stall["next_after"]
        if after is None:
            break
    assert names == ["Tomato", "Item 0", "Item 1", "Item 2", "Item 3"]  # in stock only


async def test_stall_products_are_searched_by_any_name_a_page_at_a_time(
    api: Api, market: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(catalog, "_SEARCH_CHUNK", 2)  # the search reads several chunks
    for i in range(5):
        await api.product(market["v"], names={"en": f"Basket {i}", "hi": f"टोकरी {i}"})
    await api.product(market["v"], names={"en": "Jalapeño Pickle", "ta": "ஊறுகாய்"})
    await api.product(market["v"], names={"en": "Basket sold out"}, stock=0)
    qr = (
        await api.client.post("/api/qr", json={"kind": "stall"}, headers=api.auth(market["v"]))
    ).json()
    url = f"/api/qr/{qr['token']}/stall?language=hi&limit=2"

    async def found(q: str) -> list[str]:
        names: list[str] = []
        after = None
        for _ in range(6):
            r = await api.client.get(url, params={"q": q, **({"after": after} if after else {})})
            assert r.status_code == 200, r.text
            names += [p["names"]["en"] for p in r.json()["products"]]
            after = r.json()["next_after"]
            if after is None:
                return names
        raise AssertionError("the pages never ended")

    baskets = [f"Basket {i}" for i in range(5)]  # in stock only
    assert await found("टोकरी") == baskets  # a Hindi name
    assert await found("  BASKET ") == baskets  # the English one, any case and spacing
    assert await found("jalapeno") == ["Jalapeño Pickle"]  # the accent not typed
    assert await found("ஊறு") == ["Jalapeño Pickle"]  # a name in a language not the reader's
    assert await found("टोकरी 3") == ["Basket 3"]
    assert await found("nothing like it") == []
    assert await found("   ") == ["Tomato", *baskets, "Jalapeño Pickle"]  # blank: all of them
    r = await api.client.get(url, params={"q": "x" * 101})
    assert r.status_code == 422, r.text


async def deal(api: Api, market: dict[str, Any]) -> dict[str, Any]:
    n = await api.open(market["c"], market["product"]["id"], amount_paise=3500)
    r = await api.accept(market["v"], n["id"])
    assert r.status_code == 200, r.text
    order: dict[str, Any] = r.json()["order"]
    return order


async def test_orders_page(api: Api, market: dict[str, Any]) -> None:
    ids = [(await deal(api, market))["id"] for _ in range(5)]
    newest_first = ids[::-1]
    for token in (market["c"], market["v"]):
        pages = await all_pages(api, token, "/api/orders?limit=2")
        assert [len(p) for p in pages] == [2, 2, 1]
        assert [o["id"] for page in pages for o in page] == newest_first
    r = await api.get(market["c"], "/api/orders?limit=2&offset=2")
    assert [o["id"] for o in r.json()] == newest_first[2:4]
    r = await api.get(market["c"], f"/api/orders?before={ids[2]}")
    assert [o["id"] for o in r.json()] == [ids[1], ids[0]]
    r = await api.get(market["c"], "/api/orders?role=vendor")
    assert r.json() == []  # the customer sold nothing
    r = await api.get(market["v"], "/api/orders?role=vendor&limit=500")
    assert [o["id"] for o in r.json()] == newest_first
    assert (await api.get(market["c"], "/api/orders?limit=501")).status_code == 422

    pages = await all_pages(api, market["v"], "/api/console/orders?limit=2")
    assert [c["order"]["id"] for page in pages for c in page] == newest_first


async def test_negotiations_page(api: Api, market: dict[str, Any]) -> None:
    ids = [(await api.open(market["c"], market["product"]["id"]))["id"] for _ in range(3)]
    pages = await all_pages(api, market["c"], "/api/negotiations?limit=2")
    assert [n["id"] for page in pages for n in page] == ids[::-1]


async def test_negotiations_by_activity(api: Api, market: dict[str, Any]) -> None:
    """`order=activity`: a customer back with an offer on an old negotiation is on the
    first page, however many were opened since; the pages reach each one once."""
    customers = [await api.register("customer") for _ in range(5)]
    ids = [(await api.open(c["token"], market["product"]["id"]))["id"] for c in customers]
    r = await api.bid(customers[0]["token"], ids[0], 3100)  # the oldest comes back
    assert r.status_code == 201, r.text
    r = await api.bid(customers[2]["token"], ids[2], 3200)
    assert r.status_code == 201, r.text
    expected = [ids[2], ids[0], ids[4], ids[3], ids[1]]
    for who in ("vendor", None):
        role = f"&role={who}" if who else ""
        pages = await all_pages(api, market["v"], f"/api/negotiations?order=activity&limit=2{role}")
        assert [len(p) for p in pages] == [2, 2, 1]
        assert [n["id"] for page in pages for n in page] == expected
    first = (await api.get(market["v"], "/api/negotiations?order=activity&limit=1")).json()
    assert [n["id"] for n in first] == [ids[2]]
    # By creation, as before.
    newest = (await api.get(market["v"], "/api/negotiations?role=vendor&limit=5")).json()
    assert [n["id"] for n in newest] == ids[::-1]
    for bad in ("order=oldest", "order=activity&active_before=0", f"active_before={2**63}"):
        r = await api.get(market["v"], f"/api/negotiations?{bad}")
        assert r.status_code == 422, bad
    # A cursor past any time there is: every negotiation was active before it.
    r = await api.get(market["v"], f"/api/negotiations?order=activity&active_before={2**62}")
    assert [n["id"] for n in r.json()] == expected


async def test_active_negotiations_by_activity(api: Api, market: dict[str, Any]) -> None:
    """`state=active`: only the deals not yet settled, in every page of the `next` link
    (the console counts the open deals below its newest cards this way)."""
    customers = [await api.register("customer") for _ in range(4)]
    ids = [
        (await api.open(c["token"], market["product"]["id"], amount_paise=3600))["id"]
        for c in customers
    ]
    r = await api.accept(market["v"], ids[1])  # ACCEPTED: still to be paid, still active
    assert r.status_code == 200, r.text
    r = await api.client.post(
        f"/api/negotiations/{ids[2]}/reject", headers=api.auth(customers[2]["token"])
    )
    assert r.status_code == 200, r.text
    pages = await all_pages(
        api, market["v"], "/api/negotiations?role=vendor&order=activity&state=active&limit=1"
    )
    assert [n["id"] for page in pages for n in page] == [ids[1], ids[3], ids[0]]
    r = await api.get(market["v"], "/api/negotiations?role=vendor&state=REJECTED")
    assert [n["id"] for n in r.json()] == [ids[2]]
    r = await api.get(market["v"], "/api/negotiations?state=open")
    assert r.status_code == 422


async def test_a_cursor_a_list_does_not_page_with_is_refused_naming_it(
    api: Api, market: dict[str, Any]
) -> None:
    """A cursor or offset a list does not take is a 422 naming it, never ignored: the
    first page served again would read as the next one, and a client paging with it
    would loop for ever."""
    ids = [(await api.open(market["c"], market["product"]["id"]))["id"] for _ in range(3)]
    vendor = market["vendor"]["user"]["id"]
    qr = (
        await api.client.post("/api/qr", json={"kind": "stall"}, headers=api.auth(market["v"]))
    ).json()

    async def refused(path: str, name: str, token: str | None = market["v"]) -> str:
        r = await api.client.get(path, headers=api.auth(token) if token else {})
        assert r.status_code == 422, (path, r.text)
        [field] = r.json()["error"]["fields"]
        assert field["field"] == f"query.{name}", (path, field)
        return str(field["message"])

    # By activity, an id alone is no place to page from: its place moves with each offer.
    why = await refused(f"/api/negotiations?order=activity&limit=2&before={ids[1]}", "before")
    assert "active_before" in why
    await refused("/api/negotiations?order=newest&active_before=1", "active_before")
    await refused("/api/negotiations?active_before=1", "active_before")
    await refused("/api/negotiations?offset=2", "offset")
    await refused("/api/negotiations?after=2", "after")
    assert "`before`" in await refused("/api/orders?after=3", "after")
    await refused(f"/api/vendors/{vendor}/products?before=3", "before", None)
    await refused(f"/api/vendors/{vendor}/products?order=activity", "order", None)
    await refused("/api/console/orders?offset=2", "offset")
    await refused(f"/api/negotiations/{ids[0]}/bids?after=1", "after")
    await refused(f"/api/qr/{qr['token']}/stall?offset=2", "offset", None)
    await refused(f"/api/qr/{qr['token']}/stall?before=2", "before", None)
    # What each list does take still works, and other query names are not paging's.
    r = await api.get(market["v"], f"/api/negotiations?order=newest&before={ids[2]}&limit=1")
    assert [n["id"] for n in r.json()] == [ids[1]]
    r = await api.get(market["v"], "/api/orders?offset=0&_=123")
    assert r.status_code == 200, r.text


async def test_bids_page(api: Api, market: dict[str, Any], client: httpx.AsyncClient) -> None:
    nid = (await api.open(market["c"], market["product"]["id"]))["id"]
    amounts = []
    for i in range(7):
        customer = i % 2 == 0
        amount = 3300 + i * 50
        r = await api.bid(market["c"] if customer else market["v"], nid, amount)
        assert r.status_code == 201, r.text
        amounts.append(amount)

    r = await api.get(market["v"], f"/api/negotiations/{nid}?bids=3")
    read = r.json()
    assert read["bid_count"] == 7
    assert [b["amount_paise"] for b in read["bids"]] == amounts[-3:]
    assert read["hint"]["bid_seq"] == read["bids"][-1]["seq"]  # the latest is the customer's
    # The hint weighs the whole history, however few bids are shown.
    bare = (await api.get(market["v"], f"/api/negotiations/{nid}?bids=0")).json()
    assert bare["bids"] == []
    assert bare["hint"] == read["hint"]
    # The default read is bounded too, and older bids are a page away.
    read = (await api.get(market["c"], f"/api/negotiations/{nid}")).json()
    assert [b["amount_paise"] for b in read["bids"]] == amounts  # 7 < the default 50
    first = (await api.get(market["c"], f"/api/negotiations/{nid}?bids=3")).json()["bids"][0]
    pages = await all_pages(
        api, market["c"], f"/api/negotiations/{nid}/bids?limit=3&before={first['seq']}"
    )
    assert [[b["amount_paise"] for b in page] for page in pages] == [amounts[1:4], amounts[:1]]
    r = await api.get(market["c"], f"/api/negotiations/{nid}/bids")
    assert [b["amount_paise"] for b in r.json()] == amounts
    assert (await api.get(market["c"], f"/api/negotiations/{nid}?bids=501")).status_code == 422
    # Cursors share one range, ids and seqs alike: 1 ... 2**63 - 1.
    for path in ("/api/negotiations", f"/api/negotiations/{nid}/bids"):
        r = await api.get(market["c"], f"{path}?before={2**63 - 1}")
        assert r.status_code == 200, (path, r.text)
        assert len(r.json()) == (7 if path.endswith("bids") else 1)
        for bad in (0, 2**63):
            r = await api.get(market["c"], f"{path}?before={bad}")
            assert r.status_code == 422, (path, bad, r.text)
    r = await api.get(market["c"], f"/api/negotiations/{nid}/bids?before={2**31}")
    assert [b["amount_paise"] for b in r.json()] == amounts
    # Only the parties see them.
    stranger = await api.register("customer")
    r = await api.get(stranger["token"], f"/api/negotiations/{nid}/bids")
    assert r.status_code == 403
