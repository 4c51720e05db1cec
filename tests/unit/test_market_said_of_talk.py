"""Small talk that looks like an act: the rain that won't stop asks nobody to wait, "since
morning" greets nobody, how another is keeping neither greets nor asks for stock,
"enough" said of the weather is no "that's all", "this morning the bus was full" claims
nothing fresh; the acts themselves, said plainly, keep their meaning."""

from __future__ import annotations

import pytest

from audio.market import market_act


def heard(text: str, language: str) -> str | None:
    act = market_act(text, language)
    return act.act if act else None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("दोपहर से बारिश रुकने का नाम नहीं ले रही", "hi"),
        ("ट्रैफिक आज रुक ही नहीं रहा", "hi"),
        ("दुपारपासून पाऊस थांबतच नाही", "mr"),
        ("The rain has not stopped since noon", "en"),
        ("In the morning the shop was closed", "en"),
        ("since morning so much traffic on this road", "en"),
        ("भाभी की तबीयत अब कैसी है?", "hi"),
        ("તમારા દાદાની તબિયત કેમ છે?", "gu"),
        ("ਉਹਦਾ ਕੀ ਹਾਲ ਹੈ ਹੁਣ?", "pa"),
        ("ನಿಮ್ಮ ಅಜ್ಜಿ ಆರೋಗ್ಯ ಹೇಗಿದೆ?", "kn"),
        ("sanje male bandre saaku", "kn"),
        ("ആൾക്കൂട്ടം ഭയങ്കര ആയിരുന്നു ഇന്നലെ", "ml"),
        ("আজ সকালে ট্রেনে খুব ভিড়", "bn"),
        ("આજે સવારે ટ્રાફિક બહુ હતો", "gu"),
        ("ಐದು ನಿಮಿಷದಲ್ಲಿ ಟ್ರೈನ್ ಬರುತ್ತೆ", "kn"),
        ("the bus came two minutes late", "en"),
        ("मत रुको, आगे चलो", "hi"),
        ("ਅੱਜ ਮੌਸਮ ਠੀਕ ਹੈਗਾ", "pa"),
        ("আজ আবহাওয়া কেমন আছে?", "bn"),
        ("पुराना मंदिर अब बंद रहता है", "hi"),
        ("పాత సినిమా పాటలు బాగుంటాయి", "te"),
        ("ಮನೆ ಬಾಡಿಗೆ ತುಂಬಾ ಜಾಸ್ತಿ ಆಗಿದೆ", "kn"),
        ("petrol is too costly now", "en"),
        ("ਮੇਰੇ ਭਤੀਜੇ ਦੀ ਰੈਗੂਲਰ ਨੌਕਰੀ ਲੱਗ ਗਈ", "pa"),
        ("शनिवार को पूजा है, आइए", "hi"),
        ("वो बहुत मीठा बोलती है", "hi"),
        ("నిన్నటి నుంచి కరెంట్ లేదు", "te"),
    ],
)
def test_small_talk_is_no_act(text: str, language: str) -> None:
    assert heard(text, language) is None


@pytest.mark.parametrize(
    ("text", "language", "act"),
    [
        ("ek minute ruko bhaiya", "hi", "wait"),
        ("थांबा जरा दादा", "mr", "wait"),
        ("Good morning madam", "en", "greet"),
        ("Morning anna!", "en", "greet"),
        ("कैसे हो भाई?", "hi", "greet"),
        ("Good morning uncle", "en", "greet"),
        ("സുപ്രഭാതം ചേച്ചി", "ml", "greet"),
        ("কেমন আছেন দিদি?", "bn", "greet"),
        ("ಸಾಕು ಅಣ್ಣ, ಇಷ್ಟೇ", "kn", "that_is_all"),
        ("ഭയങ്കര വില ചേട്ടാ", "ml", "too_expensive"),
        ("ਖੁੱਲੇ ਨਹੀਂ ਜੀ, ਪੂਰੇ ਪੈਸੇ ਦਿਓ", "pa", "no_change"),
        ("हे वांगे कालचे आहेत का?", "mr", "quality_old"),
        ("ಈ ಬಾಳೆಹಣ್ಣು ನಿನ್ನೆಯದಾ?", "kn", "quality_old"),
        ("Sister, put one cover no", "en", "give_bag"),
        ("No cover, I have a bag", "en", "have_bag"),
        ("jaasthi solreenga anna, pazhaya phone thaane", "ta", "too_expensive"),
        ("పాతవి ఉన్నాయా అండి?", "te", "have_it"),
        ("ఇవి పాతవా?", "te", "quality_old"),
        ("തൂക്കം ശരിക്ക് വേണം, കുറയരുത്", "ml", "weigh_properly"),
    ],
)
def test_the_act_said_plainly_keeps_it(text: str, language: str, act: str) -> None:
    assert heard(text, language) == act


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Do come for lunch when you're free", "en"),
        ("कभी फुर्सत में हमारे घर आइए", "hi"),
        ("সময় পেলে একদিন আমাদের বাড়ি আসুন", "bn"),
        ("वेळ मिळाला की घरी या एकदा", "mr"),
        ("ક્યારેક નવરા હો તો ઘરે આવો", "gu"),
        ("ਕਦੇ ਵਿਹਲੇ ਹੋਵੋ ਤਾਂ ਘਰ ਆਇਓ", "pa"),
        ("ஒரு நாள் வீட்டுக்கு வாங்க அக்கா", "ta"),
        ("ఒకసారి మా ఇంటికి రండి", "te"),
        ("ಒಂದ್ಸಲ ಮನೆಗೆ ಬನ್ನಿ", "kn"),
        ("ഒരു ദിവസം വീട്ടിലേക്ക് വരൂ", "ml"),
    ],
)
def test_an_invitation_home_calls_nobody_to_the_goods(text: str, language: str) -> None:
    assert heard(text, language) is None
