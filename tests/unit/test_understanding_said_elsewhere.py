"""Another stall's price said with a verb of saying ("ఆ బండి వాళ్ళు 280 అంటున్నారు",
"aa gaadiyalli kg 90 antidaare", "baju wale 280 bol rahe the") is a question with no
amount, as one said with a verb of giving is; a counter after it keeps its own price."""

from __future__ import annotations

import pytest

from audio.understanding import Intent, understand


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hi", "bagal wale 340 bol rahe the"),
        ("te", "ఆ బండి వాళ్ళు 340 అంటున్నారు"),
        ("kn", "aa angadiyalli 340 antidaare"),
        ("bn", "oi dokane 340 bolche"),
        ("ml", "aa kadakkaran 340 parayunnu"),
        ("pa", "naal wale 340 keh rahe ne"),
    ],
)
def test_another_stall_said_price_is_a_question(language: str, text: str) -> None:
    heard = understand(text, language=language, has_outstanding_offer=True, reference_paise=36000)
    assert (heard.intent, heard.amount_paise) == (Intent.QUESTION, None)


def test_own_counter_after_it_stands() -> None:
    heard = understand(
        "bagal wale 340 bol rahe the, aap 350 kar do", language="hi", has_outstanding_offer=True
    )
    assert heard.amount_paise == 35000
