"""Moves said the same way in every language, each with its own words: a request for a
lower price with no amount, asked ("can it be a bit less?") or told ("reduce it a bit"),
is a request for a better price, never a refusal (a refusal asks whether to end the
negotiation)."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import Intent, understand

# A shopper asks whether the price can come down, naming no amount: a question the
# vendor answers, not a refusal of the price.
ASKS_FOR_LESS = [
    ("hi", "भैया थोड़ा कम कर दोगे क्या?"),
    ("hi", "thoda kam ho jayega kya"),
    ("en", "Could you make it a bit cheaper?"),
    ("en", "any discount on these?"),
    ("ta", "இன்னும் கொஞ்சம் குறைக்கலாமா?"),
    ("te", "ఇంకా కొంచెం తగ్గించగలరా?"),
    ("bn", "দামটা একটু কমানো যায়?"),
    ("mr", "अजून थोडं कमी होईल का?"),
    ("gu", "થોડા ઓછા થશે?"),
    ("kn", "ಇನ್ನೂ ಸ್ವಲ್ಪ ಕಡಿಮೆ ಆಗುತ್ತಾ?"),
    ("ml", "ഇനിയും ഒന്ന് കുറയുമോ?"),
    ("pa", "ਕੁਝ ਘੱਟ ਕਰ ਦਿਓਗੇ?"),
]

# Told, not asked: still a request for a better price, which the other side answers.
TELLS_TO_LOWER = [
    ("hi", "थोड़ा कम करो भैया"),
    ("ta", "இன்னும் கொஞ்சம் குறைங்க அண்ணா"),
    ("te", "ఇంకొంచెం తగ్గించండి"),
    ("mr", "दादा, थोडे कमी करा"),
    ("kn", "ಸ್ವಲ್ಪ ಕಡಿಮೆ ಮಾಡಿ ಅಣ್ಣ"),
]


@pytest.mark.parametrize(("language", "text"), ASKS_FOR_LESS)
def test_asking_for_less_is_a_question(language: str, text: str) -> None:
    heard = understand(text, language=language, has_outstanding_offer=True)
    assert heard.intent is Intent.QUESTION, heard
    assert heard.amount_paise is None


@pytest.mark.parametrize(("language", "text"), TELLS_TO_LOWER)
def test_telling_to_lower_asks_for_a_better_price(language: str, text: str) -> None:
    heard = understand(text, language=language, has_outstanding_offer=True)
    assert heard.intent is Intent.QUESTION, heard
    assert heard.amount_paise is None


# A price said for a container or heap shown as one lot ("this bag", "this basket") is
# the price of all of it, a total; a count of them ("two sacks"), "per bag" or a bare
# "sack 1000" is not.
FOR_THE_LOT = [
    ("en", "Sixty for this packet"),
    ("en", "This bag for a hundred and twenty"),
    ("hi", "ye jhola dedh sau ka"),
    ("mr", "ही पिशवी ऐंशीला घ्या"),
    ("mr", "हा ढीग दोनशे रुपयांना"),
    ("ta", "இந்த கூடைக்கு முன்னூறு"),
    ("te", "ఈ బుట్ట ఆరు వందలు"),
    ("kn", "ಈ ಚೀಲ ಮುನ್ನೂರು"),
    ("ml", "ഈ ചാക്ക് ആയിരം രൂപ"),
    ("bn", "এই ঝুড়িটা তিনশো"),
    ("gu", "આ થેલી બસો રૂપિયા"),
    ("pa", "ਇਹ ਥੈਲਾ ਦੋ ਸੌ ਦਾ"),
]


@pytest.mark.parametrize(("language", "text"), FOR_THE_LOT)
def test_a_price_for_a_container_is_a_total(language: str, text: str) -> None:
    heard = understand(text, language=language)
    assert heard.intent is Intent.OFFER, heard
    assert heard.amount_paise is not None
    assert heard.per_unit is False, heard


@pytest.mark.parametrize(
    ("language", "text", "per_unit"),
    [
        # a bag said as one is the unit of a rate, as a quintal is (`containers`)
        ("en", "five hundred per bag", True),
        ("en", "two bags, forty each", True),
        ("hi", "har bori do hazaar", True),
        ("ta", "மூட்டை ஆயிரம் ரூபாய்", True),
    ],
)
def test_a_rate_per_container_is_not_a_total(
    language: str, text: str, per_unit: bool | None
) -> None:
    heard = understand(text, language=language)
    assert heard.per_unit is per_unit, heard


# "Okay, make it 70": an agreement word before a price the speaker sets is a counter of
# that price, not an accept; the verb also vouches for a number word that is an everyday
# word too (Hindi, Marathi and Punjabi "saath" is sixty and "with").
MAKE_IT = [
    ("hi", "theek hai bhaiya, pachaas kar do", 5000),
    ("hi", "achha, saath laga do", 6000),
    ("hi", "ठीक है, पैंसठ कर दीजिए", 6500),
    ("mr", "बरं, सत्तर करा", 7000),
    ("mr", "saath kara na dada", 6000),
    ("pa", "ਚੰਗਾ, ਸੱਠ ਕਰ ਦਿਓ", 6000),
    ("pa", "theek aa, saath kar deo", 6000),
    ("te", "సరే, ఎనభై చేయండి", 8000),
    ("ta", "சரி, எழுபது பண்ணுங்க", 7000),
    ("kn", "ಸರಿ, ಎಂಬತ್ತು ಮಾಡಿ", 8000),
    ("ml", "ശരി, എഴുപത് ആക്ക്", 7000),
    ("bn", "ঠিক আছে, সত্তর করে দিন", 7000),
    ("gu", "ભલે, સિત્તેર કરો", 7000),
    ("en", "okay, make it seventy", 7000),
]


@pytest.mark.parametrize(("language", "text", "paise"), MAKE_IT)
def test_okay_make_it_x_is_a_counter(language: str, text: str, paise: int) -> None:
    heard = understand(text, language=language, has_outstanding_offer=True)
    assert heard.intent is Intent.COUNTER, heard
    assert heard.amount_paise == paise
    assert heard.confidence >= MIN_CONFIDENCE, heard


# "Not a rupee above 200": the one rupee or paisa is the idiom of refusal, not a price;
# the price is the bound, offered.
NOT_A_RUPEE_MORE = [
    ("ta", "இருநூறுக்கு மேல ஒரு ரூபா கூட தர மாட்டேன்", 20000),
    ("te", "యాభైకి మించి ఒక్క రూపాయి కూడా ఇవ్వను", 5000),
    ("mr", "पाचशेच्या वर एक पैसा देणार नाही", 50000),
    ("hi", "teen sau se upar ek rupaya nahi dunga", 30000),
    ("bn", "তিনশো টাকার বেশি এক পয়সাও দেব না", 30000),
    ("kn", "ಇನ್ನೂರಕ್ಕಿಂತ ಜಾಸ್ತಿ ಒಂದು ರೂಪಾಯಿನೂ ಕೊಡಲ್ಲ", 20000),
    ("ml", "മുന്നൂറിൽ കൂടുതൽ ഒരു രൂപ പോലും തരില്ല", 30000),
    ("gu", "બસોથી વધારે એક રૂપિયો પણ નહીં આપું", 20000),
    ("pa", "ਤਿੰਨ ਸੌ ਤੋਂ ਵੱਧ ਇੱਕ ਰੁਪਈਆ ਵੀ ਨਹੀਂ ਦੇਣਾ", 30000),
    ("en", "not one rupee more than two hundred", 20000),
]


@pytest.mark.parametrize(("language", "text", "paise"), NOT_A_RUPEE_MORE)
def test_not_a_rupee_more_than_x_offers_x(language: str, text: str, paise: int) -> None:
    heard = understand(text, language=language, has_outstanding_offer=True)
    assert heard.intent is Intent.COUNTER, heard
    assert heard.amount_paise == paise
    assert heard.confidence >= MIN_CONFIDENCE, heard


# Romanized numbers with the case endings and joined forms people type.
ROMANIZED = [
    ("kn", "nalavattaidakke kodi", 4500),
    ("kn", "aravattakke kodi anna", 6000),
    ("kn", "munnooraivattakkinta jaasti kodalla", 35000),
    ("ml", "naanooril kooduthal tharilla", 40000),
    ("bn", "tirishe dao dada", 3000),
    ("bn", "pochishe dao na", 2500),
    ("mr", "saadetinshe lava", 35000),
    ("mr", "dedhshela dya", 15000),
]


@pytest.mark.parametrize(("language", "text", "paise"), ROMANIZED)
def test_romanized_numbers_with_endings(language: str, text: str, paise: int) -> None:
    heard = understand(text, language=language, has_outstanding_offer=True)
    assert heard.intent is Intent.COUNTER, heard
    assert heard.amount_paise == paise
    assert heard.confidence >= MIN_CONFIDENCE, heard


# "Not X, Y" with the negation as typed or said politely: a counter of Y.
NOT_X_BUT_Y = [
    ("kn", "80 alla, 75 kodi", 7500),
    ("kn", "nooru alla sir, tombattu", 9000),
    ("te", "vanda kaadandi, tombhai", 9000),
    ("te", "వంద కాదండి, తొంభై ఐదు", 9500),
    ("te", "aravai kaadamma, yabhai", 5000),
]


@pytest.mark.parametrize(("language", "text", "paise"), NOT_X_BUT_Y)
def test_not_x_but_y_counters_y(language: str, text: str, paise: int) -> None:
    heard = understand(text, language=language, has_outstanding_offer=True)
    assert heard.intent is Intent.COUNTER, heard
    assert heard.amount_paise == paise
    assert heard.confidence >= MIN_CONFIDENCE, heard


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # Kannada "ಆಯ್ತು" is "okay", and also "it became": "too much it became".
        ("kn", "beda, thumba hechchu aaytu", Intent.REJECT),
        ("kn", "ಬೇಡ ಬೇಡ, ತುಂಬಾ ಜಾಸ್ತಿ ಆಯ್ತು", Intent.REJECT),
        # "ಕಟ್ಟಿ ಕೊಡಿ" is "tie it up", not a bunch ("ಕಟ್ಟು").
        ("kn", "ಸರಿ, ಚೆನ್ನಾಗಿ ಕಟ್ಟಿ ಕೊಡಿ", Intent.ACCEPT),
    ],
)
def test_kannada_words_that_also_mean_something_else(
    language: str, text: str, intent: Intent
) -> None:
    heard = understand(text, language=language, has_outstanding_offer=True)
    assert heard.intent is intent, heard
    assert heard.unit is None, heard


# Strung flowers are sold by the forearm's length (முழம், మూర, ಮೊಳ, മുഴം): a price beside
# the measure is per measure, though it is none of the canonical units.
PER_MEASURE = [
    ("ta", "கனகாம்பரம் முழம் பதினைஞ்சு", 1500),
    ("ta", "முழத்துக்கு இருபத்தஞ்சு ரூபா", 2500),
    ("te", "కనకాంబరాలు మూర పదిహేను రూపాయలు", 1500),
    ("kn", "ಕನಕಾಂಬರ ಮೊಳಕ್ಕೆ ಇಪ್ಪತ್ತು", 2000),
    ("ml", "മുല്ലപ്പൂ മുഴം മുപ്പത് രൂപ", 3000),
    ("ml", "kanakambaram muzham nalpathu", 4000),
]


@pytest.mark.parametrize(("language", "text", "paise"), PER_MEASURE)
def test_a_price_per_forearm_of_flowers_is_a_rate(language: str, text: str, paise: int) -> None:
    heard = understand(text, language=language)
    assert heard.intent is Intent.OFFER, heard
    assert heard.amount_paise == paise
    assert heard.per_unit is True, heard
    assert heard.unit is None


# A time to come back and a phone number read out digit by digit are not prices.
NOT_A_PRICE = [
    ("en", "I'll drop by at four fifteen after work"),
    ("en", "we open at nine thirty tomorrow"),
    ("en", "whatsapp me on eight eight nine nine one two three four five six"),
    ("en", "my mobile is 9123456780"),
    ("hi", "mera phone nau aath saat chhe paanch chaar teen do ek shunya"),
    ("ta", "என் போன் ஒன்பது எட்டு நாலு அஞ்சு ஆறு ஏழு மூணு ரெண்டு"),
    ("te", "నా ఫోన్ తొమ్మిది ఎనిమిది ఏడు ఆరు ఐదు నాలుగు మూడు రెండు"),
]


@pytest.mark.parametrize(("language", "text"), NOT_A_PRICE)
def test_times_and_phone_numbers_are_not_prices(language: str, text: str) -> None:
    heard = understand(text, language=language)
    assert heard.intent is Intent.OTHER, heard
    assert heard.amount_paise is None


# A fraction of a unit, said joined ("అరకిలో", "కిలోన్నర"), with an article ("half a
# kilo") or as a local measure ("এক পোয়া", a quarter kilo): a quantity, and the price
# said for it a total.
PART_OF_A_UNIT = [
    ("te", "అరకిలో టమాటా ఇరవై", 2000, 0.5),
    ("te", "కిలోన్నర ఉల్లిపాయలు అరవై", 6000, 1.5),
    ("te", "పావుకిలో అల్లం పదిహేను", 1500, 0.25),
    ("en", "half a kilo of carrots for twenty", 2000, 0.5),
    ("bn", "এক পোয়া আদা দশ টাকা", 1000, 0.25),
    ("bn", "দু পোয়া রসুন চল্লিশ টাকা", 4000, 0.5),
    ("pa", "ਡੇਢ ਕਿੱਲੋ ਆਲੂ ਤੀਹਾਂ ਦਾ", 3000, 1.5),
    ("pa", "ਅੱਧਾ ਕਿੱਲੋ ਅਦਰਕ ਚਾਲੀਆਂ ਦਾ", 4000, 0.5),
    ("kn", "ಅರ್ಧ ಕೆಜಿ ಶುಂಠಿ ಮೂವತ್ತು", 3000, 0.5),
]


@pytest.mark.parametrize(("language", "text", "paise", "kilos"), PART_OF_A_UNIT)
def test_part_of_a_unit_is_a_quantity(language: str, text: str, paise: int, kilos: float) -> None:
    heard = understand(text, language=language)
    assert heard.intent is Intent.OFFER, heard
    assert heard.amount_paise == paise
    assert (heard.per_unit, heard.quantity, heard.unit) == (False, kilos, "kg"), heard
    assert heard.confidence >= MIN_CONFIDENCE, heard


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # "won't come / can't be had at that price": a refusal, not a question about it
        ("te", "ఆ ధరకి రాదు సార్", Intent.REJECT),
        ("ml", "ആ റേറ്റിന് കിട്ടില്ല ചേട്ടാ", Intent.REJECT),
        ("ta", "அந்த விலைக்கு வராதுங்க", Intent.REJECT),
        ("kn", "ಆ ರೇಟಿಗೆ ಬರಲ್ಲ", Intent.REJECT),
        # "how are you selling X?", "tell me the last rate": asking the price
        ("ta", "தக்காளி எப்படி போடுறீங்க?", Intent.QUESTION),
        ("ml", "തക്കാളി എങ്ങനെയാ?", Intent.QUESTION),
        ("te", "టమాటా ఎలా ఇస్తున్నారు?", Intent.QUESTION),
        ("kn", "ಟೊಮೇಟೊ ಹೇಗೆ ಕೊಡ್ತೀರಿ?", Intent.QUESTION),
        ("bn", "টমেটো কিভাবে দিচ্ছেন?", Intent.QUESTION),
        ("ta", "கடைசி ரேட் சொல்லுங்க", Intent.QUESTION),
        ("te", "లాస్ట్ రేటు చెప్పండి", Intent.QUESTION),
        ("hi", "aakhri rate batao bhaiya", Intent.QUESTION),
    ],
)
def test_refusals_and_questions_without_a_price(language: str, text: str, intent: Intent) -> None:
    heard = understand(text, language=language, has_outstanding_offer=True)
    assert heard.intent is intent, heard
    assert heard.amount_paise is None


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        # "settled at X" agrees
        ("mr", "ठीक, पन्नासला ठरलं", 5000),
        ("gu", "ભલે, પચાસમાં નક્કી", 5000),
    ],
)
def test_settled_at_x_accepts(language: str, text: str, paise: int) -> None:
    heard = understand(text, language=language, has_outstanding_offer=True)
    assert (heard.intent, heard.amount_paise) == (Intent.ACCEPT, paise), heard


def test_an_emphatic_ending_after_the_case_ending() -> None:
    heard = understand("किलो चाळीसलाच देतो", language="mr")
    assert (heard.amount_paise, heard.per_unit, heard.unit) == (4000, True, "kg"), heard


def test_a_yes_word_inside_a_longer_word_is_no_yes() -> None:
    # Bengali "হাঁসের" (the duck's) begins like "হাঁ" (yes).
    heard = understand("হাঁসের ডিম একটা দশ টাকা", language="bn")
    assert heard.intent is Intent.OFFER, heard


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [("mr", "चला, पन्नासला ठरलं", 5000), ("gu", "ચાલો, પચાસમાં નક્કી", 5000)],
)
def test_come_on_settled_at_x_accepts(language: str, text: str, paise: int) -> None:
    heard = understand(text, language=language, has_outstanding_offer=True)
    assert (heard.intent, heard.amount_paise) == (Intent.ACCEPT, paise), heard


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "seventy five for this pack", (7500, False, None, None)),
        # Bengali writes an elided vowel with an apostrophe: ছ'শো is ছয়শো (600)
        ("bn", "কাতলা মাছ কেজি ছ'শো", (60000, True, None, "kg")),
    ],
)
def test_shapes_said_plainly(
    language: str, text: str, expected: tuple[int, bool, float | None, str | None]
) -> None:
    heard = understand(text, language=language)
    assert (heard.amount_paise, heard.per_unit, heard.quantity, heard.unit) == expected, heard
    assert heard.confidence >= MIN_CONFIDENCE, heard


def test_a_stem_matches_its_bare_word_too() -> None:
    heard = understand("கொஞ்சம் கம்மி பண்ண முடியுமா?", language="ta", has_outstanding_offer=True)
    assert heard.intent is Intent.QUESTION, heard


# "Take ten rupees less", "das rupaye kam karo": the amount to take off, never a price of
# ten; "not less than 50" stays a bound.
DISCOUNTS = [
    ("hi", "पांच रुपये कम कर दो"),
    ("hi", "paanch rupaye aur kam karo"),
    ("hi", "bees kam kar do bhaiya"),
    ("en", "take ten rupees less"),
    ("en", "reduce it by ten rupees"),
    ("en", "knock off twenty"),
    ("ta", "பத்து ரூபா குறைச்சுக்கோங்க"),
    ("te", "పది రూపాయలు తగ్గించండి"),
    ("mr", "दहा रुपये कमी करा"),
    ("gu", "દસ રૂપિયા ઓછા કરો"),
    ("pa", "ਦਸ ਰੁਪਏ ਘੱਟ ਕਰ ਦਿਓ"),
    ("bn", "দশ টাকা কম করুন"),
]


@pytest.mark.parametrize(("language", "text"), DISCOUNTS)
def test_an_amount_to_take_off_is_not_a_price(language: str, text: str) -> None:
    heard = understand(text, language=language, has_outstanding_offer=True)
    assert heard.amount_paise is None or heard.confidence < MIN_CONFIDENCE, heard
    assert heard.intent is Intent.QUESTION, heard  # a better price asked for


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [("hi", "पचास से कम नहीं होगा", 5000), ("en", "not less than fifty", 5000)],
)
def test_less_than_x_is_still_a_bound(language: str, text: str, paise: int) -> None:
    heard = understand(text, language=language, has_outstanding_offer=True)
    assert heard.amount_paise == paise, heard


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("te", "ఫైనల్ రేటు డెబ్బై, ఇంకా తగ్గదు", 7000),
        ("hi", "सत्तर, इससे कम नहीं", 7000),
        ("hi", "sattar rupaye kam nahi hoga", 7000),
    ],
)
def test_a_price_held_against_going_lower_stands(language: str, text: str, paise: int) -> None:
    heard = understand(text, language=language, has_outstanding_offer=True)
    assert heard.amount_paise == paise, heard


# "Five rupees more": an amount to add, never a price of five; "not more than X" and
# "above X" keep their "than" or case ending and stay bounds.
ADDITIONS = [
    ("hi", "paanch rupaye aur de do"),
    ("en", "five rupees more, that's all"),
    ("en", "I'll add ten extra"),
    ("ta", "அஞ்சு ரூபா கூட தரேன்"),
    ("bn", "পাঁচ টাকা বেশি দেব"),
    ("ml", "അഞ്ച് രൂപ കൂടുതൽ തരാം"),
    ("mr", "पाच रुपये जास्त देतो"),
    ("gu", "પાંચ રૂપિયા વધારે આપીશ"),
    ("pa", "ਪੰਜ ਰੁਪਏ ਹੋਰ ਦੇ ਦਿਆਂਗਾ"),
]


@pytest.mark.parametrize(("language", "text"), ADDITIONS)
def test_an_amount_to_add_is_not_a_price(language: str, text: str) -> None:
    heard = understand(text, language=language, has_outstanding_offer=True)
    assert heard.amount_paise is None or heard.confidence < MIN_CONFIDENCE, heard


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # change handed back is not a price
        ("hi", "tees rupaye wapas do bhaiya"),
        ("hi", "पचास छुट्टे दे दो"),
        ("en", "give me forty back"),
    ],
)
def test_change_handed_back_is_not_a_price(language: str, text: str) -> None:
    heard = understand(text, language=language, has_outstanding_offer=True)
    assert heard.amount_paise is None, heard


def test_last_week_is_no_final_offer() -> None:
    heard = understand("last week it was thirty five", language="en")
    assert heard.final is False, heard


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # "tie it up and give": the verb, not the bunch (Telugu కట్ట, Malayalam കെട്ട്)
        ("te", "సరే అండి, బాగా కట్టి ఇవ్వండి"),
        ("ml", "ശരി ചേട്ടാ, നന്നായി കെട്ടി തരൂ"),
        ("kn", "ಆಯ್ತು, ಕಟ್ಟಿ ಕೊಡಿ ಅಣ್ಣ"),
    ],
)
def test_tie_it_up_is_no_bunch(language: str, text: str) -> None:
    heard = understand(text, language=language, has_outstanding_offer=True)
    assert (heard.intent, heard.unit) == (Intent.ACCEPT, None), heard


# A time of day before a number makes it a clock time: "in the evening at half past six".
AT_A_TIME = [
    ("ta", "சாயங்காலம் ஆறரைக்கு வரேன்"),
    ("ta", "காலையில ஏழரைக்கு கடை திறப்பேன்"),
    ("te", "సాయంత్రం ఆరున్నరకి వస్తా"),
    ("te", "పొద్దున ఏడున్నరకి షాపు తెరుస్తాను"),
    ("kn", "ಸಂಜೆ ಆರೂವರೆಗೆ ಬರ್ತೀನಿ"),
    ("ml", "വൈകുന്നേരം ആറരയ്ക്ക് വരാം"),
    ("bn", "বিকেলে সাড়ে পাঁচটায় আসব"),
    ("gu", "સાંજે સાડા છએ આવીશ"),
    ("pa", "ਸ਼ਾਮ ਨੂੰ ਸਾਢੇ ਛੇ ਆਵਾਂਗਾ"),
    ("en", "I'll come tomorrow at seven"),
]


@pytest.mark.parametrize(("language", "text"), AT_A_TIME)
def test_a_time_of_day_is_not_a_price(language: str, text: str) -> None:
    heard = understand(text, language=language)
    assert heard.amount_paise is None or heard.confidence < MIN_CONFIDENCE, heard


@pytest.mark.parametrize(
    ("language", "text"),
    [("en", "two point five lakh for the truck"), ("hi", "ek point do lakh final")],
)
def test_a_spoken_decimal_point_is_asked_about(language: str, text: str) -> None:
    heard = understand(text, language=language)
    assert heard.amount_paise is None or heard.confidence < MIN_CONFIDENCE, heard


# Romanized unit words carry the language's case ending typed in Latin letters: the unit
# is still heard, and the price beside it is a rate.
ROMANIZED_UNITS = [
    ("ml", "paal litterinu arupathu", 6000, "litre"),
    ("ml", "mutta dozeninu enpathu", 8000, "dozen"),
    ("ta", "thakkali kilokku muppathu", 3000, "kg"),
    ("te", "tamata kiloki muppai", 3000, "kg"),
    ("kn", "tomato kejige muvattu", 3000, "kg"),
    ("mr", "kanda kilola tees", 3000, "kg"),
]


@pytest.mark.parametrize(("language", "text", "paise", "unit"), ROMANIZED_UNITS)
def test_romanized_units_with_endings(language: str, text: str, paise: int, unit: str) -> None:
    heard = understand(text, language=language)
    assert (heard.amount_paise, heard.per_unit, heard.unit) == (paise, True, unit), heard
    assert heard.confidence >= MIN_CONFIDENCE, heard


# "I'd lose money on it": the seller refuses the price.
AT_A_LOSS = [
    ("hi", "itne mein to ghaata hai bhai"),
    ("te", "ఆ రేటుకి నష్టం వస్తుంది"),
    ("kn", "ಇಷ್ಟಕ್ಕೆ ಕೊಟ್ರೆ ನಷ್ಟ ಆಗುತ್ತೆ"),
    ("ml", "ആ വിലയ്ക്ക് നഷ്ടമാണ്"),
    ("bn", "এই দামে আমার লস হবে"),
    ("mr", "या भावात तोटा होतो"),
    ("gu", "એ ભાવમાં ખોટ જાય"),
    ("pa", "ਇਸ ਭਾਅ ਤੇ ਘਾਟਾ ਪੈਂਦਾ"),
    ("en", "I'd sell at a loss"),
]


@pytest.mark.parametrize(("language", "text"), AT_A_LOSS)
def test_selling_at_a_loss_refuses(language: str, text: str) -> None:
    heard = understand(text, language=language, has_outstanding_offer=True)
    assert heard.intent is Intent.REJECT, heard


@pytest.mark.parametrize(
    ("text", "paise", "count"),
    [("four for a hundred", 10000, 4.0), ("6 for 50 rupees", 5000, 6.0)],
)
def test_a_count_for_a_price_is_a_total(text: str, paise: int, count: float) -> None:
    heard = understand(text, language="en")
    assert (heard.amount_paise, heard.per_unit, heard.quantity) == (paise, False, count), heard
    assert heard.confidence >= MIN_CONFIDENCE, heard


# A day of the month is not a price.
DATES = [
    ("hi", "bees tarikh ko aana"),
    ("en", "pay me on the 20th"),
    ("ta", "இருபதாம் தேதி வாங்க"),
    ("te", "ఇరవయ్యో తేదీ రండి"),
    ("bn", "কুড়ি তারিখে আসবেন"),
    ("mr", "वीस तारखेला या"),
    ("gu", "વીસ તારીખે આવજો"),
    ("kn", "ಇಪ್ಪತ್ತನೇ ತಾರೀಖು ಬನ್ನಿ"),
    ("ml", "ഇരുപതാം തീയതി വരൂ"),
    ("pa", "ਵੀਹ ਤਰੀਕ ਨੂੰ ਆਓ"),
]


@pytest.mark.parametrize(("language", "text"), DATES)
def test_a_day_of_the_month_is_not_a_price(language: str, text: str) -> None:
    heard = understand(text, language=language)
    assert heard.amount_paise is None or heard.confidence < MIN_CONFIDENCE, heard


CHANGE = [
    ("ta", "இருபது ரூபா சில்லறை குடுங்க"),
    ("te", "ఇరవై రూపాయలు చిల్లర ఇవ్వండి"),
    ("kn", "ಇಪ್ಪತ್ತು ರೂಪಾಯಿ ಚಿಲ್ಲರೆ ಕೊಡಿ"),
    ("ml", "ഇരുപത് രൂപ ചില്ലറ തരൂ"),
    ("bn", "কুড়ি টাকা ফেরত দিন"),
    ("mr", "वीस रुपये परत द्या"),
    ("gu", "વીસ રૂપિયા પાછા આપો"),
    ("pa", "ਵੀਹ ਰੁਪਏ ਵਾਪਸ ਦਿਓ"),
]


@pytest.mark.parametrize(("language", "text"), CHANGE)
def test_change_handed_back_is_not_a_price_anywhere(language: str, text: str) -> None:
    heard = understand(text, language=language, has_outstanding_offer=True)
    assert heard.amount_paise is None, heard


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("en", "list price is 60 a kilo but for you 55", 5500),
        ("hi", "vaise sattar ka hai lekin aapke liye pachpan", 5500),
        ("ta", "எழுபது ரூபா, ஆனா உங்களுக்கு அறுபது", 6000),
        ("bn", "দাম সত্তর, কিন্তু আপনার জন্য ষাট", 6000),
    ],
)
def test_the_price_after_but_stands(language: str, text: str, paise: int) -> None:
    heard = understand(text, language=language)
    assert (heard.intent, heard.amount_paise) == (Intent.OFFER, paise), heard
    assert heard.confidence >= MIN_CONFIDENCE, heard
