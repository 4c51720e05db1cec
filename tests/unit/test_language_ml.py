"""Malayalam number words, units and cues: every form people say and write, read back."""

from __future__ import annotations

import pytest

from audio.languages.base import Cue
from audio.lexicon import fold, lexicon_for, tokenize
from audio.numbers import find_numbers, number_table, read_number, words_to_number
from audio.understanding import understand
from tests.unit.common_words import ENGLISH_WORDS, HINDI_WORDS

# Malayalam 1–99 in the formal joined spelling (with the -യ- glide before a vowel), typed
# here independently of the tables.
_MALAYALAM_1_TO_99 = """
ഒന്ന് രണ്ട് മൂന്ന് നാല് അഞ്ച് ആറ് ഏഴ് എട്ട് ഒമ്പത് പത്ത് പതിനൊന്ന് പന്ത്രണ്ട് പതിമൂന്ന്
പതിനാല് പതിനഞ്ച് പതിനാറ് പതിനേഴ് പതിനെട്ട് പത്തൊമ്പത്
ഇരുപത് ഇരുപത്തിയൊന്ന് ഇരുപത്തിരണ്ട് ഇരുപത്തിമൂന്ന് ഇരുപത്തിനാല് ഇരുപത്തിയഞ്ച്
ഇരുപത്തിയാറ് ഇരുപത്തിയേഴ് ഇരുപത്തിയെട്ട് ഇരുപത്തിയൊമ്പത്
മുപ്പത് മുപ്പത്തിയൊന്ന് മുപ്പത്തിരണ്ട് മുപ്പത്തിമൂന്ന് മുപ്പത്തിനാല് മുപ്പത്തിയഞ്ച്
മുപ്പത്തിയാറ് മുപ്പത്തിയേഴ് മുപ്പത്തിയെട്ട് മുപ്പത്തിയൊമ്പത്
നാല്പത് നാല്പത്തിയൊന്ന് നാല്പത്തിരണ്ട് നാല്പത്തിമൂന്ന് നാല്പത്തിനാല് നാല്പത്തിയഞ്ച്
നാല്പത്തിയാറ് നാല്പത്തിയേഴ് നാല്പത്തിയെട്ട് നാല്പത്തിയൊമ്പത്
അമ്പത് അമ്പത്തിയൊന്ന് അമ്പത്തിരണ്ട് അമ്പത്തിമൂന്ന് അമ്പത്തിനാല് അമ്പത്തിയഞ്ച്
അമ്പത്തിയാറ് അമ്പത്തിയേഴ് അമ്പത്തിയെട്ട് അമ്പത്തിയൊമ്പത്
അറുപത് അറുപത്തിയൊന്ന് അറുപത്തിരണ്ട് അറുപത്തിമൂന്ന് അറുപത്തിനാല് അറുപത്തിയഞ്ച്
അറുപത്തിയാറ് അറുപത്തിയേഴ് അറുപത്തിയെട്ട് അറുപത്തിയൊമ്പത്
എഴുപത് എഴുപത്തിയൊന്ന് എഴുപത്തിരണ്ട് എഴുപത്തിമൂന്ന് എഴുപത്തിനാല് എഴുപത്തിയഞ്ച്
എഴുപത്തിയാറ് എഴുപത്തിയേഴ് എഴുപത്തിയെട്ട് എഴുപത്തിയൊമ്പത്
എൺപത് എൺപത്തിയൊന്ന് എൺപത്തിരണ്ട് എൺപത്തിമൂന്ന് എൺപത്തിനാല് എൺപത്തിയഞ്ച്
എൺപത്തിയാറ് എൺപത്തിയേഴ് എൺപത്തിയെട്ട് എൺപത്തിയൊമ്പത്
തൊണ്ണൂറ് തൊണ്ണൂറ്റിയൊന്ന് തൊണ്ണൂറ്റിരണ്ട് തൊണ്ണൂറ്റിമൂന്ന് തൊണ്ണൂറ്റിനാല് തൊണ്ണൂറ്റിയഞ്ച്
തൊണ്ണൂറ്റിയാറ് തൊണ്ണൂറ്റിയേഴ് തൊണ്ണൂറ്റിയെട്ട് തൊണ്ണൂറ്റിയൊമ്പത്
""".split()


