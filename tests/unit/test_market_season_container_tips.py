"""Goods sold out in a season or down to one size, a container brought from home, damage
and old stock, a cooking tip's praise, fish from the boat or the seller's own beach, and
a handful more: understood as the act they are, with look-alikes that stay what they
are."""

from __future__ import annotations

import asyncio

import pytest

from audio.interpret import interpret
from audio.market import market_act
from audio.phrasebook import PhrasebookMT


def _act(text: str, language: str) -> str | None:
    found = market_act(text, language)
    return found.act if found is not None else None


@pytest.mark.parametrize(
    ("text", "language", "act"),
    [
        ("in the Diwali season every big lamp went, not one left", "en", "out_of_stock"),
        ("होली के दिनों में सारी पिचकारियाँ बिक गईं, एक भी नहीं बची", "hi", "out_of_stock"),
        ("ಹಬ್ಬದ ಸೀಸನ್‌ನಲ್ಲಿ ಎಲ್ಲಾ ದೀಪ ಖಾಲಿ ಆಯ್ತು", "kn", "out_of_stock"),
        ("घर से बरनी लाई हूँ, अचार इसमें भर दो", "hi", "have_bag"),
        ("ನಾನು ಡಬ್ಬಿ ತಂದಿದ್ದೀನಿ, ಹಲ್ವಾ ಇದರಲ್ಲೇ ಹಾಕಿ", "kn", "have_bag"),
        ("the seam has come undone on this kurta", "en", "quality_soft"),
        ("ये बिस्कुट महीनों से पड़े लगते हैं", "hi", "quality_old"),
        ("fry it in ghee, it turns out super", "en", "claim_sweet"),
        ("ಶುದ್ಧ ತುಪ್ಪ, ಬೆರಳು ನೆಕ್ಕ್ಕೊಂಡು ತಿಂತೀರಿ", "kn", "claim_sweet"),
        ("prawns straight from the boat, dried on our own beach", "en", "claim_origin"),
        ("ਇਹ ਮੱਛੀ ਸਿੱਧੀ ਕਿਸ਼ਤੀ ਤੋਂ ਆਈ ਹੈ", "pa", "claim_origin"),
        ("আরও এক মুঠো দিন দাদা", "bn", "ask_extra"),
    ],
)
def test_said_as_the_act(text: str, language: str, act: str) -> None:
    assert _act(text, language) == act


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("the wedding season is over now", "en"),
        ("शादी का सीज़न ख़त्म हो गया", "hi"),
        ("Diwali is over, all the lamps are gone", "en"),
        ("I'll bring a box from home tomorrow", "en"),
        ("कल घर से डिब्बा ले आऊँगी", "hi"),
        ("how do I fry it so it turns out super?", "en"),
        ("गोडाऊनमधून आणतो", "mr"),
    ],
)
def test_look_alikes_say_no_act(text: str, language: str) -> None:
    assert _act(text, language) is None


def test_a_container_not_brought_asks_for_a_bag() -> None:
    assert _act("डिब्बा नहीं लाई, एक थैली दे दो", "hi") == "give_bag"


def test_goods_dried_up_are_still_old() -> None:
    assert _act("सब सूख गए", "hi") == "quality_old"


def _received(text: str, language: str) -> tuple[str | None, int | None]:
    result = asyncio.run(
        interpret(text, source=language, target="en", speaker="vendor", mt=PhrasebookMT())
    )
    market = result.market.act if result.market is not None else None
    return market, result.act.amount_paise if result.act is not None else None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("তিরিশ সাইজ শেষ, শুধু চৌত্রিশ আছে", "bn"),
        ("நாப்பது சைஸ் முடிஞ்சுது, நாப்பத்திரெண்டு தான் இருக்கு", "ta"),
        ("ਤੀਹ ਨੰਬਰ ਮੁੱਕ ਗਿਆ, ਬੱਸ ਚੌਂਤੀ ਪਿਆ ਹੈ", "pa"),
    ],
)
def test_the_size_left_after_one_finished_is_no_price(text: str, language: str) -> None:
    assert _received(text, language) == ("out_of_stock", None)


def test_a_price_said_beside_a_size_stands() -> None:
    assert _received("size 8 chappal, 200 dunga", "hi") == (None, 20000)
