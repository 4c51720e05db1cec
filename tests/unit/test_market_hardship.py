"""Talk of tight money or a cold day is small talk: its "small" is no small goods, its
"hot hot" no claim of fresh goods (`audio.market.hardship`)."""

from __future__ import annotations

import pytest

from audio.market import market_act


def heard(text: str, language: str) -> str | None:
    act = market_act(text, language)
    return act.act if act is not None else None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("the wedding will be small this time, money is tight", "en"),
        ("हाथ तंग है, इस बार दिवाली छोटी ही मनाएंगे", "hi"),
        ("ఈసారి పండగ చిన్నగా చేస్తున్నాం, డబ్బులు ఇబ్బంది", "te"),
        ("ऐसी थंडी आहे, गरम गरम चहा पाहिजे", "mr"),
        ("ಚಳಿಗೆ ಬಿಸಿ ಬಿಸಿ ಕಾಫಿ ಬೇಕು ಅನ್ಸುತ್ತೆ", "kn"),
        ("ਅੱਜ ਬੜੀ ਠੰਢ ਹੈ, ਗਰਮ ਗਰਮ ਚਾਹ ਚਾਹੀਦੀ", "pa"),
    ],
)
def test_hardship_or_cold_talk_is_small_talk(text: str, language: str) -> None:
    assert heard(text, language) is None


@pytest.mark.parametrize(
    ("text", "language", "act"),
    [
        ("money is tight, give a little discount", "en", "ask_discount"),
        ("ये आलू बहुत छोटे हैं", "hi", "quality_small"),
        ("गरम गरम जलेबी, अभी अभी उतरी है", "hi", "claim_fresh"),
    ],
)
def test_goods_and_requests_keep_their_act(text: str, language: str, act: str) -> None:
    assert heard(text, language) == act
