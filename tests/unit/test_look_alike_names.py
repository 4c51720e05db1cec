"""Names that look the same must be the same: composed (NFC) on the way in, a joiner only
where it joins (Indic letters, Urdu and Persian, emoji sequences), and one stall's
products told apart by what they look like (`look_alike_key`)."""

from __future__ import annotations

import unicodedata

import pytest

from server.api.text import hidden_character, shows_as_written
from server.domain.catalog import look_alike_key


@pytest.mark.parametrize(
    "name",
    [
        "Bhin\u200ddi",  # a joiner between Latin letters draws nothing
        "Gajar\u200c",
        "\u200dOkra",
        "Mango \u200c Lassi",
        "Chai\u200d\u200d",
    ],
)
def test_a_joiner_that_joins_nothing_is_refused(name: str) -> None:
    assert hidden_character(name) in ("U+200C", "U+200D")
    with pytest.raises(ValueError, match="draws nothing"):
        shows_as_written(name)


@pytest.mark.parametrize(
    "name",
    [
        "क्\u200dष",  # Devanagari half form
        "ক্\u200dষ",  # Bengali
        "ന്\u200d",  # a Malayalam chillu written the old way
        "ర\u200cవ",  # Telugu held apart
        "نان\u200cها",  # Persian-style plural held apart, Arabic script
        "👩\u200d🌾",  # an emoji sequence
        "👍🏽\u200d",  # after a skin tone
        "🏳\ufe0f\u200d🌈",  # after an emoji-style selector
    ],
)
def test_a_joiner_in_a_script_or_sequence_that_joins_is_kept(name: str) -> None:
    assert hidden_character(name) is None
    assert shows_as_written(name) == unicodedata.normalize("NFC", name)


def test_names_are_composed_on_the_way_in() -> None:
    decomposed = "Pa\u0303o de queijo"
    assert shows_as_written(decomposed) == "Pão de queijo"
    assert shows_as_written("सब्ज़ी") == unicodedata.normalize("NFC", "सब्ज़ी")


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Brinjal", "BRINJAL"),
        ("Brinjal", "  brinjal "),
        ("Sweet  corn", "sweet corn"),
        ("Jalebi", "J\u0430lebi"),  # Cyrillic а
        ("Kokum", "\u041a\u043ekum"),  # Cyrillic К and о
        ("Pepper", "\u0420e\u0440\u0440er"),  # Cyrillic Р, р
        ("Toor", "T\u03bf\u03bfr"),  # Greek omicron
        ("Crème", "Cre\u0300me"),  # composed and decomposed
        ("ﬁg", "fig"),  # a compatibility ligature
        ("Ber\u200dry", "Berry"),
        ("क्\u200dष", "क्ष"),
    ],
)
def test_look_alikes_share_a_key(one: str, other: str) -> None:
    assert look_alike_key(one) == look_alike_key(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Crème", "Creme"),  # the accent shows
        ("Bhindi", "Bhendi"),
        ("Apple 1 kg", "Apple 7 kg"),
        ("आम", "आमा"),
        ("पका आम", "कच्चा आम"),
    ],
)
def test_names_that_look_different_keep_apart(one: str, other: str) -> None:
    assert look_alike_key(one) != look_alike_key(other)
