"""When a short pause may end a turn: the words so far must already make a whole move."""

from __future__ import annotations

import pytest

from server.live.turns.rules import completes_turn


@pytest.mark.parametrize(
    "text",
    [
        "Thirty six rupees.",
        "I can give thirty two.",
        "Brother, I will give thirty rupees a kilo.",
        "Tomatoes, how much for one kilo?",
        "टमाटर चालीस रुपये किलो",
    ],
)
def test_a_price_or_a_question_is_a_whole_move(text: str) -> None:
    language = "hi" if text.startswith("ट") else "en"
    assert completes_turn(text, language=language)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Tomatoes,",
        "Brother.",
        "For you,",
        "These are fresh today.",
        "Okay.",  # "Okay, forty." is common: a bare okay waits for the full silence
        "No.",
        "Forty rupees a kilo and",  # more is coming
        "Thirty rupees for",
        "how much for one kilo",  # a question, but not said as one yet
        "Thirty five rupees a kilo,",  # the recogniser heard the sentence go on
        "Last offer, forty rupees —",
    ],
)
def test_an_opening_or_an_unfinished_sentence_waits(text: str) -> None:
    assert not completes_turn(text, language="en")


def test_the_awaited_yes_is_a_whole_move() -> None:
    assert completes_turn("Yes.", language="en", awaiting_yes=True)
    assert completes_turn("हाँ", language="hi", awaiting_yes=True)
    assert not completes_turn("Yes.", language="en")
