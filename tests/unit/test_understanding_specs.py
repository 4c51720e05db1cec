"""Numbers that are no price (`audio.understanding.specs`): a model ("Vivo 15", "M31"),
a size of memory or charge ("8 GB", "4000 mAh", "85 percent"), a span of time ("six
months") or a place in order ("third lane") is neither a price nor a count, and "how
much?" beside it stays a price question. The failure paths: a price said with a rupee
word after a brand, a currency note, Bengali "din" (give), and a price beside a span of
time."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import Intent, Understanding, understand


def _recorded(understood: Understanding) -> int | None:
    return understood.amount_paise if understood.confidence >= MIN_CONFIDENCE else None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Vivo 15, how much for it?"),
        ("hi", "M31 वाला कितने का है?"),
        ("kn", "ರೆಡ್ಮಿ 9 ಎಷ್ಟು ಕೊಡ್ತೀರಾ?"),
        ("te", "iphone 11 128 gb entha?"),
    ],
)
def test_a_model_asked_about_is_a_price_question(language: str, text: str) -> None:
    understood = understand(text, language=language)
    assert understood.intent is Intent.QUESTION, understood
    assert understood.amount_paise is None and understood.quantity is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hi", "8 जीबी रैम है, 4000 mAh बैटरी"),
        ("pa", "ਬੈਟਰੀ 90 ਪਰਸੈਂਟ ਹੈ ਜੀ"),
        ("gu", "ત્રીજી ગલીમાં મારું ઘર છે"),
        ("en", "it's only three months old, hardly used"),
    ],
)
def test_specs_spans_and_places_are_no_price(language: str, text: str) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is Intent.OTHER, understood
    assert understood.amount_paise is None and understood.quantity is None


@pytest.mark.parametrize(
    ("language", "text", "reply", "paise"),
    [
        ("en", "Samsung 12000 rupees", False, 1_200_000),  # a rupee word: a price
        ("ta", "ஆறு மாசம் ஓடின போன், பத்தாயிரம் குடுங்க", True, 1_000_000),
        ("bn", "250 takay din", True, 25_000),  # "din" gives, no days
    ],
)
def test_a_price_beside_them_stands(language: str, text: str, reply: bool, paise: int) -> None:
    understood = understand(text, language=language, has_outstanding_offer=reply)
    assert _recorded(understood) == paise, understood


def test_a_currency_note_is_no_model() -> None:
    understood = understand("500 का नोट है, छुट्टा दो", language="hi", has_outstanding_offer=True)
    assert understood.amount_paise is None and understood.intent is not Intent.ACCEPT


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("en", "Twelve volt charger, 150 rupees", 15000),
        ("hi", "दो एमएम का तार, 900 रुपये बंडल", 90000),
        ("ta", "40 வாட் ஃபேன் ரெகுலேட்டர், 350 ரூபாய்", 35000),
        ("gu", "ત્રણ કોર વાયર, 60 રૂપિયા", 6000),
        ("en", "2 ton AC, 41000 rupees", 4100000),
    ],
)
def test_a_hardware_size_is_no_price_beside_the_price(language: str, text: str, paise: int) -> None:
    understood = understand(text, language=language)
    assert _recorded(understood) == paise, understood
    assert understood.quantity is None


def test_punjabi_ton_is_than_not_a_tonnage() -> None:
    # "panjah ton ghat nahi": not less than fifty, the vendor's floor
    understood = understand("panjah ton ghat nahi", language="pa", has_outstanding_offer=True)
    assert _recorded(understood) == 5000, understood
