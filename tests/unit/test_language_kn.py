"""Kannada number words, units and cues: every form people say and write, read back."""

from __future__ import annotations

import pytest

from audio.languages.base import Cue
from audio.lexicon import fold, lexicon_for, tokenize
from audio.numbers import find_numbers, number_table, read_number, words_to_number
from audio.understanding import understand
from tests.unit.common_words import ENGLISH_WORDS, HINDI_WORDS

# Kannada 1–99 in their standard joined spelling, written out here independently of the
# tables under test.
_KANNADA_1_TO_99 = """
ಒಂದು ಎರಡು ಮೂರು ನಾಲ್ಕು ಐದು ಆರು ಏಳು ಎಂಟು ಒಂಬತ್ತು ಹತ್ತು ಹನ್ನೊಂದು ಹನ್ನೆರಡು ಹದಿಮೂರು ಹದಿನಾಲ್ಕು
ಹದಿನೈದು ಹದಿನಾರು ಹದಿನೇಳು ಹದಿನೆಂಟು ಹತ್ತೊಂಬತ್ತು
ಇಪ್ಪತ್ತು ಇಪ್ಪತ್ತೊಂದು ಇಪ್ಪತ್ತೆರಡು ಇಪ್ಪತ್ಮೂರು ಇಪ್ಪತ್ನಾಲ್ಕು ಇಪ್ಪತ್ತೈದು ಇಪ್ಪತ್ತಾರು ಇಪ್ಪತ್ತೇಳು
ಇಪ್ಪತ್ತೆಂಟು ಇಪ್ಪತ್ತೊಂಬತ್ತು
ಮೂವತ್ತು ಮೂವತ್ತೊಂದು ಮೂವತ್ತೆರಡು ಮೂವತ್ಮೂರು ಮೂವತ್ನಾಲ್ಕು ಮೂವತ್ತೈದು ಮೂವತ್ತಾರು ಮೂವತ್ತೇಳು
ಮೂವತ್ತೆಂಟು ಮೂವತ್ತೊಂಬತ್ತು
ನಲವತ್ತು ನಲವತ್ತೊಂದು ನಲವತ್ತೆರಡು ನಲವತ್ಮೂರು ನಲವತ್ನಾಲ್ಕು ನಲವತ್ತೈದು ನಲವತ್ತಾರು ನಲವತ್ತೇಳು
ನಲವತ್ತೆಂಟು ನಲವತ್ತೊಂಬತ್ತು
ಐವತ್ತು ಐವತ್ತೊಂದು ಐವತ್ತೆರಡು ಐವತ್ಮೂರು ಐವತ್ನಾಲ್ಕು ಐವತ್ತೈದು ಐವತ್ತಾರು ಐವತ್ತೇಳು ಐವತ್ತೆಂಟು
ಐವತ್ತೊಂಬತ್ತು
ಅರವತ್ತು ಅರವತ್ತೊಂದು ಅರವತ್ತೆರಡು ಅರವತ್ಮೂರು ಅರವತ್ನಾಲ್ಕು ಅರವತ್ತೈದು ಅರವತ್ತಾರು ಅರವತ್ತೇಳು
ಅರವತ್ತೆಂಟು ಅರವತ್ತೊಂಬತ್ತು
ಎಪ್ಪತ್ತು ಎಪ್ಪತ್ತೊಂದು ಎಪ್ಪತ್ತೆರಡು ಎಪ್ಪತ್ಮೂರು ಎಪ್ಪತ್ನಾಲ್ಕು ಎಪ್ಪತ್ತೈದು ಎಪ್ಪತ್ತಾರು ಎಪ್ಪತ್ತೇಳು
ಎಪ್ಪತ್ತೆಂಟು ಎಪ್ಪತ್ತೊಂಬತ್ತು
ಎಂಬತ್ತು ಎಂಬತ್ತೊಂದು ಎಂಬತ್ತೆರಡು ಎಂಬತ್ಮೂರು ಎಂಬತ್ನಾಲ್ಕು ಎಂಬತ್ತೈದು ಎಂಬತ್ತಾರು ಎಂಬತ್ತೇಳು
ಎಂಬತ್ತೆಂಟು ಎಂಬತ್ತೊಂಬತ್ತು
ತೊಂಬತ್ತು ತೊಂಬತ್ತೊಂದು ತೊಂಬತ್ತೆರಡು ತೊಂಬತ್ಮೂರು ತೊಂಬತ್ನಾಲ್ಕು ತೊಂಬತ್ತೈದು ತೊಂಬತ್ತಾರು ತೊಂಬತ್ತೇಳು
ತೊಂಬತ್ತೆಂಟು ತೊಂಬತ್ತೊಂಬತ್ತು
""".split()


