"""Put-it-at verbs, fractions before a unit, and the amounts said with "quarter less",
"for one" and typed "sare": each in all ten languages, native script and romanized."""

from __future__ import annotations

import pytest

from audio.understanding import Intent, understand

# "Okay, put/keep it at X": the speaker names the price they want. A doubtful accept is
# no accept: it is a counter (the other side still has to agree to X).
PUT_AT = [
    ("hi", "ठीक है भैया, बावन रुपये लगा लो", 5200),
    ("hi", "accha, 52 rupaye rakh lo", 5200),
    ("en", "okay, put it at fifty-two", 5200),
    ("en", "fine, keep it 52", 5200),
    ("ta", "சரி, ஐம்பத்திரெண்டு ரூபா போட்டுக்கோங்க", 5200),
    ("ta", "sari, 52 rooba pottukonga", 5200),
    ("ta", "சரி, ஐம்பத்திரெண்டு வச்சுக்கோங்க", 5200),
    ("te", "సరే, యాభై రెండు రూపాయలు పెట్టుకోండి", 5200),
    ("te", "sare, 52 rupayalu vesukondi", 5200),
    ("bn", "আচ্ছা, বাহান্ন টাকা রাখুন", 5200),
    ("bn", "accha, 52 taka dhorun", 5200),
    ("mr", "बरं, बावन्न रुपये लावा", 5200),
    ("mr", "bara, 52 rupaye dhara", 5200),
    ("gu", "સારું, બાવન રૂપિયા રાખો", 5200),
    ("gu", "saru, 52 rupiya gano", 5200),
    ("kn", "ಸರಿ, ಐವತ್ತೆರಡು ರೂಪಾಯಿ ಹಾಕ್ಕೊಳ್ಳಿ", 5200),
    ("kn", "sari, 52 rupayi itkolli", 5200),
    ("ml", "ശരി, അമ്പത്തിരണ്ട് രൂപ ഇട്ടോളൂ", 5200),
    ("ml", "sheri, 52 roopa vecholu", 5200),
    ("pa", "ਠੀਕ ਹੈ, ਬਵੰਜਾ ਰੁਪਏ ਲਾ ਲਓ", 5200),
    ("pa", "theek hai, 52 rupaye rakh lo", 5200),
]


@pytest.mark.parametrize(("language", "text", "paise"), PUT_AT)
def test_okay_put_it_at_a_price_is_a_counter(language: str, text: str, paise: int) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is Intent.COUNTER, understood
    assert understood.amount_paise == paise, understood


# Packing, paying and an emphatic "at that itself" still agree.
STILL_AGREE = [
    ("ta", "சரி, பையில போட்டுக்கோங்க"),
    ("te", "సరే, కవర్లో వేయండి"),
    ("kn", "ಸರಿ, ಕವರ್‌ಗೆ ಹಾಕಿ"),
    ("hi", "theek hai, thaili mein daal do"),
    ("en", "okay, put it in a bag"),
    ("ta", "சரி சரி, அம்பதுன்னே வச்சுக்கோங்க"),
    ("hi", "ठीक है, पचास रुपये, थैली में रख दो"),
]


@pytest.mark.parametrize(("language", "text"), STILL_AGREE)
def test_packing_and_emphatic_agreement_still_accept(language: str, text: str) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is Intent.ACCEPT, understood


