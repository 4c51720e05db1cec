"""The temperature with no word for degrees, money already paid when the balance is
asked back, a bag or cover asked for, a price quoted back and refused, and "okay, X then"
with a new price: each in all ten languages, native script and romanized."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import Intent, Understanding, understand


def _recorded(understood: Understanding) -> int | None:
    return understood.amount_paise if understood.confidence >= MIN_CONFIDENCE else None


# The temperature named (the mercury, "it touched 45"): the number is degrees.
WEATHER = [
    ("hi", "कल तापमान सैंतालीस तक चला गया था"),
    ("hi", "paara aaj chhiyalis par hai"),
    ("en", "the temperature touched forty six yesterday"),
    ("en", "mercury is at forty four today, so hot"),
    ("ta", "நேத்து வெப்பநிலை நாப்பத்து மூணு"),
    ("ta", "temperature 41 thaandiduchu"),
    ("te", "నిన్న ఉష్ణోగ్రత నలభై మూడు"),
    ("te", "temperature 44 daatindi"),
    ("bn", "কাল তাপমাত্রা বিয়াল্লিশ ছুঁয়েছে"),
    ("bn", "parod aaj 43 e uthche"),
    ("mr", "काल तापमान बेचाळीस होतं"),
    ("mr", "paara 44 var gela"),
    ("gu", "ગઈકાલે તાપમાન બેતાળીસ હતું"),
    ("gu", "paro 45 e pahonchyo"),
    ("kn", "ನಿನ್ನೆ ತಾಪಮಾನ ನಲವತ್ತು ಮೂರು"),
    ("kn", "temperature 42 aagittu"),
    ("ml", "ഇന്നലെ താപനില നാല്പത്തിരണ്ട്"),
    ("ml", "innale temperature 41 aayi"),
    ("pa", "ਕੱਲ੍ਹ ਪਾਰਾ ਸੰਤਾਲੀ ਤੱਕ ਗਿਆ"),
    ("pa", "paara 46 te pahunch gaya"),
]


@pytest.mark.parametrize(("language", "text"), WEATHER)
def test_the_temperature_is_never_a_price(language: str, text: str) -> None:
    understood = understand(text, language=language)
    assert _recorded(understood) is None
    assert understood.intent is Intent.OTHER


# Money handed over, with the balance asked back: payment, never a price.
PAID = [
    ("hi", "बाकी पैसे लौटाओ, मैंने दो सौ दिए थे"),
    ("hi", "balance dijiye, maine 500 diya"),
    ("en", "where's my balance, I handed you two hundred"),
    ("en", "I paid you 500, give me the rest back"),
    ("ta", "மீதி சில்லறை குடுங்க, நான் ஐநூறு குடுத்தேன்"),
    ("ta", "baaki kudunga, naan 200 koduthen"),
    ("te", "మిగతా చిల్లర ఇవ్వండి, నేను ఐదు వందలు ఇచ్చాను"),
    ("te", "balance ivvandi, nenu 200 ichanu"),
    ("bn", "বাকি টাকা ফেরত দিন, আমি পাঁচশো দিয়েছি"),
    ("bn", "baki ferot din, ami 200 diyechi"),
    ("mr", "उरलेले पैसे परत द्या, मी पाचशे दिले"),
    ("mr", "baaki paise parat dya, mi 200 dile"),
    ("gu", "બાકીના પૈસા પાછા આપો, મેં પાંચસો આપ્યા"),
    ("gu", "baki paisa pacha aapo, me 200 aapya"),
    ("kn", "ಬಾಕಿ ಚಿಲ್ಲರೆ ಕೊಡಿ, ನಾನು ಐನೂರು ಕೊಟ್ಟೆ"),
    ("kn", "balance kodi, naanu 200 kotte"),
    ("ml", "ബാക്കി തരൂ, ഞാൻ അഞ്ഞൂറ് തന്നു"),
    ("ml", "baakki tharu, njan 200 thannu"),
    ("pa", "ਬਾਕੀ ਮੋੜੋ ਜੀ, ਮੈਂ ਦੋ ਸੌ ਦਿੱਤੇ ਸੀ"),
    ("pa", "baaki morho, main 500 ditte si"),
]


@pytest.mark.parametrize(("language", "text"), PAID)
def test_money_already_paid_is_never_a_price(language: str, text: str) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert _recorded(understood) is None
    assert understood.intent is Intent.OTHER


# A bag, cover or polythene asked for in any wording: never the goods bought.
BAG_ASKED = [
    ("hi", "एक पन्नी दे दो भैया, थैला घर पे रह गया"),
    ("hi", "ek polythene de do, jhola nahi laaya"),
    ("en", "can I get a carry bag, forgot mine at home"),
    ("en", "give me one polythene please, I didn't bring a bag"),
    ("ta", "ஒரு கவர் குடுங்க, பை கொண்டு வரல"),
    ("ta", "oru cover kudunga, pai kondu varala"),
    ("te", "ఒక కవర్ ఇవ్వండి, సంచి తేలేదు"),
    ("te", "oka cover ivvandi, sanchi teledu"),
    ("bn", "একটা পলিথিন দিন, ব্যাগ আনিনি"),
    ("bn", "ekta polythene din, bag anini"),
    ("mr", "एक पिशवी द्या, घरी विसरलो"),
    ("mr", "ek pishvi dya, ghari visarlo"),
    ("gu", "એક થેલી આપો, ઘરે ભૂલી ગઈ"),
    ("gu", "ek theli aapo, ghare bhuli gai"),
    ("kn", "ಒಂದು ಚೀಲ ಕೊಡಿ, ಮನೆಯಲ್ಲಿ ಮರೆತೆ"),
    ("kn", "ondu cover kodi, bag tandilla"),
    ("ml", "ഒരു കവർ തരൂ, സഞ്ചി എടുത്തില്ല"),
    ("ml", "oru cover tharu, sanchi eduthilla"),
    ("pa", "ਇੱਕ ਝੋਲਾ ਦਿਓ ਜੀ, ਘਰ ਭੁੱਲ ਆਈ"),
    ("pa", "ik lifafa de do, thaila nahi liaandha"),
]


@pytest.mark.parametrize(("language", "text"), BAG_ASKED)
def test_a_bag_asked_for_buys_nothing(language: str, text: str) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is Intent.OTHER
    assert _recorded(understood) is None


# A price quoted back as a question, the goods and quantity beside it, then refused:
# a reject with no price of the speaker's own.
QUOTED_AND_REFUSED = [
    ("hi", "तीन सौ में दो किलो? रहने दो"),
    ("hi", "200 ek kilo ka? chhodo bhai"),
    ("en", "Three hundred for two kilo? No way"),
    ("en", "Eighty a kilo for onions? Leave it"),
    ("ta", "ரெண்டு கிலோ முந்நூறா? வேண்டாம்"),
    ("ta", "kilo aruvatha? vendaam"),
    ("te", "రెండు కిలోలు మూడు వందలా? వద్దు"),
    ("te", "kilo aravai aa? vaddu"),
    ("bn", "দুই কেজি তিনশো? থাক"),
    ("bn", "kilo shatt taka? thak"),
    ("mr", "दोन किलो तीनशे? नको"),
    ("mr", "kilo saath? nako re"),
    ("gu", "બે કિલો ત્રણસો? રહેવા દો"),
    ("gu", "kilo saath? rehva do"),
    ("kn", "ಎರಡು ಕೆಜಿ ಮುನ್ನೂರಾ? ಬೇಡ"),
    ("kn", "kilo aravattu na? beda"),
    ("ml", "രണ്ട് കിലോ മുന്നൂറോ? വേണ്ട"),
    ("ml", "kilo arupatho? venda"),
    ("pa", "ਦੋ ਕਿੱਲੋ ਤਿੰਨ ਸੌ? ਰਹਿਣ ਦਿਓ"),
    ("pa", "kilo satth? rehn do"),
]


@pytest.mark.parametrize(("language", "text"), QUOTED_AND_REFUSED)
def test_a_price_quoted_back_and_refused_is_a_reject(language: str, text: str) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is Intent.REJECT
    assert _recorded(understood) is None


# "Okay" with a new price after another one was said ("you said 60, fine, 55"), or with
# "for you" after the rate: a counter, never agreement. An unsure reading is asked.
AGREEMENT_WORD_NEW_PRICE = [
    ("en", "Okay madam, thirty-eight a kilo for you, best I can do", 3800),
    ("en", "You asked sixty, fine, fifty-five then", 5500),
    ("hi", "आपने पचास बोला, ठीक है, पैंतालीस ले लो", 4500),
    ("hi", "aapne saath bola, chalo pachpan", 5500),
    ("ta", "நீங்க அம்பது சொன்னீங்க, சரி, நாப்பத்தஞ்சு", 4500),
    ("ta", "neenga aruvathu sonneenga, sari, aimbathanju", 5500),
    ("te", "మీరు యాభై అన్నారు, సరే, నలభై ఐదు", 4500),
    ("te", "meeru aravai annaru, sare, yabhai aidu", 5500),
    ("bn", "আপনি পঞ্চাশ বললেন, ঠিক আছে, পঁয়তাল্লিশ", 4500),
    ("bn", "apni shatt bollen, thik ache, ponchanno", 5500),
    ("mr", "तुम्ही पन्नास म्हणालात, ठीक आहे, पंचेचाळीस", 4500),
    ("mr", "tumhi sattar mhanalat, thik aahe, panchavanna", 5500),
    ("gu", "તમે પચાસ કીધું, સારું, પિસ્તાલીસ", 4500),
    ("gu", "tame sitter kidhu, saru, panchavan", 5500),
    ("kn", "ನೀವು ಐವತ್ತು ಅಂದ್ರಿ, ಸರಿ, ನಲವತ್ತೈದು", 4500),
    ("kn", "neevu aravattu andri, sari, aivattaidu", 5500),
    ("ml", "നിങ്ങൾ അമ്പത് പറഞ്ഞു, ശരി, നാല്പത്തഞ്ച്", 4500),
    ("ml", "ningal arupathu paranju, sheri, ambathanju", 5500),
    ("pa", "ਤੁਸੀਂ ਪੰਜਾਹ ਕਿਹਾ, ਠੀਕ ਹੈ, ਪੰਤਾਲੀ", 4500),
    ("pa", "tusi sattar keha, theek hai, pachvanja", 5500),
]


@pytest.mark.parametrize(("language", "text", "paise"), AGREEMENT_WORD_NEW_PRICE)
def test_okay_with_a_new_price_is_a_counter(language: str, text: str, paise: int) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is Intent.COUNTER
    assert _recorded(understood) in (None, paise)


# English rupees and paise as two groups with the whole lot named ("eighty-two fifty for
# everything"), and "take it or leave it" / "lena hai to lo": a final offer of that price.
FINAL_FOR_THE_LOT = [
    ("en", "Final, eighty-two fifty for everything, not a rupee more", 8250, True),
    ("en", "sixty-four fifty for all of it", 6450, False),
    ("en", "I'll pay sixty for all, take it or leave it", 6000, True),
    ("en", "seventy a kilo, take it or leave it", 7000, True),
    ("hi", "सत्तर रुपये किलो, लेना है तो लो", 7000, True),
    ("hi", "sattar kilo, lena hai to lo", 7000, True),
]


@pytest.mark.parametrize(("language", "text", "paise", "final"), FINAL_FOR_THE_LOT)
def test_rupees_and_paise_for_the_lot_and_take_it_or_leave_it(
    language: str, text: str, paise: int, final: bool
) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is Intent.COUNTER
    assert _recorded(understood) == paise
    assert understood.final is final


# English "fine, 90, give it": after a pause the verb hands the goods over (agreement);
# "give it for 90" and "90 give it" still ask for that price.
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Fine, ninety, give it", Intent.ACCEPT),
        ("fine, seventy, pack it", Intent.ACCEPT),
        ("ok, give it for sixty", Intent.COUNTER),
        ("okay, sixty give it", Intent.COUNTER),
    ],
)
def test_english_give_it_after_a_pause_agrees(text: str, intent: Intent) -> None:
    assert understand(text, language="en", has_outstanding_offer=True).intent is intent


# A price said back as a question ("Sixty?", "what's this 60", "who pays 60") and then a
# new one: the new one is the counter. Said back with no readable price after it, the
# first is the other side's and is never recorded as the speaker's.
SAID_BACK_THEN_NEW = [
    ("hi", "साठ? पचास करो", 5000),
    ("hi", "sattar kaun deta hai, saath karo", 6000),
    ("en", "Sixty? Make it fifty", 5000),
    ("ta", "அறுபதா? அம்பது பண்ணுங்க", 5000),
    ("te", "అరవై ఏంటి, యాభై చేయండి", 5000),
    ("te", "aravai enti, yabhai cheyandi", 5000),
    ("bn", "ষাট? পঞ্চাশ করুন", 5000),
    ("mr", "साठ? पन्नास करा", 5000),
    ("mr", "sattar? sathla dya", 6000),
    ("gu", "સાઠ? પચાસ કરો", 5000),
    ("kn", "ಅರವತ್ತಾ? ಐವತ್ತು ಮಾಡಿ", 5000),
    ("ml", "അറുപതോ? അമ്പത് ആക്ക്", 5000),
    ("pa", "ਸੱਠ? ਪੰਜਾਹ ਕਰੋ", 5000),
]


@pytest.mark.parametrize(("language", "text", "paise"), SAID_BACK_THEN_NEW)
def test_a_price_said_back_then_a_new_one(language: str, text: str, paise: int) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is Intent.COUNTER
    if paise == 6000:  # "saath" (60) is also "with": asked, never the 70 said back
        assert _recorded(understood) is None
    else:
        assert _recorded(understood) == paise


# An hour to come at ("ఐదింటికి రండి", "ચાર વાગ્યા પછી"): never a price.
HOURS = [
    ("te", "ఐదింటికి రండి, సరుకు వస్తుంది"),
    ("te", "aidintiki randi, kotta saruku vastundi"),
    ("gu", "છ વાગ્યે આવજો"),
    ("gu", "ચાર વાગ્યા પછી માલ આવશે"),
    ("gu", "char vagya pachhi aavjo"),
]


@pytest.mark.parametrize(("language", "text"), HOURS)
def test_an_hour_to_come_at_is_never_a_price(language: str, text: str) -> None:
    understood = understand(text, language=language)
    assert understood.intent is Intent.OTHER
    assert understood.amount_paise is None


# "One twenty" after another price is never ₹1.20: under ₹5 nothing is haggled, so the
# two groups are not rupees and paise; the price is 120 or asked about.
@pytest.mark.parametrize(
    "text",
    [
        "not one thirty, one twenty rupees",
        "not one thirty, one twenty",
        "not two fifty, two twenty rupees",
        "one thirty no, one twenty rupees",
    ],
)
def test_one_twenty_is_never_a_rupee_twenty(text: str) -> None:
    understood = understand(text, language="en", has_outstanding_offer=True)
    assert _recorded(understood) in (None, 12000, 22000)


# Romanized Gujarati eighty as it is said ("eshi", "aenshi", "ainshi" for એંસી).
@pytest.mark.parametrize(
    "text", ["eshi rupiya kilo", "aenshi ma aapi do", "pachas nahi, eshi ma aapo"]
)
def test_romanized_gujarati_eighty(text: str) -> None:
    understood = understand(text, language="gu", has_outstanding_offer=True)
    assert understood.intent is Intent.COUNTER
    assert _recorded(understood) == 8000


# A bare "fix" used as a verb ("fix karo", "డెబ్బైకి ఫిక్స్ చేద్దాం", "35 la fix") settles
# at the price and is not final; "fixed price", "fix rate", "fix hai" are.
@pytest.mark.parametrize(
    ("language", "text", "final"),
    [
        ("te", "సరే, డెబ్బైకి ఫిక్స్ చేద్దాం", False),
        ("hi", "chalo 60 pe fix karo", False),
        ("hi", "साठ पे फिक्स करो", False),
        ("kn", "ಅರವತ್ತಕ್ಕೆ ಫಿಕ್ಸ್ ಮಾಡಿ", False),
        ("hi", "fix rate hai, 40 kilo", True),
        ("en", "fixed price, 40 a kilo", True),
        ("hi", "40 fix hai bhai", True),
        ("gu", "ચાલીસ ફિક્સ છે", True),
    ],
)
def test_fix_as_a_verb_is_not_final(language: str, text: str, final: bool) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.amount_paise is not None
    assert understood.final is final


# Bengali "-টার" with "by", "after", "before": the hour, never a price.
@pytest.mark.parametrize(
    "text", ["আটটার মধ্যে দোকান বন্ধ হয়ে যাবে", "ছটার পরে আসুন, মাল আসবে", "chhotar pore asun"]
)
def test_a_bengali_hour_is_never_a_price(text: str) -> None:
    understood = understand(text, language="bn")
    assert understood.intent is Intent.OTHER
    assert understood.amount_paise is None
