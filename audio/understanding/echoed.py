"""The other side's price said back in astonishment and refused: "Twenty-eight fifty?! No
no, too much.", "साढ़े चार सौ?! ना बाबा", "ఎనిమిది వందలా? అంత ఎక్కువా?". A price followed by
"?!" (or by "?" and "so much") with a refusal or "too much" after it is the price refused,
never the speaker's own: a reject with no amount, while a counter said after it ("2850?!
too much, give 2500") keeps its own price."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.understanding.reading import _Price, _Reading

_ASTONISHED = ("?!", "!?", "??", "?!!", "!!")
# "So much?" said right after the "?" ("2850? so much? no"), in the tables' words or not.
_SO_MUCH = ("so much", "that much", "itna", "itne", "इतना", "इतने", "इतनी")


def echoed_and_refused(reading: _Reading, price: _Price) -> bool:
    """Whether `price` is said back with "?!" or "? so much" and refused after it."""
    tokens = reading.tokens
    end = price.end  # past the numbers said with it ("twenty-eight fifty")
    while end < len(tokens) and end < len(reading.number_at) and reading.number_at[end]:
        end += 1
    if end > len(tokens):
        return False
    rest = reading.text[tokens[end - 1].end :].lstrip()
    astonished = rest.startswith(_ASTONISHED)
    asked = rest.startswith("?")
    if not asked and not astonished:
        return False
    after = [(cue, start) for cue, start, _end in reading.occurrences if start >= end]
    so_much = rest[1:].lstrip().lower().startswith(_SO_MUCH)
    if not astonished and not so_much and not any(cue is Cue.TOO_MUCH for cue, _s in after):
        return False  # "sixty? no?" asks; "2850? so much? no" refuses
    return any(cue in (Cue.REJECT, Cue.TOO_MUCH) for cue, _s in after)