# A fraction word before a unit is the quantity ("adho kilo", "ਪਾ ਕਿੱਲੋ", "three quarter
# kilo"), so the price said with it is the total for that much, never a rate.
FRACTION_BEFORE_UNIT = [
    ("gu", "adho kilo karela 26 ma aapo", 0.5),
    ("gu", "અડધો કિલો કારેલાં છવ્વીસમાં આપો", 0.5),
    ("gu", "pa kilo aadu 26 ma aapo", 0.25),
    ("gu", "ponu kilo vatana 26 rupiya ma aapo", 0.75),
    ("pa", "ਪਾ ਕਿੱਲੋ ਅਦਰਕ ਛੱਬੀ ਰੁਪਏ ਦਾ ਦਿਓ", 0.25),
    ("pa", "paa kilo adrak 26 rupaye da deo", 0.25),
    ("pa", "ਪੌਣਾ ਕਿੱਲੋ ਮਟਰ ਛੱਬੀ ਰੁਪਏ ਦਾ ਦਿਓ", 0.75),
    ("hi", "पौना किलो मटर छब्बीस रुपये में दो", 0.75),
    ("hi", "pauna kilo matar 26 rupaye mein do", 0.75),
    ("hi", "paav kilo adrak 26 rupaye mein do", 0.25),
    ("en", "three quarter kilo peas for 26 rupees", 0.75),
    ("en", "three-quarter kilo peas, 26 rupees", 0.75),
    ("en", "half kilo peas, give it for 26", 0.5),
    ("kn", "kaal kg shunti 26 rupayige kodi", 0.25),
    ("kn", "ಕಾಲು ಕೆಜಿ ಶುಂಠಿ ಇಪ್ಪತ್ತಾರು ರೂಪಾಯಿಗೆ ಕೊಡಿ", 0.25),
    ("ta", "கால் கிலோ இஞ்சி இருபத்தாறு ரூபாய்க்கு குடுங்க", 0.25),
    ("ta", "arai kilo inji 26 rooba ku kudunga", 0.5),
    ("te", "పావు కిలో అల్లం ఇరవై ఆరు రూపాయలకు ఇవ్వండి", 0.25),
    ("te", "ara kilo allam 26 rupayalaki ivvandi", 0.5),
    ("ml", "കാൽ കിലോ ഇഞ്ചി ഇരുപത്താറ് രൂപയ്ക്ക് തരൂ", 0.25),
    ("ml", "mukkal kilo inji 26 roopaykku tharu", 0.75),
    ("bn", "der kilo alu 26 takay din", 1.5),
    ("bn", "পোয়া কেজি আদা ছাব্বিশ টাকায় দিন", 0.25),
    ("mr", "deed kilo batata 26 la dya", 1.5),
    ("mr", "पाऊण किलो वाटाणे सव्वीस रुपयांना द्या", 0.75),
]


@pytest.mark.parametrize(("language", "text", "quantity"), FRACTION_BEFORE_UNIT)
def test_a_fraction_before_a_unit_is_the_quantity(
    language: str, text: str, quantity: float
) -> None:
    understood = understand(text, language=language)
    assert understood.amount_paise == 2600, understood
    assert understood.quantity == pytest.approx(quantity), understood
    assert understood.unit == "kg", understood
    assert understood.per_unit is False, understood
    assert understood.confidence >= 0.6, understood


# The same words that are also "put", "late", "did" or a leg read no quantity without a
# unit after them.
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pa", "ਠੀਕ ਹੈ, ਲਿਫ਼ਾਫ਼ੇ ਵਿੱਚ ਪਾ ਦਿਓ"),
        ("bn", "der hoye gelo dada"),
        ("mr", "tumhi did ka?"),
        ("kn", "kaal novu ide"),
    ],
)
def test_fraction_words_that_are_other_words_need_a_unit(language: str, text: str) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.quantity is None, understood
    assert understood.amount_paise is None, understood


# Hundreds said with a fraction word ("quarter less than two hundred", "three and a half
# hundred") before a unit: that is how a rate is said, never a count of kilos.
HUNDREDS_BY_FRACTION = [
    ("hi", "अंजीर पौने दो सौ किलो", 17500),
    ("hi", "anjeer paune do sau kilo", 17500),
    ("hi", "kaju saade teen sau kilo", 35000),
    ("pa", "ਅੰਜੀਰ ਪੌਣੇ ਦੋ ਸੌ ਕਿੱਲੋ", 17500),
    ("pa", "ਕਾਜੂ ਸਾਢੇ ਤਿੰਨ ਸੌ ਕਿੱਲੋ", 35000),
    ("bn", "ডুমুর পৌনে দুশো কেজি", 17500),
    ("bn", "ইলিশ সাড়ে বারোশো কেজি", 125000),
    ("mr", "अंजीर पावणे दोनशे किलो", 17500),
    ("gu", "અંજીર પોણા બસો કિલો", 17500),
    ("gu", "kaju sada transo kilo", 35000),
]


