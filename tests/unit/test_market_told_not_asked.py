"""Stall talk whose act words tell of something else, each heard as what it says.

A ban, a strike or a holiday that "ended" ("மீன்பிடி தடை முடிஞ்சுது", "हड़ताल खत्म हो
गई") sold nothing out; a strike given as the reason goods ran out ("onions are
finished, lorry strike") still says they did.

Goods tied or wrapped in a cover ("కవర్లో గట్టిగా కట్టండి", "पन्नी में लपेट के दे दो") are
packed (`pack_it`); a cover asked for is `give_bag`, and a bill "paid" with the same verb
("బిల్లు కట్టండి") is neither.

The speaker's coming with a later time ("সন্ধেবেলা আসছি") is a coming back, no goodbye;
someone fetched ("ಮಗನನ್ನ ಕರ್ಕೊಂಡು ಬರ್ತೀನಿ") is neither. A bag brought ("thelo laavi chhu")
is had, "no plastic needed" asks for none, and sweet things cut down for sugar or on a
doctor's word are diet talk, no claim."""

from __future__ import annotations

import pytest

from audio.interpret import interpret
from audio.phrasebook import PhrasebookMT


async def _market(text: str, language: str, speaker: str = "vendor") -> str | None:
    target = "hi" if language == "en" else "en"
    result = await interpret(
        text, source=language, target=target, speaker=speaker, mt=PhrasebookMT()
    )
    return result.market.act if result.market is not None else None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ta", "லாரி ஸ்ட்ரைக் முடிஞ்சுது, இனிமே சரக்கு வரும்"),
        ("hi", "मछली पकड़ने पर रोक खत्म हो गई, अब आवक बढ़ रही है"),
        ("hi", "हड़ताल खत्म हो गई, अब माल आना शुरू हुआ"),
        ("mr", "संप संपला, आता माल यायला लागलाय"),
        ("bn", "ইলিশ ধরার নিষেধাজ্ঞা শেষ হয়েছে, এবার আমদানি বাড়ছে"),
        ("te", "వేట నిషేధం అయిపోయింది, ఇప్పుడే సరుకు పెరుగుతోంది"),
        ("kn", "ಮುಷ್ಕರ ಮುಗೀತು, ಈಗ ಲೋಡ್ ಬರ್ತಾ ಇದೆ"),
        ("pa", "ਹੜਤਾਲ ਖ਼ਤਮ ਹੋ ਗਈ, ਹੁਣ ਮਾਲ ਆਉਣ ਲੱਗ ਪਿਆ"),
        ("en", "the fishing ban is over, the catch is picking up now"),
        ("en", "the truckers' strike finished, stock is coming in again"),
    ],
)
async def test_a_ban_or_strike_ended_sold_nothing_out(language: str, text: str) -> None:
    assert await _market(text, language) != "out_of_stock"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "because of the strike, onions are finished"),
        ("en", "onions are finished, lorry strike"),
        ("bn", "ধর্মঘটের জন্য পেঁয়াজ সব শেষ"),
        ("ta", "ஸ்ட்ரைக் நால வெங்காயம் எல்லாம் தீர்ந்து போச்சு"),
    ],
)
async def test_goods_run_out_for_a_strike_are_out(language: str, text: str) -> None:
    assert await _market(text, language) == "out_of_stock"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("te", "కవర్లో పెట్టి గట్టిగా కట్టండి"),
        ("te", "పేపర్‌లో చుట్టి ఇవ్వండి"),
        ("hi", "पन्नी में लपेट के दे दो"),
        ("ta", "கவர்ல போட்டு நல்லா கட்டுங்க"),
        ("ml", "കവറിൽ ഇട്ട് നന്നായി കെട്ടിത്തരൂ"),
        ("bn", "প্যাকেটে ভরে ভালো করে বাঁধুন"),
        ("en", "wrap it in a cover tightly"),
    ],
)
async def test_tied_in_a_cover_is_packing(language: str, text: str) -> None:
    assert await _market(text, language, "customer") == "pack_it"


@pytest.mark.parametrize(
    ("language", "text", "act"),
    [
        ("te", "ఒక కవర్ ఇవ్వండి", "give_bag"),
        ("ta", "ஒரு கவர் குடுங்க", "give_bag"),
        ("te", "కరెంట్ బిల్లు కట్టండి", None),
        ("ta", "ஸ்கூல் ஃபீஸ் கட்டுங்க", None),
    ],
)
async def test_a_cover_asked_or_a_bill_paid(language: str, text: str, act: str | None) -> None:
    assert await _market(text, language, "customer") == act


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("bn", "এখন টাকা আনিনি, সন্ধেবেলা আসছি"),
        ("bn", "কাল সকালে আসছি, তখন নেব"),
        ("hi", "अभी पैसे नहीं लाया, शाम को आ रहा हूँ"),
        ("gu", "હમણાં પૈસા નથી લાવ્યો, સાંજે આવું છું"),
        ("te", "ఇప్పుడు డబ్బులు తేలేదు, సాయంత్రం వస్తున్నా"),
        ("kn", "ಈಗ ದುಡ್ಡು ತಂದಿಲ್ಲ, ಸಂಜೆ ಬರ್ತಾ ಇದೀನಿ"),
        ("ml", "ഇപ്പോ പൈസ എടുത്തില്ല, വൈകുന്നേരം വരുന്നുണ്ട്"),
        ("pa", "ਹੁਣ ਪੈਸੇ ਨਹੀਂ ਲਿਆਂਦੇ, ਸ਼ਾਮ ਨੂੰ ਆ ਰਿਹਾ ਹਾਂ"),
        ("en", "didn't bring cash, I'm coming by in the evening"),
    ],
)
async def test_coming_with_a_later_time_is_coming_back(language: str, text: str) -> None:
    assert await _market(text, language, "customer") == "come_back_later"


