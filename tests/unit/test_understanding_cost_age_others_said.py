"""Prices that are not the speaker's offer: the cost that comes to the speaker "to me
myself" ("எனக்கே எண்பது ஆகுது"), an age typed as "vay" beside a number, and another
seller's price said with "they tell" ("ਦੱਸਦੇ", "बताते")."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import Intent, understand


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("ta", "அறுபதுக்கு குடுக்க முடியாது, எனக்கே அறுபத்தஞ்சு ஆகுதுங்க"),
        ("te", "డెబ్బై ఐదుకి ఇవ్వలేను, నాకే ఎనభై అవుతుంది"),
        ("kn", "ಎಪ್ಪತ್ತೈದಕ್ಕೆ ಕೊಡಕ್ಕಾಗಲ್ಲ, ನಂಗೇ ಎಂಬತ್ತು ಆಗುತ್ತೆ"),
        ("bn", "পঁচাত্তরে দিতে পারব না, আমারই আশি টাকা পড়ে"),
        ("gu", "પંચોતેરમાં નહીં આપી શકું, મને જ એંસી પડે છે"),
        ("ml", "എഴുപത്തഞ്ചിന് തരാൻ പറ്റില്ല, എനിക്ക് തന്നെ എൺപത് ആകും"),
        ("pa", "ਪਝੱਤਰ ਦਾ ਨਹੀਂ ਦੇ ਸਕਦਾ, ਮੈਨੂੰ ਆਪ ਅੱਸੀ ਪੈਂਦਾ"),
    ],
)
def test_what_comes_to_the_speaker_myself_is_a_cost(language: str, line: str) -> None:
    heard = understand(line, language=language, has_outstanding_offer=True)
    assert heard.intent is Intent.REJECT, heard
    assert heard.amount_paise is None or heard.confidence < MIN_CONFIDENCE


@pytest.mark.parametrize(
    ("language", "line", "paise"),
    [
        ("ta", "மொத்தம் அறுபத்தஞ்சு ஆகுது", 6500),  # a total comes to it: no "to me myself"
        ("ta", "நானே அறுபத்தஞ்சு தரேன்", 6500),  # "myself" with giving
        ("ta", "எண்பது தரேன், எழுபத்தஞ்சு இல்ல", 8000),
        ("te", "మొత్తం ఎనభై అవుతుంది", 8000),
    ],
)
def test_a_price_that_comes_to_no_one_stays(language: str, line: str, paise: int) -> None:
    heard = understand(line, language=language, has_outstanding_offer=True)
    assert heard.amount_paise == paise, heard
    assert heard.confidence >= MIN_CONFIDENCE


@pytest.mark.parametrize(
    "line",
    [
        "mulgi satvit aahe, vay bara, tila dapta pahije",
        "vay sattar, pishvi uchalat nahi",
    ],
)
def test_a_typed_marathi_age_is_no_price(line: str) -> None:
    heard = understand(line, language="mr")
    assert heard.amount_paise is None or heard.confidence < MIN_CONFIDENCE, heard


def test_ten_rupees_for_the_bag_stays_an_offer() -> None:
    heard = understand("bag dahaa rupaye", language="mr")
    assert heard.intent is Intent.OFFER and heard.amount_paise == 1000, heard


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("pa", "ਪਿੱਛੇ ਵਾਲੇ ਸਾਢੇ ਤਿੰਨ ਸੌ ਦੱਸਦੇ ਨੇ"),
        ("pa", "ਮੰਡੀ ਵਾਲੇ ਚਾਰ ਸੌ ਕਹਿੰਦੇ"),
        ("pa", "us paase wale tin sau dasde aa"),
        ("hi", "उस तरफ वाले तीन सौ बताते हैं"),
    ],
)
def test_what_other_sellers_tell_is_asked_about(language: str, line: str) -> None:
    heard = understand(line, language=language, has_outstanding_offer=True)
    assert heard.intent is Intent.QUESTION, heard
    assert heard.amount_paise is None or heard.confidence < MIN_CONFIDENCE


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("pa", "ਉਹ ਦੁਕਾਨ ਵਾਲਾ ਤਿੰਨ ਸੌ ਦਿੰਦਾ, ਤੁਸੀਂ ਵੀ ਤਿੰਨ ਸੌ ਦਿਓ"),
        ("pa", "ਅਸੀਂ ਤਿੰਨ ਸੌ ਦੱਸਦੇ ਆਂ"),
        ("hi", "वो दुकान वाला तीन सौ में देता है, आप भी तीन सौ कर दो"),
    ],
)
def test_the_speakers_own_price_beside_another_stays(language: str, line: str) -> None:
    heard = understand(line, language=language, has_outstanding_offer=True)
    assert heard.amount_paise == 30000 and heard.confidence >= MIN_CONFIDENCE, heard


@pytest.mark.parametrize(
    "text",
    [
        "enimidi samvatsaraluga mee daggare kontunna",
        "aaru yellu nunchi ikkade kontunnanu",
    ],
)
def test_years_typed_in_telugu_are_no_price(text: str) -> None:
    """Years typed in Latin letters ("samvatsaraluga", "yellu") count no money, as the
    same words in Telugu script do."""
    r = understand(text, language="te")
    assert r.amount_paise is None
