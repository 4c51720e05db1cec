"""One price for several goods, one of them counted: "give four rotis and aloo sabzi for
60", "two kilo onions and a kilo of tomatoes for 100", "நாலு சப்பாத்தியும் குருமாவும்
அறுபதுக்கு", "ನಾಲ್ಕು ಚಪಾತಿ, ಆಲೂ ಪಲ್ಯ ಅರವತ್ತಕ್ಕೆ ಕೊಡಿ". The price is a total for all the
goods together; the count belongs to one of them only, so the line names no one
quantity and no unit (four rotis are not what the 60 buys)."""

from __future__ import annotations

from dataclasses import replace

from audio.lexicon import fold
from audio.understanding.reading import _plain_word, _Price, _Reading
from audio.understanding.result import Intent, Understanding

# "And", "with": the word joining two goods, typed or in each script.
_AND = frozenset(
    fold(w)
    for w in (
        "and", "with", "plus", "और", "aur", "or", "व", "आणि", "ani", "aani", "आनी", "আর",
        "ও", "ar", "aar", "ને", "અને", "ane", "ne", "ਤੇ", "ਅਤੇ", "ate", "te", "ਨਾਲ", "మరియు",
        "ಮತ್ತು", "mattu", "மற்றும்", "ഒപ്പം", "కలిపి", "kalipi", "ಜೊತೆ", "ಜೊತೆಗೆ", "jote",
    )
)  # fmt: skip

# The "and" clitic of Tamil and Malayalam after a vowel, on each of the goods joined
# ("சப்பாத்தியும் குருமாவும்", "ചപ്പാത്തിയും കറിയും"); never a verb's "-ணும்" (must).
_AND_ENDINGS = tuple(fold(w) for w in ("யும்", "வும்", "യും", "വും"))


def _goods(reading: _Reading, start: int, stop: int) -> list[int]:
    return [k for k in range(start, stop) if _plain_word(reading, k)]


def several_goods_priced(
    reading: _Reading, chosen: _Price | None, heard: Understanding
) -> Understanding:
    """Drop the count of one of several goods priced together ("four rotis and dal for
    70"): a total, no quantity, no unit."""
    if chosen is None or chosen.each or heard.quantity is None:
        return heard
    if heard.intent not in (Intent.OFFER, Intent.COUNTER):
        return heard
    if len([p for p in reading.prices if not p.negated]) != 1:
        return heard
    counts = [q for q in reading.quantities if q.value and q.end <= chosen.start]
    if not counts or reading.number_at[counts[0].start] is None:
        return heard
    first = counts[0]
    counted = {k for q in reading.quantities for k in range(q.start, q.end)}
    between = range(first.end, chosen.start)
    if any(reading.number_at[k] is not None and k not in counted for k in between):
        return heard  # "two kilo 400, cleaning 20 extra, give 420": the count's own price
    rate = chosen.quantity
    if chosen.per_unit and rate is not None and rate.start >= chosen.end:
        return heard  # "buy five dozen and I'll do 50 a dozen": a rate of the count's unit
    words = reading.words
    for k in range(first.end, chosen.start):
        joined = words[k] in _AND
        if not joined and not words[k].endswith(_AND_ENDINGS):
            continue
        if words[k].endswith(_AND_ENDINGS):
            later = [j for j in range(k + 1, chosen.start) if words[j].endswith(_AND_ENDINGS)]
            if not later or not _plain_word(reading, k):
                continue
            before, after = _goods(reading, first.end, k + 1), later
        else:
            before = _goods(reading, first.end, k)
            after = _goods(reading, k + 1, chosen.start)
        if before and after:
            return replace(heard, quantity=None, unit=None, per_unit=False)
    return heard
