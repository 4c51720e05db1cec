"""A vendor's rate, then a lower price promised on more taken ("கிலோ அறுபது, அஞ்சு கிலோ
வாங்குனா கம்மி பண்றேன்"): the rate reaches the listener as the offer it is. Read across
the comma, "sixty, five" was once sixty-five taken on a condition, and the rate a count of
goods in a bulk question, so the listener heard only "bulk price?"."""

from __future__ import annotations

import pytest

from audio.interpret import interpret
from audio.lexicon import tokenize
from audio.market.count_taken import counted_number
from audio.phrasebook import PhrasebookMT

RATE_THEN_MORE = [
    ("ta", "கிலோ அறுபது, அஞ்சு கிலோ வாங்குனா கம்மி பண்றேன்"),
    ("te", "కిలో అరవై, ఐదు కిలోలు తీసుకుంటే తగ్గిస్తాను"),
    ("bn", "কেজি ষাট, পাঁচ কেজি নিলে কম করে দেব"),
    ("mr", "किलो साठ, पाच किलो घेतलं तर कमी करतो"),
    ("kn", "ಕೆಜಿ ಅರವತ್ತು, ಐದು ಕೆಜಿ ತಗೊಂಡ್ರೆ ಕಡಿಮೆ ಮಾಡ್ತೀನಿ"),
    ("ml", "കിലോ അറുപത്, അഞ്ച് കിലോ എടുത്താൽ കുറച്ച് തരാം"),
]


@pytest.mark.parametrize(("language", "text"), RATE_THEN_MORE)
async def test_the_rate_is_offered(language: str, text: str) -> None:
    said = await interpret(text, source=language, target="en", speaker="vendor", mt=PhrasebookMT())
    assert said.act is not None and said.market is None
    assert (said.act.kind.value, said.act.amount_paise, said.act.per_unit) == ("offer", 6000, True)


def test_the_count_taken_is_read_within_its_clause() -> None:
    text = "கிலோ அறுபது, அஞ்சு கிலோ வாங்குனா கம்மி பண்றேன்"
    assert counted_number(tokenize(text), text, "ta") == (13, 18)  # அஞ்சு, not அறுபது அஞ்சு


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "if I take forty, what's the rate per piece?"),
        ("hi", "पचास ले लूँ तो एक का क्या लगाओगे?"),
        ("mr", "शंभर राख्या आणि एक किलो कुंकू, घाऊक भाव काय?"),
    ],
)
async def test_a_count_taken_still_asks_the_bulk_rate(language: str, text: str) -> None:
    said = await interpret(
        text, source=language, target="en", speaker="customer", mt=PhrasebookMT()
    )
    assert said.market is not None and said.market.act == "bulk_price"
    assert said.act is None
