"""Talk that sounds like a refusal or a total but is neither: the vendor vouching for the
goods ("it won't break", "nothing happens to it in the rain"), a fish market's news (the
boat not in yet, the auction later), "more water" said of a tender coconut, and English
"pure" and "sari"; and a price said back as a question, then "too much" in everyday
speech ("Nausho? far jast ahe"), which refuses it. Also "weigh" in Telugu after
agreement ("tooyandi"): the kilos to weigh, no total."""

from __future__ import annotations

import pytest

from audio.understanding import Intent, understand

VOUCHED = [
    ("hi", "ये बाल्टी गिरने से भी टूटेगी नहीं"),
    ("hi", "बारिश में भी इस छाते को कुछ नहीं होगा"),
    ("en", "Steel frame, it won't rust"),
    ("ta", "இந்த குடம் கீழ விழுந்தாலும் உடையாது"),
    ("bn", "এই বালতি পড়ে গেলেও ভাঙবে না"),
    ("mr", "ही चप्पल वर्षभर फाटणार नाही"),
    ("gu", "આ ડોલ પડે તો પણ તૂટશે નહીં"),
    ("pa", "ਇਹ ਬਾਲਟੀ ਡਿੱਗ ਕੇ ਵੀ ਟੁੱਟੂਗੀ ਨਹੀਂ"),
]


@pytest.mark.parametrize(("language", "text"), VOUCHED)
def test_goods_vouched_for_refuse_nothing(language: str, text: str) -> None:
    understood = understand(
        text, language=language, has_outstanding_offer=True, reference_paise=30000
    )
    assert understood.intent is Intent.OTHER


STILL_REFUSED = [
    ("hi", "ये तो टूट जाएगी, नहीं लूँगी"),
    ("hi", "इससे कम कुछ नहीं होगा"),
]


@pytest.mark.parametrize(("language", "text"), STILL_REFUSED)
def test_a_refusal_beside_the_goods_still_refuses(language: str, text: str) -> None:
    understood = understand(
        text, language=language, has_outstanding_offer=True, reference_paise=30000
    )
    assert understood.intent is Intent.REJECT


BOAT_NEWS = [
    ("mr", "होडी अजून किनाऱ्याला लागली नाही"),
    ("gu", "હજુ હોડી પાછી નથી આવી, થોડી રાહ જુઓ"),
    ("kn", "ದೋಣಿ ಇನ್ನೂ ಬಂದಿಲ್ಲ, ಹರಾಜು ಆಮೇಲೆ"),
    ("en", "The boats aren't in yet, the auction starts a bit later"),
]


@pytest.mark.parametrize(("language", "text"), BOAT_NEWS)
def test_the_boat_not_in_yet_is_news(language: str, text: str) -> None:
    assert understand(text, language=language).intent is Intent.OTHER


ECHOED_TOO_MUCH = [
    ("mr", "नऊशे? हे तर लई जास्त हाय", 90000),
    ("pa", "Panj sau? eh ta bahut ae", 50000),
    ("pa", "ਬਾਰਾਂ ਸੌ? ਬਾਹਲੇ ਨੇ", 120000),
    ("gu", "Navso? bau che", 90000),
]


@pytest.mark.parametrize(("language", "text", "paise"), ECHOED_TOO_MUCH)
def test_a_price_said_back_then_too_much_is_refused(language: str, text: str, paise: int) -> None:
    understood = understand(
        text, language=language, has_outstanding_offer=True, reference_paise=paise
    )
    assert understood.intent is Intent.REJECT
    assert understood.amount_paise is None


def test_telugu_weigh_after_agreement_names_no_total() -> None:
    understood = understand(
        "sare, aravai ok, ara kilo tooyandi",
        language="te",
        has_outstanding_offer=True,
        reference_paise=6000,
    )
    assert (understood.intent, understood.amount_paise) == (Intent.ACCEPT, 6000)
    assert (understood.per_unit, understood.quantity, understood.unit) == (None, 0.5, "kg")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "This sari is four thousand two hundred, pure cotton"),
        ("hi", "ye pure cotton hai, saat sau"),
    ],
)
def test_pure_and_sari_are_no_total(language: str, text: str) -> None:
    assert understand(text, language=language).per_unit is None


def test_poore_before_a_count_is_still_the_whole() -> None:
    understood = understand("pure teen kilo ka do sau sattar", language="hi")
    assert (understood.per_unit, understood.quantity) == (False, 3)


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("kn", "ಎಳನೀರು ಒಂದಕ್ಕೆ ನಲವತ್ತೈದು, ನೀರು ಜಾಸ್ತಿ", 4500),
        ("hi", "नारियल पैंतालीस का एक, पानी ज़्यादा है", 4500),
        ("gu", "કેરી કિલોના એકસો વીસ, રસ વધારે છે", 12000),
    ],
)
def test_more_water_praises_the_goods(language: str, text: str, paise: int) -> None:
    understood = understand(text, language=language)
    assert (understood.intent, understood.amount_paise) == (Intent.OFFER, paise)
    assert understood.per_unit is True
