"""Clothes too small for a child: "small" said of a thing worn, the child named as who
will wear it, doubts the goods (`quality_small`); "small" said of the child stays small
talk."""

from __future__ import annotations

import pytest

from audio.market import market_act


def heard(text: str, language: str) -> str | None:
    act = market_act(text, language)
    return act.act if act else None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ফ্রকটা একটু ছোট, আমার মেয়ের হবে না দাদা", "bn"),
        ("the school shirt is small, my son is taller now", "en"),
        ("these are a bit small for my daughter", "en"),
        ("આ શર્ટ નાનો છે, દીકરાને નહીં આવે", "gu"),
        ("ਇਹ ਸਵੈਟਰ ਛੋਟਾ ਹੈ, ਬੱਚੇ ਨੂੰ ਨਹੀਂ ਆਉਣਾ", "pa"),
        ("ये स्वेटर छोटा है, बेटी को नहीं आएगा", "hi"),
    ],
)
def test_a_thing_worn_small_for_a_child_is_small(text: str, language: str) -> None:
    assert heard(text, language) == "quality_small"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("আমার মেয়ে তো এখনো ছোট", "bn"),
        ("my daughter was small when we moved here", "en"),
        ("દીકરી હજુ નાની છે", "gu"),
        ("ਕੁੜੀ ਅਜੇ ਛੋਟੀ ਹੈ ਜੀ", "pa"),
    ],
)
def test_a_child_said_small_is_small_talk(text: str, language: str) -> None:
    assert heard(text, language) is None
