"""Sentence splitting for streaming synthesis."""

from __future__ import annotations

import pytest

from audio.sentences import MAX_SENTENCE_CHARS, split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The price is forty rupees per kilo. Okay?",
            ["The price is forty rupees per kilo.", "Okay?"],
        ),
        ("Really! Forty? No way.", ["Really!", "Forty?", "No way."]),
        (
            "टमाटर चालीस रुपये किलो है। ठीक है? अच्छा॥ चलो",
            ["टमाटर चालीस रुपये किलो है।", "ठीक है?", "अच्छा॥", "चलो"],
        ),
        ("یہ چالیس روپے ہے۔ ٹھیک ہے؟ ہاں", ["یہ چالیس روپے ہے۔", "ٹھیک ہے؟", "ہاں"]),
        # The danda needs no space after it.
        ("चालीस रुपये।पचास नहीं।", ["चालीस रुपये।", "पचास नहीं।"]),
        ("first line\nsecond line\n\nthird line", ["first line", "second line", "third line"]),
        ('He said "Fine." Then he left.', ['He said "Fine."', "Then he left."]),
        ("It costs 40. Fifty is too much.", ["It costs 40.", "Fifty is too much."]),
        ("Wait... what?", ["Wait...", "what?"]),
    ],
)
def test_breaks(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tomatoes are ₹40.50 per kilo today.",
        "Give me Rs. 40 and take it.",
        "Rs.40 is my last price.",
        "रु. 40 दीजिए।",
        "Dr. Rao and Mr. Shah agree on 3.5 kilos.",
        "Stall No. 5 has onions.",
        "A. R. Rahman sings here.",
        "Pay at vyaparmitra.in today.",
        "Take onions, e.g. the red ones.",
    ],
)
def test_prices_titles_and_decimals_stay_whole(text: str) -> None:
    assert split_sentences(text) == [text]


def test_no_before_a_word_still_ends_the_sentence() -> None:
    assert split_sentences("I say no. I won't go lower.") == ["I say no.", "I won't go lower."]


def test_short_fragments_join_the_next_sentence() -> None:
    assert split_sentences("1. Tomatoes. 2. Onions.") == ["1. Tomatoes.", "2. Onions."]
    assert split_sentences("Ok. Forty rupees then.") == ["Ok. Forty rupees then."]


def test_short_last_fragment_joins_the_previous_one() -> None:
    assert split_sentences("Forty rupees per kilo. A.") == ["Forty rupees per kilo. A."]


def test_whitespace_is_collapsed_and_nothing_speakable_gives_nothing() -> None:
    assert split_sentences("  Forty   rupees.\t Fine.  ") == ["Forty rupees.", "Fine."]
    assert split_sentences("") == []
    assert split_sentences("   \n ") == []
    assert split_sentences("...") == []


def test_long_sentence_is_cut_at_a_clause_boundary() -> None:
    clause = "tomatoes and onions and potatoes and chillies, "
    text = clause * 12 + "all fresh."
    parts = split_sentences(text)
    assert len(parts) > 1
    assert all(len(p) <= MAX_SENTENCE_CHARS for p in parts)
    assert all(p.endswith((",", ".")) for p in parts)
    assert " ".join(parts) == " ".join(text.split())


def test_long_run_without_spaces_is_cut_anyway() -> None:
    parts = split_sentences("x" * 500, max_chars=200)
    assert [len(p) for p in parts] == [200, 200, 100]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tomatoes, forty rupees a kilo.", ["Tomatoes,", "forty rupees a kilo."]),
        (
            "Look, thirty four rupees, that is all. Fresh today.",
            ["Look, thirty four rupees,", "that is all.", "Fresh today."],
        ),
        ("टमाटर, चालीस रुपये किलो।", ["टमाटर,", "चालीस रुपये किलो।"]),
        # Too short to say alone on either side of the break: the sentence stays whole.
        ("Okay, deal.", ["Okay, deal."]),
        ("Forty rupees, fine.", ["Forty rupees, fine."]),
        ("Thirty six rupees.", ["Thirty six rupees."]),
    ],
)
def test_a_lead_phrase_goes_first(text: str, expected: list[str]) -> None:
    assert split_sentences(text, lead_phrase=True) == expected
    assert " ".join(expected) == " ".join(split_sentences(text))