@pytest.mark.parametrize(("value", "word"), list(enumerate(_KANNADA_1_TO_99, start=1)))
def test_every_number_to_ninety_nine(value: int, word: str) -> None:
    assert words_to_number(word, "kn") == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the same numbers half-joined or apart, as spellers and people also write them
        ("ಇಪ್ಪತ್ತಮೂರು", 23), ("ಇಪ್ಪತ್ತ್ಮೂರು", 23), ("ಇಪ್ಪತ್ತ್ ಒಂದು", 21), ("ಮೂವತ್ತು ಐದು", 35),
        ("ಮೂವತ್ಆರು", 36), ("ಇಪ್ಪತ್ತ್ಆರು", 26), ("ಐವತ್ತಮೂರು", 53), ("ತೊಂಬತ್ತ ಮೂರು", 93),
        ("ಎಂಬತ್ತ್ನಾಲ್ಕು", 84), ("ನಲ್ವತ್ತು", 40), ("ನಲ್ವತ್ತೈದು", 45), ("ಅರುವತ್ತು", 60),
        ("ಎಂಭತ್ತು", 80), ("ತೊಂಭತ್ತು", 90), ("ಒಂಭತ್ತು", 9), ("ನಾಕು", 4), ("ನಾಲಕ್ಕು", 4),
        ("ಯೋಳು", 7), ("ಹದಿನಾಕು", 14), ("ಸೊನ್ನೆ", 0), ("ಎರ್ಡು", 2),
    ],
)  # fmt: skip
def test_spellings_and_colloquial_forms(text: str, value: float) -> None:
    assert words_to_number(text, "kn") == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ನೂರು", 100), ("ಒಂದು ನೂರು", 100), ("ನೂರೊಂದು", 101), ("ನೂರ್ಮೂರು", 103),
        ("ನೂರಹತ್ತು", 110), ("ನೂರ ಹತ್ತು", 110), ("ನೂರಿಪ್ಪತ್ತು", 120), ("ನೂರಿಪ್ಪತ್ತೈದು", 125),
        ("ನೂರೈವತ್ತು", 150), ("ನೂರ ಐವತ್ತು", 150), ("ನೂರಾ ಐವತ್ತು", 150),
        ("ನೂರ ತೊಂಬತ್ತೊಂಬತ್ತು", 199), ("ಇನ್ನೂರು", 200), ("ಇನ್ನೂರೈವತ್ತು", 250),
        ("ಇನ್ನೂರ ಐವತ್ತು", 250), ("ಮುನ್ನೂರು", 300), ("ಮುನ್ನೂರಮೂವತ್ತು", 330),
        ("ನಾನೂರು", 400), ("ನಾನ್ನೂರು", 400), ("ಐನೂರು", 500), ("ಐನೂರೈವತ್ತೈದು", 555),
        ("ಆರುನೂರು", 600), ("ಏಳುನೂರು", 700), ("ಎಂಟುನೂರು", 800), ("ಒಂಬೈನೂರು", 900),
        ("ಒಂಬೈನೂರತೊಂಬತ್ತೊಂಬತ್ತು", 999), ("ಎರಡು ನೂರು", 200), ("ಎರಡು ನೂರ ಐವತ್ತು", 250),
    ],
)  # fmt: skip
def test_hundreds(text: str, value: float) -> None:
    assert words_to_number(text, "kn") == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ಸಾವಿರ", 1000), ("ಒಂದು ಸಾವಿರ", 1000), ("ಒಂದು ಸಾವಿರದ", 1000), ("ಸಾವಿರದ ಐನೂರು", 1500),
        ("ಎರಡು ಸಾವಿರ", 2000), ("ಎರಡು ಸಾವಿರದ ಐನೂರು", 2500), ("ಎರಡು ಸಾವ್ರ", 2000),
        ("ಹತ್ತು ಸಾವಿರ", 10_000), ("ಇಪ್ಪತ್ತೈದು ಸಾವಿರ", 25_000),
        ("ಹನ್ನೆರಡು ಸಾವಿರದ ಮುನ್ನೂರನಲವತ್ತೈದು", 12_345), ("ಲಕ್ಷ", 100_000),
        ("ಒಂದು ಲಕ್ಷ", 100_000), ("ಒಂದು ಲಕ್ಷದ ಇಪ್ಪತ್ತು ಸಾವಿರ", 120_000),
        ("ಎರಡು ಲಕ್ಷದ ಐವತ್ತು ಸಾವಿರ", 250_000), ("ಒಂದು ಕೋಟಿ", 10_000_000),
        ("ಎರಡು ಕೋಟಿ", 20_000_000),
    ],
)  # fmt: skip
def test_thousands_lakhs_and_crores(text: str, value: float) -> None:
    assert words_to_number(text, "kn") == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ಅರ್ಧ", 0.5), ("ಕಾಲು", 0.25), ("ಮುಕ್ಕಾಲು", 0.75), ("ಒಂದೂವರೆ", 1.5),
        ("ಒಂದುವರೆ", 1.5), ("ಎರಡೂವರೆ", 2.5), ("ಮೂರೂವರೆ", 3.5), ("ಹತ್ತೂವರೆ", 10.5),
        ("ಒಂದೂಕಾಲು", 1.25), ("ಎರಡೂಕಾಲು", 2.25), ("ಒಂದೂಮುಕ್ಕಾಲು", 1.75),
        ("ಒಂದೂವರೆ ಸಾವಿರ", 1500), ("ಎರಡೂವರೆ ಸಾವಿರ", 2500), ("ಒಂದೂವರೆ ಲಕ್ಷ", 150_000),
        ("ಎರಡೂವರೆ ನೂರು", 250), ("ಇಪ್ಪತ್ತು ಎರಡೂವರೆ", 22.5), ("ಇಪ್ಪತ್ತೆರಡೂವರೆ", 22.5),
        ("ippattu eraduvare", 22.5),
    ],
)  # fmt: skip
def test_fractions_and_and_a_half(text: str, value: float) -> None:
    assert words_to_number(text, "kn") == value


