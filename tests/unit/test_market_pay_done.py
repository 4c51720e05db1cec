"""A way to pay said with a past verb of doing, giving or sending is the money sent,
for the listener to check; the same way said with a present or future verb is how the
speaker will pay, and one refused is none."""

from __future__ import annotations

import pytest

from audio.market import market_act


def heard(text: str, language: str) -> str | None:
    act = market_act(text, language)
    return act.act if act else None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("I sent it on PhonePe a minute ago", "en"),
        ("Transferred through UPI, see", "en"),
        ("भैया गूगल पे से पेमेंट कर दी है", "hi"),
        ("cash to de diya tha na maine", "hi"),
        ("গুগল পে করেছি দাদা", "bn"),
        ("गूगल पे केलंय दादा", "mr"),
        ("ગૂગલ પે કર્યું છે ભાઈ", "gu"),
        ("ਗੂਗਲ ਪੇ ਕੀਤਾ ਹੈ ਜੀ", "pa"),
        ("ஆன்லைன்ல பண்ணியாச்சு அண்ணா", "ta"),
        ("గూగుల్ పే చేశా అన్నా", "te"),
        ("ಗೂಗಲ್ ಪೇ ಮಾಡಿದೀನಿ ಸಾರ್", "kn"),
        ("ഫോൺപേ ചെയ്തു ചേട്ടാ", "ml"),
    ],
)
def test_a_way_to_pay_done_is_the_money_sent(text: str, language: str) -> None:
    assert heard(text, language) == "paid_check"


@pytest.mark.parametrize(
    ("text", "language", "act"),
    [
        ("I'll do PhonePe for this", "en", "pay_upi"),
        ("गूगल पे कर दूँ?", "hi", "pay_upi"),
        ("গুগল পে করছি", "bn", "pay_upi"),
        ("ஜிபே பண்றேன் அண்ணா", "ta", "pay_upi"),
        ("గూగుల్ పే చేస్తా", "te", "pay_upi"),
        ("ಗೂಗಲ್ ಪೇ ಮಾಡ್ತೀನಿ", "kn", "pay_upi"),
        ("ഗൂഗിൾ പേ ചെയ്യട്ടെ?", "ml", "pay_upi"),
        # the verb in another clause does not reach back
        ("I did the shopping already. PhonePe ok?", "en", "pay_how"),
    ],
)
def test_a_way_to_pay_to_come_is_how_the_speaker_pays(text: str, language: str, act: str) -> None:
    assert heard(text, language) == act
