"""The price scorned by another place's ("even in town it isn't this much"), a bare
"wait" that is also "be" ("இருங்க"), change the speaker fetches, the loan "done" after a
word of agreement, sweet said of a decoration, a count tied after a tasting, and how long
asked: each heard as it is meant, and no count of goods read as a price."""

from __future__ import annotations

import pytest

from audio.interpret import interpret
from audio.market import market_act
from audio.phrasebook import PhrasebookMT
from audio.understanding import Intent, understand


def heard(text: str, language: str) -> str | None:
    act = market_act(text, language)
    return act.act if act else None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("even in town it isn't that expensive, not this much", "en"),
        ("the supermarket gives it cheaper", "en"),
        ("बाज़ार में इससे सस्ता मिल जाता है", "hi"),
        ("டவுன்ல கூட இவ்ளோ இல்ல", "ta"),
        ("సిటీలో కూడా ఇంత లేదు", "te"),
        ("ಟೌನ್‌ನಲ್ಲೂ ಇಷ್ಟು ಇಲ್ಲ", "kn"),
        ("സൂപ്പർമാർക്കറ്റിൽ ഇതിലും കുറവാണ്", "ml"),
        ("বাজারে এর চেয়ে সস্তা", "bn"),
    ],
)
def test_cheaper_elsewhere_is_too_expensive(text: str, language: str) -> None:
    assert heard(text, language) == "too_expensive"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("शहर में भी इतना ट्रैफिक नहीं है", "hi"),
        ("டவுன்ல இவ்வளவு கூட்டம் இல்லை", "ta"),
        ("the mall is closed on Tuesdays", "en"),
    ],
)
def test_a_place_compared_for_something_else_is_no_complaint(text: str, language: str) -> None:
    assert heard(text, language) != "too_expensive"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("இருங்க", "ta"),
        ("இருங்க அக்கா, பாக்கறேன்", "ta"),
        ("ಇರಿ ಅಕ್ಕ, ನೋಡ್ತೀನಿ", "kn"),
        ("ఉండండి", "te"),
        ("ఉండండమ్మా, చిల్లర తెస్తాను", "te"),
        ("இருங்க, சில்லறை எடுத்துட்டு வரேன்", "ta"),
    ],
)
def test_a_bare_wait_alone_or_with_an_address_asks_to_wait(text: str, language: str) -> None:
    assert heard(text, language) == "wait"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("கொஞ்ச நாள் ஊர்ல இருங்க", "ta"),
        ("ಚೆನ್ನಾಗಿ ಇರಿ ಅಮ್ಮ", "kn"),
        ("జాగ్రత్తగా ఉండండి అమ్మా", "te"),
        ("இருங்களா அண்ணா?", "ta"),
    ],
)
def test_be_or_stay_asks_no_wait(text: str, language: str) -> None:
    assert heard(text, language) != "wait"


def test_change_asked_still_asks_for_change() -> None:
    assert heard("చిల్లర ఇస్తారా?", "te") == "need_change"
    assert heard("भैया छुट्टा दो", "hi") == "need_change"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ઓકે, ડન, બે પેક કરો", "gu"),
        ("ओके, डन, बांधून द्या", "mr"),
        ("আচ্ছা, ডান, বেঁধে দিন", "bn"),
        ("ਚੱਲੋ, ਡਨ, ਬੰਨ੍ਹ ਦਿਓ", "pa"),
    ],
)
def test_the_loan_done_after_agreement_is_the_deal(text: str, language: str) -> None:
    assert heard(text, language) == "deal"


def test_the_loan_done_elsewhere_is_no_deal() -> None:
    assert heard("ডান দিকে দোকানটা দেখুন", "bn") is None
    assert heard("ரெண்டு டன் அரிசி லாரியில வந்துச்சு", "ta") is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The temple decoration this year looks so sweet", "en"),
        ("মন্দিরের সাজটা কী মিষ্টি লাগছে", "bn"),
        ("મંદિરની સજાવટ કેટલી મીઠી લાગે છે", "gu"),
    ],
)
def test_sweet_said_of_a_decoration_claims_nothing(text: str, language: str) -> None:
    assert heard(text, language) != "claim_sweet"


def test_is_it_good_for_a_cough_asks_for_no_better_ones() -> None:
    assert heard("हे मध खोकल्याला चांगलं आहे का?", "mr") is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("பத்து பேக் பண்ணுங்க", "ta"),
        ("দশটা প্যাক করে দিন", "bn"),
    ],
)
def test_a_count_to_pack_is_no_price(text: str, language: str) -> None:
    understood = understand(text, language=language)
    assert understood.amount_paise is None
    assert understood.quantity == 10


def test_how_long_fused_asks_no_price() -> None:
    assert understand("చింతపండు ఎంతసేపు నానబెట్టాలి?", language="te").intent is not Intent.QUESTION
    assert understand("ఇది ఎంతకి?", language="te").intent is Intent.QUESTION


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("முதல்ல ஒண்ணு டேஸ்ட் பண்றேன், அப்புறம் பத்து கட்டுங்க", "taste"),
        ("சரி, டீல், ரெண்டு பேக் பண்ணுங்க", "deal"),
    ],
)
async def test_a_count_tied_or_packed_reaches_the_listener_as_the_act(text: str, act: str) -> None:
    result = await interpret(text, source="ta", target="en", speaker="customer", mt=PhrasebookMT())
    assert result.act is None or result.act.amount_paise is None
    got = result.market.act if result.market else (result.act.kind.value if result.act else None)
    assert got in (act, "accept" if act == "deal" else act)
