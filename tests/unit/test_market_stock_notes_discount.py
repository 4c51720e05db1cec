"""A size or a colour said finished is out of stock, small notes asked for change are no
small goods, customers who "come back" are no speaker coming back, and a discount asked
in romanized Telugu, Bengali, Kannada or Malayalam with the quantity after it is asked."""

from __future__ import annotations

import pytest

from audio.market import market_act


def heard(text: str, language: str) -> str | None:
    act = market_act(text, language)
    return act.act if act else None


def test_a_size_said_finished_is_out_of_stock() -> None:
    assert heard("সাত নম্বর শেষ, ছয় আর আট আছে", "bn") == "out_of_stock"


def test_small_notes_are_no_small_goods() -> None:
    assert heard("ಸಣ್ಣ ನೋಟು ಕೊಡಿ", "kn") != "quality_small"
    assert heard("નાની નોટ આપો ને", "gu") != "quality_small"


def test_customers_coming_back_are_no_speaker_coming_back() -> None:
    assert heard("our vadas are super tasty, everyone comes back", "en") != "come_back_later"
    assert heard("మా పకోడీలు చాలా టేస్టీ, జనం మళ్ళీ వస్తారు", "te") != "come_back_later"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("konchem tagginchandi anna, nalugu teeskunta", "te"),
        ("ektu kamiye din dada, char te nebo", "bn"),
        ("swalpa kammi madi, naalku tagotini", "kn"),
        ("kurachu kuraykkamo chechi, naalu edukkam", "ml"),
        ("knock a bit off, I'll buy four", "en"),
    ],
)
def test_a_romanized_discount_with_a_reason_is_asked(text: str, language: str) -> None:
    assert heard(text, language) == "ask_discount"
