"""Gujarati number words, units and cues: every form people say and write, read back."""

from __future__ import annotations

import pytest

from audio.languages.base import Cue
from audio.lexicon import fold, lexicon_for, tokenize
from audio.numbers import find_numbers, number_table, read_number, words_to_number
from audio.understanding import understand
from tests.unit.common_words import (
    ENGLISH_WORDS,
    HINDI_WORDS,
    assert_heard_as_by_a_hindi_speaker,
    assert_hindi_and_english_numbers_kept,
)

LANG = "gu"

# Gujarati 0–99 in their standard spelling, written out here independently of the tables.
_GUJARATI_0_TO_99 = """
શૂન્ય એક બે ત્રણ ચાર પાંચ છ સાત આઠ નવ દસ અગિયાર બાર તેર ચૌદ પંદર સોળ સત્તર અઢાર ઓગણીસ વીસ
એકવીસ બાવીસ ત્રેવીસ ચોવીસ પચ્ચીસ છવ્વીસ સત્તાવીસ અઠ્ઠાવીસ ઓગણત્રીસ ત્રીસ એકત્રીસ બત્રીસ તેત્રીસ
ચોત્રીસ પાંત્રીસ છત્રીસ સાડત્રીસ આડત્રીસ ઓગણચાલીસ ચાલીસ એકતાલીસ બેતાલીસ તેતાલીસ ચુંમાલીસ
પિસ્તાલીસ છેતાલીસ સુડતાલીસ અડતાલીસ ઓગણપચાસ પચાસ એકાવન બાવન ત્રેપન ચોપન પંચાવન છપ્પન
સત્તાવન અઠ્ઠાવન ઓગણસાઠ સાઠ એકસઠ બાસઠ ત્રેસઠ ચોસઠ પાંસઠ છાસઠ સડસઠ અડસઠ ઓગણસિત્તેર સિત્તેર
એકોતેર બોતેર તોતેર ચુમોતેર પંચોતેર છોતેર સિત્યોતેર ઇઠ્યોતેર ઓગણએંસી એંસી એક્યાસી બ્યાસી ત્યાસી
ચોર્યાસી પંચાસી છ્યાસી સિત્યાસી ઇઠ્યાસી નેવ્યાસી નેવું એકાણું બાણું ત્રાણું ચોરાણું પંચાણું છન્નું
સત્તાણું અઠ્ઠાણું નવ્વાણું
""".split()


def _span(text: str) -> tuple[float, str, bool] | None:
    span = read_number([t.norm for t in tokenize(text)], 0, number_table(LANG))
    return None if span is None else (span.value, span.suffix, span.ambiguous)


