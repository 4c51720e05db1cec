"""The shared romanized words for change said with a note's value ask for change in any
language's line (`audio.market.note_change`), not whether the goods are in stock."""

from __future__ import annotations

import pytest

from audio.market import market_act


def _act(text: str, language: str) -> str | None:
    found = market_act(text, language)
    return found.act if found else None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pa", "100 da khulla hega?"),
        ("hi", "2000 ka chhutta hai kya?"),
        ("mr", "200 che sutte ahet ka?"),
        ("ml", "2000 nu chillara kittumo?"),
        ("ta", "200 ku chillarai irukka?"),
        ("bn", "100 er khuchro ache?"),
    ],
)
def test_a_note_to_change(language: str, text: str) -> None:
    assert _act(text, language) == "need_change"


def test_no_change_said_stays_the_vendors() -> None:
    assert _act("khulle ni gi", "pa") == "no_change"
