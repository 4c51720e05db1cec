"""Spoken numbers to values, in every language of `audio.languages`, and digits.

Each word of a number phrase stands for one or more `Part`s (see `audio.languages.base`):
a value ("pachaas" 50), tens a unit adds to ("ముప్పై" 30), a scale ("sau" 100, "ஆயிரம்"
1000), a fraction ("dedh" 1.5) or a prefix that shifts the next value ("saadhe" +0.5).
A word written as several parts ("दोनशे" 2 × 100, "இருநூற்றைம்பது" 2 × 100 + 50) is read
part by part, so one left-to-right pass serves all ten languages: "saadhe teen sau" is
(3 + 0.5) × 100 = 350, "ఒక లక్షా ఇరవై మూడు వేల" is 1 × 100,000 + (20 + 3) × 1000, and
"ek hazaar do sau" is 1 × 1000 + 2 × 100 = 1200.

A word not in a table is tried again without a case ending of the speaker's language
("ஐம்பதுக்கு" → "ஐம்பது", "ನೂರಕ್ಕೆ" → "ನೂರು"), and the ending is kept on the span.
The tables of number words are built in `audio.number_tables`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from audio.languages.base import Kind, Part
from audio.languages.english_scripts import SPOKEN, TENS_SPOKEN, spellings
from audio.lexicon import fold, tokenize
from audio.number_tables import (
    NearWords,
    NumberTable,
    looks_like_joining_number,
    looks_like_number,
    near_joining_numbers,
    near_numbers,
    number_table,
)

__all__ = [
    "Kind",
    "NearWords",
    "NumberSpan",
    "NumberTable",
    "find_numbers",
    "looks_like_joining_number",
    "looks_like_number",
    "near_joining_numbers",
    "near_numbers",
    "number_table",
    "read_number",
    "words_to_number",
]


@dataclass(frozen=True, slots=True)
class NumberSpan:
    value: float
    start: int
    """Index of the first token of the phrase."""
    end: int
    """Index just past its last token."""
    ambiguous: bool
    """A lone word such as "do" or "ek" that needs a unit or currency to count."""
    suffix: str = ""
    """A case ending attached to the last word ("க்கு" of "ஐம்பதுக்கு"), or ""."""
    alternative: float | None = None
    """A second reading of the same words: Indian English "seven fifty" is 750 or 7.50."""
    asked: bool = False
    """The last word carries the speaker's "is it?" ending ("முன்னூறா", "ಮುನ್ನೂರಾ",
    "മുന്നൂറോ", "వందలా"): a question where a "?" follows it, a plain ending elsewhere
    ("முன்னூறா குடுங்க", give it as 300)."""


@dataclass(slots=True)
class _State:
    total: float = 0.0
    current: float | None = None
    last: Kind | None = None
    last_scale: float = float("inf")
    english_unit_only: bool = False
    """The phrase so far is one English word 1–9 ("one" of "one fifty")."""
    after_and: bool = False
    dangling: bool = False
    """The last word was "and" or "a": the phrase cannot end there."""
    rupees_and_paise: float | None = None
    """"seven fifty" read the other way (7.50), while nothing else has been added."""
    prev_digit: bool = False

    @property
    def value(self) -> float:
        return self.total + (self.current or 0.0)

    def copy(self) -> _State:
        """A copy to try the next word on (`dataclasses.replace` is several times slower,
        and this runs once per word read)."""
        return _State(
            self.total,
            self.current,
            self.last,
            self.last_scale,
            self.english_unit_only,
            self.after_and,
            self.dangling,
            self.rupees_and_paise,
            self.prev_digit,
        )


_ENGLISH_UNITS = frozenset(
    "one two three four five six seven eight nine".split()
)  # fmt: skip
_ENGLISH_TEENS_TENS = frozenset(
    "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen "
    "twenty thirty forty fourty fifty sixty seventy eighty ninety".split()
)
_ENGLISH_UNITS_FOLDED = frozenset(
    fold(s) for w in _ENGLISH_UNITS for s in (w, *spellings(SPOKEN[w]))
)  # "one fifty", "वन फिफ्टी"
_ONE = (Part(Kind.VALUE, 1.0),)
_ONE_TO_NINE = frozenset(float(v) for v in range(1, 10))
_ENGLISH_TEENS = frozenset(
    fold(w)
    for w in "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen "
    "nineteen".split()
)  # "fifteen fifty": 1,550 (a quintal's rate) or ₹15.50, said the short way
_QUARTERS = frozenset(fold(w) for w in ("quarter", "quarters"))
_ENGLISH_TEENS_TENS_FOLDED = frozenset(
    fold(s)
    for w in _ENGLISH_TEENS_TENS
    for s in (w, *spellings({**SPOKEN, **TENS_SPOKEN}.get(w, ())))
)


def _push(state: _State, part: Part, word: str, nxt: Part | None) -> int:
    """Add one part to the phrase; how many parts it used (2 when a prefix took the next
    value), or 0 when the phrase cannot go on."""
    kind, value = part.kind, part.value
    if kind is Kind.AND:
        # "two hundred and fifty", "one and a half": "and" only joins numbers.
        if state.last is None or nxt is None:
            return 0
        state.after_and = state.dangling = True
        return 1
    if kind is Kind.ARTICLE:
        if nxt is not None and nxt.kind is Kind.SCALE and state.last is None:
            state.current, state.last, state.dangling = 1.0, Kind.VALUE, True
            return 1
        if state.after_and and nxt is not None and nxt.kind is Kind.FRACTION:
            state.dangling = True
            return 1  # "one and a half": the article belongs to "half"
        return 0
    used = 1
    state.dangling = False
    state.rupees_and_paise = None
    if kind is Kind.PREFIX:
        if state.last is not None and state.last is not Kind.SCALE:
            return 0
        if state.last is Kind.SCALE and state.last_scale <= 100:
            return 0  # "तीन सौ साढ़े तीन सौ": 300, then 350 (never 303.50)
        if nxt is not None and nxt.kind in (Kind.VALUE, Kind.TENS) and nxt.value >= 100:
            return 0  # "sawa 100": "sawa sau" (125) written in digits, or 100¼? asked
        if nxt is not None and nxt.kind in (Kind.VALUE, Kind.TENS):
            value, used = nxt.value + value, 2
        elif nxt is not None and nxt.kind is Kind.SCALE:
            value = 1 + value  # "sawa sau" = 125
        elif value < 0.5:
            value = 1 + value  # "sawa kilo" 1.25, "paune kilo" 0.75
        else:
            return 0
        kind = Kind.FRACTION
    if kind is Kind.SCALE:
        if word == "k" and not state.prev_digit:
            return 0  # "2k" is 2000, but a lone "k" is a letter
        # A bigger scale after "hundred" multiplies it ("two hundred thousand", "दो सौ
        # पचास हज़ार"); otherwise scales only fall ("ek hazaar do sau").
        bigger_after_hundred = state.last_scale == 100 and state.total == 0 and value > 100
        if value >= state.last_scale and not bigger_after_hundred:
            return 0
        base = state.current if state.current is not None else 1.0
        if value == 100:
            state.current = base * value
        else:
            state.total += base * value
            state.current = None
        state.last, state.last_scale = Kind.SCALE, value
        state.english_unit_only = state.after_and = False
        return used
    # a value, tens or a fraction
    if state.last is Kind.SCALE and value >= state.last_scale:
        return 0
    # "दो सौ ढाई सौ", "ਦੋ ਸੌ ਢਾਈ ਸੌ": two numbers (200, 250), never 202.50; only a smaller
    # scale after the half goes on ("ek hazaar dedh sau" 1,150)
    smaller_scale_next = nxt is not None and nxt.kind is Kind.SCALE and nxt.value < state.last_scale
    # (after thousands, "चार हज़ार साढ़े चार" stays one loose figure, asked at the lower)
    if (
        state.last is Kind.SCALE
        and state.last_scale <= 100
        and part.kind is Kind.FRACTION
        and value % 1
        and not smaller_scale_next
    ):
        return 0
    if state.last in (Kind.VALUE, Kind.TENS, Kind.FRACTION):
        current = state.current or 0.0
        tens_unit = kind is Kind.VALUE or (kind is Kind.FRACTION and value >= 1)
        if state.last is Kind.TENS and tens_unit and value < 10 and current % 10 == 0:
            # "forty five", "ముప్పై ఐదు"; "நாப்பத்தி ரெண்டரை" 42½
            state.current = current + value
            state.last, state.english_unit_only = Kind.VALUE, False
            return used
        # "fifteen fifty" but not "eighteen seventy five" (₹18.75, read as before)
        unit_next = nxt is not None and nxt.kind is Kind.VALUE
        teens_short = current < 10 or (value >= 20 and word not in _ENGLISH_TEENS and not unit_next)
        if state.english_unit_only and word in _ENGLISH_TEENS_TENS_FOLDED and teens_short:
            state.current = current * 100 + value  # Indian English "one fifty" = 150
            state.last, state.english_unit_only = kind, False
            if state.total == 0:  # "two thousand two fifty" is 2,250 only
                state.rupees_and_paise = current + value / 100  # ... or ₹1.50
            return used
        if state.last is Kind.VALUE and kind is Kind.FRACTION and state.after_and:
            state.current = current + value  # "one and a half"
            return used
        if state.last is Kind.VALUE and current in (1, 3) and word in _QUARTERS:
            state.current, state.last = current / 4, Kind.FRACTION  # "three quarter kilo"
            return used
        if state.after_and and current >= 100 and current % 100 == 0 and value < 100:
            state.current = current + value  # "100 and 5", as a recogniser writes it
            state.last, state.after_and = kind, False
            return used
        return 0
    after_thousands = (
        state.last is Kind.SCALE and state.last_scale >= 1000 and state.current is None
    )  # "two thousand two fifty": hundreds said the short way after thousands
    # A lone unit word 1–9, English or the speaker's own, before an English tens word:
    # "two fifty", code-mixed "ரெண்டு fifty", "do fifty" (250, said the short way).
    state.english_unit_only = (
        (state.last is None or after_thousands)
        and kind is Kind.VALUE
        and (value in _ONE_TO_NINE or word in _ENGLISH_TEENS)
        and not word.isdigit()
    )
    state.current = (state.current or 0.0) + value
    state.last, state.after_and = kind, False
    return used


def read_number(words: Sequence[str], i: int, table: NumberTable) -> NumberSpan | None:
    """Read the longest number phrase starting at `words[i]` (folded tokens), or None."""
    n = len(words)
    if _no_count_before_scale(words, i, table):
        return None
    found: list[tuple[tuple[Part, ...], str]] = []  # parts and suffix of words[i:]

    def parts_at(j: int) -> tuple[tuple[Part, ...], str] | None:
        while len(found) <= j - i:
            k = i + len(found)
            entry = table.parts(words[k]) if k < n else None
            if entry is None:
                return None
            found.append(entry)
        return found[j - i]

    state = _State()
    best: tuple[int, float, str, float | None] | None = None
    j = i
    skip = 0  # parts of words[j] a prefix already used
    while j < n:
        entry = parts_at(j)
        if entry is None:
            break
        if j == i + 1 and words[j][:1].isdigit() and _ambiguous_word(words[i], table):
            break  # "so 40 rupiya" is "so, 40", not Gujarati "so chalis" (140)
        if state.last in _COUNTS and _one_hundred_and(words[j]):
            break  # "రెండు నూట ముప్పై" is two, and 130: "నూట" is "one hundred and"
        parts, suffix = entry
        stem = words[j][: -len(suffix)] if suffix else words[j]  # "ஃபிஃப்டிக்கு": fifty
        if (
            j == i + 1
            and stem in _ENGLISH_TEENS_TENS_FOLDED
            and not _mixed_hundreds(words, i, table)
        ):
            break  # "de do fifty", "I'll do thirty-seven": the verb, then the number
        if not suffix and parts == _ONE and not words[j].isascii():
            # "one" with a case ending listed whole ("ഒന്നിന്", "ಒಂದಕ್ಕೆ": for one) closes
            # the phrase like any ending: "ഒന്നിന് നൂറ്റമ്പത്" is 150 for one, not 1 × 150
            suffix = table.ending_of(words[j])
        trial = state.copy()
        k = skip
        skip = 0
        ok = True
        while k < len(parts):
            nxt: Part | None
            if k + 1 < len(parts):
                nxt = parts[k + 1]
            else:
                following = parts_at(j + 1) if not suffix else None
                nxt = following[0][0] if following else None
            used = _push(trial, parts[k], stem, nxt)
            if not used:
                ok = False
                break
            k += used
        if not ok:
            break
        trial.prev_digit = words[j][:1].isdigit()
        state = trial
        if k > len(parts):  # a prefix took the first part of the next word
            skip = k - len(parts)
        j += 1
        if not skip and state.last is not None and not state.dangling:
            best = (j, state.value, suffix, state.rupees_and_paise)
        if suffix:
            break  # a case ending closes the phrase ("ஐம்பதுக்கு", "వందకు")
    if best is None:
        return None
    end, value, suffix, alternative = best
    first = table.lookup(words[i]) if end - i == 1 else None
    ambiguous = first is not None and first[2] in table.ambiguous and first[1] not in _COUNTING
    asked = _asked_ending(words[end - 1], suffix, table)
    return NumberSpan(value, i, end, ambiguous, suffix, alternative, asked)


def _asked_ending(word: str, suffix: str, table: NumberTable) -> bool:
    """Whether the last word of a number ends with the speaker's "is it?" ending, stripped
    to read it or kept in a form listed whole (Kannada "ಮುನ್ನೂರಾ", also "three hundred
    and" before more)."""
    if suffix:
        return suffix in table.asked_endings
    return word.endswith(table.asked_endings) and table.ending_of(word) in table.asked_endings


# Bengali classifiers typed joined to a number word: the word counts, whatever else its
# stem is alone (Banglish "du" may be another word; "duto" is two pieces).
_COUNTING = frozenset(("to", "ta", "ti", "te"))


def _no_count_before_scale(words: Sequence[str], i: int, table: NumberTable) -> bool:
    """A scale word that needs a count before it stands alone here (Telugu "వేలు"), or
    is said twice ("হাজার হাজার লোক", thousands upon thousands): no number starts."""
    found = table.lookup(words[i])
    if found is None or len(found[0]) != 1 or found[0][0].kind is not Kind.SCALE:
        return False
    if found[2] in table.counted:
        return True
    return (i + 1 < len(words) and words[i + 1] == words[i]) or (i > 0 and words[i - 1] == words[i])


def _mixed_hundreds(words: Sequence[str], i: int, table: NumberTable) -> bool:
    """Whether `words[i]`, a unit word before an English tens word, may make hundreds
    with it ("do fifty" 250): an everyday word ("do", "so") only first in the line and
    with no unit after the tens ("do fifty final"; "de do fifty", "do thirty-two" not)."""
    if words[i] in _ENGLISH_UNITS_FOLDED or words[i] in _ENGLISH_TEENS:
        return True  # "fifteen fifty"
    if not _ambiguous_word(words[i], table):
        return True  # "one fifty" as ever
    after = table.parts(words[i + 2]) if i + 2 < len(words) else None
    return i == 0 and not (after and after[0][0].kind is Kind.VALUE)


# The hundred "and" forms that say "one hundred" by themselves (the multiplied form is
# another word: te "రెండు వందల", ta "இருநூத்தி", ml "ഇരുനൂറ്റി"). A count before one
# is no multiplier: "ரெண்டு நூத்தி முப்பது" is two, and 130. Kannada "ನೂರ" is not one of
# them: "ಎರಡು ನೂರ ಐವತ್ತು" is 250.
_ONE_HUNDRED_AND = tuple(fold(w) for w in ("నూట", "nuta", "நூத்", "நூற்", "nuth", "നൂറ്റ"))
_COUNTS = (Kind.VALUE, Kind.TENS, Kind.FRACTION)


def _one_hundred_and(word: str) -> bool:
    return word.startswith(_ONE_HUNDRED_AND)


def _ambiguous_word(word: str, table: NumberTable) -> bool:
    """Whether a word is a number word that is also an everyday word ("do", "so", "be")."""
    found = table.lookup(word)
    return found is not None and found[2] in table.ambiguous


def find_numbers(words: Sequence[str], table: NumberTable) -> list[NumberSpan]:
    """Every number phrase in `words`, left to right, none overlapping."""
    spans: list[NumberSpan] = []
    i = 0
    while i < len(words):
        span = read_number(words, i, table)
        if span is None:
            i += 1
        else:
            spans.append(span)
            i = span.end
    return spans


def words_to_number(text: str, language: str = "hi") -> float | None:
    """The value of `text` when all of it is one number phrase ("do sau pachaas" → 250)."""
    words = [t.norm for t in tokenize(text)]
    if not words:
        return None
    span = read_number(words, 0, number_table(language))
    if span is None or span.end != len(words):
        return None
    return span.value
