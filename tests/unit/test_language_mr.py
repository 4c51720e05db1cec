"""Marathi number words, units and cues: every form people say and write, read back."""

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

LANG = "mr"

# Marathi 0–99 in their standard spelling, written out here independently of the tables.
_MARATHI_0_TO_99 = """
शून्य एक दोन तीन चार पाच सहा सात आठ नऊ दहा अकरा बारा तेरा चौदा पंधरा सोळा सतरा अठरा एकोणीस
वीस एकवीस बावीस तेवीस चोवीस पंचवीस सव्वीस सत्तावीस अठ्ठावीस एकोणतीस तीस एकतीस बत्तीस तेहेतीस
चौतीस पस्तीस छत्तीस सदतीस अडतीस एकोणचाळीस चाळीस एक्केचाळीस बेचाळीस त्रेचाळीस चव्वेचाळीस
पंचेचाळीस सेहेचाळीस सत्तेचाळीस अठ्ठेचाळीस एकोणपन्नास पन्नास एक्कावन्न बावन्न त्रेपन्न चौपन्न
पंचावन्न छप्पन्न सत्तावन्न अठ्ठावन्न एकोणसाठ साठ एकसष्ट बासष्ट त्रेसष्ट चौसष्ट पासष्ट सहासष्ट
सदुसष्ट अडुसष्ट एकोणसत्तर सत्तर एकाहत्तर बाहत्तर त्र्याहत्तर चौऱ्याहत्तर पंचाहत्तर शहात्तर
सत्त्याहत्तर अठ्ठ्याहत्तर एकोणऐंशी ऐंशी एक्याऐंशी ब्याऐंशी त्र्याऐंशी चौऱ्याऐंशी पंच्याऐंशी शहाऐंशी
सत्त्याऐंशी अठ्ठ्याऐंशी एकोणनव्वद नव्वद एक्याण्णव ब्याण्णव त्र्याण्णव चौऱ्याण्णव पंच्याण्णव
शहाण्णव सत्त्याण्णव अठ्ठ्याण्णव नव्व्याण्णव
""".split()


def _span(text: str) -> tuple[float, str, bool] | None:
    span = read_number([t.norm for t in tokenize(text)], 0, number_table(LANG))
    return None if span is None else (span.value, span.suffix, span.ambiguous)


@pytest.mark.parametrize(("value", "word"), list(enumerate(_MARATHI_0_TO_99)))
def test_every_number_to_ninety_nine(value: int, word: str) -> None:
    assert words_to_number(word, LANG) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("एकोणिस", 19), ("एकुणीस", 19), ("एकुणतीस", 29), ("अट्ठावीस", 28), ("अठावीस", 28),
        ("तेहतीस", 33), ("तेतीस", 33), ("सदोतीस", 37), ("अडोतीस", 38), ("एकेचाळीस", 41),
        ("चवेचाळीस", 44), ("सेचाळीस", 46), ("अट्ठेचाळीस", 48), ("एक्कावन", 51), ("बावन", 52),
        ("त्रेपन", 53), ("चोपन्न", 54), ("पंचावन", 55), ("छप्पन", 56), ("सत्तावन", 57),
        ("सदोसष्ट", 67), ("चौर्‍याहत्तर", 74), ("चौर्याहत्तर", 74), ("शाहत्तर", 76),
        ("शहाहत्तर", 76), ("सत्याहत्तर", 77), ("एकोणएंशी", 79), ("एंशी", 80),
        ("पंचाऐंशी", 85), ("नव्व्याऐंशी", 89), ("पंचाण्णव", 95), ("नव्याण्णव", 99),
        ("नउ", 9), ("सोला", 16),
    ],
)  # fmt: skip
def test_spellings(text: str, value: float) -> None:
    assert words_to_number(text, LANG) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("शंभर", 100), ("एकशे", 100), ("एकशे एक", 101), ("एकशे पन्नास", 150),
        ("दोनशे", 200), ("तीनशे", 300), ("चारशे", 400), ("पाचशे", 500), ("सहाशे", 600),
        ("सातशे", 700), ("आठशे", 800), ("नऊशे", 900), ("नवशे", 900),
        ("नऊशे नव्व्याण्णव", 999), ("दीडशे", 150), ("अडीचशे", 250),
        ("पाऊणशे", 75), ("सव्वाशे", 125), ("साडेतीनशे", 350), ("साडे तीनशे", 350),
        ("सव्वादोनशे", 225), ("पावणेदोनशे", 175), ("पावणे दोनशे", 175),
    ],
)  # fmt: skip
def test_hundreds(text: str, value: float) -> None:
    assert words_to_number(text, LANG) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("हजार", 1000), ("एक हजार", 1000), ("एक हज़ार", 1000), ("एक हजार शंभर", 1100),
        ("एक हजार एकशे", 1100), ("दोन हजार पाचशे", 2500), ("दीड हजार", 1500),
        ("अडीच हजार", 2500), ("साडे तीन हजार", 3500),
        ("बारा हजार तीनशे पंचेचाळीस", 12_345), ("एक लाख", 100_000),
        ("एक लाख पन्नास हजार", 150_000), ("दीड लाख", 150_000), ("दहा लाख", 1_000_000),
        ("एक कोटी", 10_000_000),
        ("एक कोटी तेवीस लाख पंचेचाळीस हजार सहाशे अठ्ठ्याहत्तर", 12_345_678),
    ],
)  # fmt: skip
def test_thousands_lakhs_and_crores(text: str, value: float) -> None:
    assert words_to_number(text, LANG) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("अर्धा", 0.5), ("अर्धी", 0.5), ("पाव", 0.25), ("पाऊण", 0.75), ("दीड", 1.5),
        ("अडीच", 2.5), ("साडे तीन", 3.5), ("साडेतीन", 3.5), ("साडेसात", 7.5),
        ("सव्वा दोन", 2.25), ("सव्वादोन", 2.25), ("पावणे तीन", 2.75), ("पावणेतीन", 2.75),
        ("सव्वा", 1.25), ("पावणे", 0.75),
    ],
)  # fmt: skip
def test_fractions_and_prefixes(text: str, value: float) -> None:
    assert words_to_number(text, LANG) == value


