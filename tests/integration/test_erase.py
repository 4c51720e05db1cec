"""`vyaparmitra users erase USER --yes`: a person's name, contacts, password and words are
gone; their orders, payments, refunds and audit entries stay whole (ids and amounts);
the account cannot sign in again. And guests who never bargained are removed by the
sweep once their sign-in has lapsed."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from models import (
    AuditEntry,
    Bid,
    IdempotencyKey,
    IdempotencyState,
    Negotiation,
    NegotiationStatus,
    Order,
    Payment,
    Refund,
    Role,
    User,
    VoiceProfile,
    utcnow,
)
from server.domain import accounts, erasure
from server.domain.context import Actor
from server.sweeper import sweep_once
from tests.integration.test_cli import ok, run_cli
from tests.integration.test_payment_support import World, payment_world

SAID = "मेरा नाम सुनीता है, घर का पता सात नंबर गली"
OTHER = "चालीस रुपये किलो दे दो"


@pytest.fixture
async def world(database_url: str) -> AsyncIterator[World]:
    async with payment_world(database_url) as w:
        yield w


async def me(world: World, token: str) -> dict[str, Any]:
    r = await world.client.get("/api/me", headers=world.api.auth(token))
    assert r.status_code == 200, r.text
    data: dict[str, Any] = r.json()
    return data


async def money_rows(world: World) -> list[tuple[Any, ...]]:
    async with world.app.state.sessions() as session:
        orders = [
            (o.id, o.customer_id, o.vendor_id, o.total_paise, o.status.value)
            for o in await session.scalars(select(Order).order_by(Order.id))
        ]
        payments = [
            (p.id, p.order_id, p.amount_paise, p.status.value)
            for p in await session.scalars(select(Payment).order_by(Payment.id))
        ]
        refunds = [
            (r.id, r.payment_id, r.amount_paise, r.status.value)
            for r in await session.scalars(select(Refund).order_by(Refund.id))
        ]
        audit = [
            (a.id, a.actor_id, a.action, a.entity_type, a.entity_id, a.detail)
            for a in await session.scalars(select(AuditEntry).order_by(AuditEntry.id))
        ]
    return [tuple(orders), tuple(payments), tuple(refunds), tuple(audit)]


async def test_erase_keeps_the_money_and_forgets_the_person(
    world: World, database_url: str, tmp_path: Path
) -> None:
    m = await world.market()
    order = await world.deal(m)
    co = await world.checkout(m["c"], order["id"])
    r = await world.verify(m["c"], await world.pay(co["razorpay_order_id"], drop=True))
    assert r.json()["paid"] is True
    r = await world.refund(m["v"], order["id"], amount_paise=2000, reason="two were bruised")
    assert r.status_code == 201, r.text
    await world.settle()
    other = await world.market()
    await world.deal(other)
    customer, bystander = (await me(world, m["c"]))["id"], (await me(world, other["c"]))["id"]
    async with world.app.state.sessions() as session, session.begin():
        await session.execute(update(Bid).where(Bid.bidder_id == customer).values(transcript=SAID))
        await session.execute(
            update(Bid).where(Bid.bidder_id == bystander).values(transcript=OTHER)
        )
    [before] = await world.rows(User, User.id == customer)
    money = await money_rows(world)

    def users(*args: str) -> Any:
        return run_cli("users", *args, database_url=database_url, cwd=tmp_path)

    refused = await asyncio.to_thread(users, "erase", before.phone)
    assert refused.returncode == 2  # as every refusal for want of --yes
    assert refused.stderr.startswith("Error: Erasing cannot be undone"), refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1 and "--yes" in refused.stderr
    [still] = await world.rows(User, User.id == customer)
    assert (still.name, still.phone, still.is_active) == (before.name, before.phone, True)

    out = ok(await asyncio.to_thread(users, "erase", before.phone, "--yes"))
    assert out.startswith(f"user {customer} (customer, {before.phone}) erased")
    [after] = await world.rows(User, User.id == customer)
    assert after.name == erasure.ERASED
    assert after.phone is None
    assert after.email == f"erased-{customer}@erased.invalid"
    assert after.password_hash is None
    assert after.is_active is False
    assert after.token_version == before.token_version + 1
    assert [b.transcript for b in await world.rows(Bid, Bid.bidder_id == customer)] == [None]
    assert [b.transcript for b in await world.rows(Bid, Bid.bidder_id == bystander)] == [OTHER]
    # The money rows are as they were: ids, parties (the anonymous account's id), amounts.
    now = await money_rows(world)
    assert now[:3] == money[:3]
    assert now[3][: len(money[3])] == money[3]
    [erased] = now[3][len(money[3]) :]
    assert erased[2:5] == ("user.erased", "user", customer)
    assert erased[5] == {"transcripts_blanked": 1}
    assert (await world.status(m["v"], order["id"]))["refunded_paise"] == 2000
    await world.check_money_invariants()
    # Nothing of theirs still signs in: not the old token, not the old phone and password.
    r = await world.client.get("/api/me", headers=world.api.auth(m["c"]))
    assert r.status_code == 401, r.text
    r = await world.client.post(
        "/api/auth/login", json={"phone": before.phone, "password": "correct horse battery"}
    )
    assert r.status_code == 401, r.text
    # The marker is no address anyone can sign in with (a reserved domain: refused as typed).
    r = await world.client.post(
        "/api/auth/login", json={"email": after.email, "password": "correct horse battery"}
    )
    assert r.status_code == 422, r.text
    # An erased account stays closed; erasing again says so.
    again = await asyncio.to_thread(users, "activate", str(customer))
    assert again.returncode == 1
    assert "was erased" in again.stderr
    # Nor does it take a password, after which it would no longer read as erased and
    # `activate` would open it again.
    password = await asyncio.to_thread(
        run_cli,
        "users",
        "set-password",
        str(customer),
        "--password-stdin",
        database_url=database_url,
        cwd=tmp_path,
        stdin="a new password\n",
    )
    assert password.returncode == 1
    assert "was erased" in password.stderr
    again = await asyncio.to_thread(users, "activate", str(customer))
    assert again.returncode == 1
    [closed] = await world.rows(User, User.id == customer)
    assert (closed.is_active, closed.password_hash) == (False, None)
    assert ok(await asyncio.to_thread(users, "erase", str(customer), "--yes")).strip() == (
        f"user {customer} was already erased"
    )


async def test_the_sweep_removes_guests_who_never_bargained(world: World) -> None:
    m = await world.market()
    vendor = (await me(world, m["v"]))["id"]
    async with world.app.state.sessions() as session, session.begin():
        idle = await accounts.create_guest(session, Actor.system(), language="hi")
        bargained = await accounts.create_guest(session, Actor.system(), language="ta")
        fresh = await accounts.create_guest(session, Actor.system(), language="bn")
        session.add(VoiceProfile(user_id=idle.id, language="hi", voice="hi_IN-x"))
        session.add(
            IdempotencyKey(
                user_id=idle.id,
                scope="refund",
                key="k-idle",
                request_hash="0" * 64,
                state=IdempotencyState.COMPLETED,
            )
        )
        await session.flush()
        product = m["product"]["id"]
        await session.execute(
            update(User)
            .where(User.id.in_([idle.id, bargained.id]))
            .values(created_at=utcnow() - timedelta(days=2))
        )
        session.add(
            Negotiation(
                product_id=product,
                customer_id=bargained.id,
                vendor_id=vendor,
                quantity=1,
                status=NegotiationStatus.EXPIRED,
                expires_at=utcnow() - timedelta(days=1),
            )
        )
    result = await sweep_once(world.app.state.sessions)
    assert result.removed_guests == [idle.id]
    left = {u.id for u in await world.rows(User, User.role == Role.GUEST)}
    assert left == {bargained.id, fresh.id}
    assert await world.rows(VoiceProfile, VoiceProfile.user_id == idle.id) == []
    assert await world.rows(IdempotencyKey, IdempotencyKey.user_id == idle.id) == []
    # The audit of the guest's arrival stays, with the id it had.
    entries = await world.rows(AuditEntry, AuditEntry.entity_id == idle.id)
    assert ("user.guest_created", "user") in [(a.action, a.entity_type) for a in entries]
    # Registered accounts are never swept, however old and idle.
    assert (await sweep_once(world.app.state.sessions)).removed_guests == []
    assert len(await world.rows(User, User.role != Role.GUEST)) == 2
