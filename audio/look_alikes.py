"""Nouns that only start like a unit word and its case endings: Tamil "கட்டில்" (a cot)
reads as "கட்டு" (a bunch) + "இல்", Kannada "ಕಟ್ಟಡ" (a building) as "ಕಟ್ಟು" + an ending.
A word that starts with one of these is never matched as a unit by its stem
(`audio.lexicon.Lexicon.lookup`); the unit word itself and its endings ("கட்டுக்கு",
"ಕಟ್ಟಿಗೆ") still are. A verb that starts like a cue word is the same: Malayalam
"കൊള്ളും" (it holds) is no "കൊള്ള" (too dear)."""

from __future__ import annotations

# Written as said; folded where they are used.
UNIT_LOOK_ALIKES = (
    "கட்டில்", "கட்டில", "kattil", "கட்டிட", "kattida", "கட்டணம்", "கட்டண", "kattanam",
    "ಕಟ್ಟಡ", "kattada", "కట్టడ", "kattada", "കെട്ടിട", "kettida",
    "kilometre", "kilometer", "kilometres", "kilometers", "किलोमीटर", "కిలోమీటర్",
    "கிலோமீட்டர்", "কিলোমিটার", "ಕಿಲೋಮೀಟರ್", "കിലോമീറ്റർ", "કિલોમીટર", "ਕਿਲੋਮੀਟਰ",
    # Malayalam "കൊള്ളും", "കൊള്ളുമോ" (holds, fits: കൊള്ളുക) read as "കൊള്ള" (a robbery,
    # "too dear") + "-ും"
    "കൊള്ളു", "kollu",
    # kulfi, kulcha and a clay cup start like "ਕੁਲ", "કુલ" (total): "ਛੇ ਕੁਲਫੀਆਂ", "છ કુલ્ફી"
    "ਕੁਲਫ", "ਕੁਲਚ", "કુલ્ફ", "કુલચ", "કુલડ", "কুলফ", "ಕುಲ್ಫ", "குல்ஃப", "குல்ப", "కుల్ఫ",
    "കുൽഫ", "കുല്ഫ",
)  # fmt: skip
