"""The operator's `users …` commands find an account by any form of its phone or email
that the account logs in with, and never guess between two accounts."""

from __future__ import annotations

import pytest
from fastapi import FastAPI
from sqlalchemy import update

from models import User
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
    with pytest.raises(InvalidInput, match="both a user id and another user's phone"):
        await find(app, "9342700505")
    assert await find(app, "+919342700505") == first["user"]["id"]
