"""A count taken on a condition is read within its own clause: in "கிலோ அறுபது, அஞ்சு
கிலோ வாங்குனா ..." the count is five (அஞ்சு), never sixty-five read across the comma. A
rate said before such a count and a bulk question is no price recorded: the shopper who
says the vendor's rate back and asks the rate for more asks, and offers nothing."""

from __future__ import annotations

import pytest

from audio.interpret import interpret
from audio.lexicon import tokenize
from audio.market.count_taken import counted_number
from audio.phrasebook import PhrasebookMT


def test_the_count_taken_is_read_within_its_clause() -> None:
    text = "கிலோ அறுபது, அஞ்சு கிலோ வாங்குனா கம்மி பண்றேன்"
    assert counted_number(tokenize(text), text, "ta") == (13, 18)  # அஞ்சு, not அறுபது அஞ்சு


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "if I take forty, what's the rate per piece?"),
        ("hi", "पचास ले लूँ तो एक का क्या लगाओगे?"),
        ("mr", "शंभर राख्या आणि एक किलो कुंकू, घाऊक भाव काय?"),
        ("hi", "किलो साठ, पांच किलो लूं तो क्या भाव?"),
        ("ta", "கிலோ அறுபது, அஞ்சு கிலோ வாங்குனா என்ன விலை?"),
        ("bn", "কেজি ষাট, পাঁচ কেজি নিলে কত করে দেবেন?"),
    ],
)
async def test_a_count_taken_asks_the_bulk_rate_and_records_no_price(
    language: str, text: str
) -> None:
    said = await interpret(
        text, source=language, target="en", speaker="customer", mt=PhrasebookMT()
    )
    assert said.market is not None and said.market.act == "bulk_price"
    assert said.act is None