@pytest.mark.parametrize(
    ("word", "value", "suffix"),
    [
        ("दहाला", 10, "ला"), ("शंभराला", 100, "ाला"), ("हजाराला", 1000, "ाला"),
        ("पन्नासला", 50, "ला"), ("शंभरात", 100, "ात"), ("हजारात", 1000, "ात"),
        ("पन्नासचा", 50, "चा"), ("शंभरच्या", 100, "च्या"), ("हजारांना", 1000, "ांना"),
        ("दोनशेला", 200, "ला"), ("दीडशेचा", 150, "चा"), ("शंभरच", 100, "च"),
        ("दहाच", 10, "च"), ("पन्नासपेक्षा", 50, "पेक्षा"), ("शंभरपर्यंत", 100, "पर्यंत"),
        ("पन्नासने", 50, "ने"), ("लाखाला", 100_000, "ाला"), ("शंभरांना", 100, "ांना"),
    ],
)  # fmt: skip
def test_case_endings_and_oblique_stems(word: str, value: float, suffix: str) -> None:
    assert _span(word) == (value, fold(suffix), False)


def test_a_case_ending_closes_the_number() -> None:
    words = [t.norm for t in tokenize("शंभराला दोन किलो")]
    spans = find_numbers(words, number_table(LANG))
    assert [(s.value, s.start, s.end) for s in spans] == [(100, 0, 1), (2, 1, 2)]


@pytest.mark.parametrize(
    "word", ["साला", "दोन्ही", "तिन्ही", "साठा", "साचा", "शेत", "शेतात", "शे", "आधी", "छे"]
)
def test_everyday_words_are_not_numbers(word: str) -> None:
    assert words_to_number(word, LANG) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ek", 1), ("don", 2), ("teen", 3), ("char", 4), ("pach", 5), ("saha", 6),
        ("saat", 7), ("aath", 8), ("nau", 9), ("daha", 10), ("akra", 11), ("bara", 12),
        ("tera", 13), ("pandhra", 15), ("ekonis", 19), ("vees", 20), ("panchvis", 25),
        ("tees", 30), ("pastis", 35), ("chalis", 40), ("panchechalis", 45),
        ("pannas", 50), ("panchavanna", 55), ("saath", 60), ("pasashta", 65),
        ("sattar", 70), ("panchahattar", 75), ("ainshi", 80), ("navvad", 90),
        ("navvyannav", 99), ("shambhar", 100), ("ekshe", 100), ("ekshe pannas", 150),
        ("donshe", 200), ("pachshe", 500), ("didshe", 150), ("adichshe", 250),
        ("savvashe", 125), ("ek hajar", 1000), ("don hajar pachshe", 2500),
        ("ek lakh", 100_000), ("ek koti", 10_000_000), ("didh", 1.5), ("adich", 2.5),
        ("paun", 0.75), ("sade teen", 3.5), ("savva don", 2.25), ("pavne teen", 2.75),
    ],
)  # fmt: skip
def test_romanized_marathi(text: str, value: float) -> None:
    assert words_to_number(text, LANG) == value


@pytest.mark.parametrize(
    "word", ["एक", "एका", "एकाला", "एकच", "एकाचा", "ek", "लक्ष", "tera", "bara", "don"]
)
def test_words_that_are_also_everyday_words_are_ambiguous(word: str) -> None:
    found = _span(word)
    assert found is not None and found[2]


