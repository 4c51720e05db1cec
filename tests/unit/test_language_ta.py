"""Tamil number words, units and cues: every form people say and write, read back."""

from __future__ import annotations

import pytest

from audio.languages.base import Cue
from audio.lexicon import fold, lexicon_for, tokenize
from audio.numbers import find_numbers, number_table, read_number, words_to_number
from audio.understanding import understand
from tests.unit.common_words import ENGLISH_WORDS, HINDI_WORDS

# Tamil 1–99 in the written joined spelling, typed here independently of the tables.
_TAMIL_1_TO_99 = """
ஒன்று இரண்டு மூன்று நான்கு ஐந்து ஆறு ஏழு எட்டு ஒன்பது பத்து பதினொன்று பன்னிரண்டு
பதின்மூன்று பதினான்கு பதினைந்து பதினாறு பதினேழு பதினெட்டு பத்தொன்பது
இருபது இருபத்தொன்று இருபத்திரண்டு இருபத்துமூன்று இருபத்துநான்கு இருபத்தைந்து இருபத்தாறு
இருபத்தேழு இருபத்தெட்டு இருபத்தொன்பது
முப்பது முப்பத்தொன்று முப்பத்திரண்டு முப்பத்துமூன்று முப்பத்துநான்கு முப்பத்தைந்து
முப்பத்தாறு முப்பத்தேழு முப்பத்தெட்டு முப்பத்தொன்பது
நாற்பது நாற்பத்தொன்று நாற்பத்திரண்டு நாற்பத்துமூன்று நாற்பத்துநான்கு நாற்பத்தைந்து
நாற்பத்தாறு நாற்பத்தேழு நாற்பத்தெட்டு நாற்பத்தொன்பது
ஐம்பது ஐம்பத்தொன்று ஐம்பத்திரண்டு ஐம்பத்துமூன்று ஐம்பத்துநான்கு ஐம்பத்தைந்து ஐம்பத்தாறு
ஐம்பத்தேழு ஐம்பத்தெட்டு ஐம்பத்தொன்பது
அறுபது அறுபத்தொன்று அறுபத்திரண்டு அறுபத்துமூன்று அறுபத்துநான்கு அறுபத்தைந்து அறுபத்தாறு
அறுபத்தேழு அறுபத்தெட்டு அறுபத்தொன்பது
எழுபது எழுபத்தொன்று எழுபத்திரண்டு எழுபத்துமூன்று எழுபத்துநான்கு எழுபத்தைந்து எழுபத்தாறு
எழுபத்தேழு எழுபத்தெட்டு எழுபத்தொன்பது
எண்பது எண்பத்தொன்று எண்பத்திரண்டு எண்பத்துமூன்று எண்பத்துநான்கு எண்பத்தைந்து எண்பத்தாறு
எண்பத்தேழு எண்பத்தெட்டு எண்பத்தொன்பது
தொண்ணூறு தொண்ணூற்றொன்று தொண்ணூற்றிரண்டு தொண்ணூற்றுமூன்று தொண்ணூற்றுநான்கு
தொண்ணூற்றைந்து தொண்ணூற்றாறு தொண்ணூற்றேழு தொண்ணூற்றெட்டு தொண்ணூற்றொன்பது
""".split()