@pytest.mark.parametrize(("language", "text", "paise"), HUNDREDS_BY_FRACTION)
def test_hundreds_said_with_a_fraction_before_a_unit_are_a_rate(
    language: str, text: str, paise: int
) -> None:
    understood = understand(text, language=language)
    assert understood.amount_paise == paise, understood
    assert understood.per_unit is True, understood
    assert understood.unit == "kg", understood
    assert understood.quantity is None, understood
    assert understood.confidence >= 0.6, understood


@pytest.mark.parametrize(
    "text",
    ["तीन सौ किलो", "paune do sau kilo", "paune do sau kilo aloo", "mujhe dhai sau kilo chahiye"],
)
def test_hundreds_before_a_unit_with_no_goods_named_first_are_asked(text: str) -> None:
    """A count comes before the goods it counts, and "तीन सौ किलो" may be 300 kilos: with
    nothing else saying money, it is asked."""
    understood = understand(text, language="hi")
    assert understood.amount_paise is None or understood.confidence < 0.6, understood


# "For one" / "one for" / "each" with the amount in words or after a rupee sign.
ONE_FOR = [
    ("ml", "ചക്ക ഒന്നിന് ₹140"),
    ("ml", "ചക്ക ഒന്നിന് നൂറ്റിനാൽപത് രൂപ"),
    ("ml", "chakka onninu 140 roopa"),
    ("ta", "பலாப்பழம் ஒன்றுக்கு ₹140"),
    ("kn", "ಹಲಸು ಒಂದಕ್ಕೆ ₹140"),
    ("kn", "ಹಲಸು ಒಂದಕ್ಕೆ ನೂರನಲವತ್ತು ರೂಪಾಯಿ"),
    ("te", "పనస ఒక్కదానికి ₹140"),
    ("mr", "फणस एकाला ₹140"),
    ("gu", "ફણસ એકના ₹140"),
    ("pa", "ਕਟਹਲ ਇੱਕ ਦਾ ₹140"),
    ("hi", "कटहल एक का ₹140"),
    ("bn", "কাঁঠাল একটার ₹140"),
    ("en", "jackfruit, one for 140"),
    ("en", "jackfruit one for ₹140"),
]


@pytest.mark.parametrize(("language", "text"), ONE_FOR)
def test_a_price_for_one_is_per_piece(language: str, text: str) -> None:
    understood = understand(text, language=language)
    assert understood.amount_paise == 14000, understood
    assert understood.per_unit is True, understood
    assert understood.unit == "piece", understood
    assert understood.confidence >= 0.6, understood


# Typed Bengali "sare" (সাড়ে) before a number adds a half; before digits of a hundred
# or more a prefix is never joined ("sawa 100" may be "sawa sau", 125): asked.
@pytest.mark.parametrize(
    ("text", "paise"),
    [
        ("sare tinsho taka kilo", 35000),
        ("sare chollish taka kilo", 4050),
        ("saare dusho taka", 25000),
    ],
)
def test_typed_bengali_sare_adds_a_half(text: str, paise: int) -> None:
    understood = understand(text, language="bn")
    assert understood.amount_paise == paise, understood
    assert understood.confidence >= 0.6, understood


@pytest.mark.parametrize(
    ("language", "text"),
    [("hi", "sawa 100 rupaye"), ("hi", "saade 300 rupaye kilo"), ("bn", "sare 300 taka kilo")],
)
def test_a_prefix_before_hundreds_in_digits_is_asked(language: str, text: str) -> None:
    understood = understand(text, language=language)
    assert understood.confidence < 0.6, understood


@pytest.mark.parametrize("text", ["sare din dada", "ok, sare ta niye nebo"])
def test_bengali_sare_without_a_number_is_no_number(text: str) -> None:
    assert understand(text, language="bn", has_outstanding_offer=True).amount_paise is None


