"""Whether a price can be acted on: two readings of the same words, something doubtful
beside the number, or a garbled transcript lower the confidence so the speaker is asked."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from audio.languages import LANGUAGES, spec
from audio.languages.base import Cue, Kind
from audio.lexicon import TokenKind, fold, lexicon_for
from audio.numbers import (
    NearWords,
    NumberSpan,
    looks_like_joining_number,
    looks_like_number,
    number_table,
    words_to_number,
)
from audio.understanding.address import ADDRESS
from audio.understanding.both import BOTH_FORMS
from audio.understanding.durations import counts_time
from audio.understanding.hours import hour_said
from audio.understanding.rate_now import NOW_WORDS
from audio.understanding.reading import (
    _BULK_UNITS,
    _joined,
    _plain_word,
    _Price,
    _Quantity,
    _Reading,
)
from audio.understanding.unread_parts import part_unread


def _starts_with_any_scale(reading: _Reading, span: NumberSpan, language: str) -> bool:
    found = number_table(language).parts(reading.words[span.start])
    return found is None or found[0][0].kind is Kind.SCALE


def _starts_with_scale(reading: _Reading, span: NumberSpan, language: str) -> bool:
    # A thousand or more said alone: its multiplier may be the word before it, misheard
    # or missing from the tables. A lone "sau" (a hundred) is everyday speech; Bengali
    # says a hundred "একশো", so a lone "sho" after a word the tables miss may have lost
    # its count ("aray sho" is 250, never 100).
    found = number_table(language).parts(reading.words[span.start])
    least = 100 if language == "bn" else 1000
    return found is not None and found[0][0].kind is Kind.SCALE and found[0][0].value >= least


@lru_cache(maxsize=16)
def _near_price_words(language: str) -> NearWords:
    """The speaker's currency and unit words (one word each), for garbled look-alikes."""
    lexicon = lexicon_for(language)
    return NearWords(
        phrase.words[0]
        for phrases in lexicon.by_first_word.values()
        for phrase in phrases
        if len(phrase.words) == 1 and phrase.cue in (Cue.CURRENCY, Cue.PAISE, Cue.UNIT)
    )


# Ways chat types "saade" (+½), "sawa" (+¼), "paune" (−¼) and "dedh" that no table reads
# as such: some are everyday words too (Hindi "saare" is "all", "saada" "plain").
_TYPED_FRACTIONS = (
    "sare", "saare", "saada", "sada", "sadhe", "saadhey", "saadey", "sadey",
    "share", "shaare", "sowa", "sowwa", "showa", "shava", "sova", "savaa", "sawaa", "paune",
    "poune", "pavne", "paavne", "pone", "paone", "paun", "pauna", "dedh", "derh", "der",
    "dhed", "dhai", "dhaai", "arhai", "adhai", "adai", "arai", "aray",
)  # fmt: skip


@lru_cache(maxsize=1)
def _fraction_words() -> frozenset[str]:
    """Every fraction and "saade"-like prefix of every language, folded, with the typed
    spellings above: beside a number the reader did not join them to, the price is
    doubtful ("sare chollish" may be 40½; "sowa sho" 125)."""
    words = {fold(w) for w in _TYPED_FRACTIONS}
    for code in LANGUAGES:
        tables = spec(code)
        words |= {fold(w) for w in (*tables.fractions, *tables.prefixes)}
    return frozenset(words)


def _agrees(reading: _Reading, k: int, price: _Price, reference_paise: int | None) -> bool:
    """Word `k` is a word of agreement in the speaker's language, no fraction of it, and
    the price is the one on the table: Telugu "sare nalabhai" against 40 is "okay, forty";
    with no price known, it may be Bengali "sare" (and a half) and is asked."""
    own = spec(reading.language)
    if reference_paise is None or round(price.unit_paise()) != reference_paise:
        return False
    return reading.has(k, Cue.ACCEPT, Cue.SOFT_ACCEPT) and reading.words[k] not in {
        fold(w) for w in (*own.fractions, *own.prefixes)
    }


def _half_names_next(reading: _Reading, k: int) -> bool:
    """The fraction word `k` comes after a pause and right before another number: it
    names that number's portion ("full plate 60, half 35"), nothing of the price before."""
    gap = reading.text[reading.tokens[k - 1].end : reading.tokens[k].start]
    nxt = reading.number_at[k + 1] if k + 1 < len(reading.words) else None
    paused = bool(set(gap) & set(",;.।"))
    return paused and nxt is not None and nxt.start == k + 1 and nxt.value >= 1