@pytest.mark.parametrize(("value", "word"), list(enumerate(_TAMIL_1_TO_99, start=1)))
def test_every_number_to_ninety_nine(value: int, word: str) -> None:
    assert words_to_number(word, "ta") == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # spoken Tamil, as people say it and Whisper writes it
        ("ஒண்ணு", 1), ("ஒன்னு", 1), ("ரெண்டு", 2), ("மூணு", 3), ("நாலு", 4), ("அஞ்சு", 5),
        ("ஒம்போது", 9), ("ஒம்பது", 9), ("பதினொண்ணு", 11), ("பன்னெண்டு", 12),
        ("பன்னண்டு", 12), ("பதிமூணு", 13), ("பதினாலு", 14), ("பதினஞ்சு", 15),
        ("பத்தொம்போது", 19), ("இருவது", 20), ("இருவத்தஞ்சு", 25), ("இருபத்தஞ்சு", 25),
        ("இருபத்திரெண்டு", 22), ("இருவத்தொண்ணு", 21), ("முப்பத்தஞ்சு", 35),
        ("முப்பத்திமூணு", 33), ("முப்பத்திநாலு", 34), ("நாப்பது", 40), ("நாப்பத்தஞ்சு", 45),
        ("அம்பது", 50), ("அம்பத்தஞ்சு", 55), ("அறுவது", 60), ("அறுவத்தாறு", 66),
        ("எழுவது", 70), ("எம்பது", 80), ("எம்பத்தெட்டு", 88), ("தொண்ணூத்தி ஒம்போது", 99),
        ("தொண்ணூத்தொம்போது", 99),
        # tens and units apart, as ICU writes them and people say them
        ("முப்பது ஐந்து", 35), ("இருபத்தி ஒன்னு", 21), ("நாப்பத்தி ரெண்டு", 42),
        ("அம்பத்து அஞ்சு", 55), ("பூஜ்யம்", 0), ("பூஜ்ஜியம்", 0),
    ],
)  # fmt: skip
def test_spoken_and_separate_forms(text: str, value: float) -> None:
    assert words_to_number(text, "ta") == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("நூறு", 100), ("ஒரு நூறு", 100), ("நூற்றொன்று", 101), ("நூற்று ஒன்று", 101),
        ("நூத்தி ஒண்ணு", 101), ("நூற்றுப்பத்து", 110), ("நூத்திப்பத்து", 110),
        ("நூற்றிருபது", 120), ("நூற்றைம்பது", 150), ("நூத்தம்பது", 150),
        ("நூத்தி அம்பது", 150), ("நூற்றைம்பத்தைந்து", 155), ("நூற்றைம்பத்து மூன்று", 153),
        ("இருநூறு", 200), ("இருநூற்றைம்பது", 250), ("இருநூத்தம்பது", 250),
        ("ரெண்டு நூறு", 200), ("முந்நூறு", 300), ("முன்னூறு", 300), ("முன்னூத்தி அம்பது", 350),
        ("நானூறு", 400), ("நாநூறு", 400), ("ஐநூறு", 500), ("ஐந்நூறு", 500), ("அஞ்ஞூறு", 500),
        ("அறுநூறு", 600), ("எழுநூறு", 700), ("எண்ணூறு", 800), ("எண்நூறு", 800),
        ("தொள்ளாயிரம்", 900), ("தொள்ளாயிரத்து தொண்ணூற்றொன்பது", 999),
        ("எண்ணூத்தி எம்பத்தெட்டு", 888),
    ],
)  # fmt: skip
def test_hundreds(text: str, value: float) -> None:
    assert words_to_number(text, "ta") == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ஆயிரம்", 1000), ("ஒரு ஆயிரம்", 1000), ("ஒன்று ஆயிரம்", 1000), ("ஆயிரத்து ஒன்று", 1001),
        ("ஆயிரத்தி ஐநூறு", 1500), ("ஆயிரத்தைநூறு", 1500), ("ஆயிரத்தைந்நூறு", 1500),
        ("ஆயிரத்திருநூத்தி அம்பது", 1250), ("இரண்டாயிரம்", 2000), ("ரெண்டாயிரம்", 2000),
        ("ரெண்டாயிரத்தி ஐநூறு", 2500), ("மூவாயிரம்", 3000), ("மூணாயிரம்", 3000),
        ("நாலாயிரம்", 4000), ("ஐயாயிரம்", 5000), ("அஞ்சாயிரம்", 5000), ("பத்தாயிரம்", 10_000),
        ("பதினோராயிரம்", 11_000), ("இருபத்தையாயிரம்", 25_000), ("இருபத்து ஐந்தாயிரம்", 25_000),
        ("இருபத்துமூவாயிரம்", 23_000), ("தொண்ணூற்றொன்பதாயிரத்து தொள்ளாயிரத்து தொண்ணூற்றொன்பது", 99_999),
        ("லட்சம்", 100_000), ("ஒரு லட்சம்", 100_000), ("ஒன்று லட்சம்", 100_000),
        ("ஒரு லட்சத்து இருபத்தைந்தாயிரம்", 125_000), ("ரெண்டு லட்சம்", 200_000),
        ("இலட்சம்", 100_000), ("லச்சம்", 100_000), ("ஒரு கோடி", 10_000_000),
        ("ஒரு கோடியே இருபது லட்சம்", 12_000_000), ("ரெண்டு கோடி", 20_000_000),
    ],
)  # fmt: skip
def test_thousands_lakhs_and_crores(text: str, value: float) -> None:
    assert words_to_number(text, "ta") == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("அரை", 0.5), ("கால்", 0.25), ("முக்கால்", 0.75), ("ஒன்றரை", 1.5), ("ஒண்ணரை", 1.5),
        ("ஒன்னரை", 1.5), ("இரண்டரை", 2.5), ("ரெண்டரை", 2.5), ("மூன்றரை", 3.5), ("மூணரை", 3.5),
        ("நாலரை", 4.5), ("அஞ்சரை", 5.5), ("ஒன்றேகால்", 1.25), ("ரெண்டேகால்", 2.25),
        ("ஒன்றேமுக்கால்", 1.75), ("ரெண்டரை லட்சம்", 250_000), ("ஒன்றரை ஆயிரம்", 1500),
    ],
)  # fmt: skip
def test_fractions_and_and_a_half(text: str, value: float) -> None:
    assert words_to_number(text, "ta") == value


