"""Caps said after a word of agreement ("okay, 85 max"), market news told as small talk
("it rained, that's why there's no crowd"), loose currency spellings after "last price",
"give it at the price you said", a complaint about the goods that refuses them, rate
questions as typed in chat, and counted goods with a bare total: each in all ten
languages, native script and romanized."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import Intent, Understanding, understand


def _recorded(understood: Understanding) -> int | None:
    return understood.amount_paise if understood.confidence >= MIN_CONFIDENCE else None


# "Okay, X max": a cap of X, the speaker's own price, never agreement to the one asked.
CAPS = [
    ("hi", "ठीक है, साठ मैक्स", 6000),
    ("hi", "theek hai 45 max", 4500),
    ("en", "fine, forty max", 4000),
    ("en", "ok, thirty at most", 3000),
    ("ta", "சரி, 50 மேக்ஸ்", 5000),
    ("ta", "sari 40 maximum", 4000),
    ("te", "సరే, 70 మాక్స్", 7000),
    ("te", "sare 35 max", 3500),
    ("bn", "আচ্ছা, 80 ম্যাক্স", 8000),
    ("bn", "thik ache 25 max", 2500),
    ("mr", "ठीक आहे, 40 मैक्स", 4000),
    ("mr", "chalel, 30 max", 3000),
    ("gu", "ઓકે, 95 મેક્સ", 9500),
    ("gu", "ok 45 max", 4500),
    ("kn", "ಸರಿ, 65 ಮಾಕ್ಸ್", 6500),
    ("kn", "sari 55 maximum", 5500),
    ("ml", "ശരി, 45 മാക്സ്", 4500),
    ("ml", "shari 35 max", 3500),
    ("pa", "ਠੀਕ ਹੈ, 65 ਮੈਕਸ", 6500),
    ("pa", "theek hai 75 maximum", 7500),
]


@pytest.mark.parametrize(("language", "text", "paise"), CAPS)
def test_okay_then_a_cap_counters(language: str, text: str, paise: int) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is Intent.COUNTER
    assert _recorded(understood) in (paise, None)
    assert understood.amount_paise == paise


# The market's news as small talk, in reply to a price: nothing refused or agreed to.
NEWS = [
    ("hi", "parson baarish thi, isliye sabzi kam aayi"),
    ("hi", "आज ट्रैफिक बहुत था, गाड़ी लेट आई"),
    ("en", "the lorry was late today because of the rain"),
    ("en", "rain all night, so no crowd this morning"),
    ("ta", "மழை பெஞ்சுது, அதான் சரக்கு கம்மியா வந்துச்சு"),
    ("ta", "traffic jaasthi, adhan lorry late"),
    ("te", "వాన వల్ల లారీ లేట్ అయింది"),
    ("te", "varsham padindi, anduke janam leru"),
    ("bn", "রাস্তায় জ্যাম, তাই লরি দেরিতে এল"),
    ("bn", "brishti hoyeche tai bhir nei"),
    ("mr", "पाऊस होता म्हणून माल कमी आला"),
    ("mr", "aaj traffic hota, truck late aala"),
    ("gu", "વરસાદ હતો એટલે ઘરાક નથી"),
    ("gu", "varsad hato etle bhid nathi"),
    ("kn", "ಮಳೆ ಬಂತು, ಅದಕ್ಕೆ ಲಾರಿ ಲೇಟ್ ಆಯ್ತು"),
    ("kn", "ivattu jana illa, male ittu adakke"),
    ("ml", "മഴ കാരണം ലോറി ലേറ്റ് ആയി"),
    ("ml", "mazha aayirunnu, athukond thirakk illa"),
    ("pa", "ਮੀਂਹ ਕਰਕੇ ਟਰੱਕ ਲੇਟ ਆਇਆ"),
    ("pa", "meenh si is layi gahak nahi aaye"),
]


@pytest.mark.parametrize(("language", "text"), NEWS)
def test_market_news_is_small_talk(language: str, text: str) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is Intent.OTHER
    assert understood.amount_paise is None


# A refusal of the deal beside the news still refuses: won't take it, can't be less.
NEWS_REFUSALS = [
    ("hi", "बारिश हुई, इसलिए कम नहीं होगा"),
    ("en", "it rained all week, so I can't make it less"),
    ("ta", "மழை, அதனால குறைக்க முடியாது"),
    ("te", "వర్షం, అందుకే తగ్గించలేను"),
    ("bn", "brishti, tai kom hobe na"),
    ("mr", "खूप महाग, म्हणून नाही घेणार"),
    ("gu", "bahu mongha che, etle nahi lau"),
    ("kn", "ಮಳೆ, ಅದಕ್ಕೆ ಕಮ್ಮಿ ಆಗಲ್ಲ"),
    ("ml", "വളരെ കൂടുതലാ, അതുകൊണ്ട് വാങ്ങില്ല"),
    ("pa", "ਬਹੁਤ ਮਹਿੰਗਾ, ਇਸ ਲਈ ਨਹੀਂ ਲੈਣਾ"),
]


@pytest.mark.parametrize(("language", "text"), NEWS_REFUSALS)
def test_a_refusal_beside_the_news_refuses(language: str, text: str) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is Intent.REJECT


# A complaint about the goods, then "I don't want / won't take them": a refusal.
NOT_WANTED = [
    ("hi", "ये भिंडी बासी है, नहीं चाहिए"),
    ("hi", "kele kharab hain, nahi lene"),
    ("en", "the spinach is stale, I don't want it"),
    ("ta", "கீரை வாடிப் போச்சு, வேண்டாம்"),
    ("ta", "thakkali azhugiduchu, venaam"),
    ("te", "ఈ వంకాయలు కుళ్ళినవి, వద్దు"),
    ("te", "tomatolu kullipoyayi, naakoddu"),
    ("bn", "বেগুনগুলো পচে গেছে, চাই না"),
    ("bn", "mach ta basi, nebo na"),
    ("mr", "भाजी शिळी आहे, खराब झाली, नको"),
    ("mr", "tomato sadlele ahet, nako"),
    ("gu", "ભીંડા વાસી છે, નથી જોઈતા"),
    ("gu", "tameta sadela che, nathi joita"),
    ("kn", "ಈ ಬಾಳೆಹಣ್ಣು ಕೊಳೆತಿದೆ, ಬೇಡ"),
    ("kn", "tomato haalagide, nangbeda"),
    ("ml", "ഈ തക്കാളി ചീഞ്ഞു, വേണ്ട"),
    ("ml", "meen cheenjatha, venda"),
    ("pa", "ਇਹ ਕੇਲੇ ਗਲ਼ੇ ਹੋਏ ਨੇ, ਨਹੀਂ ਲੈਣੇ"),
    ("pa", "tamatar sade hoye ne, ni chahide"),
]


@pytest.mark.parametrize(("language", "text"), NOT_WANTED)
def test_a_complaint_then_not_wanted_refuses(language: str, text: str) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is Intent.REJECT


@pytest.mark.parametrize(
    ("language", "text"),
    [("hi", "ye sade hue hain, doosre dikhao"), ("ta", "அழுகினது வேண்டாம், நல்லதா குடுங்க")],
)
def test_a_complaint_asking_for_other_goods_is_talk(language: str, text: str) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is Intent.OTHER


# "Give it at the price you said": agreement to the price on the table, not a question.
AS_SAID = [
    ("hi", "जैसा आपने बोला, उसी में दे दीजिए"),
    ("hi", "aapne jo kaha wahi de do"),
    ("en", "okay give it at the price you quoted"),
    ("ta", "நீங்க சொன்ன ரேட்டுக்கே குடுங்க"),
    ("ta", "sonna vilaikke kudunga"),
    ("te", "మీరు చెప్పిన రేటుకే ఇవ్వండి"),
    ("te", "cheppina dharake ivvandi"),
    ("bn", "যা বললেন তাতেই দিয়ে দিন"),
    ("bn", "apnar dame e din"),
    ("mr", "तुमच्या भावातच द्या"),
    ("mr", "tumhi sangitlelya bhavat dya"),
    ("gu", "તમારા ભાવે જ આપો"),
    ("gu", "tame kahyu e j bhav ma aapo"),
    ("kn", "ನೀವು ಹೇಳಿದ ಬೆಲೆಗೇ ಕೊಡಿ"),
    ("kn", "helida rate ge kodi"),
    ("ml", "പറഞ്ഞ വിലയ്ക്ക് തരൂ"),
    ("ml", "ningal paranja rate il tharu"),
    ("pa", "ਤੁਹਾਡੇ ਰੇਟ ਤੇ ਹੀ ਦੇ ਦਿਓ"),
    ("pa", "jo tusi keha ohi de dio"),
]


@pytest.mark.parametrize(("language", "text"), AS_SAID)
def test_give_it_at_the_price_said_accepts(language: str, text: str) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is Intent.ACCEPT
    assert understood.amount_paise is None


@pytest.mark.parametrize(
    ("language", "text"),
    [("en", "give it at the price you said?"), ("hi", "jo aapne bola usme nahi dunga")],
)
def test_the_price_said_asked_or_refused_is_no_accept(language: str, text: str) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is not Intent.ACCEPT


# The rate asked the way each language is typed in chat.
RATE_QUESTIONS = [
    ("hi", "bhaiya bhindi kaise lagayi"),
    ("en", "wat rate for the beans"),
    ("ta", "kathirikkai enna vela"),
    ("te", "tomato kilo entaki"),
    ("bn", "kumro kototey"),
    ("mr", "mirchi kasa lavla"),
    ("gu", "ringan kem lagavya"),
    ("kn", "beans yeshtu"),
    ("ml", "vendakka ethrayaa"),
    ("pa", "paaji bhindi kiwe laayi"),
    ("pa", "ਗਾਜਰ ਕਿਵੇਂ ਲਾਈ"),
    ("pa", "seb kinne de"),
]


@pytest.mark.parametrize(("language", "text"), RATE_QUESTIONS)
def test_typed_rate_questions_ask(language: str, text: str) -> None:
    understood = understand(text, language=language)
    assert understood.intent is Intent.QUESTION
    assert understood.amount_paise is None


# "Last price X <rupee typed loosely>, can't go below that": X, marked final.
LAST_PRICE = [
    ("ta", "last price 48 rooba, adhukku keela mudiyadhu", 4800),
    ("ta", "கடைசி விலை 52 ரூவா, அதுக்கு கீழ முடியாது", 5200),
    ("te", "last price 64 rupa, anthakante takkuva kudaradu", 6400),
    ("kn", "last price 38 rps, adakkinta kelage aagalla", 3800),
    ("ml", "last price 44 roova, athil thazhe pattilla", 4400),
    ("hi", "last price 85 rup, isse neeche nahi", 8500),
    ("en", "last price 90 rupa, can't go lower", 9000),
    ("bn", "last price 66 roopa, er niche hobe na", 6600),
    ("mr", "shevatcha bhav 58 rps, tyapeksha khali nahi", 5800),
    ("pa", "aakhri rate 72 rup, is ton thalle nahi", 7200),
]


@pytest.mark.parametrize(("language", "text", "paise"), LAST_PRICE)
def test_last_price_with_a_loose_rupee_is_a_final_counter(
    language: str, text: str, paise: int
) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is Intent.COUNTER
    assert understood.final
    assert _recorded(understood) == paise


# "The total comes to A, make it B": a counter of B; A was only counted up.
TOTAL_THEN_SET = [
    ("hi", "kul milake 980 banta hai, 950 kar do", 95000),
    ("en", "it comes to 1150, make it 1100", 110000),
    ("ta", "மொத்தம் 760 ஆகும், 700 பண்ணுங்க", 70000),
    ("te", "మొత్తం 1340 అవుతుంది, 1300 చేయండి", 130000),
    ("bn", "মোট 870 হয়েছে, 850 করুন", 85000),
    ("mr", "एकूण 1120 झाले, 1100 करा", 110000),
    ("gu", "કુલ 1460 થાય, 1400 કરો", 140000),
    ("kn", "ಒಟ್ಟು 930 ಆಗುತ್ತೆ, 900 ಮಾಡಿ", 90000),
    ("ml", "ആകെ 1280 ആകും, 1250 ആക്ക്", 125000),
    ("pa", "ਕੁੱਲ 690 ਬਣਦੇ, 650 ਕਰ ਦਿਓ", 65000),
]


@pytest.mark.parametrize(("language", "text", "paise"), TOTAL_THEN_SET)
def test_total_comes_to_then_make_it_counters(language: str, text: str, paise: int) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is Intent.COUNTER
    assert _recorded(understood) == paise


@pytest.mark.parametrize("text", ["அரைக் கிலோ கேரட் எவ்வளவு?", "araik kilo carrot evlo?"])
def test_tamil_half_with_its_sandhi_is_the_quantity_asked(text: str) -> None:
    understood = understand(text, language="ta")
    assert understood.intent is Intent.QUESTION
    assert understood.quantity == 0.5
    assert understood.unit == "kg"


# "Give it for X, I'll take all of it": X is a total.
TAKE_ALL = [
    ("ta", "இருநூறு குடுங்க, எல்லாம் எடுத்துக்கறேன்", 20000),
    ("ta", "180 kudunga, ellaam eduthukaren", 18000),
    ("te", "రెండు వందలకు ఇవ్వండి, అన్నీ తీసుకుంటా", 20000),
    ("te", "220 ki ivvandi, anni teesukunta", 22000),
    ("bn", "দুশো দিন, সব নিয়ে নেব", 20000),
    ("bn", "240 din, shob niye nebo", 24000),
    ("hi", "do sau mein de do, saara le lunga", 20000),
    ("en", "give it for 200, I'll take all of it", 20000),
    ("mr", "दोनशे द्या, सगळं घेतो", 20000),
    ("gu", "બસો આપો, બધું લઈ લઉં", 20000),
    ("kn", "ಇನ್ನೂರು ಕೊಡಿ, ಎಲ್ಲಾ ತಗೊಳ್ತೀನಿ", 20000),
    ("ml", "ഇരുന്നൂറിന് താ, എല്ലാം എടുക്കാം", 20000),
    ("pa", "ਦੋ ਸੌ ਦੇ ਦਿਓ, ਸਾਰਾ ਲੈ ਲਵਾਂਗਾ", 20000),
]


@pytest.mark.parametrize(("language", "text", "paise"), TAKE_ALL)
def test_give_it_for_x_taking_all_is_a_total(language: str, text: str, paise: int) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is Intent.COUNTER
    assert understood.per_unit is False
    assert _recorded(understood) == paise


def test_all_right_opening_a_reply_is_no_total() -> None:
    understood = understand("எல்லாம் சரி, அம்பது குடுங்க", language="ta", has_outstanding_offer=True)
    assert understood.per_unit is None


# Counted goods and a bare total: "two for eighteen hundred", "1¼ kilo ... seventy-five".
COUNTED = [
    ("bn", "ইলিশ দুটো আঠারোশো", 180000, 2, "piece"),
    ("bn", "পেঁপে তিনটে দুশো", 20000, 3, "piece"),
    ("hi", "do piece aTharah sau", 180000, 2, "piece"),
    ("en", "two pieces eighteen hundred", 180000, 2, "piece"),
    ("ta", "ரெண்டு பீஸ் ஆயிரத்து எண்ணூறு", 180000, 2, "piece"),
    ("te", "రెండు పీసులు పద్దెనిమిది వందలు", 180000, 2, "piece"),
    ("gu", "બે નંગ અઢારસો", 180000, 2, "piece"),
    ("kn", "ಎರಡು ಪೀಸ್ ಸಾವಿರದ ಎಂಟುನೂರು", 180000, 2, "piece"),
    ("ml", "രണ്ട് പീസ് ആയിരത്തി എണ്ണൂറ്", 180000, 2, "piece"),
    ("pa", "ਦੋ ਪੀਸ ਅਠਾਰਾਂ ਸੌ", 180000, 2, "piece"),
    ("mr", "सव्वा किलो कारली पंच्याहत्तर", 7500, 1.25, "kg"),
    ("mr", "दोन किलो वांगी बहात्तर", 7200, 2, "kg"),
    ("ml", "ഒന്നേകാൽ കിലോ പാവയ്ക്ക എഴുപത്തഞ്ച്", 7500, 1.25, "kg"),
    ("kn", "ಒಂದೂ ಕಾಲು ಕೆಜಿ ಹಾಗಲಕಾಯಿ ಎಪ್ಪತ್ತೈದು", 7500, 1.25, "kg"),
]


@pytest.mark.parametrize(("language", "text", "paise", "quantity", "unit"), COUNTED)
def test_counted_goods_with_a_bare_total(
    language: str, text: str, paise: int, quantity: float, unit: str
) -> None:
    understood = understand(text, language=language)
    assert understood.intent is Intent.OFFER
    assert _recorded(understood) == paise
    assert understood.per_unit is False
    assert understood.quantity == quantity
    assert understood.unit == unit