def _fraction_beside(reading: _Reading, price: _Price, reference_paise: int | None) -> bool:
    """A fraction or prefix word right before the price's number (with no pause between)
    or right after it or its rupee word ("irubathu rubai arai"), that the reader did not
    join to it: never drop it silently and
    take the rest (42 for 42½, 100 for 125); the price is asked about."""
    span = price.span
    for k in dict.fromkeys((span.start - 1, span.end, price.end)):
        if not 0 <= k < len(reading.words):
            continue
        if k == span.start - 1 and not _joined(reading, span.start):
            continue  # "sare, chalis": "okay, forty" in Telugu
        if k >= span.end and counts_time(reading, k):
            continue  # "450, आधे घंटे में भेज दूँगा": half an hour, no half rupee
        if k >= span.end and _half_names_next(reading, k):
            continue  # "full plate 60, half 35": the half portion's own price
        other = reading.number_at[k]
        if other is not None and other is not span:
            if k in reading.quantity_at:
                continue  # "chalis rupaye, aadha kilo": the half is a quantity
            if other.end - other.start == 1 and other.value != int(other.value):
                return True  # a lone "sawa" read as 1¼ beside the number
            continue
        if (
            other is None
            and reading.words[k] in _fraction_words()
            and not _agrees(reading, k, price, reference_paise)
        ):
            if k >= span.end and reading.has(k, Cue.UNIT, Cue.CURRENCY):
                continue
            if k >= span.end and reading.has(k + 1, Cue.UNIT):
                continue  # "40 rupees, half kilo": the half is the quantity's
            return True
    return False


_TWO_READINGS: dict[str, frozenset[str]] = {
    "gu": frozenset(fold(w) for w in ("adhi", "aadhi", "adhee", "aDhi")),
}
"""Number words that a speaker of the language means one way and Hindi, heard from
everyone, another: Gujarati "adhi so" is 250 (અઢી), Hindi "aadhi" is a half."""


def _read_two_ways(reading: _Reading, price: _Price) -> bool:
    """The price's number, or the quantity it is for, holds such a word."""
    words = _TWO_READINGS.get(reading.language, frozenset())
    spans = [(price.span.start, price.span.end)]
    if price.quantity is not None:
        spans.append((price.quantity.start, price.quantity.end))
    return any(reading.words[k] in words for start, end in spans for k in range(start, end))


def _paise_without_rupees(reading: _Reading, price: _Price) -> bool:
    """Paise said after a rupee word whose number was not read ("naalpathu rupa aimbathu
    paisa"): the rupees were lost, so ₹0.50 is never the price."""
    span = price.span
    return (
        price.paise < 100
        and reading.has(price.end - 1, Cue.PAISE)
        and reading.has(span.start - 1, Cue.CURRENCY)
    )


_POINTS = frozenset(("point", "pt", "पॉइंट", "प्वाइंट", "दशमलव", "dashamlav", "पॉईंट"))


def _tens_left_aside(raw: str, language: str) -> bool:
    """A word the reading left aside that is, or starts with, a number of ten or more: a
    homonym ("chali", forty or "went") or a number with an ending the tables miss
    ("veesthi", from twenty)."""
    word = raw.lower()
    return any((words_to_number(word[:n], language) or 0) >= 10 for n in range(len(word), 2, -1))


