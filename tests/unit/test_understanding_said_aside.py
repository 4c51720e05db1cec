"""Prices said aside from the speaker's own: a fare a ride app shows, a tailor elsewhere,
a price called too much before a capped counter; a Gujarati "no" between pauses; a
Kannada hundred typed without its vowel; a bulk deal on a condition said "together"."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import Intent, understand


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("gu", "Uber ma ekso das batave chhe, chalo"),
        ("hi", "ओला में एक सौ बीस दिखा रहा है, चलो भैया"),
        ("en", "Rapido is showing ninety, come on"),
    ],
)
def test_an_apps_fare_alone_is_asked_about(language: str, text: str) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.amount_paise is None or understood.confidence < MIN_CONFIDENCE


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("gu", "Uber ma ekso vis batave chhe, so aapish", 10000),
        ("gu", "bahu kahevay, so aapish", 10000),
    ],
)
def test_a_typed_gujarati_hundred_before_giving_is_a_price(
    language: str, text: str, paise: int
) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.amount_paise == paise
    assert understood.confidence >= MIN_CONFIDENCE


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("gu", "સાતસો... ના, આઠસો આપીશ", 80000),
        ("gu", "satso... na, aathso aapish", 80000),
    ],
)
def test_a_gujarati_no_between_pauses_takes_the_first_price_back(
    language: str, text: str, paise: int
) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert (understood.amount_paise, understood.quantity) == (paise, None)


def test_gujarati_na_after_a_price_is_still_of() -> None:
    understood = understand("બસો ના બે કિલો", language="gu")
    assert (understood.amount_paise, understood.quantity, understood.unit) == (20000, 2, "kg")


@pytest.mark.parametrize(
    ("text", "paise"),
    [("noor embattu kodteeni", 18000), ("noor aivattu kodi saar", 15000)],
)
def test_a_kannada_hundred_typed_without_its_vowel(text: str, paise: int) -> None:
    understood = understand(text, language="kn", has_outstanding_offer=True)
    assert understood.amount_paise == paise


@pytest.mark.parametrize(
    ("language", "text", "reference"),
    [
        ("bn", "তিরিশ অনেক বেশি দিদি, বাইশ দেব, এর বেশি দেব না", 3000000),
        ("bn", "তিরিশ অনেক বেশি দাদা, বাইশ দেব, এর বেশি দেব না", 3000000),
        ("hi", "तीस बहुत ज़्यादा है, बाईस दूँगा, इससे ज़्यादा नहीं", 3000000),
    ],
)
def test_a_price_called_too_much_stays_refused_beside_a_cap(
    language: str, text: str, reference: int
) -> None:
    understood = understand(
        text, language=language, has_outstanding_offer=True, reference_paise=reference
    )
    assert (understood.amount_paise, understood.quantity) == (2200000, None)
    assert understood.final and understood.confidence >= MIN_CONFIDENCE


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("kn", "ನಾನೂರಕ್ಕೆ ಆಗಲ್ಲ, ಆ ಕಡೆ ಟೈಲರ್ ಮುನ್ನೂರಕ್ಕೆ ಹೊಲೀತಾರೆ"),
        ("hi", "चार सौ नहीं, बाज़ार वाला दर्जी तीन सौ में सिल देता है"),
    ],
)
def test_another_tailors_price_beside_a_refusal_refuses(language: str, text: str) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is Intent.REJECT
    assert understood.amount_paise is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hi", "केले दर्जन पचास, चार दर्जन एक साथ लो तो एक सौ अस्सी"),
        ("mr", "डझन ऐंशी, पण तीन डझन एकदम घेतल्या तर दोनशे"),
        ("pa", "ਦਰਜਨ ਸੱਤਰ, ਤਿੰਨ ਦਰਜਨ ਇਕੱਠੇ ਲਓ ਤਾਂ ਦੋ ਸੌ"),
    ],
)
def test_a_rate_and_a_deal_taken_together_are_asked(language: str, text: str) -> None:
    understood = understand(text, language=language)
    assert understood.confidence < MIN_CONFIDENCE
