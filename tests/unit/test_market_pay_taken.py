"""Ways to pay as the act list says them: "do you take card?" is `pay_card`, "do you take
UPI?" or "do you take cash?" asks which ways the stall takes (`pay_how`); a way to pay
run out of ("I've run out of cash") is the reason for another, and no goods finished."""

from __future__ import annotations

import pytest

from audio.market import market_act


def heard(text: str, language: str) -> str | None:
    act = market_act(text, language)
    return act.act if act else None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Will you take PhonePe, sir?", "en"),
        ("Do you accept cash?", "en"),
        ("भैया, गूगल पे लोगे?", "hi"),
        ("அண்ணா, போன்பே எடுப்பீங்களா?", "ta"),
        ("ఫోన్‌పే తీసుకుంటారా సార్?", "te"),
        ("দাদা, গুগল পে নেবেন?", "bn"),
        ("फोनपे घेणार का दादा?", "mr"),
        ("ગૂગલ પે લેશો ભાઈ?", "gu"),
        ("ಗೂಗಲ್ ಪೇ ತಗೊಳ್ತೀರಾ ಅಣ್ಣ?", "kn"),
        ("ചേട്ടാ, ഫോൺപേ എടുക്കുമോ?", "ml"),
        ("ਵੀਰ ਜੀ, ਗੂਗਲ ਪੇ ਲਓਗੇ?", "pa"),
    ],
)
def test_a_way_other_than_card_asked_taken_asks_how_to_pay(text: str, language: str) -> None:
    assert heard(text, language) == "pay_how"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Will you take a debit card? My cash ran out", "en"),
        ("कार्ड लेते हो? नकद खत्म हो गया", "hi"),
        ("கார்டு எடுப்பீங்களா? காசு தீர்ந்து போச்சு", "ta"),
        ("কার্ড নেবেন? ক্যাশ ফুরিয়ে গেছে", "bn"),
        ("कार्ड चालेल का? रोख संपली", "mr"),
        ("ಕಾರ್ಡ್ ತಗೋತೀರಾ? ಕ್ಯಾಶ್ ಖಾಲಿ", "kn"),
        ("കാർഡ് എടുക്കുമോ? ക്യാഷ് തീർന്നു", "ml"),
    ],
)
def test_card_asked_with_cash_run_out_is_card(text: str, language: str) -> None:
    assert heard(text, language) == "pay_card"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The carrots ran out early today", "en"),
        ("गाजर खत्म हो गई", "hi"),
        ("Can I pay by PhonePe?", "en"),
        ("फोनपे चलेगा? नकद कम है", "hi"),
    ],
)
def test_goods_run_out_and_a_way_offered_stand(text: str, language: str) -> None:
    assert heard(text, language) in {"out_of_stock", "pay_how"}
