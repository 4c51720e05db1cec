"""Punjabi "what do you take for it?" after a genitive asks the charge, in Gurmukhi or
romanized ("ਮਣ ਦੀ ਕੀ ਲੈਂਦੇ ਹੋ?", "trali da ki laoge?"); "what else will you take?" asks
nothing (`audio.languages.pa`)."""

from __future__ import annotations

import pytest

from audio.understanding import Intent, understand


@pytest.mark.parametrize(
    "text", ["ਆਟਾ ਚੱਕੀ ਤੇ ਪਿਸਾਈ, ਮਣ ਦੀ ਕੀ ਲੈਂਦੇ ਹੋ?", "trali reta, ik trali da ki laoge?"]
)
def test_the_charge_asked_with_a_genitive(text: str) -> None:
    understood = understand(text, language="pa")
    assert understood.intent is Intent.QUESTION and understood.amount_paise is None, understood


@pytest.mark.parametrize("text", ["ਹੋਰ ਕੀ ਲੈਂਦੇ ਹੋ?", "sabzi hor ki laoge?"])
def test_what_else_asks_no_price(text: str) -> None:
    assert understand(text, language="pa").intent is not Intent.QUESTION
