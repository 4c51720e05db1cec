"""Market acts: a wait that everyone is doing for something else, ..."""

from __future__ import annotations

import pytest

from audio.market import market_act


def act_of(text: str, language: str) -> str | None:
    found = market_act(text, language)
    return found.act if found is not None else None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hi", "बेटी का रिज़ल्ट आने वाला है, सबको उसी का इंतज़ार है"),
        ("hi", "bus late hai, sab log wait kar rahe hain"),
        ("ta", "paiyan result varudhu, ellarum adhukku wait panrom"),
        ("kn", "huduga result barta ide, ellaru adakke wait madta iddare"),
        ("pa", "munde da result aun wala hai, sab nu usi da wait hai"),
        ("bn", "pujor chhuti, sobai tar jonno wait korche"),
        ("en", "the exam marks are out today, everybody is waiting on them"),
    ],
)
def test_a_wait_everyone_is_doing_asks_nobody_to_wait(language: str, text: str) -> None:
    assert act_of(text, language) is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hi", "ek minute wait karo bhaiya"),
        ("ta", "oru nimisham wait pannunga"),
        ("kn", "swalpa wait maadi"),
        ("bn", "ektu wait korun"),
        ("en", "wait a minute, everyone"),
    ],
)
def test_a_wait_asked_still_asks(language: str, text: str) -> None:
    assert act_of(text, language) == "wait"
