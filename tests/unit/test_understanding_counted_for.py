"""Containers with a count inside, counts with their total, dozen packets and kodis
(`audio.understanding.counted_for`, `audio.understanding.containers`): the count one tray
holds is no quantity; "twenty of these, for 250" is a total for twenty pieces; "the dozen
packet 360" is the price of a dozen; "kodi 100" is a rate per score."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import understand


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("hi", "गेंदे की ट्रे नब्बे रुपये, एक ट्रे में चालीस पौधे", 9000),
        ("bn", "ট্রে সত্তর টাকা, প্রতি ট্রেতে ষাটটা চারা", 7000),
        ("mr", "ट्रे सत्तर रुपये, एका ट्रेमध्ये साठ रोपं", 7000),
    ],
)
def test_a_tray_with_its_count_inside_is_a_rate(language: str, text: str, paise: int) -> None:
    understood = understand(text, language=language)
    assert understood.amount_paise == paise and understood.confidence >= MIN_CONFIDENCE
    assert understood.per_unit is True, understood
    assert understood.quantity is None and understood.unit is None, understood


def test_a_tray_alone_keeps_no_shape() -> None:
    understood = understand("ट्रे सत्तर की, बगल वाला अस्सी में देता है", language="hi")
    assert understood.amount_paise == 7000 and understood.per_unit is None, understood


@pytest.mark.parametrize(
    ("language", "text", "paise", "count"),
    [
        ("hi", "इनमें से पंद्रह दे दो, तीन सौ में", 30000, 15),
        ("pa", "ਇਹਨਾਂ ਵਿੱਚੋਂ ਬਾਰਾਂ ਦੇ ਦਿਓ, ਤਿੰਨ ਸੌ ਵਿੱਚ", 30000, 12),
        ("en", "give me twelve of these for four hundred", 40000, 12),
    ],
)
def test_a_count_then_its_total(language: str, text: str, paise: int, count: int) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.amount_paise == paise and understood.confidence >= MIN_CONFIDENCE
    assert understood.per_unit is False and understood.quantity == count, understood


def test_a_count_on_a_condition_stays_asked() -> None:
    understood = understand("एक का तीस, पाँच लो तो सवा सौ", language="hi")
    assert understood.confidence < MIN_CONFIDENCE, understood


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [("hi", "मोमबत्ती का दर्जन पैकेट दो सौ चालीस", 24000), ("en", "the dozen pack is 300", 30000)],
)
def test_a_dozen_packet_is_a_dozen_s_price(language: str, text: str, paise: int) -> None:
    understood = understand(text, language=language)
    assert understood.amount_paise == paise and understood.confidence >= MIN_CONFIDENCE
    assert understood.per_unit is True and understood.unit == "dozen", understood


@pytest.mark.parametrize(
    ("language", "text", "per_unit", "count"),
    [
        ("hi", "चूड़ियाँ कोड़ी अस्सी रुपये", True, None),
        ("gu", "પતંગ કોડી એંસી રૂપિયા", True, None),
        ("hi", "तीन कोड़ी दो सौ चालीस में दे दो", False, 3),
    ],
)
def test_a_kodi_is_a_unit_of_trade(
    language: str, text: str, per_unit: bool, count: int | None
) -> None:
    understood = understand(text, language=language)
    assert understood.confidence >= MIN_CONFIDENCE, understood
    assert understood.per_unit is per_unit and understood.quantity == count, understood
    assert understood.unit is None, understood


def test_kannada_kodi_stays_give() -> None:
    understood = understand("munnurakke kodi", language="kn")
    assert understood.amount_paise == 30000 and understood.per_unit is None, understood
