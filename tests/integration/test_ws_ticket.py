"""`POST /api/ws-ticket` issues a ticket only for a room its caller could open: a
negotiation of someone else's is refused at issue (403), an unknown one is a 404, as
`GET /api/negotiations/{id}` answers them."""

from __future__ import annotations

from typing import Any

from tests.conftest import Api


async def _ticket(api: Api, token: str, negotiation_id: int | None) -> Any:
    return await api.client.post(
        "/api/ws-ticket", json={"negotiation_id": negotiation_id}, headers=api.auth(token)
    )


async def test_a_ticket_only_for_a_party(api: Api, market: dict[str, Any]) -> None:
    n = await api.open(market["c"], market["product"]["id"])
    # Both parties get one.
    for token in (market["c"], market["v"]):
        r = await _ticket(api, token, n["id"])
        assert r.status_code == 200, r.text
        assert r.json()["ticket"]

    # Another customer and another vendor are refused, as reading it is.
    other_customer = await api.register("customer")
    other_vendor = await api.register("vendor", business_name="Other Stall")
    for stranger in (other_customer, other_vendor):
        read = await api.get(stranger["token"], f"/api/negotiations/{n['id']}")
        r = await _ticket(api, stranger["token"], n["id"])
        assert r.status_code == read.status_code == 403, r.text
        error = r.json()["error"]
        assert error["code"] == read.json()["error"]["code"]
        assert "not a party" in error["message"]
        assert "ticket" not in r.json()
        assert r.headers["x-request-id"] == r.json()["request_id"]

    # An unknown negotiation: 404, the same answer as reading it.
    read = await api.get(market["c"], "/api/negotiations/999999")
    r = await _ticket(api, market["c"], 999999)
    assert r.status_code == read.status_code == 404, r.text
    assert r.json()["error"]["code"] == read.json()["error"]["code"]

    # No negotiation (the vendor notice channel) is still issued.
    assert (await _ticket(api, market["v"], None)).status_code == 200


async def test_the_refusals_are_documented(api: Api) -> None:
    spec = (await api.client.get("/openapi.json")).json()
    answers = spec["paths"]["/api/ws-ticket"]["post"]["responses"]
    for status in ("403", "404"):
        assert answers[status]["content"]["application/json"]["schema"] == {
            "$ref": "#/components/schemas/ErrorOut"
        }
