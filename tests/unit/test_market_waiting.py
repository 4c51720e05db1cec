"""A wait the speaker must do, is doing or will do, or one for a bus, a train or a person,
is told, not asked of the listener: small talk. "Wait", "ruko", "ఆగండి" and "one minute"
said to the listener still ask to wait."""

from __future__ import annotations

import pytest

from audio.market import market_act


def heard(text: str, language: str) -> str | None:
    act = market_act(text, language)
    return act.act if act else None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("We need to wait for the metro, it's crowded", "en"),
        ("I'm waiting for my daughter, she's at the tailor", "en"),
        ("ऑटो के लिए रुकना पड़ेगा अभी", "hi"),
        ("हम दोस्त के लिए रुके हैं", "hi"),
        ("ট্রেনের জন্য দাঁড়াতে হবে এখন", "bn"),
        ("रिक्षासाठी थांबावं लागेल", "mr"),
        ("मैत्रिणीची वाट बघतेय", "mr"),
        ("રિક્ષા માટે ઊભા રહેવું પડશે", "gu"),
        ("ਆਟੋ ਲਈ ਰੁਕਣਾ ਪਊਗਾ", "pa"),
        ("ஆட்டோவுக்காக நிக்கணும்", "ta"),
        ("ఆటో కోసం ఆగాలి", "te"),
        ("ಆಟೋಗೋಸ್ಕರ ಕಾಯಬೇಕು", "kn"),
        ("ഓട്ടോയ്ക്ക് വേണ്ടി നിക്കണം", "ml"),
    ],
)
def test_a_wait_told_is_no_act(text: str, language: str) -> None:
    assert heard(text, language) is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Wait for me, I'll get the money", "en"),
        ("रुको भैया, पैसे निकालती हूँ", "hi"),
        ("वाट बघा हं, पैसे काढते", "mr"),
        ("ఆగండి, డబ్బులు తీస్తాను", "te"),
        ("ਰੁਕੋ ਜੀ, ਪੈਸੇ ਕੱਢਦਾ", "pa"),
    ],
)
def test_a_wait_asked_of_the_listener_stands(text: str, language: str) -> None:
    assert heard(text, language) == "wait"