@pytest.mark.parametrize(("value", "word"), list(enumerate(_GUJARATI_0_TO_99)))
def test_every_number_to_ninety_nine(value: int, word: str) -> None:
    assert words_to_number(word, LANG) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # where ICU and indic-numtowords differ, and ી/િ, ઈ/ઇ, a final nasal either way
        ("તેવીસ", 23), ("છવીસ", 26), ("સડત્રીસ", 37), ("અડત્રીસ", 38), ("બેંતાલીસ", 42),
        ("ત્રેતાલીસ", 43), ("ઓગણસાંઠ", 59), ("સાંઠ", 60), ("સાઈઠ", 60), ("બાંસઠ", 62),
        ("છાંસઠ", 66), ("અગણોસિત્તેર", 69), ("ઓગણોસિત્તેર", 69), ("બોંતેર", 72),
        ("તોંતેર", 73), ("ચુંમોતેર", 74), ("સત્યોતેર", 77), ("અઠ્યોતેર", 78),
        ("ઓગણાએંસી", 79), ("એંશી", 80), ("બ્યાંસી", 82), ("ત્યાંસી", 83), ("પંચ્યાસી", 85),
        ("છ્યાંસી", 86), ("સત્યાસી", 87), ("ઈઠ્યાસી", 88), ("અઠ્યાસી", 88), ("નેવુ", 90),
        ("એકાણુ", 91), ("છન્નુ", 96), ("વિસ", 20), ("ઓગણિસ", 19), ("ચાળીસ", 40),
        ("અગ્યાર", 11), ("દશ", 10), ("પચીસ", 25), ("પાચ", 5),
    ],
)  # fmt: skip
def test_spellings(text: str, value: float) -> None:
    assert words_to_number(text, LANG) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("સો", 100), ("એક સો", 100), ("એકસો", 100), ("એક સો એક", 101), ("એકસો પચાસ", 150),
        ("બસો", 200), ("બસ્સો", 200), ("બે સો", 200), ("ત્રણસો", 300), ("ત્રણ સો", 300),
        ("ચારસો", 400), ("પાંચસો", 500), ("પાંચ સો", 500), ("છસો", 600), ("સાતસો", 700),
        ("આઠસો", 800), ("નવસો", 900), ("નવ સો નવ્વાણું", 999), ("દોઢસો", 150),
        ("અઢીસો", 250), ("સવાસો", 125), ("પોણાસો", 75), ("સાડા ત્રણસો", 350),
        ("સાડાત્રણસો", 350), ("સવા બસો", 225), ("પોણા બસો", 175),
    ],
)  # fmt: skip
def test_hundreds(text: str, value: float) -> None:
    assert words_to_number(text, LANG) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("હજાર", 1000), ("એક હજાર", 1000), ("એક હજાર એક સો", 1100), ("બે હજાર પાંચસો", 2500),
        ("બે હજાર પાંચ સો", 2500), ("દોઢ હજાર", 1500), ("અઢી હજાર", 2500),
        ("સાડા ત્રણ હજાર", 3500), ("બાર હજાર ત્રણ સો પિસ્તાલીસ", 12_345), ("એક લાખ", 100_000),
        ("એક લાખ પચાસ હજાર", 150_000), ("દોઢ લાખ", 150_000), ("દસ લાખ", 1_000_000),
        ("એક કરોડ", 10_000_000),
        ("એક કરોડ઼ તેવીસ લાખ પિસ્તાલીસ હજાર છ સો ઇઠ્યોતેર", 12_345_678),
    ],
)  # fmt: skip
def test_thousands_lakhs_and_crores(text: str, value: float) -> None:
    assert words_to_number(text, LANG) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("અડધો", 0.5), ("અડધી", 0.5), ("અડધું", 0.5), ("પા", 0.25), ("પોણો", 0.75),
        ("દોઢ", 1.5), ("અઢી", 2.5), ("સાડા ત્રણ", 3.5), ("સવા બે", 2.25), ("પોણા ત્રણ", 2.75),
        ("સવા", 1.25), ("પોણા", 0.75),
    ],
)  # fmt: skip
def test_fractions_and_prefixes(text: str, value: float) -> None:
    assert words_to_number(text, LANG) == value


@pytest.mark.parametrize(
    ("word", "value", "suffix"),
    [
        ("સોમાં", 100, "માં"), ("પચાસમાં", 50, "માં"), ("હજારમાં", 1000, "માં"),
        ("પચાસના", 50, "ના"), ("સોનો", 100, "નો"), ("પચાસની", 50, "ની"), ("દસનું", 10, "નું"),
        ("દસને", 10, "ને"), ("પચાસથી", 50, "થી"), ("બસોમાં", 200, "માં"),
        ("દોઢસોમાં", 150, "માં"), ("લાખમાં", 100_000, "માં"), ("પચાસજ", 50, "જ"),
    ],
)  # fmt: skip
def test_case_endings(word: str, value: float, suffix: str) -> None:
    assert _span(word) == (value, fold(suffix), False)


def test_a_case_ending_closes_the_number() -> None:
    words = [t.norm for t in tokenize("સોમાં બે કિલો")]
    spans = find_numbers(words, number_table(LANG))
    assert [(s.value, s.start, s.end) for s in spans] == [(100, 0, 1), (2, 1, 2)]


