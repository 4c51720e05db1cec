"""A bag said not brought ("थैला नहीं लाया", "થેલી નથી લાવ્યો") is a bag needed: the "no"
denies the bringing, not the bag, so it is no bag refused (`have_bag`); so is one asked
with "can I have"."""

from __future__ import annotations

import pytest

from audio.market import market_act


def heard(text: str, language: str) -> str | None:
    act = market_act(text, language)
    return act.act if act else None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("हम थैली नहीं लाए, एक पन्नी दे देना", "hi"),
        ("jhola nahi laya bhaiya, panni de do", "hi"),
        ("મેં થેલો નથી લાવ્યો", "gu"),
        ("kothli nathi lavi, ek aapo ne", "gu"),
        ("ਮੈਂ ਝੋਲਾ ਨਹੀਂ ਲਿਆਂਦਾ, ਲਿਫ਼ਾਫ਼ਾ ਦਿਓ", "pa"),
        ("माझी पिशवी आणली नाही, एक पिशवी द्या", "mr"),
        ("থলে আনিনি দাদা, একটা ব্যাগ দিন", "bn"),
        ("பை எடுத்துட்டு வரல, கவர் குடுங்க", "ta"),
        ("బ్యాగ్ తెచ్చుకోలేదు, కవర్ ఇవ్వండి", "te"),
        ("ಬ್ಯಾಗ್ ತಂದಿಲ್ಲ, ಕವರ್ ಕೊಡಿ", "kn"),
        ("ബാഗ് എടുത്തില്ല, ഒരു കവർ തരൂ", "ml"),
        ("didn't bring my bag, can I have a cover?", "en"),
        ("could I have a carry bag, sir?", "en"),
    ],
)
def test_a_bag_not_brought_is_asked_for(text: str, language: str) -> None:
    assert heard(text, language) == "give_bag"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("थैली लाई हूँ, इसमें डाल दो", "hi"),
        ("થેલો સાથે લાવ્યો છું, એમાં મૂકી દો", "gu"),
        ("થેલી નથી જોઈતી, મારી પાસે છે", "gu"),
        ("पिशवी नको, माझ्याकडे आहे", "mr"),
        ("ਝੋਲਾ ਲਿਆਇਆ ਹਾਂ, ਇਸ ਵਿੱਚ ਪਾ ਦਿਓ", "pa"),
        ("no, no, I've brought a bag with me", "en"),
    ],
)
def test_a_bag_brought_or_refused_stays_had(text: str, language: str) -> None:
    assert heard(text, language) == "have_bag"
