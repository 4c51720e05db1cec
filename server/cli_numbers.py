"""Numbers on the command line are plain ASCII digits, as in the API (docs/api.md):
click's `int`/`float` types take what Python's `int()`/`float()` do, fullwidth `８０００`,
Arabic-Indic `٣` or mathematical `𝟏` digits included. These types refuse them as a usage
error (exit 2) that names the option."""

from __future__ import annotations

from typing import Any

import click

from server.domain.errors import as_typed


def ascii_digits(text: str) -> bool:
    """`text` is one or more of 0-9 and nothing else (not `¹`, `１`, `٣`, `+1`, `1_000`)."""
    return text.isascii() and text.isdigit()


class AsciiIntRange(click.IntRange):
    """A whole number of ASCII digits (a minus sign before them is left to the range
    check, which names the range), within the range."""

    name = "integer range"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, str) and not ascii_digits(value.strip().removeprefix("-")):
            self.fail(f"{as_typed(value)} is not a whole number in the digits 0-9.", param, ctx)
        return super().convert(value, param, ctx)


class AsciiFloat(click.types.FloatParamType):
    """A decimal number written in ASCII (`1.5`, `72`, `1e3`)."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, str) and not value.isascii():
            self.fail(f"{as_typed(value)} is not a number in the digits 0-9.", param, ctx)
        return super().convert(value, param, ctx)


ASCII_FLOAT = AsciiFloat()
