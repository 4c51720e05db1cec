"""A "no" said of a time or of what comes along, with no price said and none on the
table: "no power today, I'll give the clothes tomorrow", "pay on the 5th, not now",
"we don't give the rope with the goat", "ಇವತ್ತು ಕರೆಂಟ್ ಇಲ್ಲ, ನಾಳೆ ಕೊಡ್ತೀನಿ"; or a "not"
that only describes, with no number said at all: "there's no sugar in this, right?",
"ಗೇಟ್ ಇಲ್ಲ" (there is no gate). It refuses no price: `other`. A word that refuses in
itself ("no way", "don't want", "ना भाई"), or "too much", still refuses."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.address import ADDRESS
from audio.understanding.conditions import clause_around
from audio.understanding.reading import _Reading
from audio.understanding.refused_that import _verb

# Today, now, tomorrow; with, along with: the "no" is of them.
_ASIDE = frozenset(
    fold(w)
    for w in (
        "today", "now", "tomorrow", "with", "along", "आज", "aaj", "अभी", "abhi", "कल", "kal",
        "साथ", "saath", "आता", "ata", "उद्या", "udya", "सोबत", "sobat", "આજે", "aaje",
        "હમણાં", "કાલે", "સાથે", "ਅੱਜ", "ਹੁਣ", "ਕੱਲ੍ਹ", "ਨਾਲ", "আজ", "এখন", "কাল", "সাথে",
        "সঙ্গে", "ఈరోజు", "ఇవాళ", "ఇప్పుడు", "రేపు", "ಇವತ್ತು", "ಈಗ", "ನಾಳೆ", "ಜೊತೆ",
        "ഇന്ന്", "ഇപ്പോൾ", "നാളെ", "കൂടെ", "இன்னிக்கு", "இன்று", "இப்போ", "நாளைக்கு",
    )
)  # fmt: skip
_REFUSING = (Cue.REJECT, Cue.NEGATION, Cue.NOT)
_DESCRIBING = frozenset({Cue.NEGATION, Cue.NOT})


def refuses_aside(reading: _Reading) -> bool:
    """Whether every refusal in the line is said in a clause with a time or "with"."""
    refusals = [o for o in reading.occurrences if o[0] in _REFUSING]
    if not refusals:
        return False
    for _cue, start, end in refusals:
        clause = clause_around(reading, start, end)
        if not any(reading.words[k] in _ASIDE for k in clause):
            return False
    return True


def describes_only(reading: _Reading, refusals: list[int]) -> bool:
    """Whether no number is said and every refusal is a bare "not" or "there is no"
    (`Cue.NEGATION`, `Cue.NOT`) said after what it is said of, no word that refuses in
    itself nor "too much": "is there no sugar in it?", "there's no parking", "it isn't
    sweet" describe; "nahi bhai", a plain "no" opening its clause, still refuses."""
    if not refusals or any(n is not None for n in reading.number_at):
        return False
    for at in refusals:
        said = {c for c, start, end in reading.occurrences if start <= at < end}
        if not said or not said <= _DESCRIBING:
            return False
        clause = clause_around(reading, at, at + 1)
        if all(reading.words[k] in ADDRESS for k in clause if k < at):
            return False  # "nahi bhai", "இல்லை சார்": a plain "no" opening its clause
        if any(_verb(reading.words[k]) for k in (at - 1, at + 1) if k in clause):
            return False  # "એટલામાં નહીં આપું": a "not" on giving or taking refuses
    return True
