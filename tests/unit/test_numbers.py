"""Spoken numbers: Hindi (romanized and Devanagari), English, Marathi and digits to values."""

from __future__ import annotations

import pytest

from audio.languages.hi import HINDI_DEVANAGARI, HINDI_ROMAN
from audio.lexicon import fold, tokenize
from audio.numbers import (
    find_numbers,
    number_table,
    read_number,
    words_to_number,
)

# Every Hindi number 0–99 in its most common romanized spelling, written out here
# independently of the table under test.
_HINDI_0_TO_99_TEXT = (
    "shunya ek do teen chaar paanch chhah saat aath nau das gyarah barah terah chaudah "
    "pandrah solah satrah atharah unnees bees ikkees baees teis chaubees pachchees chhabbees "
    "sattaees atthaees untees tees iktees battees taintees chauntees paintees chhattees "
    "saintees adtees untaalees chaalees iktaalees bayaalees taintaalees chauvaalees "
    "paintaalees chhiyaalees saintaalees adtaalees unchaas pachaas ikyaavan baavan tirpan "
    "chauvan pachpan chhappan sattaavan atthaavan unsath saath iksath baasath tirsath "
    "chaunsath painsath chhiyaasath sadsath adsath unhattar sattar ikhattar bahattar "
    "tihattar chauhattar pachhattar chhihattar satattar athattar unaasi assi ikyaasi "
    "bayaasi tiraasi chauraasi pachaasi chhiyaasi sattaasi atthaasi navaasi nabbe ikyaanve "
    "baanve tiraanve chauraanve pachaanve chhiyaanve sattaanve atthaanve ninyaanve"
)
HINDI_0_TO_99 = _HINDI_0_TO_99_TEXT.split()


@pytest.mark.parametrize(("value", "word"), list(enumerate(HINDI_0_TO_99)))
def test_every_romanized_hindi_number(value: int, word: str) -> None:
    assert words_to_number(word) == value


def test_devanagari_table_counts_zero_to_ninety_nine() -> None:
    assert sorted(set(HINDI_DEVANAGARI.values())) == list(range(100))


@pytest.mark.parametrize(("word", "value"), sorted(HINDI_DEVANAGARI.items()))
def test_every_devanagari_hindi_number(word: str, value: float) -> None:
    assert words_to_number(word) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("pachas", 50), ("pachaas", 50), ("chalis", 40), ("chaalis", 40), ("chaalees", 40),
        ("bees", 20), ("bis", 20), ("tees", 30), ("sattar", 70), ("satar", 70),
        ("assi", 80), ("asi", 80), ("nabbe", 90), ("ninyanve", 99), ("unnis", 19),
        ("pandra", 15), ("Pachaas", 50), ("PACHAAS", 50), ("हज़ार", 1000), ("हजार", 1000),
        ("पाँच", 5), ("पांच", 5), ("पन्द्रह", 15), ("पंद्रह", 15),
    ],
)  # fmt: skip
def test_spelling_variants(text: str, value: float) -> None:
    assert words_to_number(text) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("sau", 100), ("ek sau", 100), ("do sau", 200), ("do sau pachaas", 250),
        ("teen sau", 300), ("paanch sau", 500), ("hazaar", 1000), ("ek hazaar", 1000),
        ("ek hazaar do sau", 1200), ("do hazaar paanch sau", 2500), ("ek lakh", 100_000),
        ("dedh lakh", 150_000), ("dedh", 1.5), ("dhai", 2.5), ("dedh sau", 150),
        ("dhai sau", 250), ("dedh hazaar", 1500), ("dhai hazaar", 2500),
        ("saadhe teen sau", 350), ("sade teen sau", 350), ("saadhe teen", 3.5),
        ("saadhe paanch sau", 550), ("saadhe teen hazaar", 3500), ("sawa do sau", 225),
        ("sava do sau", 225), ("sawa sau", 125), ("sawa", 1.25), ("paune do sau", 175),
        ("paune sau", 75), ("paune", 0.75), ("paune teen hazaar", 2750), ("aadha", 0.5),
        ("adha", 0.5), ("paav", 0.25), ("do hazaar dedh sau", 2150),
        ("ek lakh pachaas hazaar", 150_000), ("2 hazaar", 2000), ("2 sau", 200),
        ("1.5 lakh", 150_000), ("2k", 2000), ("5 hazaar 500", 5500),
    ],
)  # fmt: skip
def test_hindi_compounds(text: str, value: float) -> None:
    assert words_to_number(text) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("सौ", 100), ("एक सौ", 100), ("दो सौ पचास", 250), ("एक हज़ार दो सौ", 1200),
        ("डेढ़ सौ", 150), ("डेढ सौ", 150), ("ढाई सौ", 250), ("साढ़े तीन सौ", 350),
        ("साढे तीन सौ", 350), ("सवा दो सौ", 225), ("पौने दो सौ", 175), ("डेढ़", 1.5),
        ("ढाई", 2.5), ("आधा", 0.5), ("एक लाख", 100_000), ("पाँच सौ", 500),
    ],
)  # fmt: skip
def test_devanagari_compounds(text: str, value: float) -> None:
    assert words_to_number(text) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("zero", 0), ("one", 1), ("five", 5), ("twelve", 12), ("nineteen", 19),
        ("twenty", 20), ("forty five", 45), ("forty-five", 45), ("ninety nine", 99),
        ("hundred", 100), ("a hundred", 100), ("one hundred", 100),
        ("two hundred and fifty", 250), ("two hundred fifty", 250),
        ("one thousand two hundred", 1200), ("one thousand two hundred and fifty", 1250),
        ("twenty five hundred", 2500), ("two hundred thousand", 200_000),
        ("one fifty", 150), ("two fifty", 250), ("one twenty five", 125),
        ("one and a half", 1.5), ("half", 0.5), ("three lakh", 300_000),
        ("100 and 5", 105), ("200 and fifty", 250),
    ],
)  # fmt: skip
def test_english(text: str, value: float) -> None:
    assert words_to_number(text, "en") == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1200", 1200), ("1,200", 1200), ("1,20,000", 120_000), ("40.50", 40.5),
        ("४०", 40), ("৪০", 40), ("௪௦", 40), ("౪౦", 40), ("१,२००", 1200),
    ],
)  # fmt: skip
def test_digits_of_every_script(text: str, value: float) -> None:
    assert words_to_number(text) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("दोन", 2), ("पाच", 5), ("दहा", 10), ("वीस", 20), ("चाळीस", 40), ("पन्नास", 50),
        ("शंभर", 100), ("दोन हजार", 2000), ("दीड", 1.5), ("अडीच", 2.5), ("तेरा", 13),
    ],
)  # fmt: skip
def test_marathi(text: str, value: float) -> None:
    assert words_to_number(text, "mr") == value


