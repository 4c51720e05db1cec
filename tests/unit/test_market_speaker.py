"""The speaker's own coming back is an act; another's coming (a truck, a brother, the
rain) is small talk, relayed as said."""

from __future__ import annotations

import pytest

from audio.lexicon import TokenKind, fold, tokenize
from audio.market import market_act
from audio.market.speaker import someone_else


def heard(text: str, language: str) -> str | None:
    act = market_act(text, language)
    return act.act if act else None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("the lorry will come in an hour, wait", "en"),
        ("गाड़ी एक घंटे में आ जाएगी", "hi"),
        ("சரக்கு நாளைக்கு வந்துடும்", "ta"),
        ("బండి గంటలో వస్తుంది అన్నా", "te"),
        ("মাল এক ঘণ্টা পরে আসবে", "bn"),
        ("गाडी तासाभरात येईल", "mr"),
        ("માલ કાલે આવશે", "gu"),
        ("ಗಾಡಿ ಒಂದು ಗಂಟೆಯಲ್ಲಿ ಬರ್ತದೆ", "kn"),
        ("വണ്ടി ഒരു മണിക്കൂറിൽ എത്തും", "ml"),
        ("ਗੱਡੀ ਘੰਟੇ ਨੂੰ ਆਵੇਗੀ", "pa"),
    ],
)
def test_another_coming_is_no_come_back_later(text: str, language: str) -> None:
    assert heard(text, language) != "come_back_later"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("my husband has the money, I'll come back in an hour", "en"),
        ("भाई, मैं घंटे भर में आता हूँ", "hi"),
        ("நான் நாளைக்கு வரேன் அண்ணா", "ta"),
        ("ಸರಿ ಅಣ್ಣ, ಸಂಜೆ ಬರ್ತೀನಿ", "kn"),
        ("ਠੀਕ ਹੈ ਵੀਰ ਜੀ, ਕੱਲ੍ਹ ਆਵਾਂਗਾ", "pa"),
    ],
)
def test_the_speaker_coming_stays_come_back_later(text: str, language: str) -> None:
    assert heard(text, language) == "come_back_later"


def test_a_term_of_address_names_no_other() -> None:
    words = [fold(t.norm) for t in tokenize("ભાઈ, પછી આવું") if t.kind is TokenKind.WORD]
    assert not someone_else(words, "gu")
