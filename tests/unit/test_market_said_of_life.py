"""Stall talk at new kinds of stalls whose words look like another act: the loan "change"
used as a verb, "sweet" said of a person or of a kind of goods asked for, an empty
stomach, how far a place is, "what else? is everyone at home well?", "that's all" of a
salary, a card lost, an old customer, "ripe" that says "settled", a visit to the temple
before buying, a card asked for because cash is short, a sum paid, and a price recalled
from before after a complaint. Each rule is checked with a line that keeps its act."""

from __future__ import annotations

import asyncio

import pytest

from audio.interpret import interpret
from audio.market import market_act
from audio.phrasebook import PhrasebookMT
from audio.understanding import understand


def heard(text: str, language: str) -> str | None:
    act = market_act(text, language)
    return act.act if act else None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # "change" the verb: the weather, a plan, a route
        ("अचानक प्लान चेंज हो गया भाई", "hi"),
        ("బస్సు రూట్ చేంజ్ అయిందంట", "te"),
        ("ওরা দোকানের জায়গা চেঞ্জ করেছে", "bn"),
        ("ರೂಲ್ಸ್ ಎಲ್ಲಾ ಚೇಂಜ್ ಆಗಿದೆ ಈಗ", "kn"),
        ("ਬੱਸ ਦਾ ਰੂਟ ਚੇਂਜ ਹੋ ਗਿਆ", "pa"),
        ("ரூட் சேஞ்ச் பண்ணிட்டாங்க", "ta"),
        # sweet said of a person or their words
        ("how sweet of you to remember us", "en"),
        ("তোমার মেয়েটা ভারি মিষ্টি", "bn"),
        ("ਤੁਹਾਡੀ ਧੀ ਬਹੁਤ ਮਿੱਠੀ ਹੈ", "pa"),
        ("તમારી દીકરી બહુ મીઠી છે", "gu"),
        # an empty stomach
        ("ಖಾಲಿ ಹೊಟ್ಟೆಗೆ ಇದನ್ನ ತಿನ್ನಬಾರದಾ?", "kn"),
        # distance and the way
        ("रेलवे स्टेशन कितनी दूर है यहाँ से?", "hi"),
        ("સ્ટેશન કેટલું દૂર છે અહીંથી?", "gu"),
        ("station ethra dooram und?", "ml"),
        # asking after the family
        ("और सुनाओ, घर पे सब कैसे हैं?", "hi"),
        ("ఇంకేంటి, ఇంట్లో అంతా ఎలా ఉన్నారు?", "te"),
        # "that's all" of a salary or of life
        ("ఏం చేస్తాం, మా జీతం అంతే", "te"),
        ("ಏನ್ ಮಾಡೋದು, ನಮ್ ಜೀವನ ಅಷ್ಟೇ", "kn"),
        # a card lost or forgotten
        ("मेरा डेबिट कार्ड खो गया कहीं", "hi"),
        ("நேத்து என் கார்டு தொலைஞ்சு போச்சு", "ta"),
        ("എന്റെ കാർഡ് കാണുന്നില്ല", "ml"),
        # a past tense asked, no stock
        ("मेला शुरू हुआ है क्या?", "hi"),
    ],
)
def test_said_of_something_else_is_no_act(text: str, language: str) -> None:
    assert heard(text, language) is None


