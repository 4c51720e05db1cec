"""Market acts: goods old in the sack that holds them, a free thing already given, a
request's "no?" tag with a reason after it, a way to pay said with another's fault in
another clause, a second-hand item's year asked."""

from __future__ import annotations

import pytest

from audio.market import market_act


def act_of(text: str, language: str) -> str | None:
    found = market_act(text, language)
    return found.act if found is not None else None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("gu", "આ સિમેન્ટ તો જૂનો લાગે છે, થેલીમાં ગાંઠા બંધાઈ ગયા છે"),
        ("gu", "aa cement juno che, theli ma gatha thai gaya"),
        ("hi", "ये सीमेंट पुराना है, बोरी में ही जम गया है"),
        ("mr", "हे सिमेंट जुनं आहे, पोत्यातच घट्ट झालंय"),
        ("ta", "இந்த சிமெண்ட் பழசு, மூட்டையிலேயே கட்டி ஆயிடுச்சு"),
    ],
)
def test_goods_old_in_their_sack_are_old(language: str, text: str) -> None:
    assert act_of(text, language) == "quality_old"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pa", "ਤੁਸੀਂ ਬਹੁਤ ਮਿੱਠੇ ਹੋ ਵੀਰ, ਬੱਚੇ ਨੂੰ ਗੁਬਾਰਾ ਮੁਫ਼ਤ ਦੇ ਦਿੱਤਾ"),
        ("pa", "tusi bade mithe ho veer, bache nu seeti free de ditti"),
        ("hi", "आप बहुत मीठे हो भैया, बच्चे को गुब्बारा फ्री दे दिया"),
        ("en", "you're a sweetheart, uncle, you gave my boy a balloon for free"),
    ],
)
def test_a_free_thing_already_given_asks_nothing(language: str, text: str) -> None:
    assert act_of(text, language) is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hi", "तुमने कम दिया, थोड़ा और डालो"),
        ("en", "you gave less, add a little more"),
    ],
)
def test_extra_asked_after_a_giving_told_is_asked(language: str, text: str) -> None:
    assert act_of(text, language) == "ask_extra"


@pytest.mark.parametrize(
    "text",
    ["give one polythene, no? it's leaking", "give one bag no? it is dripping"],
)
def test_a_no_tag_with_a_reason_after_it_asks_for_a_bag(text: str) -> None:
    assert act_of(text, "en") == "give_bag"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ta", "kaasa kudukuren, net illa QR vela seyyala"),
        ("ta", "பணமா தரேன், நெட் இல்லாததால QR வேலை செய்யல"),
        ("te", "cash istha, net ledu QR pani cheyyatledu"),
    ],
)
def test_a_way_paid_with_the_reason_another_fails_is_that_way(language: str, text: str) -> None:
    assert act_of(text, language) == "pay_cash"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("mr", "ha juna phone konta varshacha ahe?"),
        ("mr", "हा जुना फोन कोणत्या वर्षाचा आहे?"),
        ("hi", "ye purana phone kaun se saal ka hai?"),
    ],
)
def test_a_second_hand_items_year_asked_is_small_talk(language: str, text: str) -> None:
    assert act_of(text, language) is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "this vada is from the morning, it has gone cold and hard"),
        ("en", "the bhajis look like yesterday's, they've gone hard"),
        ("hi", "ये समोसे सुबह के लग रहे हैं, ठंडे हो गए"),
        ("mr", "हा वडा सकाळचा आहे, थंड आणि कडक झालाय"),
        ("gu", "આ ભજીયા સવારના છે, ઠંડા થઈ ગયા"),
        ("ta", "இந்த வடை காலையிலது, ஆறிப்போய் கெட்டியா இருக்கு"),
        ("te", "ఈ వడ పొద్దున్నది, చల్లగా గట్టిగా అయిపోయింది"),
        ("kn", "ಈ ವಡೆ ಬೆಳಿಗ್ಗೆಯದು, ತಣ್ಣಗಾಗಿ ಗಟ್ಟಿ ಆಗಿದೆ"),
        ("ml", "ഈ വട രാവിലത്തെയാണ്, തണുത്ത് കട്ടിയായി"),
        ("pa", "ਇਹ ਸਮੋਸੇ ਸਵੇਰ ਦੇ ਲੱਗਦੇ ਨੇ, ਠੰਢੇ ਹੋ ਗਏ"),
        ("bn", "চপগুলো সকালের, ঠান্ডা হয়ে গেছে"),
    ],
)
def test_a_cooked_snack_said_from_the_morning_or_gone_hard_is_old(language: str, text: str) -> None:
    assert act_of(text, language) == "quality_old"