def test_thirteen_is_marathi_only_for_a_marathi_speaker() -> None:
    assert words_to_number("तेरा", LANG) == 13
    assert words_to_number("तेरा", "hi") is None
    assert understand("तेरा रुपये नग", language=LANG).amount_paise == 1300


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
        ("किलो", "kg"), ("किलोला", "kg"), ("किलोमागे", "kg"), ("किलोचा", "kg"),
        ("ग्रॅम", "g"), ("डझन", "dozen"), ("डझनाला", "dozen"), ("नग", "piece"),
        ("नगाला", "piece"), ("लिटर", "litre"), ("लिटरला", "litre"), ("जुडी", "bunch"),
        ("जुडीला", "bunch"), ("पेंडी", "bunch"), ("judi", "bunch"),
    ],
)  # fmt: skip
def test_units(word: str, unit: str) -> None:
    assert _unit(word) == unit


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("रुपये", Cue.CURRENCY), ("रुपयाला", Cue.CURRENCY), ("रुपयांना", Cue.CURRENCY),
        ("रुपयांत", Cue.CURRENCY), ("rupaye", Cue.CURRENCY), ("पैसे", Cue.PAISE),
        ("प्रति", Cue.PER), ("मागे", Cue.LINK), ("भाऊ", Cue.LINK), ("प्रत्येकी", Cue.EACH),
        ("एकाला", Cue.EACH), ("एक नग", Cue.EACH), ("एकूण", Cue.TOTAL), ("सगळे मिळून", Cue.TOTAL),
        ("ठीक आहे", Cue.ACCEPT), ("चालेल", Cue.ACCEPT), ("बरं", Cue.SOFT_ACCEPT),
        ("chalel", Cue.ACCEPT),
        ("नको", Cue.REJECT), ("परवडत नाही", Cue.REJECT), ("कमी करा", Cue.REJECT),
        ("नाही", Cue.NEGATION), ("खूप जास्त", Cue.TOO_MUCH), ("महाग", Cue.TOO_MUCH),
        ("जास्त", Cue.COMPARATIVE), ("कमी", Cue.COMPARATIVE), ("पेक्षा जास्त", Cue.COMPARATIVE),
        ("जास्तीत जास्त", Cue.CAP_BEFORE), ("पर्यंत", Cue.CAP), ("शेवटचा भाव", Cue.FINAL),
        ("फायनल", Cue.FINAL), ("किती", Cue.QUESTION), ("काय भाव", Cue.QUESTION),
        ("kiti", Cue.QUESTION), ("भाव", Cue.WEAK_QUESTION), ("दर", Cue.WEAK_QUESTION),
        ("मिनिटे", Cue.NOT_MONEY), ("तास", Cue.NOT_MONEY), ("टक्के", Cue.NOT_MONEY),
        ("नंबर", Cue.NUMBER_LABEL),
    ],
)  # fmt: skip
def test_cues(text: str, cue: Cue) -> None:
    assert cue in _cues(text)


@pytest.mark.parametrize(
    ("text", "paise", "per_unit", "unit"),
    [
        ("पन्नास रुपये किलो", 5000, True, "kg"),
        ("किलोमागे चाळीस रुपये", 4000, True, "kg"),
        ("एक किलो चाळीस रुपये", 4000, True, "kg"),
        ("दीडशे रुपये डझन", 15000, True, "dozen"),
        ("शंभराला दोन किलो", 10000, False, "kg"),
        ("दहा रुपये जुडी", 1000, True, "bunch"),
        ("pannas rupaye kilo", 5000, True, "kg"),
    ],
)  # fmt: skip
def test_understood_prices(text: str, paise: int, per_unit: bool, unit: str) -> None:
    said = understand(text, language=LANG)
    assert (said.amount_paise, said.per_unit, said.unit) == (paise, per_unit, unit)


def test_more_than_then_not_is_a_bound_not_a_refusal() -> None:
    said = understand("पन्नासपेक्षा जास्त नाही", language=LANG)
    assert [(m.amount_paise, m.negated) for m in said.mentions] == [(5000, False)]
    said = understand("शंभर रुपये खूप जास्त", language=LANG)
    assert [m.negated for m in said.mentions] == [True]


def test_minutes_are_not_money() -> None:
    assert understand("दहा मिनिटे", language=LANG).amount_paise is None


# --- Hindi and English are heard as before ---------------------------------------------

_ENGLISH = list(ENGLISH_WORDS)

_HINDI = list(HINDI_WORDS)


def test_hindi_and_english_number_words_read_the_same() -> None:
    assert_hindi_and_english_numbers_kept(LANG)


# Marathi numbers that are Hindi words: a Marathi speaker's "तेरा" is thirteen.
_MARATHI_FIRST = {"तेरा"}


@pytest.mark.parametrize("word", sorted(set(_ENGLISH + _HINDI) - _MARATHI_FIRST))
def test_common_hindi_and_english_words_read_as_for_a_hindi_speaker(word: str) -> None:
    assert_heard_as_by_a_hindi_speaker(LANG, word)


def test_the_hindi_and_english_tables_hold_no_marathi() -> None:
    for language in ("hi", "en"):
        table = number_table(language).words
        for word in ("पन्नास", "शंभर", "दोनशे", "तेरा", "pannas", "shambhar", "navvad"):
            assert fold(word) not in table