@pytest.mark.parametrize(
    ("word", "value", "suffix"),
    [
        ("ನೂರಕ್ಕೆ", 100, "ಕ್ಕೆ"), ("ಐವತ್ತಕ್ಕೆ", 50, "ಕ್ಕೆ"), ("ಹತ್ತಕ್ಕೆ", 10, "ಕ್ಕೆ"),
        ("ಸಾವಿರಕ್ಕೆ", 1000, "ಕ್ಕೆ"), ("ಲಕ್ಷಕ್ಕೆ", 100_000, "ಕ್ಕೆ"), ("ಕೋಟಿಗೆ", 10_000_000, "ಗೆ"),
        ("ಒಂದೂವರೆಗೆ", 1.5, "ಗೆ"), ("ಅರ್ಧಕ್ಕೆ", 0.5, "ಕ್ಕೆ"), ("ನೂರೈವತ್ತಕ್ಕೆ", 150, "ಕ್ಕೆ"),
        ("ಇನ್ನೂರಕ್ಕೆ", 200, "ಕ್ಕೆ"), ("ನೂರಕ್ಕಿಂತ", 100, "ಕ್ಕಿಂತ"), ("ಐವತ್ತೇ", 50, "ೇ"),
        ("ಹತ್ತರ", 10, "ರ"), ("ನೂರರಲ್ಲಿ", 100, "ರಲ್ಲಿ"), ("ಐವತ್ತಾ", 50, "ಾ"),
        ("noorakke", 100, "kke"), ("saavirakke", 1000, "kke"),
    ],
)  # fmt: skip
def test_case_endings_on_numbers(word: str, value: float, suffix: str) -> None:
    span = read_number([t.norm for t in tokenize(word)], 0, number_table("kn"))
    assert span is not None
    assert (span.value, span.suffix) == (value, fold(suffix))