@pytest.mark.parametrize(
    "word",
    [
        "છે",  # "is": not છ + an ending
        "બેસો",  # "sit down", not બે સો
        "બસ",  # "enough"/"bus"
        "સાતમા",  # "seventh"
    ],
)
def test_everyday_words_are_not_numbers(word: str) -> None:
    assert words_to_number(word, LANG) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ek", 1), ("tran", 3), ("char", 4), ("panch", 5), ("chha", 6), ("saat", 7),
        ("aath", 8), ("nav", 9), ("das", 10), ("agiyar", 11), ("ter", 13), ("pandar", 15),
        ("ognis", 19), ("vis", 20), ("pachchis", 25), ("tris", 30), ("pantris", 35),
        ("chalis", 40), ("pistalis", 45), ("pachas", 50), ("panchavan", 55), ("saath", 60),
        ("pansath", 65), ("sitter", 70), ("panchoter", 75), ("ensi", 80), ("nevu", 90),
        ("navvanu", 99), ("ekso", 100), ("ek so", 100), ("baso", 200), ("transo", 300),
        ("panchso", 500), ("dodhso", 150), ("adhiso", 250), ("savaso", 125),
        ("ek hajar", 1000), ("ek lakh", 100_000), ("ek karod", 10_000_000),
        ("dodh", 1.5), ("sava tran", 3.25), ("pona tran", 2.75),
    ],
)  # fmt: skip
def test_romanized_gujarati(text: str, value: float | None) -> None:
    assert words_to_number(text, LANG) == value


@pytest.mark.parametrize(
    "word", ["એક", "એકના", "એકનો", "એકને", "એકમાં", "ek", "પા", "સોનું", "સોના", "સોની"]
)
def test_words_that_are_also_everyday_words_are_ambiguous(word: str) -> None:
    found = _span(word)
    assert found is not None and found[2]


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
        ("કિલો", "kg"), ("કિલોના", "kg"), ("કિલોમાં", "kg"), ("ગ્રામ", "g"), ("ડઝન", "dozen"),
        ("ડઝનના", "dozen"), ("નંગ", "piece"), ("નંગના", "piece"), ("લિટર", "litre"),
        ("લીટરના", "litre"), ("ઝૂડી", "bunch"), ("ઝૂડીના", "bunch"), ("judi", "bunch"),
    ],
)  # fmt: skip
def test_units(word: str, unit: str) -> None:
    assert _unit(word) == unit


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("રૂપિયા", Cue.CURRENCY), ("રૂપિયે", Cue.CURRENCY), ("રૂપિયામાં", Cue.CURRENCY),
        ("રૂપિયાનું", Cue.CURRENCY), ("rupiya", Cue.CURRENCY), ("પૈસા", Cue.PAISE),
        ("પ્રતિ", Cue.PER), ("દીઠ", Cue.LINK), ("ભાઈ", Cue.LINK), ("એકના", Cue.EACH),
        ("નંગ દીઠ", Cue.EACH), ("કુલ", Cue.TOTAL), ("બધા મળીને", Cue.TOTAL),
        ("ઠીક છે", Cue.ACCEPT), ("ચાલશે", Cue.ACCEPT), ("ચાલો", Cue.SOFT_ACCEPT),
        ("chalshe", Cue.ACCEPT),
        ("નહીં ચાલે", Cue.REJECT), ("ઓછું કરો", Cue.REJECT), ("નહીં", Cue.NEGATION),
        ("ના ના", Cue.REJECT), ("ના", Cue.OF), ("બહુ મોંઘું", Cue.TOO_MUCH), ("મોંઘું", Cue.TOO_MUCH),
        ("વધારે", Cue.COMPARATIVE), ("ઓછું", Cue.COMPARATIVE), ("વધુમાં વધુ", Cue.CAP_BEFORE),
        ("સુધી", Cue.CAP), ("છેલ્લો ભાવ", Cue.FINAL), ("ફાઇનલ", Cue.FINAL),
        ("કેટલા", Cue.QUESTION), ("શું ભાવ", Cue.QUESTION), ("ketla", Cue.QUESTION),
        ("ભાવ", Cue.WEAK_QUESTION), ("મિનિટ", Cue.NOT_MONEY), ("કલાક", Cue.NOT_MONEY),
        ("ટકા", Cue.NOT_MONEY), ("નંબર", Cue.NUMBER_LABEL),
    ],
)  # fmt: skip
def test_cues(text: str, cue: Cue) -> None:
    assert cue in _cues(text)


