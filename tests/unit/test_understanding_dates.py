"""A day beside a month's name is a date, never a price; a price beside it stands."""

from __future__ import annotations

import pytest

from audio.understanding import Intent, understand


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "the puja is on the ninth of October"),
        ("en", "we shift house on 4th Feb"),
        ("hi", "सत्रह नवंबर को गृह प्रवेश है"),
        ("mr", "बावीस मे ला मुलाचं लग्न"),
        ("pa", "ਛੱਬੀ ਜਨਵਰੀ ਨੂੰ ਛੁੱਟੀ ਹੈ"),
        ("bn", "সাতই অক্টোবর পুজো শুরু"),
        ("ta", "நவம்பர் பத்துக்கு கிரகப்பிரவேசம்"),
        ("te", "అక్టోబర్ తొమ్మిది న పూజ"),
        ("kn", "ಅಕ್ಟೋಬರ್ ಒಂಬತ್ತಕ್ಕೆ ಪೂಜೆ"),
        ("ml", "ഒക്ടോബർ ഒമ്പതിന് പൂജ"),
        ("gu", "નવ ઓક્ટોબરે પૂજા છે"),
    ],
)
def test_a_day_of_a_month_is_no_price(language: str, text: str) -> None:
    heard = understand(text, language=language)
    assert heard.amount_paise is None
    assert heard.intent is Intent.OTHER


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("en", "the puja is on 9th October, the full set is 2,700", 270000),
        ("hi", "सत्रह नवंबर को गृह प्रवेश है, पूरा सेट सत्ताईस सौ", 270000),
        ("ta", "நவம்பர் பத்துக்கு கல்யாணம், மாலை ஒண்ணு நூறு ரூபாய்", 10000),
    ],
)
def test_a_price_beside_a_date_stands(language: str, text: str, paise: int) -> None:
    assert understand(text, language=language).amount_paise == paise


def test_you_may_and_now_are_no_months() -> None:
    assert understand("why is it sixty now?", language="en").amount_paise is None
    assert understand("sixty, you may check", language="en").amount_paise == 6000


