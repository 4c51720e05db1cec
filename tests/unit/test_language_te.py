"""Telugu number words, units and cues: every form people say and write, read back."""

from __future__ import annotations

import pytest

from audio.languages.base import Cue
from audio.lexicon import fold, lexicon_for, tokenize
from audio.numbers import find_numbers, number_table, read_number, words_to_number
from audio.understanding import understand
from tests.unit.common_words import ENGLISH_WORDS, HINDI_WORDS

# Telugu 1–99 as written in Telugu script, independently of the tables under test.
_ONES = "ఒకటి రెండు మూడు నాలుగు ఐదు ఆరు ఏడు ఎనిమిది తొమ్మిది".split()
_TEENS = ("పది పదకొండు పన్నెండు పదమూడు పద్నాలుగు పదిహేను పదహారు పదిహేడు పద్దెనిమిది పందొమ్మిది").split()
_TENS = "ఇరవై ముప్పై నలభై యాభై అరవై డెబ్బై ఎనభై తొంభై".split()


def _telugu(n: int) -> str:
    if n < 10:
        return _ONES[n - 1]
    if n < 20:
        return _TEENS[n - 10]
    tens, unit = divmod(n, 10)
    return _TENS[tens - 2] + ("" if unit == 0 else " " + _ONES[unit - 1])


@pytest.mark.parametrize("n", range(1, 100))
def test_every_number_to_ninety_nine(n: int) -> None:
    assert words_to_number(_telugu(n), "te") == n


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # spoken sandhi: the tens run into a vowel-initial unit with a "య్య" glide
        ("ముప్పయ్యైదు", 35), ("నలభయ్యైదు", 45), ("ఇరవయ్యొకటి", 21), ("యాభయ్యారు", 56),
        ("డెబ్బయ్యేడు", 77), ("ఎనభయ్యెనిమిది", 88), ("ముప్పయైదు", 35),
        ("ముప్పైరెండు", 32), ("ముప్పయ్యి ఐదు", 35),
        # formal "-ది" tens and other spellings
        ("ముప్పది", 30), ("ఏబది", 50), ("నలుబది", 40), ("అరువది", 60), ("ఇరువది", 20),
        ("అయిదు", 5), ("పదునైదు", 15), ("పదునయిదు", 15), ("పదహైదు", 15), ("పధ్నాలుగు", 14),
        ("పధ్ధెనిమిది", 18), ("నాల్గు", 4), ("సున్నా", 0), ("సున్న", 0), ("పాతిక", 25),
    ],
)  # fmt: skip
def test_colloquial_and_formal_forms(text: str, value: float) -> None:
    assert words_to_number(text, "te") == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("వంద", 100), ("నూరు", 100), ("ఒక వంద", 100), ("నూట యాభై", 150), ("నూటయాభై", 150),
        ("నూటొకటి", 101), ("నూటపది", 110), ("నూటిరవై", 120), ("నూటపాతిక", 125),
        ("నూట ఇరవై ఐదు", 125), ("రెండు వందలు", 200), ("రెండు వందల యాభై", 250),
        ("రెండొందలు", 200), ("రెండొందల యాభై", 250), ("మూడొందల ముప్పై", 330),
        ("ఐదొందలు", 500), ("ఎనిమిదొందలు", 800), ("ఇన్నూరు", 200), ("వందా యాభై", 150),
        ("తొమ్మిది వందల తొంభై తొమ్మిది", 999),
    ],
)  # fmt: skip
def test_hundreds(text: str, value: float) -> None:
    assert words_to_number(text, "te") == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("వెయ్యి", 1000), ("వేయి", 1000), ("ఒక వెయ్యి", 1000), ("వెయ్యి రెండు వందలు", 1200),
        ("రెండు వేలు", 2000), ("రెండు వేల ఐదు వందలు", 2500), ("పది వేలు", 10_000),
        ("పదివేలు", 10_000), ("పాతిక వేలు", 25_000), ("ఇరవై ఐదు వేల", 25_000),
        ("ఒక లక్ష", 100_000), ("లక్ష", 100_000), ("లక్షా యాభై వేలు", 150_000),
        ("ఒక లక్షా ఇరవై మూడు వేల నాలుగు వందల యాభై", 123_450),
        ("రెండు లక్షలు", 200_000), ("రెండు లక్షల యాభై వేలు", 250_000),
        ("ఒక కోటి", 10_000_000), ("రెండు కోట్లు", 20_000_000),
        ("మూడు కోట్ల యాభై లక్షలు", 35_000_000),
    ],
)  # fmt: skip
def test_thousands_lakhs_and_crores(text: str, value: float) -> None:
    assert words_to_number(text, "te") == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("అర", 0.5), ("అర్ధ", 0.5), ("సగం", 0.5), ("పావు", 0.25), ("ముప్పావు", 0.75),
        ("ముక్కాలు", 0.75), ("ఒకటిన్నర", 1.5), ("రెండున్నర", 2.5), ("మూడున్నర", 3.5),
        ("పదిన్నర", 10.5), ("ఎనిమిదిన్నర", 8.5), ("రెండున్నర వేలు", 2500),
        ("ఒకటిన్నర లక్ష", 150_000), ("వందన్నర", 150), ("వెయ్యిన్నర", 1500),
        ("లక్షన్నర", 150_000), ("కోటిన్నర", 15_000_000), ("మూడున్నర వందలు", 350),
        ("ఇరవై రెండున్నర", 22.5), ("ఇరవై రెండున్నర వేలు", 22_500), ("iravai rendunnara", 22.5),
    ],
)  # fmt: skip
def test_fractions_and_and_a_half(text: str, value: float) -> None:
    assert words_to_number(text, "te") == value


