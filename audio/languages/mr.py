"""Marathi."""

from __future__ import annotations

from audio.languages.base import Cue, LanguageSpec

# fmt: off
VALUES: dict[str, float] = {
    "दोन": 2, "पाच": 5, "सहा": 6, "नऊ": 9, "दहा": 10, "अकरा": 11, "बारा": 12, "तेरा": 13,
    "चौदा": 14, "पंधरा": 15, "सोळा": 16, "सतरा": 17, "अठरा": 18, "एकोणीस": 19, "वीस": 20,
    "पंचवीस": 25, "तीस": 30, "पस्तीस": 35, "चाळीस": 40, "पंचेचाळीस": 45, "पन्नास": 50,
    "पंचावन्न": 55, "साठ": 60, "पासष्ट": 65, "सत्तर": 70, "पंचाहत्तर": 75, "ऐंशी": 80,
    "पंच्याऐंशी": 85, "नव्वद": 90, "पंच्याण्णव": 95, "don": 2, "daha": 10, "vis": 20,
    "pannas": 50, "navvad": 90, "एक": 1,
}
SCALES: dict[str, float] = {"शंभर": 100, "हजार": 1000, "लाख": 100_000, "shambhar": 100}
FRACTIONS: dict[str, float] = {"दीड": 1.5, "अडीच": 2.5, "अर्धा": 0.5, "अर्धी": 0.5}
PREFIXES: dict[str, float] = {"साडे": 0.5, "सव्वा": 0.25, "पावणे": -0.25}

UNITS: dict[str, tuple[str, ...]] = {
    "kg": ("किलो",), "g": ("ग्रॅम", "ग्राम"), "dozen": ("डझन", "dajan"), "piece": ("नग",),
    "litre": ("लिटर",), "bunch": ("जुडी", "judi"),
}

CUES: dict[Cue, tuple[str, ...]] = {
    Cue.CURRENCY: ("रुपये", "रुपया", "रु", "rupaye"),
    Cue.PAISE: ("पैसे",),
    Cue.PER: ("प्रति",),
    Cue.LINK: ("ला", "चा", "ची", "चे", "आहे", "la", "aahe"),
    Cue.EACH: ("प्रत्येकी", "एकाला"),
    Cue.TOTAL: ("एकूण", "सगळे मिळून", "सगळं मिळून", "ekun"),
    Cue.ACCEPT: ("ठीक आहे", "चालेल", "हो", "बरं", "theek aahe", "thik aahe", "chalel"),
    Cue.REJECT: ("नको", "nako", "नाही", "nahi"),
    Cue.NEGATION: ("नको", "nako", "नाही"),
    Cue.TOO_MUCH: ("जास्त", "खूप जास्त", "महाग", "jast", "mahag"),
    Cue.COMPARATIVE: ("पेक्षा कमी", "कमी"),
    Cue.QUESTION: ("किती", "किती ला", "काय भाव", "भाव काय", "kiti", "kay bhav"),
    Cue.WEAK_QUESTION: ("भाव", "दर"),
}
# fmt: on

SPEC = LanguageSpec(
    code="mr",
    values=VALUES,
    scales=SCALES,
    fractions=FRACTIONS,
    prefixes=PREFIXES,
    ambiguous=frozenset(("एक",)),
    units=UNITS,
    cues=CUES,
)
