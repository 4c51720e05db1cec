"""Agreement to the price on the table, closed by a word or two ("it is", "ಆಗಲಿ", "જ",
the "ठीक है" itself after the price), then the goods wanted: weighed, or put in the car,
the auto or the lorry. An accept: the count is the goods taken, no total the price pays
for. With another price, or none on the table known, the speaker names their own."""

from __future__ import annotations

import pytest

from audio.understanding import Intent, understand

AGREED_THEN_GOODS = [
    ("en", "Okay, two hundred it is, put three bags in the auto", 20000, 3, None),
    ("kn", "ಸರಿ, ಆರು ನೂರೇ ಆಗಲಿ, ಮೂರು ಬುಟ್ಟಿ ಲಾರಿಗೆ ಹಾಕಿ", 60000, 3, None),
    ("te", "సరే, ఆరు వందలే, మూడు బుట్టలు ఆటోలో పెట్టండి", 60000, 3, None),
    ("mr", "ठीक आहे, सहाशेच, तीन टोपल्या गाडीत ठेवा", 60000, 3, None),
    ("ta", "சரி, முன்னூறே இருக்கட்டும், ரெண்டு கூடை வண்டில ஏத்துங்க", 30000, 2, None),
    ("gu", "હા ભાઈ, ચાલીસ રૂપિયા જ, બે કિલો બટાકા તોળી આપો", 4000, 2, "kg"),
    ("hi", "चार सौ ठीक है, दो किलो छीलकर पैक कर दो", 40000, 2, "kg"),
]


@pytest.mark.parametrize(("language", "text", "paise", "count", "unit"), AGREED_THEN_GOODS)
def test_agreement_then_goods_wanted_accepts(
    language: str, text: str, paise: int, count: float, unit: str | None
) -> None:
    understood = understand(
        text, language=language, has_outstanding_offer=True, reference_paise=paise
    )
    assert understood.intent is Intent.ACCEPT
    assert understood.amount_paise == paise
    assert understood.per_unit is None
    assert (understood.quantity, understood.unit) == (count, unit)


# A total said for the count, another price than the table's: the speaker's own price.
OWN_PRICE = [
    ("hi", "ठीक है, चार सौ में दो किलो पैक कर दो", 40000, 40000),
    ("kn", "ಸರಿ, ಆರು ನೂರೇ ಆಗಲಿ, ಮೂರು ಬುಟ್ಟಿ ಲಾರಿಗೆ ಹಾಕಿ", 70000, 60000),
    ("en", "Okay, two hundred it is, put three bags in the auto", None, 20000),
]


@pytest.mark.parametrize(("language", "text", "reference", "paise"), OWN_PRICE)
def test_own_price_before_goods_counters(
    language: str, text: str, reference: int | None, paise: int
) -> None:
    understood = understand(
        text, language=language, has_outstanding_offer=True, reference_paise=reference
    )
    assert understood.intent is Intent.COUNTER
    assert understood.amount_paise == paise


# The price on the table refused as too much, then the speaker's rate and an hour to come
# or send: the refused number is no count of goods.
TOO_MUCH_BEFORE_HOUR = [
    ("te", "నూట ఇరవై కూడా ఎక్కువే అండీ, కిలో తొంభై చేయండి, రేపు ఉదయం ఏడింటికి రండి"),
    ("kn", "ನೂರ ಇಪ್ಪತ್ತು ಕೂಡ ಜಾಸ್ತಿ, ಕೆಜಿಗೆ ತೊಂಬತ್ತು ಮಾಡಿ, ನಾಳೆ ಬೆಳಿಗ್ಗೆ ಏಳಕ್ಕೆ ಬನ್ನಿ"),
]


@pytest.mark.parametrize(("language", "text"), TOO_MUCH_BEFORE_HOUR)
def test_refused_as_too_much_before_an_hour_counts_nothing(language: str, text: str) -> None:
    understood = understand(
        text, language=language, has_outstanding_offer=True, reference_paise=12000
    )
    assert understood.intent is Intent.COUNTER
    assert understood.amount_paise == 9000
    assert understood.per_unit is True
    assert (understood.quantity, understood.unit) == (None, "kg")


def test_goods_counted_before_an_hour_stay_counted() -> None:
    understood = understand("నలభై ప్యాకెట్లు సాయంత్రం ఐదింటికి కావాలి", language="te")
    assert understood.amount_paise is None
    assert understood.quantity == 40
