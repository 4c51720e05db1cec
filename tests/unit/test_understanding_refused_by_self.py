"""A price in a case form ("for", "at", "in"), its ending joined or typed apart, then who
refuses and a refusal to take or give ("at 950 I won't take it") is refused: never the
speaker's bid. The same words with a taking or giving that is not refused keep the price."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import understand


@pytest.mark.parametrize(
    ("language", "text", "reference"),
    [
        ("te", "1200 కి నేను తీసుకోను", 120000),
        ("te", "పన్నెండు వందల కి నేను తీసుకోను అన్నా", 120000),
        ("hi", "1200 में मैं नहीं लूँगा", 120000),
        ("hi", "बारह सौ में मैं नहीं लूँगा दीदी", 120000),
        ("kn", "1200 ಕ್ಕೆ ನಾನು ತಗೊಳ್ಳಲ್ಲ", 120000),
        ("kn", "1200ಕ್ಕೆ ನಾನು ತಗೊಳ್ಳಲ್ಲ", 120000),
        ("bn", "1200-তে আমি নেব না", 120000),
        ("mr", "1200 ला मी घेणार नाही", 120000),
        ("mr", "बाराशे ला मी नाही घेणार", 120000),
        ("ml", "1200 ന് ഞാൻ എടുക്കില്ല", 120000),
        ("pa", "1200 ਵਿੱਚ ਮੈਂ ਨਹੀਂ ਲੈਣਾ", 120000),
    ],
)
def test_a_price_refused_by_the_speaker_is_no_bid(language: str, text: str, reference: int) -> None:
    understood = understand(
        text, language=language, has_outstanding_offer=True, reference_paise=reference
    )
    assert understood.amount_paise is None
    assert str(understood.intent) == "reject"


@pytest.mark.parametrize(
    ("language", "text", "amount"),
    [
        ("te", "1100 కి నేను తీసుకుంటాను", 110000),
        ("hi", "1100 में मैं ले लूँगा", 110000),
        ("kn", "1100 ಕ್ಕೆ ನಾನು ತಗೊಳ್ತೀನಿ", 110000),
        ("bn", "1100 তে আমি নেব", 110000),
        ("ml", "1100 ന് ഞാൻ എടുക്കാം", 110000),
        ("pa", "1100 ਵਿੱਚ ਮੈਂ ਲੈ ਲਵਾਂਗਾ", 110000),
    ],
)
def test_a_price_taken_by_the_speaker_stands(language: str, text: str, amount: int) -> None:
    understood = understand(
        text, language=language, has_outstanding_offer=True, reference_paise=120000
    )
    assert understood.amount_paise == amount
    assert understood.confidence >= MIN_CONFIDENCE
