"""A product edit never writes over stock sold since the editor read it, on both
databases: an edit without `stock` leaves the column alone, and a new stock is a
compare-and-set on the stock read (`expected_stock`), refused with 409 `product_changed`
and the current product when it moved on."""

from __future__ import annotations

import asyncio
from typing import Any

from sqlalchemy import func, select

from models import AuditEntry, Order, Product
from tests.conftest import Api


async def _sell(api: Api, vendor: str, product_id: int, quantity: int) -> None:
    """A customer bargains for `quantity` and the vendor accepts: the stock is taken."""
    customer = await api.register("customer")
    nid = (await api.open(customer["token"], product_id, quantity=quantity, amount_paise=4500))[
        "id"
    ]
    r = await api.accept(vendor, nid)
    assert r.status_code == 200, r.text


async def _stock(app: Any, product_id: int) -> int:
    async with app.state.sessions() as session:
        stock = await session.scalar(select(Product.stock).where(Product.id == product_id))
    assert stock is not None
    return stock


async def test_a_price_edit_after_sales_keeps_the_stock(api: Api, market: dict, app: Any) -> None:
    vendor = market["v"]
    read = await api.product(vendor, names={"en": "Guava"}, list_price_paise=5000, stock=5)
    pid = read["id"]
    # Sales between the vendor's read (stock 5) and the vendor's edit.
    await _sell(api, vendor, pid, 2)
    await _sell(api, vendor, pid, 1)
    assert await _stock(app, pid) == 2
    r = await api.client.patch(
        f"/api/products/{pid}", json={"list_price_paise": 5500}, headers=api.auth(vendor)
    )
    assert r.status_code == 200, r.text
    assert (r.json()["list_price_paise"], r.json()["stock"]) == (5500, 2)
    assert await _stock(app, pid) == 2


async def test_a_stale_stock_is_refused_with_the_current_product(
    api: Api, market: dict, app: Any
) -> None:
    vendor = market["v"]
    read = await api.product(vendor, names={"en": "Guava"}, list_price_paise=5000, stock=5)
    pid = read["id"]
    await _sell(api, vendor, pid, 3)
    # The form as read, stock unchanged but sent, with a new price: nothing of it saved.
    r = await api.client.patch(
        f"/api/products/{pid}",
        json={"list_price_paise": 6000, "stock": 5, "expected_stock": read["stock"]},
        headers=api.auth(vendor),
    )
    assert r.status_code == 409, r.text
    error = r.json()["error"]
    assert error["code"] == "product_changed"
    assert "is 2 now, not 5" in error["message"]
    current = error["detail"]["product"]
    assert (current["id"], current["stock"], current["list_price_paise"]) == (pid, 2, 5000)
    assert current["floor_price_paise"] == read["floor_price_paise"]  # the owner's view
    assert await _stock(app, pid) == 2
    # A stock with nothing to compare it with is refused too (an old full-form client).
    r = await api.client.patch(f"/api/products/{pid}", json={"stock": 5}, headers=api.auth(vendor))
    assert r.status_code == 422, r.text
    assert "expected_stock" in r.json()["error"]["message"]
    # Against the stock shown in the 409 it goes through, and the audit says what it was.
    r = await api.client.patch(
        f"/api/products/{pid}",
        json={"stock": 9, "expected_stock": current["stock"], "list_price_paise": 6000},
        headers=api.auth(vendor),
    )
    assert r.status_code == 200, r.text
    assert (r.json()["stock"], r.json()["list_price_paise"]) == (9, 6000)
    async with app.state.sessions() as session:
        logged = await session.scalar(
            select(AuditEntry)
            .where(AuditEntry.action == "product.updated", AuditEntry.entity_id == pid)
            .order_by(AuditEntry.id.desc())
        )
    assert logged is not None
    assert logged.detail["before"]["stock"] == 2 and logged.detail["after"]["stock"] == 9


async def test_stock_sets_racing_sales_never_resell(api: Api, market: dict, app: Any) -> None:
    """Sales and stock edits made at once, each edit from the same read: whatever the
    order, every edit that went through was made on the stock it read, so the stock
    left is exactly what the winning edit set less what sold after it."""
    vendor = market["v"]
    read = await api.product(vendor, names={"en": "Mango"}, list_price_paise=5000, stock=20)
    pid = read["id"]
    customers = await asyncio.gather(*(api.register("customer") for _ in range(8)))
    negotiations = [
        (await api.open(c["token"], pid, quantity=1, amount_paise=4500))["id"] for c in customers
    ]
    edits = [
        api.client.patch(
            f"/api/products/{pid}",
            json={"stock": 30 + i, "expected_stock": 20},
            headers=api.auth(vendor),
        )
        for i in range(4)
    ]
    results = await asyncio.gather(*edits, *(api.accept(vendor, n) for n in negotiations))
    edit_results, accept_results = results[:4], results[4:]
    assert all(r.status_code == 200 for r in accept_results), [r.text for r in accept_results]
    won = [r for r in edit_results if r.status_code == 200]
    assert all(r.status_code == 409 for r in edit_results if r.status_code != 200)
    assert len(won) <= 1  # after one edit the stock is no longer 20
    async with app.state.sessions() as session:
        sold = await session.scalar(
            select(func.count()).select_from(Order).where(Order.product_id == pid)
        )
    assert sold == 8
    stock = await _stock(app, pid)
    if won:
        set_to = won[0].json()["stock"]  # the stock right after that edit
        sold_after = set_to - stock
        assert 0 <= sold_after <= 8 and set_to in range(30, 34)
        # The edit was made on 20, so no sale came before it.
        assert sold_after == 8
    else:
        assert stock == 20 - 8
