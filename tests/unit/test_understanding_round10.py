"""Numbers that measure something other than money, a number word that is also a verb,
"okay, a new price, take it", requests for an extra, buying from the stall opposite,
"take it" with no price, caps, complaints after "no no", and romanized questions and
halves: each in all ten languages, native script and romanized."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import Intent, Understanding, understand


def _recorded(understood: Understanding) -> int | None:
    return understood.amount_paise if understood.confidence >= MIN_CONFIDENCE else None


# A temperature, a school class (said as an ordinal too) or a distance is never a price.
MEASURES_OTHER_THAN_MONEY = [
    ("hi", "आज तो 42 डिग्री है भैया"),
    ("hi", "aaj garmi 44 degree hai"),
    ("hi", "mera beta 10 class mein hai"),
    ("en", "it's 45 degrees today"),
    ("en", "my son is in class 8 now"),
    ("en", "I came 12 km for your mangoes"),
    ("ta", "இன்னிக்கு 40 டிகிரி வெயில்"),
    ("ta", "inniki 42 degree veyil"),
    ("ta", "பையன் 8 ஆம் வகுப்பு"),
    ("te", "ఈరోజు 44 డిగ్రీలు ఎండ"),
    ("te", "eeroju 43 degrees enda"),
    ("te", "మా అమ్మాయి ఎనిమిదో తరగతి"),
    ("te", "మా పాప 9వ తరగతి చదువుతోంది"),
    ("bn", "আজ 40 ডিগ্রি গরম"),
    ("bn", "aaj 41 degree gorom"),
    ("bn", "মেয়ে ক্লাস 9 এ পড়ে"),
    ("mr", "आज 43 डिग्री आहे"),
    ("mr", "मुलगा दहावीत आहे"),
    ("gu", "આજે 44 ડિગ્રી છે"),
    ("gu", "aaje 45 degree che"),
    ("gu", "દીકરો દસમા ધોરણમાં છે"),
    ("kn", "ಇವತ್ತು 38 ಡಿಗ್ರಿ ಬಿಸಿಲು"),
    ("kn", "ಮಗ ಹತ್ತನೇ ತರಗತಿ ಪಾಸ್ ಆದ"),
    ("ml", "ഇന്ന് 39 ഡിഗ്രി ചൂട്"),
    ("ml", "മകൻ പത്താം ക്ലാസ് ജയിച്ചു"),
    ("pa", "ਅੱਜ 45 ਡਿਗਰੀ ਗਰਮੀ ਹੈ"),
    ("pa", "ajj 44 degree garmi hai"),
    ("pa", "ਮੁੰਡਾ ਦਸਵੀਂ ਜਮਾਤ ਵਿੱਚ ਹੈ"),
]


@pytest.mark.parametrize(("language", "text"), MEASURES_OTHER_THAN_MONEY)
def test_a_measure_other_than_money_is_no_price(language: str, text: str) -> None:
    for reply in (False, True):
        understood = understand(text, language=language, has_outstanding_offer=reply)
        assert _recorded(understood) is None, understood
        assert understood.intent is Intent.OTHER, understood


# Telugu "వేయి"/"వెయ్యి" is "a thousand" and "put (it in)": after the goods it is the verb.
@pytest.mark.parametrize(
    "text", ["సరే, ఇంకో అర కిలో వేయి", "రెండు కిలోలు వేయి", "sare, inko kilo veyi", "ఇంకో కిలో వెయ్యి"]
)
def test_telugu_put_after_the_goods_is_no_thousand(text: str) -> None:
    for reply in (False, True):
        understood = understand(text, language="te", has_outstanding_offer=reply)
        assert understood.amount_paise is None, understood


@pytest.mark.parametrize(("text", "paise"), [("వేయి రూపాయలు", 100000), ("వెయ్యి ఐదు వందలు", 150000)])
def test_telugu_thousand_with_money_still_counts(text: str, paise: int) -> None:
    understood = understand(text, language="te", has_outstanding_offer=True)
    assert _recorded(understood) == paise, understood


def test_telugu_thousand_or_put_alone_is_asked() -> None:
    understood = understand("సరే, అదే వెయ్యి", language="te", has_outstanding_offer=True)
    assert _recorded(understood) is None, understood


# "Okay, <price>, take it" against the price on the table: a new price is a counter (the
# deal is never closed at the other side's price); the same price agrees.
OKAY_PRICE_TAKE_IT = [
    ("hi", "ठीक है, पचपन में ले जाओ", 5500),
    ("hi", "theek hai, 55 mein le jao", 5500),
    ("en", "okay, take it for seventy", 7000),
    ("en", "fine, 70, take it", 7000),
    ("ta", "சரி, எழுபதுக்கு எடுத்துக்கோங்க", 7000),
    ("ta", "seri, 70 ku eduthukonga", 7000),
    ("te", "సరే, డెబ్బైకి తీసుకోండి", 7000),
    ("te", "sare, 70 ki teesukondi", 7000),
    ("bn", "ঠিক আছে, সত্তর টাকায় নিয়ে যান", 7000),
    ("bn", "thik ache, 70 e niye jan", 7000),
    ("mr", "बरं, सत्तरला घेऊन जा", 7000),
    ("mr", "bara, 70 la gheun ja", 7000),
    ("gu", "સારું, સિત્તેરમાં લઈ જાઓ", 7000),
    ("gu", "saru, 70 ma lai jao", 7000),
    ("kn", "ಸರಿ, ಎಪ್ಪತ್ತಕ್ಕೆ ತಗೊಳ್ಳಿ", 7000),
    ("kn", "sari, 70 kke tagoli", 7000),
    ("ml", "ശരി, എഴുപതിന് എടുത്തോ", 7000),
    ("pa", "ਠੀਕ ਹੈ, ਸੱਤਰ ਦਾ ਲੈ ਜਾਓ", 7000),
    ("pa", "theek hai, 70 da lai jao", 7000),
]


@pytest.mark.parametrize(("language", "text", "paise"), OKAY_PRICE_TAKE_IT)
def test_okay_a_new_price_take_it_counters(language: str, text: str, paise: int) -> None:
    new = understand(
        text, language=language, has_outstanding_offer=True, reference_paise=paise + 1000
    )
    assert new.intent is Intent.COUNTER, new
    assert _recorded(new) == paise, new
    same = understand(text, language=language, has_outstanding_offer=True, reference_paise=paise)
    assert same.intent is Intent.ACCEPT, same


# "Okay, if you give <price> it's enough": the price the speaker asks for, a counter.
@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("ml", "ശരി, അമ്പത്തെട്ട് തന്നാൽ മതി", 5800),
        ("ml", "sheri, 58 thannal mathi", 5800),
        ("ta", "சரி, அம்பது குடுத்தா போதும்", 5000),
        ("kn", "sari, 60 kottre saaku", 6000),
        ("te", "సరే, యాభై ఇస్తే చాలు", 5000),
        ("bn", "আচ্ছা, পঞ্চাশ দিলে হবে", 5000),
    ],
)
def test_okay_if_you_give_a_price_counters(language: str, text: str, paise: int) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is Intent.COUNTER, understood
    assert _recorded(understood) == paise, understood


# Asking for an extra bag or cover (one more, extra, free) buys nothing: never an accept.
EXTRA_BAG = [
    ("hi", "एक थैली एक्स्ट्रा दे दो, ये वाली फटी है"),
    ("hi", "ek aur thaili de do bhaiya"),
    ("en", "give me an extra cover, this one leaks"),
    ("ta", "இன்னொரு பை குடுங்க, இது ஓட்டை"),
    ("ta", "oru extra cover kudunga"),
    ("te", "ఇంకో కవర్ ఇవ్వండి, ఇది చిరిగింది"),
    ("te", "extra cover ivvandi"),
    ("bn", "আরেকটা ব্যাগ দিন, এটা ছেঁড়া"),
    ("bn", "ekta extra bag din"),
    ("mr", "अजून एक पिशवी द्या, ही फाटली"),
    ("gu", "એક વધારે થેલી આપો, આ ફાટેલી છે"),
    ("gu", "ek extra theli aapo"),
    ("kn", "ಇನ್ನೊಂದು ಕವರ್ ಕೊಡಿ, ಇದು ಹರಿದಿದೆ"),
    ("kn", "extra cover kodi"),
    ("ml", "ഒരു കവർ കൂടി തരൂ, ഇത് കീറി"),
    ("ml", "oru extra cover tharu"),
    ("pa", "ਇੱਕ ਲਿਫਾਫਾ ਹੋਰ ਦਿਓ, ਇਹ ਫਟਿਆ ਹੈ"),
    ("pa", "ek extra lifafa de do"),
]


@pytest.mark.parametrize(("language", "text"), EXTRA_BAG)
def test_asking_for_an_extra_bag_is_no_accept(language: str, text: str) -> None:
    for reply in (False, True):
        understood = understand(text, language=language, has_outstanding_offer=reply)
        assert understood.intent is Intent.OTHER, understood


def test_packing_in_the_bag_still_agrees() -> None:
    understood = understand("ठीक है, थैली में डाल दो", language="hi", has_outstanding_offer=True)
    assert understood.intent is Intent.ACCEPT, understood


# "I'll buy from the stall opposite / next door": a refusal of the price, never an accept.
OPPOSITE_STALL = [
    ("hi", "सामने वाली दुकान से ले लूँगा"),
    ("hi", "saamne wale thele se le lunga"),
    ("en", "I'll get it from the stall opposite"),
    ("ta", "எதிர் கடையில வாங்கிக்கிறேன்"),
    ("ta", "ethir kadaila vaangikaren"),
    ("te", "ఎదురు కొట్టులో కొంటా"),
    ("te", "పక్క షాపులో తీసుకుంటా"),
    ("bn", "উল্টো দিকের দোকান থেকে নেব"),
    ("bn", "samner dokan theke kine nebo"),
    ("mr", "समोरच्या दुकानातून घेतो"),
    ("mr", "samorchya gadivarun gheto"),
    ("gu", "સામેની દુકાનેથી લઈ લઈશ"),
    ("gu", "same ni lari thi lai laish"),
    ("kn", "ಎದುರಿನ ಅಂಗಡಿಯಲ್ಲಿ ತಗೋತೀನಿ"),
    ("kn", "edurina angadili tagotini"),
    ("ml", "എതിരെയുള്ള കടയിൽ നിന്ന് വാങ്ങാം"),
    ("ml", "opposite kadayil ninnu vangam"),
    ("pa", "ਸਾਹਮਣੇ ਵਾਲੀ ਦੁਕਾਨ ਤੋਂ ਲੈ ਲਊਂਗਾ"),
    ("pa", "samne wali rehri ton lai laanga"),
]


@pytest.mark.parametrize(("language", "text"), OPPOSITE_STALL)
def test_buying_at_the_stall_opposite_rejects(language: str, text: str) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is Intent.REJECT, understood
    opening = understand(text, language=language, has_outstanding_offer=False)
    assert opening.intent is not Intent.ACCEPT, opening


# A vendor's "take it (for you)" with no price, in reply to one: the goods handed over at
# the price on the table, an accept. As an opening it agrees to nothing.
TAKE_IT_FOR_YOU = [
    ("hi", "ले जाओ भाभी जी, आपके लिए"),
    ("hi", "le jao madam, aapke liye"),
    ("en", "take it madam, for you"),
    ("ta", "எடுத்துக்கோங்க அக்கா, உங்களுக்காக"),
    ("ta", "eduthukonga madam, ungalukkaga"),
    ("te", "తీసుకోండి అక్కా, మీ కోసం"),
    ("te", "teesukondi madam, mee kosam"),
    ("bn", "নিয়ে যান বৌদি, আপনার জন্য"),
    ("bn", "niye jan boudi, apnar jonno"),
    ("mr", "घेऊन जा मावशी, तुमच्यासाठी"),
    ("mr", "ghya kaku, tumchyasathi"),
    ("gu", "લઈ જાઓ ભાભી, તમારા માટે"),
    ("gu", "lai jao ben, tamara mate"),
    ("kn", "ತಗೊಂಡು ಹೋಗಿ ಮೇಡಂ, ನಿಮಗೋಸ್ಕರ"),
    ("kn", "tagoli akka, nimagoskara"),
    ("ml", "എടുത്തോ ചേച്ചി, നിങ്ങൾക്ക് വേണ്ടി"),
    ("ml", "eduthoo chechi, ningalkku vendi"),
    ("pa", "ਲੈ ਜਾਓ ਬੀਬੀ ਜੀ, ਤੁਹਾਡੇ ਲਈ"),
    ("pa", "lai jao bhenji, tuhade layi"),
]


@pytest.mark.parametrize(("language", "text"), TAKE_IT_FOR_YOU)
def test_take_it_for_you_accepts_the_price_on_the_table(language: str, text: str) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is Intent.ACCEPT, understood
    assert understood.confidence >= MIN_CONFIDENCE, understood
    opening = understand(text, language=language, has_outstanding_offer=False)
    assert opening.intent is not Intent.ACCEPT, opening


@pytest.mark.parametrize(
    ("language", "text"),
    [("hi", "ये वापस ले लो, खराब है"), ("hi", "ek thaili le lo"), ("en", "take it back, it's rotten")],
)
def test_taking_back_or_a_bag_is_no_accept(language: str, text: str) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is not Intent.ACCEPT, understood


# "At most X": an offer of X (a counter in reply), in every language; Punjabi forties are
# also typed with the aspirate mark ("ਚਾਲ੍ਹੀ").
AT_MOST = [
    ("hi", "ज़्यादा से ज़्यादा पचपन दूँगा", 5500),
    ("hi", "zyada se zyada 55 dunga", 5500),
    ("en", "at the most fifty five, not more", 5500),
    ("en", "maximum 55 I can give", 5500),
    ("ta", "அதிகபட்சம் அம்பத்தஞ்சு தருவேன்", 5500),
    ("te", "మహా అయితే యాభై ఐదు ఇస్తా", 5500),
    ("te", "ekkuvante 55 ista", 5500),
    ("bn", "বড়জোর পঞ্চান্ন দেব", 5500),
    ("bn", "borojor 55 debo", 5500),
    ("mr", "जास्तीत जास्त पंचावन्न देईन", 5500),
    ("mr", "jastit jast 55 deto", 5500),
    ("gu", "વધુમાં વધુ પંચાવન આપીશ", 5500),
    ("gu", "vadhu ma vadhu 55 aapish", 5500),
    ("kn", "ಜಾಸ್ತಿ ಅಂದ್ರೆ ಐವತ್ತೈದು ಕೊಡ್ತೀನಿ", 5500),
    ("ml", "കൂടിപ്പോയാൽ അമ്പത്തഞ്ച് തരാം", 5500),
    ("pa", "ਵੱਧ ਤੋਂ ਵੱਧ ਪਚਵੰਜਾ ਦਿਆਂਗਾ", 5500),
    ("pa", "ਵੱਧ ਤੋਂ ਵੱਧ ਚਾਲ੍ਹੀ ਦੇਊਂਗਾ", 4000),
    ("pa", "ਜ਼ਿਆਦਾ ਤੋਂ ਜ਼ਿਆਦਾ ਪੰਜਾਹ ਦਿਆਂਗੀ", 5000),
    ("pa", "vadh ton vadh 55 dyanga", 5500),
]


@pytest.mark.parametrize(("language", "text", "paise"), AT_MOST)
def test_at_most_x_counters_x(language: str, text: str, paise: int) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is Intent.COUNTER, understood
    assert _recorded(understood) == paise, understood


def test_at_most_n_kilos_is_asked_never_a_quantity_or_a_guess() -> None:
    understood = understand(
        "ज़्यादा से ज़्यादा पैंतालीस किलो दूँगा", language="hi", has_outstanding_offer=True
    )
    assert understood.intent is Intent.COUNTER, understood
    assert _recorded(understood) is None and understood.amount_paise == 4500, understood
    small = understand("ज़्यादा से ज़्यादा पाँच किलो दूँगा", language="hi", has_outstanding_offer=True)
    assert small.amount_paise is None and small.quantity == 5, small


# "No no" / "ok ok" about how the goods are, and "less"/"too much" about the weather, with
# no price said: nothing about the deal is refused or agreed to.
GOODS_TALK = [
    ("hi", "नहीं नहीं, ये वाले गले हुए हैं, दूसरे दिखाओ", True),
    ("hi", "nahi nahi, kal wale bhi taaze the, isliye aaya", False),
    ("hi", "ok ok, par sade hue mat dena", True),
    ("en", "no no, these are rotten, show me fresh ones", True),
    ("en", "is it fresh? no chemicals, right?", True),
    ("ta", "இல்ல இல்ல, இது அழுகியிருக்கு, வேற குடுங்க", True),
    ("ta", "illa illa, ithu nethu sarakku illa, inniki vandhathu", True),
    ("te", "లేదు లేదు, ఇవి కుళ్ళిపోయాయి, వేరేవి చూపించండి", True),
    ("te", "ledu ledu, idi ninnati saruku kaadu, ivala vachindi", True),
    ("bn", "না না, এগুলো পচা, অন্যগুলো দিন", True),
    ("bn", "na na, eta kaler maal na, aajke eseche", True),
    ("mr", "नाही नाही, हे खराब आहेत, दुसरे द्या", True),
    ("mr", "ok ok, pan kharab nako deu", True),
    ("gu", "ના ના, આ સડેલા છે, બીજા બતાવો", True),
    ("gu", "ok ok, pan bagdela na aapta", True),
    ("kn", "ಇಲ್ಲ ಇಲ್ಲ, ಇವು ಕೊಳೆತಿವೆ, ಬೇರೆ ಕೊಡಿ", True),
    ("kn", "illa illa, idu ninnedu alla, ivattu bandiddu", True),
    ("ml", "ഇല്ല ഇല്ല, ഇത് ചീഞ്ഞതാ, വേറെ താ", True),
    ("ml", "alla alla, ithu innale ullathalla, innu vannatha", True),
    ("pa", "ਨਹੀਂ ਨਹੀਂ, ਇਹ ਗਲੇ ਹੋਏ ਨੇ, ਹੋਰ ਦਿਖਾਓ", True),
    ("pa", "ok ok, par sade hoye na dena", True),
    ("kn", "ಈ ಸಲ ಬಿಸಿಲು ಜಾಸ್ತಿ, ಅದಕ್ಕೆ ತರಕಾರಿ ಕಮ್ಮಿ", False),
    ("hi", "इस बार बारिश कम हुई, इसलिए सब महंगा है", False),
    ("ta", "இந்த வருஷம் மழை கம்மி, அதான் விலை ஏறிப்போச்சு", False),
]


@pytest.mark.parametrize(("language", "text", "reply"), GOODS_TALK)
def test_talk_about_the_goods_refuses_nothing(language: str, text: str, reply: bool) -> None:
    understood = understand(text, language=language, has_outstanding_offer=reply)
    assert understood.intent is Intent.OTHER, understood


# ... while "no no, too costly" and "no, rotten, I won't take them" still refuse.
STILL_REFUSED = [
    ("hi", "नहीं नहीं, बहुत महंगा है"),
    ("en", "no no, too costly"),
    ("ta", "இல்ல இல்ல, ரொம்ப விலை அதிகம்"),
    ("te", "లేదు లేదు, చాలా ఎక్కువ"),
    ("bn", "না না, অনেক দাম"),
    ("mr", "नाही नाही, खूप महाग आहे"),
    ("gu", "ના ના, બહુ મોંઘું છે"),
    ("kn", "ಇಲ್ಲ ಇಲ್ಲ, ತುಂಬಾ ಜಾಸ್ತಿ"),
    ("ml", "ഇല്ല ഇല്ല, വില കൂടുതലാ"),
    ("pa", "ਨਹੀਂ ਨਹੀਂ, ਬਹੁਤ ਮਹਿੰਗਾ ਹੈ"),
    ("hi", "नहीं, ये सड़े हुए हैं, नहीं लूँगा"),
    ("en", "no, these are rotten, I won't take them"),
]


@pytest.mark.parametrize(("language", "text"), STILL_REFUSED)
def test_no_no_too_costly_still_rejects(language: str, text: str) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is Intent.REJECT, understood


# A romanized price question ("kilo kasa?", "kilo kemon kore?"): a question about the rate
# of the unit, in every language.
RATE_QUESTIONS = [
    ("hi", "kilo kitne ka bhaiya?"),
    ("hi", "kilo kaise diye"),
    ("en", "how much per kilo boss"),
    ("ta", "kilo evlo?"),
    ("ta", "kilo enna vilai"),
    ("te", "kilo entha?"),
    ("te", "kilo ela istunnaru"),
    ("bn", "kilo koto?"),
    ("bn", "kilo kemon kore dichhen"),
    ("mr", "kilo kasa?"),
    ("mr", "किलो कसा दादा?"),
    ("mr", "dozen kiti la?"),
    ("gu", "kilo na ketla?"),
    ("gu", "kilo kem aapya"),
    ("kn", "kilo eshtu?"),
    ("kn", "kilo hege kodtira"),
    ("ml", "kilo ethra?"),
    ("ml", "kilo engane aanu"),
    ("pa", "kilo kinne da?"),
    ("pa", "kilo kida laya"),
]


@pytest.mark.parametrize(("language", "text"), RATE_QUESTIONS)
def test_a_romanized_rate_question_asks(language: str, text: str) -> None:
    understood = understand(text, language=language, has_outstanding_offer=False)
    assert understood.intent is Intent.QUESTION, understood
    assert understood.unit in ("kg", "dozen"), understood
    assert understood.quantity is None and understood.amount_paise is None, understood


# Half a kilo typed in Latin letters, with a total: 0.5 kg for the price, never a rate.
HALF_KILO_FOR = [
    ("hi", "aadha kilo 30 mein doge?"),
    ("en", "half kilo for 30, ok?"),
    ("ta", "arai kilo 30 ku tharuveengala?"),
    ("te", "ara kilo 30 ki istava?"),
    ("bn", "adh kilo 30 takay deben?"),
    ("mr", "ardha kilo 30 la dya"),
    ("gu", "adadho kilo 30 ma aapsho?"),
    ("gu", "adhdho kilo 30 ma"),
    ("gu", "addho kilo 30 ma aapo"),
    ("kn", "ardha kilo 30 kke kodi"),
    ("ml", "ara kilo 30 nu tharumo"),
    ("pa", "adha kilo 30 da de do"),
    ("pa", "addha kilo 30 nu"),
]


@pytest.mark.parametrize(("language", "text"), HALF_KILO_FOR)
def test_a_romanized_half_kilo_with_a_total(language: str, text: str) -> None:
    understood = understand(text, language=language, has_outstanding_offer=False)
    assert _recorded(understood) == 3000, understood
    assert understood.per_unit is False, understood
    assert understood.quantity == 0.5 and understood.unit == "kg", understood


# "Okay, one more kilo at the same rate": agreement, with one kilo counted ("ఇంకో కిలో",
# "இன்னொரு கிலோ", "ಇನ್ನೊಂದು ಕೆಜಿ": the word for "one more" counts only beside a unit).
ONE_MORE_KILO = [
    ("hi", "ठीक है, उसी रेट में एक किलो और डाल दो"),
    ("ta", "சரி, அதே விலைக்கு இன்னொரு கிலோ போடுங்க"),
    ("te", "సరే, అదే రేటుకి ఇంకో కిలో వేయండి"),
    ("te", "sare, ade rate ki inko kilo veyandi"),
    ("bn", "ঠিক আছে, একই দামে আরও এক কিলো দিন"),
    ("mr", "बरं, त्याच भावात अजून एक किलो द्या"),
    ("gu", "સારું, એ જ ભાવે એક કિલો વધારે આપો"),
    ("kn", "ಸರಿ, ಅದೇ ರೇಟ್‌ಗೆ ಇನ್ನೊಂದು ಕೆಜಿ ಹಾಕಿ"),
    ("kn", "sari, innondu kg haaki"),
    ("ml", "ശരി, അതേ വിലയ്ക്ക് ഒരു കിലോ കൂടി ഇട്"),
    ("pa", "ਠੀਕ ਹੈ, ਉਸੇ ਰੇਟ ਤੇ ਇੱਕ ਕਿੱਲੋ ਹੋਰ ਪਾ ਦਿਓ"),
]


@pytest.mark.parametrize(("language", "text"), ONE_MORE_KILO)
def test_one_more_kilo_at_the_same_rate_agrees(language: str, text: str) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is Intent.ACCEPT, understood
    assert understood.amount_paise is None, understood
    assert understood.quantity == 1 and understood.unit == "kg", understood


# "Sixty-two fifty" said bare: ₹62.50 or ₹6,250; asked, never recorded as another price.
SIXTY_TWO_FIFTY = [
    ("en", "sixty-two fifty, final"),
    ("en", "Sixty-two fifty, not a paisa less"),
    ("hi", "baasath pachaas, last"),
    ("hi", "बासठ पचास फाइनल"),
    ("mr", "बासष्ट पन्नास"),
    ("gu", "બાસઠ પચાસ"),
    ("pa", "ਬਾਹਠ ਪੰਜਾਹ"),
    ("bn", "বাষট্টি পঞ্চাশ"),
    ("ta", "அறுபத்திரெண்டு அம்பது"),
    ("te", "అరవై రెండు యాభై"),
    ("kn", "ಅರವತ್ತೆರಡು ಐವತ್ತು"),
    ("ml", "അറുപത്തിരണ്ട് അമ്പത്"),
]


@pytest.mark.parametrize(("language", "text"), SIXTY_TWO_FIFTY)
def test_sixty_two_fifty_is_asked_never_a_wrong_price(language: str, text: str) -> None:
    for reply in (False, True):
        understood = understand(text, language=language, has_outstanding_offer=reply)
        assert _recorded(understood) in (None, 6250), understood


# "Okay, let's close / settle at X" proposes X: a counter, in every language (a case
# ending typed apart from the digits, "65 ku", "65 te", links the price to the verb).
LETS_SETTLE_AT = [
    ("hi", "ठीक है, पैंसठ पे पक्का करते हैं"),
    ("hi", "theek hai, 65 pe fix karte hain"),
    ("en", "okay, let's close at sixty five"),
    ("en", "fine, let's settle at 65"),
    ("ta", "சரி, அறுபத்தஞ்சுக்கு முடிச்சுக்கலாம்"),
    ("ta", "seri, 65 ku mudichidalam"),
    ("te", "సరే, అరవై ఐదుకి ఫిక్స్ చేద్దాం"),
    ("te", "sare, 65 ki fix cheddam"),
    ("bn", "ঠিক আছে, পঁয়ষট্টিতে পাকা করি"),
    ("bn", "thik ache, 65 e fix kori"),
    ("mr", "बरं, पासष्टला ठरवूया"),
    ("mr", "bara, 65 la tharvuya"),
    ("gu", "સારું, પાંસઠમાં નક્કી કરીએ"),
    ("gu", "saru, 65 ma nakki karie"),
    ("kn", "ಸರಿ, ಅರವತ್ತೈದಕ್ಕೆ ಫಿಕ್ಸ್ ಮಾಡೋಣ"),
    ("kn", "sari, 65 kke mugisona"),
    ("ml", "ശരി, അറുപത്തഞ്ചിന് ഉറപ്പിക്കാം"),
    ("ml", "sheri, 65 nu urappikkam"),
    ("pa", "ਠੀਕ ਹੈ, ਪੈਂਹਠ ਤੇ ਪੱਕਾ ਕਰੀਏ"),
    ("pa", "theek hai, 65 te pakka kariye"),
]


@pytest.mark.parametrize(("language", "text"), LETS_SETTLE_AT)
def test_okay_lets_settle_at_a_price_counters(language: str, text: str) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is Intent.COUNTER, understood
    assert _recorded(understood) == 6500, understood


@pytest.mark.parametrize("text", ["we close at 9 tonight", "okay, close the bag"])
def test_closing_time_or_the_bag_sets_no_price(text: str) -> None:
    understood = understand(text, language="en", has_outstanding_offer=True)
    assert understood.amount_paise is None, understood


# An ordinal typed as digits and an ending ("10வது", "10वीं", "8th"): a class or a rank,
# never a price.
ORDINAL_DIGITS = [
    ("hi", "बेटा 10वीं में है"),
    ("en", "my son is in 8th now"),
    ("ta", "பையன் 10வது படிக்கிறான்"),
    ("te", "మా పాప 9వ తరగతి"),
    ("bn", "মেয়ে 9ম শ্রেণিতে"),
    ("mr", "मुलगा 10वीत आहे"),
    ("gu", "દીકરો 10મો આવ્યો"),
    ("kn", "ಮಗ 10ನೇ ತರಗತಿ"),
    ("ml", "മകൻ 10ആം ക്ലാസിൽ"),
    ("pa", "ਮੁੰਡਾ 10ਵੀਂ ਵਿੱਚ ਹੈ"),
]


@pytest.mark.parametrize(("language", "text"), ORDINAL_DIGITS)
def test_an_ordinal_in_digits_is_no_price(language: str, text: str) -> None:
    for reply in (False, True):
        understood = understand(text, language=language, has_outstanding_offer=reply)
        assert _recorded(understood) is None, understood
        assert understood.intent is Intent.OTHER, understood