@pytest.mark.parametrize(
    ("language", "text", "count"),
    [
        ("en", "what's a crate of twenty?", None),
        ("en", "I want twenty cups for the puja, how much?", 20),
        ("hi", "पच्चीस प्लेट चाहिए, कितने की?", 25),
        ("te", "ఇరవై గుడ్ల ట్రే ఎంత?", None),
        ("bn", "কুড়িটা ডিমের ট্রে কত?", None),
    ],
)
def test_a_count_in_a_price_question_is_no_price(
    language: str, text: str, count: int | None
) -> None:
    heard = understand(text, language=language)
    assert heard.amount_paise is None
    assert heard.intent is Intent.QUESTION
    assert heard.quantity == count


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("en", "Nine hundred?! No, too much.", None),
        ("en", "Seven hundred? That much? No way.", None),
        ("hi", "नौ सौ?! नहीं नहीं, बहुत ज़्यादा", None),
        ("en", "Nine hundred?! Too much, give 700.", 70000),
        ("en", "Sixty? ok, no problem", 6000),
    ],
)
def test_an_echoed_price_refused_is_no_price(language: str, text: str, paise: int | None) -> None:
    heard = understand(text, language=language, has_outstanding_offer=True)
    assert heard.amount_paise == paise
    if paise is None:
        assert heard.intent is Intent.REJECT


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("bn", "দাদার বিয়ে বাইশে, সবাই আসবে"),
        ("hi", "सगाई सत्रह को रखी है"),
        ("mr", "अठ्ठावीसला साखरपुडा आहे"),
        ("kn", "ಮದುವೆ ಹದಿನೆಂಟಕ್ಕೆ, ಎಲ್ರೂ ಬನ್ನಿ"),
        ("ml", "പിറന്നാൾ പതിനെട്ടിന്, എല്ലാരും വരണം"),
        ("pa", "ਮੰਗਣੀ ਸਤਾਰਾਂ ਨੂੰ ਹੈ"),
        ("en", "we need it delivered by the twenty-third"),
    ],
)
def test_a_day_said_with_its_case_beside_an_event_is_no_price(language: str, text: str) -> None:
    heard = understand(text, language=language)
    assert heard.amount_paise is None
    assert heard.intent is Intent.OTHER


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("bn", "বিয়ের ফুল, বাইশে দেব", 2200),  # a giving verb after it: the price given
        ("mr", "साखरपुड्याचे हार अठराला देतो", 1800),
        ("hi", "सत्रह को सगाई है, हार चालीस रुपये का", 4000),
    ],
)
def test_a_price_beside_an_event_stands(language: str, text: str, paise: int) -> None:
    assert understand(text, language=language).amount_paise == paise


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("bn", "রাখি পূর্ণিমা তো উনিশে"),
        ("hi", "राखी तो उन्नीस को है"),
        ("ta", "பொங்கல் தான் பதினாலுக்கு"),
        ("ml", "കല്യാണം ഇരുപത്തൊന്നിനാണ്"),
        ("kn", "deepavali hadinentakke"),
    ],
)
def test_a_festival_then_a_particle_then_the_day_is_no_price(language: str, text: str) -> None:
    assert understand(text, language=language).amount_paise is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hi", "शुक्रवार नहीं, उन्नीस तक पहुँचा देना, इक्कीस को बारात है"),
        ("hi", "chhabbis ko mela hai, teis tak bhej do"),
        ("pa", "ਪੰਝੀ ਨੂੰ ਮੇਲਾ ਏ, ਬਾਈ ਤੱਕ ਪੇਟੀਆਂ ਭੇਜ ਦਿਓ"),
        ("pa", "baaran tak pahuncha dena ji"),
        ("gu", "ઓગણીસ સુધી પાર્સલ મોકલી આપજો"),
        ("mr", "सोळा पर्यंत पोहोचवा, अठरा ला जत्रा आहे"),
        ("ta", "பதினாறு வரைக்கும் அனுப்பிடுங்க"),
        ("te", "పదహారు వరకు పంపించేయండి"),
        ("bn", "ষোলো পর্যন্ত পাঠিয়ে দেবেন"),
        ("kn", "ಹದಿನಾರು ವರೆಗೆ ಕಳಿಸಿಬಿಡಿ"),
        ("ml", "പതിനാറ് വരെ അയച്ചാൽ മതി"),
        ("en", "ship it by 16, the stall opens on the 18th"),
    ],
)
def test_a_day_the_goods_are_wanted_by_is_no_price(language: str, text: str) -> None:
    heard = understand(text, language=language, has_outstanding_offer=True)
    assert heard.amount_paise is None


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("hi", "पैंसठ तक दे दूँगा", 6500),
        ("pa", "ਪੈਂਹਠ ਤੱਕ ਦੇ ਦਿਆਂਗਾ", 6500),
        ("gu", "પાંસઠ સુધી આપીશ", 6500),
        ("mr", "पासष्ट पर्यंत देईन", 6500),
        ("ta", "அறுபத்தஞ்சு வரைக்கும் தருவேன்", 6500),
        ("te", "అరవై ఐదు వరకు ఇస్తాను", 6500),
        ("bn", "পঁয়ষট্টি পর্যন্ত দেব", 6500),
        ("kn", "ಅರವತ್ತೈದು ವರೆಗೆ ಕೊಡ್ತೀನಿ", 6500),
        ("ml", "അറുപത്തഞ്ച് വരെ തരാം", 6500),
    ],
)
def test_up_to_a_price_is_a_ceiling_not_a_day(language: str, text: str, paise: int) -> None:
    heard = understand(text, language=language, has_outstanding_offer=True)
    assert heard.amount_paise == paise
