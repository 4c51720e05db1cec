"""Punjabi number words, units and cues: every form people say and write, read back."""

from __future__ import annotations

import pytest

from audio.languages.base import Cue
from audio.lexicon import fold, lexicon_for, tokenize
from audio.numbers import find_numbers, number_table, read_number, words_to_number
from audio.understanding import Intent, understand
from tests.unit.common_words import (
    ENGLISH_WORDS,
    HINDI_WORDS,
    assert_heard_as_by_a_hindi_speaker,
    assert_hindi_and_english_numbers_kept,
)

LANG = "pa"

# Punjabi 0–99 in their standard spelling, written out here independently of the tables.
_PUNJABI_0_TO_99 = """
ਸਿਫ਼ਰ ਇੱਕ ਦੋ ਤਿੰਨ ਚਾਰ ਪੰਜ ਛੇ ਸੱਤ ਅੱਠ ਨੌਂ ਦਸ ਗਿਆਰਾਂ ਬਾਰਾਂ ਤੇਰਾਂ ਚੌਦਾਂ ਪੰਦਰਾਂ ਸੋਲ਼ਾਂ ਸਤਾਰਾਂ ਅਠਾਰਾਂ
ਉੱਨੀ ਵੀਹ ਇੱਕੀ ਬਾਈ ਤੇਈ ਚੌਵੀ ਪੱਚੀ ਛੱਬੀ ਸਤਾਈ ਅਠਾਈ ਉਣੱਤੀ ਤੀਹ ਇਕੱਤੀ ਬੱਤੀ ਤੇਤੀ ਚੌਂਤੀ ਪੈਂਤੀ ਛੱਤੀ
ਸੈਂਤੀ ਅਠੱਤੀ ਉਣਤਾਲੀ ਚਾਲੀ ਇਕਤਾਲੀ ਬਿਆਲੀ ਤਿਰਤਾਲੀ ਚੁਤਾਲੀ ਪੰਜਤਾਲੀ ਛਿਆਲੀ ਸੰਤਾਲੀ ਅਠਤਾਲੀ ਉਣੰਜਾ
ਪੰਜਾਹ ਇਕਵੰਜਾ ਬਵੰਜਾ ਤਰਵੰਜਾ ਚਰਵੰਜਾ ਪਚਵੰਜਾ ਛਪੰਜਾ ਸਤਵੰਜਾ ਅਠਵੰਜਾ ਉਣਾਹਠ ਸੱਠ ਇਕਾਹਠ ਬਾਹਠ ਤਰੇਹਠ
ਚੌਂਹਠ ਪੈਂਹਠ ਛਿਆਹਠ ਸਤਾਹਠ ਅਠਾਹਠ ਉਣੱਤਰ ਸੱਤਰ ਇਕਹੱਤਰ ਬਹੱਤਰ ਤਿਹੱਤਰ ਚੌਹੱਤਰ ਪੰਜੱਤਰ ਛਿਹੱਤਰ ਸਤੱਤਰ
ਅਠੱਤਰ ਉਣਾਸੀ ਅੱਸੀ ਇਕਾਸੀ ਬਿਆਸੀ ਤਿਰਾਸੀ ਚੁਰਾਸੀ ਪੰਜਾਸੀ ਛਿਆਸੀ ਸਤਾਸੀ ਅਠਾਸੀ ਉਣਾਨਵੇਂ ਨੱਬੇ ਇਕਾਨਵੇਂ
ਬਾਨਵੇਂ ਤਿਰਾਨਵੇਂ ਚੁਰਾਨਵੇਂ ਪਚਾਨਵੇਂ ਛਿਆਨਵੇਂ ਸਤਾਨਵੇਂ ਅਠਾਨਵੇਂ ਨੜਿੰਨਵੇਂ
""".split()


def _span(text: str) -> tuple[float, str, bool] | None:
    span = read_number([t.norm for t in tokenize(text)], 0, number_table(LANG))
    return None if span is None else (span.value, span.suffix, span.ambiguous)


