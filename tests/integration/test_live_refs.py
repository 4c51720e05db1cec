"""A client's name for a move (`ref`) comes back on the `error` that refuses it, so a page
that sent several moves before any answer knows which one was refused."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import pytest

from tests.conftest import Api, make_settings
from tests.live_helpers import LiveServer, live_server, open_browser, wait_for


@pytest.fixture
async def server(database_url: str) -> AsyncIterator[LiveServer]:
    async with live_server(make_settings(database_url)) as s:
        yield s


async def _deal(server: LiveServer) -> tuple[Api, dict[str, Any], dict[str, Any], int]:
    api = Api(server.http)
    vendor = await api.register("vendor")
    customer = await api.register("customer")
    product = await api.product(vendor["token"])  # ₹40 a kilo list, ₹32 floor
    n = (await api.open(customer["token"], product["id"], amount_paise=3000))["id"]
    return api, vendor, customer, n


async def _errors_after_pong(ws: Any, got: Any, count: int) -> list[dict[str, Any]]:
    await ws.send(json.dumps({"type": "ping"}))
    await wait_for(lambda: len(got.of("pong")) >= count, what="pong")
    return list(got.of("error"))


async def test_each_refused_move_is_named_by_its_ref(server: LiveServer) -> None:
    _, vendor, customer, n = await _deal(server)
    v, vgot, _ = await open_browser(server, n, vendor["token"], language="ta")
    _, cgot, _ = await open_browser(server, n, customer["token"], language="hi")
    # Three moves sent before any answer: a counter, one above the list price, and an
    # accept, which finds the vendor's own counter the latest by then.
    await v.send(json.dumps({"type": "offer", "amount_paise": 3800, "ref": "o-1"}))
    await v.send(json.dumps({"type": "offer", "amount_paise": 9900, "ref": "o-2"}))
    await v.send(json.dumps({"type": "accept", "ref": "a-1"}))
    errors = await _errors_after_pong(v, vgot, 1)
    assert [(e["code"], e.get("ref")) for e in errors] == [
        ("invalid_offer", "o-2"),
        ("not_your_turn", "a-1"),
    ], errors
    assert [e["amount_paise"] for e in vgot.of("offer") if e["side"] == "vendor"] == [3800]
    # A refusal of a move that named nothing names nothing; the other side sees no error.
    await v.send(json.dumps({"type": "offer", "amount_paise": 9900}))
    errors = await _errors_after_pong(v, vgot, 2)
    assert "ref" not in errors[-1] and errors[-1]["code"] == "invalid_offer"
    assert cgot.of("error") == []


async def test_a_malformed_move_is_named_when_its_ref_is_plain(server: LiveServer) -> None:
    _, _, customer, n = await _deal(server)
    c, got, _ = await open_browser(server, n, customer["token"], language="hi")
    await c.send(json.dumps({"type": "offer", "amount_paise": -5, "ref": "o-7"}))
    await c.send(json.dumps({"type": "offer", "amount_paise": 3100, "ref": "x" * 65}))
    await c.send(json.dumps({"type": "offer", "amount_paise": 3100, "ref": 7}))
    await c.send(json.dumps({"type": "text", "text": "", "ref": "t-1"}))
    errors = await _errors_after_pong(c, got, 1)
    assert [(e["code"], e.get("ref")) for e in errors] == [
        ("invalid_message", "o-7"),
        ("invalid_message", None),
        ("invalid_message", None),
        ("invalid_message", "t-1"),
    ], errors
    assert errors[1]["message"].startswith("ref:")
    assert got.of("offer") == []  # nothing refused was recorded


async def test_typed_words_and_a_button_answer_carry_their_ref(server: LiveServer) -> None:
    _, _, customer, n = await _deal(server)
    c, got, _ = await open_browser(server, n, customer["token"], language="hi")
    await c.send(
        json.dumps({"type": "confirm_price", "utterance_id": "t-none", "confirm": True, "ref": "q"})
    )
    await wait_for(lambda: got.of("error"), what="the answer refused")
    assert got.of("error")[0]["code"] == "confirm_unknown"
    assert got.of("error")[0]["ref"] == "q"
    # Typed words that offer a price go through: no error at all.
    await c.send(json.dumps({"type": "text", "text": "33 रुपये किलो", "ref": "t-2"}))
    await wait_for(lambda: got.of("offer"), what="the typed offer")
    assert len(got.of("error")) == 1
