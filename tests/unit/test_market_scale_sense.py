"""The loan "scale" is a weighing scale only with a word of weighing in its line; said of
the size of a work it asks nobody to weigh, and the scale said to show too much is the
complaint that the goods are not weighed right (`audio.market.scale_sense`)."""

from __future__ import annotations

import pytest

from audio.market import market_act


def _act(text: str, language: str) -> str | None:
    found = market_act(text, language)
    return found.act if found else None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "the scale of the damage after the flood is too big"),
        ("hi", "इस मेले का scale इस बार बहुत बड़ा है"),
        ("ta", "இந்த திருவிழாவோட scale பெருசு"),
        ("bn", "এই মেলার scale এবার অনেক বড়"),
        ("kn", "ee jatreya scale doddadu"),
        ("pa", "ਇਸ ਮੇਲੇ ਦਾ scale ਵੱਡਾ ਹੈ"),
    ],
)
def test_a_size_is_no_weighing(language: str, text: str) -> None:
    assert _act(text, language) is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "put the onions on the scale"),
        ("hi", "bhaiya scale pe rakh do"),
    ],
)
def test_a_weighing_scale_weighs(language: str, text: str) -> None:
    assert _act(text, language) == "weigh_it"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "the scale is showing 20 grams extra"),
        ("hi", "kanta 100 gram zyada dikha raha hai"),
        ("te", "mee scale 100 grams ekkuva chupistondi"),
    ],
)
def test_a_scale_showing_too_much_is_a_complaint(language: str, text: str) -> None:
    assert _act(text, language) == "weigh_properly"


def test_more_put_on_the_scale_is_no_complaint() -> None:
    assert _act("काट्यावर थोडं जास्त टाका", "mr") != "weigh_properly"
