"""Station talk and units of trade (`audio.understanding.stations`,
`audio.understanding.trade_units`): a train's number, a platform, the hour a train leaves
or an auction ended are no price, and "not this one" after a platform refuses nothing; a
basket, pair, set or box said as a rate is a rate with no unit, a count of them a total.
The failure paths: a real price said beside the train's news, and a bunch word that is
a bunch."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import Intent, Understanding, understand


def _recorded(understood: Understanding) -> int | None:
    return understood.amount_paise if understood.confidence >= MIN_CONFIDENCE else None


@pytest.mark.parametrize(
    ("language", "text", "reply"),
    [
        ("mr", "लोकल नऊ दहाला सुटते", False),  # leaves at 9:10; once 10 for 9 pieces
        ("gu", "ગાડી છ ચાલીસે ઉપડશે", False),
        ("kn", "ಆರು ಮೂವತ್ತಕ್ಕೆ ರೈಲು ಹೊರಡುತ್ತೆ", False),
        ("ml", "അഞ്ചരയ്ക്ക് ലേലം കഴിഞ്ഞു", False),
        ("en", "the 22691 comes on platform 3", False),
        ("hi", "प्लेटफॉर्म तीन, ये वाला नहीं", True),
        ("ta", "பிளாட்ஃபார்ம் மூணு, இது இல்ல", True),
        ("pa", "ਗੱਡੀ ਛੇ ਵਜੇ ਚੱਲਦੀ ਆ", False),
    ],
)
def test_station_talk_is_no_price_and_refuses_nothing(
    language: str, text: str, reply: bool
) -> None:
    understood = understand(text, language=language, has_outstanding_offer=reply)
    assert understood.intent is Intent.OTHER, understood
    assert understood.amount_paise is None
    assert understood.quantity is None and understood.unit is None


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("en", "Train is late, bananas 50 a dozen", 5000),
        ("hi", "ट्रेन लेट है, चाय दस रुपये कप", 1000),
        ("pa", "ਪਾਲਕ ਪੰਦਰਾਂ ਰੁਪਏ ਗੱਡੀ", 1500),
        ("pa", "ਮੇਥੀ ਦੀ ਗੱਡੀ ਤੀਹ ਦੀ ਚੱਲਦੀ ਆ", 3000),
    ],
)
def test_a_price_beside_station_talk_stands(language: str, text: str, paise: int) -> None:
    understood = understand(text, language=language)
    assert understood.intent is Intent.OFFER, understood
    assert _recorded(understood) == paise


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("en", "600 a basket", 60000),
        ("hi", "tokri aath sau ki", 80000),
        ("kn", "ಜೋಡಿಗೆ ಮೂವತ್ತು", 3000),
        ("te", "జత ముప్పై రూపాయలు", 3000),
        ("ml", "കൊട്ടയ്ക്ക് എണ്ണൂറ്", 80000),
    ],
)
def test_a_unit_of_trade_said_as_a_rate_is_a_rate_with_no_unit(
    language: str, text: str, paise: int
) -> None:
    understood = understand(text, language=language)
    assert _recorded(understood) == paise, understood
    assert understood.per_unit is True
    assert understood.unit is None and understood.quantity is None


@pytest.mark.parametrize(
    ("language", "text", "paise", "count"),
    [
        ("en", "two sets for 150", 15000, 2),
        ("hi", "चार सेट तीन सौ में", 30000, 4),
    ],
)
def test_a_count_of_sets_is_a_total_with_no_unit(
    language: str, text: str, paise: int, count: int
) -> None:
    understood = understand(text, language=language)
    assert _recorded(understood) == paise, understood
    assert understood.per_unit is False
    assert understood.quantity == count and understood.unit is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "sitting here since 5:30, not one sale"),
        ("hi", "साढ़े पाँच से बैठा हूँ, बोहनी तक नहीं हुई"),
        ("bn", "সাড়ে পাঁচটা থেকে বসে আছি, বউনি হয়নি"),
        ("pa", "ਅੱਜ ਬੋਹਣੀ ਨਹੀਂ ਹੋਈ"),
    ],
)
def test_no_sale_since_an_hour_is_talk(language: str, text: str) -> None:
    understood = understand(text, language=language)
    assert understood.intent is Intent.OTHER, understood
    assert understood.amount_paise is None
