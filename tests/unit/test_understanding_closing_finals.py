"""Words that close the haggling after a price in Punjabi, Marathi, Gujarati and
Malayalam: a lone "ਬਸ"/"बस"/"બસ" ending the line, "ਹੋਰ ਕੋਈ ਗੱਲ ਨਹੀਂ" (no other talk),
"അത്ര തന്നെ" (just that) and "X എങ്കിലും" (at least X) mark the price final; "bas"
inside the line ("just") and a question mark nothing."""

from __future__ import annotations

import pytest

from audio.understanding import understand

FINAL = [
    ("pa", "ਚਾਰ ਸੌ 'ਚ ਨਹੀਂ ਮਿਲਦਾ, ਸਾਢੇ ਚਾਰ ਸੌ ਲੱਗੂ ਜੀ, ਬਸ.", 45000),
    ("pa", "ਛੇ ਸੌ ਨਹੀਂ, ਸਾਢੇ ਛੇ ਸੌ, ਹੋਰ ਕੋਈ ਗੱਲ ਨਹੀਂ", 65000),
    ("mr", "चारशे नको, साडेचारशे, बस.", 45000),
    ("gu", "ચારસો નહીં, સાડા ચારસો, બસ.", 45000),
    ("ml", "എൺപതിന് പറ്റില്ല, തൊണ്ണൂറ്, അത്ര തന്നെ.", 9000),
    ("ml", "മുന്നൂറ് പോരാ ചേട്ടാ, മുന്നൂറ്റമ്പത് എങ്കിലും കിട്ടണം.", 35000),
]


@pytest.mark.parametrize(("language", "text", "paise"), FINAL)
def test_closing_words_mark_the_price_final(language: str, text: str, paise: int) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.amount_paise == paise
    assert understood.final is True


NOT_FINAL = [
    ("pa", "ਸਾਢੇ ਚਾਰ ਸੌ, ਬਸ ਇੱਕ ਕਿੱਲੋ ਚਾਹੀਦਾ"),
    ("pa", "ਸਾਢੇ ਚਾਰ ਸੌ, ਬਸ?"),
    ("ml", "മുന്നൂറ്റമ്പത് എങ്കിലും ആകുമോ?"),
    ("ml", "മുന്നൂറ്റമ്പത്, എങ്കിലും ഒന്ന് ചോദിച്ചു നോക്കാം"),
]


@pytest.mark.parametrize(("language", "text"), NOT_FINAL)
def test_just_or_asked_is_not_final(language: str, text: str) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.final is False
