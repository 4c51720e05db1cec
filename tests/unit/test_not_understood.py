"""What a speaker is told when words heard where a price was expected make no move: one
table per sentence (audio/confirmations.py), every language in every table, and the pages
show the server's text from it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from audio.confirmations import NOT_UNDERSTOOD_TABLES, not_understood
from audio.phrasebook import LANGUAGES
from audio.understanding import understand
from server.live.turns.rules import SCRIPTS, mishearing

STATIC = Path(__file__).resolve().parents[2] / "server" / "web" / "static"


def test_every_language_has_every_text() -> None:
    assert set(LANGUAGES) == set(SCRIPTS) and len(LANGUAGES) == 10
    for name, table in NOT_UNDERSTOOD_TABLES.items():
        assert set(table) == set(LANGUAGES), name
        for language, text in table.items():
            assert text.strip() == text and text, (name, language)
            if name.startswith("heard_"):
                assert text.count("{heard}") == 1, (name, language)
            if language != "en":  # written in the language, not left in English
                assert not re.search(r"[A-Za-z]{3}", re.sub(r"\{\w+\}", "", text)), name


@pytest.mark.parametrize("language", sorted(SCRIPTS))
def test_each_language_says_what_was_heard_and_asks_again(language: str) -> None:
    for reason in ("no_move", "other_language", "nothing_heard"):
        page = not_understood(reason, "  umm   well  ", language)
        phone = not_understood(reason, "umm well", language, can_type=False)
        assert page.endswith(NOT_UNDERSTOOD_TABLES["say_again"][language])
        assert phone.endswith(NOT_UNDERSTOOD_TABLES["say_again_spoken"][language])
        if reason != "nothing_heard":
            assert "“umm well”" in page
        assert ("umm well" in phone) == (reason == "no_move")


def test_long_words_are_cut_and_an_unknown_language_is_english() -> None:
    text = not_understood("no_move", "word " * 50, "xx")
    assert text.startswith("I heard “word word") and "…”, but no price." in text
    assert text.endswith("Please say the price again, or type it.")


@pytest.mark.parametrize(
    ("text", "language", "reason"),
    [
        ("Hello, how are you doing today", "hi", "no_move"),
        ("bahut badhiya maal hai", "hi", "no_move"),
        ("நீங்கள் எப்படி இருக்கிறீர்கள்", "hi", "other_language"),
        ("नमस्ते भैया", "en", "other_language"),
        ("...", "ta", "nothing_heard"),
        ("", "en", "nothing_heard"),
        ("चालीस रुपये किलो", "hi", None),
        ("kitne ka hai?", "hi", None),
        ("Okay, done.", "en", None),
        ("No, too much.", "en", None),
    ],
)
def test_what_makes_no_move(text: str, language: str, reason: str | None) -> None:
    assert mishearing(text, language, understand(text, language=language)) == reason


def test_the_pages_show_the_server_s_text() -> None:
    """No page keeps its own copy of these sentences: both show the event's text."""
    for page in ("shopper.js", "vendor.js"):
        source = (STATIC / page).read_text()
        case = source[source.index('case "not_understood":') :]
        case = case[: case.index("break;")]
        assert "event.text" in case, page