@pytest.mark.parametrize(
    ("word", "value", "suffix"),
    [
        ("వందకు", 100, "కు"), ("వందకి", 100, "కి"), ("యాభైకి", 50, "కి"), ("పదికి", 10, "కి"),
        ("వెయ్యికి", 1000, "కి"), ("వందకే", 100, "కే"), ("వందే", 100, "ే"),
        ("యాభైయే", 50, "యే"), ("వందలకు", 100, "లకు"), ("వందలో", 100, "లో"),
        ("మూడింటికి", 3, "కి"), ("రెండింటికి", 2, "కి"), ("రెండున్నరకి", 2.5, "కి"),
        ("నూటయాభైకి", 150, "కి"), ("vandaku", 100, "ku"), ("yabhaiki", 50, "ki"),
    ],
)  # fmt: skip
def test_case_endings_on_numbers(word: str, value: float, suffix: str) -> None:
    span = read_number([t.norm for t in tokenize(word)], 0, number_table("te"))
    assert span is not None
    assert (span.value, span.suffix) == (value, fold(suffix))


def test_a_case_ending_closes_the_number() -> None:
    words = [t.norm for t in tokenize("వందకు రెండు కిలోలు")]
    spans = find_numbers(words, number_table("te"))
    assert [(s.value, s.start, s.end) for s in spans] == [(100, 0, 1), (2, 1, 2)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("okati", 1), ("rendu", 2), ("moodu", 3), ("naalugu", 4), ("aidu", 5), ("ayidu", 5),
        ("aaru", 6), ("edu", 7), ("enimidi", 8), ("tommidi", 9), ("thommidi", 9),
        ("padi", 10), ("padakondu", 11), ("pannendu", 12), ("padihenu", 15),
        ("pandommidi", 19), ("iravai", 20), ("muppai", 30), ("nalabhai", 40),
        ("yabhai", 50), ("yaabhai", 50), ("aravai", 60), ("debbai", 70), ("enabhai", 80),
        ("tombhai", 90), ("thombai", 90), ("muppai aidu", 35), ("muppayyaidu", 35),
        ("iravayyokati", 21), ("nalabhai rendu", 42), ("vanda", 100), ("nooru", 100),
        ("noota yabhai", 150), ("nootayabhai", 150), ("rendu vandalu", 200),
        ("rendu vandala yabhai", 250), ("rendondalu", 200), ("moodondala", 300),
        ("veyyi", 1000), ("veyi", 1000), ("rendu velu", 2000), ("rendu vela aidu vandalu", 2500),
        ("laksha", 100_000), ("rendu lakshalu", 200_000), ("koti", 10_000_000),
        ("ara", 0.5), ("paavu", 0.25), ("muppaavu", 0.75), ("okatinnara", 1.5),
        ("rendunnara", 2.5), ("paathika", 25), ("pathika", 25), ("veyyinnara", 1500),
        ("lakshannara", 150_000),
    ],
)  # fmt: skip
def test_romanized_telugu(text: str, value: float) -> None:
    assert words_to_number(text, "te") == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ఒకటి వంద", 100), ("ఒకటి వందల ఒకటి", 101), ("ఒకటి వేయి", 1000),
        ("ఒకటి వేయిల ఒకటి", 1001), ("రెండు వేయి అయిదు వంద", 2500), ("ఒకటి లక్ష", 100_000),
        ("ఒక వెయ్యి వంద", 1100), ("ఇరవై ఒకటి వేలు", 21_000),
    ],
)  # fmt: skip
def test_speller_forms_are_read(text: str, value: float) -> None:
    """num2words writes "ఒకటి వంద" and the combining "వేయిల"; odd, but plain to read."""
    assert words_to_number(text, "te") == value


