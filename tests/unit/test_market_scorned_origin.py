"""A price asked back as "this much?" and scorned is too expensive (`audio.market.much_scorned`),
with no offer of a sum echoed after a cry of dismay; goods from a state, a port or one's own
land claim their origin (`audio.market.origin_told`); a festival rush sells goods out
(`audio.market.season_gone`); "we'll see later" said with a leaving is a goodbye, no refusal
(`audio.market.leave_taken`)."""

from __future__ import annotations

import asyncio

import pytest

from audio.interpret import interpret
from audio.market import market_act
from audio.phrasebook import PhrasebookMT


def _act(text: str, language: str) -> str | None:
    found = market_act(text, language)
    return found.act if found else None


@pytest.mark.parametrize(
    ("language", "text", "act"),
    [
        ("ta", "அய்யோ, இவ்வளவா? போன வாரம் இதை விட கம்மி", "too_expensive"),
        ("mr", "एवढं भाडं? पलीकडे स्वस्त आहे", "too_expensive"),
        ("pa", "ਇੰਨਾ ਕਿਰਾਇਆ? ਇਹ ਤਾਂ ਹੱਦ ਹੋ ਗਈ", "too_expensive"),
        ("ml", "ഇത്രയും കാശോ? ബസ് സ്റ്റാൻഡിനടുത്തുള്ള കടയിൽ കുറവാണ്", "too_expensive"),
        ("hi", "इतना? थोड़ा कम करो", "ask_discount"),
        ("ta", "இவ்வளவு தானா? கம்மியா இருக்கு", None),
        ("en", "so much rain this year? the crop is less", None),
        ("te", "ఈ ముక్కుపుడకలు జైపూర్ నుంచి తెచ్చాను", "claim_origin"),
        ("hi", "ये झींगे बंदर से सीधे आए हैं", "claim_origin"),
        ("bn", "আমাদের নিজেদের জঙ্গলের মধু", "claim_origin"),
        ("hi", "इस साल बंदर सारे आम खा गए", None),
        ("hi", "मैं राजस्थान से हूँ, यहाँ बीस साल से दुकान है", None),
        ("pa", "ਮੇਰੀ ਨੂੰਹ ਕੱਲ੍ਹ ਲੁਧਿਆਣੇ ਤੋਂ ਆਉਂਦੀ ਪਈ", None),
        ("hi", "दिवाली की भीड़ में सारे दीये खत्म हो गए", "out_of_stock"),
        ("ml", "കല്യാണ സീസണിൽ വലിയ പാത്രങ്ങളെല്ലാം പോയി, ഒന്നുപോലും ഇല്ല", "out_of_stock"),
        ("hi", "दिवाली की भीड़ में आना मुश्किल है", None),
        ("pa", "ਧੰਨਵਾਦ ਜੀ, ਚੰਗਾ ਫਿਰ", "goodbye"),
    ],
)
def test_act_heard(language: str, text: str, act: str | None) -> None:
    assert _act(text, language) == act


def _received(text: str, language: str) -> tuple[str | None, str | None, int | None]:
    result = asyncio.run(
        interpret(text, source=language, target="en", speaker="customer", mt=PhrasebookMT())
    )
    market = result.market.act if result.market is not None else None
    kind = result.act.kind.value if result.act is not None else None
    amount = result.act.amount_paise if result.act is not None else None
    return market, kind, amount


def test_sum_echoed_after_dismay_is_no_offer() -> None:
    assert _received("काय बोलताय, तीनशे रुपये डझन?", "mr") == ("too_expensive", None, None)


def test_see_later_with_leaving_is_goodbye() -> None:
    assert _received("சரி மா, அப்புறம் பாக்கலாம், போயிட்டு வரேன்", "ta")[:2] == ("goodbye", None)


def test_refusal_with_leaving_still_refuses() -> None:
    assert _received("வேண்டாம், அப்புறம் பாக்கலாம், போயிட்டு வரேன்", "ta")[1] == "reject"
