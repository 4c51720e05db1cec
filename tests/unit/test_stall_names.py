"""A product's name on the stall page: in the reader's script, never empty, no debris."""

from __future__ import annotations

import pytest

from audio.transliteration import transliterate
from server.api.routes.stall import name_in
from server.domain.languages import LANGUAGES, reads_in, visible
from server.domain.shown_names import half_written

TOMATO = {
    "hi": "टमाटर",
    "mr": "टोमॅटो",
    "bn": "টমেটো",
    "as": "বিলাহী",
    "ta": "தக்காளி",
    "te": "టమాటా",
    "gu": "ટમેટા",
    "kn": "ಟೊಮೆಟೊ",
    "ml": "തക്കാളി",
    "pa": "ਟਮਾਟਰ",
    "or": "ଟମାଟୋ",
    "ur": "ٹماٹر",
    "en": "Tomato",
}


@pytest.mark.parametrize("source", sorted(TOMATO))
@pytest.mark.parametrize("reader", sorted(LANGUAGES))
def test_every_name_reads_in_every_language(source: str, reader: str) -> None:
    name, transliterated = name_in({source: TOMATO[source]}, reader)
    assert name.strip()
    if transliterated:
        assert reads_in(name, reader), name
    else:
        assert name == TOMATO[source]  # the reader's own script, or the original


@pytest.mark.parametrize("reader", sorted(LANGUAGES - {"hi", "mr"}))
def test_joiners_leave_no_debris(reader: str) -> None:
    for written in ("टमाटर\u200d", "क्\u200dष", "र्\u200dय", "टमाटर😀\u0301\u200d"):
        name, _ = name_in({"hi": written}, reader)
        assert "{" not in name and "\u200d" not in name.replace(written, ""), (written, name)
    assert transliterate("क्\u200dष", "hi", "en") == "ksha"
    assert transliterate("\u200d", "hi", "en") == ""


def test_a_name_that_cannot_be_written_falls_back_to_the_original() -> None:
    marks = "\u0900" * 5  # signs Tamil, Gurmukhi, Gujarati and Odia cannot write
    for reader in ("ta", "pa", "gu", "or", "en"):
        assert name_in({"hi": marks}, reader) == (marks, False)
    # A second name that does transliterate is used before the original.
    assert name_in({"hi": marks, "bn": "টমেটো"}, "ta")[0] == transliterate("টমেটো", "bn", "ta")


def test_visible_and_readable() -> None:
    assert not visible("\ufeff\u202e")
    assert not visible("\u0900\u0901 ")
    assert visible("😀") and visible("१२३")
    # letters and symbols by category that draw nothing
    for blank in ("\u3164", "\u115f\u1160", "\uffa0", "\u2800\u2800", "\u17b4"):
        assert not visible(blank), ascii(blank)
    assert visible("\u3164x")
    assert reads_in("tamaatar (2 kg)", "en")
    assert reads_in("டமாடர் kg", "ta")
    assert not reads_in("ऀऀ", "en")
    assert not reads_in("", "hi")


@pytest.mark.parametrize("reader", sorted(LANGUAGES - {"en"}))
def test_accented_latin_names_are_converted_whole_or_not_at_all(reader: str) -> None:
    """An accented letter is read as its plain letter; a Latin letter with no plain
    reading keeps the word as written, never half converted ("कफ़्é")."""
    for written in ("Café", "Jalapeño", "Crème brûlée", "Straße", "Łódź", "Müsli"):
        name, transliterated = name_in({"en": written}, reader)
        if reader == "ur":
            continue  # no Latin-to-Urdu transliteration here: shown as written
        assert transliterated, (written, reader, name)
        assert not half_written(name), (written, reader, name)
        assert not any(c.isascii() and c.isalpha() for c in name), (written, reader, name)
        assert not any(c in "éñèûßłóüź" for c in name), (written, reader, name)
    for written in ("Ǝgg", "Ca\u0292e"):  # letters with no plain Latin reading
        name, transliterated = name_in({"en": written}, reader)
        assert (name, transliterated) == (written, False), (reader, name)
    assert transliterate("Café", "en", "hi") == "कफ़े"
    assert transliterate("Jalapeño", "en", "ta") == transliterate("Jalapeno", "en", "ta")


def test_half_written() -> None:
    assert half_written("कफ़्é")
    assert half_written("கஃப்é")
    assert not half_written("टमाटर kg")
    assert not half_written("Café")
    assert not half_written("क्\u200dष")
