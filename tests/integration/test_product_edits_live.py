"""A vendor's edit of a product reaches its open deals: a new list price, a rename and a
withdrawal each give both sides' sockets in the room of every open negotiation of the
product a `product` event (never the floor price), the room's own copy of the product
follows in every process (the words relayed after a rename name the goods by their new
name), a reconnect's snapshot holds the product as it is, and a room bus that hangs
during the edit never fails the edit: the room resyncs."""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator
from typing import Any

import pytest

from tests.conftest import REDIS_URL, Api, make_settings, need
from tests.integration.test_hung_redis import QUICK_TO_NOTICE, frozen
from tests.integration.test_outages import OwnRedis, own_redis  # noqa: F401
from tests.live_helpers import (
    LiveServer,
    Received,
    barrier,
    live_server,
    open_browser,
    speaking,
    wait_for,
)

TOMATO = {"en": "Tomato", "hi": "टमाटर", "ta": "தக்காளி"}
ONION = {"en": "Onion", "hi": "प्याज", "ta": "வெங்காயம்"}


@contextlib.asynccontextmanager
async def serving(database_url: str, **overrides: Any) -> AsyncIterator[LiveServer]:
    async with live_server(make_settings(database_url, **overrides), tts=speaking()) as server:
        yield server


async def market(api: Api, *, quantity: int = 2) -> dict[str, Any]:
    vendor = await api.register("vendor", language="ta")
    customer = await api.register("customer", language="hi")
    product = await api.product(vendor["token"], names=TOMATO, list_price_paise=5000, stock=9)
    n = await api.open(customer["token"], product["id"], quantity=quantity)
    return {"v": vendor["token"], "c": customer["token"], "p": product["id"], "n": n["id"]}


async def edit(api: Api, m: dict[str, Any], **changes: Any) -> dict[str, Any]:
    r = await api.client.patch(f"/api/products/{m['p']}", json=changes, headers=api.auth(m["v"]))
    assert r.status_code == 200, r.text
    body: dict[str, Any] = r.json()
    return body


def products(got: Received) -> list[dict[str, Any]]:
    return [e["product"] for e in got.of("product")]


async def close(*conns: tuple[Any, Received, asyncio.Task[None]]) -> None:
    for ws, _got, task in conns:
        await ws.close()
        await task


async def test_a_price_change_a_rename_and_a_withdrawal_reach_both_sides(
    database_url: str,
) -> None:
    async with serving(database_url) as server:
        api = Api(server.http)
        m = await market(api)
        shopper = await open_browser(server, m["n"], m["c"], language="hi")
        console = await open_browser(server, m["n"], m["v"], language="ta")
        both = (shopper[1], console[1])
        # A deal of another product is not told.
        other = await market(api)
        elsewhere = await open_browser(server, other["n"], other["c"], language="hi")

        await edit(api, m, list_price_paise=4500)
        await wait_for(lambda: all(products(g) for g in both), what="the new list price")
        for got in both:
            [seen] = products(got)
            assert seen["id"] == m["p"]
            assert (seen["list_price_paise"], seen["stock"], seen["is_active"]) == (4500, 9, True)
            assert seen["names"] == TOMATO and seen["unit"] == "kg"
            assert "floor_price_paise" not in seen  # the vendor's alone, never in a room

        await edit(api, m, names=ONION)
        await wait_for(lambda: all(len(products(g)) == 2 for g in both), what="the rename")
        assert all(products(g)[-1]["names"] == ONION for g in both)

        await edit(api, m, is_active=False)
        await wait_for(lambda: all(len(products(g)) == 3 for g in both), what="the withdrawal")
        assert all(products(g)[-1]["is_active"] is False for g in both)

        await barrier(server, other["n"], elsewhere)
        assert not elsewhere[1].of("product")
        await close(shopper, console, elsewhere)

        # A page that comes back reads the product as it is now from its snapshot.
        again = await open_browser(server, m["n"], m["c"], language="hi")
        product = again[1].of("snapshot")[0]["product"]
        assert (product["names"], product["list_price_paise"]) == (ONION, 4500)
        assert product["is_active"] is False and "floor_price_paise" not in product
        await close(again)