def test_a_case_ending_closes_the_number() -> None:
    words = [t.norm for t in tokenize("ನೂರಕ್ಕೆ ಎರಡು ಕೆಜಿ")]
    spans = find_numbers(words, number_table("kn"))
    assert [(s.value, s.start, s.end) for s in spans] == [(100, 0, 1), (2, 1, 2)]


def test_still_is_not_two_hundred() -> None:
    """ "ಇನ್ನೂ" ("still") is not ಇನ್ನೂರು cut short."""
    assert words_to_number("ಇನ್ನೂ", "kn") is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ondu", 1), ("eradu", 2), ("mooru", 3), ("naalku", 4), ("aidu", 5), ("aaru", 6),
        ("elu", 7), ("entu", 8), ("ombattu", 9), ("hattu", 10), ("hannondu", 11),
        ("hadinaidu", 15), ("hattombattu", 19), ("ippattu", 20), ("ippattondu", 21),
        ("ippattaidu", 25), ("ippathaidu", 25), ("ippatmooru", 23), ("moovattu", 30),
        ("muvattaidu", 35), ("moovattu aidu", 35), ("nalavattu", 40), ("nalvattu", 40),
        ("aivattu", 50), ("aivathu", 50), ("aravattu", 60), ("eppattu", 70),
        ("embattu", 80), ("tombattu", 90), ("thombattombattu", 99), ("nooru", 100),
        ("nooraivattu", 150), ("noora aivattu", 150), ("nooru aivattu", 150),
        ("noorahattu", 110), ("innooru", 200), ("innooraivattu", 250), ("munnooru", 300),
        ("ainooru", 500), ("saavira", 1000), ("savira", 1000), ("eradu saavira", 2000),
        ("eradu saavirada ainooru", 2500), ("laksha", 100_000), ("ondu laksha", 100_000),
        ("koti", 10_000_000), ("ardha", 0.5), ("kaalu", 0.25), ("mukkaalu", 0.75),
        ("onduvare", 1.5), ("ondoovare", 1.5), ("eraduvare", 2.5),
        ("onduvare saavira", 1500),
    ],
)  # fmt: skip
def test_romanized_kannada(text: str, value: float) -> None:
    assert words_to_number(text, "kn") == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ಒಂದು ನೂರ ಒಂದು", 101), ("ಒಂದು ಸಾವಿರದ ಒಂದು", 1001),
        ("ಒಂದು ಸಾವಿರ ಎರಡು ನೂರ ಮೂವತ್ತ್ ನಾಲ್ಕು", 1234), ("ಒಂದು ಸಾವಿರದ ಇನ್ನೂರಮೂವತ್ನಾಲ್ಕು", 1234),
        ("ಎರಡು ಸಾವಿರದ", 2000), ("ಒಂದು ಲಕ್ಷದ", 100_000), ("ನೂರಾರು", 106),
    ],
)  # fmt: skip
def test_speller_forms_are_read(text: str, value: float) -> None:
    """num2words writes "ಒಂದು ನೂರ ಒಂದು"; indic-numtowords ends a round thousand on the
    combining "ಸಾವಿರದ": odd, but plain to read."""
    assert words_to_number(text, "kn") == value


@pytest.mark.parametrize(
    "word", ["ಒಂದು", "ಒಂದ್", "ಒಂದೇ", "ಕಾಲು", "ondu", "kaalu", "ಒಂದಕ್ಕೆ", "ಒಂದರ", "ondakke"]
)
def test_one_and_quarter_alone_are_ambiguous(word: str) -> None:
    span = read_number([fold(word)], 0, number_table("kn"))
    assert span is not None and span.ambiguous


