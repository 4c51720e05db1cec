"""Goods gone off (milk curdled, curd gone sour, paneer spoiled) are a quality complaint,
and "look" said with it shows the fault, no call to look at the goods; a phone or a
bike gone bad is small talk."""

from __future__ import annotations

import pytest

from audio.market import market_act


def heard(text: str, language: str) -> str | None:
    act = market_act(text, language)
    return act.act if act else None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Yesterday's milk curdled as soon as I heated it, see", "en"),
        ("कल वाला दूध फट गया भैया, ये देखो", "hi"),
        ("पनीर ख़राब हो गया है, देख लीजिए", "hi"),
        ("कालचं दूध नासलं, बघा", "mr"),
        ("કાલનું દૂધ ફાટી ગયું, જુઓ", "gu"),
        ("ਕੱਲ੍ਹ ਵਾਲਾ ਦੁੱਧ ਫਟ ਗਿਆ, ਵੇਖੋ", "pa"),
        ("কালকের দুধটা কেটে গেছে, দেখুন", "bn"),
        ("நேத்து பால் திரிஞ்சு போச்சு, பாருங்க", "ta"),
        ("నిన్నటి పాలు విరిగిపోయాయి, చూడండి", "te"),
        ("ನಿನ್ನೆ ಹಾಲು ಒಡೆದು ಹೋಯ್ತು, ನೋಡಿ", "kn"),
        ("ഇന്നലത്തെ പാൽ പിരിഞ്ഞു പോയി, നോക്ക്", "ml"),
    ],
)
def test_goods_gone_off_are_the_complaint(text: str, language: str) -> None:
    assert heard(text, language) == "quality_soft"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("मेरी स्कूटी खराब हो गई सुबह", "hi"),
        ("আমার মোবাইলটা নষ্ট হয়ে গেছে", "bn"),
        ("என் வண்டி கெட்டுப் போச்சு", "ta"),
        ("എന്റെ മൊബൈൽ കേടായി", "ml"),
    ],
)
def test_a_machine_gone_bad_is_no_act(text: str, language: str) -> None:
    assert heard(text, language) is None
