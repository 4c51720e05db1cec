"""An act said with its reason or its setting: a question answered by why ("a steel box? for
the festival"), goods named after an occasion ("wedding garlands"), a leaving before a
wedding, goods from the farmer's field, a farewell as the bus comes; what a place gives
that is no goods ("do you get network here?"), a stand sold as goods, and flowers or
leaves drooping as they wilt."""

from __future__ import annotations

import pytest

from audio.lexicon import TokenKind, tokenize
from audio.market import market_act
from audio.market.dried import wilted
from audio.market.have_place import place_asked
from audio.market.said_of import said_of_other


def folded(text: str) -> list[str]:
    return [t.norm for t in tokenize(text) if t.kind is TokenKind.WORD or t.norm == "?"]


def heard(text: str, language: str) -> str | None:
    act = market_act(text, language)
    return act.act if act else None


@pytest.mark.parametrize(
    ("text", "language", "act"),
    [
        ("ಕಾಪರ್ ಚೊಂಬು ಇದೆಯಾ? ಹಬ್ಬಕ್ಕೆ ಬೇಕು", "kn", "have_it"),
        ("மண் விளக்கு இருக்கா? பண்டிகைக்கு வாங்கணும்", "ta", "have_it"),
        ("మట్టి ప్రమిదలు ఉన్నాయా? పండగకి కావాలి అన్నా", "te", "have_it"),
        ("रंगोली के रंग मिलेंगे? त्योहार के लिए चाहिए", "hi", "have_it"),
        ("రండి అక్కా, చూడండి, పెళ్ళి గాజులు అన్నీ ఉన్నాయి", "te", "come_look"),
        ("आइए भाभी, देखिए, शादी की चूड़ियाँ सब हैं", "hi", "come_look"),
        ("ಬನ್ನಿ, ನೋಡಿ, ಮದುವೆ ಸೀರೆಗಳು ಎಲ್ಲಾ ಇವೆ", "kn", "come_look"),
        ("अच्छा चलती हूँ दीदी, शादी की तैयारी बाकी है", "hi", "goodbye"),
        ("ਚੰਗਾ ਭਾਜੀ, ਚੱਲਦੀ ਹਾਂ, ਵਿਆਹ ਦੀ ਤਿਆਰੀ ਕਰਨੀ ਹੈ", "pa", "goodbye"),
        ("এই কুমড়ো চাষির খেত থেকে নেওয়া", "bn", "claim_origin"),
        ("the tempo is coming, bye aunty", "en", "goodbye"),
        ("ಮೊಬೈಲ್ ಸ್ಟ್ಯಾಂಡ್ ಎರಡು ಇದೆಯಾ?", "kn", "have_it"),
        ("ടാബ്ലറ്റ് സ്റ്റാൻഡ് ഉണ്ടോ?", "ml", "have_it"),
        ("ફોન સ્ટેન્ડ છે?", "gu", "have_it"),
        ("these marigolds are drooping already", "en", "quality_old"),
        ("the coriander looks limp today", "en", "quality_old"),
    ],
)
def test_an_act_with_its_reason_or_setting_is_heard(text: str, language: str, act: str) -> None:
    assert heard(text, language) == act


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("do you get proper signal here?", "en"),
        ("do you get your salary on time here?", "en"),
        ("इस गली में नेटवर्क मिलता है?", "hi"),
        ("இந்த இடத்துல சிக்னல் கிடைக்குமா?", "ta"),
        ("ఈ ప్లేస్ లో సిగ్నల్ దొరుకుతుందా?", "te"),
        ("ಈ ಕಡೆ ನೆಟ್‌ವರ್ಕ್ ಸಿಗುತ್ತಾ?", "kn"),
        ("इकडे नेटवर्क मिळतं का?", "mr"),
        ("పెళ్ళికి తప్పకుండా రండి", "te"),
        ("ನಾಳೆ ಹಬ್ಬ ಇದೆಯಾ?", "kn"),
    ],
)
def test_what_is_no_goods_or_an_invitation_says_no_act(text: str, language: str) -> None:
    assert heard(text, language) is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("do you get incense sticks here?", "en"),
        ("यहाँ धूपबत्ती मिलती है क्या?", "hi"),
        ("இங்க சாம்பிராணி கிடைக்குமா?", "ta"),
        ("ಇಲ್ಲಿ ಊದುಬತ್ತಿ ಸಿಗುತ್ತಾ?", "kn"),
    ],
)
def test_goods_not_in_the_catalogue_asked_as_got_here_are_stock(text: str, language: str) -> None:
    assert heard(text, language) == "have_it"


def test_a_stand_with_no_vehicle_is_goods_and_a_bus_stand_a_place() -> None:
    assert not place_asked(folded("ಟವಲ್ ಸ್ಟ್ಯಾಂಡ್ ಇದೆಯಾ?"), "kn")
    assert place_asked(folded("ಬಸ್ ಸ್ಟ್ಯಾಂಡ್ ಎಲ್ಲಿ?"), "kn")


def test_a_rule_listed_for_one_language_holds_for_no_other() -> None:
    # Gujarati "આવજો" (do come) beside a wedding invites; Hindi "चलती हूँ" still leaves.
    words = folded("चलती हूँ, शादी में जाना है")
    assert not said_of_other("goodbye", words, 0, 2, "hi")


def test_drooping_is_wilting_only_of_flowers_and_leaves() -> None:
    assert wilted(folded("the roses are drooping"), 3, 4, "en")
    assert not wilted(folded("the balloons are drooping"), 3, 4, "en")
    assert heard("the balloons are drooping, blow new ones", "en") == "quality_soft"
