"""A count of goods beside a price (`audio/understanding/goods_counts.py`): the count is
the quantity only when the price beside it is a plausible total for that many pieces."""

from __future__ import annotations

import pytest

from audio.understanding import understand

RECORDED = 0.6  # the confidence at which a price is recorded without asking


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ఎనిమిది అయిపోయింది, పది మాత్రమే ఉంది", "te"),  # size eight gone, only ten left
        ("सात नंबर खत्म, आठ ही है", "hi"),  # size seven gone, only eight
        ("ஆறு தீர்ந்துடுச்சு, ஏழு மட்டும் இருக்கு", "ta"),  # six gone, only seven
    ],
)
def test_a_size_left_in_stock_is_no_count_of_goods_priced(text: str, language: str) -> None:
    heard = understand(text, language=language)
    assert heard.amount_paise is None or heard.confidence < RECORDED, heard
    assert heard.quantity is None, heard


def test_a_count_of_goods_beside_their_total_is_the_quantity() -> None:
    heard = understand("ఐదు చొక్కాలు ఉన్నాయి, అన్నిటికీ వెయ్యి", language="te")
    assert (heard.amount_paise, heard.quantity) == (100000, 5.0), heard
