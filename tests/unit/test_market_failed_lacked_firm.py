"""A way to pay said to fail beside another, a bag said not had with the words of having
after the "no", "pakka" said alone after "ok", goods picked out thanked for, a free extra
asked in a small bag and a shop noticed: each heard as what it says."""

from __future__ import annotations

import pytest

from audio.market import market_act


def _act(text: str, language: str) -> str | None:
    found = market_act(text, language)
    return None if found is None else found.act


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hi", "पेटीएम फेल हो गया, कैश ले लो"),
        ("te", "గూగుల్ పే ఫెయిల్ అయింది, క్యాష్ ఇస్తాను"),
        ("pa", "ਕਾਰਡ ਫੇਲ੍ਹ ਹੋ ਗਿਆ, ਨਕਦ ਲੈ ਲਓ"),
        ("en", "the card payment failed, I'll give cash"),
    ],
)
def test_a_way_failed_pays_the_other(language: str, text: str) -> None:
    assert _act(text, language) == "pay_cash"


@pytest.mark.parametrize(
    ("language", "text"),
    [("te", "PhonePe teeskuntara sir?"), ("te", "GPay untada?"), ("pa", "Paytm chalju?")],
)
def test_a_way_asked_in_romanized_words_asks_how(language: str, text: str) -> None:
    assert _act(text, language) == "pay_how"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("te", "డబ్బులు వేశాను సార్, ఒకసారి చూడండి"),
        ("hi", "पैसे डाल दिए, देख लो"),
        ("ta", "பணம் போட்டாச்சு, பாருங்க"),
    ],
)
def test_money_put_is_money_sent(language: str, text: str) -> None:
    assert _act(text, language) == "paid_check"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hi", "थैली नहीं है मेरे पास, एक दे दीजिए"),
        ("gu", "થેલી નથી મારી પાસે, આપો ને એક"),
        ("en", "I don't have a bag with me, can I get one?"),
    ],
)
def test_a_bag_not_had_asks_for_one(language: str, text: str) -> None:
    assert _act(text, language) == "give_bag"


def test_a_bag_had_after_a_need_refused_stays_had() -> None:
    assert _act("थैली नहीं चाहिए, मेरे पास है", "hi") == "have_bag"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("gu", "ઠીક છે, પાક્કું, પેક કરી દો"),
        ("pa", "ਚਲੋ, ਪੱਕਾ, ਤੋਲ ਦਿਓ"),
        ("en", "okay, that's settled, wrap them"),
    ],
)
def test_pakka_alone_after_ok_is_the_deal(language: str, text: str) -> None:
    assert _act(text, language) == "deal"


def test_pakka_asked_is_no_deal() -> None:
    assert _act("ਠੀਕ ਹੈ, ਪੱਕਾ?", "pa") != "deal"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("gu", "આભાર કાકા, સારી કેરી વીણીને આપી"),
        ("en", "thank you, you picked the best bananas for me"),
    ],
)
def test_goods_picked_out_thanked_for_are_thanks(language: str, text: str) -> None:
    assert _act(text, language) == "thanks"


def test_thanks_then_better_ones_asked_shows_better() -> None:
    assert _act("thanks, now show me some better ones", "en") == "show_better"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("kn", "ಸಣ್ಣ ಕವರ್‌ನಲ್ಲಿ ಸ್ವಲ್ಪ ಕೊತ್ತಂಬರಿ ಫ್ರೀ ಹಾಕಿ"),
        ("hi", "छोटी थैली में थोड़ी मिर्च फ्री डाल दो"),
    ],
)
def test_a_free_extra_in_a_small_bag_asks_extra(language: str, text: str) -> None:
    assert _act(text, language) == "ask_extra"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ta", "உங்க கடையில எப்பவும் நல்ல வாசனை"),
        ("bn", "আপনার দোকানে সবসময় ভিড়"),
        ("mr", "तुमच्या दुकानात नेहमी छान वास येतो"),
    ],
)
def test_a_shop_noticed_is_small_talk(language: str, text: str) -> None:
    assert _act(text, language) is None


def test_buying_at_the_shop_noticed_stays_regular() -> None:
    assert _act("I always buy my spices from your shop, it smells so good", "en") == (
        "regular_customer"
    )