@pytest.mark.parametrize(("value", "word"), list(enumerate(_MALAYALAM_1_TO_99, start=1)))
def test_every_number_to_ninety_nine(value: int, word: str) -> None:
    assert words_to_number(word, "ml") == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # spoken joins without the glide
        ("ഇരുപത്തൊന്ന്", 21), ("ഇരുപത്തഞ്ച്", 25), ("മുപ്പത്തഞ്ച്", 35), ("മുപ്പത്താറ്", 36),
        ("നാല്പത്തെട്ട്", 48), ("അമ്പത്തഞ്ച്", 55), ("തൊണ്ണൂറ്റൊമ്പത്", 99),
        # spoken forms
        ("നാപ്പത്", 40), ("നാപ്പത്തഞ്ച്", 45), ("എമ്പത്", 80), ("ഇരുവത്", 20),
        # chillu letters and consonant + virama, old ZWJ chillus, final "ു"
        ("നാൽപത്", 40), ("നാൽപ്പത്", 40), ("നാല്\u200dപത്", 40), ("എണ്പത്", 80),
        ("എണ്\u200dപത്", 80), ("ഒൻപത്", 9), ("ഒന്പത്", 9), ("ഒൻപതു", 9), ("അൻപത്", 50),
        ("അന്പത്", 50), ("ഒന്നു", 1), ("രണ്ടു", 2), ("പതിനേഴു", 17), ("പതിനെട്ടു", 18),
        ("നാല്പത്തിരണ്ടു", 42), ("അറുനൂറു", 600),
        # tens and units apart
        ("മുപ്പത്തി അഞ്ച്", 35), ("ഇരുപത് അഞ്ച്", 25), ("അമ്പത്തി ഒന്ന്", 51),
        ("പൂജ്യം", 0),
    ],
)  # fmt: skip
def test_spoken_spelled_and_separate_forms(text: str, value: float) -> None:
    assert words_to_number(text, "ml") == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("നൂറ്", 100), ("ഒരു നൂറ്", 100), ("നൂറ്റി ഒന്ന്", 101), ("നൂറ്റൊന്ന്", 101),
        ("നൂറ്റിയൊന്ന്", 101), ("നൂറ്റി പത്ത്", 110), ("നൂറ്റിപ്പത്ത്", 110),
        ("നൂറ്റിയിരുപത്", 120), ("നൂറ്റിരുപത്", 120), ("ഒരുനൂറ്റി ഇരുപത്", 120),
        ("നൂറ്റമ്പത്", 150), ("നൂറ്റമ്പത്തിയഞ്ച്", 155), ("നൂറ്റമ്പത്തി മൂന്ന്", 153),
        ("ഇരുനൂറ്", 200), ("ഇരുന്നൂറ്", 200), ("ഇരുനൂറ്റമ്പത്", 250),
        ("ഇരുന്നൂറ്റമ്പത്", 250), ("മുന്നൂറ്", 300), ("മുന്നൂറ്റമ്പത്", 350), ("നാനൂറ്", 400),
        ("അഞ്ഞൂറ്", 500), ("അറുനൂറ്", 600), ("അറുന്നൂറ്", 600), ("എഴുനൂറ്", 700),
        ("എഴുന്നൂറ്", 700), ("എണ്ണൂറ്", 800), ("തൊള്ളായിരം", 900),
        ("തൊള്ളായിരത്തി തൊണ്ണൂറ്റി ഒമ്പത്", 999), ("രണ്ട് നൂറ്", 200),
    ],
)  # fmt: skip
def test_hundreds(text: str, value: float) -> None:
    assert words_to_number(text, "ml") == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ആയിരം", 1000), ("ഒരു ആയിരം", 1000), ("ആയിരത്തി ഒന്ന്", 1001),
        ("ആയിരത്തി അഞ്ഞൂറ്", 1500), ("ആയിരത്തഞ്ഞൂറ്", 1500), ("ആയിരത്തിയിരുനൂറ്", 1200),
        ("രണ്ടായിരം", 2000), ("രണ്ടായിരത്തി അഞ്ഞൂറ്", 2500), ("രണ്ടായിരത്തഞ്ഞൂറ്", 2500),
        ("മൂവായിരം", 3000), ("മൂന്നായിരം", 3000), ("നാലായിരം", 4000), ("അയ്യായിരം", 5000),
        ("അഞ്ചായിരം", 5000), ("എണ്ണായിരം", 8000), ("എട്ടായിരം", 8000),
        ("ഒമ്പതിനായിരം", 9000), ("ഒമ്പതായിരം", 9000), ("പതിനായിരം", 10_000),
        ("പത്തായിരം", 10_000), ("ഇരുപതിനായിരം", 20_000), ("ഇരുപതായിരം", 20_000),
        ("പതിമൂവായിരം", 13_000), ("പതിമൂന്നായിരം", 13_000), ("പതിനയ്യായിരം", 15_000),
        ("പതിനെണ്ണായിരം", 18_000), ("പതിമൂവായിരത്തി അഞ്ഞൂറ്", 13_500),
        ("pathimoovaayiram", 13_000), ("pathinayyaayiram", 15_000),
        ("ഇരുപത്തയ്യായിരം", 25_000), ("ഇരുപത്തിയഞ്ചായിരം", 25_000),
        ("മുപ്പത്തി അഞ്ചായിരം", 35_000), ("അമ്പതിനായിരം", 50_000),
        ("തൊണ്ണൂറ്റി ഒമ്പതായിരത്തി തൊള്ളായിരത്തി തൊണ്ണൂറ്റി ഒമ്പത്", 99_999),
        ("ലക്ഷം", 100_000), ("ഒരു ലക്ഷം", 100_000), ("രണ്ട് ലക്ഷം", 200_000),
        ("ഒരു ലക്ഷത്തി ഇരുപത്തയ്യായിരം", 125_000), ("ഒരു കോടി", 10_000_000),
        ("ഒരു കോടി ഇരുപത് ലക്ഷം", 12_000_000),
    ],
)  # fmt: skip
def test_thousands_lakhs_and_crores(text: str, value: float) -> None:
    assert words_to_number(text, "ml") == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("അര", 0.5), ("കാൽ", 0.25), ("കാല്", 0.25), ("മുക്കാൽ", 0.75), ("ഒന്നര", 1.5),
        ("രണ്ടര", 2.5), ("മൂന്നര", 3.5), ("നാലര", 4.5), ("അഞ്ചര", 5.5), ("പത്തര", 10.5),
        ("ഒന്നേകാൽ", 1.25), ("രണ്ടേകാൽ", 2.25), ("ഒന്നേമുക്കാൽ", 1.75),
        ("രണ്ടര ലക്ഷം", 250_000), ("ഒന്നര ആയിരം", 1500),
    ],
)  # fmt: skip
def test_fractions_and_and_a_half(text: str, value: float) -> None:
    assert words_to_number(text, "ml") == value


