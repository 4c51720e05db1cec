"""Market acts: a look that checks and a question asked of a person or a bus. "See in your
phone" checks the money sent, "rotten, see" complains, "see the lighting at night" points
at a sight of the town: none calls the shopper to the goods. "Is your brother still in
Pune?", "all well?" and "is there a bus from here?" ask for no stock. A romanized "done"
between "ok" and the packing closes the deal, a meal before coming back is a coming back
later, and stitching (Kannada "ಹೊಲಿಗೆ") is no field the goods came from; with their
look-alikes that keep their act."""

from __future__ import annotations

import pytest

from audio.market import market_act

CASES = [
    ("paid_check", "hi", "दीदी, फ़ोन में देख लो, गया कि नहीं"),
    ("paid_check", "hi", "phone mein dekh lo bhaiya, aa gaya hoga"),
    ("paid_check", "pa", "ਫੋਨ ਵਿੱਚ ਵੇਖ ਲਓ ਵੀਰ ਜੀ, ਆ ਗਏ ਹੋਣਗੇ"),
    ("come_look", "hi", "देख लो भैया, एकदम बढ़िया माल"),
    ("come_look", "pa", "ਆਓ ਜੀ, ਵੇਖ ਲਓ"),
    ("quality_soft", "mr", "हे टोमॅटो आतून कुजलेले आहेत, बघा"),
    ("quality_soft", "mr", "अर्धे आंबे कुजके निघाले"),
    ("come_look", "mr", "या ताई, बघा"),
    (None, "mr", "रात्री मिरवणूक बघा, फार छान असते"),
    (None, "hi", "शाम को मंदिर की रोशनी देखिए, बहुत सुंदर लगती है"),
    (None, "gu", "રાત્રે રોશની જુઓ, આખો રસ્તો ઝગમગે છે"),
    (None, "kn", "ರಾತ್ರಿ ದೀಪಾಲಂಕಾರ ಒಮ್ಮೆ ನೋಡಿ, ತುಂಬಾ ಚೆನ್ನಾಗಿದೆ"),
    ("come_look", "hi", "आइए, ये लाल मिर्च देखिए"),
    ("come_back_later", "mr", "जेवून येतो, मग भाजी घेतो"),
    ("come_back_later", "hi", "खाना खा के आते हैं भैया"),
    ("come_back_later", "gu", "અમે જમીને આવીએ"),
    ("come_back_later", "ta", "saapittu varen anna"),
    ("come_back_later", "kn", "ಊಟ ಮಾಡಿ ಬರ್ತೀನಿ ಅಣ್ಣ"),
    ("come_back_later", "en", "we'll have lunch and come, keep them aside"),
    ("goodbye", "mr", "मी येतो हं"),
    ("deal", "ta", "sari, mudinjuthu, katti kudunga"),
    ("deal", "kn", "sari, mugithu, katti kodi"),
    ("out_of_stock", "ta", "தக்காளி முடிஞ்சுது"),
    (None, "gu", "તમારી દીકરી હજી મુંબઈમાં જ છે?"),
    (None, "pa", "ਤੁਹਾਡਾ ਭਰਾ ਅਜੇ ਕੈਨੇਡਾ ਹੀ ਹੈ?"),
    (None, "hi", "आपका बेटा अभी भी दिल्ली में है?"),
    ("have_it", "gu", "ભાઈ, કેરી છે?"),
    ("have_it", "gu", "તમારી પાસે આદુ છે?"),
    ("have_it", "pa", "ਵੀਰ ਜੀ, ਸੁੱਕੀ ਮੇਥੀ ਹੈ?"),
    (None, "pa", "ਕਈ ਦਿਨਾਂ ਤੋਂ ਦੁਕਾਨ ਬੰਦ ਸੀ, ਸੁੱਖ ਤਾਂ ਹੈ?"),
    (None, "gu", "ઘણા દિવસે દેખાયા, બધા મજામાં છે?"),
    (None, "kn", "ಇಲ್ಲಿಂದ ಮಾರ್ಕೆಟ್‌ಗೆ ಬಸ್ ಸಿಗುತ್ತಾ?"),
    (None, "ta", "இங்க இருந்து பஸ் கிடைக்குமா?"),
    (None, "te", "ఇక్కడ బస్సు దొరుకుతుందా?"),
    ("have_it", "kn", "ಹಸಿ ಶುಂಠಿ ಸಿಗುತ್ತಾ?"),
    ("have_it", "te", "పచ్చి మిర్చి దొరుకుతుందా?"),
    (None, "en", "such a muggy day, everything feels sticky"),
    (None, "en", "it's cloudy, my clothes are still soggy"),
    # bare "cloudy" is also how a fish's eyes go when it is old
    ("quality_old", "en", "the eyes are cloudy on this mackerel"),
    ("quality_soft", "en", "this jaggery has gone sticky"),
    (None, "kn", "ಈ ಅಂಗಿಯ ಹೊಲಿಗೆ ಬಿಟ್ಟಿದೆ"),
    ("claim_origin", "kn", "ನಮ್ಮ ಹೊಲದಿಂದ ತಂದಿದ್ದು"),
    ("claim_origin", "kn", "ಇದು ಹೊಲದ ತರಕಾರಿ, ನೇರ"),
]
"""(act, language, line): the act heard, None where none is."""


@pytest.mark.parametrize(("act", "language", "text"), CASES)
def test_the_act_is_heard(act: str | None, language: str, text: str) -> None:
    got = market_act(text, language)
    assert (got.act if got is not None else None) == act
