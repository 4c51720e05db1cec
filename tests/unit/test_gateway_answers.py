"""Razorpay answers we cannot use are Razorpay being unavailable (503, retried), never a
half-read entity stored or a crash."""

from __future__ import annotations

from typing import Any

import pytest

from server.payments.errors import GatewayUnavailable
from server.payments.gateway import _items, _one


@pytest.mark.parametrize(
    "got",
    [{"status": "created"}, {"id": "order_" + "A" * 300}, {"id": "order_\u0000x"}, [], "x", None],
)
def test_an_entity_without_a_usable_id_is_unavailable(got: Any) -> None:
    with pytest.raises(GatewayUnavailable):
        _one("an order", got)


def test_an_entity_with_its_id_passes() -> None:
    assert _one("an order", {"id": "order_Abc123", "status": "created"})["id"] == "order_Abc123"


@pytest.mark.parametrize("got", [[], "x", {"items": "x"}, {"items": None}])
def test_a_list_answer_that_is_not_a_list_is_unavailable(got: Any) -> None:
    with pytest.raises(GatewayUnavailable):
        _items(got, "items")


def test_a_list_keeps_only_its_entities() -> None:
    assert _items({"items": [{"id": "pay_1"}, 5, "x", None]}, "items") == [{"id": "pay_1"}]
    assert _items({}, "items") == []
