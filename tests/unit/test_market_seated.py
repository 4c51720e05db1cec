"""A wait asked by seating ("sit a moment, his shave is nearly done", "बैठिए, इनकी दाढ़ी
बस हो गई", "একটু বসুন দাদা") is `wait`, the other customer's work said done its turn's
end, while a host's "sit, have tea", a welcome or "sit, what will you have?" ask no wait."""

from __future__ import annotations

import pytest

from audio.market import market_act


def heard(text: str, language: str) -> str | None:
    act = market_act(text, language)
    return act.act if act else None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("बैठिए भाई साहब, बस इनका हो गया", "hi"),
        ("baithiye aunty, bas ek blouse aur", "hi"),
        ("please sit, your turn is next", "en"),
        ("have a seat, I'll take you after this gentleman", "en"),
        ("ಕೂತ್ಕೊಳ್ಳಿ ಅಕ್ಕ, ಇವರದು ಆದ ಮೇಲೆ ನಿಮ್ದೇ", "kn"),
        ("একটু বসো ভাই", "bn"),
        ("కాసేపు కూర్చోండి మేడం", "te"),
        ("உட்காருங்க சார், இவருக்கு முடிஞ்சதும் உங்களுக்கு", "ta"),
        ("बसा जरा, यांचं झालं की तुमचं", "mr"),
        ("ഒന്ന് ഇരിക്കൂ ചേട്ടാ, ഇപ്പോ കഴിയും", "ml"),
        ("બેસો ને બેન, આમનું પતે એટલે તમારું", "gu"),
        ("ਬੈਠੋ ਜੀ, ਇਹਨਾਂ ਦੀ ਬੱਸ ਹੋ ਗਈ", "pa"),
    ],
)
def test_seating_asks_to_wait(text: str, language: str) -> None:
    assert heard(text, language) == "wait"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("बैठिए, चाय पीजिए, मीठी अदरक वाली चाय है।", "hi"),
        ("बसा, चहा घ्या, गोड चहा आहे.", "mr"),
        ("বসুন, কী নেবেন?", "bn"),
        ("ऑटो में बैठो", "hi"),
        ("sit properly on the stool", "en"),
    ],
)
def test_hospitality_or_a_place_to_sit_asks_no_wait(text: str, language: str) -> None:
    assert heard(text, language) != "wait"
