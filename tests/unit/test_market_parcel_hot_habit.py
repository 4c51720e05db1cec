"""A bag asked beside a parcel, a deal then packing, a wait while goods are made, change
for a note said by its value, a habit's time with nobody buying, and an order's "only …
enough" with how it is to be made."""

from __future__ import annotations

import asyncio

import pytest

from audio.interpret import interpret
from audio.market.recognise import market_act
from audio.phrasebook import PhrasebookMT

CASES = [
    # a bag asked in its own clause beside a parcel is the bag; packing alone stays
    ("ta", "பார்சல் தான், ஒரு கவர் குடுங்க, இல்லன்னா ஒழுகும்", "give_bag"),
    ("kn", "ಪಾರ್ಸೆಲ್ ಬೇಕು, ಒಂದು ಕವರ್ ಕೊಡಿ", "give_bag"),
    ("te", "parcel kattandi, oka sanchi ivvandi", "give_bag"),
    ("en", "pack it well, and give a bag", "pack_it"),
    ("en", "parcel it in a cover", "pack_it"),
    # agreement with a term of address, "settled", then the packing: the deal
    ("ml", "sheri chetta, urappichu, pack cheythu tharu", "deal"),
    ("ta", "சரி அண்ணா, முடிவாச்சு, பேக் பண்ணுங்க", "deal"),
    ("en", "alright, settled then, pack them up", "deal"),
    # a wait while the goods are made, promised hot: the wait
    ("hi", "बस दो मिनट, रुको, चाय उबल रही है, गरम गरम दूँगा", "wait"),
    ("kn", "ಸ್ವಲ್ಪ ತಡೀರಿ, ದೋಸೆ ಬೇಯ್ತಿದೆ, ಬಿಸಿ ಬಿಸಿ ಕೊಡ್ತೀನಿ", "wait"),
    ("hi", "गरम गरम समोसे, एकदम ताज़े", "claim_fresh"),
    ("hi", "बस रुक गई, चलो", None),
    # one can't stand in the heat: weather talk
    ("bn", "উফ, আজ কী গরম, রাস্তায় দাঁড়ানো যায় না", None),
    ("bn", "বাপরে, কী রোদ, এক মিনিটও দাঁড়াতে পারছি না", None),
    # a habit's time with nobody buying or coming is no regular's claim
    ("en", "the roads here are so bad, every week somebody's tyre bursts", None),
    ("en", "every Sunday the market is shut", None),
    ("en", "I come to your shop every week", "regular_customer"),
    ("ml", "ഞാൻ എന്നും രാവിലെ ഇവിടെ നിന്നാണ് ചായ കുടിക്കുന്നത്", "regular_customer"),
    ("kn", "ನಾನು ದಿನಾ ಬೆಳಿಗ್ಗೆ ಇಲ್ಲೇ ಕಾಫಿ ಕುಡಿಯೋದು", "regular_customer"),
    # extra asked with a habit as its reason
    ("mr", "मी दर मंगळवारी तुमच्याकडून घेते, वरून थोडी सुटी फुलं घाला", "ask_extra"),
    ("hi", "हर हफ्ते आपसे ही लेती हूँ, दो नींबू फ्री डाल दो", "ask_extra"),
    ("mr", "थोडी सूट द्या", "ask_discount"),
    ("pa", "ਤਿੰਨ ਲੈ ਰਹੀ ਹਾਂ, ਕੁਝ ਘੱਟ ਲਾਓ", "ask_discount"),
    # an order told with how it is made ends no buying; "this much is enough" does
    ("ml", "എനിക്ക് കട്ടൻ ചായ മാത്രം മതി, പഞ്ചസാര വേണ്ട, ഷുഗർ ഉണ്ട്", None),
    ("kn", "ನನಗೆ ಸಕ್ಕರೆ ಇಲ್ದೆ ಬ್ಲಾಕ್ ಕಾಫಿ ಸಾಕು, ಶುಗರ್ ಇದೆ", None),
    ("ml", "ഇത്ര മതി, വേറൊന്നും വേണ്ട", "that_is_all"),
    ("bn", "আমাকে শুধু লিকার চা দেবেন, চিনি ছাড়া, সুগার আছে", None),
    ("bn", "সুগার ফ্রি বিস্কুট আছে?", "have_it"),
]


@pytest.mark.parametrize(("language", "text", "act"), CASES)
def test_act(language: str, text: str, act: str | None) -> None:
    found = market_act(text, language)
    assert (found.act if found else None) == act


def _received(text: str, language: str) -> tuple[str | None, int | None]:
    result = asyncio.run(
        interpret(text, source=language, target="en", speaker="customer", mt=PhrasebookMT())
    )
    amount = result.act.amount_paise if result.act is not None else None
    return (result.market.act if result.market is not None else None), amount


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("kn", "ಅಣ್ಣ, 500 ಕ್ಕೆ ಚಿಲ್ಲರೆ ಇದೆಯಾ? ಟೀ 20 ಆಯ್ತಲ್ವಾ?"),
        ("gu", "પાંચસોના છુટ્ટા મળશે? ચા વીસની થઈ ને"),
        ("bn", "পাঁচশো টাকার খুচরো হবে? চা তো কুড়ি টাকা হল"),
        ("hi", "भैया 500 का चेंज मिलेगा क्या? बीस की चाय थी ना"),
    ],
)
def test_change_for_a_note_by_its_value(language: str, text: str) -> None:
    assert _received(text, language) == ("need_change", None)


@pytest.mark.parametrize(
    ("language", "text"),
    [("hi", "500 का छुट्टा है? 480 में दे दो"), ("kn", "ಐನೂರು ರೂಪಾಯಿಗೆ ಚೇಂಜ್ ಇದೆಯಾ? 480 ಕ್ಕೆ ಕೊಡಿ")],
)
def test_an_offer_beside_a_note_stands(language: str, text: str) -> None:
    assert _received(text, language) == (None, 48000)
