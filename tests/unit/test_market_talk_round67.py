"""Market acts: a card named by the word before it (or made into a sheet) is a thing, not
a way to pay; small talk with a "no" in it refuses nothing; further everyday asks and
claims; of two acts in one line the main one."""

from __future__ import annotations

import pytest

from audio.interpret import interpret
from audio.market import market_act
from audio.phrasebook import PhrasebookMT


def act_of(text: str, language: str) -> str | None:
    found = market_act(text, language)
    return found.act if found is not None else None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "got a 128 GB memory card for the dashcam?"),
        ("en", "I want a birthday card for my niece"),
        ("hi", "मेमरी कार्ड वाला पाउच है?"),
        ("hi", "visiting card kitne din mein banega"),
        ("ta", "சிம் கார்டு புதுசா வேணும்"),
        ("te", "memory card undha?"),
        ("bn", "রেশন কার্ডের ফটোকপি হবে?"),
        ("mr", "व्हिजिटिंग कार्ड छापता का?"),
        ("gu", "ગ્રીટિંગ કાર્ડ બતાવો"),
        ("kn", "ಮೆಮೊರಿ ಕಾರ್ಡ್ ಬೇಕು"),
        ("ml", "റേഷൻ കാർഡ് കോപ്പി വേണം"),
        ("pa", "ਸਿਮ ਕਾਰਡ ਵਾਲੀ ਪਿੰਨ ਹੈ?"),
        ("pa", "greeting card dikhao"),
        ("en", "three coloured card sheets for the chart"),
    ],
)
def test_a_card_named_by_its_kind_is_no_card_payment(language: str, text: str) -> None:
    assert act_of(text, language) != "pay_card"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "do you accept a credit card?"),
        ("hi", "डेबिट कार्ड से दे दूँ?"),
        ("ta", "கார்டு எடுப்பீங்களா?"),
        ("ml", "card pattumo?"),
    ],
)
def test_a_card_to_pay_with_is_still_card(language: str, text: str) -> None:
    assert act_of(text, language) == "pay_card"


async def _act_kind(text: str, language: str, speaker: str = "customer") -> str | None:
    result = await interpret(
        text,
        source=language,
        target="hi" if language == "en" else "en",
        speaker=speaker,
        mt=PhrasebookMT(),
    )
    return result.act.kind.value if result.act is not None else None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "this flyover job is huge, it won't be over in a week"),
        ("en", "there's no table free in that hotel"),
        ("en", "the water tanker won't come before nine"),
        ("hi", "ये सड़क का काम एक हफ्ते में नहीं निपटेगा"),
        ("hi", "train aath baje se pehle nahi aayegi"),
        ("gu", "આ પુલનું કામ એક મહિનામાં નહીં પતે"),
        ("bn", "ট্রেন নটার আগে আসবে না"),
        ("pa", "ਮੀਂਹ ਅੱਜ ਨਹੀਂ ਰੁਕਣਾ, ਬੱਦਲ ਬਹੁਤ ਨੇ"),
        ("en", "my grandson doesn't sleep before midnight"),
    ],
)
async def test_a_no_said_of_no_deal_refuses_nothing(language: str, text: str) -> None:
    assert await _act_kind(text, language) != "reject"


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        ("en", "no, I can't sell it for that", "vendor"),
        ("en", "not for 60", "customer"),
        ("en", "no no, not possible brother", "vendor"),
        ("hi", "नहीं भाई, इतने में नहीं दूँगा", "vendor"),
        ("hi", "nahi, itne mein nahi doonga", "vendor"),
        ("hi", "नहीं, बिल्कुल नहीं", "vendor"),
        ("gu", "ના, એટલામાં નહીં આપું", "vendor"),
        ("bn", "না, ওই দামে দেব না", "vendor"),
        ("pa", "ਨਹੀਂ ਜੀ, ਇਸ ਭਾਅ ਨਹੀਂ ਦੇਣਾ", "vendor"),
        ("ta", "இல்ல, அந்த விலைக்கு தர முடியாது", "vendor"),
    ],
)
async def test_a_no_of_the_price_or_the_goods_still_refuses(
    language: str, text: str, speaker: str
) -> None:
    assert await _act_kind(text, language, speaker) == "reject"