def test_marathi_words_are_only_heard_from_marathi_speakers() -> None:
    # Hindi "तेरा" is "your": only a Marathi speaker's "तेरा" is thirteen.
    assert words_to_number("तेरा", "hi") is None
    assert words_to_number("तेरा", "mr") == 13


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("ta", "இரண்டு", 2), ("ta", "பத்து", 10), ("ta", "ஆயிரம்", 1000),
        ("te", "రెండు", 2), ("te", "వంద", 100), ("bn", "দুই", 2), ("bn", "২ হাজার", 2000),
    ],
)  # fmt: skip
def test_a_few_words_of_other_languages(language: str, text: str, value: float) -> None:
    assert words_to_number(text, language) == value


@pytest.mark.parametrize(
    "text",
    ["", "kilo", "rupaye", "do teen", "forty so", "a", "and", "saadhe", "k", "300 250"],
)
def test_not_one_number(text: str) -> None:
    assert words_to_number(text) is None


def test_find_numbers_splits_adjacent_phrases() -> None:
    words = [t.norm for t in tokenize("do kilo 300 mein, ek hazaar do sau nahi")]
    spans = find_numbers(words, number_table("hi"))
    assert [(s.value, s.start, s.end) for s in spans] == [(2, 0, 1), (300, 2, 3), (1200, 4, 8)]


def test_lone_give_and_one_are_marked_ambiguous() -> None:
    table = number_table("hi")
    for text in ("do", "ek", "one", "saath", "दो"):
        span = read_number([fold(text)], 0, table)
        assert span is not None
        assert span.ambiguous, text
    span = read_number([fold("do"), fold("sau")], 0, table)
    assert span is not None
    assert not span.ambiguous


def test_romanized_table_has_no_spelling_shared_by_two_values() -> None:
    seen: dict[str, int] = {}
    for value, spellings in HINDI_ROMAN.items():
        for word in spellings:
            assert seen.setdefault(fold(word), value) == value, word


def test_reader_state_copy_keeps_every_field() -> None:
    """`_State.copy` lists the fields by hand (for speed): a new field must be added to it."""
    from dataclasses import fields

    from audio.languages.base import Kind
    from audio.numbers import _State

    state = _State(1.0, 2.0, Kind.TENS, 100.0, True, True, True, 7.5, True)
    unset = [f.name for f in fields(_State) if getattr(state, f.name) == f.default]
    assert not unset, f"give these fields a value here and copy them in _State.copy: {unset}"
    copy = state.copy()
    assert copy is not state
    for f in fields(_State):
        assert getattr(copy, f.name) == getattr(state, f.name), f.name


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("eight fiftyge", "kn", 850),
        ("seven fiftykku", "ta", 750),
        ("five fiftykku", "ml", 550),
        ("seven fiftyla", "mr", 750),
        ("two hundredki", "te", 200),
    ],
)
def test_a_typed_ending_on_an_english_tens_word(text: str, language: str, value: float) -> None:
    """ "Eight fiftyge kodi": the ending run into English "fifty" closes the number like a
    word of the speaker's own ("charge" stays no number)."""
    assert words_to_number(text, language) == value
