"""A claim said with "no" is the doubt (or no claim), and the other market acts of the
seventh round: "cash or online?", a vendor's "come, have a look", studies and college,
"a round and I'll come back", a jam on the road (`audio.market.denied` and neighbours)."""

from __future__ import annotations

import pytest

from audio.market import market_act


@pytest.mark.parametrize(
    ("text", "language", "act"),
    [
        ("இந்த வெண்டைக்காய் ஃப்ரெஷ் இல்ல அண்ணா", "ta", "quality_old"),
        ("ee kosu fresh illa anna", "kn", "quality_old"),
        ("ఈ దోసకాయలు ఫ్రెష్ కాదు", "te", "quality_old"),
        ("these onions don't look fresh", "en", "quality_old"),
        ("কপিটা তাজা না দাদা", "bn", "quality_old"),
        ("fresh hai, aaj subah aaya", "hi", "claim_fresh"),
        ("पपीता मीठा नहीं निकला", "hi", None),
        ("ഈ പൈനാപ്പിൾ മധുരം ഇല്ല", "ml", None),
        ("টাকাটা ক্যাশে দেবেন না ফোনপে?", "bn", "pay_how"),
        ("ক্যাশ নেই, জিপে করব", "bn", "pay_upi"),
        ("ਕੈਸ਼ ਕਿ ਆਨਲਾਈਨ ਜੀ?", "pa", "pay_how"),
        ("આવો ભાઈ આવો, જોઈ લો", "gu", "come_look"),
        ("પૈસા મોકલી દીધા, જોઈ લો", "gu", "paid_check"),
        ("ഒന്ന് വരൂ, നോക്കിക്കോ", "ml", "come_look"),
        ("ജിപേ ചെയ്തിട്ടുണ്ട്, നോക്കിക്കോ", "ml", "paid_check"),
        ("ಸ್ಕೂಲ್ ಮುಗಿತಾ ಮಗು?", "kn", None),
        ("ਦੀਕਰੀ ਦੀ ਕਾਲਜ ਖ਼ਤਮ ਹੋ ਗਈ?", "pa", None),
        ("ભણતર કેવું ચાલે છે?", "gu", None),
        ("ટામેટા છે?", "gu", "have_it"),
        ("ek chakkar maar ke aati hoon didi", "hi", "come_back_later"),
        ("ondu round haaki bartini", "kn", "come_back_later"),
        ("റോഡിൽ ഭയങ്കര ജാം ആയിരുന്നു", "ml", None),
        ("ഭയങ്കര വിലയാ", "ml", "too_expensive"),
    ],
)
def test_seventh_round(text: str, language: str, act: str | None) -> None:
    got = market_act(text, language)
    assert (got.act if got else None) == act


@pytest.mark.parametrize(
    ("text", "language", "act"),
    [
        ("ಈ ಹಣ್ಣು ಸಿಹಿಯಾಗಿಲ್ಲ", "kn", None),
        ("പപ്പായ മധുരമില്ല", "ml", None),
        ("টমেটো তাজা নয়", "bn", "quality_old"),
        ("காசா ஆன்லைனா சார்?", "ta", "pay_how"),
        ("క్యాషా ఆన్‌లైనా అమ్మా?", "te", "pay_how"),
    ],
)
def test_no_on_the_word_and_or_by_ending(text: str, language: str, act: str | None) -> None:
    got = market_act(text, language)
    assert (got.act if got else None) == act
