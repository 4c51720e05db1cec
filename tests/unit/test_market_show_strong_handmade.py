"""Goods asked for thicker or stronger with "show" ("கெட்டியான கயிறு காட்டுங்க"), or
better with Gujarati "દેખાડો" (show), ask for the better ones; goods said woven or made by
hand in a past form ("હાથે બનાવી છે", "കൈകൊണ്ട് നെയ്തതാണ്") claim their origin. The
same words with no "show" or of no goods keep their own act."""

from __future__ import annotations

import pytest

from audio.market import market_act


@pytest.mark.parametrize(
    ("language", "text", "act"),
    [
        ("ta", "கெட்டியான கயிறு காட்டுங்க", "show_better"),
        ("ml", "കട്ടിയുള്ള കയർ കാണിക്ക്", "show_better"),
        ("gu", "સારું ધોતિયું દેખાડો", "show_better"),
        ("kn", "ದಪ್ಪ ಹಗ್ಗ ತೋರಿಸಿ", "show_better"),
        ("ta", "கெட்டியான மோர் இருக்கா?", "have_it"),
        ("gu", "આ ટોપલીઓ ગામની બહેનોએ હાથે બનાવી છે", "claim_origin"),
        ("ml", "ഈ തോർത്ത് അമ്മമാർ കൈകൊണ്ട് നെയ്തതാണ്", "claim_origin"),
        ("hi", "ये दरी हाथ से बुनी है", "claim_origin"),
    ],
)
def test_strong_shown_and_handmade_said(language: str, text: str, act: str) -> None:
    got = market_act(text, language)
    assert got is not None and got.act == act
