"""The operator's `users …` commands find an account by any form of its phone or email
that the account logs in with, and never guess between two accounts."""

from __future__ import annotations

import pytest
from fastapi import FastAPI
from sqlalchemy import update

from models import Role, User
from server.domain import accounts
from server.domain.errors import InvalidInput, NotFound
from tests.conftest import Api


async def find(app: FastAPI, who: str) -> int:
    async with app.state.sessions() as session:
        user = await accounts.find_user(session, who)
        return user.id


async def test_every_login_form_of_a_phone_and_an_email(app: FastAPI, api: Api) -> None:
    phone = await api.register("vendor", phone="7342700503")
    mail = await api.register("customer", phone="9342700504", email="Shop42@Example.COM")
    vendor_id, customer_id = phone["user"]["id"], mail["user"]["id"]
    for form in ("+917342700503", "7342700503", "07342700503", "917342700503", "+91 73427 00503"):
        assert await find(app, form) == vendor_id, form
    for form in ("shop42@example.com", "Shop42@Example.COM", " SHOP42@example.com "):
        assert await find(app, form) == customer_id, form
    assert await find(app, str(vendor_id)) == vendor_id
    for unknown in ("nobody@example.com", "7000000001", "999999999"):
        with pytest.raises(NotFound):
            await find(app, unknown)
    # Only ASCII digits are an id or a phone: int() would read these as the id.
    fullwidth = str(vendor_id).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    arabic = str(vendor_id).translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    for other_digits in (fullwidth, arabic, "７３４２７００５０３", "¹"):
        with pytest.raises(NotFound):
            await find(app, other_digits)


async def test_digits_that_name_two_users_are_refused(app: FastAPI, api: Api) -> None:
    first = await api.register("customer", phone="9342700505")
    other = await api.register("customer", phone="9342700506")
    # Give `other` an id written like `first`'s phone without its +91: ambiguous.
    async with app.state.sessions() as session, session.begin():
        await session.execute(
            update(User).where(User.id == other["user"]["id"]).values(id=9342700505)
        )
    with pytest.raises(InvalidInput, match="could name more than one user: user") as refused:
        await find(app, "9342700505")
    assert f"user {first['user']['id']} (customer, +919342700505)" in str(refused.value)
    assert "user 9342700505 (customer, +919342700506)" in str(refused.value)
    assert await find(app, "+919342700505") == first["user"]["id"]


async def test_an_older_accounts_own_form_is_never_taken_for_another_account(
    app: FastAPI,
) -> None:
    """Accounts from before contacts had one form keep theirs when another account holds
    the canonical one: typed in that form, the operator is shown both, never handed the
    other account (whose password `users set-password` would then change)."""
    async with app.state.sessions() as session, session.begin():
        canonical = User(role=Role.CUSTOMER, name="a", phone="+917308157180", email="a7@x.in")
        older = User(role=Role.VENDOR, name="b", phone="07308157180", email="A7@x.in")
        alone = User(role=Role.CUSTOMER, name="c", phone="07308157181", email="C7@x.in")
        session.add_all([canonical, older, alone])
    for typed in ("07308157180", "A7@x.in", "A7@X.IN"):
        with pytest.raises(InvalidInput, match="could name more than one user") as refused:
            await find(app, typed)
        said = str(refused.value)
        assert f"user {canonical.id} (customer" in said and f"user {older.id} (vendor" in said
    assert await find(app, "+917308157180") == canonical.id
    assert await find(app, "a7@x.in") == canonical.id
    assert await find(app, str(older.id)) == older.id
    # An older form nobody else's canonical one shadows is simply that account.
    for typed in ("07308157181", "C7@x.in", "C7@X.in"):
        assert await find(app, typed) == alone.id, typed
