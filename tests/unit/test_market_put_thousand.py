"""Telugu "వెయ్యి" is "put" and "a thousand": in a request for extra with no rupee word
it is the verb, and no ₹1,000 is offered (`audio.market.not_offered`)."""

from __future__ import annotations

import asyncio

import pytest

from audio.interpret import interpret
from audio.phrasebook import PhrasebookMT


def _got(text: str) -> tuple[str | None, int | None]:
    r = asyncio.run(
        interpret(text, source="te", target="en", speaker="customer", mt=PhrasebookMT())
    )
    return (r.market.act if r.market else None, r.act.amount_paise if r.act else None)


@pytest.mark.parametrize("text", ["కొంచెం ఉప్పు ఎక్స్‌ట్రా వెయ్యి అన్నా, ఫ్రీగా", "extra veyyi anna, konchem"])
def test_extra_put_is_no_thousand(text: str) -> None:
    assert _got(text) == ("ask_extra", None)


def test_a_thousand_rupees_stays_a_price() -> None:
    assert _got("వెయ్యి రూపాయలు ఇస్తా")[1] == 100_000
