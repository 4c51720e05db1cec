"""Everyday asks at a stall, each heard as its act through `audio.interpret` with no
price: "more" with a word of giving asks an extra (Gujarati "વધારે આપો", Punjabi "ਹੋਰ ਪਾ
ਦਿਓ"), and so does a little put "on top" ("ઉપર થોડું", "ਉੱਪਰ ਪਾ ਦਿਓ"); a
better one asked in romanized Bengali ("bhalo … dekhan") shows better goods. A
wait asked with a request after it ("ruko, ek thaili dena") is the request; a coming
with a companion ("bete ke saath aaungi") comes back later, and a call with "look"
("vaa chechi, nokku") calls to the goods. No
change said with a way to pay by phone ("chillare illa, phone pay maadi") is `no_change`. A
discount asked for two taken now ("ಎರಡು ತಗೊಳ್ತಿದ್ದೀನಿ") counts goods, no ₹2.
Buying "from here" every term ("ഇവിടുന്നാ … വാങ്ങുന്നത്") says a regular customer.
A number after "part" or "volume" (भाग, খণ্ড, பாகம்) names an edition, no price, and an old
copy asked for asks for second-hand stock (`have_it`), no staleness."""

from __future__ import annotations

import asyncio

import pytest

from audio.interpret import interpret
from audio.phrasebook import PhrasebookMT


def received(text: str, language: str, speaker: str = "customer") -> tuple[str | None, int | None]:
    """The market act the listener hears and any amount carried with it."""
    target = "hi" if language == "en" else "en"
    got = asyncio.run(
        interpret(text, source=language, target=target, speaker=speaker, mt=PhrasebookMT())
    )
    act = got.market.act if got.market is not None else None
    return act, got.act.amount_paise if got.act is not None else None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("gu", "છાશ થોડી વધારે આપજો"),
        ("gu", "ben, vadhare chaas aapo ne"),
        ("gu", "dahi vadhare aapjo, bhai"),
        ("gu", "upar thodi sev nakhi aapo"),
        ("pa", "lassi thodi hor pa deyo ji"),
        ("pa", "ਮੱਖਣ ਉੱਪਰ ਪਾ ਦਿਓ, ਵੀਰ ਜੀ"),
        ("pa", "paranthe upar thoda makhan pa do"),
        ("pa", "ਚਟਣੀ ਹੋਰ ਪਾ ਦੇਵੋ"),
    ],
)
def test_more_given_or_put_on_top_asks_an_extra(language: str, text: str) -> None:
    assert received(text, language) == ("ask_extra", None)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("bn", "eta khub patla, aro bhalo ta dekhan"),
        ("bn", "dada, er cheye bhalo saree dekhao"),
        ("bn", "boudi, bhalo gamcha dekhaben?"),
        ("bn", "এটা পাতলা, আরো ভালো কাপড় দেখান"),
        ("en", "This one is thin, show me a better cloth"),
        ("hi", "ये कपड़ा पतला है, इससे बढ़िया दिखाइए"),
        ("ta", "இது ரொம்ப மெல்லிசா இருக்கு, நல்லதா காட்டுங்க"),
    ],
)
def test_better_goods_asked_shown(language: str, text: str) -> None:
    assert received(text, language) == ("show_better", None)


