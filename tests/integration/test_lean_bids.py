"""The bid route's lean path (`server/api/fastbids.py`): it answers ordinary bids as the
route would, and hands anything out of the ordinary to the app, whose answers stay the
route's own."""

from __future__ import annotations

from typing import Any

import httpx
from fastapi import FastAPI

from server.api.schemas import BidResultOut
from tests.conftest import Api


def served(app: FastAPI) -> int:
    count: int = app.state.lean_bids.served
    return count


async def test_an_ordinary_bid_is_answered_by_the_lean_path(
    app: FastAPI, api: Api, market: dict[str, Any]
) -> None:
    n = await api.open(market["c"], market["product"]["id"])
    r = await api.bid(market["c"], n["id"], 3000)
    assert r.status_code == 201, r.text
    assert served(app) == 1
    assert r.headers["content-type"] == "application/json"
    out = BidResultOut.model_validate_json(r.content)
    assert out.bid.seq == 1 and out.bid.amount_paise == 3000 and out.bid.side.value == "customer"
    assert out.negotiation.bid_count == 1 and out.negotiation.status.value == "OPEN"
    assert out.capped is False and out.note is None
    # The same bid as a read of the negotiation shows it.
    got = (await api.get(market["c"], f"/api/negotiations/{n['id']}")).json()
    assert got["bids"][-1] == r.json()["bid"]
    shown = r.json()["negotiation"]
    assert {k: got[k] for k in shown if k not in ("bids", "hint")} == {
        k: v for k, v in shown.items() if k not in ("bids", "hint")
    }

    # A capped offer and the vendor's counter: the outcome's note and side.
    r = await api.bid(market["c"], n["id"], 9999)
    assert r.status_code == 201 and r.json()["capped"] is True and "capped" in r.json()["note"]
    r = await api.bid(market["v"], n["id"], 3800)
    assert r.status_code == 201 and r.json()["bid"]["side"] == "vendor"
    assert r.json()["negotiation"]["bid_count"] == 3
    assert served(app) == 3


async def test_its_refusals_are_the_routes_own(
    app: FastAPI, api: Api, client: httpx.AsyncClient, market: dict[str, Any]
) -> None:
    n = await api.open(market["c"], market["product"]["id"])
    # Domain refusals raised inside the lean path, answered by the app's handlers.
    r = await api.bid(market["v"], n["id"], 3000)
    assert r.status_code == 409 and r.json()["error"]["code"] == "below_floor_needs_confirmation"
    r = await api.bid(market["c"], 10**9, 3000)
    assert r.status_code == 404 and r.json()["error"]["code"] == "not_found"
    r = await client.post(
        f"/api/negotiations/{n['id']}/bids",
        json={"amount_paise": 3000},
        headers=api.auth("not-a-token"),
    )
    assert r.status_code == 401 and r.json()["error"]["code"] == "unauthorized"
    assert served(app) == 3


async def test_what_is_out_of_the_ordinary_goes_to_the_app(
    app: FastAPI, api: Api, client: httpx.AsyncClient, market: dict[str, Any]
) -> None:
    n = await api.open(market["c"], market["product"]["id"])
    path = f"/api/negotiations/{n['id']}/bids"
    r = await client.post(path, json={"amount_paise": "3000"}, headers=api.auth(market["c"]))
    assert r.status_code == 422 and r.json()["error"]["code"] == "validation_error"
    assert "amount_paise" in r.json()["error"]["message"]
    r = await client.post(path, json={"amount_paise": 3000, "x": 1}, headers=api.auth(market["c"]))
    assert r.status_code == 422
    r = await client.post(path, json={"amount_paise": 3000})  # no token
    assert r.status_code == 401 and r.json()["error"]["code"] == "unauthorized"
    r = await client.post(
        f"/api/negotiations/0{n['id']}/bids",
        json={"amount_paise": 3000},
        headers=api.auth(market["c"]),
    )
    assert r.status_code == 422  # not plain digits
    r = await client.post(
        "/api/negotiations/99999999999999999999/bids",
        json={"amount_paise": 3000},
        headers=api.auth(market["c"]),
    )
    assert r.status_code == 422  # beyond any id
    # A JSON text sent as another content type, or with none, is not a JSON body to the
    # route either: 415, naming the type expected.
    for media in ("text/plain", "application/x-www-form-urlencoded", "application/xml"):
        r = await client.post(
            path,
            content=b'{"amount_paise": 3000}',
            headers={**api.auth(market["c"]), "Content-Type": media},
        )
        assert r.status_code == 415, media
        assert r.json()["error"]["code"] == "unsupported_media_type", media
    r = await client.post(path, content=b'{"amount_paise": 3000}', headers=api.auth(market["c"]))
    assert r.status_code == 415 and r.json()["error"]["code"] == "unsupported_media_type"
    assert served(app) == 0
    # And the app's own route still places a bid the lean path did not take (a body
    # with `quantity` null is ordinary; one in two chunks is not, and still works).
    r = await api.bid(market["c"], n["id"], 3000, quantity=None)
    assert r.status_code == 201 and served(app) == 1
    r = await client.post(
        path,
        content=b'{"amount_paise": 3100}',
        headers={**api.auth(market["c"]), "Content-Type": "application/vnd.x+json"},
    )
    assert r.status_code == 201 and served(app) == 2  # a +json type is JSON to the route too


async def test_a_bid_of_no_money_is_a_validation_error_as_documented(
    app: FastAPI, api: Api, client: httpx.AsyncClient, market: dict[str, Any]
) -> None:
    """Every amount of money a client sends is positive, in the document and in the
    answer: a bid of zero or below is refused like an opening offer of it, a
    `validation_error` naming `amount_paise` (the lean path hands it to the route)."""
    schema = (await client.get("/openapi.json")).json()["components"]["schemas"]
    bid = schema["BidIn"]["properties"]["amount_paise"]
    assert (bid["type"], bid["exclusiveMinimum"], bid["maximum"]) == ("integer", 0, 10**9)
    unbounded = []
    for name, model in schema.items():
        for field, kind in model.get("properties", {}).items():
            money = name.endswith("In") and field.endswith("_paise")
            for k in kind.get("anyOf", [kind]) if money else ():
                if k.get("type") == "integer" and k.get("exclusiveMinimum") != 0:
                    unbounded.append(f"{name}.{field}")
    assert unbounded == []

    n = await api.open(market["c"], market["product"]["id"])
    before = served(app)
    for amount in (0, -500):
        for body in ({"amount_paise": amount}, {"amount_paise": amount, "quantity": 1}):
            for side in ("c", "v"):
                r = await api.bid(market[side], n["id"], **body)
                assert r.status_code == 422, r.text
                error = r.json()["error"]
                assert error["code"] == "validation_error"
                assert [f["field"] for f in error["fields"]] == ["amount_paise"]
                opened = await client.post(
                    "/api/negotiations",
                    json={"product_id": market["product"]["id"], **body},
                    headers=api.auth(market["c"]),
                )
                assert opened.status_code == 422
                assert opened.json()["error"]["fields"] == error["fields"]
    assert served(app) == before
    got = (await api.get(market["c"], f"/api/negotiations/{n['id']}")).json()
    assert got["bid_count"] == 0
    # One paisa is an amount (no validation error), but no deal the gateway can take: the
    # domain refuses it by the deal's total; a rupee is made.
    one_paisa = await api.bid(market["c"], n["id"], 1)
    assert one_paisa.status_code == 422
    assert one_paisa.json()["error"]["code"] == "total_too_small"
    assert (await api.bid(market["c"], n["id"], 100)).status_code == 201
