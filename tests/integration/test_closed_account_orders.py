"""An account closed (deactivated or erased) holds no order and no stock: its unpaid
orders end as a lapsed reservation's do (order expired, stock back, deal expired, audit
rows), in the operator's own transaction; paid orders stay as they are, and a payment
still under way at Razorpay is refunded as surplus when it comes."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from sqlalchemy import select

from models import Negotiation, Order, Payment, Product, User
from server.domain import accounts, erasure
from server.domain.context import Actor
from tests.integration.test_payment_support import World, payment_world


@pytest.fixture
async def world(database_url: str) -> AsyncIterator[World]:
    async with payment_world(database_url) as w:
        yield w


async def user_id(world: World, token: str) -> int:
    r = await world.client.get("/api/me", headers=world.api.auth(token))
    assert r.status_code == 200, r.text
    return int(r.json()["id"])


async def state(world: World, order_id: int) -> tuple[str, str, int]:
    """The order's status, its deal's status and its product's stock."""
    async with world.app.state.sessions() as session:
        order = await session.get(Order, order_id)
        assert order is not None
        deal = await session.get(Negotiation, order.negotiation_id)
        product = await session.get(Product, order.product_id)
        assert deal is not None and product is not None
        return order.status.value, deal.status.value, product.stock


async def close(world: World, uid: int, how: str) -> None:
    async with world.app.state.sessions() as session, session.begin():
        user = await session.get(User, uid)
        assert user is not None
        if how == "erase":
            assert await erasure.erase_user(session, Actor.system(), user)
        else:
            assert await accounts.set_active(session, Actor.system(), user, active=False)


@pytest.mark.parametrize("how", ["deactivate", "erase"])
async def test_a_closed_customers_unpaid_order_gives_its_stock_back(world: World, how: str) -> None:
    m = await world.market()
    paid = await world.deal(m, quantity=1)
    co = await world.checkout(m["c"], paid["id"])
    assert (await world.verify(m["c"], await world.pay(co["razorpay_order_id"]))).json()["paid"]
    unpaid = await world.deal(m, quantity=3)
    other = {**m, "c": (await world.api.register("customer"))["token"]}
    theirs = await world.deal(other, quantity=2)
    assert await state(world, unpaid["id"]) == ("pending_payment", "ACCEPTED", 44)

    await close(world, await user_id(world, m["c"]), how)

    assert await state(world, unpaid["id"]) == ("expired", "EXPIRED", 47)
    assert await state(world, paid["id"]) == ("paid", "COMPLETED", 47)
    assert (await state(world, theirs["id"]))[0] == "pending_payment"
    assert ("order.expired", "pending_payment", "expired") in await world.audit(
        "order", unpaid["id"]
    )
    [deal] = await world.rows(Negotiation, Negotiation.id == unpaid["negotiation_id"])
    moves = await world.audit("negotiation", deal.id)
    assert ("negotiation.expired", "ACCEPTED", "EXPIRED") in moves
    # Another shopper can have the goods at once.
    neg = await world.api.open(other["c"], m["product"]["id"], quantity=47, amount_paise=3500)
    r = await world.api.accept(m["v"], neg["id"])
    assert r.status_code == 200, r.text
    await world.check_money_invariants()


async def test_a_payment_under_way_for_an_erased_customer_is_refunded(world: World) -> None:
    """The checkout is open at Razorpay (the deal locked) when the account is erased: the
    order ends as a lapsed one does, and the payment that still comes is a surplus,
    refunded in full, as a late payment for a lapsed reservation is."""
    m = await world.market()
    order = await world.deal(m, quantity=2)
    co = await world.checkout(m["c"], order["id"])
    assert await state(world, order["id"]) == ("pending_payment", "LOCKED", 48)

    await close(world, await user_id(world, m["c"]), "erase")

    assert await state(world, order["id"]) == ("expired", "EXPIRED", 50)
    await world.pay(co["razorpay_order_id"])
    await world.settle()
    [payment] = await world.rows(Payment, Payment.order_id == order["id"])
    assert payment.allocation.value == "surplus"
    assert payment.amount_refunded_paise == payment.amount_paise
    assert await state(world, order["id"]) == ("expired", "EXPIRED", 50)
    await world.check_money_invariants()


async def test_a_deactivated_vendors_shoppers_are_not_left_holding_orders(world: World) -> None:
    """A closed stall can take no payment (410 `stall_closed`), so its shoppers' unpaid
    orders end too: they see them ended, not a payment button that is refused, and the
    stock is right if the stall opens again."""
    m = await world.market()
    order = await world.deal(m, quantity=5)
    await close(world, await user_id(world, m["v"]), "deactivate")
    assert await state(world, order["id"]) == ("expired", "EXPIRED", 50)
    async with world.app.state.sessions() as session, session.begin():
        vendor = await session.get(User, await user_id_of(world, order["id"]))
        assert vendor is not None
        await accounts.set_active(session, Actor.system(), vendor, active=True)
    r = await world.create(m["c"], order["id"])
    assert r.status_code == 409, r.text


@pytest.mark.parametrize("how", ["deactivate", "erase"])
async def test_paying_a_closed_stalls_order_says_the_stall_closed(world: World, how: str) -> None:
    """Not "the reservation expired … agree the deal again": no new deal can be made
    there. The buyer's checkout and either side's payment link answer 410 `stall_closed`."""
    m = await world.market()
    order = await world.deal(m, quantity=2)
    await close(world, await user_id(world, m["v"]), how)
    for r in (
        await world.create(m["c"], order["id"]),
        await world.client.post(f"/api/payment/link/{order['id']}", headers=world.api.auth(m["c"])),
    ):
        assert r.status_code == 410, r.text
        assert r.json()["error"]["code"] == "stall_closed"
        assert "agree the deal again" not in r.text


async def user_id_of(world: World, order_id: int) -> int:
    async with world.app.state.sessions() as session:
        vendor = await session.scalar(select(Order.vendor_id).where(Order.id == order_id))
        assert vendor is not None
        return int(vendor)


async def test_the_release_rolls_back_with_the_closing(world: World) -> None:
    """The orders end in the operator's transaction: a closing that rolls back leaves
    them, and the stock, as they were."""
    m = await world.market()
    order = await world.deal(m, quantity=2)
    uid = await user_id(world, m["c"])
    async with world.app.state.sessions() as session:
        user = await session.get(User, uid)
        assert user is not None
        await accounts.set_active(session, Actor.system(), user, active=False)
        await session.rollback()  # the operator's command failed after
    assert await state(world, order["id"]) == ("pending_payment", "ACCEPTED", 48)
