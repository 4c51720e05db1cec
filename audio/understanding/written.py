"""A number to be written, not paid: "write 10 on the cake", "केकवर दहा लिहा", "केक पर
40 लिख देना", "కేక్ మీద 5 రాయండి". A number with a verb of writing right before it
(English: "write 10 …") or right after it (the verb ends the clause in the Indian
languages: "… दहा लिहा"; a word of quoting may come between: "50 ಅಂತ ಬರೆಯಿರಿ"), and no
money word or unit on it, is text for the goods (an age, a name's number) — no price and
no count. A price elsewhere in the line stands."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.numbers import NumberSpan
from audio.understanding.reading import _Reading

_WRITE = tuple(
    fold(w)
    for w in (
        "write", "लिख", "likh", "लिहा", "liha", "लिहू", "लिहि", "రాయ", "రాసి", "raay",
        "எழுது", "எழுதி", "ezhudh", "ezhuth", "ಬರೆ", "ಬರಿ", "લખ", "লিখ", "എഴുത", "ਲਿਖ",
    )
)  # fmt: skip
# A word that quotes what comes before it: "50 ಅಂತ ಬರೆಯಿರಿ", "7 అని రాయండి" (write "7").
_QUOTING = frozenset(
    fold(w)
    for w in (
        "అని", "ani", "ಅಂತ", "ಅಂತಾ", "antha", "anta", "ಎಂದು", "என்று", "ன்னு", "னு", "nu",
        "എന്ന്", "ennu", "enn", "ऐसा", "असं", "એમ",
    )
)  # fmt: skip
_PRICED = (Cue.CURRENCY, Cue.PAISE, Cue.UNIT, Cue.PER)


def written_numbers(reading: _Reading, spans: list[NumberSpan]) -> list[NumberSpan]:
    """`spans` less the numbers said as text to write."""
    words = reading.words
    kept = []
    for span in spans:
        priced = reading.has(span.end, *_PRICED) or reading.has(span.start - 1, Cue.CURRENCY)
        before = span.start > 0 and words[span.start - 1].startswith(_WRITE)
        at = span.end + (span.end < len(words) and words[span.end] in _QUOTING)
        after = at < len(words) and words[at].startswith(_WRITE)
        if (before or after) and not priced:
            for k in range(span.start, span.end):
                reading.number_at[k] = None
            continue
        kept.append(span)
    return kept