@pytest.mark.parametrize(
    ("word", "value", "suffix"),
    [
        ("അമ്പതിന്", 50, "ിന്"), ("അമ്പതിനു", 50, "ിനു"), ("നൂറിന്", 100, "ിന്"),
        ("ആയിരത്തിന്", 1000, "ിന്"), ("ലക്ഷത്തിന്", 100_000, "ിന്"),
        ("കോടിക്ക്", 10_000_000, "ക്ക്"), ("മുപ്പത്തഞ്ചിന്", 35, "ിന്"),
        ("അമ്പതാണ്", 50, "ാണ്"), ("അമ്പതാ", 50, "ാ"), ("നൂറിൽ", 100, "ിൽ"),
        ("അമ്പതോളം", 50, "ോളം"), ("നാല്പതാക്കാം", 40, "ാക്കാം"), ("അമ്പതേ", 50, "േ"),
        ("നൂറ്റമ്പതിന്", 150, "ിന്"), ("രണ്ടരയ്ക്ക്", 2.5, "യ്ക്ക്"),
        ("ambathinu", 50, "inu"), ("noorinu", 100, "inu"), ("ambathaanu", 50, "aanu"),
    ],
)  # fmt: skip
def test_case_endings_on_numbers(word: str, value: float, suffix: str) -> None:
    span = read_number([t.norm for t in tokenize(word)], 0, number_table("ml"))
    assert span is not None
    assert (span.value, span.suffix) == (value, fold(suffix))


