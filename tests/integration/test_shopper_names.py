"""The vendor's negotiations carry each shopper's name (the one they gave: at sign-up, or
when joining at the stall), so the console tells one shopper's cards from another's after
a reload; nothing else about the shopper, and nothing of it on the shopper's own reads."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from tests.conftest import Api, make_settings
from tests.live_helpers import LiveServer, live_server


@pytest.fixture
async def server(database_url: str) -> AsyncIterator[LiveServer]:
    async with live_server(make_settings(database_url)) as s:
        yield s


async def test_the_vendor_reads_each_shoppers_name(server: LiveServer) -> None:
    api = Api(server.http)
    vendor = await api.register("vendor")
    product = await api.product(vendor["token"])
    r = await server.http.post("/api/qr", headers=api.auth(vendor["token"]), json={"kind": "stall"})
    assert r.status_code == 201, r.text
    code = r.json()["token"]
    joined = []
    for name in ("Kavya at the gate", "Buyer 07"):
        r = await server.http.post(
            f"/api/qr/{code}/join",
            json={"language": "hi", "name": name, "product_id": product["id"]},
        )
        assert r.status_code == 200, r.text
        joined.append(r.json())
    phone = "+919812345678"
    registered = await api.register("customer", name="Farhan", phone=phone)
    opened = await api.open(registered["token"], product["id"])

    r = await server.http.get(
        "/api/negotiations", params={"role": "vendor"}, headers=api.auth(vendor["token"])
    )
    assert r.status_code == 200, r.text
    names = {n["id"]: n["customer_name"] for n in r.json()}
    assert names == {
        joined[0]["negotiation"]["id"]: "Kavya at the gate",
        joined[1]["negotiation"]["id"]: "Buyer 07",
        opened["id"]: "Farhan",
    }
    # The same in the activity order the console polls, and on a single read.
    r = await server.http.get(
        "/api/negotiations",
        params={"role": "vendor", "order": "activity", "limit": 1},
        headers=api.auth(vendor["token"]),
    )
    assert [n["customer_name"] for n in r.json()] == ["Farhan"]
    r = await server.http.get(
        f"/api/negotiations/{opened['id']}", headers=api.auth(vendor["token"])
    )
    assert r.json()["customer_name"] == "Farhan"
    # Only the name: no contact of the shopper's anywhere in the vendor's read.
    assert phone not in r.text and phone[3:] not in r.text and "@" not in r.text

    # The shopper's own reads say nothing of it.
    for token in (registered["token"], joined[0]["token"]):
        r = await server.http.get("/api/negotiations", headers=api.auth(token))
        assert r.status_code == 200, r.text
        assert [n["customer_name"] for n in r.json()] == [None]
    r = await server.http.get(
        f"/api/negotiations/{opened['id']}", headers=api.auth(registered["token"])
    )
    assert r.json()["customer_name"] is None
