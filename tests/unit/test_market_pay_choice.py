"""Two ways to pay offered as a choice with a word for "or" ask how to pay, though one of
them is asked whether it will do ("PhonePe ok, or cash?"); one way asked alone, or
asked with another refused, asks whether the stall takes it (how to pay), and card asked
over "only cash" is card."""

from __future__ import annotations

import pytest

from audio.market import market_act
from audio.market.pay_choice import offered_choice


def heard(text: str, language: str) -> str | None:
    act = market_act(text, language)
    return act.act if act else None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Is GPay fine with you, or only cash?", "en"),
        ("paytm chalega ya cash hi dena padega?", "hi"),
        ("অনলাইন চলবে নাকি নগদ লাগবে?", "bn"),
        ("phonepe chalel ki rokh pahije?", "mr"),
        ("ઓનલાઇન ચાલશે કે રોકડા જ?", "gu"),
        ("ਔਨਲਾਈਨ ਚੱਲੂ ਜਾਂ ਨਕਦ ਹੀ?", "pa"),
        ("ஆன்லைன் ஓகேவா அல்லது காசா?", "ta"),
        ("ఆన్లైన్ పర్లేదా లేదా క్యాష్ కావాలా?", "te"),
        ("ಆನ್ಲೈನ್ ಆಗುತ್ತಾ ಅಥವಾ ಕ್ಯಾಶ್ ಬೇಕಾ?", "kn"),
        ("ഓൺലൈൻ മതിയോ അതോ ക്യാഷ് വേണോ?", "ml"),
    ],
)
def test_a_way_asked_or_another_asks_how_to_pay(text: str, language: str) -> None:
    assert heard(text, language) == "pay_how"


@pytest.mark.parametrize(
    ("text", "language", "act"),
    [
        ("GPay ok? I don't have cash", "en", "pay_how"),
        ("online chalega? cash kam hai", "hi", "pay_how"),
        ("card chalega ya sirf cash?", "hi", "pay_card"),
        ("ஜிபே ஓகேவா? காசு இல்ல", "ta", "pay_how"),
        # a word for "or" that also says no, ending its clause, says no
        ("ಕ್ಯಾಶ್ ಇಲ್ಲ, ಫೋನ್‌ಪೇ ಆಗುತ್ತಾ?", "kn", "pay_how"),
    ],
)
def test_a_way_asked_alone_asks_whether_it_is_taken(text: str, language: str, act: str) -> None:
    assert heard(text, language) == act


def test_or_stands_between_the_two_ways() -> None:
    words = ["gpay", "chalega", "ya", "cash"]
    assert offered_choice(words, [(0, 1), (3, 4)], "hi")
    assert not offered_choice(["ya", "gpay", "chalega", "cash"], [(1, 2), (3, 4)], "hi")