def _unsure_beside(
    reading: _Reading, price: _Price, language: str, reference_paise: int | None = None
) -> bool:
    """Something beside the price's number that makes its reading doubtful: a word the
    tables do not know that looks like a number word (the number may be part of a
    longer one the tables missed) or like a garbled currency or unit word ("பிலோ" for
    கிலோ beside "மூணு"), or a number run into the letters before it ("...ড়ো৯")."""
    span = price.span
    if _fraction_beside(reading, price, reference_paise) or _paise_without_rupees(reading, price):
        return True
    bare = not price.explicit and price.quantity is None and not price.each
    if bare and 1 <= span.value <= 12 and span.value == int(span.value) and hour_said(reading):
        return True  # "open 4, close 6 baje": a number that could be an hour
    if _read_two_ways(reading, price):
        return True
    after = reading.words[span.end] if span.end < len(reading.words) else ""
    if part_unread(reading, span, language, holds_scale=_holds_a_scale(after, language)):
        return True  # "மூவாயிரத்தி அறநூறு": six hundred the tables miss, never ₹3,000
    first = reading.tokens[span.start]
    scale_first = span.start > 0 and _starts_with_scale(reading, span, language)
    if scale_first and _plain_word(reading, span.start - 1):
        word = reading.words[span.start - 1]
        known = reading.more.found([word]) or word in BOTH_FORMS  # "രണ്ടിനും കൂടി ആയിരം"
        known = known or word in ADDRESS  # "chetta, aayirathi anjooru": the listener called
        if not known and (word.isascii() or looks_like_number(word, language)):
            return True  # "der lakh": a lakh, or a multiplier the tables missed
    if first.kind is TokenKind.NUMBER and span.start > 0:
        before = reading.tokens[span.start - 1]
        if before.end == first.start and not reading.has(span.start - 1, Cue.CURRENCY):
            return True
    for k in (span.start - 1, span.end):
        if 0 <= k < len(reading.words) and reading.tokens[k].raw.lower() in _POINTS:
            return True  # "one point five lakh": a decimal the reader does not join
    for k in range(max(span.start - 2, 0), min(span.end + 2, len(reading.words))):
        if span.start <= k < span.end or not _plain_word(reading, k):
            continue
        if k in reading.product_at or k in reading.lone_ones:
            continue
        word = reading.words[k]
        beside = k in (span.start - 1, span.end)
        if beside and not _joined(reading, max(k, span.start)):
            continue  # "ચોર્યાસી, લેવું ...": a pause between, not part of the number
        if reading.more.found([word]) or reading.less.found([word]) or word in BOTH_FORMS:
            continue  # a word the tables know ("കൂടി", together/more; "dono", both)
        if word in NOW_WORDS:
            continue  # "ಇವತ್ತು ಅರವತ್ತೈದಕ್ಕೆ": today, no tens word the tables missed
        if beside and k < span.start and _tens_left_aside(reading.tokens[k].raw, language):
            return True  # "chali panjah", "veesthi pachees": forty (to) fifty, a range
        if k == span.start - 1 and not _starts_with_any_scale(reading, span, language):
            # Before a number that starts with a value, only a word that joins one (a
            # tens, scale, fraction or "saade") could be part of it: "ਛੱਲੀ ਪੰਦਰਾਂ" is
            # corn, fifteen; "ముప్పయి ఐదు" may be a 35 the tables missed.
            if looks_like_joining_number(word, language) or _holds_a_scale(word, language):
                return True  # "ಎರಡ್ನೂರ ಐವತ್ತು": two hundred, the tables missed, and 50
        elif beside and looks_like_number(word, language):
            return True
        # a garbled unit or rupee word; not "બે કિલો કેરી ...", the goods after their count
        near = beside and not price.explicit and _near_price_words(language).near(word)
        rated = price.per_unit and price.quantity is not None and price.quantity.unit
        if near and not reading.has(k - 1, Cue.UNIT) and not (rated and k < span.start):
            # "grapes one forty a kilo": with the unit named after it, the word before
            # the price is the goods, not a garbled unit
            return True
        if k == span.end and reading.has(k + 1, Cue.CURRENCY, Cue.PAISE):
            return True  # "thirty fiv rupees": the word before the rupees may be the number's
    return False


@lru_cache(maxsize=16)
def _scale_stems(language: str) -> re.Pattern[str]:
    """The speaker's own scale words in Indic script, three letters and up ("ನೂರ",
    "வந்த", "శంభర"), which a compound the tables miss still holds: one pattern that
    finds any of them inside a word."""
    table = number_table(language)
    stems = {
        word.rstrip("ಉುೂ்്ു")
        for word, parts in table.words.items()
        if len(parts) == 1 and parts[0].kind is Kind.SCALE and not word.isascii()
    }
    found = sorted(s for s in stems if len(s) >= 3)
    return re.compile("|".join(map(re.escape, found)) if found else "(?!)")  # none: no match


def _holds_a_scale(word: str, language: str) -> bool:
    """Whether a word the tables do not know holds a hundred, thousand or lakh in it:
    "ಎರಡ್ನೂರ" (two hundred, run together in a way the tables do not list)."""
    return not word.isascii() and _scale_stems(language).search(word) is not None


# A vowel sign or other dependent mark that follows another vowel sign, or starts a
# word: Indic script a recogniser emitted as noise ("ੀੁਪੇ੍ੂੈੋ੃"), not as words.
_VOWEL_SIGNS = frozenset(
    chr(c)
    for c in range(0x0900, 0x0D80)
    if unicodedata.category(chr(c)) in ("Mn", "Mc") and "VOWEL SIGN" in unicodedata.name(chr(c), "")
)


