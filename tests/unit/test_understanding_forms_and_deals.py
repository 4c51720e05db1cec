"""Two forms of the goods priced apart (loose or boxed, with or without the pot) and a
rate beside a bulk deal on a condition are asked; "ok, X" and a remark with no price on
the table known is asked; "buy it there then" refuses."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import understand
from audio.understanding.result import Intent


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("gu", "છૂટક છસો રૂપિયે કિલો, ગિફ્ટ બોક્સમાં સાતસો"),
        ("te", "బాక్స్ ఏడొందలు, కానీ లూజ్ గా అదే సరుకు ఆరొందల యాభై"),
        ("en", "with the pot 300, without the pot 220"),
        ("ml", "ചട്ടി സഹിതം ഇരുന്നൂറ്റമ്പത്, ചട്ടി ഇല്ലാതെ നൂറ്റെൺപത്"),
    ],
)
def test_two_forms_of_the_goods_with_two_prices_are_asked(language: str, line: str) -> None:
    assert understand(line, language=language).confidence < MIN_CONFIDENCE


def test_hundreds_of_kilos_after_a_form_word_are_its_rate() -> None:
    heard = understand("છૂટક છસો કિલો, ગિફ્ટ બોક્સમાં સાતસો", language="gu")
    assert heard.confidence < MIN_CONFIDENCE
    assert heard.quantity is None  # never 600 kg


@pytest.mark.parametrize(
    ("language", "line", "rate"),
    [
        ("en", "mangoes 40 each, if you take five, 180", 4000),
        ("bn", "একটা পঁয়ত্রিশ টাকা, চারটে নিলে একশো কুড়ি", 3500),
        ("ta", "ஒண்ணு முப்பது, அஞ்சு எடுத்தா நூத்தி இருபத்தஞ்சு", 3000),
        ("pa", "ਇੱਕ ਦੀ ਤੀਹ, ਪੰਜ ਲਓ ਤਾਂ ਸਵਾ ਸੌ", 3000),
    ],
)
def test_a_rate_then_a_bulk_deal_on_a_condition_is_asked(
    language: str, line: str, rate: int
) -> None:
    heard = understand(line, language=language)
    assert heard.confidence < MIN_CONFIDENCE
    assert rate in {m.amount_paise for m in heard.mentions}


def test_one_rate_on_a_condition_stands() -> None:
    heard = understand("बीस लो तो अठारह रुपये पीस", language="hi")
    assert (heard.amount_paise, heard.per_unit, heard.quantity) == (1800, True, 20)
    assert heard.confidence >= MIN_CONFIDENCE


def test_ok_and_a_remark_with_no_price_on_the_table_is_asked() -> None:
    line = "సరే, రెండొందల ఎనభై. ఇవాళ మొదటి బోణీ"
    unknown = understand(line, language="te", has_outstanding_offer=True)
    assert unknown.confidence < MIN_CONFIDENCE
    known = understand(line, language="te", has_outstanding_offer=True, reference_paise=28000)
    assert (known.intent, known.amount_paise) == (Intent.ACCEPT, 28000)
    assert known.confidence >= MIN_CONFIDENCE
    packed = understand("fine, seventy, pack it", language="en", has_outstanding_offer=True)
    assert packed.intent is Intent.ACCEPT and packed.confidence >= MIN_CONFIDENCE


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("hi", "तो वहीं से ले लीजिए, हमारा माल अलग है"),
        ("mr", "mag tithech ghya tumhi"),
        ("ta", "அப்போ அங்கேயே வாங்கிக்கோங்க, நம்ம சரக்கு வேற"),
        ("en", "then buy it there, madam, our stuff is different"),
    ],
)
def test_buy_it_there_then_refuses(language: str, line: str) -> None:
    heard = understand(line, language=language, has_outstanding_offer=True)
    assert heard.intent is Intent.REJECT


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("ta", "அச்சு விலை நானூறு, பாதி விலைக்கு இருநூறு"),
        ("kn", "ಪ್ರಿಂಟ್ ರೇಟ್ ನಾನೂರು, ಅರ್ಧ ಬೆಲೆಗೆ ಇನ್ನೂರು"),
        ("hi", "छपी कीमत चार सौ, आधे दाम में दो सौ"),
    ],
)
def test_the_printed_price_is_a_reference_and_the_half_stands(language: str, line: str) -> None:
    heard = understand(line, language=language)
    assert (heard.amount_paise, heard.confidence >= MIN_CONFIDENCE) == (20000, True)


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("hi", "गड्डी सौ रुपये, हर गड्डी में बीस"),
        ("te", "కట్ట వంద, ఒక్కో కట్టలో ఇరవై"),
        ("ml", "കെട്ട് നൂറ് രൂപ, ഓരോ കെട്ടിലും ഇരുപത്"),
    ],
)
def test_a_count_held_in_each_is_no_price(language: str, line: str) -> None:
    heard = understand(line, language=language)
    assert (heard.amount_paise, heard.per_unit, heard.quantity) == (10000, True, None)
    assert heard.confidence >= MIN_CONFIDENCE


def test_another_stalls_price_after_ones_own_is_a_remark() -> None:
    heard = understand("ट्रे सत्तर, बगल वाला ठेला अस्सी बोल रहा है, देख लो", language="hi")
    assert (heard.amount_paise, heard.confidence >= MIN_CONFIDENCE) == (7000, True)
    alone = understand("बगल वाला ठेला अस्सी बोल रहा है", language="hi")
    assert alone.intent is Intent.QUESTION and alone.amount_paise is None
