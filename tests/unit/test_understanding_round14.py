"""An hour to come back by, before or since ("8 tar modhye", "since 5", "8 లోపు") that
is no price; "make it X, I'll take N kilo" that leaves rate or total open; "ok, X, let's
close it" with no price on the table (a counter); each in all ten languages, native script
and romanized."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import Intent, Understanding, understand


def _recorded(understood: Understanding) -> int | None:
    return understood.amount_paise if understood.confidence >= MIN_CONFIDENCE else None


# By, before, within or since an hour, with coming or keeping around it: no price.
HOURS = [
    ("hi", "8 baje se pehle aaunga, rakh dena"),
    ("hi", "सुबह 5 बजे से खड़ा हूँ"),
    ("en", "I'll be back before 7, keep it aside"),
    ("en", "I've been standing here since 5"),
    ("ta", "nalaikku 7 maniku vaanga, fresh-a varum"),
    ("ta", "நாளைக்கு எட்டு மணிக்கு முன்னாடி வரேன்"),
    ("te", "రేపు 8 లోపు వస్తా, ఉంచండి"),
    ("te", "repu 9 lopu vasta"),
    ("bn", "কাল ৮ টার মধ্যে আসব, রেখে দেবেন"),
    ("bn", "kal 9 tar age asbo, rekhe diyo"),
    ("bn", "7 tar pore aasben"),
    ("mr", "उद्या 8 च्या आधी येतो, ठेवा"),
    ("mr", "udya 7 chya aadhi yeto"),
    ("gu", "કાલે આઠ પહેલાં આવીશ, રાખજો"),
    ("gu", "kale 8 pehla aavish, rakhjo"),
    ("kn", "ನಾಳೆ ಎಂಟರ ಒಳಗೆ ಬರ್ತೀನಿ"),
    ("kn", "naale 8 ra olage barteeni, ittiri"),
    ("ml", "നാളെ എട്ടിന് മുമ്പ് വരാം"),
    ("ml", "naale 8 manikku munpu varaam, vechekku"),
    ("pa", "ਕੱਲ੍ਹ 8 ਵਜੇ ਤੋਂ ਪਹਿਲਾਂ ਆਵਾਂਗਾ, ਰੱਖ ਦਿਓ"),
    ("pa", "kal 7 vaje ton pehlan aavanga"),
]


@pytest.mark.parametrize(("language", "text"), HOURS)
def test_an_hour_to_come_by_is_no_price(language: str, text: str) -> None:
    assert _recorded(understand(text, language=language)) is None


# "standing since morning" is no agreement: Punjabi "ਹਾਂ" is "am" after "standing".
@pytest.mark.parametrize("text", ["ਸਵੇਰੇ ਪੰਜ ਵਜੇ ਤੋਂ ਖੜ੍ਹਾ ਹਾਂ", "savere panj vaje ton khada haan"])
def test_standing_since_an_hour_agrees_to_nothing(text: str) -> None:
    understood = understand(text, language="pa", has_outstanding_offer=True)
    assert understood.intent is Intent.OTHER
    assert _recorded(understood) is None


# "Make it X, I'll take N kilo": X may be the rate or the whole; nothing says which.
COUNT_APART = [
    ("hi", "120 kar do, 3 kilo lunga", 12000, 3),
    ("hi", "120 लगा दो, 3 किलो लूंगा", 12000, 3),
    ("en", "Make it sixty, I'll take three kilos", 6000, 3),
    ("ta", "அறுபது குடுங்க, மூணு கிலோ எடுக்கறேன்", 6000, 3),
    ("ta", "arubathu kudunga, 3 kilo edukkaren", 6000, 3),
    ("te", "అరవై చేయండి, మూడు కిలోలు తీసుకుంటా", 6000, 3),
    ("te", "aravai ivvandi, 3 kilo teesukunta", 6000, 3),
    ("bn", "ষাটে দিন, তিন কিলো নেব", 6000, 3),
    ("bn", "60 e din, 3 kilo nebo", 6000, 3),
    ("mr", "साठला द्या, तीन किलो घेतो", 6000, 3),
    ("mr", "60 la dya, 3 kilo gheto", 6000, 3),
    ("gu", "સાઠમાં આપો, ત્રણ કિલો લઉં", 6000, 3),
    ("gu", "60 ma aapo, 3 kilo lau chhu", 6000, 3),
    ("kn", "ಅರವತ್ತಕ್ಕೆ ಕೊಡಿ, ಮೂರು ಕೆಜಿ ತಗೋತೀನಿ", 6000, 3),
    ("kn", "60ge kodi, 3 kg tagotini", 6000, 3),
    ("ml", "അറുപതിന് തരൂ, മൂന്ന് കിലോ എടുക്കാം", 6000, 3),
    ("ml", "60 nu tharu, 3 kilo edukkam", 6000, 3),
    ("pa", "ਸੱਠ ਦਾ ਲਾ ਦਿਓ, ਤਿੰਨ ਕਿੱਲੋ ਲੈਣੇ ਆ", 6000, 3),
    ("pa", "60 la do, 3 kilo lena", 6000, 3),
]


@pytest.mark.parametrize(("language", "text", "paise", "count"), COUNT_APART)
def test_a_count_apart_leaves_rate_or_total_open(
    language: str, text: str, paise: int, count: int
) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.amount_paise == paise
    assert understood.per_unit is None
    assert understood.quantity == count


# An explicit rate word or "for all / for the N" still decides it.
@pytest.mark.parametrize(
    ("language", "text", "per_unit"),
    [
        ("en", "sixty a kilo, I'll take three", True),
        ("en", "sixty for all three kilos", False),
        ("hi", "120 kilo kar do, 3 kilo lunga", True),
        ("hi", "sab milake 120 kar do, 3 kilo lunga", False),
        ("bn", "60 টাকা কিলো দিন, 3 কিলো নেব", True),
        ("pa", "sau de tin kilo gandhe de do", False),
    ],
)
def test_a_rate_or_total_word_still_decides(language: str, text: str, per_unit: bool) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.per_unit is per_unit


# "OK, X, let's close it": with no price on the table known, X is the speaker's own.
CLOSES = [
    ("hi", "theek hai, nabbe, khatam karo"),
    ("hi", "ठीक है, नब्बे, बात खत्म करो"),
    ("en", "ok, ninety, let's close it"),
    ("en", "fine, 90, let's finish"),
    ("ta", "சரி, தொண்ணூறு, முடிச்சுக்கலாம்"),
    ("ta", "sari, thonnooru, mudichukalaam"),
    ("te", "సరే, తొంభై, ముగిద్దాం"),
    ("te", "sare, tombhai, mugiddam"),
    ("bn", "ঠিক আছে, নব্বই, মিটিয়ে নিই"),
    ("bn", "thik ache, nobboi, shesh kori"),
    ("mr", "ठीक आहे, नव्वद, संपवूया"),
    ("mr", "bara, navvad, sampavuya"),
    ("gu", "સારું, નેવું, પતાવી દઈએ"),
    ("gu", "saru, nevu, patavi daiye"),
    ("kn", "ಸರಿ, ತೊಂಬತ್ತು, ಮುಗಿಸೋಣ"),
    ("kn", "sari, tombattu, mugisona"),
    ("ml", "ശരി, തൊണ്ണൂറ്, തീർക്കാം"),
    ("ml", "shari, thonnooru, theerkkam"),
    ("pa", "ਠੀਕ ਹੈ, ਨੱਬੇ, ਮੁਕਾਓ ਗੱਲ"),
    ("pa", "theek hai, nabbe, gal mukao"),
]


@pytest.mark.parametrize(("language", "text"), CLOSES)
def test_ok_x_lets_close_counters_with_no_table_price(language: str, text: str) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is Intent.COUNTER
    assert understood.amount_paise == 9000


@pytest.mark.parametrize(("language", "text"), CLOSES[::4])
def test_ok_x_lets_close_agrees_to_the_table_price(language: str, text: str) -> None:
    understood = understand(
        text, language=language, has_outstanding_offer=True, reference_paise=9000
    )
    assert understood.intent is Intent.ACCEPT


# A count of pieces with a price for all of them, in every order: a total for N pieces.
COUNTED = [
    ("hi", "नींबू दस के चार", 1000, 4),
    ("en", "eight mangoes for two hundred", 20000, 8),
    ("en", "make it 90 for three", 9000, 3),
    ("ta", "எட்டு மாம்பழம் இருநூறுக்கு", 20000, 8),
    ("ta", "naalu ambadhukku tharela?", 5000, 4),
    ("te", "ఎనిమిది మామిడిపళ్ళు రెండు వందలకి ఇవ్వు", 20000, 8),
    ("te", "నాలుగు యాభైకి ఇస్తారా?", 5000, 4),
    ("bn", "আটটা আম দুশো টাকায় দিন", 20000, 8),
    ("bn", "চারটে পঞ্চাশে দেবে?", 5000, 4),
    ("mr", "आठ आंबे दोनशेला द्या", 20000, 8),
    ("mr", "चार पन्नासला द्याल का?", 5000, 4),
    ("gu", "ચાર પચાસમાં આપશો?", 5000, 4),
    ("kn", "ಎಂಟು ಮಾವು ಇನ್ನೂರಕ್ಕೆ ಕೊಡಿ", 20000, 8),
    ("kn", "ಮೂರಕ್ಕೆ ತೊಂಬತ್ತು ಮಾಡಿ", 9000, 3),
    ("ml", "എട്ട് മാങ്ങ ഇരുനൂറിന് തരൂ", 20000, 8),
    ("pa", "ਨਿੰਬੂ ਦਸ ਦੇ ਚਾਰ", 1000, 4),
]


@pytest.mark.parametrize(("language", "text", "paise", "count"), COUNTED)
def test_a_count_for_a_price_is_a_total_for_pieces(
    language: str, text: str, paise: int, count: int
) -> None:
    understood = understand(text, language=language)
    assert _recorded(understood) == paise
    assert understood.per_unit is False
    assert understood.quantity == count
    assert understood.unit == "piece"


# Two close numbers with rupees after them are a range of prices, not a count.
def test_a_range_of_prices_is_no_count() -> None:
    understood = understand("gobhi veeh pachchi rupaye kilo", language="pa")
    assert understood.quantity != 20


# "The total came to A, take B": B is the speaker's price; the counted-up A never stands.
TOTAL_THEN_TAKE = [
    ("hi", "total terah sau hua, barah sau le lo"),
    ("en", "the total came to thirteen hundred, take twelve hundred"),
    ("ta", "மொத்தம் ஆயிரத்து முன்னூறு ஆச்சு, ஆயிரத்து இருநூறு எடுத்துக்கோங்க"),
    ("ta", "motham aayirathu munnooru aachu, aayirathu irunooru eduthukonga"),
    ("te", "మొత్తం పదమూడు వందలు అయింది, పన్నెండు వందలు తీసుకోండి"),
    ("bn", "মোট তেরোশো হল, বারোশো নিন"),
    ("mr", "एकूण तेराशे झाले, बाराशे घ्या"),
    ("gu", "કુલ તેરસો થયા, બારસો લો"),
    ("gu", "kul terso thaya, barso lo"),
    ("kn", "ಒಟ್ಟು ಸಾವಿರದ ಮುನ್ನೂರು ಆಯ್ತು, ಸಾವಿರದ ಇನ್ನೂರು ತಗೊಳ್ಳಿ"),
    ("pa", "ਕੁੱਲ ਤੇਰਾਂ ਸੌ ਬਣੇ, ਬਾਰਾਂ ਸੌ ਲੈ ਲਓ"),
    ("pa", "kul teran sau bane, baran sau lai lo"),
]


@pytest.mark.parametrize(("language", "text"), TOTAL_THEN_TAKE)
def test_the_total_then_take_b_counters_b(language: str, text: str) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is Intent.COUNTER
    assert _recorded(understood) == 120000


# English amounts as said in Indian markets: hundreds the short way, after thousands too.
@pytest.mark.parametrize(
    ("text", "paise"),
    [
        ("make it three thousand four fifty", 345000),
        ("two thousand two fifty", 225000),
        ("two thousand five hundred", 250000),
        ("one thousand two", 100200),
        ("grapes one forty a kilo", 14000),
        ("grapes 140 a kilo", 14000),
    ],
)
def test_english_short_hundreds(text: str, paise: int) -> None:
    understood = understand(text, language="en", has_outstanding_offer=True)
    assert _recorded(understood) == paise


# A number that is also an everyday word, then "not less than this": the price, a floor.
@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("pa", "ਬੱਤੀ, ਇਸ ਤੋਂ ਘੱਟ ਨਹੀਂ", 3200),
        ("pa", "batti, is ton ghatt nahi", 3200),
        ("hi", "saath, isse kam nahi", 6000),
    ],
)
def test_x_not_less_than_this_counters_x(language: str, text: str, paise: int) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is Intent.COUNTER
    assert _recorded(understood) == paise


def test_a_light_is_no_price() -> None:
    assert _recorded(understand("ਬੱਤੀ ਬੰਦ ਕਰੋ", language="pa")) is None


# "What price are you saying, don't want it": a question, a pause, a refusal: rejects.
REFUSED_AFTER_ASKING = [
    ("hi", "kya bhaav bol rahe ho, nahi chahiye"),
    ("hi", "क्या दाम बता रहे हो, नहीं चाहिए"),
    ("en", "what price are you saying, don't want it"),
    ("ta", "என்ன விலை சொல்றீங்க, வேண்டாம்"),
    ("ta", "enna vilai solreenga, vendaam"),
    ("te", "ఏం ధర చెప్తున్నారు, వద్దు"),
    ("bn", "কী দাম বলছেন, লাগবে না"),
    ("mr", "काय भाव सांगताय, नको"),
    ("gu", "શું ભાવ કહો છો, નથી જોઈતું"),
    ("kn", "ಏನ್ ರೇಟ್ ಹೇಳ್ತೀರಾ, ಬೇಡ"),
    ("ml", "എന്ത് വിലയാ പറയുന്നത്, വേണ്ട"),
    ("pa", "ਕੀ ਭਾਅ ਦੱਸਦੇ ਹੋ, ਨਹੀਂ ਚਾਹੀਦਾ"),
]


@pytest.mark.parametrize(("language", "text"), REFUSED_AFTER_ASKING)
def test_a_refusal_after_asking_the_price_rejects(language: str, text: str) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is Intent.REJECT


def test_a_question_mark_still_asks() -> None:
    understood = understand("how much is it, no?", language="en", has_outstanding_offer=True)
    assert understood.intent is Intent.QUESTION
