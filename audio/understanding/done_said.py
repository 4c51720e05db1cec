"""English "done" right after a noun it completes ("vaccination done", "stitching
done", "deworming done", "टीका done") tells the state of the goods or the work: no
agreement to a price. "Done, 500", "ok done", "deal done" still agree."""

from __future__ import annotations

from audio.lexicon import fold
from audio.understanding.reading import _joined, _Reading

_DONE = frozenset(fold(w) for w in ("done", "डन", "डन्"))
# Words before "done" that make it agreement ("it's done", "that's done", "all done").
_AGREEING = frozenset(
    fold(w) for w in ("it's", "its", "it", "that's", "thats", "that", "all", "sab", "bas", "ho")
)


def done_of_a_noun(reading: _Reading, accepts: list[int]) -> list[int]:
    """`accepts` less a "done" said right after a plain word (no cue, no number)."""
    words = reading.words
    kept = []
    for a in accepts:
        completes = (
            words[a] in _DONE
            and a > 0
            and _joined(reading, a)
            and reading.is_plain(a - 1)
            and reading.number_at[a - 1] is None
            and words[a - 1] not in _AGREEING
        )
        if not completes:
            kept.append(a)
    return kept
