"""A price, an amount added to it, then their sum: the sum stands as a total for the
count said; with no sum named, the goods' price stands."""

from __future__ import annotations

import pytest

from audio.understanding import understand


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hi", "दो किलो चार सौ के, सफ़ाई बीस अलग, चार सौ बीस दे दो"),
        ("en", "Two kilos for four hundred, cleaning twenty extra, give four twenty"),
        ("ta", "ரெண்டு கிலோ நானூறு, சுத்தம் இருபது சேர்த்து நானூத்தி இருபது குடுங்க"),
        ("te", "రెండు కిలోలు నాలుగొందలు, క్లీనింగ్ ఇరవై కలిపి నాలుగొందల ఇరవై ఇవ్వండి"),
        ("ml", "രണ്ട് കിലോ നാനൂറ്, ക്ലീനിംഗ് ഇരുപത് കൂടി നാനൂറ്റി ഇരുപത് തരൂ"),
    ],
)
def test_the_named_sum_is_the_total(language: str, text: str) -> None:
    heard = understand(text, language=language)
    assert (heard.amount_paise, heard.per_unit, heard.quantity) == (42000, False, 2)


def test_no_sum_named_keeps_the_goods_price() -> None:
    heard = understand("दो किलो चार सौ के, सफ़ाई बीस अलग", language="hi")
    assert (heard.amount_paise, heard.quantity) == (40000, 2)


def test_a_later_number_that_is_no_sum_changes_nothing() -> None:
    heard = understand("झींगा छह सौ रुपये किलो, सफ़ाई के पचास अलग", language="hi")
    assert (heard.amount_paise, heard.per_unit) == (60000, True)