@pytest.mark.parametrize(
    ("word", "value", "suffix"),
    [
        ("ஐம்பதுக்கு", 50, "க்கு"), ("அம்பதுக்கு", 50, "க்கு"), ("நூறுக்கு", 100, "க்கு"),
        ("நூற்றுக்கு", 100, "க்கு"), ("ஆயிரத்துக்கு", 1000, "க்கு"),
        ("லட்சத்துக்கு", 100_000, "க்கு"), ("கோடிக்கு", 10_000_000, "க்கு"),
        ("ஐம்பதிற்கு", 50, "ிற்கு"), ("ஆயிரத்திற்கு", 1000, "ிற்கு"), ("ஐம்பதா", 50, "ா"),
        ("ஆயிரமா", 1000, "ா"), ("அம்பதே", 50, "ே"), ("நூறை", 100, "ை"),
        ("ஐம்பதுதான்", 50, "தான்"), ("அம்பதுல", 50, "ுல"), ("நூறாவது", 100, "ாவது"),
        ("ஆயிரம்னா", 1000, "னா"), ("ரெண்டரைக்கு", 2.5, "க்கு"), ("நூத்தம்பதுக்கு", 150, "க்கு"),
        ("aimbathuku", 50, "ku"), ("noorukku", 100, "kku"),
    ],
)  # fmt: skip
def test_case_endings_on_numbers(word: str, value: float, suffix: str) -> None:
    span = read_number([t.norm for t in tokenize(word)], 0, number_table("ta"))
    assert span is not None
    assert (span.value, span.suffix) == (value, fold(suffix))


def test_a_case_ending_closes_the_number() -> None:
    words = [t.norm for t in tokenize("நூறுக்கு ரெண்டு கிலோ")]
    spans = find_numbers(words, number_table("ta"))
    assert [(s.value, s.start, s.end) for s in spans] == [(100, 0, 1), (2, 1, 2)]


