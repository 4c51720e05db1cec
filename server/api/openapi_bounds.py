"""Exact integer bounds in the OpenAPI document.

FastAPI passes the schemas pydantic generates through its own OpenAPI model, whose
`minimum`/`maximum` are floats: an id's `le=MAX_ID` (2^63 - 1) came out as
`9.223372036854776e+18`, which is 2^63, so the document admitted an id the API refuses.
Here every bound of an integer schema is an integer again, the exact one."""

from __future__ import annotations

from typing import Any

from server.api.schemas.fields import MAX_ID

BOUNDS = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")
EXACT_FLOAT = 2**53
"""Below this every integer is a float exactly, so `int()` gives the bound back."""
LARGE_BOUNDS = {float(bound): bound for bound in (MAX_ID, -MAX_ID)}
"""The bounds above `EXACT_FLOAT` the project declares, by the float they became."""


def exact_integer_bounds(node: Any) -> None:
    """Make, in place, every bound of every `"type": "integer"` schema in `node` an int.
    A large bound not in `LARGE_BOUNDS` cannot be told back exactly: that is a bug here
    (add it there), not something to publish rounded."""
    if isinstance(node, list):
        for item in node:
            exact_integer_bounds(item)
        return
    if not isinstance(node, dict):
        return
    if node.get("type") == "integer":
        for key in BOUNDS:
            value = node.get(key)
            if isinstance(value, float):
                node[key] = _exact(value, key)
    for value in node.values():
        if isinstance(value, dict | list):
            exact_integer_bounds(value)


def _exact(value: float, key: str) -> int:
    if value.is_integer() and abs(value) < EXACT_FLOAT:
        return int(value)
    if value in LARGE_BOUNDS:
        return LARGE_BOUNDS[value]
    raise ValueError(f"OpenAPI {key} {value!r} of an integer is not exact: add it to LARGE_BOUNDS")
