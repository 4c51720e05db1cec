"""Number words that are also verbs: Telugu "వేయి"/"వెయ్యి" is "a thousand" and "put
(it in)". "ఇంకో కిలో వేయి" (put in one more kilo) names no price; "కిలో వేయి" at the end of
a clause, with no currency word, could be either: it is asked about, never recorded.
After a number ("నలభై వేయి": 40,000, or "put it at forty") the price on the table or the
other number said picks the reading of its size; with neither, it is asked about."""

from __future__ import annotations

from dataclasses import replace

from audio.languages.base import Cue
from audio.lexicon import TokenKind, fold
from audio.numbers import NumberSpan
from audio.understanding.about_numbers import ask_about_numbers
from audio.understanding.address import ADDRESS
from audio.understanding.fallen import mark_fallen_or_ten
from audio.understanding.fraction_scale import scale_fractions
from audio.understanding.reading import _Reading
from audio.understanding.short_thousands import ask_short_hundreds
from audio.understanding.whole_scale import ask_dropped_hundreds, scale_whole_numbers

_PUT_OR_THOUSAND: dict[str, frozenset[str]] = {
    "te": frozenset(fold(w) for w in ("వేయి", "వెయ్యి", "veyi", "veyyi", "veyyu", "vey")),
}


# English "do" after a modal is the verb, never Hindi "do" (two): "can't do less than 740".
_MODALS = frozenset(
    fold(w)
    for w in (
        "can", "can't", "cant", "cannot", "could", "couldn't", "will", "won't", "wont",
        "would", "wouldn't", "i'll", "we'll", "don't", "dont",
    )
)  # fmt: skip
_DO = fold("do")


def _english_do(reading: _Reading, span: NumberSpan) -> bool:
    """The lone "do" after an English modal, with no unit or currency after it."""
    k = span.start
    if span.end - k != 1 or reading.words[k] != _DO or k == 0:
        return False
    return reading.words[k - 1] in _MODALS and not reading.has(k + 1, Cue.UNIT, Cue.CURRENCY)


def _verb_like(reading: _Reading, span: NumberSpan, *, alone: bool = True) -> bool:
    """The span is the thousand-or-put word (alone, or ending a number), ending its
    clause, with no currency word right before or after it."""
    words = _PUT_OR_THOUSAND.get(reading.language)
    if not words or reading.words[span.end - 1] not in words:
        return False
    if (span.end - span.start == 1) != alone:
        return False
    end = span.end
    if end < len(reading.tokens) and reading.tokens[end].kind is not TokenKind.SIGN:
        return False  # "వెయ్యి రూపాయలు", "వెయ్యి ఇస్తా": something follows in the clause
    return not reading.has(span.start - 1, Cue.CURRENCY)


# The scale's weight, put on it "properly" or "well" ("తూకం సరిగా వెయ్యి": weigh it right).
_WEIGHT = frozenset(fold(w) for w in ("తూకం", "తూకము", "thookam", "tookam", "thukam"))
_PROPERLY = frozenset(fold(w) for w in ("సరిగా", "సరిగ్గా", "బాగా", "sariga", "sarigga", "baaga", "baga"))


# "More", "extra", "free", "together" or "in the bag" right before the put-word: "రెండు
# నిమ్మకాయలు ఎక్కువ వేయండి" (put two lemons extra), "సంచిలో వేయి" (put it in the bag).
_EXTRA = frozenset(
    fold(w)
    for w in (
        "ఎక్కువ", "ఎక్కువగా", "అదనంగా", "కలిపి", "ఫ్రీ", "ఫ్రీగా", "ఎక్స్ట్రా", "ఉచితంగా",
        "సంచిలో", "కవర్లో", "బ్యాగులో", "ekkuva", "extra", "free", "kalipi",
    )
)  # fmt: skip


def _after_goods(reading: _Reading, span: NumberSpan) -> bool:
    """A unit or measure word right before: "ఇంకో కిలో వేయి", "రెండు కిలోలు వేయి" (put in
    another kilo, two kilos); or "more", "extra" or "in the bag" (`_EXTRA`)."""
    k = span.start - 1
    if k < 0:
        return False
    return (
        reading.has(k, Cue.UNIT)
        or reading.words[k] in reading.measures
        or reading.words[k] in _EXTRA
    )


def _weighs(reading: _Reading, span: NumberSpan) -> bool:
    """The put-word alone after the scale's weight, perhaps with "properly" between ("తూకం
    సరిగా వెయ్యి", "సరిగ్గా తూకం వేయి అన్నా, …": weigh it properly), with no currency or
    unit word after it (terms of address skipped): no thousand."""
    words = _PUT_OR_THOUSAND.get(reading.language)
    k = span.start
    if not words or span.end - k != 1 or reading.words[k] not in words:
        return False
    before = reading.words[max(0, k - 2) : k]
    if not before or before[-1] not in _WEIGHT | _PROPERLY or not set(before) & _WEIGHT:
        return False
    after = span.end
    while after < len(reading.words) and reading.words[after] in ADDRESS:
        after += 1
    return not reading.has(after, Cue.CURRENCY, Cue.UNIT)


def drop_put_verbs(reading: _Reading, spans: list[NumberSpan]) -> list[NumberSpan]:
    """Spans without the put-verbs said after the goods (they name no number)."""
    kept = []
    for span in spans:
        put = (_verb_like(reading, span) and _after_goods(reading, span)) or _weighs(reading, span)
        if put or _english_do(reading, span):
            for k in range(span.start, span.end):
                reading.number_at[k] = None
            continue
        if _verb_like(reading, span, alone=False) and span.alternative is None:
            # "నలభై వేయి": 40,000, or 40 and "put (it at)"
            span = replace(span, alternative=span.value / 1000)
            for k in range(span.start, span.end):
                reading.number_at[k] = span
        kept.append(span)
    return kept


def mark_put_or_thousand(reading: _Reading, reference_paise: int | None) -> None:
    """A price that may be the verb instead has two readings: it is asked about, unless
    (after a number) the price on the table or another number said picks one."""
    for price in reading.prices:
        if _verb_like(reading, price.span):
            price.two_readings = True
        elif _verb_like(reading, price.span, alone=False) and reference_paise is None:
            price.two_readings = len(reading.prices) == 1


def mark_two_readings(reading: _Reading, reference_paise: int | None) -> None:
    """Prices whose words have two readings: the put-or-thousand word, and a fraction
    said the short way ("साढ़े सात": ₹7.50, ₹750 or ₹7,500), read at the scale of the price
    on the table where it picks one (`audio.understanding.fraction_scale`)."""
    mark_put_or_thousand(reading, reference_paise)
    mark_fallen_or_ten(reading)  # Telugu "kilo padi poyindi": fell, or ten
    scale_fractions(reading, reference_paise)
    scale_whole_numbers(reading, reference_paise)  # "बारह दूँगा" for an ₹18,000 goat
    ask_dropped_hundreds(reading, reference_paise)  # "haan, sattar de dunga" against ₹170
    ask_about_numbers(reading, reference_paise)  # "lagbhag pandrah", "do pachaas"
    ask_short_hundreds(reading)  # "eleven five", "ছ তিনশো" with nothing to pick a scale
