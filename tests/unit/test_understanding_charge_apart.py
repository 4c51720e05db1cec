"""Agreement with a charge said "apart" right after its number ("ఆటో కిరాయి యాభై వేరే",
"ಕ್ಲೀನಿಂಗ್ ಐವತ್ತು ಬೇರೆ", "വണ്ടിക്കൂലി അമ്പത് വേറെ"): the deal may be at the price or at
the price and the charge, so the speaker is asked, as with "50 extra". A vendor's rate
with the charge apart stands."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import Intent, understand


@pytest.mark.parametrize(
    ("language", "text", "table"),
    [
        ("te", "సరే, కిలో ఎనభై, కానీ ఇంటి దాకా తేవాలంటే ఆటో ఖర్చు నలభై వేరే", 8000),
        ("kn", "ಸರಿ, ಆರು ನೂರು, ಆದ್ರೆ ಕ್ಲೀನಿಂಗ್ ಐವತ್ತು ಬೇರೆ", 60000),
        ("ml", "ശരി, അറുനൂറ്, പക്ഷേ വണ്ടിക്കൂലി അമ്പത് വേറെ", 60000),
        ("ta", "சரி, அறுநூறு, ஆனா சுத்தம் பண்ண அம்பது வேற", 60000),
    ],
)
def test_agreement_with_a_charge_apart_is_asked(language: str, text: str, table: int) -> None:
    understood = understand(
        text, language=language, has_outstanding_offer=True, reference_paise=table
    )
    assert understood.intent is Intent.ACCEPT
    assert understood.confidence < MIN_CONFIDENCE


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("te", "రొయ్యలు కిలో ఆరు వందలు, శుభ్రం చేయడానికి యాభై వేరే"),
        ("ta", "இறால் கிலோ அறுநூறு, சுத்தம் பண்ண அம்பது வேற"),
    ],
)
def test_rate_with_a_charge_apart_stands(language: str, text: str) -> None:
    understood = understand(text, language=language)
    assert understood.intent is Intent.OFFER
    assert understood.amount_paise == 60000
    assert understood.per_unit is True
    assert understood.confidence >= MIN_CONFIDENCE