def test_a_case_ending_closes_the_number() -> None:
    words = [t.norm for t in tokenize("നൂറിന് രണ്ട് കിലോ")]
    spans = find_numbers(words, number_table("ml"))
    assert [(s.value, s.start, s.end) for s in spans] == [(100, 0, 1), (2, 1, 2)]


@pytest.mark.parametrize("word", ["ഒന്നും", "ഒന്നുമില്ല", "ചേട്ടാ", "ഏട്ടാ"])
def test_everyday_words_that_look_like_numbers_are_not(word: str) -> None:
    """ "ഒന്നും" is "nothing at all"; the vocatives "ചേട്ടാ"/"ഏട്ടാ" are not എട്ട്."""
    assert words_to_number(word, "ml") is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("onnu", 1), ("randu", 2), ("moonnu", 3), ("naalu", 4), ("anju", 5), ("anchu", 5),
        ("aaru", 6), ("ezhu", 7), ("ettu", 8), ("ombathu", 9), ("onpathu", 9), ("pathu", 10),
        ("pathinonnu", 11), ("panthrandu", 12), ("pathinanju", 15), ("irupathu", 20),
        ("irupathanju", 25), ("irupathiyanju", 25), ("muppathu", 30), ("muppathanju", 35),
        ("muppathiyanju", 35), ("muppathirandu", 32), ("muppathi anju", 35),
        ("naalpathu", 40), ("nalpathu", 40), ("naappathu", 40), ("ambathu", 50),
        ("anpathu", 50), ("arupathu", 60), ("ezhupathu", 70), ("enpathu", 80),
        ("embathu", 80), ("thonnooru", 90), ("thonnootti ombathu", 99), ("nooru", 100),
        ("oru nooru", 100), ("noottambathu", 150), ("nootti irupathu", 120),
        ("irunooru", 200), ("irunnooru", 200), ("munnooru", 300), ("anjooru", 500),
        ("thollayiram", 900), ("aayiram", 1000), ("aayirathi anjooru", 1500),
        ("randaayiram", 2000), ("moovaayiram", 3000), ("ayyaayiram", 5000),
        ("pathinaayiram", 10_000), ("irupathinaayiram", 20_000), ("oru laksham", 100_000),
        ("randu laksham", 200_000), ("oru kodi", 10_000_000), ("ara", 0.5), ("kaal", 0.25),
        ("mukkaal", 0.75), ("onnara", 1.5), ("randara", 2.5),
    ],
)  # fmt: skip
def test_manglish(text: str, value: float) -> None:
    assert words_to_number(text, "ml") == value


@pytest.mark.parametrize(
    "word",
    ["ഒരു", "ഒന്ന്", "ഒന്നു", "ഒന്നിന്", "ഒന്നാണ്", "അര", "കാൽ", "oru", "onnu", "onninu",
     "ara", "kaal", "aaru"],
)  # fmt: skip
def test_one_and_fractions_alone_are_ambiguous(word: str) -> None:
    span = read_number([fold(word)], 0, number_table("ml"))
    assert span is not None and span.ambiguous


