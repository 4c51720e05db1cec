"""Every number up to a lakh, as independent spellers write it, reads back to itself.

The number tables (`audio.languages.*`) are checked against spellers the project did not
write: ICU's rule-based spell-out (through PyICU) for Hindi, Gujarati and Tamil,
num2words for Bengali, Telugu, Kannada and English, and indic-numtowords for all ten
languages. Each speller writes every number from 0 to 100,000 and the reader must give
back the same number.

Where a speller is wrong (a typo, a doubled word), the numbers it gets wrong are listed
in `speller_defects/<language>.json` with what it writes and why that is wrong, so a
defect of the speller is never confused with one of the tables; a listed defect the
speller no longer makes fails the test, so the lists cannot go stale.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path

import pytest

from audio.lexicon import tokenize
from audio.numbers import number_table, read_number

LIMIT = 100_000


@cache
def _icu(language: str) -> Callable[[int], str]:
    icu = pytest.importorskip("icu")
    formatter = icu.RuleBasedNumberFormat(icu.URBNFRuleSetTag.SPELLOUT, icu.Locale(language))
    return lambda n: str(formatter.format(n))


def _num2words(language: str) -> Callable[[int], str]:
    num2words = pytest.importorskip("num2words").num2words
    return lambda n: str(num2words(n, lang=language))


def _indic(language: str) -> Callable[[int], str]:
    num2words = pytest.importorskip("indic_numtowords").num2words
    return lambda n: str(num2words(n, lang=language))


@cache
def _chunk_words(chunk: str) -> tuple[str, ...]:
    return tuple(t.norm for t in tokenize(chunk))


def words_of(text: str) -> list[str]:
    """`tokenize(text)`'s folded words, tokenizing each space-separated chunk once for all
    numbers (no token spans a space, so this is the same list; checked below)."""
    return [word for chunk in text.split() for word in _chunk_words(chunk)]


def misread(
    language: str, spell: Callable[[int], str], numbers: Iterable[int]
) -> list[tuple[int, str]]:
    """The numbers whose spelling does not read back whole and equal."""
    table = number_table(language)
    wrong = []
    for n in numbers:
        text = spell(n)
        words = words_of(text)
        if n % 1009 == 0:
            assert words == [t.norm for t in tokenize(text)], text
        span = read_number(words, 0, table) if words else None
        if span is None or span.end != len(words) or span.value != n:
            wrong.append((n, text))
    return wrong


DEFECTS = Path(__file__).parent / "speller_defects"


def speller_defects(oracle: str, language: str) -> dict[int, str]:
    """The speller's own mistakes for `language`: number → what it writes. Each file
    `speller_defects/<language>.json` maps an oracle to {number: [text, why]}."""
    path = DEFECTS / f"{language}.json"
    if not path.exists():
        return {}
    listed = json.loads(path.read_text(encoding="utf-8")).get(oracle, {})
    return {int(n): text for n, (text, _why) in listed.items()}


ORACLES: list[tuple[str, str, Callable[[str], Callable[[int], str]]]] = [
    ("icu", "hi", _icu),
    ("icu", "gu", _icu),
    ("icu", "ta", _icu),
    ("num2words", "bn", _num2words),
    ("num2words", "te", _num2words),
    ("num2words", "kn", _num2words),
    ("num2words", "en", _num2words),
    ("num2words", "en_IN", _num2words),
    *[
        ("indic-numtowords", lang, _indic)
        for lang in ("hi", "en", "ta", "te", "bn", "mr", "gu", "kn", "ml", "pa")
    ],
]


@pytest.mark.parametrize(
    ("oracle", "language", "speller"), ORACLES, ids=[f"{o}-{lang}" for o, lang, _ in ORACLES]
)
def test_every_number_to_a_lakh_reads_back(
    oracle: str, language: str, speller: Callable[[str], Callable[[int], str]]
) -> None:
    spell = speller(language)
    reader_language = "en" if language == "en_IN" else language
    known = speller_defects(oracle, language)
    wrong = misread(reader_language, spell, range(LIMIT + 1))
    unexpected = [(n, text) for n, text in wrong if n not in known]
    assert not unexpected, f"{len(unexpected)} misread, e.g. {unexpected[:12]}"
    # A listed defect that the speller no longer makes is taken off the list.
    for n, text in known.items():
        assert spell(n) == text, f"{oracle} now writes {n} as {spell(n)!r}: drop it"


# ICU spells Indian English with lakhs ("one lakh twenty-five thousand"); it has no rules
# of its own for Malayalam, Marathi or Punjabi (it falls back to English), nor has
# num2words, so those are checked by indic-numtowords above and by hand in
# `test_understanding_joined_numbers.py`. Sampled: every number to 10,000, then a stride.
SAMPLED: list[tuple[str, str, Callable[[str], Callable[[int], str]]]] = [
    ("icu", "en_IN", _icu),
]


@pytest.mark.parametrize(
    ("oracle", "language", "speller"), SAMPLED, ids=[f"{o}-{lang}" for o, lang, _ in SAMPLED]
)
def test_sampled_numbers_to_a_lakh_read_back(
    oracle: str, language: str, speller: Callable[[str], Callable[[int], str]]
) -> None:
    spell = speller(language)
    numbers = [*range(10_001), *range(10_001, LIMIT + 1, 37)]
    wrong = misread("en", spell, numbers)
    assert not wrong, f"{len(wrong)} misread, e.g. {wrong[:12]}"
