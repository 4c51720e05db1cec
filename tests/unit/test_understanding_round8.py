"""Put-it-at verbs, fractions before a unit, and the amounts said with "quarter less",
"for one" and typed "sare": each in all ten languages, native script and romanized."""

from __future__ import annotations

import pytest

from audio.understanding import Intent, understand

# "Okay, put/keep it at X": the speaker names the price they want. A doubtful accept is
# no accept: it is a counter (the other side still has to agree to X).
PUT_AT = [
    ("hi", "ठीक है भैया, बावन रुपये लगा लो", 5200),
    ("hi", "accha, 52 rupaye rakh lo", 5200),
    ("en", "okay, put it at fifty-two", 5200),
    ("en", "fine, keep it 52", 5200),
    ("ta", "சரி, ஐம்பத்திரெண்டு ரூபா போட்டுக்கோங்க", 5200),
    ("ta", "sari, 52 rooba pottukonga", 5200),
    ("ta", "சரி, ஐம்பத்திரெண்டு வச்சுக்கோங்க", 5200),
    ("te", "సరే, యాభై రెండు రూపాయలు పెట్టుకోండి", 5200),
    ("te", "sare, 52 rupayalu vesukondi", 5200),
    ("bn", "আচ্ছা, বাহান্ন টাকা রাখুন", 5200),
    ("bn", "accha, 52 taka dhorun", 5200),
    ("mr", "बरं, बावन्न रुपये लावा", 5200),
    ("mr", "bara, 52 rupaye dhara", 5200),
    ("gu", "સારું, બાવન રૂપિયા રાખો", 5200),
    ("gu", "saru, 52 rupiya gano", 5200),
    ("kn", "ಸರಿ, ಐವತ್ತೆರಡು ರೂಪಾಯಿ ಹಾಕ್ಕೊಳ್ಳಿ", 5200),
    ("kn", "sari, 52 rupayi itkolli", 5200),
    ("ml", "ശരി, അമ്പത്തിരണ്ട് രൂപ ഇട്ടോളൂ", 5200),
    ("ml", "sheri, 52 roopa vecholu", 5200),
    ("pa", "ਠੀਕ ਹੈ, ਬਵੰਜਾ ਰੁਪਏ ਲਾ ਲਓ", 5200),
    ("pa", "theek hai, 52 rupaye rakh lo", 5200),
]


@pytest.mark.parametrize(("language", "text", "paise"), PUT_AT)
def test_okay_put_it_at_a_price_is_a_counter(language: str, text: str, paise: int) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is Intent.COUNTER, understood
    assert understood.amount_paise == paise, understood


# Packing, paying and an emphatic "at that itself" still agree.
STILL_AGREE = [
    ("ta", "சரி, பையில போட்டுக்கோங்க"),
    ("te", "సరే, కవర్లో వేయండి"),
    ("kn", "ಸರಿ, ಕವರ್‌ಗೆ ಹಾಕಿ"),
    ("hi", "theek hai, thaili mein daal do"),
    ("en", "okay, put it in a bag"),
    ("ta", "சரி சரி, அம்பதுன்னே வச்சுக்கோங்க"),
    ("hi", "ठीक है, पचास रुपये, थैली में रख दो"),
]


@pytest.mark.parametrize(("language", "text"), STILL_AGREE)
def test_packing_and_emphatic_agreement_still_accept(language: str, text: str) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is Intent.ACCEPT, understood
