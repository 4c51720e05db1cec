"""'Count and take', 'check and take': "গুনে নিন, তিরিশটা আছে", "ਗਿਣ ਲਓ", "गिन के ले
लो", "count them". The verb of taking after a verb of counting, checking or looking asks
the other side to count the goods; it agrees to no price."""

from __future__ import annotations

from audio.lexicon import fold
from audio.understanding.reading import _joined, _Reading

# Counting, checking or looking, as a word's start ("গুনে", "गिनके", "ਗਿਣ", "എണ്ണി").
_COUNT_STEMS = tuple(
    fold(w)
    for w in (
        "count", "check", "গুনে", "গুণে", "দেখে", "মিলিয়ে", "gune", "dekhe", "गिन", "गिनके",
        "gin", "ginn", "ginke", "ਗਿਣ", "ਗਿਣਕੇ", "ਦੇਖ", "mojun", "मोजून", "बघून", "ગણી",
        "ગણીને", "gani", "ಎಣಿಸಿ", "ಎಣಿಸ್ಕೊ", "எண்ணி", "எண்ணிப்", "എണ്ണി", "లెక్కపెట్టి",
        "లెక్క", "lekka", "enni",
    )
)  # fmt: skip
# A "then", "and" between: "गिन के", "ਗਿਣ ਕੇ".
_THEN = frozenset(fold(w) for w in ("के", "ke", "ਕੇ", "kar", "कर", "and", "ani", "आणि"))


def counted_then_taken(reading: _Reading, accepts: list[int]) -> list[int]:
    """The accepts that are a verb of taking after one of counting or checking."""
    words = reading.words
    found = []
    for a in accepts:
        k = a - 1
        if k >= 1 and words[k] in _THEN and _joined(reading, a):
            k -= 1
            if not _joined(reading, k + 1):
                continue
        elif not _joined(reading, a):
            continue
        if k >= 0 and words[k].startswith(_COUNT_STEMS):
            found.append(a)
    return found


def asks_to_count(reading: _Reading) -> bool:
    """A verb of taking in the line follows one of counting or checking."""
    starts = [start for _cue, start, _end in reading.occurrences]
    return bool(counted_then_taken(reading, starts))