# "Given at X" after a word of agreement, even a soft one ("chalo"), and a soft "okay"
# with the price echoed ("X itself"): the deal done, an accept.
GIVEN_AT = [
    ("hi", "chalo bhaiya, chhappan mein de diya", 5600),
    ("hi", "चलो, छप्पन में दे दिया", 5600),
    ("en", "okay madam, given for fifty-six", 5600),
    ("mr", "चला, छप्पन्नला दिलं", 5600),
    ("mr", "chala, chhappanla dila", 5600),
    ("gu", "ચાલો, છપ્પનમાં આપ્યું", 5600),
    ("gu", "chalo, 56 ma aapyu", 5600),
    ("gu", "ચાલો, છપ્પનમાં જ આપો", 5600),
    ("pa", "ਚਲੋ ਜੀ, ਛਪੰਜਾ ਦਾ ਦੇ ਦਿੱਤਾ", 5600),
    ("pa", "ਚੱਲੋ ਛਪੰਜਾ ਹੀ ਸਹੀ", 5600),
    ("bn", "ঠিক আছে, ছাপ্পান্ন টাকায় দিলাম", 5600),
    ("ta", "சரி, ஐம்பத்தாறுக்கு குடுத்துட்டேன்", 5600),
    ("te", "సరే, యాభై ఆరుకి ఇచ్చేశా", 5600),
    ("kn", "ಸರಿ, ಐವತ್ತಾರಕ್ಕೆ ಕೊಟ್ಟೆ", 5600),
    ("ml", "ശരി, അമ്പത്താറിന് തന്നു", 5600),
]


@pytest.mark.parametrize(("language", "text", "paise"), GIVEN_AT)
def test_given_at_the_price_after_agreement_accepts(language: str, text: str, paise: int) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is Intent.ACCEPT, understood
    assert understood.amount_paise == paise, understood


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hi", "chalo, chhappan"),
        ("hi", "theek hai, chhappan mein de do"),
        ("gu", "ચાલો, છપ્પનમાં આપો"),
    ],
)
def test_okay_with_a_new_price_to_give_at_is_still_a_counter(language: str, text: str) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is Intent.COUNTER, understood


# "How much for one?": the price of one is asked, so the unit is a piece. A lone "one"
# after the goods asks the rate (no quantity); "one" said before the goods counts one.
ONE_ASKED = [
    ("hi", "anar ek kitne ka hai?"),
    ("en", "how much 1 melon"),
    ("ta", "மாதுளை ஒண்ணு எவ்ளோ?"),
    ("te", "దానిమ్మ ఒకటి ఎంత?"),
    ("bn", "ডালিম একটা কত?"),
    ("mr", "डाळिंब एक किती ला?"),
    ("gu", "દાડમ એકનું કેટલું?"),
    ("kn", "ದಾಳಿಂಬೆ ಒಂದು ಎಷ್ಟು?"),
    ("ml", "മാതളം ഒന്നിന് എത്ര?"),
    ("pa", "ਅਨਾਰ ਇੱਕ ਕਿੰਨੇ ਦਾ?"),
]


@pytest.mark.parametrize(("language", "text"), ONE_ASKED)
def test_asking_the_price_of_one_names_a_piece(language: str, text: str) -> None:
    understood = understand(text, language=language)
    assert understood.intent is Intent.QUESTION, understood
    assert understood.amount_paise is None, understood
    assert understood.unit == "piece", understood
    assert understood.quantity is None, understood


@pytest.mark.parametrize(
    ("language", "text"),
    [("en", "how much for one melon?"), ("hi", "ek bhutta kitne ka?"), ("ml", "ഒരു സോപ്പ് എത്ര?")],
)
def test_one_of_the_goods_named_counts_one_piece(language: str, text: str) -> None:
    understood = understand(text, language=language)
    assert understood.intent is Intent.QUESTION, understood
    assert understood.amount_paise is None, understood
    assert (understood.quantity, understood.unit) == (1, "piece"), understood


@pytest.mark.parametrize(
    ("language", "text"), [("hi", "do anar kitne ke?"), ("hi", "kilo kitne ka?")]
)
def test_asking_about_other_counts_names_no_piece(language: str, text: str) -> None:
    assert understand(text, language=language).unit != "piece"


# "Not a rupee over X": X is the speaker's final price, never a range "X to 1".
NOT_A_RUPEE_OVER = [
    ("gu", "85 થી એક રૂપિયો પણ વધારે નહીં આપું"),
    ("pa", "85 ਤੋਂ ਇੱਕ ਰੁਪਈਆ ਵੀ ਵੱਧ ਨਹੀਂ ਦੇਣਾ"),
    ("hi", "85 se ek rupaya bhi zyada nahi dunga"),
    ("bn", "৮৫ থেকে এক টাকাও বেশি দেব না"),
]


