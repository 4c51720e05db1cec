"""A deal the payment gateway would refuse for its size (a total above the account's
maximum per order, Razorpay's ₹5,00,000 unless raised) is refused as it is offered,
countered or accepted, on the API and on the live socket, typed or said, before any
order is made or stock held; the embedded sandbox takes the same maximum."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from models import Order, Product
from tests.conftest import Api, make_settings, running_app
from tests.fakes import FakeSTT
from tests.live_helpers import LiveServer, live_server, open_browser, speaking, wait_for

MOST = 1_000_000
"""₹10,000: an account's maximum set low, so a stall's ordinary goods reach it."""

RICE = {
    "names": {"en": "Basmati rice", "hi": "बासमती चावल"},
    "unit": "kg",
    "list_price_paise": 12_000,
    "floor_price_paise": 9_000,
    "stock": 500,
}


async def test_a_deal_above_the_gateways_maximum_is_refused_as_it_is_made(
    database_url: str,
) -> None:
    settings = make_settings(database_url, payment_max_total_paise=MOST)
    async with running_app(settings) as (app, client):
        # The embedded sandbox refuses what the setting refuses: one maximum.
        sandbox = app.state.payments.sandbox
        assert sandbox is not None and sandbox.state.max_amount == MOST
        async with httpx.AsyncClient() as http:
            config = (await http.get(f"{sandbox.url}/sandbox/config")).json()
        assert config["max_amount"] == MOST
        api = Api(client)
        vendor = await api.register("vendor")
        customer = await api.register("customer")
        rice = await api.product(vendor["token"], **RICE)
        # 100 kilos at ₹120 is ₹12,000: refused as the deal is opened.
        r = await client.post(
            "/api/negotiations",
            json={"product_id": rice["id"], "quantity": 100, "amount_paise": 12_000},
            headers=api.auth(customer["token"]),
        )
        assert r.status_code == 422, r.text
        error = r.json()["error"]
        assert error["code"] == "total_too_large"
        assert "at most ₹10,000" in error["message"]
        assert error["detail"] == {"max_total_paise": MOST, "total_paise": 1_200_000}
        # An offer above the list price is taken at it, and measured so.
        n = await api.open(customer["token"], rice["id"], quantity=80)
        r = await api.bid(customer["token"], n["id"], amount_paise=15_000)
        assert r.status_code == 201, r.text  # ₹120 × 80 = ₹9,600
        # A bid that raises the quantity past the most is refused; at a lower price it is made.
        r = await api.bid(customer["token"], n["id"], amount_paise=12_000, quantity=90)
        assert r.status_code == 422 and r.json()["error"]["code"] == "total_too_large"
        r = await api.bid(customer["token"], n["id"], amount_paise=11_000, quantity=90)
        assert r.status_code == 201, r.text  # ₹9,900
        # The vendor's counter is held to the same maximum.
        r = await api.bid(vendor["token"], n["id"], amount_paise=11_500)
        assert r.status_code == 422, r.text
        assert r.json()["error"]["detail"]["total_paise"] == 1_035_000
        # An accept is checked where the order is made: the account's maximum lowered
        # (the server started again with a smaller one) refuses the offer on the table.
        app.state.settings.payment_max_total_paise = 900_000
        r = await api.accept(vendor["token"], n["id"], expected_seq=2)
        assert r.status_code == 422, r.text
        error = r.json()["error"]
        assert error["code"] == "total_too_large"
        assert error["detail"] == {"max_total_paise": 900_000, "total_paise": 990_000}
        async with app.state.sessions() as session:
            assert (await session.get(Product, rice["id"])).stock == RICE["stock"]
            assert list(await session.scalars(select(Order))) == []
        neg = (await api.get(customer["token"], f"/api/negotiations/{n['id']}")).json()
        assert neg["status"] == "COUNTERED"  # still bargaining: nothing accepted
        app.state.settings.payment_max_total_paise = MOST
        r = await api.accept(vendor["token"], n["id"], expected_seq=2)
        assert r.status_code == 200, r.text
        assert r.json()["order"]["total_paise"] == 990_000


@pytest.fixture
async def server(database_url: str) -> AsyncIterator[LiveServer]:
    settings = make_settings(database_url, payment_max_total_paise=MOST)
    async with live_server(settings, stt=FakeSTT(), tts=speaking()) as s:
        yield s


async def test_the_socket_refuses_a_deal_above_the_maximum(server: LiveServer) -> None:
    api = Api(server.http)
    vendor = await api.register("vendor", language="en")
    customer = await api.register("customer", language="en")
    rice: dict[str, Any] = await api.product(vendor["token"], **RICE)
    n = (await api.open(customer["token"], rice["id"], quantity=90))["id"]
    ws, got, task = await open_browser(server, n, customer["token"], language="en")
    await ws.send(json.dumps({"type": "offer", "amount_paise": 11_200}))  # ₹10,080
    await wait_for(lambda: got.of("error"), what="the refusal")
    [error] = got.of("error")
    assert error["code"] == "total_too_large"
    assert error["detail"] == {"max_total_paise": MOST, "total_paise": 1_008_000}
    # Words said (or typed) go the same way as the button.
    await ws.send(json.dumps({"type": "text", "text": "I will pay 115 rupees a kilo"}))
    await wait_for(lambda: len(got.of("error")) == 2, what="the second refusal")
    assert got.of("error")[1]["code"] == "total_too_large"
    assert not got.of("offer")
    await ws.send(json.dumps({"type": "offer", "amount_paise": 11_000}))  # ₹9,900
    await wait_for(lambda: got.of("offer"), what="the offer within the maximum")
    offer = got.of("offer")[0]
    # The vendor accepts after the maximum was lowered: refused on the socket too.
    server.app.state.live.max_total_paise = 900_000
    vws, vgot, vtask = await open_browser(server, n, vendor["token"], language="en")
    await vws.send(json.dumps({"type": "accept", "expected_seq": offer["bid_seq"]}))
    await wait_for(lambda: vgot.of("error"), what="the accept refused")
    [refused] = vgot.of("error")
    assert refused["code"] == "total_too_large"
    assert refused["detail"]["max_total_paise"] == 900_000
    async with server.app.state.sessions() as session:
        assert (await session.get(Product, rice["id"])).stock == RICE["stock"]
    task.cancel()
    vtask.cancel()
