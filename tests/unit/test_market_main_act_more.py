"""Of two acts in one line the one meant: the one with more flesh shown over ripeness, a
claim proved by buying over a call to look (`audio.market.try_buying`), a delay told
over a stock question (`audio.market.delay_told`), "dried" goods no doubt of age, and
Marathi "ठरलं" romanized the deal over the packing."""

from __future__ import annotations

import pytest

from audio.market import market_act


def _act(text: str, language: str) -> str | None:
    found = market_act(text, language)
    return found.act if found else None


@pytest.mark.parametrize(
    ("language", "text", "act"),
    [
        ("en", "give me the one with more pulp, this is just juice", "show_another"),
        ("hi", "jyada malai vala dikhao na", "show_another"),
        ("en", "anything else? we have dried chillies too", "anything_else"),
        ("en", "these dried apricots are stale", "quality_old"),
        ("ta", "நல்ல இனிப்பு சார், ஒரு முறை வாங்கி பாருங்க", "claim_sweet"),
        ("bn", "অফিস বাসের দেরি আছে এখনও", None),
        ("hi", "अभी ट्रेन में देर है", None),
        ("mr", "thartla, bandhun dya", "deal"),
    ],
)
def test_the_act_meant(language: str, text: str, act: str | None) -> None:
    assert _act(text, language) == act


def test_buy_and_see_alone_calls_to_look() -> None:
    assert _act("வாங்கி பாருங்க அக்கா", "ta") == "come_look"
