"""The assistant's hint over HTTP: the vendor sees it, the customer never does."""

from __future__ import annotations

from typing import Any

from tests.conftest import Api


async def test_vendor_sees_the_hint_and_the_customer_does_not(
    api: Api, market: dict[str, Any]
) -> None:
    pid = market["product"]["id"]  # ₹40 list, ₹32 floor, 50 kg
    nid = (await api.open(market["c"], pid, quantity=2, amount_paise=2500))["id"]

    vendor_view = (await api.get(market["v"], f"/api/negotiations/{nid}")).json()
    assert vendor_view["hint"] == {
        "action": "counter",
        "amount_paise": 3600,
        "reason_code": "below_floor",
        "reason": "₹25/kg is below your floor; counter at ₹36/kg.",
        "text": None,
        "language": None,
        "bid_seq": 1,
    }
    customer_view = await api.get(market["c"], f"/api/negotiations/{nid}")
    assert customer_view.status_code == 200
    assert customer_view.json()["hint"] is None
    # Neither the floor's amount nor the word anywhere in it (a timestamp's digits such
    # as "…:32:00" or microseconds "…3200…" are no amount).
    assert 3200 not in _numbers(customer_view.json())
    assert "floor" not in customer_view.text.lower()

    # In the vendor's language, on the hint endpoint too.
    r = await api.get(market["v"], f"/api/negotiations/{nid}/hint?language=hi")
    assert r.status_code == 200, r.text
    assert r.json()["text"] == "यह आपके न्यूनतम दाम से कम है। 36 रुपये किलो बोलिए।"
    assert r.json()["amount_paise"] == 3600
    # One rule for every `language` a request names: one of the ten spoken here, or a
    # 422 naming the choices (as joining by QR code and a socket's hello answer).
    for path in (f"/api/negotiations/{nid}/hint", f"/api/negotiations/{nid}"):
        for odd in ("zz", "or", "HI"):
            r = await api.get(market["v"], f"{path}?language={odd}")
            assert r.status_code == 422, (path, odd, r.text)
            error = r.json()["error"]
            assert error["code"] == "validation_error"
            assert error["fields"][0]["field"] == "query.language"
            if odd != "HI":
                assert "choose one of hi, en, ta" in error["message"], error
        assert (await api.get(market["v"], f"{path}?language=pa")).status_code == 200
    r = await api.get(market["c"], f"/api/negotiations/{nid}/hint")
    assert r.status_code == 403
    assert r.json()["error"]["code"] == "forbidden"
    assert "3600" not in r.text
    stranger = await api.register("vendor")
    r = await api.get(stranger["token"], f"/api/negotiations/{nid}/hint")
    assert r.status_code == 403

    # The vendor follows the hint; now it is the customer's turn: no hint.
    assert (await api.bid(market["v"], nid, 3600)).status_code == 201
    assert (await api.get(market["v"], f"/api/negotiations/{nid}")).json()["hint"] is None
    r = await api.get(market["v"], f"/api/negotiations/{nid}/hint")
    assert r.status_code == 200
    assert r.json() is None

    # The customer comes up close: accept.
    assert (await api.bid(market["c"], nid, 3500)).status_code == 201
    hint = (await api.get(market["v"], f"/api/negotiations/{nid}")).json()["hint"]
    assert (hint["action"], hint["amount_paise"], hint["bid_seq"]) == ("accept", 3500, 3)
    assert (await api.accept(market["v"], nid)).status_code == 200
    assert (await api.get(market["v"], f"/api/negotiations/{nid}")).json()["hint"] is None


async def test_hint_reads_stock(api: Api, market: dict[str, Any]) -> None:
    pid = market["product"]["id"]
    r = await api.client.patch(
        f"/api/products/{pid}",
        json={"stock": 3, "expected_stock": 50},
        headers=api.auth(market["v"]),
    )
    assert r.status_code == 200, r.text
    nid = (await api.open(market["c"], pid, quantity=2, amount_paise=3400))["id"]
    hint = (await api.get(market["v"], f"/api/negotiations/{nid}/hint")).json()
    assert (hint["action"], hint["reason_code"]) == ("counter", "scarce_stock")
    assert hint["amount_paise"] == 3900
    r = await api.client.patch(
        f"/api/products/{pid}",
        json={"stock": 1, "expected_stock": 3},
        headers=api.auth(market["v"]),
    )
    assert r.status_code == 200
    hint = (await api.get(market["v"], f"/api/negotiations/{nid}/hint")).json()
    assert (hint["action"], hint["amount_paise"], hint["reason_code"]) == (
        "hold",
        None,
        "short_of_stock",
    )


async def test_hint_is_in_the_openapi_schema(api: Api) -> None:
    schema = (await api.client.get("/openapi.json")).json()
    assert "/api/negotiations/{negotiation_id}/hint" in schema["paths"]
    hint = schema["components"]["schemas"]["HintOut"]
    assert set(hint["properties"]) >= {"action", "amount_paise", "reason_code", "reason"}
    negotiation = schema["components"]["schemas"]["NegotiationOut"]
    assert "hint" in negotiation["properties"]


def _numbers(value: Any) -> list[Any]:
    """Every number in a JSON value."""
    if isinstance(value, dict):
        return [n for v in value.values() for n in _numbers(v)]
    if isinstance(value, list):
        return [n for v in value for n in _numbers(v)]
    return [value] if isinstance(value, int | float) and not isinstance(value, bool) else []