@pytest.mark.parametrize(
    ("language", "text", "act"),
    [
        ("en", "so cold today, hot hot pakoras feel good", None),
        ("hi", "सुबह के समोसे मिलेंगे?", "have_it"),
        ("en", "samosas are finished", "out_of_stock"),
        ("en", "the vadas are hot, just fried", "claim_fresh"),
        ("en", "these pakoras are soggy", "quality_soft"),
    ],
)
def test_staleness_before_the_snack_or_softness_alone_is_not_old(
    language: str, text: str, act: str | None
) -> None:
    assert act_of(text, language) == act


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "let me choose the toy myself, the boy wants a red one"),
        ("kn", "ಬಣ್ಣ ನಾನೇ ಆರಿಸಲಾ? ಮಗಳು ತನ್ನ ಬಣ್ಣವೇ ತಗೊಳ್ತಾಳೆ"),
        ("pa", "ਰੰਗ ਮੈਂ ਆਪ ਚੁਣ ਲਵਾਂ? ਕੁੜੀ ਆਪਣਾ ਰੰਗ ਲਵੇਗੀ"),
        ("hi", "रंग मैं खुद चुन लूँ? बेटी अपनी पसंद का लेगी"),
        ("bn", "রংগুলো আমি নিজে বেছে নিই? মেয়ে নিজের রং নেবে"),
    ],
)
def test_picking_myself_with_a_child_as_the_reason_is_picking(language: str, text: str) -> None:
    assert act_of(text, language) == "pick_myself"


@pytest.mark.parametrize(
    ("language", "text"),
    [("en", "the kid will pick it himself"), ("hi", "बच्चा खुद चुन लेगा")],
)
def test_a_child_picking_is_no_pick_myself(language: str, text: str) -> None:
    assert act_of(text, language) != "pick_myself"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I have my coffee here every evening after work"),
        ("en", "I always get my vegetables from you"),
        ("hi", "main roz subah yahin chai peeta hoon"),
        ("te", "రోజూ ఉదయం ఆఫీసుకి ముందు ఇక్కడే టీ తాగుతాను"),
        ("mr", "मी रोज सकाळी इथेच चहा पितो"),
        ("gu", "હું રોજ સવારે અહીં જ ચા પીઉં છું"),
        ("kn", "ನಾನು ದಿನಾ ಬೆಳಿಗ್ಗೆ ಇಲ್ಲೇ ಟೀ ಕುಡೀತೀನಿ"),
        ("ml", "ഞാൻ എന്നും ഇവിടുന്നാണ് മീൻ വാങ്ങാറ്"),
        ("pa", "ਮੈਂ ਹਮੇਸ਼ਾ ਤੁਹਾਥੋਂ ਹੀ ਸਬਜ਼ੀ ਲੈਂਦਾ ਹਾਂ"),
    ],
)
def test_a_habit_of_buying_at_this_stall_is_a_regular(language: str, text: str) -> None:
    assert act_of(text, language) == "regular_customer"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hi", "हमेशा यहीं दुकान लगाता हूँ"),
        ("mr", "रोज किती वाजेपर्यंत इथे थांबता तुम्ही?"),
        ("kn", "ದಿನಾ ಇಲ್ಲೇ ಟ್ರಾಫಿಕ್ ಜಾಮ್"),
    ],
)
def test_a_habit_here_with_no_buying_is_no_regular(language: str, text: str) -> None:
    assert act_of(text, language) != "regular_customer"


@pytest.mark.parametrize(
    ("language", "text", "act"),
    [
        ("hi", "अभी अभी तले हैं, एकदम गरमागरम", "claim_fresh"),
        ("en", "fresh off the pan, just fried", "claim_fresh"),
        ("en", "show me this same print in a lighter shade", "show_another"),
        ("en", "do you have the same kurta in another colour", "show_another"),
        ("en", "the money has gone, check if you got an SMS", "paid_check"),
        ("en", "the balloons have gone flat, they're drooping", "quality_soft"),
        ("hi", "गुब्बारों की हवा निकल गई, सब लटक गए", "quality_soft"),
        ("kn", "ಇನ್ನೇನಾದರೂ ಬೇಕಾ ಮೇಡಂ?", "anything_else"),
        ("kn", "ಬೇರೆ ಏನಾದ್ರು ಕೊಡ್ಲಾ ಅಕ್ಕ?", "anything_else"),
        ("ta", "இன்னும் ரெண்டு வெற்றிலை போடுங்க", "ask_extra"),
        ("hi", "दो मिनट रुकिए, गैस खत्म हो गई, सिलेंडर बदल रहा हूँ", "wait"),
        ("en", "one minute, the gas is over, changing the cylinder", "wait"),
        ("hi", "पापड़ सीले हैं", "quality_soft"),
    ],
)
def test_everyday_lines_missed_before_are_heard(language: str, text: str, act: str) -> None:
    assert act_of(text, language) == act
