"""Another one asked plain or better in romanized talk, a free extra asked with "summa",
goods whose colour has changed, old banknotes and one's shift; a bare "sold out" before
festival talk.

"Show me a plain one" (en), "nalla … kaanikkamo?" (ml) and "innondu … thorisi" (kn) ask
to be shown another or a better one; "summa kooda podunga" (ta) asks a free extra; goods
whose colour has changed ("கலரே மாறிடுச்சு") are `quality_old`, while the sky changing
colour is weather. Old notes no longer valid ("పాత నోట్లు") are money, no stale goods, and
"straight from the mill after my shift" says where the speaker came from, no origin of
the goods. "ಖಾಲಿ," said alone before festival talk is the stock sold out: the festival
in the next clause is its reason, while a house empty for the festival is small talk.
"""

from __future__ import annotations

import pytest

from audio.market import market_act


def heard(text: str, language: str) -> str | None:
    act = market_act(text, language)
    return act.act if act else None


@pytest.mark.parametrize(
    ("text", "language", "act"),
    [
        ("This one has flowers, show me a plain one", "en", "show_another"),
        ("Too shiny, show a plain one for office use", "en", "show_another"),
        ("kurachu koodi nalla saree kaanikkamo?", "ml", "show_better"),
        ("ithilum nalla onnu kaanikku chetta", "ml", "show_better"),
        ("Ee design beda, innondu thorisi", "kn", "show_another"),
        ("changlya quality chi saree dakhva", "mr", "show_better"),
        ("ಖಾಲಿ, ಹಬ್ಬಕ್ಕೆ ಎಲ್ಲಾ ಹೋಯ್ತು", "kn", "out_of_stock"),
        ("ಹಬ್ಬಕ್ಕೆ ಮನೆ ಖಾಲಿ, ಎಲ್ಲರೂ ಊರಿಗೆ ಹೋದರು", "kn", None),
        ("Ee bag beda anna, innondu colour torisi", "kn", "show_another"),
        (
            "Dhinamum unga kadaila dhaan vaangaren, konjam kothamalli summa kooda podunga",
            "ta",
            "ask_extra",
        ),
        ("இந்த மீன் கலரே மாறிடுச்சு, நேத்து பிடிச்சதா?", "ta", "quality_old"),
        ("Indha keerai colour maariduchu anna", "ta", "quality_old"),
        ("வானம் கலர் மாறிடுச்சு, மழை வரும் போல", "ta", None),
        ("పాత నోట్లు ఇప్పుడు చెల్లవు", "te", None),
        ("పాత నోట్లు తీసుకోరు, కొత్తవి ఇవ్వండి", "te", None),
        ("I came straight from the mill after my shift", "en", None),
        ("I came straight from the office, didn't even eat", "en", None),
        ("Straight from our own farm, no chemicals", "en", "claim_origin"),
    ],
)
def test_heard(text: str, language: str, act: str | None) -> None:
    assert heard(text, language) == act
