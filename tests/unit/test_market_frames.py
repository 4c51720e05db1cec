"""Broad words that say a market act only in its frame: "free" beside a giving word,
"दूसरा" beside a showing word, "straight" beside the farm, "myself" beside picking."""

from __future__ import annotations

import pytest

from audio.market import market_act
from audio.market.cue_hits import cues_for


def heard(text: str, language: str) -> str | None:
    act = market_act(text, language)
    return act.act if act else None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("is the doctor free on Sunday?", "en"),
        ("दूसरी गाड़ी से जाना पड़ेगा", "hi"),
        ("வேற வழி இல்ல", "ta"),
        ("నేరుగా వెళ్ళి ఎడమకు తిరగండి", "te"),
        ("শেষ বাস কখন?", "bn"),
        ("दुसरा रस्ता बंद आहे", "mr"),
        ("બીજા દિવસે બજાર બંધ હતું", "gu"),
        ("ನಾನೇ ಅಡುಗೆ ಮಾಡ್ತೀನಿ", "kn"),
        ("നേരെ വീട്ടിലേക്ക് പോണം", "ml"),
        ("ਦੂਜਾ ਰਸਤਾ ਲੰਮਾ ਹੈ", "pa"),
        ("my weight went up after Diwali", "en"),
        ("the doctor said I'm getting better", "en"),
    ],
)
def test_a_broad_word_outside_its_frame_is_no_act(text: str, language: str) -> None:
    assert heard(text, language) is None


@pytest.mark.parametrize(
    ("text", "language", "act"),
    [
        ("give two lemons free", "en", "ask_extra"),
        ("दूसरी किस्म दिखाओ", "hi", "show_another"),
        ("వేరే రకం ఇవ్వండి", "te", "show_another"),
        ("সব শেষ দিদি", "bn", "out_of_stock"),
        ("ਸਿੱਧਾ ਖੇਤ ਤੋਂ ਲਿਆਂਦਾ", "pa", "claim_origin"),
        ("ನಾನೇ ಆರಿಸ್ಕೊಳ್ತೀನಿ", "kn", "pick_myself"),
        ("weight is short, check again", "en", "weigh_properly"),
        ("any better ones?", "en", "show_better"),
    ],
)
def test_a_broad_word_in_its_frame_is_the_act(text: str, language: str, act: str) -> None:
    assert heard(text, language) == act


def test_the_frame_mark_is_no_part_of_the_word() -> None:
    index = cues_for("en")
    assert "free" in index.exact or "fri" in index.exact
    assert not any(w.startswith("~") for w in (*index.exact, *index.stems))
