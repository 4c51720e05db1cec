"""A hundreds figure, then "one" with a genitive or "for" ending: "ਸਾਢੇ ਚਾਰ ਸੌ ਇੱਕ ਦਾ",
"साढ़े चार सौ एक का", "நாலரை நூறு ஒண்ணுக்கு", "ಮೂರೂವರೆ ನೂರು ಒಂದಕ್ಕೆ", "সাড়ে চারশো
একটার" is 450 for one (each), never ₹451: the "one" counts the goods. With a fraction word
or tens in the figure it can only be that; a round figure ("चार सौ एक का", "four
hundred one each") may also be 401, so the price is asked (`reading.short_hundreds`).
So is a "one" that counts the goods named after it, a container, a unit or any goods word
with no money word ("ढाई सौ एक डिब्बे का?", "two fifty one crate", "முன்னூத்தி அம்பது
ஒரு மூட்டைக்கு", "ಎರಡೂವರೆ ನೂರು ಒಂದು ಪೆಟ್ಟಿಗೆ"): ₹250 for one box, never ₹251."""

from __future__ import annotations

from collections.abc import Sequence

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.numbers import NumberSpan, find_numbers, number_table
from audio.understanding.containers import container_word
from audio.understanding.countables import counted_goods
from audio.understanding.endings import _ends_in_case
from audio.understanding.reading import _Reading

# Said apart after the "one": "एक का", "ਇੱਕ ਦਾ", "ek ka", "one each".
_OF_ONE = frozenset(
    fold(w)
    for w in ("का", "के", "की", "ka", "ke", "ਦਾ", "ਦੇ", "ਦੀ", "da", "each", "ચા", "चा", "ચો")
)  # fmt: skip
_HUNDRED = 100
_TEN = 10
# A word after the "one" that may name what it counts: a unit, a lot or set word.
_COUNTED = frozenset((Cue.UNIT, Cue.LOT, Cue.SET, Cue.MEASURE))


def _one_for(reading: _Reading, span: NumberSpan) -> bool:
    """Whether the span's last word is "one" said for one: with an ending or a word after."""
    last = span.end - 1
    alone = find_numbers([reading.words[last]], number_table(reading.language))
    if len(alone) != 1 or alone[0].value != 1 or reading.words[last][:1].isdigit():
        return False
    if alone[0].suffix:
        return True
    if span.end >= len(reading.words):
        return False
    return reading.words[span.end] in _OF_ONE or _goods_after(reading, span.end)


def _goods_after(reading: _Reading, k: int) -> bool:
    """Whether word `k`, right after the "one", names goods it counts: a unit, lot or set
    word, a container or goods word, or a word with a case ending or an "of" after it
    ("पेटी का", "பெட்டிக்கு"); never a number, a money word or a verb ("दे दो")."""
    if not reading.tokens[k].norm[:1].isalpha() or reading.number_at[k] is not None:
        return False
    cues = reading.cues[k]
    if cues:
        return cues <= _COUNTED
    return (
        container_word(reading, k)
        or counted_goods(reading, k)
        or reading.has(k + 1, Cue.OF)
        or _ends_in_case(reading, k)
    )


def _rest(reading: _Reading, span: NumberSpan, least: int) -> NumberSpan | None:
    """The figure said before the "one", read on its own, when it is hundreds (or, with
    `least` below that, whole tens)."""
    words = reading.words[span.start : span.end - 1]
    found = find_numbers(words, number_table(reading.language))
    if len(found) != 1 or found[0].start != 0 or found[0].end != len(words):
        return None
    value = found[0].value
    if value != span.value - 1 or value < least or any(w[:1].isdigit() for w in words):
        return None
    if value < _HUNDRED and value % _TEN:
        return None
    return NumberSpan(value, span.start, span.end - 1, False, "")


def one_for_each(reading: _Reading, spans: Sequence[NumberSpan]) -> list[NumberSpan]:
    """The spans with a hundreds figure and "one" said for one cut to the figure, the
    "one" kept as a lone one: "for one", each (`audio.understanding.shape`)."""
    out: list[NumberSpan] = []
    for span in spans:
        # "தொண்ணூறு ஒரு தேங்காய்க்கு": tens and a "one" before goods count one too, where
        # the language says its tens-and-one in one word (English "ninety one" stays 91).
        goods = span.end < len(reading.words) and _goods_after(reading, span.end)
        least = _TEN * 2 if goods and reading.language != "en" else _HUNDRED
        rest = _rest(reading, span, least) if span.end - span.start > 1 else None
        if rest is None or not _one_for(reading, span):
            out.append(span)
            continue
        if rest.value % _HUNDRED == 0:
            reading.short_hundreds.add(rest.start)  # "चार सौ एक का": 400 each, or 401
        reading.lone_ones.add(span.end - 1)
        out.append(rest)
    return out
