"""An hour said at a stall is no price, and the counts of a bulk question are no offer.

"The van was in by six forty", "the catch landed at 4.30", "ಬೋಟ್ 4.30 ಕ್ಕೆ ಬಂತು": a
clock time beside a verb of coming (past as well as present), a part of the day or "by"
names when, and reaches the listener as the act the line says ("fresh, landed at six
thirty" is a freshness claim) or relayed. "80 coconuts and 5 kg jaggery for a
housewarming, what's the wholesale rate?" asks the bulk rate: the numbers count goods."""

from __future__ import annotations

import pytest

from audio.interpret import interpret
from audio.phrasebook import PhrasebookMT
from audio.understanding import understand


async def _heard(text: str, language: str, speaker: str = "vendor"):  # type: ignore[no-untyped-def]
    target = "hi" if language == "en" else "en"
    return await interpret(text, source=language, target=target, speaker=speaker, mt=PhrasebookMT())


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The van was in by six forty."),
        ("en", "Our tempo got here by seven fifteen."),
        ("en", "The trawler docked at five twenty this morning."),
        ("en", "The catch landed at 4.30."),
        ("en", "The lorry came at half past three."),
        ("kn", "ಲಾರಿ 5.45 ಕ್ಕೆ ಬಂತು"),
        ("ml", "ലോറി 6.20 ന് എത്തി"),
        ("bn", "ভোর ৫.১৫ এ ট্রাক এসেছে"),
        ("mr", "टेम्पो पहाटे 4.45 ला आला"),
        ("hi", "ट्रक तड़के 4.15 को आया"),
    ],
)
async def test_an_hour_of_coming_is_no_price(language: str, text: str) -> None:
    result = await _heard(text, language)
    assert result.act is None
    assert result.understanding.amount_paise is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Fresh pomfret, the boat landed at five ten this morning."),
        ("en", "All fresh, the crates came in at six thirty."),
    ],
)
async def test_a_claim_with_an_hour_is_the_claim(language: str, text: str) -> None:
    result = await _heard(text, language)
    assert result.act is None
    assert result.market is not None and result.market.act == "claim_fresh"


@pytest.mark.parametrize(
    ("text", "paise"),
    [
        ("two fifty a kilo", 250_00),
        ("give it for four thirty", 430_00),
        ("four thirty final", 430_00),
        ("ok, six forty five, I'll take it", 645_00),
    ],
)
def test_a_price_in_the_same_words_stays(text: str, paise: int) -> None:
    assert understand(text, language="en").amount_paise == paise


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "80 coconuts and 5 kg jaggery for a housewarming, what's the wholesale rate?"),
        ("en", "I want 60 diyas and 4 kg wicks, what is your bulk rate?"),
        ("gu", "૪૦ નાળિયેર અને ૩ કિલો ગોળ જોઈએ, જથ્થાબંધ શું ભાવ?"),
        ("mr", "६० नारळ आणि ३ किलो गूळ, घाऊक भाव काय?"),
        ("hi", "200 दीये और 2 किलो बत्ती चाहिए, थोक में क्या रेट?"),
    ],
)
async def test_the_counts_of_a_bulk_question_are_no_offer(language: str, text: str) -> None:
    result = await _heard(text, language, "customer")
    assert result.act is None
    assert result.market is not None and result.market.act == "bulk_price"


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("en", "wholesale, 150 a kilo, ok?", 150_00),
        ("hi", "थोक में 40 रुपये किलो दोगे?", 40_00),
    ],
)
async def test_a_bulk_rate_named_stays_a_price(language: str, text: str, paise: int) -> None:
    result = await _heard(text, language, "customer")
    assert result.act is not None and result.act.amount_paise == paise