@pytest.mark.parametrize(
    ("text", "paise", "per_unit", "unit"),
    [
        ("પચાસ રૂપિયે કિલો", 5000, True, "kg"),
        ("કિલોના ચાલીસ રૂપિયા", 4000, True, "kg"),
        ("એક કિલો ચાલીસ રૂપિયા", 4000, True, "kg"),
        ("દોઢસો રૂપિયા ડઝન", 15000, True, "dozen"),
        ("સોમાં બે કિલો", 10000, False, "kg"),
        ("50 ના 2 કિલો", 5000, False, "kg"),
        ("દસ રૂપિયે ઝૂડી", 1000, True, "bunch"),
        ("pachas rupiya kilo", 5000, True, "kg"),
    ],
)  # fmt: skip
def test_understood_prices(text: str, paise: int, per_unit: bool, unit: str) -> None:
    said = understand(text, language=LANG)
    assert (said.amount_paise, said.per_unit, said.unit) == (paise, per_unit, unit)


def test_more_than_then_not_is_a_bound_not_a_refusal() -> None:
    said = understand("પચાસથી વધારે નહીં", language=LANG)
    assert [(m.amount_paise, m.negated) for m in said.mentions] == [(5000, False)]
    said = understand("સો રૂપિયા બહુ મોંઘું", language=LANG)
    assert [m.negated for m in said.mentions] == [True]


def test_minutes_are_not_money() -> None:
    assert understand("દસ મિનિટ", language=LANG).amount_paise is None


# --- Hindi and English are heard as before ---------------------------------------------

_ENGLISH = list(ENGLISH_WORDS)

_HINDI = list(HINDI_WORDS)


def test_hindi_and_english_number_words_read_the_same() -> None:
    assert_hindi_and_english_numbers_kept(LANG)


# Gujarati numbers in chat spelling that are also English or Hindi words: "be" (2), "bar"
# (12), "so" (100). They count only where a unit, a currency word or another number
# vouches (see `test_romanized_short_words_count_only_when_vouched_for`).
_GUJARATI_FIRST: set[str] = {"be", "bar", "so"}


@pytest.mark.parametrize(
    ("text", "rupees", "quantity"),
    [
        ("be kilo 90 rupiya", 90, 2),  # two kilos for 90
        ("so rupiya", 100, None),
        ("be so rupiya", 200, None),
        ("bar rupiye dajan", 12, None),
        ("it will be 40 rupiya", 40, None),  # "be" beside digits is not 2
        ("so 40 rupiya", 40, None),  # "so, 40", not 140
    ],
)
def test_romanized_short_words_count_only_when_vouched_for(
    text: str, rupees: int, quantity: float | None
) -> None:
    said = understand(text, language=LANG)
    assert said.amount_paise == rupees * 100
    assert said.quantity == quantity


@pytest.mark.parametrize("text", ["so tame kaho", "be", "hu kale be vagye avish"])
def test_romanized_short_words_alone_are_no_price(text: str) -> None:
    assert understand(text, language=LANG).amount_paise is None


@pytest.mark.parametrize("word", sorted(set(_ENGLISH + _HINDI) - _GUJARATI_FIRST))
def test_common_hindi_and_english_words_read_as_for_a_hindi_speaker(word: str) -> None:
    assert_heard_as_by_a_hindi_speaker(LANG, word)


def test_the_hindi_and_english_tables_hold_no_gujarati() -> None:
    for language in ("hi", "en"):
        table = number_table(language).words
        for word in ("પચાસ", "બસો", "સો", "ogantris", "transo", "navvanu"):
            assert fold(word) not in table
