"""Market acts that share words with another: a packing request that names the shopper's
bag, two ways to pay asked as a question ("காசா இல்ல ஜிபேயா?"), a QR card beside a
wallet, a coconut asked mature, the harvest praised, a bag refused with "I have one"."""

from __future__ import annotations

import pytest

from audio.market import market_act


def heard(text: str, language: str) -> str | None:
    act = market_act(text, language)
    return act.act if act else None


@pytest.mark.parametrize(
    ("text", "language", "act"),
    [
        ("tie the chutney well, it must not spill in my bag", "en", "pack_it"),
        ("कढ़ी अच्छे से पैक कर दो, मेरे थैले में गिरे नहीं", "hi", "pack_it"),
        ("ರಸಂ ಚೆನ್ನಾಗಿ ಕಟ್ಟಿ ಕೊಡಿ, ನನ್ನ ಬ್ಯಾಗ್ ಒದ್ದೆ ಆಗಬಾರದು", "kn", "pack_it"),
        ("I have my own bag, no need", "en", "have_bag"),
    ],
)
def test_packing_leads_over_the_bag_it_goes_in(text: str, language: str, act: str) -> None:
    assert heard(text, language) == act


@pytest.mark.parametrize(
    ("text", "language", "act"),
    [
        ("ரொக்கமா இல்ல போன்பே-வா அண்ணா?", "ta", "pay_how"),
        ("காசு இல்ல, போன்பே பண்றேன்", "ta", "pay_upi"),
        ("cash or phonepe, sir?", "en", "pay_how"),
    ],
)
def test_two_ways_to_pay_in_a_question_ask_how(text: str, language: str, act: str) -> None:
    assert heard(text, language) == act


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("gpay karta hoon, QR wala card kaha rakha?", "hi"),
        ("I'll do phonepe, where's your QR card?", "en"),
        ("ஜிபே பண்றேன் அண்ணா, QR கார்டு எங்க வச்சிருக்கீங்க?", "ta"),
    ],
)
def test_a_qr_card_is_no_card_payment(text: str, language: str) -> None:
    assert heard(text, language) == "pay_upi"


@pytest.mark.parametrize(
    ("text", "language", "act"),
    [
        ("शहाळं जून आहे का हो?", "mr", "is_ripe"),
        ("ತೆಂಗಿನಕಾಯಿ ಬಲಿತಿದೆಯಾ?", "kn", "is_ripe"),
        ("ডাবটা ঝুনো নাকি, নরম শাঁস হবে?", "bn", "is_ripe"),
        ("हे जुने कांदे आहेत, वास येतो", "mr", "quality_old"),
    ],
)
def test_a_coconut_asked_mature_is_ripeness(text: str, language: str, act: str) -> None:
    assert heard(text, language) == act


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ਇਸ ਸਾਲ ਫਸਲ ਵਧੀਆ ਹੋਈ ਜੀ", "pa"),
        ("এবার ফসল ভালো হয়েছে, গ্রামের সবাই খুশি", "bn"),
        ("the crop was better than last year", "en"),
    ],
)
def test_the_harvest_praised_is_no_act(text: str, language: str) -> None:
    assert heard(text, language) is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("thaili mat dena bhaiya, mere paas jhola hai", "hi"),
        ("பை கொடுக்காதீங்க, என்கிட்ட கவர் இருக்கு", "ta"),
        ("ಕವರ್ ಕೊಡಬೇಡಿ, ಚೀಲ ತಂದಿದ್ದೀನಿ", "kn"),
    ],
)
def test_a_bag_refused_with_one_in_hand_is_have_bag(text: str, language: str) -> None:
    assert heard(text, language) == "have_bag"


def test_a_goodbye_after_a_comma_is_no_call_to_look() -> None:
    assert heard("ok didi, I'll come, see you later", "en") == "goodbye"
    assert heard("come see, fresh mangoes", "en") == "come_look"
