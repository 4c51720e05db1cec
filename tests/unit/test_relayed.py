"""The note said before words relayed untranslated (`audio.relayed`): every listener
language names every speaker language as ICU's CLDR data does, and says who spoke."""

from __future__ import annotations

import icu
import pytest

from audio.relayed import LANGUAGE_NAMES, SAID_BY, relay_note

LANGUAGES = ("hi", "en", "ta", "te", "bn", "mr", "gu", "kn", "ml", "pa")


@pytest.mark.parametrize("listener", LANGUAGES)
def test_language_names_are_icus(listener: str) -> None:
    expected = {
        spoken: icu.Locale(spoken).getDisplayLanguage(icu.Locale(listener)) for spoken in LANGUAGES
    }
    assert LANGUAGE_NAMES[listener] == expected


@pytest.mark.parametrize("listener", LANGUAGES)
@pytest.mark.parametrize("side", ["customer", "vendor"])
def test_every_listener_hears_who_spoke_and_in_what(listener: str, side: str) -> None:
    for spoken in LANGUAGES:
        note = relay_note(listener, side, spoken)
        assert note.startswith(SAID_BY[listener][side])
        assert LANGUAGE_NAMES[listener][spoken] in note and note.endswith(":")


def test_the_note_in_english_and_for_unknown_languages() -> None:
    assert relay_note("en", "vendor", "ta") == "The vendor said, in Tamil:"
    assert relay_note("hi", "customer", "en") == "ग्राहक ने कहा (अंग्रेज़ी):"
    assert relay_note("bn", "vendor", "hi") == "বিক্রেতা বললেন (হিন্দি):"
    assert relay_note("xx", "customer", "hi") == "The customer said, in Hindi:"
    assert relay_note("hi", "customer", "xx") == "ग्राहक ने कहा (xx):"
