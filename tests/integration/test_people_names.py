"""People's names (a user's, a vendor's business name, a QR guest's) are one line read as
written, as product names are: a line break, another control character (a terminal's
escape sequence) or a text-direction control is refused with a 422 that says so, and
nothing is stored."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.conftest import Api

BROKEN = (
    "Ramesh\tKumar\nFAKE: paid ₹5000",
    "Ramesh\x1b[2J\x1b[31mX",
    "a\rb",
    "a\x7fb",
    "a\x85b",
    "a\u2028b",
    "a\u2029b",
)
DIRECTION = ("Asha\u202eahsa", "Asha\u2066x\u2069", "Asha\u200f")


def refused(r: httpx.Response, says: str) -> None:
    assert r.status_code == 422, r.text
    error = r.json()["error"]
    assert error["code"] == "validation_error"
    assert says in error["message"], error["message"]


@pytest.mark.parametrize("name", BROKEN + DIRECTION)
async def test_names_must_be_one_line_read_as_written(
    api: Api, market: dict[str, Any], name: str
) -> None:
    says = "text-direction control" if name in DIRECTION else "must be one line"
    body = {"phone": "+919812345671", "password": "correct horse battery", "role": "vendor"}
    refused(await api.client.post("/api/auth/register", json={**body, "name": name}), says)
    r = await api.client.post(
        "/api/auth/register", json={**body, "name": "Ravi", "business_name": name}
    )
    refused(r, says)
    r = await api.client.post("/api/qr", json={"kind": "stall"}, headers=Api.auth(market["v"]))
    assert r.status_code == 201, r.text
    code = r.json()["token"]
    r = await api.client.post(f"/api/qr/{code}/join", json={"language": "hi", "name": name})
    refused(r, says)
    # Nothing was stored: the phone is still free.
    r = await api.client.post("/api/auth/register", json={**body, "name": "Ravi"})
    assert r.status_code == 201, r.text


async def test_names_in_every_script_are_kept(api: Api, market: dict[str, Any]) -> None:
    for name in ("रमेश कुमार", "ക്\u200dഷ", "O'Brien-Nair"):
        user = await api.register("customer", name=name)
        assert user["user"]["name"] == name.strip()
    # A joiner that joins nothing (after a space) would let two names look alike: refused.
    body = {"phone": "+919812345672", "password": "correct horse battery", "role": "customer"}
    refused(
        await api.client.post("/api/auth/register", json={**body, "name": "Asha \u200d"}),
        "draws nothing",
    )
    vendor = await api.register("vendor", business_name="श्री गणेश सब्ज़ी")
    assert vendor["user"]["name"]
