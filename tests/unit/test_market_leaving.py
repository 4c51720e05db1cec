"""Thanks said with the speaker's leaving ("thanks, I'm off", "thanks, pokatte") is a
goodbye (`audio.market.leaving`); a later time with it is still a coming back."""

from __future__ import annotations

import pytest

from audio.market import market_act


def _act(text: str, language: str) -> str | None:
    found = market_act(text, language)
    return found.act if found else None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "thanks so much, I'll be leaving"),
        ("bn", "dhonnobad kaku, ashchi"),
        ("kn", "thanks madam, hogtini"),
        ("kn", "ಥ್ಯಾಂಕ್ಸ್ ಅಣ್ಣ, ಬರುತ್ತೀನಿ"),
        ("ml", "thanks ikka, irangatte"),
        ("te", "thanks andi, vasthanu"),
        ("gu", "thank you kaka, jau chhu"),
        ("pa", "thanks veere, chalda haan"),
        ("ta", "thanks anne, kelamburen"),
    ],
)
def test_thanks_with_leaving_is_goodbye(language: str, text: str) -> None:
    assert _act(text, language) == "goodbye"


def test_thanks_alone_stays_thanks() -> None:
    assert _act("thanks anna", "te") == "thanks"


def test_a_later_time_is_a_coming_back() -> None:
    assert _act("thanks anna, saayantram vastanu", "te") == "come_back_later"
