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


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("ta", "akka, konjam kammi pannunga", "ask_discount"),
        ("ta", "இன்னும் கொஞ்சம் கம்மி பண்ணுங்க", "ask_discount"),
        ("ml", "kooduthal mooppulla ulla kaanikku", "show_another"),
        ("ml", "കൂടുതൽ കനം ഉള്ള ഒന്ന് കാണിക്ക്", "show_another"),
        ("mr", "आधी चव घ्या, आवडलं तर घ्या", "taste"),
        ("gu", "pehla taste karo, pachhi lo", "taste"),
        ("ta", "வெண்டைக்காய் எல்லாம் ஃப்ரெஷா இருக்கு", "claim_fresh"),
        ("en", "Salem mangoes here, sir", "claim_origin"),
        ("hi", "ये भागलपुर का जर्दालु है", "claim_origin"),
        ("mr", "हा लासलगावचा कांदा आहे", "claim_origin"),
        ("te", "ఇది నెల్లూరు బియ్యం", "claim_origin"),
        ("ml", "ഇടുക്കി ഏലം ആണ്", "claim_origin"),
    ],
)
def test_everyday_asks_and_claims(language: str, text: str, expected: str) -> None:
    assert act_of(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "my nephew is moving to Nagpur next month"),
        ("hi", "हम पिछले साल शिमला घूमने गए थे"),
        ("kn", "ಮೈಸೂರಲ್ಲಿ ನಮ್ಮ ಅಕ್ಕ ಇರ್ತಾರೆ"),
        ("mr", "माझी मुलगी सांगलीहून आली"),
    ],
)
def test_a_place_gone_to_or_lived_in_claims_no_origin(language: str, text: str) -> None:
    assert act_of(text, language) != "claim_origin"


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("kn", "ಬದನೆಕಾಯಿ ಹೇಗೆ ಕೊಡ್ತೀರಾ ಅಣ್ಣ?", "ask_price"),
        ("ta", "வெங்காயம் எப்படி தருவீங்க?", "ask_price"),
        ("gu", "ભીંડા કેમ આપશો?", "ask_price"),
        ("kn", "ಹೇಗೆ ಕೊಡ್ತೀರಾ ಅಕ್ಕ, ಕ್ಯಾಶ್ ಆ?", "pay_how"),
        ("te", "డబ్బు ఎలా ఇస్తారు?", "pay_how"),
    ],
)
def test_goods_named_before_how_will_you_give_ask_the_price(
    language: str, text: str, expected: str
) -> None:
    assert act_of(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "so tasty, buyers keep coming back", "claim_sweet"),
        ("hi", "बहुत स्वादिष्ट है, लोग बार बार आते हैं", "claim_sweet"),
        ("en", "buying two, reduce it a bit", "ask_discount"),
        ("hi", "do le rahi hoon, thoda kam karo", "ask_discount"),
        ("ta", "ரெண்டு எடுக்குறேன், கொஞ்சம் குறைங்க", "ask_discount"),
        ("mr", "दोन घेतेय, थोडं कमी करा", "ask_discount"),
    ],
)
def test_of_two_acts_the_main_one(language: str, text: str, expected: str) -> None:
    assert act_of(text, language) == expected


def test_a_chilly_morning_is_no_greeting() -> None:
    assert act_of("what a cold morning, madam", "en") != "greet"


@pytest.mark.parametrize(
    ("language", "text"),
    [("hi", "दो ले रही हूँ, थोड़ा कम करो"), ("en", "taking two, make it less")],
)
async def test_a_count_taken_before_a_discount_is_no_price(language: str, text: str) -> None:
    assert await _act_kind(text, language) is None


async def test_a_price_said_after_the_discount_stays() -> None:
    assert await _act_kind("कम करो, बीस ले लूँगी", "hi") in ("counter", "offer")
