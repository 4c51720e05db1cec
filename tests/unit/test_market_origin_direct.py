"""Goods said to come straight from the farmer, or straight from the mandi or the market
yard, claim where they come from (`claim_origin`); brought from the mandi this morning
with a word of freshness they are the freshness claim, as before."""

from __future__ import annotations

import pytest

from audio.market import market_act


def heard(text: str, language: str) -> str | None:
    act = market_act(text, language)
    return act.act if act else None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("the cabbage comes direct from the farmers in Ooty", "en"),
        ("ये गोभी किसानों से सीधी आती है", "hi"),
        ("இந்த முட்டைகோஸ் விவசாயிகிட்ட இருந்து நேரா வருது", "ta"),
        ("ఈ క్యాబేజీ రైతుల దగ్గర్నుంచి వస్తుంది", "te"),
        ("এই বাঁধাকপি চাষির কাছ থেকে সোজা আসে", "bn"),
        ("ही कोबी शेतकऱ्यांकडून थेट येते", "mr"),
        ("આ કોબી ખેડૂતો પાસેથી સીધી આવે છે", "gu"),
        ("ಈ ಎಲೆಕೋಸು ರೈತರಿಂದ ನೇರವಾಗಿ ಬರುತ್ತೆ", "kn"),
        ("ഈ കാബേജ് കർഷകരിൽ നിന്ന് നേരിട്ട് വരുന്നതാ", "ml"),
        ("ਇਹ ਗੋਭੀ ਕਿਸਾਨਾਂ ਤੋਂ ਸਿੱਧੀ ਆਉਂਦੀ ਹੈ", "pa"),
        ("ye gobhi seedha mandi se aayi hai", "hi"),
    ],
)
def test_straight_from_the_farmer_or_mandi_is_the_origin(text: str, language: str) -> None:
    assert heard(text, language) == "claim_origin"


def test_from_the_mandi_this_morning_and_fresh_is_the_freshness() -> None:
    assert heard("गोभी सुबह मंडी से आई है, एकदम ताज़ी", "hi") == "claim_fresh"
