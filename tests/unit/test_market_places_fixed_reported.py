"""Talk that looked like an act: the way to a town, a wedding fixed, another's coming
back heard of, and a way to pay whose server is down.

A growing region with "to" fused to it ("ஊட்டிக்கு எந்த ரோடு?", which road to Ooty?) or
said with a road is where someone goes: no claim of the goods' origin, while the region
named before the goods ("ஈரோட்டு மஞ்சள்") still claims it. A wedding or an engagement
"fixed" ("sagai nakki thai gai?") is news, no deal. Another's coming back told as heard
("ವಾಪಸ್ ಬರ್ತಾನಂತೆ", he'll be back, they say) is not the speaker's. A UPI whose server is
said down in its clause fails, so the cash said is paid.
"""

from __future__ import annotations

import pytest

from audio.market import market_act


def heard(text: str, language: str) -> str | None:
    act = market_act(text, language)
    return act.act if act else None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ஊட்டிக்கு எந்த ரோடு நல்லா இருக்கும்?", "ta"),
        ("ஈரோட்டுக்கு போற வழி இதுதானா?", "ta"),
        ("గుంటూరుకి ఈ దారిలో వెళ్ళొచ్చా?", "te"),
        ("ಉಡುಪಿಗೆ ಈ ರಸ್ತೆ ನೇರ ಹೋಗುತ್ತಾ?", "kn"),
        ("ഇടുക്കിക്ക് ഈ റോഡ് പോകുമോ?", "ml"),
    ],
)
def test_the_way_to_a_town_claims_no_origin(text: str, language: str) -> None:
    assert heard(text, language) is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ஈரோட்டு மஞ்சள், நல்ல நிறம் பாருங்க.", "ta"),
        ("అరకు కాఫీ పొడి, మంచి వాసన.", "te"),
        ("ಉಡುಪಿ ಮಲ್ಲಿಗೆ ಅಕ್ಕ, ಘಮ ಘಮ.", "kn"),
        ("ഇടുക്കി ഏലക്ക ആണ്, നല്ല മണം.", "ml"),
    ],
)
def test_a_region_named_before_the_goods_still_claims_origin(text: str, language: str) -> None:
    assert heard(text, language) == "claim_origin"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Bhai, tamara bhatrija ni sagai nakki thai gai?", "gu"),
        ("Ben, tamara dikra nu lagan nakki thayu ke haji vaar che?", "gu"),
        ("మీ అమ్మాయి పెళ్లి ఫిక్స్ అయిందా?", "te"),
        ("Beti ka rishta pakka hua ki nahi abhi?", "hi"),
    ],
)
def test_a_wedding_fixed_is_no_deal(text: str, language: str) -> None:
    assert heard(text, language) is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Chalo, nakki, be kilo bandhi do.", "gu"),
        ("ठीक है, पक्का, पैक कर दो।", "hi"),
        ("సరే, ఫిక్స్, కట్టండి.", "te"),
        ("சரிங்க, டீல், நாளைக்கு கட்டிலை வீட்டுல இறக்கிடுங்க.", "ta"),
    ],
)
def test_fixed_said_of_the_buying_is_still_a_deal(text: str, language: str) -> None:
    assert heard(text, language) == "deal"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ಅಣ್ಣ ಊರಿಂದ ಮುಂದಿನ ವಾರ ವಾಪಸ್ ಬರ್ತಾನಂತೆ.", "kn"),
        ("Avru habba aada mele vaapas bartarante.", "kn"),
        ("మా పక్కింటాయన రేపు తిరిగి వస్తాడంట.", "te"),
    ],
)
def test_another_coming_back_heard_of_is_small_talk(text: str, language: str) -> None:
    assert heard(text, language) is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ಸಂಜೆ ಬರ್ತೀನಿ ಅಕ್ಕ, ಆಗ ತಗೋತೀನಿ.", "kn"),
        ("ವಾಪಸ್ ಬರ್ತಾ ತಗೊಂಡು ಹೋಗ್ತೀನಿ, ಎತ್ತಿಡಿ.", "kn"),
    ],
)
def test_the_speaker_coming_back_is_still_heard(text: str, language: str) -> None:
    assert heard(text, language) == "come_back_later"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ജിപേ സെർവർ രണ്ട് മണിക്കൂറായി ഡൗൺ, ക്യാഷ് തരാം.", "ml"),
        ("കാശ് തരാം, യുപിഐ സെർവർ ഉച്ച തൊട്ട് ഡൗൺ ആണ്.", "ml"),
        ("कैश ले लो, पेटीएम का सर्वर सुबह से डाउन है।", "hi"),
        ("கேஷ் தரேன், ஜிபே சர்வர் காலையிலிருந்து டவுன்.", "ta"),
        ("ಕ್ಯಾಶ್ ಕೊಡ್ತೀನಿ, ಫೋನ್ ಪೇ ಸರ್ವರ್ ಬೆಳಿಗ್ಗೆಯಿಂದ ಡೌನ್.", "kn"),
    ],
)
def test_cash_with_the_upi_server_down_pays_cash(text: str, language: str) -> None:
    assert heard(text, language) == "pay_cash"


@pytest.mark.parametrize(
    ("text", "language", "act"),
    [
        ("ക്യാഷ് ആണോ യുപിഐ ആണോ?", "ml", "pay_how"),
        ("Kal server down tha, aaj GPay kar deta hoon.", "hi", "pay_upi"),
    ],
)
def test_a_server_down_elsewhere_fails_no_way(text: str, language: str, act: str) -> None:
    assert heard(text, language) == act