@pytest.mark.parametrize(("language", "text"), NOT_A_RUPEE_OVER)
def test_not_a_rupee_over_is_a_final_counter(language: str, text: str) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is Intent.COUNTER, understood
    assert understood.amount_paise == 8500, understood
    assert understood.final, understood
    assert understood.confidence >= 0.6, understood


def test_a_range_is_still_asked() -> None:
    assert understand("pachaas se saath", language="hi").confidence < 0.6


# "Doesn't pay / can't be given at this price", with no price named: a refusal.
DOES_NOT_PAY = [
    ("gu", "ના ભાઈ, આ ભાવમાં ના પોસાય"),
    ("gu", "એટલામાં ના અપાય"),
    ("gu", "na ben, aatla ma na posay"),
    ("te", "ee dharaki gittadu"),
    ("kn", "ee rate ge gittalla"),
    ("ml", "ee vilaykku muthalakilla"),
]


@pytest.mark.parametrize(("language", "text"), DOES_NOT_PAY)
def test_does_not_pay_at_this_price_refuses(language: str, text: str) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is Intent.REJECT, understood


@pytest.mark.parametrize("text", ["50 ના 2 કિલો", "ના ભાઈ, ચાલીસમાં આપો"])
def test_gujarati_na_before_a_price_is_no_refusal(text: str) -> None:
    understood = understand(text, language="gu", has_outstanding_offer=True)
    assert understood.intent is Intent.COUNTER, understood


# A word that looks like a garbled unit, naming the goods right after their count
# ("બે કિલો કેરી", two kilos of mango), or one after a pause, leaves the price sure.
@pytest.mark.parametrize(
    ("text", "paise"),
    [("બે કિલો કેરી બસો એંસીમાં આપો", 28000), ("છેલ્લો ભાવ છ્યાસી, લેવું હોય તો લો", 8600)],
)
def test_look_alikes_that_name_goods_or_follow_a_pause_leave_the_price(
    text: str, paise: int
) -> None:
    understood = understand(text, language="gu", has_outstanding_offer=True)
    assert understood.amount_paise == paise, understood
    assert understood.confidence >= 0.6, understood


# Hindi "do" right after a verb stem is the imperative ("de do", "kar do"), even with a
# unit after it: "75 me de do dozen" is 75 a dozen, not two dozen.
@pytest.mark.parametrize(
    ("text", "paise", "unit"),
    [("nahi, 65 mein de do dozen", 6500, "dozen"), ("50 kar do kilo", 5000, "kg")],
)
def test_do_after_a_verb_is_the_verb(text: str, paise: int, unit: str) -> None:
    understood = understand(text, language="hi", has_outstanding_offer=True)
    assert understood.amount_paise == paise, understood
    assert (understood.per_unit, understood.quantity, understood.unit) == (True, None, unit)


def test_do_before_a_unit_still_counts() -> None:
    understood = understand("do kilo 80 mein de do", language="hi", has_outstanding_offer=True)
    assert (understood.amount_paise, understood.quantity) == (8000, 2), understood


# A lone fraction with no rupee word is "half" of something, never a price.
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hi", "पिछली बार आधे प्याज़ सड़े निकले"),
        ("bn", "গতবার অর্ধেক পটল পচা ছিল"),
        ("en", "half of them were bad last time"),
        ("mr", "मागच्या वेळी अर्धे कांदे खराब निघाले"),
    ],
)
def test_a_lone_fraction_is_no_price(language: str, text: str) -> None:
    understood = understand(text, language=language)
    assert understood.amount_paise is None, understood
    assert understood.intent is Intent.OTHER, understood


def test_half_a_rupee_said_with_the_rupee_is_still_heard() -> None:
    understood = understand("aadha rupaya", language="hi")
    assert understood.mentions and understood.mentions[0].amount_paise == 50


# "Or" between two ways of paying refuses nothing.
@pytest.mark.parametrize(
    ("language", "text"),
    [("ta", "GPay பண்ணலாமா, இல்ல கேஷ் தானா?"), ("hi", "gpay chalega ya nahi, cash nahi hai")],
)
def test_a_way_of_paying_or_another_refuses_nothing(language: str, text: str) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is not Intent.REJECT, understood