def test_one_counts_only_with_a_unit_or_money() -> None:
    assert understand("ಒಂದು ಮಾತು ಹೇಳಿ", language="kn").amount_paise is None
    assert understand("ಒಂದು ಕೊಡಿ", language="kn").amount_paise is None
    said = understand("ಒಂದು ಕೆಜಿಗೆ ಐವತ್ತು ರೂಪಾಯಿ", language="kn")
    assert (said.amount_paise, said.per_unit, said.unit) == (5000, True, "kg")


def _cues(text: str, i: int = 0) -> set[Cue]:
    words = [t.norm for t in tokenize(text)]
    return {p.cue for p in lexicon_for("kn").lookup(words, i)}


def _unit(text: str) -> str | None:
    words = [t.norm for t in tokenize(text)]
    found = [p.unit for p in lexicon_for("kn").lookup(words, 0) if p.cue is Cue.UNIT]
    return found[0] if found else None


@pytest.mark.parametrize(
    ("word", "unit"),
    [
        ("ಕೆಜಿ", "kg"), ("ಕೇಜಿ", "kg"), ("ಕೆಜಿಗೆ", "kg"), ("ಕಿಲೋ", "kg"), ("ಕಿಲೋಗೆ", "kg"),
        ("ಗ್ರಾಂ", "g"), ("ಗ್ರಾಂಗೆ", "g"), ("ಡಜನ್", "dozen"), ("ಡಜನ್‌ಗೆ", "dozen"),
        ("ಡಜನ್ಗೆ", "dozen"), ("ಪೀಸ್", "piece"), ("ತುಂಡು", "piece"),
        ("ಲೀಟರ್", "litre"), ("ಲೀಟರಿಗೆ", "litre"), ("ಡಜನಿಗೆ", "dozen"), ("ಕಟ್ಟು", "bunch"),
        ("ಕಟ್ಟಿಗೆ", "bunch"),
        ("ಕಂತೆ", "bunch"), ("ಗೊಂಚಲು", "bunch"), ("kattu", "bunch"), ("dajanu", "dozen"),
    ],
)  # fmt: skip
def test_units(word: str, unit: str) -> None:
    assert _unit(word) == unit


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("ರೂಪಾಯಿ", Cue.CURRENCY), ("ರೂಪಾಯಿಗೆ", Cue.CURRENCY), ("ರೂಪಾಯಿಗಳು", Cue.CURRENCY),
        ("ರೂಪಾಯಿಗಿಂತ", Cue.CURRENCY), ("rupaayi", Cue.CURRENCY), ("ಪೈಸೆ", Cue.PAISE),
        ("ಪ್ರತಿ", Cue.PER), ("ಲೆಕ್ಕದಲ್ಲಿ", Cue.LINK), ("ಒಂದಕ್ಕೆ", Cue.EACH),
        ("ಒಂದೊಂದಕ್ಕೆ", Cue.EACH), ("ಒಟ್ಟು", Cue.TOTAL), ("ಎಲ್ಲಾ ಸೇರಿ", Cue.TOTAL),
        ("ottu", Cue.TOTAL), ("ಸರಿ", Cue.ACCEPT), ("ಆಯ್ತು", Cue.ACCEPT), ("sari", Cue.ACCEPT),
        ("ಬೇಡ", Cue.REJECT), ("ಆಗಲ್ಲ", Cue.REJECT), ("ಕಮ್ಮಿ ಮಾಡಿ", Cue.REJECT),
        ("ಇಲ್ಲ", Cue.NEGATION), ("ಅಲ್ಲ", Cue.NEGATION), ("ಕೊಡಲ್ಲ", Cue.NEGATION),
        ("ಜಾಸ್ತಿ", Cue.TOO_MUCH), ("ತುಂಬಾ ಜಾಸ್ತಿ", Cue.TOO_MUCH), ("ದುಬಾರಿ", Cue.TOO_MUCH),
        ("ಕಡಿಮೆ", Cue.COMPARATIVE), ("ಮೇಲೆ", Cue.COMPARATIVE), ("ಕಿಂತ ಜಾಸ್ತಿ", Cue.COMPARATIVE),
        ("ವರೆಗೆ", Cue.CAP), ("ಒಳಗೆ", Cue.CAP), ("ಹೆಚ್ಚೆಂದರೆ", Cue.CAP_BEFORE),
        ("ಕೊನೆಯ ಬೆಲೆ", Cue.FINAL), ("ಕಡೇ ರೇಟು", Cue.FINAL), ("ಎಷ್ಟು", Cue.QUESTION),
        ("ಬೆಲೆ ಎಷ್ಟು", Cue.QUESTION), ("ಎಷ್ಟಕ್ಕೆ", Cue.QUESTION), ("eshtu", Cue.QUESTION),
        ("ಬೆಲೆ", Cue.WEAK_QUESTION), ("ರೇಟು", Cue.WEAK_QUESTION), ("ನಿಮಿಷ", Cue.NOT_MONEY),
        ("ಗಂಟೆ", Cue.NOT_MONEY), ("ದಿನ", Cue.NOT_MONEY), ("ಶೇಕಡ", Cue.NOT_MONEY),
    ],
)  # fmt: skip
def test_cues(text: str, cue: Cue) -> None:
    assert cue in _cues(text)


