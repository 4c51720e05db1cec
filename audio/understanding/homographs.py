"""Romanized words that spell a number but are an everyday word of the speaker's own
language. Punjabi "asi" is "we" ("asi roz aunde haan", we come daily), not 80 (typed
"assi"); Tamil "paathu" is "having looked" ("nalla paathu kudunga", pick well and give),
not 10 (typed "pathu"); English "teen" is no Hindi 3; Bengali "ashi" is both আশি (80)
and আসি (I come). Folding merges the spellings, so the words are matched as typed.

Such a word, like Hindi "saath" (60, and "with"), is a number only when the line around
it says one (`audio.understanding.spans._confirm_numbers`): a currency or unit word beside
it, a number word joined to it, a verb that sets the price, or the language's "of/for"
right after it ("saath ka kilo", "sath da de do": for sixty). Else it is no number: a
price is never recorded from the word alone."""

from __future__ import annotations

import itertools
from dataclasses import replace

from audio.languages.base import Cue
from audio.numbers import NumberSpan
from audio.understanding.reading import _NO_CUES, _Reading

_HOMOGRAPHS: dict[str, frozenset[str]] = {
    "pa": frozenset(("asi", "asee")),  # ਅਸੀਂ "we"; 80 is typed "assi"
    "ta": frozenset(("paathu", "paatthu", "paaththu")),  # பார்த்து "having looked"
    "bn": frozenset(("ashi", "aashi", "asi")),  # আসি "I come", and আশি 80
    "en": frozenset(("teen",)),  # "my teen son": English, not Hindi 3
}

# The genitive before a postposition: "box ke saath", "mere saath ka" (with me).
_GENITIVE_ENDS = ("ke", "re", "के", "रे")


def mark_homographs(reading: _Reading, spans: list[NumberSpan]) -> list[NumberSpan]:
    """The spans, a lone romanized homograph among them made ambiguous (it then needs
    the line to say number, as "do" and "saath" do), and the numbers of the "sau baat
    ki ek baat" idiom left out."""
    idiom = _bottom_line(reading, spans)
    for span in spans:
        if span.start in idiom:  # the idiom's words say nothing of the goods either
            for k in range(span.start, span.end + 1):
                reading.number_at[k], reading.cues[k], reading.words[k] = None, _NO_CUES, ""
    spans = [s for s in spans if s.start not in idiom]
    words = _HOMOGRAPHS.get(reading.language)
    if not words:
        return spans
    marked = []
    for span in spans:
        raw = reading.tokens[span.start].raw.lower()
        if span.end - span.start == 1 and not span.ambiguous and raw in words:
            span = replace(span, ambiguous=True)
            reading.number_at[span.start] = span
        marked.append(span)
    return marked


def _bottom_line(reading: _Reading, spans: list[NumberSpan]) -> set[int]:
    """Where "a hundred things, one thing" is said ("sau baat ki ek baat", "sau gallan
    di ik gall", "so vaat ni ek vaat": the bottom line): the starts of its two numbers."""
    words, found = reading.words, set()
    for a, b in itertools.pairwise(spans):
        if a.value != 100 or b.value != 1 or b.start != a.end + 2 or b.end >= len(words):
            continue
        noun = words[a.end]
        if reading.has(a.end + 1, Cue.OF) and words[b.end][:3] == noun[:3]:
            found |= {a.start, b.start}
    return found


def priced_with_of(reading: _Reading, span: NumberSpan) -> bool:
    """A price-sized word with "of/for" right after it ("saath ka kilo", "sath da"), and
    no genitive before it ("box ke saath ka", "mere saath ki": with the box, with me)."""
    if span.value < 10 or not reading.has(span.end, Cue.OF):
        return False
    before = reading.tokens[span.start - 1].raw.lower() if span.start > 0 else ""
    return not reading.has(span.start - 1, Cue.OF) and not before.endswith(_GENITIVE_ENDS)
