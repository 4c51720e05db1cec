"""A count of goods the speaker means to buy, then "for how much?": "सौ दीये लेने हैं,
कितने के दोगे?" asks the price of that count, it offers none; a price of one said after
it ("एक का पाँच रुपये लोगे?") is the rate, the count its quantity."""

from __future__ import annotations

import pytest

from audio.understanding import Intent, understand


@pytest.mark.parametrize(
    ("language", "text", "count"),
    [
        ("hi", "सौ कप लेने हैं, कितने के दोगे?", 100),
        ("en", "I'll buy sixty bowls, for how much?", 60),
        ("ta", "எண்பது டம்ளர் வாங்கணும், எவ்வளவுக்கு தருவீங்க?", 80),
        ("te", "ఎనభై గ్లాసులు కొనాలి, ఎంతకి ఇస్తారు?", 80),
        ("bn", "আশিটা ভাঁড় কিনব, কততে দেবেন?", 80),
        ("mr", "ऐंशी पणत्या घ्यायच्या आहेत, कितीला देणार?", 80),
        ("gu", "એંસી કપ લેવા છે, કેટલામાં આપશો?", 80),
        ("kn", "ಎಂಬತ್ತು ಲೋಟ ತಗೋಬೇಕು, ಎಷ್ಟಕ್ಕೆ ಕೊಡ್ತೀರಾ?", 80),
        ("ml", "എൺപത് ഗ്ലാസ് വാങ്ങണം, എത്രയ്ക്ക് തരും?", 80),
        ("pa", "ਅੱਸੀ ਕੱਪ ਲੈਣੇ ਨੇ, ਕਿੰਨੇ ਦੇ ਦਿਓਗੇ?", 80),
    ],
)
def test_count_to_buy_then_how_much_is_a_question(language: str, text: str, count: int) -> None:
    heard = understand(text, language=language)
    assert heard.intent is Intent.QUESTION
    assert heard.amount_paise is None
    assert heard.quantity == count


def test_will_you_take_names_the_price_and_the_count_stays() -> None:
    heard = understand("साठ दीये चाहिए, एक का चार रुपये लोगे?", language="hi")
    assert (heard.amount_paise, heard.per_unit, heard.quantity) == (400, True, 60)
