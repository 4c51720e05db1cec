"""The seller's terms with no price ("take ten and I'll make it less"), clock times read
in halves and quarters, and agreement before an appointment: no price is recorded that
nobody said, and the price on the table is the one agreed."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import Intent, understand


def _recorded(text: str, language: str, reference: int | None = None) -> tuple[Intent, int | None]:
    understood = understand(
        text,
        language=language,
        has_outstanding_offer=reference is not None,
        reference_paise=reference,
    )
    sure = understood.confidence >= MIN_CONFIDENCE
    return understood.intent, understood.amount_paise if sure else None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hi", "बारह लो तो थोड़ा कम कर दूँगा"),
        ("te", "పదిహేను తీసుకుంటే తగ్గిస్తాను"),
        ("bn", "বারোটা নিলে কম করে দেব"),
        ("pa", "ਵੀਹ ਲਓ ਤਾਂ ਘੱਟ ਕਰ ਦਿਆਂਗਾ"),
        ("kn", "ಎರಡು ಕಟ್ಟು ತಗೊಂಡ್ರೆ ಕಡಿಮೆ ಮಾಡ್ತೀನಿ"),
    ],
)
def test_the_sellers_count_on_a_condition_is_no_price(language: str, text: str) -> None:
    assert _recorded(text, language) == (Intent.OTHER, None)


def test_the_buyers_own_count_still_asks() -> None:
    intent, amount = _recorded("दस ले लूँ तो?", "hi")
    assert (intent, amount) == (Intent.QUESTION, None)


def test_a_rate_before_the_sellers_condition_stands() -> None:
    understood = understand("ಕಬ್ಬು ಒಂದಕ್ಕೆ ಐವತ್ತು, ಕಟ್ಟು ತಗೊಂಡ್ರೆ ಕಡಿಮೆ", language="kn")
    assert (understood.amount_paise, understood.per_unit, understood.unit) == (5000, True, "piece")
    assert understood.quantity is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("mr", "साडेपाच वाजेपर्यंत तयार ठेवा"),
        ("ml", "അഞ്ചരയ്ക്ക് റെഡിയാക്കി വെക്കണം"),
        ("en", "have it ready before five-thirty"),
    ],
)
def test_an_hour_in_halves_is_no_price(language: str, text: str) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is Intent.OTHER
    assert understood.amount_paise is None


def test_agreement_before_an_appointment_accepts_the_price_on_the_table() -> None:
    understood = understand(
        "okay, sixty it is, come tomorrow at six in the evening",
        language="en",
        has_outstanding_offer=True,
        reference_paise=6000,
    )
    assert understood.intent is Intent.ACCEPT
    assert understood.quantity is None
