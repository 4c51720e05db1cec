"""Kin asked after in a town, prices told as news and a house called old are small talk;
another shade asked is `show_another`; loose oil asks for the oil; a hire's rent on a
count taken is the bulk rate, a fare asked with "what will you take" the price question;
goods weighed out with a verb of another sense are weighed."""

from __future__ import annotations

import asyncio

import pytest

from audio.interpret import interpret
from audio.market import market_act
from audio.market.shade_asked import shade_asked
from audio.phrasebook import PhrasebookMT


def _act(text: str, language: str) -> str | None:
    found = market_act(text, language)
    return found.act if found is not None else None


def _received(text: str, language: str) -> tuple[str | None, str | None, int | None]:
    """(market act, price act kind, amount) the listener receives."""
    target = "hi" if language == "en" else "en"
    result = asyncio.run(
        interpret(text, source=language, target=target, speaker="customer", mt=PhrasebookMT())
    )
    market = result.market.act if result.market is not None else None
    kind = result.act.kind.value if result.act is not None else None
    amount = result.act.amount_paise if result.act is not None else None
    return market, kind, amount


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("kn", "ನಿಮ್ಮ ಅಕ್ಕ ಇನ್ನೂ ಮೈಸೂರಲ್ಲಿ ಇದ್ದಾರಾ?"),
        ("ml", "അനിയൻ ഇപ്പോഴും മൂന്നാറിൽ ഉണ്ടോ?"),
        ("te", "మీ అక్క ఇంకా గుంటూరులో ఉందా?"),
        ("hi", "आपका बेटा अभी भी नासिक में है?"),
        ("en", "Is your daughter still in Ooty?"),
    ],
)
def test_kin_still_in_a_town_is_small_talk(language: str, text: str) -> None:
    assert _received(text, language) == (None, None, None)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ta", "அக்கா, இன்னும் தக்காளி இருக்கா?"),
        ("kn", "ಅಣ್ಣ, ಇನ್ನೂ ಟೊಮೆಟೊ ಇದೆಯಾ?"),
    ],
)
def test_kin_called_before_a_pause_still_asks_for_goods(language: str, text: str) -> None:
    assert _act(text, language) == "have_it"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hi", "चीनी के दाम फिर बढ़ गए हैं"),
        ("mr", "डाळीचे भाव पुन्हा वाढलेत"),
        ("ta", "பருப்பு விலை மறுபடியும் ஏறிடுச்சு"),
        ("pa", "ਦਾਲ ਦਾ ਭਾਅ ਫੇਰ ਵਧ ਗਿਆ"),
    ],
)
def test_prices_told_as_news_ask_no_price(language: str, text: str) -> None:
    assert _received(text, language) == (None, None, None)


def test_a_price_told_with_the_news_stays() -> None:
    assert _received("दाम बढ़ गए हैं, अब साठ का है", "hi")[2] == 6000


def test_a_discount_asked_is_no_news() -> None:
    assert _act("भाव थोड़ा कम करो", "hi") == "ask_discount"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hi", "पुरानी छत की मरम्मत करवानी है"),
        ("mr", "जुन्या भिंतीचा रंग उडालाय"),
        ("bn", "পুরোনো দেয়ালটা ভেঙে পড়েছে"),
    ],
)
def test_an_old_house_is_small_talk(language: str, text: str) -> None:
    assert _act(text, language) is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hi", "यही साड़ी गहरे हरे रंग में दिखाइए"),
        ("en", "Do you have this in a lighter shade? Show me"),
        ("ta", "இதே சேலை லைட் கலர்ல காட்டுங்க"),
        ("kn", "ಇದೇ ಶರ್ಟ್ ತಿಳಿ ನೀಲಿ ಬಣ್ಣದಲ್ಲಿ ತೋರಿಸಿ"),
        ("pa", "ਇਹੀ ਕੁੜਤਾ ਹਲਕੇ ਰੰਗ ਵਿੱਚ ਦਿਖਾਓ"),
    ],
)
def test_another_shade_asked_is_show_another(language: str, text: str) -> None:
    assert _act(text, language) == "show_another"


def test_light_said_of_weight_names_no_shade() -> None:
    assert shade_asked(["हल्का", "वाला", "बैग", "दिखाओ"], "hi") is None
    assert shade_asked(["रंग", "फीका", "पड़", "गया"], "hi") is None
    assert shade_asked(["हल्के", "नीले", "रंग", "में", "दिखाओ"], "hi") is not None


def test_loose_groundnut_oil_asks_for_the_oil() -> None:
    assert _act("છૂટું સીંગતેલ આપશો?", "gu") != "need_change"
    assert _act("છૂટા છે? પાંચસોની નોટ છે", "gu") == "need_change"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hi", "चार सौ कुर्सियाँ लूँ तो किराया क्या लगेगा?"),
        ("mr", "तीनशे खुर्च्या घेतल्या तर भाडं किती होईल?"),
    ],
)
def test_a_hire_counted_on_a_condition_is_the_bulk_rate(language: str, text: str) -> None:
    assert _received(text, language) == ("bulk_price", None, None)


def test_a_fare_asked_with_what_will_you_take_is_the_price_question() -> None:
    assert _act("ਸਟੇਸ਼ਨ ਤੱਕ ਕੀ ਲਵੇਂਗਾ?", "pa") == "ask_price"


@pytest.mark.parametrize(
    ("language", "text", "act"),
    [
        ("mr", "एक किलो साखर मोजून द्या", "weigh_it"),
        ("ta", "கால் கிலோ இஞ்சி நிறுத்துப் போடுங்க", "weigh_it"),
        ("ta", "ஆட்டோவை இங்க நிறுத்துங்க", None),
        ("mr", "पैसे मोजून घ्या", None),
    ],
)
def test_goods_weighed_out(language: str, text: str, act: str | None) -> None:
    assert _act(text, language) == act
