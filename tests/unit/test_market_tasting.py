"""A customer tasting to find out whether goods are sweet asks to taste, and a vendor's
"eat it and see, nowhere so tasty" offers the taste, the sweetness its reason; sweetness
said with no taste offered claims (`audio.market.tasting`, `denied`)."""

from __future__ import annotations

import pytest

from audio.market import market_act


@pytest.mark.parametrize(
    ("text", "language", "act"),
    [
        ("can I try one, sister? want to know if it's sweet", "en", "taste"),
        ("दीदी एक चख के देखूँ, पता चले खट्टा है या मीठा है कि नहीं", "hi", "taste"),
        ("ఒకటి రుచి చూస్తా, తియ్యగా ఉందో లేదో", "te", "taste"),
        ("ഒരെണ്ണം രുചിച്ചു നോക്കട്ടെ, മധുരമുണ്ടോന്ന്", "ml", "taste"),
        ("चख के देखो, ऐसे मीठे आम कहीं नहीं मिलेंगे", "hi", "taste"),
        ("ತಿಂದು ನೋಡಿ, ಇಷ್ಟು ರುಚಿ ಎಲ್ಲೂ ಸಿಗಲ್ಲ ಸಾರ್", "kn", "taste"),
        ("taste it, very sweet", "en", "taste"),
        ("ek kha ke to dekho, mishri jaise meethe", "hi", "taste"),
        ("ਇੱਕ ਖਾ ਕੇ ਵੇਖੋ, ਸ਼ੱਕਰ ਵਰਗੇ ਮਿੱਠੇ ਨੇ", "pa", "taste"),
        ("ഒന്ന് തിന്നു നോക്ക്, പഞ്ചസാര പോലെ മധുരം", "ml", "taste"),
        ("ಒಂದು ತಿಂದು ನೋಡಿ, ಬೆಲ್ಲದ ತರ ಸಿಹಿ", "kn", "taste"),
        ("these figs are sugar sweet, sir", "en", "claim_sweet"),
        ("ये अंजीर शक्कर जैसे मीठे हैं", "hi", "claim_sweet"),
        ("ಈ ಅಂಜೂರ ಬೆಲ್ಲದ ತರ ಸಿಹಿ ಇದೆ", "kn", "claim_sweet"),
        ("ഈ അത്തിപ്പഴം നല്ല മധുരമാ", "ml", "claim_sweet"),
    ],
)
def test_sweetness_asked_or_claimed(text: str, language: str, act: str) -> None:
    got = market_act(text, language)
    assert got is not None and got.act == act


@pytest.mark.parametrize(
    ("text", "language"),
    [("मीठा पान है?", "hi"), ("sweet paan milega?", "en"), ("ਮਿੱਠਾ ਪਾਨ ਹੈ ਜੀ?", "pa")],
)
def test_sweet_paan_is_no_claim(text: str, language: str) -> None:
    got = market_act(text, language)
    assert got is None or got.act != "claim_sweet"


def test_not_sweet_is_still_no_claim() -> None:
    got = market_act("ये आम मीठे नहीं हैं", "hi")
    assert got is None or got.act != "claim_sweet"
