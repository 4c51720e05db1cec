"""An hour of the day that is no price ("aaru maniki", "ਚਾਰ ਵਜੇ", "at 4 tomorrow"), "ok,
take it for X" with no price on the table (a counter, not an accept), small talk about the
market's day (fog, cold, no customers), a freshness question then "not stale ones", the
quantity in a price question, "X each" (a rate with no unit word), rupees and paise said
as two numbers, "X a piece, I'll take N", and "for you X": each in all ten languages,
native script and romanized."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import Intent, Understanding, understand


def _recorded(understood: Understanding) -> int | None:
    return understood.amount_paise if understood.confidence >= MIN_CONFIDENCE else None


# A number with an hour word or case, or "at N" with opening, closing or coming: an hour.
HOURS = [
    ("hi", "कल सुबह 7 बजे दुकान खुलेगी"),
    ("hi", "bhaiya paanch baje ke baad aana"),
    ("en", "we open at 5 tomorrow"),
    ("en", "I'll shut the stall at 9 pm"),
    ("en", "come by eleven, the lorry will be here"),
    ("ta", "நாளை ஏழு மணிக்கு கடை திறப்போம்"),
    ("ta", "kadai 8 manikke moodiduvom"),
    ("ta", "anju maniki vaanga"),
    ("te", "రేపు ఐదు గంటలకు రండి"),
    ("te", "enimidi gantalaki shop close"),
    ("bn", "কাল সাতটার সময় আসবেন"),
    ("bn", "ami 9 tar somoy dokan khuli"),
    ("mr", "उद्या सात वाजता दुकान उघडेल"),
    ("mr", "paach vajta ya"),
    ("gu", "કાલે આઠ વાગ્યે દુકાન ખુલશે"),
    ("gu", "paanch vaage aavjo"),
    ("kn", "ನಾಳೆ ಏಳು ಗಂಟೆಗೆ ಅಂಗಡಿ ತೆಗೆಯುತ್ತೇನೆ"),
    ("kn", "aidu gantege banni"),
    ("ml", "നാളെ ഏഴ് മണിക്ക് കട തുറക്കും"),
    ("ml", "innu 6 manikke kada adakkum"),
    ("pa", "ਕੱਲ੍ਹ ਸੱਤ ਵਜੇ ਦੁਕਾਨ ਖੁੱਲ੍ਹੇਗੀ"),
    ("pa", "panj vaje aa jana"),
]


@pytest.mark.parametrize(("language", "text"), HOURS)
def test_an_hour_is_no_price(language: str, text: str) -> None:
    understood = understand(text, language=language)
    assert _recorded(understood) is None
    assert understood.intent is not Intent.ACCEPT


# With an hour word said, a bare number that could be an hour is asked about.
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hi", "subah 6 baje khulega, 8 tak aa jao"),
        ("en", "opens 7 o'clock, closes 9"),
        ("ta", "kaalai 6 manikku thirappom, 10 varaikkum"),
        ("pa", "ਸਵੇਰੇ 6 ਵਜੇ ਖੁੱਲ੍ਹਦੀ, 9 ਤੱਕ ਬੰਦ"),
    ],
)
def test_a_number_beside_an_hour_is_asked(language: str, text: str) -> None:
    assert _recorded(understand(text, language=language)) is None


# A price with its currency next to an hour word is still a price.
@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("hi", "6 baje ke baad 40 rupaye kilo", 4000),
        ("en", "after 6 pm tomatoes are 30 rupees a kilo", 3000),
        ("ta", "6 மணிக்கு அப்புறம் கிலோ 30 ரூபாய்", 3000),
    ],
)
def test_a_price_said_with_an_hour_stands(language: str, text: str, paise: int) -> None:
    assert _recorded(understand(text, language=language)) == paise


# "Ok, take it for X" with a new price and no price on the table known: a counter of X.
# With the table's price equal to X it agrees; an emphatic X ("அறுபதுக்கே") echoes it.
TAKE_FOR = [
    ("hi", "ठीक है, बयालीस में ले लो", 4200),
    ("hi", "chalo theek hai, 65 mein le jao", 6500),
    ("en", "ok, take it for thirty-eight", 3800),
    ("en", "alright, have it for 55", 5500),
    ("ta", "சரி, நாப்பத்தெட்டுக்கு எடுத்துக்கோங்க", 4800),
    ("ta", "sari, 52 ku eduthukonga", 5200),
    ("te", "సరే, నలభై రెండుకు తీసుకోండి", 4200),
    ("te", "sare, 64 ki teesukondi", 6400),
    ("bn", "ঠিক আছে, বাহান্নতে নিয়ে যান", 5200),
    ("bn", "thik ache, 46 e niye jan", 4600),
    ("mr", "ठीक आहे, बेचाळीसला घेऊन जा", 4200),
    ("mr", "thik ahe, 58 la ghya", 5800),
    ("gu", "સારું, બાવનમાં લઈ જાઓ", 5200),
    ("gu", "saru, 48 ma lai jao", 4800),
    ("kn", "ಸರಿ, ಐವತ್ತೆರಡಕ್ಕೆ ತಗೊಳ್ಳಿ", 5200),
    ("kn", "sari, 44 ge tagoli", 4400),
    ("ml", "ശരി, നാൽപത്തിരണ്ടിന് എടുത്തോ", 4200),
    ("ml", "shari, 66 nu eduthoo", 6600),
    ("pa", "ਠੀਕ ਹੈ, ਬਵੰਜਾ ਦਾ ਲੈ ਜਾਓ", 5200),
    ("pa", "theek hai, 47 da lai jao", 4700),
]


@pytest.mark.parametrize(("language", "text", "paise"), TAKE_FOR)
def test_take_it_for_a_new_price_counters(language: str, text: str, paise: int) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is Intent.COUNTER
    assert _recorded(understood) == paise


@pytest.mark.parametrize(("language", "text", "paise"), TAKE_FOR)
def test_take_it_for_the_tables_price_accepts(language: str, text: str, paise: int) -> None:
    understood = understand(
        text, language=language, has_outstanding_offer=True, reference_paise=paise
    )
    assert understood.intent is Intent.ACCEPT


@pytest.mark.parametrize(("language", "text", "paise"), TAKE_FOR)
def test_take_it_for_another_price_counters(language: str, text: str, paise: int) -> None:
    understood = understand(
        text, language=language, has_outstanding_offer=True, reference_paise=paise + 500
    )
    assert understood.intent is Intent.COUNTER


# Small talk about the market's day: fog, cold, wind, heat, nobody come yet.
MARKET_DAY = [
    ("hi", "आज कोहरा बहुत है, दस बजे तक कोई नहीं आया"),
    ("hi", "aaj hawa bahut tez hai, koi nahi aaya"),
    ("en", "so foggy today, nobody came till ten"),
    ("en", "too cold today, no customers at all"),
    ("ta", "இன்னிக்கு பனி அதிகம், பத்து மணி வரைக்கும் யாரும் வரல"),
    ("ta", "innaiku romba kulir, yaarum varala"),
    ("te", "ఈరోజు పొగమంచు ఎక్కువ, పది గంటల వరకు ఎవరూ రాలేదు"),
    ("te", "ivala chali ekkuva, evaru raledu"),
    ("bn", "আজ খুব কুয়াশা, দশটা পর্যন্ত কেউ আসেনি"),
    ("bn", "aaj khub thanda, keu ashe ni"),
    ("mr", "आज खूप धुकं आहे, दहा वाजेपर्यंत कोणी आलं नाही"),
    ("mr", "aaj khup thandi ahe, kuni ala nahi"),
    ("gu", "આજે ધુમ્મસ બહુ છે, દસ વાગ્યા સુધી કોઈ નથી આવ્યું"),
    ("gu", "aaje thandi bahu che, koi nathi aavyu"),
    ("kn", "ಇವತ್ತು ಮಂಜು ಜಾಸ್ತಿ, ಹತ್ತು ಗಂಟೆವರೆಗೂ ಯಾರೂ ಬಂದಿಲ್ಲ"),
    ("kn", "ivattu chali jaasti, yaaru bandilla"),
    ("ml", "ഇന്ന് മഞ്ഞ് കൂടുതലാ, പത്തു മണി വരെ ആരും വന്നില്ല"),
    ("ml", "innu thanuppu kooduthal, aarum vannilla"),
    ("pa", "ਅੱਜ ਠੰਡ ਬਹੁਤ ਹੈ, ਕੋਈ ਨਹੀਂ ਆਇਆ"),
    ("pa", "aj dhund bahut hai, koi grahak nahi aaya"),
]


@pytest.mark.parametrize(("language", "text"), MARKET_DAY)
def test_the_markets_day_is_small_talk(language: str, text: str) -> None:
    understood = understand(text, language=language)
    assert understood.intent is Intent.OTHER
    assert _recorded(understood) is None


# A freshness question, then "not yesterday's / stale ones": which goods, not a refusal.
FRESH_ONLY = [
    ("hi", "ये मेथी आज की है? बासी मत देना"),
    ("hi", "ye dhaniya taaza hai? kal wala mat dena"),
    ("en", "is the coriander fresh? don't want yesterday's"),
    ("en", "are the beans today's? don't give me old ones"),
    ("ta", "இந்த கொத்தமல்லி இன்னைக்கு வந்ததா? பழசு வேணாம்"),
    ("ta", "indha beans fresh ah? nethu vandhadhu vendam"),
    ("te", "ఈ కొత్తిమీర ఈరోజుదా? నిన్నటిది వద్దు"),
    ("te", "ee beans fresh aa? ninnati vaddu"),
    ("bn", "এই ধনেপাতা আজকের? বাসি দেবেন না"),
    ("bn", "ei beans tatka to? kaler diyo na"),
    ("mr", "ही मेथी आजची आहे का? कालची नको"),
    ("mr", "kothimbir taji ahe ka? kalchi nako"),
    ("gu", "આ કોથમીર આજની છે? વાસી ના આપતા"),
    ("gu", "methi taaji che? kaalna nathi joita"),
    ("kn", "ಕೊತ್ತಂಬರಿ ಫ್ರೆಶ್ ಆ? ನಿನ್ನೆಯದು ಬೇಡ"),
    ("kn", "menthya ivattide na? ninnedu kodbedi"),
    ("ml", "ഈ മല്ലിയില ഇന്നത്തെ ആണോ? ഇന്നലത്തെ വേണ്ട"),
    ("ml", "ee payar fresh aano? pazhaya venda"),
    ("pa", "ਇਹ ਮੇਥੀ ਤਾਜ਼ੀ ਹੈ? ਬਾਸੀ ਨਾ ਦਿਓ"),
    ("pa", "dhaniya aaj da hai? basi na dena"),
]


@pytest.mark.parametrize(("language", "text"), FRESH_ONLY)
def test_not_stale_after_a_freshness_question_is_no_refusal(language: str, text: str) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent not in (Intent.REJECT, Intent.ACCEPT)
    assert understand(text, language=language).intent is not Intent.REJECT


# Without a question, "rotten ones, don't want" still refuses them.
@pytest.mark.parametrize(
    ("language", "text"),
    [("en", "these are old ones, don't want"), ("hi", "sade hue hain, nahi chahiye")],
)
def test_dont_want_the_bad_ones_still_refuses(language: str, text: str) -> None:
    assert understand(text, language=language).intent is Intent.REJECT


# The quantity in a price question: counted goods ("two gourds": pieces, no unit word said) and
# one kilo of goods named before the question word.
ASKED_FOR = [
    ("hi", "दो किलो प्याज़ कितने का?", 2, "kg"),
    ("hi", "teen nariyal kitne ke?", 3, "piece"),
    ("en", "how much for three coconuts?", 3, "piece"),
    ("en", "one kilo carrots how much?", 1, "kg"),
    ("ta", "மூணு தேங்காய் எவ்வளவு?", 3, "piece"),
    ("ta", "oru kilo carrot evvalavu?", 1, "kg"),
    ("te", "మూడు కొబ్బరికాయలు ఎంత?", 3, "piece"),
    ("te", "oka kilo carrot entha?", 1, "kg"),
    ("bn", "তিনটে নারকেল কত হবে?", 3, "piece"),
    ("bn", "ek kilo gajor koto?", 1, "kg"),
    ("mr", "तीन नारळ किती?", 3, "piece"),
    ("mr", "ek kilo gajar kiti?", 1, "kg"),
    ("gu", "ત્રણ નાળિયેર કેટલાના?", 3, "piece"),
    ("gu", "ek kilo gajar ketla?", 1, "kg"),
    ("kn", "ಮೂರು ತೆಂಗಿನಕಾಯಿ ಎಷ್ಟು?", 3, "piece"),
    ("kn", "ondu kilo carrot eshtu?", 1, "kg"),
    ("ml", "മൂന്ന് തേങ്ങ എത്ര?", 3, "piece"),
    ("ml", "oru kilo carrot ethra?", 1, "kg"),
    ("pa", "ਤਿੰਨ ਨਾਰੀਅਲ ਕਿੰਨੇ ਦੇ?", 3, "piece"),
    ("pa", "ik kilo gajar kinne di?", 1, "kg"),
]


@pytest.mark.parametrize(("language", "text", "quantity", "unit"), ASKED_FOR)
def test_a_price_question_keeps_its_quantity(
    language: str, text: str, quantity: float, unit: str | None
) -> None:
    understood = understand(text, language=language)
    assert understood.intent is Intent.QUESTION
    assert (understood.quantity, understood.unit) == (quantity, unit)


# "How much a kilo?", "ek kilo kitne ka?": the rate, no quantity.
@pytest.mark.parametrize(
    ("language", "text"),
    [("hi", "ek kilo kitne ka?"), ("en", "what's the rate for a kilo of beans?")],
)
def test_a_rate_question_has_no_quantity(language: str, text: str) -> None:
    assert understand(text, language=language).quantity is None


# "X each", "one for X": a rate of one item, a piece, as a word for a piece says; Bengali
# "X করে" after an amount is a rate of the goods' own unit ("দেড়শো করে" is by the kilo for
# fish), with no unit word.
EACH = [
    ("hi", "अमरूद दस रुपये का एक", "piece"),
    ("hi", "ande 7 rupaye nag", "piece"),
    ("en", "pomegranates fifty each", "piece"),
    ("en", "eggs 7 rupees per piece", "piece"),
    ("ta", "மாதுளை ஒவ்வொண்ணும் அம்பது ரூபா", "piece"),
    ("ta", "maadhulai onnukku 50 rooba", "piece"),
    ("te", "దానిమ్మ ఒక్కోటి యాభై రూపాయలు", "piece"),
    ("te", "danimma okkokkati 50 rupayalu", "piece"),
    ("bn", "বেদানা একেকটা পঞ্চাশ টাকা", "piece"),
    ("bn", "আটশো করে দিন দিদি", None),
    ("bn", "tinsho kore din", None),
    ("mr", "डाळिंब पन्नास रुपयाला एक", "piece"),
    ("gu", "દાડમ એકના પચાસ રૂપિયા", "piece"),
    ("kn", "ದಾಳಿಂಬೆ ಒಂದಕ್ಕೆ ಐವತ್ತು ರೂಪಾಯಿ", "piece"),
    ("kn", "dalimbe ondakke 50 rupayi", "piece"),
    ("ml", "മാതളം ഒന്നിന് അമ്പത് രൂപ", "piece"),
    ("ml", "mathalam onninu 50 roopa", "piece"),
    ("pa", "ਅਨਾਰ ਪੰਜਾਹ ਰੁਪਏ ਦਾ ਇੱਕ", "piece"),
]


@pytest.mark.parametrize(("language", "text", "unit"), EACH)
def test_each_is_a_rate_of_a_piece_and_kore_of_the_goods_unit(
    language: str, text: str, unit: str | None
) -> None:
    understood = understand(text, language=language)
    assert (understood.per_unit, understood.unit) == (True, unit)
    assert _recorded(understood) is not None


# Rupees and paise said as two numbers, made clear by "not a paisa less": X.50.
PAISE_APART = [
    ("hi", "सैंतीस पचास दे दूंगा, एक पैसा कम नहीं"),
    ("hi", "saintees pachaas lagaunga, ek paisa kam nahi"),
    ("en", "I'll do thirty-seven fifty, not a paisa less"),
    ("ta", "முப்பத்தேழு அம்பது தரேன், ஒரு பைசா கூட குறையாது"),
    ("te", "ముప్పై ఏడు యాభై ఇస్తా, ఒక్క పైసా తగ్గదు"),
    ("bn", "সাঁইত্রিশ পঞ্চাশ দেব, এক পয়সাও কম না"),
    ("mr", "सदतीस पन्नास देईन, एक पैसा कमी नाही"),
    ("gu", "સાડત્રીસ પચાસ આપીશ, એક પૈસો ઓછો નહીં"),
    ("kn", "ಮೂವತ್ತೇಳು ಐವತ್ತು ಕೊಡ್ತೀನಿ, ಒಂದು ಪೈಸೆ ಕಡಿಮೆ ಇಲ್ಲ"),
    ("ml", "മുപ്പത്തേഴ് അമ്പത് തരാം, ഒരു പൈസ കുറയില്ല"),
    ("pa", "ਸੈਂਤੀ ਪੰਜਾਹ ਦੇ ਦਿਆਂਗਾ, ਇੱਕ ਪੈਸਾ ਘੱਟ ਨਹੀਂ"),
]


@pytest.mark.parametrize(("language", "text"), PAISE_APART)
def test_rupees_and_paise_apart_with_a_paise_word(language: str, text: str) -> None:
    assert _recorded(understand(text, language=language)) == 3750


# Without a paise word the two numbers may be 37.50 or two prices: asked, never a guess.
@pytest.mark.parametrize(
    ("language", "text"),
    [("hi", "सैंतीस पचास दे दूंगा"), ("ta", "முப்பத்தேழு அம்பது தரேன்"), ("en", "thirty-seven fifty")],
)
def test_two_numbers_without_a_paise_word_are_asked(language: str, text: str) -> None:
    assert _recorded(understand(text, language=language)) is None


# "X a piece, I'll take N": a rate of X with a quantity of N, not two prices.
RATE_THEN_COUNT = [
    ("hi", "बीस रुपये पीस, पांच ले लूंगा", 2000, 5, "piece"),
    ("hi", "40 rupaye kilo, teen kilo lunga", 4000, 3, "kg"),
    ("en", "Twenty rupees a piece, I'll take five", 2000, 5, "piece"),
    ("en", "40 per kilo, I'll take 3", 4000, 3, "kg"),
    ("ta", "ஒரு பீஸ் இருபது ரூபா, அஞ்சு எடுத்துக்கறேன்", 2000, 5, "piece"),
    ("te", "పీస్ ఇరవై రూపాయలు, ఐదు తీసుకుంటా", 2000, 5, "piece"),
    ("bn", "পিস কুড়ি টাকা, পাঁচটা নেব", 2000, 5, "piece"),
    ("mr", "वीस रुपये नग, पाच घेईन", 2000, 5, "piece"),
    ("gu", "વીસ રૂપિયે નંગ, પાંચ લઈશ", 2000, 5, "piece"),
    ("kn", "ಪೀಸ್ ಇಪ್ಪತ್ತು ರೂಪಾಯಿ, ಐದು ತಗೊಳ್ತೀನಿ", 2000, 5, "piece"),
    ("pa", "ਵੀਹ ਰੁਪਏ ਪੀਸ, ਪੰਜ ਲੈ ਲਵਾਂਗਾ", 2000, 5, "piece"),
]


@pytest.mark.parametrize(("language", "text", "paise", "quantity", "unit"), RATE_THEN_COUNT)
def test_a_rate_then_a_count_taken(
    language: str, text: str, paise: int, quantity: float, unit: str
) -> None:
    understood = understand(text, language=language)
    assert _recorded(understood) == paise
    assert (understood.per_unit, understood.quantity, understood.unit) == (True, quantity, unit)


# "For you X": with no price on the table known, the speaker's own X (a counter); with X
# on the table, agreement to it; with another price on the table, a counter.
FOR_YOU = [
    ("hi", "ठीक है, आपके लिए पचपन"),
    ("hi", "chalo theek hai, aapke liye pachpan"),
    ("en", "fine, for you fifty-five"),
    ("ta", "சரி, உங்களுக்காக அம்பத்தஞ்சு"),
    ("ta", "sari sari, ungalukkaga 55"),
    ("te", "సరే, మీ కోసం యాభై ఐదు"),
    ("bn", "ঠিক আছে, আপনার জন্য পঞ্চান্ন"),
    ("gu", "સારું, તમારા માટે પંચાવન"),
    ("kn", "ಸರಿ, ನಿಮಗೋಸ್ಕರ ಐವತ್ತೈದು"),
    ("ml", "ശരി, നിങ്ങൾക്ക് വേണ്ടി അമ്പത്തഞ്ച്"),
]


@pytest.mark.parametrize(("language", "text"), FOR_YOU)
def test_for_you_x_without_the_table_is_a_counter(language: str, text: str) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert (understood.intent, _recorded(understood)) == (Intent.COUNTER, 5500)


@pytest.mark.parametrize(("language", "text"), FOR_YOU)
def test_for_you_x_with_x_on_the_table_accepts(language: str, text: str) -> None:
    understood = understand(
        text, language=language, has_outstanding_offer=True, reference_paise=5500
    )
    assert understood.intent is Intent.ACCEPT


@pytest.mark.parametrize(("language", "text"), FOR_YOU)
def test_for_you_x_with_another_price_on_the_table_counters(language: str, text: str) -> None:
    understood = understand(
        text, language=language, has_outstanding_offer=True, reference_paise=6000
    )
    assert understood.intent is Intent.COUNTER
