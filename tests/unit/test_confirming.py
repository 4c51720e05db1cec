"""The notice a listener gets while the other side confirms a spoken accept or refusal,
and the phone's busy notice, in each of the ten languages."""

from __future__ import annotations

from audio.confirming import (
    LANGUAGES,
    NOT_CONFIRMED,
    WAITING_ACCEPT,
    WAITING_REJECT,
    confirming_text,
)
from audio.phrasebook import LANGUAGES as PHRASEBOOK_LANGUAGES
from audio.vendor_phrases import BUSY_OWN, SLOW_CUSTOMER, SLOW_OWN, busy_text


def test_every_language_tells_both_sides_each_notice() -> None:
    assert set(LANGUAGES) == set(PHRASEBOOK_LANGUAGES)
    for table in (WAITING_ACCEPT, WAITING_REJECT, NOT_CONFIRMED):
        assert set(table) == set(LANGUAGES)
    for language in LANGUAGES:
        said = {
            (side, move, state): confirming_text(side, move, state, language)
            for side in ("vendor", "customer")
            for move in ("accept", "reject")
            for state in ("waiting", "cancelled", "lapsed")
        }
        # Each side named, each move worded apart while it waits; a refusal or an
        # accept not confirmed is told alike, and a lapse as words that were no yes.
        for side in ("vendor", "customer"):
            assert said[side, "accept", "waiting"] != said[side, "reject", "waiting"], language
            assert said[side, "accept", "lapsed"] == said[side, "reject", "cancelled"], language
        for key in said:
            if key[0] == "vendor":
                assert said[key] != said[("customer", *key[1:])], (language, key)
        assert all(text and text.strip() == text for text in said.values()), language


def test_the_notices_in_words() -> None:
    assert confirming_text("vendor", "accept", "waiting", "en") == (
        "The vendor is confirming the deal."
    )
    assert confirming_text("customer", "reject", "waiting", "hi") == (
        "ग्राहक सौदा खत्म करने से पहले पुष्टि कर रहे हैं।"
    )
    assert confirming_text("customer", "accept", "lapsed", "ta") == (
        "வாடிக்கையாளர் உறுதி செய்யவில்லை. பேரம் தொடர்கிறது."
    )
    # Answered yes: the deal (or the end) is said instead; an unknown language is English.
    assert confirming_text("vendor", "accept", "answered", "hi") is None
    assert confirming_text("vendor", "accept", "waiting", "xx") == WAITING_ACCEPT["en"]["vendor"]


def test_a_phone_hears_busy_in_its_language() -> None:
    assert set(BUSY_OWN) == set(SLOW_OWN)
    for language in BUSY_OWN:
        assert busy_text(True, language) == BUSY_OWN[language] != SLOW_OWN[language]
        assert busy_text(False, language) == SLOW_CUSTOMER[language]
    assert busy_text(True, "xx") == BUSY_OWN["en"]
