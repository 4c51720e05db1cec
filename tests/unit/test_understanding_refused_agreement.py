"""Agreeing refused: "can't agree to 800" names the price only to refuse it. A verb of
agreeing or settling with a "can't" right after it never agrees, in the script or typed
in Latin letters, and never records the refused price."""

from __future__ import annotations

import pytest

from audio.understanding import Intent, understand


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ta", "Ezhunooru-kku othukka mudiyaadhu, romba dhooram illa"),
        ("ta", "ezhunoorukku othukka mudiyathu anna"),
        ("ta", "எழுநூறுக்கு ஒத்துக்க முடியாது"),
        ("kn", "ಏಳು ನೂರಕ್ಕೆ ಒಪ್ಪೋಕೆ ಆಗಲ್ಲ"),
        ("ml", "ezhunoorinu othukkan pattilla"),
    ],
)
def test_cannot_agree_to_the_price_refuses_it(language: str, text: str) -> None:
    heard = understand(text, language=language, has_outstanding_offer=True, reference_paise=70000)
    assert heard.intent is Intent.REJECT
    assert heard.amount_paise is None


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("ta", "Ezhunooru-kku othukkalaam", Intent.ACCEPT),  # let's settle at 700
        ("ml", "എഴുനൂറിന് ഒതുക്കാം", Intent.ACCEPT),
        ("hi", "सात सौ में निपटा दो", Intent.ACCEPT),
    ],
)
def test_settling_at_the_price_still_agrees(language: str, text: str, intent: Intent) -> None:
    heard = understand(text, language=language, has_outstanding_offer=True, reference_paise=70000)
    assert heard.intent is intent
    assert heard.amount_paise == 70000