def looks_garbled(text: str) -> bool:
    """Whether a transcript holds Indic noise: vowel signs in a row or with no letter
    before them, which no word of any Indic language is written with."""
    stray = 0
    previous = " "
    for char in text:
        if char in _VOWEL_SIGNS:
            carried = previous.isalpha() or unicodedata.category(previous) in ("Mn", "Mc")
            if previous in _VOWEL_SIGNS or not carried:
                stray += 1
        previous = char
    return stray >= 2


def _readings(price: _Price, reference_paise: int | None) -> int | None:
    """The price in paise when its words have one reading, or when the context picks
    one of two; None when two readings stand ("seven fifty": 750 or 7.50)."""
    if price.span.alternative is None:
        return price.paise
    other = round(price.span.alternative * 100)
    if reference_paise is not None and reference_paise > 0:
        near = [p for p in (price.paise, other) if reference_paise / 4 <= p <= reference_paise * 4]
        return near[0] if len(near) == 1 else None
    # Under ₹5 nothing is haggled over ("one twenty" is 120, not ₹1.20); under ₹10 a
    # kilo, a dozen, a litre or a whole lot is not a market price either ("kilo one
    # fifty" is 150). For a piece at ₹5 and up ("seven fifty each") both are, and for a
    # bunch: coriander "seven fifty a bunch" is never ₹750, nor surely ₹7.50 (asked).
    if other < 500:
        return price.paise
    quantity = price.quantity
    bulk = price.per_unit is False or (
        quantity is not None
        and (
            (quantity.unit in _BULK_UNITS and quantity.unit != "bunch")
            or (quantity.value is not None and quantity.value > 1)
        )
    )
    return price.paise if bulk and not price.each else None


def _small_bare_count(reading: _Reading, price: _Price, reference_paise: int | None) -> bool:
    """A lone number under ten with nothing that makes it money: no currency or paise
    word, no unit, no "each" ("mujhe teen chahiye", "I need three", "give me 6", "I have
    1 question"). It counts something far more often than it prices it, and romanized it
    is often another word ("teen", "char", "be"): asked, never recorded. Typed as digits
    it is a price only against one of its size on the table ("6" against eggs at ₹7)."""
    span = price.span
    small = (
        not price.explicit
        and price.quantity is None
        and not price.each
        and not (price.per_unit and _money_said(reading))  # "7 rupees; now 8 a foot"
        and price.paise < 1000
        and span.end - span.start == 1
    )
    if not small or not reading.words[span.start][:1].isdigit():
        return small
    return reference_paise is None or not reference_paise / 4 <= price.paise <= reference_paise * 4


def _money_said(reading: _Reading) -> bool:
    """A money word somewhere in the line: a small rate beside it ("last month seven
    rupees, now eight a foot", "ಏಳು ರೂಪಾಯಿ, ಈಗ ಅಡಿಗೆ ಎಂಟು") is money too."""
    return any(reading.has(k, Cue.CURRENCY) for k in range(len(reading.words)))


_TYPED_TWO_READINGS: dict[str, frozenset[str]] = {"gu": frozenset((fold("sattar"),))}
"""Typed number words with two readings in the language: Gujarati "sattar" is 17
(સત્તર), and Hindi 70, in the same chat. A price holding one is asked about."""


def count_asked_about(price: _Price) -> bool:
    """A bare small number beside a price question, with nothing that makes it money (no
    currency word, unit or "each"): the goods asked about, counted; never a price."""
    span = price.span
    return (
        not price.explicit
        and price.quantity is None
        and not price.each
        and price.paise <= 1200
        and span.end - span.start == 1
    )


def chosen_span(price: _Price) -> range:
    return range(price.span.start, price.span.end)


def rate_asked(reading: _Reading, quantity: _Quantity | None) -> bool:
    """One unit asked about with the question right by it ("ek kilo kitne ka?", "how much
    a dozen?"): the rate. With the goods named between ("one kilo onions how much?",
    "এক কিলো পেঁয়াজ কত?") one kilo of them is asked about; asked first ("the price for
    one bunch of spinach?") it is the rate."""
    if quantity is None:
        return True
    asked = [o[1] for o in reading.occurrences if o[0] in (Cue.QUESTION, Cue.WEAK_QUESTION)]
    after = [k for k in asked if k >= quantity.end]
    if not after:
        return True  # "what's the rate for a kilo of mushrooms?"
    return not any(_plain_word(reading, k) for k in range(quantity.end, min(after)))
