"""Market acts: the rate asked with the loan "rate" in each script, a note and the goods'
cost said in a request for change, a count of lots in a bulk question, a way to pay
said with another's fault, money said sent, and an act's word said of something else."""

from __future__ import annotations

import pytest

from audio.interpret import interpret
from audio.market import market_act
from audio.phrasebook import PhrasebookMT


def act_of(text: str, language: str) -> str | None:
    found = market_act(text, language)
    return found.act if found is not None else None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pa", "ਭਾਜੀ, ਇਸ ਕਮੀਜ਼ ਦਾ ਕੀ ਰੇਟ ਹੈ?"),
        ("pa", "ਇਹ ਜੁੱਤੀ ਦਾ ਰੇਟ ਕੀ ਏ?"),
        ("hi", "इस चादर का क्या रेट है?"),
        ("mr", "या चादरीचा काय रेट?"),
        ("gu", "આ ઓઢણીનો શું રેટ?"),
        ("bn", "চাদরটার রেট কত?"),
        ("kn", "ಈ ಚಾದರ್ ರೇಟ್ ಎಷ್ಟು?"),
        ("ml", "ഈ ഷാളിന് റേറ്റ് എത്ര?"),
    ],
)
def test_the_rate_asked_is_the_price_asked(language: str, text: str) -> None:
    assert act_of(text, language) == "ask_price"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "here's cash, your UPI server is down again"),
        ("en", "I'd rather give cash, the card machine keeps failing"),
        ("hi", "कैश ले लीजिए, आपकी कार्ड मशीन तो चलती ही नहीं"),
        ("hi", "कैश दे रहा हूँ, यूपीआई खराब है"),
        ("te", "cash isthanu, gpay panicheyyatledu"),
        ("mr", "रोख घ्या, कार्ड मशीन बंद आहे"),
        ("pa", "ਕੈਸ਼ ਲਓ ਜੀ, ਕਾਰਡ ਮਸ਼ੀਨ ਖਰਾਬ ਹੈ"),
    ],
)
def test_a_way_to_pay_said_with_anothers_fault_is_the_way_paid(language: str, text: str) -> None:
    assert act_of(text, language) == "pay_cash"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "cheque or cash — how will you settle?"),
        ("en", "cash or cheque, how are you settling?"),
        ("hi", "चेक दोगे या कैश?"),
        ("gu", "ચેક કે રોકડા?"),
    ],
)
def test_two_ways_with_or_ask_how_to_pay(language: str, text: str) -> None:
    assert act_of(text, language) == "pay_how"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("gu", "PhonePe thi moklya che, jara joi lo"),
        ("gu", "GPay par paisa mokli didha, check karjo"),
        ("mr", "GPay var pathavla, ekda bagha"),
        ("pa", "Paytm te bhejya, vekh lo ji"),
    ],
)
def test_money_said_sent_asks_to_check(language: str, text: str) -> None:
    assert act_of(text, language) == "paid_check"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "no UPI? fine, I'll give cash"),
        ("en", "is card ok, or cash only?"),
        ("hi", "गूगल पे से भेज दूँ?"),
    ],
)
def test_ways_to_pay_kept(language: str, text: str) -> None:
    assert act_of(text, language) is not None


CHANGE_FOR_GOODS = [
    ("en", "I've only got a 500 note, do you have change? it's 35"),
    ("en", "can you break a 2000 note? the total is 120"),
    ("hi", "सौ का नोट है भैया, चालीस का हुआ, खुल्ले हैं?"),
    ("hi", "200 ka note hai, 30 ka saman hai, chutte milenge?"),
    ("bn", "পাঁচশো টাকার নোট, আশি টাকা হয়েছে, খুচরো আছে?"),
    ("gu", "પાંચસોની નોટ છે, એંસી થયા, છુટ્ટા છે?"),
]


@pytest.mark.parametrize(("language", "text"), CHANGE_FOR_GOODS)
async def test_a_note_and_the_goods_cost_in_a_request_for_change_are_no_offer(
    language: str, text: str
) -> None:
    result = await interpret(
        text, source=language, target="hi" if language == "en" else "en",
        speaker="customer", mt=PhrasebookMT(),
    )  # fmt: skip
    assert result.act is None
    assert result.market is not None and result.market.act == "need_change"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hi", "चालीस में दे दो"),
        ("en", "give it for 450"),
    ],
)
async def test_a_price_with_no_note_stays(language: str, text: str) -> None:
    result = await interpret(
        text, source=language, target="hi" if language == "en" else "en",
        speaker="customer", mt=PhrasebookMT(),
    )  # fmt: skip
    assert result.act is not None and result.act.amount_paise is not None


