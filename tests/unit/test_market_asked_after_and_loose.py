"""Talk around an act's word: a greeting's "all well?" asked after other talk, a whole lot
named in a claim, "any" after a word of scarcity, "see" after news heard, the word for
change said of goods sold loose, and "otherwise" after thanks."""

from __future__ import annotations

import pytest

from audio.market import market_act
from audio.understanding import Intent, understand


@pytest.mark.parametrize(
    ("language", "text", "meant"),
    [
        # "all well?" after talk of a shop shut or a long absence: concern, no greeting
        ("hi", "सामने वाले हलवाई की दुकान तीन दिन से नहीं खुली, सब ठीक तो है?", None),
        ("te", "మీ పక్క షాపు వారం నుంచి మూసే ఉంది, అందరూ బాగున్నారా?", None),
        ("pa", "ਨਾਲ ਵਾਲੀ ਹੱਟੀ ਤਿੰਨ ਦਿਨਾਂ ਤੋਂ ਬੰਦ ਪਈ ਹੈ, ਸਭ ਠੀਕ ਤਾਂ ਹੈ?", None),
        ("hi", "अरे भैया जी, कैसे हो?", "greet"),
        ("gu", "અરે બેન, કેમ છો?", "greet"),
        # the whole lot named in a claim: no bulk rate asked
        (
            "en",
            "All fresh today madam, you won't find one bad tomato in the whole lot",
            "claim_fresh",
        ),
        ("pa", "ਪੂਰੀ ਟੋਕਰੀ ਅੱਜ ਦੀ ਤਾਜ਼ੀ ਹੈ, ਇੱਕ ਵੀ ਗਲੀ ਹੋਈ ਨਹੀਂ", "claim_fresh"),
        ("gu", "આખો ટોપલો મીઠો છે બેન, એક પણ ખાટી નહીં નીકળે", "claim_sweet"),
        ("en", "I like coming to your stall a whole lot, madam", None),
        ("gu", "આખો ટોપલો લઉં તો કેટલા થાય?", "bulk_price"),
        # "hardly any" tells how little, asks for no stock
        ("en", "These lemons are so small, hardly any juice in them", "quality_small"),
        ("en", "Any green chillies today?", "have_it"),
        # "see" after news heard calls nobody to look
        ("mr", "yandachi thandi jast padnar mhane, bagha tumhi", None),
        ("mr", "या ताई, बघा, आजच आलेली भेंडी", "come_look"),
        # the word for change said of goods sold loose
        ("pa", "ਖੁੱਲ੍ਹਾ ਘਿਓ ਵੀ ਰੱਖਦੇ ਹੋ?", "have_it"),
        ("hi", "खुल्ला सरसों तेल रखते हो?", "have_it"),
        ("pa", "ਪੰਜ ਸੌ ਦਾ ਖੁੱਲ੍ਹਾ ਹੈਗਾ? ਦੁੱਧ ਲੈਣਾ ਸੀ", "need_change"),
        ("hi", "भैया, सौ का खुल्ला है? दूध लेना है", "need_change"),
    ],
)
def test_talk_around_an_acts_word_is_heard_as_meant(
    language: str, text: str, meant: str | None
) -> None:
    heard = market_act(text, language)
    assert (heard.act if heard else None) == meant, text


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("gu", "આભાર બેન, તમે વખતસર કાપીને આપ્યું, નહીં તો રસોઈ મોડી થાત"),
        ("mr", "धन्यवाद काका, तुम्ही रस्ता दाखवून दिला, नाहीं तर मी भरकटले असते"),
        ("pa", "shukriya bhaji, time te yaad kara ditta, nahi taan main bhul jaandi"),
        ("kn", "ಧನ್ಯವಾದ ಅಣ್ಣ, ಸರಿಯಾದ ಟೈಮಿಗೆ ಹೇಳಿದ್ರಿ, ಇಲ್ಲದಿದ್ರೆ ಬಸ್ ತಪ್ಪಿ ಹೋಗ್ತಿತ್ತು"),
    ],
)
def test_otherwise_after_thanks_refuses_nothing(language: str, text: str) -> None:
    assert understand(text, language=language).intent is not Intent.REJECT, text


def test_a_refusal_in_gujarati_still_refuses() -> None:
    assert understand("ના ભાઈ, એટલામાં નહીં પોસાય", language="gu").intent is Intent.REJECT
