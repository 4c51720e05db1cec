"""The speaker's coming back for the goods: "having come" with their own taking after it
("शाम को आकर ले जाऊँगा"), or their coming after something done first ("खाना बनाकर
आती हूँ", "রান্না করে আসছি"), is `come_back_later`; another's taking, a call to come and
see, and a plain "I'll go and come" are not."""

from __future__ import annotations

import pytest

from audio.market import market_act


def heard(text: str, language: str) -> str | None:
    act = market_act(text, language)
    return act.act if act else None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("I'll come by after work and take the mangoes", "en"),
        ("ऑफ़िस से आकर आम ले जाऊँगी", "hi"),
        ("bank ka kaam karke aata hoon", "hi"),
        ("வேலை முடிச்சிட்டு வந்து மாம்பழம் வாங்கிக்கறேன்", "ta"),
        ("ఆఫీస్ అయ్యాక వచ్చి మామిడిపండ్లు తీసుకెళ్తా", "te"),
        ("অফিস সেরে এসে আম নিয়ে যাব", "bn"),
        ("बँकेचं काम करून येतो", "mr"),
        ("ઓફિસથી આવીને કેરી લઈ જઈશ", "gu"),
        ("ಕೆಲಸ ಮುಗಿಸಿ ಬಂದು ಮಾವಿನಹಣ್ಣು ತಗೋತೀನಿ", "kn"),
        ("ജോലി കഴിഞ്ഞ് വന്ന് മാങ്ങ വാങ്ങിക്കോളാം", "ml"),
        ("ਦਫ਼ਤਰੋਂ ਆ ਕੇ ਅੰਬ ਲੈ ਜਾਵਾਂਗੀ", "pa"),
    ],
)
def test_coming_back_for_the_goods_is_come_back_later(text: str, language: str) -> None:
    assert heard(text, language) == "come_back_later"


@pytest.mark.parametrize(
    ("text", "language", "act"),
    [
        ("சரி, போயிட்டு வரேன்", "ta", "goodbye"),
        ("आकर देखो भैया, एकदम ताज़ा", "hi", "claim_fresh"),
    ],
)
def test_other_comings_keep_their_act(text: str, language: str, act: str) -> None:
    assert heard(text, language) == act


def test_another_taking_is_no_coming_back() -> None:
    assert heard("मेरा बेटा आकर ले जाएगा", "hi") != "come_back_later"
