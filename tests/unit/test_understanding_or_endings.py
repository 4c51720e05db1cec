"""Malayalam "X-ഓ Y-ഓ" (X or Y): both numbers are read and the speaker is asked which;
one "-ഓ" word that is no number ("വേണോ?") leaves the price beside it standing."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import understand


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        ("എഴുപത്തഞ്ചോ എൺപതോ തരാം", {7500, 8000}),
        ("നൂറോ നൂറ്റിപ്പത്തോ ആകും", {10000, 11000}),
    ],
)
def test_malayalam_x_or_y_is_asked(text: str, amounts: set[int]) -> None:
    heard = understand(text, language="ml")
    assert {m.amount_paise for m in heard.mentions} == amounts, heard
    assert heard.confidence < MIN_CONFIDENCE, heard


def test_a_question_ending_on_another_word_keeps_the_price() -> None:
    heard = understand("കിലോ തൊണ്ണൂറ്, വേണോ?", language="ml")
    assert heard.amount_paise == 9000, heard
    assert heard.confidence >= MIN_CONFIDENCE, heard
