"""The main act of a line that says two: "anything else?" over a claim said with it, a
taste offered over the flavour it names, a claim of taste over another's coming back,
and goods finished over the ones still there (`audio.market`)."""

from __future__ import annotations

import pytest

from audio.market import market_act


def heard(text: str, language: str) -> str | None:
    act = market_act(text, language)
    return act.act if act is not None else None


@pytest.mark.parametrize(
    ("text", "language", "act"),
    [
        ("what else, sir? the mutton is fresh today too", "en", "anything_else"),
        ("और कुछ दीदी? मछली भी आज ताज़ी है", "hi", "anything_else"),
        ("வேற என்ன வேணும்? மீனும் இன்னைக்கு ஃப்ரெஷ்", "ta", "anything_else"),
        ("try one first, lovely sweet and sour", "en", "taste"),
        ("एक चख के देखो, खट्टी मीठी है", "hi", "taste"),
        ("ಒಂದು ರುಚಿ ನೋಡಿ, ಹುಳಿ ಸಿಹಿ ಇದೆ", "kn", "taste"),
        ("ఈ మామిడి చాలా తియ్యగా ఉంటుంది", "te", "claim_sweet"),
        ("खाऊन बघा, असली आंबट-गोड कुठेच मिळणार नाही", "mr", "taste"),
        ("मेथी खत्म, बस पालक और सोया है", "hi", "out_of_stock"),
        ("পালং শেষ, শুধু লাউ আছে", "bn", "out_of_stock"),
    ],
)
def test_the_main_act_is_heard(text: str, language: str, act: str) -> None:
    assert heard(text, language) == act


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ఈ దోసె ఒక్కసారి తిన్నవాళ్ళు మళ్ళీ వస్తారు", "te"),
        ("हा वडा एकदा खाल्ला की माणूस परत येतो", "mr"),
    ],
)
def test_an_eater_coming_again_is_not_the_speaker_coming_back(text: str, language: str) -> None:
    assert heard(text, language) != "come_back_later"
