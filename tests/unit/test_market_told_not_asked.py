"""Stall talk whose act words tell of something else, each heard as what it says.

A ban, a strike or a holiday that "ended" ("மீன்பிடி தடை முடிஞ்சுது", "हड़ताल खत्म हो
गई") sold nothing out; a strike given as the reason goods ran out ("onions are
finished, lorry strike") still says they did.

Goods tied or wrapped in a cover ("కవర్లో గట్టిగా కట్టండి", "पन्नी में लपेट के दे दो") are
packed (`pack_it`); a cover asked for is `give_bag`, and a bill "paid" with the same verb
("బిల్లు కట్టండి") is neither."""

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
