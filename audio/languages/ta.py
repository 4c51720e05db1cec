"""Tamil."""

from __future__ import annotations

from audio.languages.base import Cue, LanguageSpec

# fmt: off
VALUES: dict[str, float] = {
    "ஒன்று": 1, "இரண்டு": 2, "மூன்று": 3, "நான்கு": 4, "ஐந்து": 5, "ஆறு": 6, "ஏழு": 7,
    "எட்டு": 8, "ஒன்பது": 9, "பத்து": 10, "ஒரு": 1,
}
SCALES: dict[str, float] = {"நூறு": 100, "ஆயிரம்": 1000}
FRACTIONS: dict[str, float] = {"அரை": 0.5}
PREFIXES: dict[str, float] = {}

UNITS: dict[str, tuple[str, ...]] = {
    "kg": ("கிலோ",), "g": ("கிராம்",), "dozen": ("டஜன்",), "piece": ("பீஸ்",),
    "litre": ("லிட்டர்",), "bunch": ("கட்டு",),
}

CUES: dict[Cue, tuple[str, ...]] = {
    Cue.CURRENCY: ("ரூபாய்", "ரூபா", "ரூ", "rupai", "rubai"),
    Cue.PAISE: ("பைசா", "காசு"),
    Cue.PER: ("ஒவ்வொரு",),
    Cue.LINK: ("க்கு", "கு", "தான்", "ku"),
    Cue.EACH: ("ஒன்றுக்கு", "ஒன்னுக்கு"),
    Cue.TOTAL: ("மொத்தம்", "மொத்தமாக", "மொத்தமா", "motham"),
    Cue.ACCEPT: ("சரி", "ஓகே", "ஒகே", "sari", "seri"),
    Cue.REJECT: ("வேண்டாம்", "வேணாம்", "முடியாது", "vendam", "venam", "mudiyathu"),
    Cue.NEGATION: ("இல்லை", "இல்ல", "வேண்டாம்", "வேணாம்", "illai", "illa"),
    Cue.TOO_MUCH: ("அதிகம்", "ஜாஸ்தி", "அதிகமா", "jasthi", "athigam"),
    Cue.COMPARATIVE: ("குறைவா", "குறைவாக"),
    Cue.QUESTION: ("எவ்வளவு", "என்ன விலை", "விலை என்ன", "evvalavu", "evlo", "enna vilai"),
    Cue.WEAK_QUESTION: ("விலை", "vilai"),
}
# fmt: on

SPEC = LanguageSpec(
    code="ta",
    values=VALUES,
    scales=SCALES,
    fractions=FRACTIONS,
    prefixes=PREFIXES,
    ambiguous=frozenset(("ஒரு",)),
    units=UNITS,
    cues=CUES,
)
