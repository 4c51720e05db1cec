"""Talk heard as no act it does not say: a bag had on oneself
said after the bag word (`audio.market.own_bag`), a bag thanked for
(`audio.market.bag_thanked`), the coming of an errand (`audio.market.errand`), one way to
pay asked with "or" (`audio.market.pay_choice.or_asked`), a look at the weather
(`audio.market.asides.weather_looked`) and "any" in a condition told
(`audio.market.any_told`); look-alikes keep their act."""

from __future__ import annotations

import pytest

from audio.market import market_act


def _act(text: str, language: str) -> str | None:
    found = market_act(text, language)
    return found.act if found else None


@pytest.mark.parametrize(
    ("language", "text", "act"),
    [
        ("ta", "பை என் கையில இருக்கு, அரிசியை இதுலயே போடுங்க", "have_bag"),
        ("gu", "થેલી હું સાથે લાવી છું, ખાંડ એમાં નાખી દો", "have_bag"),
        ("hi", "थैला मेरे पास है, आटा इसी में डाल दो", "have_bag"),
        ("bn", "ব্যাগ আমার কাছে আছে, চালটা এতে ঢেলে দিন", "have_bag"),
        ("en", "The bag is with me, just tip the rice in", "have_bag"),
        ("mr", "पिशवी माझ्याकडे आहे, यात टाका", "have_bag"),
        ("kn", "ಚೀಲ ನನ್ನ ಹತ್ರ ಇದೆ, ಇದರಲ್ಲೇ ಹಾಕಿ", "have_bag"),
        ("pa", "ਥੈਲਾ ਮੇਰੇ ਕੋਲ ਹੈ, ਆਟਾ ਇਸ ਵਿੱਚ ਪਾ ਦਿਓ", "have_bag"),
        ("te", "సంచి నా దగ్గర ఉంది, ఇందులో వేయండి", "have_bag"),
        ("ml", "സഞ്ചി എന്റെ കയ്യിൽ ഉണ്ട്, ഇതിൽ ഇട്ടോളൂ", "have_bag"),
        ("ta", "பை என் கையில இல்ல, ஒரு பை குடுங்க", "give_bag"),
        ("hi", "थैला मेरे पास नहीं है, एक दे दो", "give_bag"),
        ("bn", "ব্যাগ আমার কাছে নেই, একটা দিন", "give_bag"),
    ],
)
def test_bag_had_after_the_bag_word(language: str, text: str, act: str | None) -> None:
    assert _act(text, language) == act


@pytest.mark.parametrize(
    ("language", "text", "act"),
    [
        ("bn", "ধন্যবাদ দাদা, ভারী ব্যাগটা রিকশা থেকে তুলে দিলেন", "thanks"),
        ("en", "Thanks for carrying the bag up the steps, bhaiya", "thanks"),
        ("hi", "शुक्रिया भैया, थैला गाड़ी से उतार दिया", "thanks"),
        ("gu", "આભાર ભાઈ, થેલો રિક્ષામાંથી ઉતારી આપ્યો", "thanks"),
        ("ta", "பையை இறக்கி வச்சதுக்கு நன்றி அண்ணா", "thanks"),
        ("mr", "पिशवी उचलून दिली, धन्यवाद दादा", "thanks"),
        ("pa", "ਥੈਲਾ ਲਾਹ ਦਿੱਤਾ, ਧੰਨਵਾਦ ਜੀ", "thanks"),
        ("bn", "ধন্যবাদ, একটা ব্যাগ দিন", "give_bag"),
        ("en", "Thanks, and give me a bag too", "give_bag"),
        ("hi", "शुक्रिया, एक थैली दे दो", "give_bag"),
        ("gu", "આભાર, એક થેલી આપો", "give_bag"),
        ("pa", "ਧੰਨਵਾਦ, ਇੱਕ ਲਿਫ਼ਾਫ਼ਾ ਦੇ ਦਿਓ", "give_bag"),
    ],
)
def test_bag_thanked_for_is_no_request(language: str, text: str, act: str | None) -> None:
    assert _act(text, language) == act