@pytest.mark.parametrize(("value", "word"), list(enumerate(_PUNJABI_0_TO_99)))
def test_every_number_to_ninety_nine(value: int, word: str) -> None:
    assert words_to_number(word, LANG) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # addak, nukta, ਣ/ਨ and final nasals written or not; indic-numtowords' forms
        ("ਇਕ", 1), ("ਸਤ", 7), ("ਅਠ", 8), ("ਨੌ", 9), ("ਸਿਫਰ", 0), ("ਗਿਆਰਾ", 11),
        ("ਬਾਰਾ", 12), ("ਸੋਲਾਂ", 16), ("ਉਨੀ", 19), ("ਇਕੀ", 21), ("ਪਚੀ", 25),
        ("ਉਨੱਤੀ", 29), ("ਉੱਨਤੀ", 29), ("ਇੱਕਤੀ", 31), ("ਉਨਤਾਲੀ", 39), ("ਤਰਤਾਲੀ", 43),
        ("ਪਨਤਾਲੀ", 45), ("ਸਨਤਾਲੀ", 47), ("ਉਨੰਜਾ", 49), ("ਚੁਰੰਜਾ", 54), ("ਉਨਾਹਠ", 59),
        ("ਸਠ", 60), ("ਤਰੇਂਹਠ", 63), ("ਉੱਨਤਰ", 69), ("ਤਹੱਤਰ", 73), ("ਚਹੱਤਰ", 74),
        ("ਪਚਹੱਤਰ", 75), ("ਛਿਅੱਤਰ", 76), ("ਇਕਆਸੀ", 81), ("ਉਨੱਨਵੇਂ", 89), ("ਨਬੇ", 90),
        ("ਇੱਕਨਵੇ", 91), ("ਬੱਨਵੇ", 92), ("ਬਾਨਵੇ", 92), ("ਨੜਿੱਨਵੇ", 99),
    ],
)  # fmt: skip
def test_spellings(text: str, value: float) -> None:
    assert words_to_number(text, LANG) == value


@pytest.mark.parametrize(
    "word",
    [
        "ਅਸੀ",  # "we": not ਅੱਸੀ without its addak
        "ਤੇਰਾ",  # "your": not ਤੇਰਾਂ without its nasal
        "ਸਤਰ",  # "line": not ਸੱਤਰ without its addak
        "ਸੌਦਾ",  # "deal": not ਸੌ + ਦਾ
        "ਸੌਦੇ",  # "deals"
        "ਦਸਦਾ",  # "tells": not ਦਸ + ਦਾ
        "ਸੌਂ",  # "sleep"
    ],
)
def test_everyday_words_are_not_numbers(word: str) -> None:
    assert words_to_number(word, LANG) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ਸੌ", 100), ("ਇੱਕ ਸੌ", 100), ("ਇੱਕ ਸੌ ਇੱਕ", 101), ("ਇੱਕ ਸੌ ਪੰਜਾਹ", 150),
        ("ਦੋ ਸੌ", 200), ("ਨੌਂ ਸੌ ਨੜਿੰਨਵੇਂ", 999), ("ਡੇਢ ਸੌ", 150), ("ਢਾਈ ਸੌ", 250),
        ("ਸਵਾ ਸੌ", 125), ("ਸਵਾਸੌ", 125), ("ਸਾਢੇ ਤਿੰਨ ਸੌ", 350), ("ਪੌਣੇ ਦੋ ਸੌ", 175),
        ("ਸਵਾ ਦੋ ਸੌ", 225),
    ],
)  # fmt: skip
def test_hundreds(text: str, value: float) -> None:
    assert words_to_number(text, LANG) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ਹਜ਼ਾਰ", 1000), ("ਇੱਕ ਹਜ਼ਾਰ", 1000), ("ਇੱਕ ਹਜਾਰ", 1000), ("ਇੱਕ ਹਜ਼ਾਰ ਸੌ", 1100),
        ("ਦੋ ਹਜ਼ਾਰ ਪੰਜ ਸੌ", 2500), ("ਡੇਢ ਹਜ਼ਾਰ", 1500), ("ਢਾਈ ਹਜ਼ਾਰ", 2500),
        ("ਸਾਢੇ ਤਿੰਨ ਹਜ਼ਾਰ", 3500), ("ਬਾਰਾਂ ਹਜ਼ਾਰ ਤਿੰਨ ਸੌ ਪਨਤਾਲੀ", 12_345),
        ("ਇੱਕ ਲੱਖ", 100_000), ("ਇੱਕ ਲੱਖ ਪੰਜਾਹ ਹਜ਼ਾਰ", 150_000), ("ਡੇਢ ਲੱਖ", 150_000),
        ("ਦਸ ਲੱਖ", 1_000_000), ("ਇੱਕ ਕਰੋੜ", 10_000_000),
        ("ਇੱਕ ਕਰੋੜ ਤੇਈ ਲੱਖ ਪਨਤਾਲੀ ਹਜ਼ਾਰ ਛੇ ਸੌ ਅਠੱਤਰ", 12_345_678),
    ],
)  # fmt: skip
def test_thousands_lakhs_and_crores(text: str, value: float) -> None:
    assert words_to_number(text, LANG) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ਅੱਧਾ", 0.5), ("ਅੱਧੀ", 0.5), ("ਪਾਈਆ", 0.25), ("ਪਾਇਆ", 0.25), ("ਪੌਣਾ", 0.75),
        ("ਡੇਢ", 1.5), ("ਢਾਈ", 2.5), ("ਸਾਢੇ ਤਿੰਨ", 3.5), ("ਸਾਡੇ ਤਿੰਨ", 3.5),
        ("ਸਵਾ ਦੋ", 2.25), ("ਪੌਣੇ ਤਿੰਨ", 2.75), ("ਸਵਾ", 1.25), ("ਪੌਣੇ", 0.75),
    ],
)  # fmt: skip
def test_fractions_and_prefixes(text: str, value: float) -> None:
    assert words_to_number(text, LANG) == value


