"""A seller's own cost given as the reason for refusing is no offer; agreement said as a
condition ("if ok, pack it") agrees to nothing; Telugu "వేయి" after a number is a
thousand or "put it at", read by the size of the price on the table, else asked."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import Intent, understand


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("en", "sorry, that's below my cost price of 45, can't"),
        ("hi", "नहीं दीदी, खुद का खरीदा पचपन का है"),
        ("ta", "இல்ல சார், எனக்கே அம்பதுக்கு வருது, நஷ்டம் ஆகும்"),
        ("te", "కుదరదు, నేనే అరవైకి కొన్నాను"),
        ("bn", "না, আমার নিজের কেনা চল্লিশ, পঁয়ত্রিশে কী করে দিই"),
        ("kn", "ಇಲ್ಲ, ನಾನೇ ಅರವತ್ತಕ್ಕೆ ತಂದಿದ್ದೀನಿ"),
        ("mr", "नको ताई, मलाच पन्नासला पडतो, तोटा आहे"),
        ("gu", "ના ભાઈ, મારી પોતાની ખરીદી જ સાઠની છે, ખોટ જાય"),
        ("ml", "ഇല്ല, ഞാൻ തന്നെ അമ്പതിന് വാങ്ങിയതാ, നഷ്ടമാ"),
        ("pa", "ਨਹੀਂ ਜੀ, ਮੇਰੀ ਖਰੀਦ ਹੀ ਪੰਜਾਹ ਦੀ ਹੈ, ਘਾਟਾ ਪੈਂਦਾ"),
    ],
)
def test_the_sellers_own_cost_refuses_and_names_no_price(language: str, line: str) -> None:
    heard = understand(line, language=language, has_outstanding_offer=True)
    assert heard.intent is Intent.REJECT, heard
    assert heard.amount_paise is None or heard.confidence < MIN_CONFIDENCE


@pytest.mark.parametrize(
    ("language", "line", "paise"),
    [
        ("en", "I'll give it at my cost, 32 a kilo", 3200),  # the cost in a clause of its own
        ("ta", "நானே முப்பது ரூபா தரேன்", 3000),  # "myself" with giving: an offer
        ("kn", "ನಾನೇ ಐವತ್ತು ಕೊಡ್ತೀನಿ", 5000),
        ("bn", "পঞ্চাশ দিন, আমার নিজের কেনা পঁয়তাল্লিশ", 5000),  # above the cost said
    ],
)
def test_a_price_beside_the_cost_still_offers(language: str, line: str, paise: int) -> None:
    heard = understand(line, language=language, has_outstanding_offer=True)
    assert heard.intent is Intent.COUNTER, heard
    assert heard.amount_paise == paise and heard.confidence >= MIN_CONFIDENCE


def test_a_purchase_recalled_by_the_customer_still_questions_the_rise() -> None:
    heard = understand("నిన్న నలభైకి కొన్నాను, ఈరోజు అరవై ఎందుకు?", language="te")
    assert heard.intent is Intent.QUESTION and heard.amount_paise is None


@pytest.mark.parametrize(
    ("language", "line", "paise"),
    [
        ("en", "if 45 is fine, weigh two kilos", 4500),
        ("hi", "ठीक लगे तो चालीस में दे दो", 4000),
        ("hi", "अगर ठीक है तो तीस में तौल दो", 3000),
        ("ta", "முப்பது ரூபா, சரின்னா போடுங்க", 3000),
        ("te", "నలభై రూపాయలు, ఓకే అయితే ఇవ్వండి", 4000),
        ("kn", "ನಲವತ್ತು ರೂಪಾಯಿ, ಸರಿ ಆದ್ರೆ ಕೊಡಿ", 4000),
        ("ml", "നാല്പത് രൂപ, ശരി ആണെങ്കിൽ തരൂ", 4000),
        ("pa", "ਚਾਲੀ ਰੁਪਏ, ਠੀਕ ਲੱਗੇ ਤਾਂ ਦੇ ਦਿਓ", 4000),
    ],
)
def test_agreement_said_as_a_condition_proposes(language: str, line: str, paise: int) -> None:
    heard = understand(line, language=language, has_outstanding_offer=True, reference_paise=paise)
    assert heard.intent is Intent.COUNTER, heard
    assert heard.amount_paise == paise


@pytest.mark.parametrize(
    ("language", "line"), [("hi", "ठीक है तो दे दो"), ("en", "ok then, pack it")]
)
def test_agreement_then_a_request_still_agrees(language: str, line: str) -> None:
    heard = understand(line, language=language, has_outstanding_offer=True, reference_paise=4000)
    assert heard.intent is Intent.ACCEPT, heard


@pytest.mark.parametrize(
    ("line", "reference", "paise", "sure"),
    [
        ("ముప్పై వేయి", 3500, 3000, True),  # against 35: "put it at thirty"
        ("ముప్పై వేయి", None, None, False),  # nothing to pick by: asked
        ("ముప్పై వెయ్యి రూపాయలు", None, 3000000, True),  # a currency word: a thousand
        ("yaabhai kaadu, nalabhai veyyi", None, 4000, True),  # the other number said
    ],
)
def test_telugu_put_or_thousand_after_a_number(
    line: str, reference: int | None, paise: int | None, sure: bool
) -> None:
    heard = understand(line, language="te", has_outstanding_offer=True, reference_paise=reference)
    assert (heard.confidence >= MIN_CONFIDENCE) is sure, heard
    if sure:
        assert heard.amount_paise == paise


@pytest.mark.parametrize(
    ("language", "line"), [("hi", "पचास दो"), ("hi", "pachas do"), ("pa", "ਪੰਜਾਹ ਦੋ")]
)
def test_a_number_then_a_word_that_is_two_and_give_records_no_other_price(
    language: str, line: str
) -> None:
    heard = understand(line, language=language, has_outstanding_offer=True, reference_paise=5500)
    assert heard.confidence < MIN_CONFIDENCE or heard.amount_paise == 5000, heard
