"""A request whose form the API cannot read as sent is refused in words that say what to
send: a JSON body under another content type or none (415 naming `application/json`),
and a query parameter given twice (422 naming it), on SQLite and on PostgreSQL. Nothing
is recorded from either."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.conftest import Api

BID = b'{"amount_paise": 3500}'


@pytest.mark.parametrize(
    ("content_type", "named"),
    [
        ("text/plain", "`text/plain`"),
        ("text/plain; charset=utf-8", "`text/plain`"),
        ("application/x-www-form-urlencoded", "`application/x-www-form-urlencoded`"),
        (None, "no `Content-Type`"),
    ],
)
async def test_a_json_body_sent_as_another_type_names_the_type_expected(
    client: httpx.AsyncClient,
    api: Api,
    market: dict[str, Any],
    content_type: str | None,
    named: str,
) -> None:
    n = await api.open(market["c"], market["product"]["id"])
    headers = {**Api.auth(market["c"])}
    if content_type is not None:
        headers["content-type"] = content_type
    for path, body in (
        (f"/api/negotiations/{n['id']}/bids", BID),  # the lean path hands it to the app
        ("/api/auth/login", b'{"phone": "+919800000001", "password": "secret-pass"}'),
    ):
        r = await client.post(path, content=body, headers=headers)
        assert r.status_code == 415, r.text
        error = r.json()["error"]
        assert error["code"] == "unsupported_media_type"
        assert "`Content-Type: application/json`" in error["message"], error
        assert named in error["message"], error
        assert error["detail"]["expected"] == "application/json"
        assert r.headers["accept-post"] == "application/json"
    r = await client.get(f"/api/negotiations/{n['id']}", headers=Api.auth(market["c"]))
    assert r.json()["bid_count"] == 0


async def test_a_wrong_body_sent_as_json_is_still_a_validation_error(
    client: httpx.AsyncClient, api: Api, market: dict[str, Any]
) -> None:
    n = await api.open(market["c"], market["product"]["id"])
    for body in (b'"3500"', b"[3500]"):
        r = await client.post(
            f"/api/negotiations/{n['id']}/bids",
            content=body,
            headers={**Api.auth(market["c"]), "content-type": "application/json"},
        )
        assert r.status_code == 422, r.text
        assert r.json()["error"]["code"] == "validation_error"


async def test_a_query_parameter_given_twice_is_refused_by_name(
    client: httpx.AsyncClient, api: Api, market: dict[str, Any]
) -> None:
    vendor = market["v"]
    products = f"/api/vendors/{market['vendor']['user']['id']}/products"
    for url, name in (
        (f"{products}?limit=5&limit=500", "limit"),
        (f"{products}?after=1&limit=5&after=2", "after"),
        ("/api/negotiations?role=vendor&role=customer", "role"),
        ("/api/console/orders?limit=1&limit=1", "limit"),  # the same value twice too
    ):
        r = await client.get(url, headers=Api.auth(vendor))
        assert r.status_code == 422, (url, r.text)
        error = r.json()["error"]
        assert error["code"] == "validation_error"
        assert error["fields"] == [
            {"field": f"query.{name}", "message": f"given 2 times; give `{name}` once"}
        ], url
    # given once, or a name the route does not read given twice: answered as before
    assert (await client.get(f"{products}?limit=5", headers=Api.auth(vendor))).status_code == 200
    r = await client.get(f"{products}?limit=5&utm=a&utm=b", headers=Api.auth(vendor))
    assert r.status_code == 200, r.text


async def test_the_payment_redirect_still_answers_a_repeated_parameter(
    client: httpx.AsyncClient,
) -> None:
    # Razorpay's redirect lands a shopper's browser here: never a JSON error.
    r = await client.get(
        "/api/payment/callback?razorpay_payment_id=a&razorpay_payment_id=b",
        follow_redirects=False,
    )
    assert r.status_code == 303
