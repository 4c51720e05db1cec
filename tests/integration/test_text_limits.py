"""Text a person writes for someone else to read: its length is told in characters, a
blank refund reason is no reason, and typed words, reasons (reject, cancel, refund),
names and units carry no text-direction control (one would make a price read as another
on the other side's page) and no control character but a line break or tab (a
terminal's escape sequence)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from models import Bid, Refund
from tests.conftest import Api, make_settings
from tests.integration.test_payment_refunds import paid_order
from tests.integration.test_payment_support import World, payment_world
from tests.integration.test_strict_input import live_market
from tests.live_helpers import LiveServer, live_server, open_browser, wait_for

DIRECTION_CONTROLS = ("\u202e", "\u2067", "\u200f", "\u061c")
CONTROLS = ("\x1b", "\x7f", "\x85", "\x07")


def refused(r: httpx.Response, *, says: str) -> str:
    assert r.status_code == 422, r.text
    message: str = r.json()["error"]["message"]
    assert says in message, message
    assert "items" not in message, message
    return message


async def test_lengths_are_told_in_characters(
    client: httpx.AsyncClient, api: Api, market: dict[str, Any]
) -> None:
    body = {"phone": "+919812345671", "password": "correct horse battery", "role": "vendor"}
    r = await client.post("/api/auth/register", json={**body, "name": "n" * 121})
    refused(r, says="name: String should have at most 120 characters")
    r = await client.post(
        "/api/auth/register", json={**body, "name": "Ravi", "business_name": "b" * 161}
    )
    refused(r, says="business_name: String should have at most 160 characters")
    auth = Api.auth(market["v"])
    product = {"names": {"en": "p" * 121}, "unit": "kg", "list_price_paise": 1000, "stock": 5}
    r = await client.post("/api/products", json=product, headers=auth)
    refused(r, says="names.en: String should have at most 120 characters")
    r = await client.post(
        "/api/products", json={**product, "names": {"en": "Okra"}, "unit": ""}, headers=auth
    )
    refused(r, says="unit: String should have at least 1 character")
    r = await client.patch(
        f"/api/products/{market['product']['id']}", json={"unit": "u" * 17}, headers=auth
    )
    refused(r, says="unit: String should have at most 16 characters")
    n = (await api.open(market["c"], market["product"]["id"]))["id"]
    r = await client.post(f"/api/negotiations/{n}/reject", json={"reason": "r" * 501}, headers=auth)
    refused(r, says="reason: String should have at most 500 characters")


@pytest.fixture
async def world(database_url: str) -> AsyncIterator[World]:
    async with payment_world(database_url) as w:
        yield w


async def test_a_refund_reason_is_optional_but_never_blank(world: World) -> None:
    m, order = await paid_order(world)
    for blank in ("", "   ", "\u3000"):
        r = await world.refund(m["v"], order["id"], amount_paise=100, reason=blank)
        refused(r, says="reason: String should have at least 1 character")
    r = await world.refund(m["v"], order["id"], amount_paise=100, reason="r" * 256)
    refused(r, says="reason: String should have at most 255 characters")
    assert await world.count(Refund) == 0
    # The vendor console sends null when its reason field is left empty.
    r = await world.refund(m["v"], order["id"], amount_paise=100, reason=None)
    assert r.status_code == 201, r.text
    assert r.json()["reason"] is None
    # Surrounding spaces are not counted against the limit.
    r = await world.refund(m["v"], order["id"], amount_paise=100, reason=" " + "r" * 255 + " ")
    assert r.status_code == 201, r.text
    assert r.json()["reason"] == "r" * 255
    await world.check_money_invariants()


@pytest.fixture
async def server(database_url: str) -> AsyncIterator[LiveServer]:
    async with live_server(make_settings(database_url)) as s:
        yield s


async def test_typed_words_and_reasons_carry_no_direction_controls(server: LiveServer) -> None:
    m = await live_market(server)
    n, customer = m["n"], m["customer"]
    ws, got, task = await open_browser(server, n, customer["token"], language="en")
    for control in DIRECTION_CONTROLS:
        await ws.send(json.dumps({"type": "text", "text": f"I will pay {control}05 rupees"}))
    await wait_for(lambda: len(got.of("error")) == len(DIRECTION_CONTROLS), what="errors")
    for error, control in zip(got.of("error"), DIRECTION_CONTROLS, strict=True):
        assert error["code"] == "invalid_message", error
        assert f"U+{ord(control):04X}" in error["message"], error
    assert not got.of("transcript")
    await ws.send(json.dumps({"type": "ping"}))
    await wait_for(lambda: got.of("pong"), what="the socket stays open")
    await ws.close()
    await task
    async with server.app.state.sessions() as session:
        bids = (await session.execute(select(Bid).where(Bid.negotiation_id == n))).all()
    assert bids == []
    for move in ("reject", "cancel"):
        r = await server.http.post(
            f"/api/negotiations/{n}/{move}",
            json={"reason": "too dear \u202eeno"},
            headers=Api.auth(customer["token"]),
        )
        refused(r, says="text-direction control (U+202E)")


def says_for(control: str) -> str:
    kind = "text-direction control" if control in DIRECTION_CONTROLS else "control character"
    return f"{kind} (U+{ord(control):04X})"


async def test_a_refund_reason_is_read_as_written(world: World) -> None:
    """The buyer is shown a refund's reason (`/api/payment/status`): a typed "₹\u202e05"
    would show as "₹50", an escape sequence would recolour their terminal."""
    m, order = await paid_order(world)
    for control in (*DIRECTION_CONTROLS, *CONTROLS):
        for reason in (f"refund of ₹{control}05", f"line two{control}[31m"):
            r = await world.refund(m["v"], order["id"], amount_paise=100, reason=reason)
            refused(r, says=f"reason: Value error, holds a {says_for(control)}")
    assert await world.count(Refund) == 0
    # A line break and a tab are text, not controls.
    r = await world.refund(m["v"], order["id"], amount_paise=100, reason="line one\nline\ttwo")
    assert r.status_code == 201, r.text
    await world.settle()
    status = await world.status(m["c"], order["id"])
    assert [x["reason"] for x in status["refunds"]] == ["line one\nline\ttwo"]
    await world.check_money_invariants()


async def test_every_text_shown_to_the_other_side_refuses_controls(server: LiveServer) -> None:
    m = await live_market(server)
    n, customer, vendor = m["n"], m["customer"], m["vendor"]
    for control in (*DIRECTION_CONTROLS, *CONTROLS):
        says = says_for(control)
        for move, token in (("reject", vendor["token"]), ("cancel", customer["token"])):
            r = await server.http.post(
                f"/api/negotiations/{n}/{move}",
                json={"reason": f"too dear {control}[2J"},
                headers=Api.auth(token),
            )
            refused(r, says=says)
        product = {"names": {"en": f"Ok{control}ra"}, "unit": "kg", "list_price_paise": 1000}
        r = await server.http.post("/api/products", json=product, headers=Api.auth(vendor["token"]))
        assert r.status_code == 422, r.text
    ws, got, task = await open_browser(server, n, customer["token"], language="en")
    for control in CONTROLS:
        await ws.send(json.dumps({"type": "text", "text": f"I will pay 5{control}[31m rupees"}))
    await wait_for(lambda: len(got.of("error")) == len(CONTROLS), what="errors")
    for error, control in zip(got.of("error"), CONTROLS, strict=True):
        assert error["code"] == "invalid_message", error
        assert f"U+{ord(control):04X}" in error["message"], error
    assert not got.of("transcript")
    await ws.close()
    await task
    # A reason on two lines is still a reason.
    r = await server.http.post(
        f"/api/negotiations/{n}/reject",
        json={"reason": "too dear\ntry tomorrow"},
        headers=Api.auth(vendor["token"]),
    )
    assert r.status_code == 200, r.text
