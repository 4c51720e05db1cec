"""One's own weight gone up, or what a doctor or a diet says to cut down, is small talk:
weighing is of goods, and a doctor's "less" asks no discount. Goods asked to be weighed,
and weight said to be short, keep their acts."""

from __future__ import annotations

import pytest

from audio.market import market_act


def heard(text: str, language: str) -> str | None:
    act = market_act(text, language)
    return act.act if act else None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("I gained weight this winter, so skip the butter", "en"),
        ("सर्दी में मेरा वजन बढ़ गया भाई", "hi"),
        ("கல்யாணத்துக்கு அப்புறம் என் எடை கூடிடுச்சு", "ta"),
        ("ఈ మధ్య నా బరువు పెరిగిపోయింది", "te"),
        ("শীতে আমার ওজন বেড়েছে", "bn"),
        ("थंडीत माझं वजन वाढलं", "mr"),
        ("શિયાળામાં મારું વજન વધી ગયો", "gu"),
        ("ಚಳಿಗಾಲದಲ್ಲಿ ನನ್ನ ತೂಕ ಜಾಸ್ತಿ ಆಗಿದೆ", "kn"),
        ("ഈയിടെ എന്റെ തൂക്കം കൂടിയിട്ടുണ്ട്", "ml"),
        ("ਸਰਦੀਆਂ ਚ ਮੇਰਾ ਭਾਰ ਵਧ ਗਿਆ", "pa"),
        # a doctor's "cut down"
        ("డాక్టర్ చక్కెర తగ్గించమన్నారు", "te"),
        ("डॉक्टरांनी मीठ कमी करायला सांगितलं", "mr"),
    ],
)
def test_ones_own_weight_is_no_weighing(text: str, language: str) -> None:
    assert heard(text, language) is None


@pytest.mark.parametrize(
    ("text", "language", "act"),
    [
        ("put these on the scale please", "en", "weigh_it"),
        ("ये खरबूजा तौल दो", "hi", "weigh_it"),
        ("ತೂಕ ಕಡಿಮೆ ಇದೆ, ಸರಿಯಾಗಿ ಹಾಕಿ", "kn", "weigh_properly"),
        ("थोड़ा कम कीजिए ना", "hi", "ask_discount"),
    ],
)
def test_goods_weighed_keep_their_acts(text: str, language: str, act: str) -> None:
    assert heard(text, language) == act