LOTS_ASKED = [
    ("en", "if I take 120 sacks of wheat, what's your best rate?"),
    ("en", "suppose I buy 45 boxes, what rate will you do?"),
    ("hi", "गेहूँ की 60 बोरियां ले लूँ तो क्या रेट दोगे?"),
    ("mr", "तांदळाच्या ऐंशी गोण्या घेतल्या तर काय भाव?"),
    ("gu", "ઘઉંના 70 કોથળા લઉં તો શું ભાવ?"),
    ("pa", "ਕਣਕ ਦੀਆਂ 70 ਬੋਰੀਆਂ ਲਵਾਂ ਤਾਂ ਕੀ ਰੇਟ ਲਾਓਗੇ?"),
    ("bn", "গমের ৬০ বস্তা নিলে কত দেবেন?"),
    ("ta", "கோதுமை 60 மூட்டை எடுத்தா என்ன விலை?"),
    ("te", "గోధుమలు 60 బస్తాలు తీసుకుంటే ఎంత?"),
    ("kn", "ಗೋಧಿ 60 ಚೀಲ ತಗೊಂಡ್ರೆ ಎಷ್ಟು?"),
    ("ml", "ഗോതമ്പ് 60 ചാക്ക് എടുത്താൽ എന്താ വില?"),
]


@pytest.mark.parametrize(("language", "text"), LOTS_ASKED)
async def test_a_count_of_lots_asked_on_a_condition_is_the_bulk_rate_asked(
    language: str, text: str
) -> None:
    result = await interpret(
        text, source=language, target="hi" if language == "en" else "en",
        speaker="customer", mt=PhrasebookMT(),
    )  # fmt: skip
    assert result.act is None
    assert result.market is not None and result.market.act == "bulk_price"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "give me two bags please"),
        ("hi", "एक थैली दे दो"),
    ],
)
def test_a_bag_asked_is_no_bulk_question(language: str, text: str) -> None:
    assert act_of(text, language) != "bulk_price"


async def test_a_rate_named_for_lots_stays_a_price() -> None:
    result = await interpret(
        "if I take 50 bags, give them at 380 rupees each",
        source="en", target="hi", speaker="customer", mt=PhrasebookMT(),
    )  # fmt: skip
    assert result.act is not None and result.act.amount_paise == 380_00


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("bn", "ভ্যানটা জ্যামে আটকে আছে, আসতে দেরি হবে"),
        ("hi", "टेम्पो जाम में फँसा है, लेट होगा"),
        ("gu", "ગાડી ટ્રાફિકમાં ફસાઈ છે, મોડું થશે"),
        ("mr", "गाडी ट्रॅफिकमध्ये अडकली आहे, उशीर होईल"),
        ("ml", "വണ്ടി ബ്ലോക്കിൽ കുടുങ്ങി കിടക്കുകയാണ്, വൈകും"),
    ],
)
def test_goods_stuck_on_the_way_ask_for_no_stock(language: str, text: str) -> None:
    assert act_of(text, language) is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("gu", "જામનગરથી સીધી મંગાવી છે, હાથની બાંધેલી બાંધણી"),
        ("hi", "सीधे जयपुर से लाई हूँ, सांगानेरी छपाई"),
        ("mr", "थेट पैठणहून आणलेली पैठणी आहे"),
        ("te", "ఇది పోచంపల్లి నుంచి నేరుగా తెచ్చిన చీర"),
    ],
)
def test_a_craft_town_named_claims_the_origin(language: str, text: str) -> None:
    assert act_of(text, language) == "claim_origin"


@pytest.mark.parametrize(
    ("language", "text"),
    [("gu", "સરખું બાંધી આપો"), ("gu", "આ બધું બાંધી દો"), ("gu", "bandhi aapo bhai")],
)
def test_packing_asked_in_gujarati_stays(language: str, text: str) -> None:
    assert act_of(text, language) == "pack_it"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("gu", "આ ચોખા જૂના છે, થેલીમાં ધનેરા પડ્યા છે"),
        ("hi", "ये आटा पुराना है, बोरी में गांठें पड़ गई हैं"),
        ("en", "this flour is stale, it has gone lumpy in the sack"),
    ],
)
def test_goods_old_in_their_bag_are_old(language: str, text: str) -> None:
    assert act_of(text, language) == "quality_old"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("gu", "છોકરી હજી આ ઝૂલા માટે નાની છે"),
        ("hi", "बेटा अभी बहुत छोटा है, साइकिल नहीं चला पाएगा"),
        ("en", "the kid is still too small for this swing"),
        ("gu", "kaki tame bahu mithi cho, baba ne chocolate aapi"),
        ("bn", "দিদি আপনি খুব মিষ্টি, মেয়েকে লজেন্স দিলেন"),
        ("hi", "दीदी आप बड़ी स्वीट हो"),
        ("ml", "ഞാൻ ബാഗ് ട്രെയിനിൽ മറന്നു, ടെൻഷനാണ്"),
        ("mr", "माझी पिशवी बसमध्ये विसरले, टेन्शन आलंय"),
        ("en", "I lost my bag at the station, so worried"),
    ],
)
def test_an_acts_word_said_of_a_person_or_their_bag_is_no_act(language: str, text: str) -> None:
    assert act_of(text, language) is None


@pytest.mark.parametrize(
    ("language", "text", "act"),
    [
        ("hi", "थैला घर भूल गया, एक पन्नी दे दो", "give_bag"),
        ("en", "forgot my bag at home, can you give me a cover?", "give_bag"),
        ("en", "these are too small, show me bigger ones", "quality_small"),
        ("gu", "એકદમ મીઠી કેરી છે, લઈ જાઓ", "claim_sweet"),
    ],
)
def test_the_act_said_beside_stays(language: str, text: str, act: str) -> None:
    assert act_of(text, language) == act
