"""The number passes of a transcript, in order: its numbers found, read and kept or dropped
(a range, a phone number, an address, rupees and paise said apart, a homograph, a lot's
number, an extra charge) before its prices are classified (`audio.understanding.utterance`)."""

from __future__ import annotations

from audio.lexicon import Token, lexicon_for, tokenize
from audio.numbers import NumberSpan, find_numbers, number_table
from audio.understanding.amounts import _measures
from audio.understanding.auctions import drop_lot_numbers
from audio.understanding.clauses import (
    _both_before_unit,
)
from audio.understanding.coins import coins_after_rupees
from audio.understanding.cut_lengths import lengths_cut
from audio.understanding.digit_ranges import ranged_at_lower, split_at_dashes
from audio.understanding.digit_runs import digit_runs, long_digits_bare
from audio.understanding.extras import drop_extra_charges
from audio.understanding.goods_adjectives import fold_adjectives
from audio.understanding.homographs import mark_homographs
from audio.understanding.homonyms import drop_put_verbs
from audio.understanding.hundred_give import hundred_then_give
from audio.understanding.joins import (
    _join_quarters,
    _one_rupee_apart,
    _rupees_and_paise_apart,
    _typed_fractions,
)
from audio.understanding.lasting import tag_cues
from audio.understanding.plates import plate_numbers
from audio.understanding.ranges import split_at_to
from audio.understanding.rates import (
    _genitives,
)
from audio.understanding.reading import _NO_CUES, _Reading, _word_set
from audio.understanding.school_classes import school_classes
from audio.understanding.short_thousands import short_thousands
from audio.understanding.spans import _confirm_numbers, address_numbers
from audio.understanding.written import written_numbers


def read_numbers(
    text: str, language: str, reference_paise: int | None
) -> tuple[list[Token], _Reading, list[NumberSpan]]:
    """`text` tokenized, its reading begun and the number spans that may say an amount."""
    tokens = _typed_fractions(_join_quarters(tokenize(text), language), language)
    tokens = fold_adjectives(tokens, text, language)  # "fifty old sacks": fifty sacks
    n = len(tokens)
    reading = _Reading(tokens, [t.norm for t in tokens], [_NO_CUES] * n, [None] * n)
    reading.number_at = [None] * n
    reading.of_words = _genitives(language)
    reading.suffixes = lexicon_for(language).suffixes
    reading.measures = _measures(language)
    reading.language = language
    reading.less = _word_set(language, "less_words")
    reading.more = _word_set(language, "more_words")
    reading.text = text
    spans = split_at_dashes(
        tokens, text, find_numbers(reading.words, number_table(language)), language
    )
    spans = split_at_to(tokens, spans, language)  # "200 టు 250": a range, no two
    reading.ranged, spans = ranged_at_lower(tokens, text, spans, language)  # "20-25", "40/50"
    # A number past ₹100 crore is no stall price (typed digits held down, misheard scale
    # words; a phone number is found apart): it is not read at all, the rest is asked.
    digits = digit_runs(reading, spans)
    reading.phone = bool(digits)
    reading.oversized = any(not s.value <= 1e9 for s in spans if s.start not in digits)
    spans = [s for s in spans if s.value <= 1e9]
    tag_cues(reading, language, spans)  # "do saal aaram se chalega": no agreement
    lengths_cut(reading, spans)  # "cut it into six-foot pieces": no unit sold
    coins_after_rupees(reading, spans)  # "ஆறு ரூபா அம்பது காசு": ₹6.50
    spans = hundred_then_give(reading, spans)  # "साढ़े चार सौ दो और ...": give 450
    spans = address_numbers(reading, spans)  # "house no. 27/2", "3-45": no price
    spans = plate_numbers(reading, spans)  # "truck number KA 05 4412": no price
    spans = written_numbers(reading, spans)  # "केकवर दहा लिहा": write 10, no price
    spans = short_thousands(reading, spans, reference_paise)  # "eleven five" for ₹12,000
    bare = [s for s in spans if s.start not in digits]  # a phone number is no price
    reading.oversized = reading.oversized or long_digits_bare(reading, bare)
    spans = _rupees_and_paise_apart(reading, spans, language)
    spans = _one_rupee_apart(reading, spans)
    spans = _both_before_unit(reading, spans)
    spans = mark_homographs(reading, spans)  # Punjabi "asi" (we), Tamil "paathu" (looked)
    spans = [s for s in _confirm_numbers(reading, spans) if s.start not in digits]
    spans = drop_put_verbs(reading, spans)  # Telugu "ఇంకో కిలో వేయి": put in, no thousand
    spans = drop_lot_numbers(reading, spans)  # "lot 4, 1550 a quintal": the lot's number
    spans = school_classes(reading, spans)  # "പ്ലസ് ടു ഗൈഡ്": the class, no two
    spans = drop_extra_charges(reading, spans)  # "600 a kilo, cleaning 50 extra": no price
    return tokens, reading, spans
