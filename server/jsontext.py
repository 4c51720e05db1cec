"""JSON read strictly: an object that gives one key twice is refused, wherever the
server reads JSON (request bodies, webhooks, socket frames).

`json.loads` keeps the last of two values for one key, and other readers of the same
text (a proxy, a log, a firewall) may keep the first: `{"amount_paise": 3100,
"amount_paise": 999999999}` is two prices in one request. Nothing a client means is
lost by refusing it; each reader answers with its own error ("amount_paise: given
twice").
"""

from __future__ import annotations

import json
from typing import Any


class RepeatedKey(ValueError):
    """An object of the JSON text gives `key` more than once."""

    def __init__(self, key: str) -> None:
        super().__init__(f"{key}: given twice in one object (give each field once)")
        self.key = key


def _once(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    seen: set[str] = set()
    for key, _ in pairs:
        if key in seen:
            raise RepeatedKey(key)
        seen.add(key)
    return dict(pairs)


_DECODER = json.JSONDecoder(object_pairs_hook=_once)
"""One decoder for every read: `json.loads` with a hook builds a new one each call, which
cost more than reading a bid's body."""


def loads(text: str | bytes) -> Any:
    """`json.loads`, refusing a repeated key (`RepeatedKey`, a `ValueError`)."""
    if isinstance(text, bytes | bytearray):  # as `json.loads` reads bytes
        return _DECODER.decode(text.decode(json.detect_encoding(text), "surrogatepass"))
    if text.startswith("\ufeff"):
        raise json.JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", text, 0)
    return _DECODER.decode(text)


def repeated_key(text: str | bytes) -> RepeatedKey | None:
    """Why this text is refused for a repeated key, or None: none is repeated, or the
    text is no JSON at all (its reader says what is wrong with it then)."""
    try:
        loads(text)
    except RepeatedKey as exc:
        return exc
    except (ValueError, RecursionError):
        return None
    return None