@pytest.mark.parametrize(
    ("language", "text", "act"),
    [
        ("bn", "আচ্ছা দাদা, আসছি", "goodbye"),
        ("kn", "ಸರಿ, ಬರ್ತೀನಿ", "goodbye"),
        ("bn", "সন্ধেবেলা ট্রাক আসছে", None),
        ("hi", "शाम को ट्रक आ रहा है", None),
        ("en", "the truck is coming in the evening", None),
    ],
)
async def test_leaving_or_another_coming_stays(language: str, text: str, act: str | None) -> None:
    assert await _market(text, language, "customer") == act


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("gu", "thelo laavi chhu, plastic nahi joiye"),
        ("gu", "ghar thi theli laavyo chhu, plastic nathi joitu"),
        ("gu", "bag laavi chhu ben, cover nahi"),
        ("gu", "થેલી લાવ્યો છું, પ્લાસ્ટિક નથી જોઈતું"),
        ("hi", "jhola lekar aaya hoon, polythene nahi chahiye"),
        ("mr", "pishvi aanlay, plastic nako"),
        ("ta", "pai kondu vandhen, cover vendam"),
        ("te", "sanchi techhanu, cover vaddu"),
        ("en", "I've brought my own bag, no plastic needed"),
    ],
)
async def test_a_bag_brought_is_had(language: str, text: str) -> None:
    assert await _market(text, language, "customer") == "have_bag"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("kn", "ಇವತ್ತು ಸಂಜೆ ಫ್ರೀ ಇದೀನಿ, ಮಗಳನ್ನ ಟ್ಯೂಷನ್‌ನಿಂದ ಕರ್ಕೊಂಡು ಬರ್ತೀನಿ"),
        ("kn", "ಸಂಜೆ ಮಗನನ್ನ ಕರ್ಕೊಂಡು ಬರ್ತೀನಿ"),
        ("ta", "இன்னிக்கு சாயங்காலம் ஃப்ரீ, பையனை ஸ்கூல்ல இருந்து கூட்டிட்டு வருவேன்"),
        ("ml", "ഇന്ന് വൈകുന്നേരം ഫ്രീയാ, മോനെ സ്കൂളിൽ നിന്ന് കൂട്ടിക്കൊണ്ടു വരും"),
        ("en", "I'm free this evening, I'll pick up my son from school"),
    ],
)
async def test_someone_fetched_is_small_talk(language: str, text: str) -> None:
    assert await _market(text, language, "customer") is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ml", "ഷുഗർ ഉള്ളതുകൊണ്ട് മധുരം കുറയ്ക്കാൻ ഡോക്ടർ പറഞ്ഞു"),
        ("hi", "शुगर की वजह से डॉक्टर ने मीठा कम करने को कहा है"),
        ("ta", "சுகர் இருக்கறதால டாக்டர் இனிப்பு குறைக்க சொன்னாரு"),
        ("te", "షుగర్ ఉంది కాబట్టి డాక్టర్ తీపి తగ్గించమన్నారు"),
        ("bn", "সুগারের জন্য ডাক্তার মিষ্টি কমাতে বলেছে"),
        ("mr", "शुगरमुळे डॉक्टरांनी गोड कमी करायला सांगितलं"),
        ("gu", "ડાયાબિટીસ છે, ડૉક્ટરે ગળ્યું ઓછું કરવા કહ્યું"),
        ("pa", "ਸ਼ੂਗਰ ਕਰਕੇ ਡਾਕਟਰ ਨੇ ਮਿੱਠਾ ਘੱਟ ਕਰਨ ਨੂੰ ਕਿਹਾ"),
        ("kn", "ಶುಗರ್ ಇರೋದ್ರಿಂದ ಡಾಕ್ಟರ್ ಸಿಹಿ ಕಡಿಮೆ ಮಾಡಕ್ಕೆ ಹೇಳಿದ್ರು"),
        ("en", "the doctor told me to cut down on sweet things because of my sugar"),
    ],
)
async def test_diet_talk_claims_no_sweetness(language: str, text: str) -> None:
    assert await _market(text, language, "customer") is None
