"""Counts said with a price for all of them, read in pass 3 (`audio.understanding.amounts`):
a count after a price said with "for" ("चालीस में चार", "ನಲವತ್ತಕ್ಕೆ ನಾಲ್ಕು": four for
forty) and a count of a local measure before its price ("மூணு முழம் அம்பது": three
lengths of a flower string for fifty)."""

from __future__ import annotations

from itertools import pairwise

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.numbers import NumberSpan
from audio.understanding.endings import _ends_in_case, _price_endings, _priced_by_ending
from audio.understanding.orders import AND_WORDS
from audio.understanding.reading import _joined, _Price, _Quantity, _Reading

# "In", "for" said apart after a price: "चालीस में चार" (four for forty), "ਵੀਹ ਵਿੱਚ ਪੰਜ".
_IN = frozenset(fold(w) for w in ("में", "mein", "me", "ਵਿੱਚ", "ਵਿਚ", "ਚ", "vich"))


def count_after_for(reading: _Reading, price: _Price, span: NumberSpan) -> bool:
    """A bare price said with "for" (an ending or a word apart), then a small count:
    "चालीस में चार", "ನಲವತ್ತಕ್ಕೆ ನಾಲ್ಕು", "వందకి ఏడు", "চল্লিশে চারটে", "ચાલીસમાં ચાર": that
    many pieces for the price."""
    small = span.value == int(span.value) and 2 <= span.value <= 50
    if not small or span.value * 2 > price.span.value or _priced_by_ending(reading, span):
        return False
    if reading.has(span.end, Cue.CURRENCY):
        return False  # "पचास में चालीस रुपये": two prices
    if price.end == span.start and price.explicit:
        return _ends_in_case(reading, span.start - 1)  # "কুড়ি টাকায় পাঁচটা"
    if price.end == span.start:
        suffix = price.span.suffix
        return bool(suffix) and suffix.endswith(tuple(_price_endings(reading.language)))
    return price.end == span.start - 1 and reading.words[span.start - 1] in _IN


_PER = frozenset(fold(w) for w in ("per", "प्रति", "prati", "প্রতি", "proti"))

# A length of cloth, rope, wire or pipe, by the stem its endings follow ("मीटरचे",
# "மீட்டருக்கு", "మీటర్లకి", "മീറ്ററിന്", "ਗਜ਼ਾਂ"): the number said right before one is
# that many metres or yards, never a price ("तीस मीटर रस्सी", "a hundred metres of thread").
_LENGTH_STEMS = tuple(
    fold(w)
    for w in (
        "मीटर", "மீட்டர", "మీటర", "মিটার", "મીટર", "ಮೀಟರ", "മീറ്റ", "ਮੀਟਰ", "गज", "ગજ",
        "ਗਜ਼", "ਗਜ", "গজ", "கெஜ", "గజ", "ಗಜ",
    )
)  # fmt: skip
_LENGTH_WORDS = frozenset(
    fold(w)
    for w in (
        "metre", "metres", "meter", "meters", "mtr", "mtrs", "yard", "yards", "gaj",
        # a yard in the word of the language, as said: Marathi "वार" is also a blow and
        # Malayalam "വാര" starts "വാരം", a week
        "वार", "वाराला", "വാര", "വാരയ്ക്ക്", "വാരക്ക്",
    )
)  # fmt: skip


def length_word(reading: _Reading, k: int) -> bool:
    """The word at `k` is a metre or yard word, with or without an ending."""
    if not 0 <= k < len(reading.words):
        return False
    word = reading.words[k]
    return word in _LENGTH_WORDS or (not word.isascii() and word.startswith(_LENGTH_STEMS))


def length_counted(reading: _Reading, span: NumberSpan) -> bool:
    """A number right before a metre or yard word, with no money word on it and no
    "per" between: that many metres, at any size ("thirty metres of rope", "सौ मीटर
    धागा", "நாப்பது மீட்டருக்கு அறுநூத்தி அம்பது"), never a rate of a metre; a rate is said
    with the money word or the other way ("₹40 a metre", "मीटर चालीस", "चालीस का मीटर")."""
    if not length_word(reading, span.end) or _priced_by_ending(reading, span):
        return False
    if span.value <= 0 or _paise_typed(reading, span):
        return False  # "42.50 metre": rupees and paise
    return not reading.has(span.start - 1, Cue.CURRENCY, Cue.PAISE)


def measures_counted(reading: _Reading, spans: list[NumberSpan], index: int) -> bool:
    """A small bare count right before a local measure ("முழம்", "మూరలు", "ಮಾರು",
    "മുഴം"), with a price said after it, or a fraction before any unit of trade
    ("ముప్పావు మీటర్", "ढाई मीटर", "পৌনে এক মিটার"), said with a price or not: the count
    of that measure, not a price (and never kilos); with no price after it, a small
    count before the unit ("ten metres") is that many of it too."""
    span = spans[index]
    if length_counted(reading, span):
        return True
    if not reading.has(span.end, Cue.MEASURE) or _priced_by_ending(reading, span):
        return False
    if reading.words[span.end] in _PER:
        return False  # "twenty per head", "ten per box": a rate, said with "per"
    if span.value != int(span.value):
        return 0 < span.value < 50 and not _paise_typed(reading, span)
    if any(s.start > span.end for s in spans[index + 1 :]):
        return 2 <= span.value <= 20
    # "दस मीटर दे दो", "give me ten metres", "एक सेट दे दो": with no price said, a small
    # number before the unit counts it; a rate is said the other way ("मीटर दस").
    return 1 <= span.value <= 20 and not reading.has(span.start - 1, Cue.CURRENCY)


def _paise_typed(reading: _Reading, span: NumberSpan) -> bool:
    """Digits with two decimals ("42.50 metre") are rupees and paise, not a length."""
    _, dot, part = reading.tokens[span.start].raw.partition(".")
    return span.end - span.start == 1 and bool(dot) and len(part) == 2 and part.isdigit()


def kilos_and_grams(reading: _Reading) -> None:
    """ "One kilo two hundred grams", "एक किलो दो सौ ग्राम", "ஒரு கிலோ இருநூறு கிராம்": one
    weight of 1.2 kg, not a kilo and a count of 200 grams."""
    quantities = sorted(reading.quantities, key=lambda q: q.start)
    for kilos, grams in pairwise(quantities):
        if kilos.unit != "kg" or grams.unit != "g" or not kilos.value or not grams.value:
            continue
        between = reading.words[kilos.end : grams.start]
        if len(between) > 1 or any(w not in AND_WORDS for w in between):
            continue
        if not all(_joined(reading, k) for k in range(kilos.end, grams.start + 1)):
            continue  # "ghee 600 a kilo, the 200 gram tin 130": a pause parts two sizes
        if not grams.value < 1000 or kilos.value != int(kilos.value):
            continue
        reading.quantities.remove(kilos)
        reading.quantities.remove(grams)
        weight = kilos.value + grams.value / 1000
        reading.quantities.append(_Quantity(weight, "kg", kilos.start, grams.end))
        return
