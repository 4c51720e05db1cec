"""`vyaparmitra qr revoke` takes a stall code however the operator pastes it: the token,
the shopper's address, its picture's address, with a query or fragment a browser or a
messaging app added."""

from __future__ import annotations

import pytest

from server.cli_qr import token_of

TOKEN = "-Ab3_xYz9"


@pytest.mark.parametrize(
    "pasted",
    [
        TOKEN,
        f"  {TOKEN}\n",
        f"https://market.example/s/{TOKEN}",
        f"https://market.example/s/{TOKEN}/",
        f"https://market.example/s/{TOKEN}?lang=hi",
        f"https://market.example/s/{TOKEN}#top",
        f"https://market.example/s/{TOKEN}/?utm_source=whatsapp#x",
        f"https://market.example/api/qr/{TOKEN}.png",
        f"https://market.example/api/qr/{TOKEN}.svg?size=4",
    ],
)
def test_the_token_is_found(pasted: str) -> None:
    assert token_of(pasted) == TOKEN
