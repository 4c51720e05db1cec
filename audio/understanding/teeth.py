"""A goat's or a bull's teeth: "चौदह हज़ार. दो दाँत का बकरा", "ரெண்டு பல் ஆடு", "రెండు
పళ్ళ మేక", "ਦੋ ਦੰਦਾਂ ਵਾਲਾ ਬੱਕਰਾ". At a livestock market the count of teeth tells the
animal's age: the number right before a tooth word is no price and no count, and the
price said with its thousands stands."""

from __future__ import annotations

from audio.lexicon import fold
from audio.understanding.reading import _Reading

# The tooth word, as a word's start so that case endings stay on ("దాంతనో", "ಹಲ್ಲಿನ").
_TEETH = tuple(
    fold(w)
    for w in (
        "tooth", "teeth", "दाँत", "दांत", "दाती", "daant", "dant", "பல்", "పళ్ళ", "పళ్ల",
        "పన్ను", "দাঁত", "દાંત", "ಹಲ್ಲ", "പല്ല", "ਦੰਦ",
    )
)  # fmt: skip


def teeth_counts(reading: _Reading) -> set[int]:
    """Where a price or a count is the number of an animal's teeth."""
    words = reading.words
    found: set[int] = set()
    for start, end in [(p.start, p.end) for p in reading.prices] + [
        (q.start, q.end) for q in reading.quantities if reading.number_at[q.start] is not None
    ]:
        span = reading.number_at[start]
        if span is None or span.value > 8 or end >= len(words):
            continue
        if words[end].startswith(_TEETH):
            found.add(start)
    return found