@pytest.mark.parametrize(
    ("text", "language", "act"),
    [
        # change asked for, with a number, a note, or asked whether it is there
        ("100 का चेंज मिलेगा?", "hi", "need_change"),
        ("వంద నోటుకి చేంజ్ ఉందా?", "te", "need_change"),
        ("চেঞ্জ আছে দাদা?", "bn", "need_change"),
        ("ಚೇಂಜ್ ಇದ್ಯಾ?", "kn", "need_change"),
        ("can you change this 200 note?", "en", "need_change"),
        ("બસોનું છૂટું આપશો?", "gu", "need_change"),
        # sweet goods named in a stock question; sweetness claimed or asked
        ("any sweet lassi left?", "en", "have_it"),
        ("মিষ্টি পান আছে?", "bn", "have_it"),
        ("ਆਮ ਬਹੁਤ ਮਿੱਠੇ ਨੇ ਜੀ", "pa", "claim_sweet"),
        # the acts kept beside the new rules
        ("ಈ ಬುಟ್ಟಿ ಖಾಲಿ ಆಯ್ತು", "kn", "out_of_stock"),
        ("అంతే అండి, ఇంకేం వద్దు", "te", "that_is_all"),
        ("कार्ड से पेमेंट होगा?", "hi", "pay_card"),
        ("पुराना कस्टमर हूँ, थोड़ा कम करो", "hi", "ask_discount"),
        ("હું જૂનો ઘરાક છું તમારો", "gu", "regular_customer"),
        # ripe that says settled; ripeness asked
        ("ঠিক আছে দাদা, পাকা। দিয়ে দিন।", "bn", "deal"),
        ("পেঁপেটা পাকা?", "bn", "is_ripe"),
        # a visit to the temple, then buying
        ("पहले मंदिर होके आती हूँ, फिर लूँगी", "hi", "come_back_later"),
        ("ದರ್ಶನ ಮುಗಿಸಿ ಬರ್ತೀನಿ, ಆಮೇಲೆ ನೋಡೋಣ", "kn", "come_back_later"),
        ("আগে ঠাকুর দেখে আসি, তারপর কিনব", "bn", "come_back_later"),
        ("ਗੁਰਦੁਆਰੇ ਮੱਥਾ ਟੇਕ ਕੇ ਆਉਂਦੀ ਹਾਂ", "pa", "come_back_later"),
        # card asked for, cash short
        ("Card ok? I don't keep so much cash on me", "en", "pay_card"),
    ],
)
def test_said_of_the_goods_keeps_its_act(text: str, language: str, act: str) -> None:
    assert heard(text, language) == act


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Paid 150 on PhonePe, check once", "en"),
        ("150 भेज दिए हैं, मैसेज आया क्या?", "hi"),
        ("150 ಕಳಿಸಿದ್ದೀನಿ, ಫೋನ್ ನೋಡಿ", "kn"),
        ("150 അയച്ചു, ഫോൺ നോക്ക്", "ml"),
    ],
)
def test_a_sum_paid_is_no_offer(text: str, language: str) -> None:
    result = asyncio.run(
        interpret(text, source=language, target="en", speaker="customer", mt=PhrasebookMT())
    )
    assert result.act is None or result.act.amount_paise is None, result
    assert result.market is not None and result.market.act == "paid_check"


def test_a_sum_to_be_sent_stays_an_offer() -> None:
    assert understand("150 में दे दो, पैसे भेज देता हूँ", language="hi").amount_paise == 150_00


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("120 for a kilo? Way too costly, last month it was 90.", "en"),
        ("ഒരു കിലോ 120 ആണോ? ഭയങ്കര വില, കഴിഞ്ഞ ആഴ്ച 90 ആയിരുന്നു", "ml"),
        ("కిలో 120 ఆ? చాలా ఎక్కువ, పోయిన వారం 90 ఉండేది", "te"),
    ],
)
def test_a_price_recalled_after_a_complaint_is_no_counter(text: str, language: str) -> None:
    assert understand(text, language=language).amount_paise is None


def test_a_price_of_now_beside_a_recalled_one_stands() -> None:
    assert understand("120 now, last month it was 90", language="en").amount_paise == 120_00


@pytest.mark.parametrize(
    ("text", "language", "act"),
    [
        ("one more spoon please", "en", "ask_extra"),
        ("ಇನ್ನೊಂದು ಚಮಚ ಹಾಕಿ", "kn", "ask_extra"),
        ("weigh it again without the bag", "en", "weigh_properly"),
        ("ડબ્બાનું વજન કાઢીને આપજો", "gu", "weigh_properly"),
        ("ਥੋਕ ਵਿੱਚ ਲਵਾਂ ਤਾਂ ਕੀ ਭਾਅ?", "pa", "bulk_price"),
        ("ശരി, ഞാൻ ഇറങ്ങട്ടെ ചേച്ചി", "ml", "goodbye"),
        ("this halwa looks days old", "en", "quality_old"),
    ],
)
def test_new_stall_words_are_heard(text: str, language: str, act: str) -> None:
    assert heard(text, language) == act
