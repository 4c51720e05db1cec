"""A count of goods said in words before a bulk question is no offer.

"सौ दीये और तीन किलो बत्ती, होलसेल भाव क्या है?" (a hundred lamps and three kilos of
wicks, what wholesale rate?) counts the goods as "200 दीये" does in digits: the number
word, whatever it is, is followed by the goods, and the rate is asked after the last
number. A rate named after the question ("wholesale, a hundred a kilo?") stays a price."""

from __future__ import annotations

import pytest

from audio.interpret import interpret
from audio.phrasebook import PhrasebookMT


async def _heard(text: str, language: str):  # type: ignore[no-untyped-def]
    target = "hi" if language == "en" else "en"
    return await interpret(
        text, source=language, target=target, speaker="customer", mt=PhrasebookMT()
    )


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hi", "सौ दीये और तीन किलो बत्ती, होलसेल भाव क्या है?"),
        ("gu", "બસો હાર અને ત્રણ કિલો ગલગોટા, જથ્થાબંધ ભાવ શું?"),
        ("gu", "સો દીવા ને ત્રણ કિલો વાટ, જથ્થાબંધ ભાવ શું?"),
        ("mr", "शंभर पणत्या आणि दोन किलो वाती, घाऊक दर काय?"),
        ("bn", "একশো প্রদীপ আর তিন কেজি সলতে, পাইকারি রেট কত?"),
        ("ta", "நூறு அகல் விளக்கு, மூணு கிலோ திரி, மொத்த விலை என்ன?"),
        ("te", "వంద ప్రమిదలు, మూడు కిలోల వత్తులు, హోల్‌సేల్ రేటు ఎంత?"),
        ("kn", "ನೂರು ಹಣತೆ, ಮೂರು ಕೆಜಿ ಬತ್ತಿ, ಹೋಲ್‌ಸೇಲ್ ರೇಟ್ ಎಷ್ಟು?"),
        ("ml", "നൂറ് ചെരാത്, മൂന്ന് കിലോ തിരി, മൊത്തവില എന്താ?"),
        ("pa", "ਸੌ ਦੀਵੇ ਤੇ ਤਿੰਨ ਕਿਲੋ ਬੱਤੀ, ਥੋਕ ਰੇਟ ਕੀ?"),
        ("en", "hundred diyas and three kilo wicks, wholesale rate?"),
    ],
)
async def test_a_count_in_words_before_bulk_is_no_offer(language: str, text: str) -> None:
    result = await _heard(text, language)
    assert result.act is None
    assert result.understanding.amount_paise is None
    assert result.market is not None and result.market.act == "bulk_price"


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("hi", "थोक में सौ रुपये किलो दोगे?", 100_00),
        ("en", "wholesale rate? a hundred a kilo, ok?", 100_00),
    ],
)
async def test_a_rate_named_stays_a_price(language: str, text: str, paise: int) -> None:
    result = await _heard(text, language)
    assert result.understanding.amount_paise == paise


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("hi", "होलसेल में नब्बे रुपये किलो दोगे?", 90_00),
        ("te", "హోల్సేల్ రేటు? కిలో తొంభై, సరేనా?", 90_00),
    ],
)
def test_a_wholesale_rate_is_asked_of_this_seller(language: str, text: str, paise: int) -> None:
    """ "Wholesale" asks this seller's bulk rate: no other seller's price."""
    from audio.understanding import understand

    assert understand(text, language=language).amount_paise == paise
