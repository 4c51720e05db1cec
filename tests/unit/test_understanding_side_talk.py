"""Talk beside a price that must not reshape it: a "whole" word of other talk and
containers carried or packed (`shape`), crates counted before "both" (`goods_counts`), and
an animal's weight (`item_sizes`, `unpriced_counts`)."""

from __future__ import annotations

import pytest

from audio.understanding import understand


@pytest.mark.parametrize(
    ("text", "language", "reference", "amount"),
    [
        ("नौ सौ दूँगा, पूरा मेला घूम के आया हूँ", "hi", 120000, 90000),
        ("ਨੌ ਸੌ ਦਿਆਂਗੇ, ਸਾਰਾ ਮੇਲਾ ਦੇਖ ਕੇ ਆਏ ਹਾਂ", "pa", 120000, 90000),
        ("ಒಂಬತ್ತು ನೂರು ಕೊಡ್ತೀನಿ, ಇಡೀ ಜಾತ್ರೆ ಸುತ್ತಿ ಬಂದೆ", "kn", 120000, 90000),
        ("Nine hundred, I've been round the whole fair today.", "en", 120000, 90000),
    ],
)
def test_a_whole_word_of_other_talk_makes_no_total(
    text: str, language: str, reference: int, amount: int
) -> None:
    heard = understand(
        text, language=language, has_outstanding_offer=True, reference_paise=reference
    )
    assert (heard.amount_paise, heard.per_unit) == (amount, None), heard


def test_a_whole_word_beside_the_price_still_makes_a_total() -> None:
    heard = understand("नौ सौ, सब मिलाकर", language="hi", has_outstanding_offer=True)
    assert (heard.amount_paise, heard.per_unit) == (90000, False), heard


@pytest.mark.parametrize(
    ("text", "language", "amount", "count"),
    [
        ("चार पेटी लूँगा, चारों का तीन हज़ार कर दो", "hi", 300000, 4.0),
        ("மூணு பெட்டி எடுக்கறேன், மூணுக்கும் சேர்த்து ரெண்டாயிரம்", "ta", 200000, 3.0),
        ("Taking two crates, fifteen hundred for both.", "en", 150000, 2.0),
    ],
)
def test_both_said_of_crates_counts_no_pieces(
    text: str, language: str, amount: int, count: float
) -> None:
    heard = understand(text, language=language, has_outstanding_offer=True)
    assert (heard.amount_paise, heard.per_unit, heard.quantity, heard.unit) == (
        amount,
        False,
        count,
        None,
    ), heard


def test_both_said_of_goods_counts_pieces() -> None:
    heard = understand("दो बकरे लूँगा, दोनों का चालीस हज़ार", language="hi", has_outstanding_offer=True)
    assert (heard.amount_paise, heard.quantity, heard.unit) == (4000000, 2.0, "piece"), heard


@pytest.mark.parametrize(
    ("text", "language", "amount"),
    [
        ("ఇరవై వేలు, యాభై కిలోల పైనే ఉంటుంది", "te", 2000000),
        ("ಹದಿನೈದು ಸಾವಿರ, ಇಪ್ಪತ್ತು ಕೆಜಿ ಮೇಲೆ ತೂಗುತ್ತೆ", "kn", 1500000),
        ("ਵੀਹ ਹਜ਼ਾਰ, ਤੀਹ ਕਿੱਲੋ ਦਾ ਹੋਊਗਾ", "pa", 2000000),
        ("বাইশ হাজার, দুটো দাঁত, ওজন তিরিশ কেজির বেশি", "bn", 2200000),
    ],
)
def test_an_animals_weight_is_no_quantity(text: str, language: str, amount: int) -> None:
    heard = understand(text, language=language)
    assert (heard.amount_paise, heard.per_unit, heard.quantity, heard.unit) == (
        amount,
        None,
        None,
        None,
    ), heard


@pytest.mark.parametrize(
    ("text", "language", "reference", "amount"),
    [
        ("Okay, five hundred, pack it in a gift box.", "en", 50000, 50000),
        ("Fine, two hundred, put the bags in my scooter.", "en", 20000, 20000),
        ("দুশো দিন, ব্যাগগুলো আমি রিকশায় তুলে দেব", "bn", 25000, 20000),
    ],
)
def test_containers_carried_or_packed_make_no_total(
    text: str, language: str, reference: int, amount: int
) -> None:
    heard = understand(
        text, language=language, has_outstanding_offer=True, reference_paise=reference
    )
    assert (heard.amount_paise, heard.per_unit) == (amount, None), heard