def test_one_counts_only_with_a_unit_or_money() -> None:
    assert understand("ഒന്ന് നോക്കട്ടെ", language="ml").amount_paise is None
    assert understand("ഒരു കാര്യം പറയാം", language="ml").amount_paise is None
    said = understand("ഒരു കിലോ അമ്പത് രൂപ", language="ml")
    assert (said.amount_paise, said.per_unit, said.unit) == (5000, True, "kg")


def _cues(text: str, i: int = 0) -> set[Cue]:
    words = [t.norm for t in tokenize(text)]
    return {p.cue for p in lexicon_for("ml").lookup(words, i)}


def _unit(text: str) -> str | None:
    words = [t.norm for t in tokenize(text)]
    found = [p.unit for p in lexicon_for("ml").lookup(words, 0) if p.cue is Cue.UNIT]
    return found[0] if found else None


@pytest.mark.parametrize(
    ("word", "unit"),
    [
        ("കിലോ", "kg"), ("കിലോയ്ക്ക്", "kg"), ("കിലോക്ക്", "kg"), ("കെജി", "kg"),
        ("ഗ്രാം", "g"), ("ഡസൻ", "dozen"), ("ഡസന്", "dozen"), ("ഡസന്\u200d", "dozen"),
        ("ഡസനിന്", "dozen"), ("പീസ്", "piece"), ("എണ്ണം", "piece"), ("എണ്ണത്തിന്", "piece"),
        ("ലിറ്റർ", "litre"), ("ലിറ്ററിന്", "litre"), ("കെട്ട്", "bunch"),
        ("കെട്ടിന്", "bunch"), ("കുല", "bunch"), ("കുലയ്ക്ക്", "bunch"), ("kettu", "bunch"),
        ("kilo", "kg"),
    ],
)  # fmt: skip
def test_units(word: str, unit: str) -> None:
    assert _unit(word) == unit


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("രൂപ", Cue.CURRENCY), ("രൂപയ്ക്ക്", Cue.CURRENCY), ("രൂപയാണ്", Cue.CURRENCY),
        ("roopa", Cue.CURRENCY), ("പൈസ", Cue.PAISE), ("ഓരോ", Cue.PER), ("ആണ്", Cue.LINK),
        ("വെച്ച്", Cue.LINK), ("ഒന്നിന്", Cue.EACH), ("ഓരോന്നിനും", Cue.EACH),
        ("onninu", Cue.EACH), ("മൊത്തം", Cue.TOTAL), ("ആകെ", Cue.TOTAL),
        ("എല്ലാം കൂടി", Cue.TOTAL), ("mottham", Cue.TOTAL), ("ശരി", Cue.ACCEPT),
        ("ഓക്കെ", Cue.ACCEPT), ("sheri", Cue.ACCEPT), ("വേണ്ട", Cue.REJECT),
        ("പറ്റില്ല", Cue.REJECT), ("മുതലാവില്ല", Cue.REJECT), ("കുറയ്ക്ക്", Cue.REJECT),
        ("ഇല്ല", Cue.NEGATION), ("അല്ല", Cue.NEGATION), ("തരില്ല", Cue.NEGATION),
        ("കൂടുതലാ", Cue.TOO_MUCH), ("വളരെ കൂടുതൽ", Cue.TOO_MUCH), ("അധികം", Cue.TOO_MUCH),
        ("കൂടുതൽ", Cue.COMPARATIVE), ("കൂടുതല്", Cue.COMPARATIVE), ("കുറവ്", Cue.COMPARATIVE),
        ("വരെ", Cue.CAP), ("കൂടില്ല", Cue.CAP), ("പരമാവധി", Cue.CAP_BEFORE),
        ("കൂടിയാൽ", Cue.CAP_BEFORE), ("അവസാന വില", Cue.FINAL), ("avasana vila", Cue.FINAL),
        ("എത്ര", Cue.QUESTION), ("എത്രയാ", Cue.QUESTION), ("വില എത്ര", Cue.QUESTION),
        ("ethra", Cue.QUESTION), ("വില", Cue.WEAK_QUESTION), ("റേറ്റ്", Cue.WEAK_QUESTION),
        ("മിനിറ്റ്", Cue.NOT_MONEY), ("മണിക്കൂർ", Cue.NOT_MONEY), ("ദിവസം", Cue.NOT_MONEY),
        ("തവണ", Cue.NOT_MONEY), ("നമ്പർ", Cue.NUMBER_LABEL), ("അല്ലേ", Cue.LINK),
    ],
)  # fmt: skip
def test_cues(text: str, cue: Cue) -> None:
    assert cue in _cues(text)


