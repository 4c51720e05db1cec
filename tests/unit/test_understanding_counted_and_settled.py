"""Counts of goods no table names, ages, a price asked back then recalled, a price
settled on after a pause, a rate then a total: what the corpus lines of these classes
rest on, pinned one rule at a time, with the lines that must keep their price."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import Intent, Understanding, understand


def _read(text: str, language: str, reply: bool = True) -> Understanding:
    return understand(text, language=language, has_outstanding_offer=reply)


def _recorded(got: Understanding) -> int | None:
    return got.amount_paise if got.confidence >= MIN_CONFIDENCE else None


@pytest.mark.parametrize(
    ("language", "text", "count"),
    [
        ("en", "give me six samosas please", 6),
        ("hi", "चार कचौड़ी बाँध दो", 4),
        ("gu", "દસ ગુલાબ આપો", 10),
        ("pa", "ਦਸ ਫੁੱਲ ਦਿਓ", 10),
        ("ta", "ரெண்டு மாலை குடுங்க", 2),  # garlands, not evening, before a give verb
    ],
)
def test_a_number_before_goods_and_a_give_verb_counts_them(
    language: str, text: str, count: int
) -> None:
    got = _read(text, language, reply=False)
    assert (got.intent, _recorded(got), got.quantity) == (Intent.OTHER, None, count)


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("hi", "चालीस दे दो", 4000),  # the give verb follows a price
        ("hi", "पचास लगा दो", 5000),
        ("hi", "बेटा दस साल का है, चालीस में दे दो", 4000),
        ("en", "six samosas for 60 rupees", 6000),  # a currency word: the count and a price
        ("en", "I am giving seventy", 7000),
        ("hi", "kilo ka sau chalta hai, aapko nabbe mein de dunga", 9000),
    ],
)
def test_a_price_before_a_verb_or_a_case_word_stays_a_price(
    language: str, text: str, paise: int
) -> None:
    assert _recorded(_read(text, language)) == paise


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I am seventy, I can't carry it, please send it home"),
        ("hi", "मेरी उम्र सत्तर है, उठा नहीं पाऊँगा"),
        ("ta", "எனக்கு எழுபது வயசு, தூக்க முடியாது"),
        ("te", "నాకు డెబ్బై ఏళ్ళ వయసు, మోయలేను"),
    ],
)
def test_an_age_is_no_price_and_what_follows_refuses_nothing(language: str, text: str) -> None:
    got = _read(text, language)
    assert (got.intent, _recorded(got)) == (Intent.OTHER, None)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Nine hundred? Last month it was seven fifty"),
        ("ta", "ஆயிரமா? போன வாரம் எண்ணூறு தான்"),
        ("te", "అరవైనా? నిన్న యాభై ఇచ్చారు"),  # a question ending the tables do not read
    ],
)
def test_a_price_asked_back_then_recalled_is_a_question(language: str, text: str) -> None:
    got = _read(text, language)
    assert (got.intent, _recorded(got)) == (Intent.QUESTION, None)


def test_a_price_asked_back_without_a_past_keeps_its_counter() -> None:
    got = _read("sixty? ok sixty five then", "en")
    assert (got.intent, _recorded(got)) == (Intent.COUNTER, 6500)


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("en", "forty... okay forty five", 4500),
        ("hi", "पचास... चलो पचपन दे दो", 5500),
        ("bn", "চল্লিশ... আচ্ছা পঁয়তাল্লিশ দিন", 4500),
    ],
)
def test_a_price_settled_on_after_a_pause_replaces_the_first(
    language: str, text: str, paise: int
) -> None:
    got = _read(text, language)
    assert (got.intent, _recorded(got)) == (Intent.COUNTER, paise)


@pytest.mark.parametrize("text", ["forty or forty five", "forty, forty five"])
def test_two_prices_with_no_word_of_settling_are_asked_about(text: str) -> None:
    got = _read(text, "en")
    assert _recorded(got) is None
    assert got.amount_paise is not None  # heard, and asked


def test_a_rate_then_a_total_offers_the_total_for_its_quantity() -> None:
    got = _read("beans 60 a kilo, take two kilos for 110", "en", reply=False)
    assert (_recorded(got), got.per_unit, got.quantity, got.unit) == (11000, False, 2, "kg")
    joined = _read("do kilo sau rupaye", "hi", reply=False)  # one total, nothing replaced
    assert (_recorded(joined), joined.per_unit, joined.quantity) == (10000, False, 2)


def test_an_idiom_of_agreement_then_pack_it_accepts() -> None:
    assert _read("no problem, pack it", "en").intent is Intent.ACCEPT
    assert _read("નો પ્રોબ્લેમ, પેક કરી દો", "gu").intent is Intent.ACCEPT
    assert _read("no problem", "en", reply=False).intent is not Intent.ACCEPT


@pytest.mark.parametrize(
    ("language", "text", "count"),
    [
        ("hi", "दस गेंदा फूल चाहिए", 10),
        ("ta", "பத்து மல்லிகை பூ வேணும்", 10),
        ("ta", "நூத்தியெட்டு செம்பருத்தி பூ வேணும்", 108),  # named goods: past sixty
        ("en", "I need ten marigold flowers", 10),
        ("ml", "പത്ത് റോസാപ്പൂ വേണം", 10),
        ("mr", "दहा गुलाबाची फुले पाहिजेत", 10),
        ("gu", "દસ ગુલાબના ફૂલ જોઈએ", 10),
    ],
)
def test_a_number_before_goods_and_a_want_counts_them(language: str, text: str, count: int) -> None:
    got = _read(text, language, reply=False)
    assert (got.intent, _recorded(got), got.quantity) == (Intent.OTHER, None, count)


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("hi", "पचास चाहिए", 5000),  # a price wanted, no goods named
        ("hi", "सौ टमाटर दे दो", 10000),  # a hundred before goods sold by weight
        ("en", "I need forty for this", 4000),
    ],
)
def test_a_price_wanted_stays_a_price(language: str, text: str, paise: int) -> None:
    assert _recorded(_read(text, language, reply=False)) == paise


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hi", "चालीस किलो... अच्छा पैंतालीस"),
        ("hi", "चिकन एक सौ अस्सी किलो... अच्छा एक सौ नब्बे, आज रेट चढ़ा है"),
        ("en", "tomato forty kilo... ok forty five"),
    ],
)
def test_settling_between_two_of_ones_own_numbers_is_no_accept(language: str, text: str) -> None:
    got = _read(text, language, reply=False)
    assert not (got.intent is Intent.ACCEPT and got.confidence >= MIN_CONFIDENCE)


@pytest.mark.parametrize("text", ["দশটা টাকা কম নাও", "পাঁচটা টাকা কমাও", "পাঁচটা টাকা কম নাও না দাদা"])
def test_rupees_counted_off_with_a_classifier_are_no_price(text: str) -> None:
    got = _read(text, "bn")
    assert (got.intent, _recorded(got)) == (Intent.QUESTION, None)
