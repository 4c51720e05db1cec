"""The strict JSON reader reads as `json.loads` does, with one decoder for every read."""

from __future__ import annotations

import json

import pytest

from server import jsontext


def test_the_reader_builds_no_decoder_per_read(monkeypatch: pytest.MonkeyPatch) -> None:
    built = 0
    real = json.JSONDecoder.__init__

    def counting(self: json.JSONDecoder, *args: object, **kwargs: object) -> None:
        nonlocal built
        built += 1
        real(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(json.JSONDecoder, "__init__", counting)
    assert jsontext.loads(b'{"amount_paise": 3100}') == {"amount_paise": 3100}
    assert jsontext.repeated_key('{"a": 1, "a": 2}') is not None
    assert built == 0


@pytest.mark.parametrize(
    "text",
    [b'{"a": [1, 2.5, "\\u20b9"]}', '{"a": null}', '"x"', "{}".encode("utf-16"), b"[1]"],
)
def test_the_reader_reads_as_json_loads(text: str | bytes) -> None:
    assert jsontext.loads(text) == json.loads(text)


def test_a_byte_order_mark_in_text_is_refused_as_json_loads_refuses_it() -> None:
    with pytest.raises(json.JSONDecodeError):
        jsontext.loads("\ufeff{}")