async def test_a_closed_deal_is_not_told(database_url: str) -> None:
    """Only open negotiations (OPEN, COUNTERED) hear of the edit."""
    async with serving(database_url) as server:
        api = Api(server.http)
        m = await market(api)
        assert (await api.bid(m["c"], m["n"], 4000)).status_code == 201
        assert (await api.accept(m["v"], m["n"], expected_seq=1)).status_code == 200
        page = await open_browser(server, m["n"], m["c"], language="hi")
        await edit(api, m, list_price_paise=4200)
        await asyncio.sleep(0.3)
        await barrier(server, m["n"], page)
        assert not page[1].of("product")
        await close(page)


@pytest.mark.parametrize("bus", ["memory", "redis"])
async def test_words_relayed_after_a_rename_name_the_new_goods(database_url: str, bus: str) -> None:
    """The shopper types a price on one server; the vendor's page is on another (with
    Redis) and the rename is made through either: the room's copy of the product in
    the process that relays the words follows the rename."""
    async with contextlib.AsyncExitStack() as stack:
        if bus == "memory":
            a = b = await stack.enter_async_context(serving(database_url))
        else:
            redis_url = need(REDIS_URL, "Redis")
            a = await stack.enter_async_context(serving(database_url, redis_url=redis_url))
            b = await stack.enter_async_context(serving(database_url, redis_url=redis_url))
        api_a, api_b = Api(a.http), Api(b.http)
        m = await market(api_a)
        shopper = await open_browser(a, m["n"], m["c"], language="en")
        vendor = await open_browser(b, m["n"], m["v"], language="ta")
        sentence = "I will pay forty rupees a kilo."
        await shopper[0].send(json.dumps({"type": "text", "text": sentence}))
        await wait_for(lambda: vendor[1].of("translation"), what="the first offer relayed")
        assert vendor[1].of("translation")[0]["text"].startswith("தக்காளி")

        await edit(api_b, m, names=ONION)
        await wait_for(lambda: products(shopper[1]), what="the rename on the shopper's server")
        await shopper[0].send(json.dumps({"type": "text", "text": "Forty two rupees a kilo."}))
        await wait_for(lambda: len(vendor[1].of("translation")) == 2, what="the next offer")
        said = vendor[1].of("translation")[1]["text"]
        assert said.startswith("வெங்காயம்") and "42" in said, said
        assert "தக்காளி" not in said
        offers = vendor[1].of("offer")
        assert "வெங்காயம்" in offers[-1]["text"], offers[-1]
        await close(shopper, vendor)


async def test_a_hung_room_bus_never_fails_the_edit(
    database_url: str,
    own_redis: OwnRedis,  # noqa: F811
) -> None:
    """The edit is committed and answered at once; the room, which could not be told,
    closes its sockets (1013) and a reconnect's snapshot holds the product as edited."""
    async with serving(database_url, redis_url=own_redis.url, **QUICK_TO_NOTICE) as server:
        api = Api(server.http)
        m = await market(api)
        ws, _got, task = await open_browser(server, m["n"], m["c"], language="hi", watch=True)
        with frozen(own_redis):
            started = asyncio.get_running_loop().time()
            body = await edit(api, m, list_price_paise=4400, names=ONION)
            took = asyncio.get_running_loop().time() - started
            assert body["list_price_paise"] == 4400
            assert took < 4.0, took
            await asyncio.wait_for(task, timeout=10)
        assert ws.close_code == 1013
        await asyncio.sleep(0.6)
        again = await open_browser(server, m["n"], m["c"], language="hi", watch=True)
        product = again[1].of("snapshot")[0]["product"]
        assert (product["names"], product["list_price_paise"]) == (ONION, 4400)
        await close(again)
