"""Market acts: a wait asked with its reason, an errand run with the goods readied
meanwhile, a count taken on a condition (the rate for that many, no price), faults of
goods (chipped, cracked, torn, too short), origin from one's own hills or village, the
soft kind asked for, "sweet" said of a sight or a little one, and a freshness asked
beside a doubt."""

from __future__ import annotations

import asyncio

import pytest

from audio.interpret import interpret
from audio.market import market_act
from audio.phrasebook import PhrasebookMT
from tests.market_helpers import received


@pytest.mark.parametrize(
    ("act", "language", "text"),
    [
        ("wait", "en", "sit ten minutes, I'll hem it right now"),
        ("wait", "hi", "दस मिनट बैठिए, सिलाई कर के देता हूँ"),
        ("wait", "mr", "दहा मिनिटं बसा, धार लावून देतो"),
        ("wait", "te", "పది నిమిషాలు కూర్చోండి, కుట్టి ఇస్తాను"),
        ("wait", "kn", "ತಡೀರಿ, ಬ್ಯಾಗ್‌ನಲ್ಲಿ ಹುಡುಕ್ತೀನಿ"),
        ("wait", "te", "ఆగండి, బ్యాగ్‌లో వెతుకుతాను"),
        ("wait", "bn", "পাঁচ মিনিট বসুন, মেশিনে একটা চলছে"),
        ("come_back_later", "hi", "मैं दूध ले के आती हूँ, तब तक तौल के रख देना"),
        ("come_back_later", "mr", "mi dudh gheun yeto, toparyant bandhun theva"),
        ("come_back_later", "en", "I'll pick up the bread and come, keep it packed by then"),
        ("come_back_later", "bn", "আমি মাছটা নিয়ে আসছি, ততক্ষণ ওজন করে রাখুন"),
        ("come_back_later", "ta", "நான் காய்கறி வாங்கிட்டு வரேன், அதுக்குள்ள கட்டி வையுங்க"),
        ("too_expensive", "kn", "ನೀವು ತುಂಬಾ ಹೇಳ್ತಿದ್ದೀರಿ, ಪೇಟೆಯಲ್ಲೂ ಇಷ್ಟು ಇಲ್ಲ"),
        ("too_expensive", "ta", "ரொம்ப சொல்றீங்க, டவுன்லயே இவ்வளவு இல்ல"),
        ("quality_soft", "en", "this cup has a chip on the rim"),
        ("quality_soft", "en", "this mug has a crack near the handle"),
        ("quality_small", "en", "this dupatta is too short"),
        ("quality_small", "mr", "हा पायजमा खूप आखूड आहे"),
        ("quality_small", "gu", "આ દુપટ્ટો બહુ ટૂંકો છે"),
        ("quality_soft", "pa", "ਇਹ ਕਮੀਜ਼ ਫਟੀ ਹੋਈ ਹੈ"),
        ("quality_small", "te", "ఈ ప్యాంటు చాలా పొట్టిగా ఉంది"),
        ("claim_origin", "ta", "இந்த மிளகு எங்க மலையில விளைஞ்சது"),
        ("claim_origin", "te", "ఈ బుట్టలు మా ఊర్లో చేత్తో అల్లినవి"),
        ("claim_origin", "ml", "ഈ കുരുമുളക് ഞങ്ങളുടെ മലയിൽ നിന്നാണ്"),
        ("claim_origin", "pa", "eh rajma saade pahadan ton aaye ne"),
        ("ask_extra", "bn", "duto lebu phau din"),
        ("ask_extra", "en", "add two more lemons free, I'm taking a kilo"),
        ("ask_discount", "kn", "swalpa kadime madkolli"),
        ("out_of_stock", "bn", "বড়গুলো শেষ, শুধু ছোটগুলো আছে"),
        ("out_of_stock", "en", "the big ones are gone, only the small ones are left"),
        ("bulk_price", "bn", "পঞ্চাশটা নিলে কত করে পড়বে?"),
        ("bulk_price", "bn", "যদি পঞ্চাশটা নিই, প্রতি পিস কত করে দেবেন?"),
        ("bulk_price", "en", "if I take forty, what's the rate per piece?"),
        ("bulk_price", "hi", "पचास ले लूँ तो एक का क्या लगाओगे?"),
        ("goodbye", "ta", "sari, appuram paakalaam, kelambaren"),
        ("have_it", "en", "do you have the soft kind of dates?"),
        ("have_it", "hi", "नरम वाले खजूर हैं क्या?"),
        ("have_it", "bn", "নরম খেজুর আছে?"),
        ("quality_old", "en", "were these made this morning? they don't look fresh"),
        ("quality_old", "en", "were these fried this morning? they don't look fresh"),
        ("quality_old", "hi", "ये आज का पिसा है? ताज़ा नहीं लग रहा"),
        (None, "en", "your little one is so sweet"),
        (None, "en", "the view of the lake from here is so sweet"),
        (None, "bn", "কী মিষ্টি দেখতে জায়গাটা"),
        (None, "te", "వచ్చే వారం మా ఊళ్ళో జాతర, మీరు కూడా రండి"),
    ],
)
def test_the_act_is_received(act: str | None, language: str, text: str) -> None:
    assert received(text, language) == act


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "if I take forty, what's the rate per piece?"),
        ("en", "if I buy sixty, how much each?"),
        ("hi", "पचास ले लूँ तो एक का क्या लगाओगे?"),
        ("bn", "একশোটা নিলে কত করে দেবেন?"),
        ("te", "యాభై తీసుకుంటే ఒక్కోటి ఎంత?"),
    ],
)
def test_a_count_taken_on_a_condition_is_no_price(language: str, text: str) -> None:
    got = asyncio.run(
        interpret(text, source=language, target="hi" if language == "en" else "en",
                  speaker="customer", mt=PhrasebookMT())
    )  # fmt: skip
    assert got.understanding.amount_paise is None
    assert got.market is not None and got.market.act == "bulk_price"


def test_a_price_said_after_the_count_stays() -> None:
    got = asyncio.run(
        interpret("if I take two, will you give them for 50?", source="en", target="hi",
                  speaker="customer", mt=PhrasebookMT())
    )  # fmt: skip
    assert got.understanding.amount_paise == 50_00


@pytest.mark.parametrize(
    ("language", "text"),
    [("hi", "पचास तो नहीं होगा?"), ("hi", "पचास दे दूँ तो चलेगा?"), ("en", "if it's forty, ok?")],
)
def test_a_number_with_no_taking_is_no_count(language: str, text: str) -> None:
    found = market_act(text, language)
    assert found is None or found.act != "bulk_price"


def test_the_bag_searched_asks_for_no_bag() -> None:
    found = market_act("ಸ್ವಲ್ಪ ತಡೀರಿ, ದುಡ್ಡು ಬ್ಯಾಗ್‌ನಲ್ಲಿದೆ, ಹುಡುಕ್ತೀನಿ", "kn")
    assert found is not None and found.act == "wait"
    bag = market_act("ಒಂದು ಬ್ಯಾಗ್ ಕೊಡಿ", "kn")
    assert bag is not None and bag.act == "give_bag"