@pytest.mark.parametrize(
    ("word", "value", "suffix"),
    [
        ("ਸੌ'ਚ", 100, "'ਚ"), ("ਸੌ’ਚ", 100, "’ਚ"), ("ਪੰਜਾਹਚ", 50, "ਚ"),
        ("ਪੰਜਾਹਨੂੰ", 50, "ਨੂੰ"), ("ਸੌਤੋਂ", 100, "ਤੋਂ"), ("ਹਜ਼ਾਰਵਿੱਚ", 1000, "ਵਿੱਚ"),
    ],
)  # fmt: skip
def test_joined_postpositions(word: str, value: float, suffix: str) -> None:
    assert _span(word) == (value, fold(suffix), False)


def test_a_postposition_closes_the_number() -> None:
    words = [t.norm for t in tokenize("ਸੌ'ਚ ਦੋ ਕਿੱਲੋ")]
    spans = find_numbers(words, number_table(LANG))
    assert [(s.value, s.start, s.end) for s in spans] == [(100, 0, 1), (2, 1, 2)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ikk", 1), ("ik", 1), ("do", 2), ("tinn", 3), ("panj", 5), ("chhe", 6), ("satt", 7),
        ("atth", 8), ("naun", 9), ("das", 10), ("gyaran", 11), ("baran", 12),
        ("teraan", 13), ("pandran", 15), ("unni", 19), ("veeh", 20), ("vih", 20),
        ("pachchi", 25), ("teeh", 30), ("painti", 35), ("chaali", 40), ("pantali", 45),
        ("panjah", 50), ("pachvanja", 55), ("satth", 60), ("painhath", 65), ("sattar", 70),
        ("panjattar", 75), ("assi", 80), ("nabbe", 90), ("narinve", 99), ("sau", 100),
        ("ikk sau", 100), ("do sau panjah", 250), ("dedh sau", 150), ("dhai sau", 250),
        ("ikk hazaar", 1000), ("ikk lakh", 100_000), ("saadhe tinn sau", 350),
        ("sawa sau", 125), ("paune do sau", 175), ("pauna", 0.75), ("paiya", 0.25),
    ],
)  # fmt: skip
def test_romanized_punjabi(text: str, value: float) -> None:
    assert words_to_number(text, LANG) == value


@pytest.mark.parametrize(
    "word",
    ["ਇੱਕ", "ਇਕ", "ਇੱਕਨੂੰ", "ikk", "ik", "do", "ਬਾਈ", "bai", "ਬੱਤੀ", "batti", "ਸਤ", "sat"],
)
def test_words_that_are_also_everyday_words_are_ambiguous(word: str) -> None:
    found = _span(word)
    assert found is not None and found[2]


