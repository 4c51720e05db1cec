"""Punjabi typed "assi" before "tan"/"vi" or a first-person plural verb is "we", no ₹80;
with a currency or "da" after it, or said alone, it stays 80."""

from __future__ import annotations

import pytest

from audio.understanding import understand


@pytest.mark.parametrize(
    "text", ["assi kal phir aavange", "assi tan ithe hi rehnde haan", "assi vi do lainde haan"]
)
def test_we_is_no_number(text: str) -> None:
    assert understand(text, language="pa", has_outstanding_offer=True).amount_paise is None


@pytest.mark.parametrize("text", ["assi rupaye da ik", "assi", "assi da kilo"])
def test_eighty_stays(text: str) -> None:
    assert understand(text, language="pa", has_outstanding_offer=True).amount_paise == 8000