@pytest.mark.parametrize(
    "word",
    [
        "பத்தல",  # "not enough", not பத்து + ல
        "பத்தும்",  # "will suffice"
        "ஒண்ணும்",  # "nothing"
        "என்பது",  # "that which is", not a misspelt எண்பது
    ],
)
def test_everyday_words_that_look_like_numbers_are_not(word: str) -> None:
    assert words_to_number(word, "ta") is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("onnu", 1), ("rendu", 2), ("moonu", 3), ("naalu", 4), ("anju", 5), ("aaru", 6),
        ("ezhu", 7), ("ettu", 8), ("ombodhu", 9), ("onbathu", 9), ("pathu", 10),
        ("pathinonnu", 11), ("pannendu", 12), ("pathinanju", 15), ("irubathu", 20),
        ("iruvathu", 20), ("irubathanju", 25), ("iruvathanju", 25), ("muppathu", 30),
        ("muppathanju", 35), ("muppathirendu", 32), ("muppathi anju", 35), ("naapathu", 40),
        ("naarpathu", 40), ("naapathanju", 45), ("aimbathu", 50), ("aimbadhu", 50),
        ("ambathu", 50), ("arubathu", 60), ("aruvathu", 60), ("ezhubathu", 70),
        ("enbathu", 80), ("embathu", 80), ("thonnooru", 90), ("thonnoothi ombodhu", 99),
        ("nooru", 100), ("oru nooru", 100), ("noothambathu", 150), ("nootru aimbathu", 150),
        ("irunooru", 200), ("irunooru ambathu", 250), ("munnooru", 300), ("ainooru", 500),
        ("anjooru", 500), ("thollayiram", 900), ("aayiram", 1000), ("ayiram", 1000),
        ("rendaayiram", 2000), ("aiyaayiram", 5000), ("pathaayiram", 10_000),
        ("aayirathi ainooru", 1500), ("oru latcham", 100_000), ("rendu latcham", 200_000),
        ("oru kodi", 10_000_000), ("arai", 0.5), ("kaal", 0.25), ("mukkaal", 0.75),
        ("onnara", 1.5), ("rendara", 2.5), ("rendarai", 2.5),
    ],
)  # fmt: skip
def test_tanglish(text: str, value: float) -> None:
    assert words_to_number(text, "ta") == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("நாநூறூ", 400), ("எண்நூறு", 800), ("எண்பத்து ஓன்று", 81), ("எண்பத்து ஓன்பது", 89),
        ("தொண்ணூரெட்டு", 98), ("ஒன்று ஆயிரம் தொள்ளாயிரம் தொண்ணூறு ஒன்பது", 1999),
        ("தொண்ணூறு ஒன்பது ஆயிரம்", 99_000), ("இருபது ஒன்று ஆயிரம்", 21_000),
    ],
)  # fmt: skip
def test_speller_forms_are_read(text: str, value: float) -> None:
    """ICU writes 400 "நாநூறூ" and 800 "எண்நூறு"; indic-numtowords writes "ஓன்று" for
    ஒன்று after எண்பத்து and "தொண்ணூரெட்டு" for 98: misspellings people make too."""
    assert words_to_number(text, "ta") == value


@pytest.mark.parametrize(
    "word",
    ["ஒரு", "ஓர்", "ஒன்று", "ஒன்னு", "ஒண்ணு", "ஒன்னுக்கு", "ஒன்றுக்கு", "ஒன்னா", "ஒன்றே",
     "கால்", "அரை", "oru", "onnu", "onnukku", "kaal"],
)  # fmt: skip
def test_one_and_fractions_alone_are_ambiguous(word: str) -> None:
    span = read_number([fold(word)], 0, number_table("ta"))
    assert span is not None and span.ambiguous


def test_one_counts_only_with_a_unit_or_money() -> None:
    assert understand("ஒன்னு குடுங்க", language="ta").amount_paise is None
    assert understand("ஒரு விஷயம் சொல்றேன்", language="ta").amount_paise is None
    said = understand("ஒரு கிலோ ஐம்பது ரூபாய்", language="ta")
    assert (said.amount_paise, said.per_unit, said.unit) == (5000, True, "kg")


def _cues(text: str, i: int = 0) -> set[Cue]:
    words = [t.norm for t in tokenize(text)]
    return {p.cue for p in lexicon_for("ta").lookup(words, i)}