# "All of it" typed: Telugu "mottam", Malayalam "muzhuvan", Marathi "सगळा माल".
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("te", "final ga 760, mottam teeskondi"),
        ("ml", "final 760, muzhuvan eduthoo"),
        ("mr", "सगळा माल सातशे साठला घेऊन जा"),
    ],
)
def test_all_of_it_makes_a_total(language: str, text: str) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert (understood.amount_paise, understood.per_unit) == (76000, False), understood


# In reply to a price, "give it, put it in the bag" buys at that price: an accept.
PACK_IN_BAG = [
    ("ta", "குடுங்க, பையில போட்டுக் குடுங்க"),
    ("te", "ఇచ్చేయండి, కవర్లో వేయండి"),
    ("kn", "ಕೊಡಿ, ಕವರ್‌ಗೆ ಹಾಕಿ"),
]

# Packing alone ("put it in a bag") may come before the haggling ends: it buys nothing.
PACKING_ALONE = [
    ("hi", "thaili mein daal do"),
    ("mr", "पिशवीत भरा"),
    ("gu", "થેલીમાં નાખી દો"),
    ("pa", "ਲਿਫ਼ਾਫ਼ੇ ਵਿੱਚ ਪਾ ਦਿਓ"),
    ("bn", "ব্যাগে ভরে দিন"),
    ("ml", "കവറിൽ ഇട്ടു താ"),
    ("en", "put it in a bag"),
]


@pytest.mark.parametrize(("language", "text"), PACK_IN_BAG)
def test_packing_into_a_bag_in_reply_accepts(language: str, text: str) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is Intent.ACCEPT, understood


@pytest.mark.parametrize(("language", "text"), PACKING_ALONE)
def test_packing_alone_in_reply_is_no_deal(language: str, text: str) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert (understood.intent, understood.amount_paise) == (Intent.OTHER, None), understood


@pytest.mark.parametrize(
    ("language", "text", "reply"),
    [
        ("pa", "ਲਿਫ਼ਾਫ਼ਾ ਨਾ ਦਿਓ, ਝੋਲਾ ਹੈ", True),
        ("hi", "thaili mein daal doon?", True),
        ("ta", "பை வேண்டாம், என்கிட்ட இருக்கு", True),
        ("hi", "thaili mein daal do", False),
    ],
)
def test_no_bag_a_question_or_no_price_on_the_table_accepts_nothing(
    language: str, text: str, reply: bool
) -> None:
    understood = understand(text, language=language, has_outstanding_offer=reply)
    assert understood.intent is not Intent.ACCEPT, understood


@pytest.mark.parametrize(
    "text", ["ਝੋਲਾ ਲਿਆਇਆ ਹਾਂ", "ਲਿਫ਼ਾਫ਼ਾ ਨਾ ਦਿਓ ਜੀ, ਝੋਲਾ ਲਿਆਇਆ ਹਾਂ", "jhola liaya haan"]
)
def test_punjabi_haan_after_a_past_participle_is_no_yes(text: str) -> None:
    """ "ਲਿਆਇਆ ਹਾਂ" is "(I) have brought": the auxiliary, not "yes"."""
    understood = understand(text, language="pa", has_outstanding_offer=True)
    assert understood.intent is not Intent.ACCEPT, understood


def test_malayalam_both_kilos_together_is_a_total() -> None:
    """ "കിലോക്കും കൂടി": for the kilos all together; "കൂടി" is a known word, no garbled
    number beside the price."""
    understood = understand("രണ്ട് കിലോക്കും കൂടി നൂറ്റിമുപ്പത് തരാം", language="ml")
    assert (understood.amount_paise, understood.per_unit, understood.quantity) == (13000, False, 2)
    assert understood.confidence >= 0.6, understood


@pytest.mark.parametrize(
    ("language", "text"),
    [("gu", "ચાલો, બાવનમાં જ આપો, થેલીમાં નાખી દો"), ("mr", "चला, बावन्नच घ्या, पिशवीत भरा")],
)
def test_the_bag_packed_into_is_no_lot_sold(language: str, text: str) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert (understood.intent, understood.amount_paise) == (Intent.ACCEPT, 5200), understood
    assert understood.per_unit is None, understood


def test_a_bag_sold_whole_is_still_a_total() -> None:
    understood = understand(
        "poori thaili 100 mein le jao", language="hi", has_outstanding_offer=True
    )
    assert understood.per_unit is False, understood