@pytest.mark.parametrize(
    ("text", "paise", "per_unit", "unit"),
    [
        ("കിലോ അമ്പത് രൂപ", 5000, True, "kg"),
        ("കിലോയ്ക്ക് അമ്പത് രൂപ", 5000, True, "kg"),
        ("ഒരു കിലോ നാല്പത് രൂപ", 4000, True, "kg"),
        ("കിലോ മുപ്പത്തഞ്ച് രൂപ", 3500, True, "kg"),
        ("രണ്ട് കിലോ നൂറ്റമ്പത് രൂപ", 15000, False, "kg"),
        ("അര കിലോ ഇരുപത് രൂപ", 2000, False, "kg"),
        ("ഡസൻ അറുപത് രൂപ", 6000, True, "dozen"),
        ("ഒരു കെട്ട് പത്ത് രൂപ", 1000, True, "bunch"),
        ("പത്ത് രൂപ ഒന്നിന്", 1000, True, "piece"),
        ("കിലോ അമ്പതാണ്", 5000, True, "kg"),
        ("kilo ambathu roopa", 5000, True, "kg"),
    ],
)  # fmt: skip
def test_understood_prices(text: str, paise: int, per_unit: bool, unit: str) -> None:
    said = understand(text, language="ml")
    assert (said.amount_paise, said.per_unit, said.unit) == (paise, per_unit, unit)


def test_all_together_is_a_total() -> None:
    said = understand("ആകെ അഞ്ഞൂറ് രൂപ", language="ml")
    assert (said.amount_paise, said.per_unit) == (50000, False)


def test_minutes_are_not_money() -> None:
    assert understand("അഞ്ച് മിനിറ്റ്", language="ml").amount_paise is None


# --- Hindi and English speakers are heard as before ------------------------------------

_ENGLISH = list(ENGLISH_WORDS)

_HINDI = list(HINDI_WORDS)

# Spellings that are Malayalam on purpose, for Malayalam speakers only: "kaal" (a quarter,
# folded "kal") is also Hindi "kal" (tomorrow), so it counts only before a unit.
_OWN_ON_PURPOSE = {"kal"}


def test_hindi_and_english_number_words_read_the_same() -> None:
    malayalam = number_table("ml").words
    for language in ("hi", "en"):
        for key, parts in number_table(language).words.items():
            assert malayalam.get(key) == parts, key


@pytest.mark.parametrize("word", sorted(set(_ENGLISH + _HINDI)))
def test_common_hindi_and_english_words_read_the_same(word: str) -> None:
    key = fold(word)
    if key in _OWN_ON_PURPOSE:
        assert key in number_table("ml").ambiguous
        return
    assert number_table("ml").parts(key) == number_table("en").parts(key)
    english_cues = {p.cue for p in lexicon_for("en").lookup([key], 0)}
    assert {p.cue for p in lexicon_for("ml").lookup([key], 0)} == english_cues


def test_the_hindi_and_english_tables_hold_no_malayalam() -> None:
    for language in ("hi", "en"):
        table = number_table(language).words
        assert not {"muppathanju", "ambathu", "nooru", "aayiram", "randu"} & set(table)