def _unit(text: str) -> str | None:
    words = [t.norm for t in tokenize(text)]
    found = [p.unit for p in lexicon_for("ta").lookup(words, 0) if p.cue is Cue.UNIT]
    return found[0] if found else None


@pytest.mark.parametrize(
    ("word", "unit"),
    [
        ("கிலோ", "kg"), ("கிலோவுக்கு", "kg"), ("கிலோக்கு", "kg"), ("கிலோகிராம்", "kg"),
        ("கிராம்", "g"), ("கிராமுக்கு", "g"), ("டஜன்", "dozen"), ("டஜனுக்கு", "dozen"),
        ("பீஸ்", "piece"), ("பீசுக்கு", "piece"), ("துண்டு", "piece"), ("லிட்டர்", "litre"),
        ("லிட்டருக்கு", "litre"), ("கட்டு", "bunch"), ("கட்டுக்கு", "bunch"),
        ("கொத்து", "bunch"), ("சீப்பு", "bunch"), ("kattu", "bunch"), ("kilo", "kg"),
        ("எண்ணம்", "piece"),
    ],
)  # fmt: skip
def test_units(word: str, unit: str) -> None:
    assert _unit(word) == unit


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("ரூபாய்", Cue.CURRENCY), ("ரூபாய்க்கு", Cue.CURRENCY), ("ரூபா", Cue.CURRENCY),
        ("ரூவா", Cue.CURRENCY), ("ரூபாயா", Cue.CURRENCY), ("rubai", Cue.CURRENCY),
        ("rupai", Cue.CURRENCY), ("பைசா", Cue.PAISE), ("ஒவ்வொரு", Cue.PER),
        ("தான்", Cue.LINK), ("ஒன்னுக்கு", Cue.EACH), ("ஒன்றுக்கு", Cue.EACH),
        ("ஒவ்வொன்றுக்கும்", Cue.EACH), ("மொத்தம்", Cue.TOTAL), ("மொத்தமா", Cue.TOTAL),
        ("எல்லாம் சேர்த்து", Cue.TOTAL), ("motham", Cue.TOTAL), ("சரி", Cue.ACCEPT),
        ("ஓகே", Cue.ACCEPT), ("seri", Cue.ACCEPT), ("வேண்டாம்", Cue.REJECT),
        ("வேணாம்", Cue.REJECT), ("முடியாது", Cue.REJECT), ("கட்டுப்படியாகாது", Cue.REJECT),
        ("சரியில்ல", Cue.REJECT), ("குறைச்சு குடுங்க", Cue.REJECT), ("இல்ல", Cue.NEGATION),
        ("இல்லை", Cue.NEGATION), ("கிடையாது", Cue.NEGATION), ("மாட்டேன்", Cue.NEGATION),
        ("அதிகம்", Cue.TOO_MUCH), ("ரொம்ப ஜாஸ்தி", Cue.TOO_MUCH), ("ஜாஸ்தி", Cue.TOO_MUCH),
        ("jaasthi", Cue.TOO_MUCH), ("மேல", Cue.COMPARATIVE), ("கம்மி", Cue.COMPARATIVE),
        ("குறைவா", Cue.COMPARATIVE), ("வரைக்கும்", Cue.CAP), ("வரை", Cue.CAP),
        ("அதிகபட்சம்", Cue.CAP_BEFORE), ("மிஞ்சிப் போனா", Cue.CAP_BEFORE),
        ("கடைசி விலை", Cue.FINAL), ("கடைசி", Cue.FINAL), ("kadaisi vilai", Cue.FINAL),
        ("எவ்வளவு", Cue.QUESTION), ("எவ்ளோ", Cue.QUESTION), ("என்ன விலை", Cue.QUESTION),
        ("evlo", Cue.QUESTION), ("விலை", Cue.WEAK_QUESTION), ("ரேட்", Cue.WEAK_QUESTION),
        ("நிமிஷம்", Cue.NOT_MONEY), ("மணிக்கு", Cue.NOT_MONEY), ("நாள்", Cue.NOT_MONEY),
        ("வாட்டி", Cue.NOT_MONEY), ("பேர்", Cue.NOT_MONEY), ("நம்பர்", Cue.NUMBER_LABEL),
        ("இல்லையா", Cue.LINK),
    ],
)  # fmt: skip
def test_cues(text: str, cue: Cue) -> None:
    assert cue in _cues(text)


