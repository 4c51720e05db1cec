"""A closing that ends with the speaker leaving ("that's all, thanks, bye", "ਬੱਸ ਇੰਨਾ ਹੀ,
ਚੱਲਦੇ ਆਂ") says goodbye, as "thank you, bye" does; "that's all" alone, or with a
request, stays the end of the order."""

from __future__ import annotations

import pytest

from audio.market import market_act


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Nothing else, thank you, see you."),
        ("en", "that is all for today, bye"),
        ("hi", "और कुछ नहीं, शुक्रिया, चलते हैं"),
        ("hi", "bas itna, thank you, chalta hun"),
        ("pa", "ਹੋਰ ਕੁਝ ਨਹੀਂ, ਸ਼ੁਕਰੀਆ, ਚਲਦੀ ਆਂ"),
        ("pa", "ਬੱਸ ਇਹੀ, ਚੱਲਦਾ ਆਂ"),
        ("gu", "બીજું કંઈ નહીં, આવજો"),
    ],
)
def test_closing_then_leaving_is_goodbye(language: str, text: str) -> None:
    act = market_act(text, language)
    assert act is not None and act.act == "goodbye"


@pytest.mark.parametrize(
    ("language", "text"),
    [("en", "That's all, nothing else."), ("hi", "बस इतना ही, और कुछ नहीं")],
)
def test_closing_alone_is_that_is_all(language: str, text: str) -> None:
    act = market_act(text, language)
    assert act is not None and act.act == "that_is_all"
