"""Changes no party made reach the room: the sweeper's expiry of an idle negotiation and
of an unpaid order, and a payment that completes the deal, each give the room's sockets
a `state` event once committed; a change rolled back tells nothing."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import pytest

from models import Order, utcnow
from server.domain import negotiation as domain
from server.domain.context import Actor
from tests.conftest import Api, make_settings
from tests.live_helpers import LiveServer, Received, live_server, open_browser, speaking, wait_for


@pytest.fixture
async def server(database_url: str) -> AsyncIterator[LiveServer]:
    async with live_server(make_settings(database_url), tts=speaking()) as s:
        yield s


async def deal_room(server: LiveServer, *, accept: bool) -> tuple[dict[str, Any], int, Any]:
    api = Api(server.http)
    vendor = await api.register("vendor")
    customer = await api.register("customer")
    product = await api.product(vendor["token"])
    n = (await api.open(customer["token"], product["id"], amount_paise=3500))["id"]
    order = None
    if accept:
        order = (await api.accept(vendor["token"], n)).json()["order"]
    return {"customer": customer, "order": order}, n, api


def states(got: Received) -> list[str]:
    return [e["negotiation"]["status"] for e in got.of("state")]


async def test_an_idle_negotiation_expiring_is_told(server: LiveServer) -> None:
    m, n, _api = await deal_room(server, accept=False)
    ws, got, task = await open_browser(server, n, m["customer"]["token"], language="hi")
    await wait_for(lambda: got.of("snapshot"), what="snapshot")
    later = utcnow() + timedelta(seconds=server.app.state.settings.negotiation_idle_seconds + 1)
    async with server.app.state.sessions() as session, session.begin():
        assert await domain.expire_idle(session, Actor.system(), now=later) == [n]
    await wait_for(lambda: "EXPIRED" in states(got), what="the expiry told")
    await ws.close()
    await task


async def test_an_unpaid_order_lapsing_and_a_payment_are_told(server: LiveServer) -> None:
    m, n, _api = await deal_room(server, accept=True)
    ws, got, task = await open_browser(server, n, m["customer"]["token"], language="hi")
    await wait_for(lambda: got.of("snapshot"), what="snapshot")
    async with server.app.state.sessions() as session, session.begin():
        order = await session.get(Order, m["order"]["id"])
        assert order is not None
        await domain.complete_payment(session, Actor.system(), order)
    await wait_for(lambda: "COMPLETED" in states(got), what="the payment told")

    m2, n2, _api = await deal_room(server, accept=True)
    ws2, got2, task2 = await open_browser(server, n2, m2["customer"]["token"], language="hi")
    await wait_for(lambda: got2.of("snapshot"), what="snapshot")
    later = utcnow() + timedelta(seconds=server.app.state.settings.reservation_ttl_seconds + 1)
    async with server.app.state.sessions() as session, session.begin():
        assert await domain.release_unpaid(session, Actor.system(), now=later) == [
            m2["order"]["id"]
        ]
    await wait_for(lambda: "EXPIRED" in states(got2), what="the lapse told")
    for socket, reading in ((ws, task), (ws2, task2)):
        await socket.close()
        await reading


async def test_a_change_rolled_back_tells_nothing(server: LiveServer) -> None:
    m, n, _api = await deal_room(server, accept=False)
    ws, got, task = await open_browser(server, n, m["customer"]["token"], language="hi")
    await wait_for(lambda: got.of("snapshot"), what="snapshot")
    later = utcnow() + timedelta(seconds=server.app.state.settings.negotiation_idle_seconds + 1)
    async with server.app.state.sessions() as session, session.begin():
        assert await domain.expire_idle(session, Actor.system(), now=later) == [n]
        await session.rollback()
    async with server.app.state.sessions() as session, session.begin():
        pass  # a later commit of the same factory carries nothing over
    await asyncio.sleep(0.3)
    assert states(got) == []
    await ws.close()
    await task
