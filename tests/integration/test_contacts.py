"""Phone numbers and email addresses have one form: however written, one account each."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from fastapi import FastAPI

from models import Role, User
from server import migrate
from server.domain import accounts
from server.domain.accounts import canonical_email, canonical_phone
from tests.conftest import POSTGRES_URL, Api, need
from tests.integration.test_migrations import scratch_postgres, sync_engine

PASSWORD = "correct horse battery"


@pytest.mark.parametrize(
    "written",
    ["+917308157172", "917308157172", "7308157172", "07308157172", "+91 73081-57172"],
)
def test_an_indian_mobile_has_one_form(written: str) -> None:
    assert canonical_phone(written) == "+917308157172"


def test_other_numbers_and_emails() -> None:
    assert canonical_phone("+447911123456") == "+447911123456"
    assert canonical_phone("00447911123456") == "+447911123456"
    assert canonical_email(" Asha.Devi@Example.COM ") == "asha.devi@example.com"


async def test_one_account_per_number_however_written(api: Api) -> None:
    c = api.client
    first = await api.register("customer", phone="+917308157172")
    assert first["user"]["phone"] == "+917308157172"
    for written in ("917308157172", "7308157172", "07308157172"):
        r = await c.post(
            "/api/auth/register",
            json={"name": "x", "phone": written, "password": PASSWORD, "role": "customer"},
        )
        assert r.status_code == 409, r.text
        assert r.json()["error"]["code"] == "already_registered"
        r = await c.post("/api/auth/login", json={"phone": written, "password": PASSWORD})
        assert r.status_code == 200, r.text
    for wrong in ("+91730815717", "+9173081571722", "0730815717"):
        r = await c.post(
            "/api/auth/register",
            json={"name": "x", "phone": wrong, "password": PASSWORD, "role": "customer"},
        )
        assert r.status_code == 422, r.text
        assert "10 digits" in r.json()["error"]["message"]
    vendor = await api.register("vendor", phone="07308157173")
    assert vendor["user"]["phone"] == "+917308157173"
    r = await c.post("/api/auth/login", json={"phone": "+917308157173", "password": PASSWORD})
    assert r.status_code == 200, r.text


async def test_one_account_per_email_whatever_the_case(api: Api) -> None:
    c = api.client
    first = await api.register("customer", phone=None, email="Asha@Example.com")
    assert first["user"]["email"] == "asha@example.com"
    r = await c.post(
        "/api/auth/register",
        json={"name": "x", "email": "asha@example.COM", "password": PASSWORD, "role": "vendor"},
    )
    assert r.status_code == 409, r.text
    for written in ("ASHA@EXAMPLE.COM", "asha@example.com"):
        r = await c.post("/api/auth/login", json={"email": written, "password": PASSWORD})
        assert r.status_code == 200, r.text


# -- stored rows ----------------------------------------------------------------------


async def test_an_account_stored_in_an_old_form_is_found_by_it(app: FastAPI) -> None:
    async with app.state.sessions() as session, session.begin():
        session.add_all(
            [
                User(role=Role.CUSTOMER, name="a", phone="+917308157172", email="a@x.in"),
                User(role=Role.CUSTOMER, name="b", phone="7308157172", email="A@x.in"),
                # An older account's domain is stored in lower case (migration 0006).
                User(role=Role.CUSTOMER, name="c", phone="7308157179", email="c@y.in"),
                User(role=Role.CUSTOMER, name="d", phone="7308157178", email="C@y.in"),
            ]
        )
    async with app.state.sessions() as session:
        for phone, email, name in [
            ("7308157172", None, "b"),
            ("07308157172", None, "a"),
            (None, "A@x.in", "b"),
            (None, "a@X.in", "a"),
            (None, "C@Y.IN", "d"),  # the domain as registered (`C@Y.IN`) is the same domain
            (None, "c@Y.in", "c"),
        ]:
            user = await accounts.find_for_login(session, phone=phone, email=email)
            assert user is not None and user.name == name, (phone, email)


@pytest.fixture(params=["sqlite", "postgresql"])
def fresh_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'fresh.db'}"
    else:
        with scratch_postgres(need(POSTGRES_URL, "PostgreSQL")) as url:
            yield url


def test_the_migration_normalises_stored_contacts_unless_taken(fresh_url: str) -> None:
    migrate.upgrade(fresh_url, "0003")
    users = sa.table(
        "users",
        *(sa.column(n) for n in ("id", "role", "name", "phone", "email", "language", "script")),
        sa.column("is_active", sa.Boolean),
    )
    rows: list[dict[str, Any]] = [
        {"id": 1, "phone": "917308157172", "email": "Asha@Example.com"},
        {"id": 2, "phone": "7308157172", "email": None},  # the same number: kept as is
        {"id": 3, "phone": "07308157173", "email": "ASHA@example.com"},  # email kept
        {"id": 4, "phone": "+917308157174", "email": "ravi@example.com"},
        {"id": 5, "phone": None, "email": "Meena@Example.com"},
        {"id": 6, "phone": None, "email": "MEENA@EXAMPLE.com"},  # kept by 0004; domain by 0006
        {"id": 7, "phone": None, "email": "Ravi@Example.COM"},  # likewise
    ]
    with sync_engine(fresh_url) as engine, engine.begin() as conn:
        for row in rows:
            conn.execute(
                users.insert().values(
                    role="customer", name="x", language="hi", script="Deva", is_active=True, **row
                )
            )
    migrate.upgrade(fresh_url)
    with sync_engine(fresh_url) as engine, engine.connect() as conn:
        got = conn.execute(sa.select(users.c.id, users.c.phone, users.c.email).order_by("id"))
        assert [tuple(r) for r in got] == [
            (1, "+917308157172", "asha@example.com"),
            (2, "7308157172", None),
            (3, "+917308157173", "ASHA@example.com"),
            (4, "+917308157174", "ravi@example.com"),
            (5, None, "meena@example.com"),
            (6, None, "MEENA@example.com"),
            (7, None, "Ravi@example.com"),
        ]
