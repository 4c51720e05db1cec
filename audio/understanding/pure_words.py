"""Hindi words of wholeness typed in Latin letters that are also English words: "pure"
(पूरे, the whole) and "sari" (सारी, all of it) are heard from every speaker, yet "this
Kanjeevaram is 12,500, pure silk" and "this sari is 1,200" say what the goods are, not
that the price is a total. In English speech they are never the wholeness word; in any
language "pure" before a material ("pure ghee", "pure cotton") is the English one."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.reading import _Reading

_HOMOGRAPHS = frozenset(fold(w) for w in ("pure", "puri", "sari", "sare"))
_MATERIALS = frozenset(
    fold(w)
    for w in (
        "silk", "cotton", "ghee", "gold", "silver", "wool", "woollen", "leather", "linen",
        "khadi", "copper", "brass", "steel", "desi", "honey", "veg", "sandalwood", "teak",
    )
)  # fmt: skip


def untag_pure(reading: _Reading) -> None:
    """Drop the wholeness cue of "pure" and "sari" where they are the English words."""
    words = reading.words
    for k, word in enumerate(words):
        if not reading.has(k, Cue.TOTAL) or word not in _HOMOGRAPHS:
            continue
        english = reading.language == "en"
        material = word == fold("pure") and k + 1 < len(words) and words[k + 1] in _MATERIALS
        if not (english or material):
            continue
        reading.cues[k] = reading.cues[k] - {Cue.TOTAL}
        reading.occurrences = [
            o for o in reading.occurrences if not (o[0] is Cue.TOTAL and o[1] <= k < o[2])
        ]