def test_brother_and_deal_are_not_prices() -> None:
    said = understand("ਬਾਈ ਜੀ ਪੰਜਾਹ ਰੁਪਏ ਕਿੱਲੋ", language=LANG)
    assert (said.amount_paise, said.per_unit, said.unit) == (5000, True, "kg")
    assert understand("ਸੌਦਾ ਪੱਕਾ", language=LANG).amount_paise is None
    assert understand("ਬਾਈ ਰੁਪਏ", language=LANG).amount_paise == 2200
    said = understand("sat sri akal ji, panjah rupaiye kilo", language=LANG)
    assert (said.amount_paise, said.per_unit, said.unit) == (5000, True, "kg")


def _cues(text: str) -> set[Cue]:
    words = [t.norm for t in tokenize(text)]
    return {p.cue for p in lexicon_for(LANG).lookup(words, 0)}


def _unit(text: str) -> str | None:
    words = [t.norm for t in tokenize(text)]
    found = [p.unit for p in lexicon_for(LANG).lookup(words, 0) if p.cue is Cue.UNIT]
    return found[0] if found else None


@pytest.mark.parametrize(
    ("word", "unit"),
    [
        ("ਕਿੱਲੋ", "kg"), ("ਕਿਲੋ", "kg"), ("ਕਿੱਲੋ'ਚ", "kg"), ("ਗ੍ਰਾਮ", "g"), ("ਦਰਜਨ", "dozen"),
        ("ਪੀਸ", "piece"), ("ਨਗ", "piece"), ("ਲੀਟਰ", "litre"), ("ਗੱਠੀ", "bunch"),
        ("ਗੁੱਛਾ", "bunch"), ("gatthi", "bunch"),
    ],
)  # fmt: skip
def test_units(word: str, unit: str) -> None:
    assert _unit(word) == unit


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("ਰੁਪਏ", Cue.CURRENCY), ("ਰੁਪਈਏ", Cue.CURRENCY), ("ਰੁਪਿਆ", Cue.CURRENCY),
        ("ਰੁਪਏ'ਚ", Cue.CURRENCY), ("rupaiye", Cue.CURRENCY), ("ਪੈਸੇ", Cue.PAISE),
        ("ਪ੍ਰਤੀ", Cue.PER), ("ਦਾ", Cue.LINK), ("ਦੇ", Cue.OF), ("ਵੀਰ", Cue.LINK), ("ਇੱਕ ਦਾ", Cue.EACH),
        ("ਹਰ ਇੱਕ", Cue.EACH), ("ਕੁੱਲ", Cue.TOTAL), ("ਸਾਰੇ ਮਿਲਾ ਕੇ", Cue.TOTAL),
        ("ਠੀਕ ਹੈ", Cue.ACCEPT), ("ਠੀਕ ਆ", Cue.ACCEPT), ("ਹਾਂਜੀ", Cue.ACCEPT), ("ਚੱਲੋ", Cue.SOFT_ACCEPT),
        ("ਨਹੀਂ ਚੱਲੇਗਾ", Cue.REJECT), ("ਘੱਟ ਕਰੋ", Cue.REJECT), ("ਨਹੀਂ", Cue.NEGATION),
        ("ਬਹੁਤ ਜ਼ਿਆਦਾ", Cue.TOO_MUCH), ("ਮਹਿੰਗਾ", Cue.TOO_MUCH), ("ਵੱਧ", Cue.COMPARATIVE),
        ("ਤੋਂ ਵੱਧ", Cue.COMPARATIVE), ("ਘੱਟ", Cue.COMPARATIVE), ("ਵੱਧ ਤੋਂ ਵੱਧ", Cue.CAP_BEFORE),
        ("ਤੱਕ", Cue.CAP), ("ਆਖਰੀ ਰੇਟ", Cue.FINAL), ("ਫਾਈਨਲ", Cue.FINAL),
        ("ਕਿੰਨੇ", Cue.QUESTION), ("ਕੀ ਰੇਟ", Cue.QUESTION), ("kinne", Cue.QUESTION),
        ("ਰੇਟ", Cue.WEAK_QUESTION), ("ਭਾਅ", Cue.WEAK_QUESTION), ("ਮਿੰਟ", Cue.NOT_MONEY),
        ("ਘੰਟੇ", Cue.NOT_MONEY), ("ਨੰਬਰ", Cue.NUMBER_LABEL),
    ],
)  # fmt: skip
def test_cues(text: str, cue: Cue) -> None:
    assert cue in _cues(text)


