"""An accept refused for stock says how much is left: the socket's `error` carries the
refusal's detail (as the REST body does), and the pages word it in all ten languages
(`errors.json` `out_of_stock_left`, with the count and the unit)."""

from __future__ import annotations

import json
import re

from server.domain.languages import SPOKEN, reads_in
from server.live.events import ErrorEvent
from server.web.pages import STATIC


def test_the_socket_error_carries_the_stock_left() -> None:
    event = ErrorEvent(code="out_of_stock", message="…", detail={"stock": 2, "unit": "kg"})
    assert event.payload() == {
        "type": "error",
        "code": "out_of_stock",
        "message": "…",
        "detail": {"stock": 2, "unit": "kg"},
    }
    assert "detail" not in ErrorEvent(code="invalid_message", message="…").payload()


def test_the_stock_left_is_worded_in_every_language() -> None:
    messages = json.loads((STATIC / "errors.json").read_text("utf-8"))["messages"]
    for lang in SPOKEN:
        text = messages[lang]["out_of_stock_left"]
        assert set(re.findall(r"\{(\w+)\}", text)) == {"left", "unit"}, (lang, text)
        assert reads_in(re.sub(r"\{\w+\}", "", text), lang), (lang, text)
    common = (STATIC / "common.js").read_text("utf-8")
    assert "table.out_of_stock_left" in common  # errorText words it from `detail`


def test_both_pages_pass_the_detail_of_a_socket_error() -> None:
    # The shopper's page words a refused accept with the stock left, as the console does.
    shopper = (STATIC / "shopper.js").read_text("utf-8")
    assert "errorText(event.code, event.message, undefined, event.detail)" in shopper
