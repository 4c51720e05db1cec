from __future__ import annotations

import httpx
from sqlalchemy import select

from models import User
from tests.conftest import Api


async def test_register_login_me(api: Api, client: httpx.AsyncClient, app) -> None:
    reg = await api.register(
        "vendor",
        phone="+919811111111",
        name="Lakshmi",
        business_name="Lakshmi Fruits",
        language="ta",
    )
    assert reg["user"]["role"] == "vendor"
    assert reg["user"]["script"] == "Taml"
    r = await client.post(
        "/api/auth/login", json={"phone": "+919811111111", "password": "correct horse battery"}
    )
    assert r.status_code == 200
    token = r.json()["token"]
    me = await api.get(token, "/api/me")
    assert me.status_code == 200
    assert me.json()["name"] == "Lakshmi"
    # The password is stored as an Argon2 hash, never in clear.
    async with app.state.sessions() as session:
        user = await session.scalar(select(User).where(User.phone == "+919811111111"))
    assert user is not None and user.password_hash is not None
    assert user.password_hash.startswith("$argon2id$")
    assert "correct horse" not in user.password_hash


async def test_register_with_email(api: Api, client: httpx.AsyncClient) -> None:
    reg = await api.register("customer", phone=None, email="asha@example.in")
    assert reg["user"]["email"] == "asha@example.in"
    r = await client.post(
        "/api/auth/login", json={"email": "asha@example.in", "password": "correct horse battery"}
    )
    assert r.status_code == 200


async def test_wrong_password_and_unknown_user_look_the_same(
    api: Api, client: httpx.AsyncClient
) -> None:
    await api.register("customer", phone="+919822222222")
    bad = await client.post(
        "/api/auth/login", json={"phone": "+919822222222", "password": "wrong password"}
    )
    unknown = await client.post(
        "/api/auth/login", json={"phone": "+919833333333", "password": "wrong password"}
    )
    assert bad.status_code == unknown.status_code == 401
    assert bad.json()["error"]["message"] == unknown.json()["error"]["message"]


async def test_duplicate_registration_is_409(api: Api, client: httpx.AsyncClient) -> None:
    await api.register("customer", phone="+919844444444")
    r = await client.post(
        "/api/auth/register",
        json={
            "name": "Again",
            "phone": "+919844444444",
            "password": "another password",
            "role": "vendor",
            "language": "hi",
        },
    )
    assert r.status_code == 409
    assert r.json()["error"]["code"] == "already_registered"


async def test_register_validation(client: httpx.AsyncClient) -> None:
    r = await client.post(
        "/api/auth/register",
        json={"name": "X", "password": "short", "role": "customer", "language": "hi"},
    )
    assert r.status_code == 422
    body = r.json()["error"]
    assert body["code"] == "validation_error"
    fields = {f["field"] for f in body["fields"]}
    assert "password" in fields
    r = await client.post(
        "/api/auth/register",
        json={"name": "X", "phone": "+919800011111", "password": "long enough", "role": "guest"},
    )
    assert r.status_code == 422
    r = await client.post(
        "/api/auth/register",
        json={
            "name": "X",
            "phone": "+919800011111",
            "password": "long enough",
            "role": "customer",
            "language": "xx",
        },
    )
    assert r.status_code == 422
    assert "not supported" in r.json()["error"]["message"]


async def test_tokens_are_checked(client: httpx.AsyncClient, api: Api) -> None:
    assert (await client.get("/api/me")).status_code == 401
    r = await client.get("/api/me", headers={"Authorization": "Bearer not.a.jwt"})
    assert r.status_code == 401
    assert r.headers["www-authenticate"] == "Bearer"
    reg = await api.register("customer")
    tampered = reg["token"][:-3] + ("AAA" if not reg["token"].endswith("AAA") else "BBB")
    assert (await client.get("/api/me", headers=api.auth(tampered))).status_code == 401


async def test_role_checks(api: Api, market: dict) -> None:
    # A customer cannot add products; a vendor cannot open a negotiation.
    r = await api.client.post(
        "/api/products",
        headers=api.auth(market["c"]),
        json={"names": {"en": "Onion"}, "list_price_paise": 3000},
    )
    assert r.status_code == 403
    r = await api.client.post(
        "/api/negotiations",
        headers=api.auth(market["v"]),
        json={"product_id": market["product"]["id"], "quantity": 1},
    )
    assert r.status_code == 403