@pytest.mark.parametrize(
    ("language", "text", "act"),
    [
        ("bn", "ছেলের কোচিং শুরু হয়েছে, বিকেলে ওকে পড়তে দিয়ে আসি", None),
        ("mr", "नातवाला शाळेत सोडून येतो रोज", None),
        ("ta", "பையனை ஸ்கூல்ல விட்டுட்டு வரேன் தினமும்", None),
        ("gu", "રોજ દીકરાને શાળાએ મૂકવા જાઉં છું", None),
        ("bn", "আচ্ছা দাদা, আসি তাহলে", "goodbye"),
        ("mr", "बरं, येतो मी", "goodbye"),
        ("ta", "சரி, போயிட்டு வரேன்", "goodbye"),
        ("gu", "ચાલો, જાઉં છું", "goodbye"),
    ],
)
def test_errand_coming_takes_no_leave(language: str, text: str, act: str | None) -> None:
    assert _act(text, language) == act


@pytest.mark.parametrize(
    ("language", "text", "act"),
    [
        ("gu", "રોકડા આપશો કે ખાતામાં નાખશો?", "pay_how"),
        ("hi", "कैश दोगे या खाते में डालोगे?", "pay_how"),
        ("bn", "ক্যাশ দেবেন নাকি অ্যাকাউন্টে পাঠাবেন?", "pay_how"),
        ("pa", "ਨਕਦ ਦਿਓਗੇ ਜਾਂ ਖਾਤੇ ਵਿੱਚ ਪਾਓਗੇ?", "pay_how"),
        ("mr", "रोख देणार की खात्यात टाकणार?", "pay_how"),
        ("en", "Cash, or will you send it on the phone?", "pay_how"),
        ("gu", "રોકડા આપું છું", "pay_cash"),
        ("hi", "कैश दे रहा हूँ", "pay_cash"),
        ("en", "I'll pay cash, or is that a problem for you", "pay_cash"),
    ],
)
def test_one_way_asked_with_or_asks_how(language: str, text: str, act: str | None) -> None:
    assert _act(text, language) == act


@pytest.mark.parametrize(
    ("language", "text", "act"),
    [
        ("gu", "આ વરસાદ તો જુઓ, સવારથી બંધ જ નથી થતો", None),
        ("mr", "हा पाऊस तर बघा, सकाळपासून थांबतच नाही", None),
        ("gu", "ગરમી છે, પણ આવો જુઓ તાજી કેરી", "come_look"),
        ("hi", "गर्मी बहुत है, पर आइए देखिए ठंडे तरबूज", "come_look"),
        ("mr", "या ताई, बघा", "come_look"),
    ],
)
def test_look_at_the_weather_calls_nobody(language: str, text: str, act: str | None) -> None:
    assert _act(text, language) == act


@pytest.mark.parametrize(
    ("language", "text", "act"),
    [
        ("en", "If the river keeps rising any more they will shut the bridge after dark.", None),
        ("en", "When any of the trucks turns up I will call you.", None),
        ("en", "Any guavas today?", "have_it"),
        ("en", "Do you have any more onions?", "have_it"),
    ],
)
def test_any_in_a_condition_asks_nothing(language: str, text: str, act: str | None) -> None:
    assert _act(text, language) == act


@pytest.mark.parametrize(
    ("language", "text", "act"),
    [
        ("hi", "ये कुर्ता बहुत छोटा है, मेरी बेटी को नहीं आएगा", "quality_small"),
        ("mr", "हा सदरा फार लहान आहे, माझ्या मुलाला होणार नाही", "quality_small"),
        ("hi", "बेटा अभी छोटा है, झूले पर नहीं बैठेगा", None),
        ("hi", "मेरा बेटा अभी छोटा है", None),
    ],
)
def test_small_goods_for_a_child_named_after(language: str, text: str, act: str | None) -> None:
    assert _act(text, language) == act