@pytest.mark.parametrize(
    ("text", "paise", "per_unit", "unit"),
    [
        ("கிலோ ஐம்பது ரூபாய்", 5000, True, "kg"),
        ("கிலோவுக்கு அம்பது ரூபா", 5000, True, "kg"),
        ("ஒரு கிலோ நாப்பது ரூபாய்", 4000, True, "kg"),
        ("கிலோ முப்பத்தஞ்சு ரூபா", 3500, True, "kg"),
        ("ரெண்டு கிலோ நூத்தம்பது ரூபாய்", 15000, False, "kg"),
        ("அரை கிலோ இருபது ரூபாய்", 2000, False, "kg"),
        ("டஜன் அறுபது ரூபாய்", 6000, True, "dozen"),
        ("ஒரு கட்டு பத்து ரூபா", 1000, True, "bunch"),
        ("பத்து ரூபாய் ஒன்னுக்கு", 1000, True, "piece"),
        ("kilo ambathu rubai", 5000, True, "kg"),
    ],
)  # fmt: skip
def test_understood_prices(text: str, paise: int, per_unit: bool, unit: str) -> None:
    said = understand(text, language="ta")
    assert (said.amount_paise, said.per_unit, said.unit) == (paise, per_unit, unit)


def test_all_together_is_a_total() -> None:
    said = understand("மொத்தம் ஐநூறு ரூபாய்", language="ta")
    assert (said.amount_paise, said.per_unit) == (50000, False)


def test_minutes_are_not_money() -> None:
    assert understand("அஞ்சு நிமிஷம்", language="ta").amount_paise is None


# --- Hindi and English speakers are heard as before ------------------------------------

_ENGLISH = list(ENGLISH_WORDS)

_HINDI = list(HINDI_WORDS)

# Spellings that are Tamil on purpose, for Tamil speakers only: "kaal" (a quarter, folded
# "kal") is also Hindi "kal" (tomorrow), so it counts only before a unit.
_OWN_ON_PURPOSE = {"kal"}


def test_hindi_and_english_number_words_read_the_same() -> None:
    tamil = number_table("ta").words
    for language in ("hi", "en"):
        for key, parts in number_table(language).words.items():
            assert tamil.get(key) == parts, key


@pytest.mark.parametrize("word", sorted(set(_ENGLISH + _HINDI)))
def test_common_hindi_and_english_words_read_the_same(word: str) -> None:
    key = fold(word)
    if key in _OWN_ON_PURPOSE:
        assert key in number_table("ta").ambiguous
        return
    assert number_table("ta").parts(key) == number_table("en").parts(key)
    english_cues = {p.cue for p in lexicon_for("en").lookup([key], 0)}
    assert {p.cue for p in lexicon_for("ta").lookup([key], 0)} == english_cues


def test_the_hindi_and_english_tables_hold_no_tamil() -> None:
    for language in ("hi", "en"):
        table = number_table(language).words
        assert not {"muppathanju", "aimbathu", "nooru", "aayiram", "rendu"} & set(table)


@pytest.mark.parametrize(
    ("word", "value"),
    [
        # a combining hundred in "-ி" glides into a vowel with "ய", as spoken
        ("நூத்தியிருவது", 120),
        ("இருநூத்தியம்பது", 250),
        ("நூத்தியெம்பது", 180),
        ("ஐநூத்தியம்பது", 550),
        # Tanglish "thth" as others write "tth"
        ("irunooththi", 200),
        ("muppaththanju", 35),
        ("naanooththi", 400),
    ],
)
def test_spoken_joins_of_hundreds(word: str, value: int) -> None:
    assert words_to_number(word, "ta") == value
