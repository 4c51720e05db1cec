"""Market acts: a wait that everyone is doing for something else, a way to pay whose
network is said missing, a bag had on oneself or not, a "fix" alone after agreeing, the
age of second-hand goods asked, softness asked as a cooking goal, a snack
said yesterday's."""

from __future__ import annotations

import pytest

from audio.market import market_act


def act_of(text: str, language: str) -> str | None:
    found = market_act(text, language)
    return found.act if found is not None else None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hi", "बेटी का रिज़ल्ट आने वाला है, सबको उसी का इंतज़ार है"),
        ("hi", "bus late hai, sab log wait kar rahe hain"),
        ("ta", "paiyan result varudhu, ellarum adhukku wait panrom"),
        ("kn", "huduga result barta ide, ellaru adakke wait madta iddare"),
        ("pa", "munde da result aun wala hai, sab nu usi da wait hai"),
        ("bn", "pujor chhuti, sobai tar jonno wait korche"),
        ("en", "the exam marks are out today, everybody is waiting on them"),
    ],
)
def test_a_wait_everyone_is_doing_asks_nobody_to_wait(language: str, text: str) -> None:
    assert act_of(text, language) is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hi", "ek minute wait karo bhaiya"),
        ("ta", "oru nimisham wait pannunga"),
        ("kn", "swalpa wait maadi"),
        ("bn", "ektu wait korun"),
        ("en", "wait a minute, everyone"),
    ],
)
def test_a_wait_asked_still_asks(language: str, text: str) -> None:
    assert act_of(text, language) == "wait"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ta", "kaasa tharen, QR scan panna net illa"),
        ("hi", "नकद दूंगा, स्कैन के लिए नेट नहीं है"),
        ("hi", "cash le lo bhai, phone pe karne ko network nahi aa raha"),
        ("te", "cash istha, QR scan cheyyadaniki net ledu"),
        ("kn", "cash kodtini, GPay maadoke network illa"),
        ("bn", "ক্যাশ দিচ্ছি, QR স্ক্যান করার নেট নেই"),
        ("gu", "cash aapu chu, QR scan karva net nathi"),
        ("en", "I'll give cash, no signal to scan the QR"),
        ("en", "take cash, the network is down for UPI here"),
    ],
)
def test_a_way_paid_with_the_network_missing_for_another_is_that_way(
    language: str, text: str
) -> None:
    assert act_of(text, language) == "pay_cash"


@pytest.mark.parametrize(
    ("language", "text", "act"),
    [
        ("hi", "net nahi hai to cash de deta hoon", "pay_cash"),
        ("hi", "UPI karoge ya cash?", "pay_how"),
        ("en", "UPI or cash?", "pay_how"),
        ("ta", "ஜிபே பண்றேன்", "pay_upi"),
        ("hi", "card chalega?", "pay_card"),
    ],
)
def test_ways_to_pay_without_a_network_said_are_kept(language: str, text: str, act: str) -> None:
    assert act_of(text, language) == act


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I have a cover, no need"),
        ("en", "I've got a carry bag with me, don't need yours"),
        ("hi", "mere paas thaili hai, zarurat nahi"),
        ("hi", "मेरे पास झोला है भैया, रहने दो"),
        ("ta", "என்கிட்ட பை இருக்கு, வேண்டாம்"),
        ("bn", "আমার কাছে ব্যাগ আছে, লাগবে না"),
    ],
)
def test_a_bag_had_on_oneself_is_the_speakers_own(language: str, text: str) -> None:
    assert act_of(text, language) == "have_bag"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I have no bag, give me one"),
        ("hi", "mere paas thaili nahi hai, ek de do"),
        ("hi", "ek thaili de do"),
    ],
)
def test_a_bag_said_not_had_is_asked_for(language: str, text: str) -> None:
    assert act_of(text, language) == "give_bag"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("te", "sare andi, fix, katti ivvandi"),
        ("te", "సరే అక్కా, ఫిక్స్, ప్యాక్ చేయండి"),
        ("hi", "theek hai bhaiya, fix, pack kar do"),
        ("ta", "சரி அண்ணா, ஃபிக்ஸ், பேக் பண்ணுங்க"),
        ("kn", "sari sir, fix, pack maadi"),
        ("en", "okay uncle, fixed, pack them up"),
    ],
)
def test_a_fix_said_alone_after_agreeing_is_the_deal(language: str, text: str) -> None:
    assert act_of(text, language) == "deal"


@pytest.mark.parametrize(
    ("language", "text", "act"),
    [
        ("en", "pack it", "pack_it"),
        ("hi", "pack kar do bhaiya", "pack_it"),
        ("en", "fix the scale first, then weigh", "weigh_properly"),
    ],
)
def test_packing_without_a_fix_is_packing(language: str, text: str, act: str) -> None:
    assert act_of(text, language) == act


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("mr", "ही जुनी स्कूटर किती वर्षांची आहे?"),
        ("mr", "hi juni gadi kiti varsha juni aahe?"),
        ("ml", "ee pazhaya bike ethra varsham pazhakkam und?"),
        ("ml", "ഈ സൈക്കിൾ എത്ര വർഷം ഓടിയതാ?"),
        ("gu", "aa juno phone kya varsh no che?"),
        ("en", "what year is this used scooter from?"),
    ],
)
def test_the_age_of_second_hand_goods_asked_is_no_price_or_staleness(
    language: str, text: str
) -> None:
    assert act_of(text, language) is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("mr", "मटण मऊ शिजायला किती वेळ लागतो?"),
        ("ta", "chicken soft-a vega evlo neram?"),
        ("en", "how long do I boil the mutton so it goes soft?"),
    ],
)
def test_softness_as_a_cooking_goal_asked_is_no_complaint(language: str, text: str) -> None:
    assert act_of(text, language) is None


@pytest.mark.parametrize(
    ("language", "text", "act"),
    [
        ("hi", "ये फ़ोन कितने का है?", "ask_price"),
        ("mr", "he tomato naram ahet", "quality_soft"),
    ],
)
def test_price_and_softness_without_age_or_cooking_are_kept(
    language: str, text: str, act: str
) -> None:
    assert act_of(text, language) == act


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("gu", "aa puri havai gai che, kaal ni che?"),
        ("hi", "ye pakode naram pad gaye, kal ke hain kya?"),
        ("bn", "এই সিঙাড়া গুলো নেতিয়ে গেছে, কালকের নাকি?"),
        ("ta", "இந்த வடை நேத்து சுட்டதா?"),
    ],
)
def test_a_snack_said_yesterdays_is_old(language: str, text: str) -> None:
    assert act_of(text, language) == "quality_old"


def test_snacks_ordered_for_tomorrow_are_not_old() -> None:
    assert act_of("कल के लिए दो किलो समोसे बना देना", "hi") is None
