"""A rate told as the reason a price is refused: the dealer's rate, the wholesale
market's or the auction's, or what the goods cost the seller in the market itself. It
is no offer, also after a loss said in a clause of its own; the speaker's own price in a
clause of its own stands, and a vendor's bulk quote "in wholesale" is still his price.
"Take it, then it's good" praises taking and agrees to nothing."""

from __future__ import annotations

import pytest

from audio.understanding import Intent, understand


@pytest.mark.parametrize(
    ("language", "text", "table"),
    [
        ("hi", "चार सौ में नहीं होगा भाई, डीलर रेट ही तीन सौ अस्सी है", 40000),
        ("hi", "नौ सौ में तो मुझे खुद नहीं पड़ता, डीलर रेट ही नौ सौ बीस है", 90000),
        ("en", "Five hundred won't do, sir, the dealer rate itself is five twenty", 50000),
        ("en", "Six hundred? The wholesale market is at six fifty, no", 60000),
        (
            "en",
            "Two thousand? No, the auction rate was twenty-two hundred today, can't give.",
            200000,
        ),
        ("mr", "पाचशे नाही जमणार, घाऊक बाजारातच पाचशे वीस भाव आहे", 50000),
        ("mr", "तीनशे? लिलावातच तीनशे चाळीस गेला, नाही", 30000),
        ("gu", "ચારસો નહીં ભાઈ, હોલસેલ માર્કેટમાં જ ચારસો વીસ છે", 40000),
        ("ta", "இருபது ரூபாய்க்கு முடியாதுங்க, மார்க்கெட்லயே நான் இருபத்திரண்டுக்கு வாங்கறேன்", 2000),
        ("ta", "எண்ணூறா? ஏலத்துல எண்ணூத்தி அம்பதுக்கு போச்சு, முடியாது", 80000),
        ("te", "ఆరు వందలకు కుదరదు, హోల్‌సేల్ మార్కెట్లో ఆరు వందల ఇరవై ఉంది", 60000),
        ("kn", "ಐವತ್ತಕ್ಕೆ ಆಗಲ್ಲ ಸಾರ್, ಮಾರ್ಕೆಟ್‌ನಲ್ಲೇ ಐವತ್ತೈದು ಬಿದ್ದಿದೆ", 5000),
        ("kn", "ಇನ್ನೂರಕ್ಕೆ ಗಿಟ್ಟಲ್ಲ, ನಂಗೆ ಇನ್ನೂರ ಹತ್ತು ಬಿದ್ದಿದೆ", 20000),
        ("ml", "അഞ്ഞൂറിന് മുതലാവില്ല, തുണിക്ക് തന്നെ എനിക്ക് നാനൂറ്റമ്പത് ആയി", 50000),
        ("ml", "ആയിരമോ? ലേലത്തിൽ ആയിരത്തി ഇരുന്നൂറ് ആയിരുന്നു, പറ്റില്ല", 100000),
        ("bn", "তিনশো হবে না দাদা, পাইকারি বাজারে তিনশো কুড়ি চলছে", 30000),
        ("pa", "ਚਾਰ ਸੌ ਨਹੀਂ ਜੀ, ਡੀਲਰ ਰੇਟ ਈ ਚਾਰ ਸੌ ਵੀਹ ਆ", 40000),
    ],
)
def test_rate_given_as_the_reason_refuses(language: str, text: str, table: int) -> None:
    understood = understand(
        text, language=language, has_outstanding_offer=True, reference_paise=table
    )
    assert understood.intent is Intent.REJECT
    assert understood.amount_paise is None


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("hi", "थोक बाज़ार में दो सौ चालीस है, आप दो सौ पचास दे दो", 25000),
        ("en", "The wholesale market is at five fifty, give me five eighty", 58000),
        ("mr", "घाऊक बाजारात चारशे ऐंशी आहे, तुम्ही पाचशे द्या", 50000),
        ("ta", "மார்க்கெட்லயே எழுநூறு தான், எழுநூத்தி அம்பது குடுங்க", 75000),
    ],
)
def test_own_price_after_the_market_rate_stands(language: str, text: str, paise: int) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is Intent.COUNTER
    assert understood.amount_paise == paise


def test_bulk_quote_in_wholesale_is_the_vendors_price() -> None:
    understood = understand("थोक में सौ किलो का चार हज़ार लगेगा", language="hi")
    assert understood.intent is Intent.OFFER
    assert understood.amount_paise == 400000
    assert understood.quantity == 100


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("gu", "ગલગોટા કિલોના સાઠ, રવિવારે સિત્તેર થઈ જશે, આજે જ લઈ લો તો સારું"),
        ("mr", "झेंडू किलो साठ, रविवारी सत्तर होईल, आजच घेतलं तर बरं"),
        ("hi", "गेंदा साठ रुपये किलो, इतवार को सत्तर हो जाएगा, आज ही ले लो तो अच्छा"),
        ("pa", "ਗੇਂਦਾ ਸੱਠ ਰੁਪਏ ਕਿੱਲੋ, ਐਤਵਾਰ ਨੂੰ ਸੱਤਰ ਹੋ ਜਾਊ, ਅੱਜ ਈ ਲੈ ਲਓ ਤਾਂ ਚੰਗਾ"),
    ],
)
def test_good_of_taking_agrees_to_nothing(language: str, text: str) -> None:
    understood = understand(text, language=language)
    assert understood.intent is Intent.OFFER
    assert understood.amount_paise == 6000
    assert understood.unit == "kg"


def test_okay_before_the_price_still_agrees() -> None:
    understood = understand(
        "સારું, સાઠ રૂપિયા, એક કિલો આપો",
        language="gu",
        has_outstanding_offer=True,
        reference_paise=6000,
    )
    assert understood.intent is Intent.ACCEPT
    assert understood.amount_paise == 6000
