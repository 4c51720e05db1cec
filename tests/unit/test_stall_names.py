"""A product's name on the stall page: in the reader's script, never empty, no debris."""

from __future__ import annotations

import pytest

from audio.transliteration import transliterate
from server.api.routes.stall import name_in
from server.domain.languages import LANGUAGES, reads_in, visible

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