@pytest.mark.parametrize(
    "word", ["ఒక", "ఒక్క", "ఒకటి", "ఒకటే", "ఒకే", "సగం", "oka", "okati", "ఒకటికి", "okatiki"]
)
def test_one_and_half_words_alone_are_ambiguous(word: str) -> None:
    span = read_number([fold(word)], 0, number_table("te"))
    assert span is not None and span.ambiguous


def test_one_counts_only_with_a_unit_or_money() -> None:
    assert understand("ఒక మాట చెప్పండి", language="te").amount_paise is None
    assert understand("ఒకటి ఇవ్వండి", language="te").amount_paise is None
    each = understand("ఒక్కటికి పది రూపాయలు", language="te")
    assert (each.amount_paise, each.per_unit) == (1000, True)
    said = understand("ఒక కిలో యాభై రూపాయలు", language="te")
    assert (said.amount_paise, said.per_unit, said.unit) == (5000, True, "kg")


def _cues(text: str, i: int = 0) -> set[Cue]:
    words = [t.norm for t in tokenize(text)]
    return {p.cue for p in lexicon_for("te").lookup(words, i)}


def _unit(text: str) -> str | None:
    words = [t.norm for t in tokenize(text)]
    found = [p.unit for p in lexicon_for("te").lookup(words, 0) if p.cue is Cue.UNIT]
    return found[0] if found else None


@pytest.mark.parametrize(
    ("word", "unit"),
    [
        ("కిలో", "kg"), ("కిలోలు", "kg"), ("కేజీ", "kg"), ("కిలోకి", "kg"), ("కిలోకు", "kg"),
        ("కేజీకి", "kg"), ("గ్రాములు", "g"), ("గ్రాముకు", "g"), ("డజను", "dozen"),
        ("డజనుకి", "dozen"), ("పీస్", "piece"), ("ముక్కలు", "piece"), ("కాయలు", "piece"),
        ("లీటరు", "litre"), ("లీటరుకు", "litre"), ("కట్ట", "bunch"), ("కట్టకి", "bunch"),
        ("గుత్తి", "bunch"), ("kilolu", "kg"), ("dajanu", "dozen"), ("katta", "bunch"),
    ],
)  # fmt: skip
def test_units(word: str, unit: str) -> None:
    assert _unit(word) == unit


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("రూపాయలు", Cue.CURRENCY), ("రూపాయి", Cue.CURRENCY), ("రూపాయలకు", Cue.CURRENCY),
        ("రూపాయలకే", Cue.CURRENCY), ("rupayalu", Cue.CURRENCY), ("పైసలు", Cue.PAISE),
        ("ప్రతి", Cue.PER), ("ఒక్కో", Cue.PER), ("చొప్పున", Cue.LINK),
        ("ఒక్కొక్కటి", Cue.EACH), ("ఒక్కోటి", Cue.EACH), ("ఒకదానికి", Cue.EACH),
        ("మొత్తం", Cue.TOTAL), ("అన్నీ కలిపి", Cue.TOTAL), ("mottham", Cue.TOTAL),
        ("సరే", Cue.ACCEPT), ("అలాగే", Cue.ACCEPT), ("sare", Cue.ACCEPT),
        ("వద్దు", Cue.REJECT), ("కుదరదు", Cue.REJECT), ("తగ్గించండి", Cue.REJECT),
        ("లేదు", Cue.NEGATION), ("కాదు", Cue.NEGATION), ("ఇవ్వను", Cue.NEGATION),
        ("ఎక్కువ", Cue.TOO_MUCH), ("చాలా ఎక్కువ", Cue.TOO_MUCH), ("ప్రియం", Cue.TOO_MUCH),
        ("తక్కువ", Cue.COMPARATIVE), ("కంటే ఎక్కువ", Cue.COMPARATIVE),
        ("మించి", Cue.COMPARATIVE), ("వరకు", Cue.CAP), ("లోపు", Cue.CAP),
        ("మహా అయితే", Cue.CAP_BEFORE), ("చివరి ధర", Cue.FINAL), ("ఆఖరి ధర", Cue.FINAL),
        ("ఎంత", Cue.QUESTION), ("ధర ఎంత", Cue.QUESTION), ("ఎంతకి", Cue.QUESTION),
        ("entha", Cue.QUESTION), ("ధర", Cue.WEAK_QUESTION), ("రేటు", Cue.WEAK_QUESTION),
        ("నిమిషాలు", Cue.NOT_MONEY), ("గంటలు", Cue.NOT_MONEY), ("రోజులు", Cue.NOT_MONEY),
        ("శాతం", Cue.NOT_MONEY),
    ],
)  # fmt: skip
def test_cues(text: str, cue: Cue) -> None:
    assert cue in _cues(text)