@pytest.mark.parametrize(
    ("language", "text"),
    [("bn", "aaj bhalo brishti hocche"), ("bn", "cheleta porikkhay bhalo korche")],
)
def test_good_said_of_rain_or_an_exam_is_no_act(language: str, text: str) -> None:
    assert received(text, language) == (None, None)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hi", "zara ruk jao bhaiya, helmet utaar loon"),
        ("hi", "ruk jaiye, purse nikaal rahi hoon"),
        ("hi", "ek minute thehro, gaadi stand pe laga doon"),
        ("hi", "ruko zara, ye thaila scooter pe taang doon"),
        ("bn", "একটু দাঁড়ান, টাকাটা বের করি"),
        ("ta", "ஒரு நிமிஷம் இருங்க, பணம் எடுக்கறேன்"),
        ("kn", "ಒಂದು ನಿಮಿಷ ಇರಿ, ಸ್ಕೂಟರ್ ನಿಲ್ಲಿಸ್ತೀನಿ"),
    ],
)
def test_wait_asked_with_what_the_speaker_does_meanwhile(language: str, text: str) -> None:
    assert received(text, language) == ("wait", None)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Hold on, give me a carry bag"),
        ("hi", "ruko bhaiya, ek thaili dena"),
        ("hi", "रुकिए, एक पन्नी दे दीजिए"),
        ("ta", "இருங்க, ஒரு பை குடுங்க"),
        ("kn", "ಸ್ವಲ್ಪ ಇರಿ, ಒಂದು ಚೀಲ ಕೊಡಿ"),
        ("bn", "দাঁড়ান, একটা ব্যাগ দিন"),
        ("bn", "একটু দাঁড়াও, একটা প্যাকেট দাও"),
    ],
)
def test_a_bag_asked_after_wait_is_the_request(language: str, text: str) -> None:
    assert received(text, language) == ("give_bag", None)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Just a minute, the bag is in the car"),
        ("bn", "এক মিনিট, ব্যাগ থেকে টাকা বের করি"),
        ("hi", "ek minute ruko, thaila sambhaal loon"),
    ],
)
def test_own_bag_handled_while_waiting_is_a_wait(language: str, text: str) -> None:
    assert received(text, language) == ("wait", None)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hi", "kal subah mummy ke saath aaungi, tab lungi"),
        ("hi", "शाम को अपनी बेटी के साथ आऊँगा"),
        ("hi", "रात को पति को साथ लेकर आऊँगी"),
        ("en", "I'll come by in the evening with my son"),
        ("ta", "சாயங்காலம் என் பையனோட வரேன்"),
        ("bn", "বিকেলে ছেলের সঙ্গে আসব"),
        ("te", "సాయంత్రం మా అబ్బాయితో వస్తాను"),
    ],
)
def test_coming_later_with_a_companion(language: str, text: str) -> None:
    assert received(text, language) == ("come_back_later", None)


def test_having_come_with_someone_is_no_coming_back() -> None:
    assert received("main bete ke saath aayi hoon", "hi") == (None, None)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ml", "vaa chetta, ee vilakku nokku"),
        ("ml", "vaa chechi, nokku"),
        ("ml", "വാ ചേച്ചി, വിളക്ക് നോക്ക്"),
        ("ta", "வா அக்கா விளக்கு பாருங்க"),
        ("ta", "vaanga, paarunga"),
        ("kn", "ಬನ್ನಿ ಅಕ್ಕ, ದೀಪ ನೋಡಿ"),
    ],
)
def test_a_call_with_look_calls_to_the_goods(language: str, text: str) -> None:
    assert received(text, language, "vendor") == ("come_look", None)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("kn", "chillare illa madam, phone pay maadi"),
        ("kn", "saar chillare illri, gpay maadi"),
        ("kn", "ಚಿಲ್ಲರೆ ಇಲ್ಲ ಮೇಡಂ, ಫೋನ್ ಪೇ ಮಾಡಿ"),
        ("te", "చిల్లర లేదు అక్కా, ఫోన్ పే చేయండి"),
        ("hi", "chutte nahi hai madam, gpay kar do"),
        ("ta", "சில்லறை இல்ல மேடம், ஜிபே பண்ணுங்க"),
        ("en", "No change, madam, pay by phone"),
    ],
)
def test_no_change_with_another_way_to_pay_is_no_change(language: str, text: str) -> None:
    assert received(text, language, "vendor") == ("no_change", None)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("kn", "ಸ್ವಲ್ಪ ಕಡಿಮೆ ಮಾಡಿ, ಎರಡು ತಗೊಳ್ತಿದ್ದೀನಿ"),
        ("kn", "swalpa kadime maadi, eradu tagoltiddini"),
        ("kn", "ಕಡಿಮೆ ಮಾಡಿ ಅಣ್ಣ, ಎರಡು ಸೀರೆ ತಗೋತೀನಿ"),
        ("hi", "thoda kam karo, do le rahi hoon"),
        ("en", "Knock a bit off, I'm buying two"),
        ("bn", "একটু কমিয়ে দিন, দুটো নিচ্ছি"),
        ("mr", "दोन घेतोय, थोडं कमी करा"),
        ("ml", "രണ്ടെണ്ണം എടുക്കുന്നുണ്ട്, ഇത്തിരി കുറയ്ക്ക്"),
        ("pa", "ਦੋ ਲੈ ਰਹੀ ਹਾਂ, ਥੋੜ੍ਹਾ ਘੱਟ ਕਰੋ"),
        ("ta", "கொஞ்சம் குறைச்சு குடுங்க, ரெண்டு வாங்கறேன்"),
        ("te", "konchem tagginchandi, rendu teesukuntunna"),
        ("gu", "થોડું ઓછું કરો, બે લઉં છું"),
    ],
)
def test_discount_asked_for_two_taken_names_no_price(language: str, text: str) -> None:
    assert received(text, language) == ("ask_discount", None)


