"""A range ("20-25", "from 50 to 60", "X or Y") is never taken as one price: the speaker
is asked. Range words differ per language; some are endings on the first number."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import understand

RANGES = [
    ("आलू बीस-पच्चीस रुपये किलो", "hi"),
    ("टमाटर पचास से साठ रुपये किलो", "hi"),
    ("सौ-डेढ़ सौ में मिल जाएगा", "hi"),
    ("bhindi chaalees ya pachaas kilo", "hi"),
    ("পঞ্চাশ থেকে ষাট টাকা কেজি", "bn"),
    ("वीस ते पंचवीस रुपये किलो", "mr"),
    ("ચાલીસથી પચાસ રૂપિયે કિલો", "gu"),
    ("ਪੰਜਾਹ ਤੋਂ ਸੱਠ ਰੁਪਏ ਕਿੱਲੋ", "pa"),
    ("యాభై నుంచి అరవై రూపాయలు కిలో", "te"),
    ("ಐವತ್ತರಿಂದ ಅರವತ್ತು ರೂಪಾಯಿ ಕೆಜಿ", "kn"),
    ("അമ്പത് മുതൽ അറുപത് രൂപ കിലോ", "ml"),
    ("ஐம்பது முதல் அறுபது ரூபாய் கிலோ", "ta"),
    ("forty to fifty a kilo", "en"),
    ("forty-five to fifty rupees", "en"),
    ("200–250 for the basket", "en"),
]


@pytest.mark.parametrize(("text", "language"), RANGES)
def test_a_range_is_asked_about(text: str, language: str) -> None:
    heard = understand(text, language=language)
    assert heard.amount_paise is None or heard.confidence < MIN_CONFIDENCE, heard


@pytest.mark.parametrize(
    ("text", "language", "paise"),
    [
        ("twenty-five rupees a kilo", "en", 2500),
        ("thirty-five a kilo", "en", 3500),
        ("सवा सौ रुपये किलो", "hi", 12500),
        ("बीस से ज़्यादा नहीं दूँगा", "hi", 2000),
        ("2 kilo 100 rupees", "en", 10000),
    ],
)
def test_one_price_is_still_one_price(text: str, language: str, paise: int) -> None:
    heard = understand(text, language=language)
    assert heard.amount_paise == paise and heard.confidence >= MIN_CONFIDENCE, heard