@pytest.mark.parametrize(
    ("text", "paise", "per_unit", "unit"),
    [
        ("కిలో యాభై రూపాయలు", 5000, True, "kg"),
        ("యాభై రూపాయలకు ఒక కిలో", 5000, True, "kg"),
        ("కిలోకి ముప్పయ్యైదు రూపాయలు", 3500, True, "kg"),
        ("రెండు కిలోలు నూట యాభై రూపాయలు", 15000, False, "kg"),
        ("డజను అరవై రూపాయలు", 6000, True, "dozen"),
        ("కట్ట పది రూపాయలు", 1000, True, "bunch"),
        ("ఒక్కొక్కటి పది రూపాయలు", 1000, True, "piece"),
        ("అర కిలో ఇరవై రూపాయలు", 2000, False, "kg"),
        ("kilo yabhai rupayalu", 5000, True, "kg"),
    ],
)  # fmt: skip
def test_understood_prices(text: str, paise: int, per_unit: bool, unit: str) -> None:
    said = understand(text, language="te")
    assert (said.amount_paise, said.per_unit, said.unit) == (paise, per_unit, unit)


def test_minutes_are_not_money() -> None:
    assert understand("పది నిమిషాలు", language="te").amount_paise is None


# --- Hindi and English speakers are heard as before ------------------------------------

_ENGLISH = list(ENGLISH_WORDS)

_HINDI = list(HINDI_WORDS)

# "padi" is ten in romanized Telugu; a Hindi speaker's "padi" (lying) is never read
# with the Telugu table, which is only for Telugu speakers.
_TELUGU_ON_PURPOSE = frozenset(("padi",))


def test_hindi_and_english_number_words_read_the_same() -> None:
    telugu = number_table("te").words
    for language in ("hi", "en"):
        for key, parts in number_table(language).words.items():
            assert telugu.get(key) == parts, key


@pytest.mark.parametrize("word", sorted(set(_ENGLISH + _HINDI) - _TELUGU_ON_PURPOSE))
def test_common_hindi_and_english_words_are_not_telugu_numbers(word: str) -> None:
    key = fold(word)
    own = number_table("te").parts(key)
    heard_as_hindi = number_table("hi").parts(key)
    assert (own[0] if own else None) == (heard_as_hindi[0] if heard_as_hindi else None)


def test_the_hindi_and_english_tables_hold_no_telugu() -> None:
    for language in ("hi", "en"):
        table = number_table(language).words
        assert "muppai" not in table and "yabhai" not in table and "vanda" not in table
