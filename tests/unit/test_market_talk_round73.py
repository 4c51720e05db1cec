"""Market acts: a number naming the one to show ("1509 wala") or a romanized adjective
that sounds like a number word ("chauda", wide) in a show request is no price."""

from __future__ import annotations

import asyncio

import pytest

from audio.interpret import interpret
from audio.market import market_act
from audio.phrasebook import PhrasebookMT


def act_of(text: str, language: str) -> str | None:
    found = market_act(text, language)
    return found.act if found is not None else None


def received(text: str, language: str) -> tuple[str | None, int | None]:
    """The market act and the amount the listener receives of `text`."""
    target = "hi" if language == "en" else "en"
    result = asyncio.run(
        interpret(text, source=language, target=target, speaker="customer", mt=PhrasebookMT())
    )
    amount = result.act.amount_paise if result.act is not None else None
    return (result.market.act if result.market is not None else None), amount


@pytest.mark.parametrize(
    ("language", "text", "act"),
    [
        ("hi", "koi doosra design dikhaiye, zara chaude wale", "show_another"),
        ("hi", "aur pattern dikhao bhai, thoda chauda", "show_another"),
        ("hi", "isse badhiya chawal dikhao, 1718 wala", "show_better"),
        ("hi", "इससे बढ़िया दिखाइए, 1401 वाली", "show_better"),
        ("pa", "ਇਸ ਤੋਂ ਵਧੀਆ ਚੌਲ ਵਿਖਾਓ, 1718 ਵਾਲੇ", "show_better"),
        ("en", "show me another one, the 1718 one", "show_another"),
    ],
)
def test_a_number_naming_the_one_to_show_is_no_price(language: str, text: str, act: str) -> None:
    assert received(text, language) == (act, None)


@pytest.mark.parametrize(
    ("language", "text", "amount"),
    [
        ("hi", "dusra dikhao, 40 doge?", 4000),
        ("hi", "doosra dikhao, chalis rupay kilo", 4000),
        ("hi", "dusra dikhao, 40 rupay wala", 4000),
    ],
)
def test_a_price_said_in_a_show_request_stands(language: str, text: str, amount: int) -> None:
    assert received(text, language)[1] == amount


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "one-year-old sona masoori cooks well, every grain separate"),
        ("hi", "पुराना गुड़ ही सबसे बढ़िया होता है"),
        ("ta", "பழைய புழுங்கலரிசி இட்லிக்கு சிறந்தது"),
        ("te", "పాత బియ్యం పులిహోరకి బాగా వస్తుంది"),
        ("bn", "পুরনো চাল পোলাওয়ের জন্য সেরা"),
        ("mr", "जुना गूळ सगळ्यात चांगला"),
        ("gu", "જૂના ચોખા ખીચડી માટે સૌથી સારા"),
        ("kn", "ಹಳೆ ಅಕ್ಕಿ ಬಿಸಿಬೇಳೆಬಾತ್‌ಗೆ ಉತ್ತಮ"),
        ("ml", "പഴയ അരി ബിരിയാണിക്ക് ഏറ്റവും നല്ലത്"),
        ("pa", "ਪੁਰਾਣਾ ਗੁੜ ਸਭ ਤੋਂ ਵਧੀਆ ਹੁੰਦਾ"),
    ],
)
def test_age_praised_as_a_virtue_is_no_doubt(language: str, text: str) -> None:
    assert act_of(text, language) is None


@pytest.mark.parametrize(
    ("language", "text", "act"),
    [
        ("en", "these look old, show me the best ones", "show_better"),
        ("hi", "ये चावल पुराना है, अच्छा नहीं", "quality_old"),
        ("ta", "இது பழைய சரக்கு", "quality_old"),
    ],
)
def test_age_doubted_stays_a_doubt(language: str, text: str, act: str) -> None:
    assert act_of(text, language) == act


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "supply from the mandi is thin this season, arrivals are down, all costly"),
        ("hi", "आजकल आवक कम है, इसलिए दाल महँगी चल रही"),
        ("mr", "यंदा मार्केटमध्ये कांद्याची आवक कमी, सगळं महाग"),
        ("en", "where's the nearest ATM, bhaiya?"),
        ("te", "దగ్గర్లో ఏటీఎం ఉందా?"),
        ("en", "the Mysuru express was late by an hour today"),
        ("ta", "சேலம் எக்ஸ்பிரஸ் இன்னைக்கு லேட்டு"),
    ],
)
def test_market_news_a_service_and_a_train_are_small_talk(language: str, text: str) -> None:
    assert act_of(text, language) is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pa", "ਸ਼ੁਕਰੀਆ ਬਾਈ, ਰੱਬ ਰਾਖੇ"),
        ("en", "thank you sir, god bless"),
        ("bn", "ধন্যবাদ দাদা, ভালো থাকবেন"),
        ("ml", "നന്ദി, ദൈവം കാക്കട്ടെ"),
    ],
)
def test_a_parting_blessing_after_thanks_is_goodbye(language: str, text: str) -> None:
    assert act_of(text, language) == "goodbye"


@pytest.mark.parametrize(
    ("language", "text", "act"),
    [
        ("pa", "ਝੋਲਾ ਮੇਰੇ ਕੋਲ ਹੈ, ਇਸ ਵਿੱਚ ਪਾ ਦਿਓ", "have_bag"),
        ("hi", "bhaiya jhola mere paas hai, isme daal do", "have_bag"),
        ("en", "no meter today — GPay or cash?", "pay_how"),
        ("en", "by the meter or not? cash or UPI?", "pay_how"),
        ("hi", "मीटर चालू करूँ या नहीं? कैश या यूपीआई?", "pay_how"),
        ("en", "no UPI here, cash", "pay_cash"),
        ("hi", "यूपीआई नहीं चलेगा, कैश", "pay_cash"),
    ],
)
def test_a_bag_had_and_a_no_said_of_the_meter(language: str, text: str, act: str) -> None:
    assert act_of(text, language) == act