# Number spellings people type or say that the tables missed.
@pytest.mark.parametrize(
    ("language", "word", "value"),
    [
        ("te", "పన్నెండొందలు", 1200),
        ("te", "పదకొండొందలకు", 1100),
        ("te", "పదిహేనొందల", 1500),
        ("ml", "noottiyirupathanju", 125),
        ("ml", "irunoottimuppathanju", 235),
        ("bn", "পঞ্চান্নর", 55),
        ("mr", "pachvis", 25),
        ("mr", "aishi", 80),
        ("mr", "chopanna", 54),
        ("pa", "ਪੈਂਠ", 65),
    ],
)
def test_spoken_and_typed_number_spellings(language: str, word: str, value: int) -> None:
    from audio.numbers import words_to_number

    assert words_to_number(word, language) == value


# "We'll look further on": buying elsewhere, a refusal.
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hi", "na na, aage dekh lenge"),
        ("pa", "ਰਹਿਣ ਦਿਓ, ਅੱਗੇ ਦੇਖ ਲੈਂਦੇ ਆਂ"),
        ("mr", "नको, पुढे बघतो"),
        ("gu", "ના, આગળ જોઈ લઈશ"),
    ],
)
def test_looking_further_on_refuses(language: str, text: str) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is Intent.REJECT, understood


def test_malayalam_engana_asks() -> None:
    assert understand("ഈ തക്കാളി എങ്ങനാ", language="ml").intent is Intent.QUESTION


# Hundreds of a unit refused, with a price after them: the rate refused, not a count.
@pytest.mark.parametrize(
    ("text", "paise"),
    [
        ("अनार चार सौ किलो नहीं, तीन सौ अस्सी कर दो", 38000),
        ("kaju aath sau kilo nahi, saat sau pachaas", 75000),
    ],
)
def test_hundreds_of_a_unit_refused_are_the_rate(text: str, paise: int) -> None:
    understood = understand(text, language="hi", has_outstanding_offer=True)
    assert (understood.intent, understood.amount_paise) == (Intent.COUNTER, paise), understood
    assert (understood.per_unit, understood.quantity, understood.unit) == (True, None, "kg")


# "teen kilo do" is "give three kilos": "do" after a counted unit is never a price of ₹2.
@pytest.mark.parametrize(
    ("text", "reply"),
    [("teen kilo do", True), ("bhaiya ek kilo do", True), ("teen kilo do", False)],
)
def test_do_after_a_counted_unit_is_give(text: str, reply: bool) -> None:
    understood = understand(text, language="hi", has_outstanding_offer=reply)
    assert understood.amount_paise is None, understood


def test_a_price_word_after_a_counted_unit_still_prices() -> None:
    understood = understand("ਪੰਜ ਗੱਠੀਆਂ ਬੱਤੀ", language="pa", has_outstanding_offer=True)
    assert (understood.amount_paise, understood.per_unit) == (3200, False), understood


@pytest.mark.parametrize(
    ("language", "text", "table"),
    [
        ("mr", "bara, 75 la ghya", 7500),
        ("mr", "ok, 60 la gheun ja", 6000),
        ("te", "sare, idi 50 ki teesukondi", 5000),
    ],
)
def test_a_typed_case_ending_or_this_is_no_put_verb(language: str, text: str, table: int) -> None:
    """Marathi "75 la" is "at 75" typed apart, Telugu "idi" is "this": neither puts (the
    agreement is to the price on the table)."""
    understood = understand(
        text, language=language, has_outstanding_offer=True, reference_paise=table
    )
    assert understood.intent is Intent.ACCEPT, understood


# "I'll give only X" after agreement is the speaker's own price, even with the emphatic.
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hi", "chalo, pachaas hi dunga"),
        ("hi", "theek hai, pachaas hi dunga"),
        ("gu", "ચાલો, પચાસ જ આપીશ"),
        ("pa", "ਚਲੋ, ਪੰਜਾਹ ਹੀ ਦੇਵਾਂਗਾ"),
    ],
)
def test_ill_give_only_x_is_a_counter(language: str, text: str) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert (understood.intent, understood.amount_paise) == (Intent.COUNTER, 5000), understood