@pytest.mark.parametrize(
    ("text", "paise", "per_unit", "unit"),
    [
        ("ਪੰਜਾਹ ਰੁਪਏ ਕਿੱਲੋ", 5000, True, "kg"),
        ("ਕਿੱਲੋ ਦਾ ਚਾਲੀ ਰੁਪਏ", 4000, True, "kg"),
        ("ਇੱਕ ਕਿੱਲੋ ਚਾਲੀ ਰੁਪਏ", 4000, True, "kg"),
        ("ਡੇਢ ਸੌ ਰੁਪਏ ਦਰਜਨ", 15000, True, "dozen"),
        ("ਸੌ ਦੇ ਦੋ ਕਿੱਲੋ", 10000, False, "kg"),
        ("ਸੌ ਰੁਪਏ ਦੇ ਚਾਰ ਕਿੱਲੋ", 10000, False, "kg"),
        ("ਦਸ ਰੁਪਏ ਗੱਠੀ", 1000, True, "bunch"),
        ("panjah rupaiye kilo", 5000, True, "kg"),
    ],
)  # fmt: skip
def test_understood_prices(text: str, paise: int, per_unit: bool, unit: str) -> None:
    said = understand(text, language=LANG)
    assert (said.amount_paise, said.per_unit, said.unit) == (paise, per_unit, unit)


def test_more_than_then_not_is_a_bound_not_a_refusal() -> None:
    said = understand("ਪੰਜਾਹ ਤੋਂ ਵੱਧ ਨਹੀਂ", language=LANG)
    assert [(m.amount_paise, m.negated) for m in said.mentions] == [(5000, False)]
    said = understand("ਸੌ ਰੁਪਏ ਬਹੁਤ ਮਹਿੰਗਾ", language=LANG)
    assert [m.negated for m in said.mentions] == [True]


def test_minutes_are_not_money() -> None:
    assert understand("ਦਸ ਮਿੰਟ", language=LANG).amount_paise is None


# --- Hindi and English are heard as before ---------------------------------------------

_ENGLISH = list(ENGLISH_WORDS)

_HINDI = list(HINDI_WORDS)


def test_hindi_and_english_number_words_read_the_same() -> None:
    assert_hindi_and_english_numbers_kept(LANG)


# Punjabi numbers that are Hindi words (none in chat spelling).
_PUNJABI_FIRST: set[str] = set()


@pytest.mark.parametrize("word", sorted(set(_ENGLISH + _HINDI) - _PUNJABI_FIRST))
def test_common_hindi_and_english_words_read_as_for_a_hindi_speaker(word: str) -> None:
    assert_heard_as_by_a_hindi_speaker(LANG, word)


def test_the_hindi_and_english_tables_hold_no_punjabi() -> None:
    for language in ("hi", "en"):
        table = number_table(language).words
        for word in ("ਪੰਜਾਹ", "ਸੌ", "panjah", "unanja", "narinve", "veeh"):
            assert fold(word) not in table


def test_a_number_that_is_also_a_word_is_vouched_by_a_counted_unit_and_a_verb() -> None:
    # "ਬੱਤੀ" is thirty-two and also "a lamp"
    heard = understand("ਪੰਜ ਗੱਠੀਆਂ ਬੱਤੀ ਦੀਆਂ ਕਰ ਦਿਓ", language="pa", has_outstanding_offer=True)
    assert (heard.intent, heard.amount_paise, heard.per_unit, heard.quantity) == (
        Intent.COUNTER,
        3200,
        False,
        5.0,
    ), heard


def test_a_number_that_is_also_a_word_is_vouched_by_a_unit_before_it() -> None:
    # "chaali" is forty and also Hindi "went"; "kilo chaali" is forty a kilo
    heard = understand("gobhi kilo chaali, lai lo", language="pa")
    assert (heard.amount_paise, heard.per_unit, heard.unit) == (4000, True, "kg"), heard


@pytest.mark.parametrize("text", ["ਛੱਲੀ ਵੀਹ ਰੁਪਏ ਪੀਸ", "ਮੱਕੀ ਤੀਹ ਰੁਪਏ ਕਿੱਲੋ"])
def test_a_product_that_looks_like_a_number_before_a_whole_number_is_no_doubt(
    text: str,
) -> None:
    # ਛੱਲੀ (corn cob) and ਮੱਕੀ (maize) are one letter from number words, but a whole
    # number word after them cannot continue them
    heard = understand(text, language="pa")
    assert heard.confidence >= 0.6, heard
