"""Bengali number words, units and cues: every form people say and write, read back."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
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

LANG = "bn"

# Bengali 0–99 in their standard spelling, written out here independently of the tables.
_BENGALI_0_TO_99 = """
শূন্য এক দুই তিন চার পাঁচ ছয় সাত আট নয় দশ এগারো বারো তেরো চৌদ্দ পনেরো ষোলো সতেরো আঠারো
উনিশ বিশ একুশ বাইশ তেইশ চব্বিশ পঁচিশ ছাব্বিশ সাতাশ আটাশ ঊনত্রিশ ত্রিশ একত্রিশ বত্রিশ তেত্রিশ
চৌত্রিশ পঁয়ত্রিশ ছত্রিশ সাঁইত্রিশ আটত্রিশ ঊনচল্লিশ চল্লিশ একচল্লিশ বিয়াল্লিশ তেতাল্লিশ চুয়াল্লিশ
পঁয়তাল্লিশ ছেচল্লিশ সাতচল্লিশ আটচল্লিশ ঊনপঞ্চাশ পঞ্চাশ একান্ন বাহান্ন তিপ্পান্ন চুয়ান্ন পঞ্চান্ন
ছাপ্পান্ন সাতান্ন আটান্ন ঊনষাট ষাট একষট্টি বাষট্টি তেষট্টি চৌষট্টি পঁয়ষট্টি ছেষট্টি সাতষট্টি
আটষট্টি ঊনসত্তর সত্তর একাত্তর বাহাত্তর তিয়াত্তর চুয়াত্তর পঁচাত্তর ছিয়াত্তর সাতাত্তর আটাত্তর ঊনআশি
আশি একাশি বিরাশি তিরাশি চুরাশি পঁচাশি ছিয়াশি সাতাশি অষ্টাশি ঊননব্বই নব্বই একানব্বই বিরানব্বই
তিরানব্বই চুরানব্বই পঁচানব্বই ছিয়ানব্বই সাতানব্বই আটানব্বই নিরানব্বই
""".split()


def _span(text: str) -> tuple[float, str, bool] | None:
    span = read_number([t.norm for t in tokenize(text)], 0, number_table(LANG))
    return None if span is None else (span.value, span.suffix, span.ambiguous)


@pytest.mark.parametrize(("value", "word"), list(enumerate(_BENGALI_0_TO_99)))
def test_every_number_to_ninety_nine(value: int, word: str) -> None:
    assert words_to_number(word, LANG) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("পনের", 15), ("পনরো", 15), ("ষোল", 16), ("সতের", 17), ("আঠার", 18), ("এগার", 11),
        ("তের", 13), ("চোদ্দ", 14), ("ঊনিশ", 19), ("উনত্রিশ", 29), ("ঊনতিরিশ", 29),
        ("তিরিশ", 30), ("বতিরিশ", 32), ("পঁইত্রিশ", 35), ("পয়ত্রিশ", 35), ("সাতত্রিশ", 37),
        ("বেয়াল্লিশ", 42), ("চৌচল্লিশ", 44), ("বায়ান্ন", 52), ("তেপ্পান্ন", 53),
        ("ছিষট্টি", 66), ("তেয়াত্তর", 73), ("উনাশি", 79), ("আটাশি", 88), ("অষ্টআশি", 88),
        ("নব্বুই", 90), ("নিরানব্বুই", 99), ("আঠাশ", 28), ("পাচ", 5), ("পচিশ", 25),
        ("শুন্য", 0),
        # colloquial short forms and the old score
        ("কুড়ি", 20), ("দু", 2), ("ছ", 6), ("ন", 9),
    ],
)  # fmt: skip
def test_spellings_and_colloquial_forms(text: str, value: float) -> None:
    assert words_to_number(text, LANG) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # spoken -শো, short -শ and formal -শত, joined to the multiplier
        ("একশো", 100), ("একশ", 100), ("একশত", 100), ("দুশো", 200), ("দুইশো", 200),
        ("দুইশত", 200), ("তিনশো", 300), ("চারশো", 400), ("পাঁচশো", 500), ("পাঁচশত", 500),
        ("ছশো", 600), ("ছয়শো", 600), ("ছয়শত", 600), ("সাতশো", 700), ("আটশো", 800),
        ("নশো", 900), ("নয়শত", 900), ("দেড়শো", 150), ("দেড়শ", 150), ("আড়াইশো", 250),
        ("সোয়াশো", 125), ("একশো পঞ্চাশ", 150), ("একশো এক", 101), ("দুশো পঞ্চাশ", 250),
        ("নশো নিরানব্বই", 999), ("দু শো", 200), ("তিন শো", 300),
        ("সাড়ে তিনশো", 350), ("সাড়েতিনশো", 350), ("সোয়া দুশো", 225), ("পৌনে দুশো", 175),
    ],
)  # fmt: skip
def test_hundreds(text: str, value: float) -> None:
    assert words_to_number(text, LANG) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("হাজার", 1000), ("এক হাজার", 1000), ("এক হাজার একশো", 1100),
        ("দুই হাজার পাঁচশো", 2500), ("দেড় হাজার", 1500), ("আড়াই হাজার", 2500),
        ("সাড়ে তিন হাজার", 3500), ("বারো হাজার তিনশো পঁয়তাল্লিশ", 12_345),
        ("এক লাখ", 100_000), ("এক লক্ষ", 100_000), ("এক লাখ পঞ্চাশ হাজার", 150_000),
        ("দেড় লাখ", 150_000), ("দশ লাখ", 1_000_000), ("এক কোটি", 10_000_000),
        ("এক কোটি তেইশ লাখ পঁয়তাল্লিশ হাজার ছশো আটাত্তর", 12_345_678),
    ],
)  # fmt: skip
def test_thousands_lakhs_and_crores(text: str, value: float) -> None:
    assert words_to_number(text, LANG) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("আধা", 0.5), ("আধ", 0.5), ("অর্ধেক", 0.5), ("দেড়", 1.5), ("আড়াই", 2.5),
        ("সাড়ে তিন", 3.5), ("সাড়ে সাত", 7.5), ("সোয়া দুই", 2.25), ("পৌনে তিন", 2.75),
        ("সোয়া", 1.25), ("পৌনে", 0.75), ("এক পোয়া", 0.25), ("তিন পোয়া", 0.75),
        ("পোয়া", 0.25),
    ],
)  # fmt: skip
def test_fractions_and_prefixes(text: str, value: float) -> None:
    assert words_to_number(text, LANG) == value


@pytest.mark.parametrize(
    ("word", "value", "suffix"),
    [
        ("পঞ্চাশে", 50, "ে"), ("পঞ্চাশের", 50, "ের"), ("পঞ্চাশেই", 50, "েই"),
        ("একশোতে", 100, "তে"), ("দুশোয়", 200, "য়"), ("একশোর", 100, "োর"),
        ("নব্বইয়ের", 90, "য়ের"), ("হাজারে", 1000, "ে"), ("হাজারের", 1000, "ের"),
        ("দুটো", 2, "টো"), ("দুটি", 2, "টি"), ("তিনটে", 3, "টে"), ("পাঁচটা", 5, "টা"),
        ("দশটা", 10, "টা"), ("চারখানা", 4, "খানা"), ("পঞ্চাশই", 50, "ই"), ("দশও", 10, "ও"),
    ],
)  # fmt: skip
def test_case_endings_and_classifiers(word: str, value: float, suffix: str) -> None:
    assert _span(word) == (value, fold(suffix), False)


def test_a_case_ending_closes_the_number() -> None:
    words = [t.norm for t in tokenize("একশো টাকায় দুই কেজি")]
    spans = find_numbers(words, number_table(LANG))
    assert [(s.value, s.start, s.end) for s in spans] == [(100, 0, 1), (2, 2, 3)]


@pytest.mark.parametrize(
    "word",
    [
        "দুর",  # "bah!", and a misspelt দূর "far": not দু + -র
        "হয়",  # "is/happens"
        "দশক",  # "decade"
        "বার",  # "time(s)": only বারো is twelve
        "শতাংশ",  # "percent"
        "পাঁচটায়",  # "at five o'clock"
        "নটায়",  # "at nine o'clock"
        "nao",  # "take": not the Hindi "nao" (9)
    ],
)
def test_everyday_words_are_not_numbers(word: str) -> None:
    assert words_to_number(word, LANG) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ek", 1), ("dui", 2), ("tin", 3), ("char", 4), ("panch", 5), ("chhoy", 6),
        ("saat", 7), ("aath", 8), ("noy", 9), ("dosh", 10), ("egaro", 11), ("baro", 12),
        ("ponero", 15), ("unish", 19), ("bish", 20), ("kuri", 20), ("pochish", 25),
        ("tirish", 30), ("poitrish", 35), ("chollish", 40), ("cholish", 40),
        ("poytallish", 45), ("ponchash", 50), ("panchash", 50), ("ekanno", 51),
        ("shaat", 60), ("sottor", 70), ("pochattor", 75), ("ashi", 80), ("nobboi", 90),
        ("niranobboi", 99), ("eksho", 100), ("ekso", 100), ("dusho", 200), ("tinsho", 300),
        ("ek sho", 100), ("dersho", 150), ("araisho", 250), ("ek hajar", 1000),
        ("hajar", 1000), ("duI hajar panchsho", 2500), ("ek lakh", 100_000),
        ("lokkho", 100_000), ("ek koti", 10_000_000), ("derh", 1.5), ("arai", 2.5),
        ("adha", 0.5), ("sarhe tin", 3.5), ("shoa dui", 2.25), ("poune tin", 2.75),
        ("sarhe tin sho", 350),
    ],
)  # fmt: skip
def test_romanized_bengali(text: str, value: float) -> None:
    assert words_to_number(text, LANG) == value


@pytest.mark.parametrize(
    "word",
    ["এক", "একটা", "একটি", "একই", "একে", "একটায়", "ek", "নয়", "noy", "ছ", "ন", "লক্ষ", "শো"],
)  # fmt: skip
def test_words_that_are_also_everyday_words_are_ambiguous(word: str) -> None:
    found = _span(word)
    assert found is not None and found[2]


def test_one_and_is_not_count_only_with_a_unit_or_money() -> None:
    assert understand("একটা কথা বলি", language=LANG).amount_paise is None
    assert understand("একই দাম", language=LANG).amount_paise is None
    said = understand("নয় টাকা", language=LANG)
    assert said.amount_paise == 900
    refused = understand("পঞ্চাশ নয়", language=LANG)
    assert [m.negated for m in refused.mentions] == [True]


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
        ("কেজি", "kg"), ("কেজিতে", "kg"), ("কেজির", "kg"), ("কিলো", "kg"), ("keji", "kg"),
        ("গ্রাম", "g"), ("ডজন", "dozen"), ("ডজনে", "dozen"), ("dojon", "dozen"),
        ("পিস", "piece"), ("পিসটা", "piece"), ("লিটার", "litre"), ("লিটারে", "litre"),
        ("আঁটি", "bunch"), ("আঁটিটা", "bunch"), ("গোছা", "bunch"),
    ],
)  # fmt: skip
def test_units(word: str, unit: str) -> None:
    assert _unit(word) == unit


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("টাকা", Cue.CURRENCY), ("টাকায়", Cue.CURRENCY), ("টাকার", Cue.CURRENCY),
        ("টাকাতে", Cue.CURRENCY), ("taka", Cue.CURRENCY), ("tk", Cue.CURRENCY),
        ("পয়সা", Cue.PAISE), ("প্রতি", Cue.PER), ("করে", Cue.LINK), ("দাদা", Cue.LINK),
        ("প্রতিটা", Cue.EACH), ("একেকটা", Cue.EACH), ("একটা করে", Cue.EACH),
        ("মোট", Cue.TOTAL), ("সব মিলিয়ে", Cue.TOTAL), ("ঠিক আছে", Cue.ACCEPT),
        ("চলবে", Cue.ACCEPT), ("চলো", Cue.SOFT_ACCEPT), ("thik ache", Cue.ACCEPT),
        ("হবে না", Cue.REJECT),
        ("চলবে না", Cue.REJECT), ("কম করুন", Cue.REJECT), ("না", Cue.NEGATION),
        ("নয়", Cue.NEGATION), ("অনেক বেশি", Cue.TOO_MUCH), ("খুব বেশি", Cue.TOO_MUCH),
        ("বেশি", Cue.COMPARATIVE), ("কম", Cue.COMPARATIVE), ("এর বেশি", Cue.COMPARATIVE),
        ("বড়জোর", Cue.CAP_BEFORE), ("পর্যন্ত", Cue.CAP), ("শেষ দাম", Cue.FINAL),
        ("ফাইনাল", Cue.FINAL), ("কত", Cue.QUESTION), ("দাম কত", Cue.QUESTION),
        ("koto", Cue.QUESTION), ("দাম", Cue.WEAK_QUESTION), ("মিনিট", Cue.NOT_MONEY),
        ("ঘণ্টা", Cue.NOT_MONEY), ("দিনের", Cue.NOT_MONEY), ("নম্বর", Cue.NUMBER_LABEL),
    ],
)  # fmt: skip
def test_cues(text: str, cue: Cue) -> None:
    assert cue in _cues(text)


@pytest.mark.parametrize(
    ("text", "paise", "per_unit", "unit"),
    [
        ("পঞ্চাশ টাকা কেজি", 5000, True, "kg"),
        ("কেজি পঞ্চাশ টাকা", 5000, True, "kg"),
        ("এক কেজি চল্লিশ টাকা", 4000, True, "kg"),
        ("দেড়শো টাকা ডজন", 15000, True, "dozen"),
        ("একশো টাকায় দুই কেজি", 10000, False, "kg"),
        ("দশ টাকা একটা", 1000, True, "piece"),
        ("দশ টাকা করে", 1000, True, None),
        ("পঞ্চাশ টাকা করে কেজি", 5000, True, "kg"),
        ("ponchash taka keji", 5000, True, "kg"),
    ],
)  # fmt: skip
def test_understood_prices(text: str, paise: int, per_unit: bool, unit: str) -> None:
    said = understand(text, language=LANG)
    assert (said.amount_paise, said.per_unit, said.unit) == (paise, per_unit, unit)


def test_more_than_then_not_is_a_bound_not_a_refusal() -> None:
    said = understand("পঞ্চাশের বেশি না", language=LANG)
    assert said.amount_paise == 5000
    assert [m.negated for m in said.mentions] == [False]
    assert [m.negated for m in understand("পঞ্চাশ টাকা অনেক বেশি", language=LANG).mentions] == [True]


def test_minutes_are_not_money() -> None:
    assert understand("দশ মিনিট", language=LANG).amount_paise is None


# --- Hindi and English are heard as before ---------------------------------------------

_ENGLISH = list(ENGLISH_WORDS)

_HINDI = list(HINDI_WORDS)


def test_hindi_and_english_number_words_read_the_same() -> None:
    assert_hindi_and_english_numbers_kept(LANG)


@pytest.mark.parametrize("word", sorted(set(_ENGLISH + _HINDI)))
def test_common_hindi_and_english_words_read_as_for_a_hindi_speaker(word: str) -> None:
    assert_heard_as_by_a_hindi_speaker(LANG, word)


def test_the_hindi_and_english_tables_hold_no_bengali() -> None:
    for language in ("hi", "en"):
        table = number_table(language).words
        for word in ("পঞ্চাশ", "একশো", "ponchash", "eksho", "chollish", "nobboi"):
            assert fold(word) not in table


@pytest.mark.parametrize(
    ("word", "value"), [("আশির", 80), ("কুড়ির", 20), ("চৌষট্টির", 64), ("একানব্বইয়ের", 91)]
)
def test_the_genitive_after_a_vowel_is_a_bare_r(word: str, value: int) -> None:
    assert words_to_number(word, "bn") == value


def test_not_more_than_eighty_in_the_genitive_offers_eighty() -> None:
    heard = understand("কুড়ির বেশি দিতে পারব না", language="bn", has_outstanding_offer=True)
    assert (heard.intent, heard.amount_paise) == (Intent.COUNTER, 2000)


@pytest.mark.parametrize("text", ["পঁয়ত্রিশে দাও না দাদা", "তিরিশ টাকা করে দিন না"])
def test_an_imperative_with_na_asks_softly(text: str) -> None:
    heard = understand(text, language="bn", has_outstanding_offer=True)
    assert heard.intent is Intent.COUNTER, heard
    assert heard.amount_paise in (3500, 3000)


@pytest.mark.parametrize("text", ["ekta baro taka", "lebu ekti paanch taka"])
def test_banglish_one_before_a_price_prices_a_piece(text: str) -> None:
    heard = understand(text, language="bn")
    assert (heard.per_unit, heard.unit) == (True, "piece"), heard


@pytest.mark.parametrize(
    ("word", "value", "suffix"),
    [
        ("duto", 2, "to"), ("duti", 2, "ti"), ("tinte", 3, "te"), ("tinta", 3, "ta"),
        ("charte", 4, "te"), ("panchta", 5, "ta"), ("doshta", 10, "ta"),
        ("ekshota", 100, "ta"),
    ],
)  # fmt: skip
def test_banglish_classifiers_typed_joined_count(word: str, value: float, suffix: str) -> None:
    assert _span(word) == (value, suffix, False)


@pytest.mark.parametrize(
    ("text", "value"),
    [("aray sho", 250), ("araysho", 250), ("aaray", 2.5), ("dedhsho", 150), ("ekshoto", 100)],
)
def test_banglish_fractions_and_hundreds(text: str, value: float) -> None:
    assert words_to_number(text, LANG) == value


@pytest.mark.parametrize("word", ["chhoto", "choto", "chhota", "dosto", "ekto", "noyto", "shotti"])
def test_banglish_words_that_end_like_a_classifier_are_not_numbers(word: str) -> None:
    assert words_to_number(word, LANG) is None


def test_a_lone_hundred_after_a_word_the_tables_miss_is_asked() -> None:
    heard = understand("boro sho taka kilo", language="bn")
    assert heard.amount_paise == 10000 and heard.confidence < MIN_CONFIDENCE, heard


@pytest.mark.parametrize(
    ("text", "count"), [("tinte mile sat sho", 3), ("duto miliye panchsho dao", 2)]
)
def test_banglish_count_together_then_a_total(text: str, count: float) -> None:
    heard = understand(text, language="bn", has_outstanding_offer=True)
    assert (heard.per_unit, heard.quantity) == (False, count), heard


def test_a_floor_said_after_a_pause_keeps_the_price() -> None:
    heard = understand("আড়াইশো টাকায় দেব, কম হবে না", language="bn", has_outstanding_offer=True)
    assert (heard.intent, heard.amount_paise, heard.final) == (Intent.COUNTER, 25000, True)
