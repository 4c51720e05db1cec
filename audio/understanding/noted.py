"""Writing down, not taking: "नंबर लिहून घ्या", "number likh lo", "নম্বর লিখে নিন",
"ನಂಬರ್ ಬರೆದು ತಗೊಳ್ಳಿ", "എഴുതി എടുത്തോ", "note kar lo", "save kari lo".

"Take" (घ्या, लो, নিন, ತಗೊಳ್ಳಿ, എടുത്തോ) is a word of agreement or a hand-over at a
stall; after a verb of writing, noting or saving (with a "do" between: "नोंद करून घ्या",
"নোট করে নিন") it is the auxiliary of "write it down for yourself" and agrees to
nothing: the speaker dictates a number. Tamil "எப்ப வேணாலும்" (whenever, "call any time")
is no "don't want" either.
"""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.reading import _Reading

# Verbs of writing, noting or saving, as a word's start (native and typed).
_WRITE = tuple(
    fold(w)
    for w in (
        "write", "jot", "लिख", "likh", "लिहून", "लिहा", "lihun", "lihoon",
        "नोंद", "nond", "लिखि", "రాసి", "రాసు", "raasi", "rasi", "எழுதி", "ezhudhi",
        "ezhuthi", "eludhi", "ಬರೆದು", "ಬರ್ದು", "bared", "bard", "લખી", "lakhi", "નોંધી",
        "nondhi", "লিখে", "likhe", "എഴുതി", "ezhuthi", "ਲਿਖ",
    )
)  # fmt: skip
# "Note", "save": a verb only with a "do" after it ("note kar lo"); "नोट ले लो" takes a
# banknote.
_NOTE = frozenset(
    fold(w)
    for w in (
        "note", "save", "नोट", "सेव", "सेव्ह", "నోట్", "సేవ్", "நோட்", "சேவ்", "ನೋಟ್", "ಸೇವ್",
        "નોટ", "સેવ", "নোট", "সেভ", "നോട്ട്", "സേവ്", "ਨੋਟ", "ਸੇਵ",
    )
)  # fmt: skip

# "Do" between the noun-verb and "take": "नोंद करून घ्या", "নোট করে নিন", "save kari lo".
_DO = frozenset(
    fold(w)
    for w in (
        "करून", "karun", "kar", "कर", "karke", "करके", "kari", "કરી", "করে", "kore", "chesi",
        "చేసి", "panni", "பண்ணி", "maadi", "ಮಾಡಿ", "cheythu", "ചെയ്തു", "ਕਰ", "down", "it",
        "पेट्टि", "vechu", "வெச்சு", "రాసి", "ವಿಟ್ಟು",
    )
)  # fmt: skip

_AGREEING = (Cue.ACCEPT, Cue.SOFT_ACCEPT, Cue.TAKE_IT)

# "Whenever": "எப்ப வேணாலும் கூப்பிடுங்க" (call any time), no refusal.
_EVEN_IF = frozenset(
    fold(w) for w in ("வேணாலும்", "வேண்டுமானாலும்", "venaalum", "venalum", "vendumaanaalum")
)


def _written(reading: _Reading, start: int) -> bool:
    """The word at `start` follows a verb of writing, with at most a "do" between."""
    words = reading.words
    k = start - 1
    while k >= 0 and words[k] in _DO and start - k <= 2:
        k -= 1
    if k < 0 or start - k > 3:
        return False
    return words[k].startswith(_WRITE) or (words[k] in _NOTE and k < start - 1)


def untag_noted(reading: _Reading) -> None:
    """Drop the agreement and hand-over cues of a "take" after a verb of writing ("लिहून
    घ्या": write it down), and the refusal cue of Tamil "வேணாலும்" (whenever)."""
    dropped = [
        o
        for o in reading.occurrences
        if (o[0] in _AGREEING and _written(reading, o[1]))
        or (o[0] is Cue.REJECT and reading.words[o[1]] in _EVEN_IF)
    ]
    if not dropped:
        return
    reading.occurrences = [o for o in reading.occurrences if o not in dropped]
    for cue, start, end in dropped:
        for k in range(start, end):
            reading.cues[k] = reading.cues[k] - {cue}
