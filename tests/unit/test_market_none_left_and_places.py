"""Stock down to "not even one", goods from a hill or our own forest, a keepsake's age, the
kind named after a stock question, and a wait asked before the speaker's own doing: each
heard by its general rule, and the near lines that say something else left as they are."""

from __future__ import annotations

import pytest

from audio.market import market_act


def act(text: str, language: str) -> str | None:
    found = market_act(text, language)
    return found.act if found is not None else None


@pytest.mark.parametrize(
    ("language", "text", "meant"),
    [
        # however the goods went, a clause of "not even one" there or left
        ("hi", "कुर्सियाँ सारी किराए पे गई हैं, एक भी नहीं है", "out_of_stock"),
        ("te", "కుండలు అన్నీ పోయాయి, ఒక్కటీ మిగల్లేదు", "out_of_stock"),
        ("kn", "ಗಿಳಿ ಮರಿ ಎಲ್ಲಾ ಹೋಯ್ತು, ಒಂದೂ ಉಳಿದಿಲ್ಲ", "out_of_stock"),
        ("en", "The rented chairs are all out, not one left", "out_of_stock"),
        # "nothing" and a refusal of even one are no stock told
        ("ta", "ஒண்ணும் இல்ல, சும்மா பாக்கறேன்", None),
        ("ml", "ഒന്നും ഇല്ല, വെറുതെ നോക്കിയതാ", None),
        ("hi", "एक भी नहीं है?", None),
        # a place goods are taken from, straight or our own
        ("ta", "ஏலக்காய் நேரா மலையில இருந்து வந்தது", "claim_origin"),
        ("gu", "આ મધ સીધું જંગલમાંથી આવ્યું છે", "claim_origin"),
        ("en", "Cardamom straight from the Idukki hills", "claim_origin"),
        ("en", "This is honey from our own forest", "claim_origin"),
        # a person from the hills, or a trip there, is small talk
        ("hi", "मेरा भाई पहाड़ों से आया है", None),
        ("en", "We are going to the hills next week", None),
        # the speaker's own old thing
        ("hi", "मेरा पुराना छाता है, इसकी तीली बदल दो", None),
        ("en", "My old umbrella was a gift, I want it repaired", None),
        ("hi", "ये टमाटर पुराने हैं", "quality_old"),
        # the kind named after the stock question; a doubt said there stays
        ("en", "Do you have brooms? The soft one", "have_it"),
        ("en", "Do you have dates? These look old", "quality_old"),
        # a wait, then what the speaker does meanwhile
        ("hi", "दो मिनट रुकिए, पहले इनका सामान तौल दूँ", "wait"),
    ],
)
def test_general_rules(language: str, text: str, meant: str | None) -> None:
    assert act(text, language) == meant, text