def test_a_sum_to_take_at_after_a_discount_stays_a_price() -> None:
    act, amount = received("ಕಡಿಮೆ ಮಾಡಿ, ಇಪ್ಪತ್ತಕ್ಕೆ ತಗೋತೀನಿ", "kn")
    assert act is None and amount == 20_00


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ml", "ella semesterum ividunnaa pusthakam vangunnath"),
        ("ml", "എല്ലാ വർഷവും ഇവിടുന്നാണ് നോട്ടുബുക്ക് വാങ്ങുന്നത്"),
        ("pa", "har saal kitaban tuhade ton hi lainda haan"),
        ("te", "రోజూ ఇక్కడే పాలు తీసుకుంటాను, గుర్తు లేదా?"),
        ("kn", "ದಿನಾ ಇಲ್ಲೇ ಹಾಲು ತಗೋತೀನಿ, ನೆನಪಿಲ್ವಾ?"),
        ("en", "I buy my notebooks from you every term"),
    ],
)
def test_buying_here_every_term_or_day_is_a_regular(language: str, text: str) -> None:
    assert received(text, language) == ("regular_customer", None)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ml", "എല്ലാ സെമസ്റ്ററും ഫീസ് കൂടുന്നു"),
        ("ml", "ഇവിടുന്ന് ബസ് സ്റ്റാൻഡിലേക്ക് എത്ര ദൂരം?"),
        ("en", "Will it rain this evening?"),
        ("hi", "आज ट्रैफिक बहुत है, आधा घंटा लगा"),
        ("ta", "தீபாவளிக்கு ஊருக்கு போறீங்களா?"),
        ("kn", "ಮೆಜೆಸ್ಟಿಕ್‌ಗೆ ಯಾವ ಬಸ್ ಹೋಗುತ್ತೆ?"),
        ("ml", "മോന്റെ പരീക്ഷ അടുത്ത ആഴ്ചയാണ്"),
        ("bn", "এটা কি ঠান্ডা জলে ধুতে হবে?"),
        ("hi", "bete ka exam part 2 kal hai"),
    ],
)
def test_weather_traffic_festivals_buses_exams_and_washing_are_no_act(
    language: str, text: str
) -> None:
    assert received(text, language) == (None, None)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Do you have volume 3 of Ponniyin Selvan?"),
        ("en", "Got any second-hand copy of Malgudi Days part 2?"),
        ("hi", "Chandrakanta part 3 ki purani copy milegi kya?"),
        ("hi", "गोदान भाग 2 की पुरानी कॉपी मिलेगी?"),
        ("bn", "রবীন্দ্র রচনাবলী খণ্ড ৫ এর পুরোনো কপি আছে?"),
        ("ta", "பாகம் 2 பழைய புக் இருக்கா?"),
        ("kn", "ಮಲೆಗಳಲ್ಲಿ ಮದುಮಗಳು ಭಾಗ 2 ಇದೆಯಾ?"),
        ("ml", "ഖസാക്കിന്റെ ഇതിഹാസം ഭാഗം 3 പഴയ കോപ്പി ഉണ്ടോ?"),
        ("pa", "ਨਾਨਕ ਸਿੰਘ ਦਾ ਨਾਵਲ ਭਾਗ 2 ਹੈਗਾ?"),
        ("te", "మహాప్రస్థానం భాగం 2 ఉందా?"),
    ],
)
def test_a_part_or_volume_asked_for_names_an_edition_no_price(language: str, text: str) -> None:
    assert received(text, language) == ("have_it", None)


def test_old_said_of_the_goods_at_hand_still_doubts_them() -> None:
    assert received("ये किताबें पुरानी लग रही हैं", "hi") == ("quality_old", None)