@pytest.mark.parametrize(
    ("text", "paise", "per_unit", "unit"),
    [
        ("ಕೆಜಿಗೆ ಐವತ್ತು ರೂಪಾಯಿ", 5000, True, "kg"),
        ("ಕೆಜಿಗೆ ಮೂವತ್ತೈದು ರೂಪಾಯಿ", 3500, True, "kg"),
        ("ಒಂದು ಕೆಜಿ ನಲವತ್ತು ರೂಪಾಯಿ", 4000, True, "kg"),
        ("ಎರಡು ಕೆಜಿ ನೂರೈವತ್ತು ರೂಪಾಯಿ", 15000, False, "kg"),
        ("ಡಜನ್‌ಗೆ ಅರವತ್ತು ರೂಪಾಯಿ", 6000, True, "dozen"),
        ("ಕಟ್ಟಿಗೆ ಹತ್ತು ರೂಪಾಯಿ", 1000, True, "bunch"),
        ("ಒಂದಕ್ಕೆ ಹತ್ತು ರೂಪಾಯಿ", 1000, True, "piece"),
        ("ಅರ್ಧ ಕೆಜಿ ಇಪ್ಪತ್ತು ರೂಪಾಯಿ", 2000, False, "kg"),
        ("kg ge aivattu rupaayi", 5000, True, "kg"),
    ],
)  # fmt: skip
def test_understood_prices(text: str, paise: int, per_unit: bool, unit: str) -> None:
    said = understand(text, language="kn")
    assert (said.amount_paise, said.per_unit, said.unit) == (paise, per_unit, unit)


def test_minutes_are_not_money() -> None:
    assert understand("ಹತ್ತು ನಿಮಿಷ", language="kn").amount_paise is None


# --- Hindi and English speakers are heard as before ------------------------------------

_ENGLISH = list(ENGLISH_WORDS)

_HINDI = list(HINDI_WORDS)


def test_hindi_and_english_number_words_read_the_same() -> None:
    kannada = number_table("kn").words
    for language in ("hi", "en"):
        for key, parts in number_table(language).words.items():
            assert kannada.get(key) == parts, key


@pytest.mark.parametrize("word", sorted(set(_ENGLISH + _HINDI)))
def test_common_hindi_and_english_words_are_not_kannada_numbers(word: str) -> None:
    key = fold(word)
    own = number_table("kn").parts(key)
    heard_as_hindi = number_table("hi").parts(key)
    assert (own[0] if own else None) == (heard_as_hindi[0] if heard_as_hindi else None)


def test_the_hindi_and_english_tables_hold_no_kannada() -> None:
    for language in ("hi", "en"):
        table = number_table(language).words
        assert "aivattu" not in table and "nooru" not in table and "saavira" not in table
