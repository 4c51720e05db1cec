"""Cooking that turns out tasty is no ripeness, "like new" after a repair is thanks,
weighing properly said by looking at the scale, stale meat "yesterday's", and "this
morning" or "customers" in small talk (`audio.market`)."""

from __future__ import annotations

import asyncio

import pytest

from audio.interpret import interpret
from audio.market import market_act
from audio.phrasebook import PhrasebookMT


def heard(text: str, language: str) -> str | None:
    act = market_act(text, language)
    return act.act if act is not None else None


@pytest.mark.parametrize(
    ("text", "language", "act"),
    [
        ("भाभी, ये बकरा धीमी आंच पे पकाना, स्वादिष्ट बनेगा", "hi", "claim_sweet"),
        ("आम पका है क्या?", "hi", "is_ripe"),
        ("மீன் குழம்பு வெச்சா செம டேஸ்ட் அக்கா", "ta", "claim_sweet"),
        ("நன்றி தம்பி, குடை புதுசு மாதிரி ஆயிடுச்சு", "ta", "thanks"),
        ("ozhunga edai podunga akka, mul nikkala", "ta", "weigh_properly"),
        ("ಅಣ್ಣ ತಕ್ಕಡಿ ಸರಿಯಾಗಿ ನೋಡಿ", "kn", "weigh_properly"),
        ("हा मासा कालचं आहे का?", "mr", "quality_old"),
        ("ਇਹ ਮੱਛੀ ਕੱਲ੍ਹ ਦੀ ਹੈ?", "pa", "quality_old"),
        ("মাছটা আজ সকালে এসেছে, একদম টাটকা", "bn", "claim_fresh"),
        ("ਮੈਂ ਤੁਹਾਡਾ ਪੁਰਾਣਾ ਗਾਹਕ ਹਾਂ ਜੀ", "pa", "regular_customer"),
        ("ബാഗ് ഇത്ര വിലയോ ചേട്ടാ?", "ml", "too_expensive"),
    ],
)
def test_the_act_is_heard(text: str, language: str, act: str) -> None:
    assert heard(text, language) == act


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("आज सुबह पानी नहीं आया भाई", "hi"),
        ("আজ সকালে খবরে দেখলাম", "bn"),
        ("ਅੱਜਕੱਲ੍ਹ ਗਾਹਕ ਘੱਟ ਹੀ ਆਉਂਦੇ", "pa"),
        ("ಈಗ ಗಿರಾಕಿ ಕಡಿಮೆ ಸ್ವಾಮಿ", "kn"),
    ],
)
def test_small_talk_is_no_act(text: str, language: str) -> None:
    assert heard(text, language) is None


def test_so_pricey_for_a_bag_is_said_as_the_complaint() -> None:
    got = asyncio.run(
        interpret(
            "eto daam? ekta bag?", source="bn", target="en", speaker="customer", mt=PhrasebookMT()
        )
    )
    assert got.market is not None and got.market.act == "too_expensive"
