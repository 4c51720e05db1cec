"""A charge for waiting, a rate a minute or an hour, said beside a fare is no price: the
fare is the move. A fare to a place is a price even when the place names a bus."""

from __future__ import annotations

import pytest

from audio.understanding import Intent, understand


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("en", "Two hundred to the mall, and if I wait outside, eight rupees a minute", 20000),
        ("en", "Five hundred to the fort; if I wait till you come back, seventy an hour", 50000),
        ("hi", "मॉल तक दो सौ, बाहर रुकना पड़ा तो आठ रुपये मिनट", 20000),
        ("ta", "மால் வரைக்கும் இருநூறு, காத்திருந்தா நிமிஷத்துக்கு எட்டு ரூபா", 20000),
        ("te", "మాల్ వరకు రెండు వందలు, ఆగితే నిమిషానికి ఎనిమిది రూపాయలు", 20000),
        ("bn", "মল পর্যন্ত দুশো, দাঁড়াতে হলে মিনিটে আট টাকা", 20000),
    ],
)
def test_waiting_rate_beside_a_fare_is_no_price(language: str, text: str, paise: int) -> None:
    u = understand(text, language=language)
    assert u.intent is Intent.OFFER
    assert u.amount_paise == paise
    assert [m.amount_paise for m in u.mentions] == [paise]


@pytest.mark.parametrize(
    ("text", "paise"),
    [
        ("Two hundred to the bus stop", 20000),
        ("Three hundred up to the bus depot", 30000),
    ],
)
def test_fare_to_a_place_named_by_a_bus(text: str, paise: int) -> None:
    assert understand(text, language="en").amount_paise == paise


@pytest.mark.parametrize(
    ("text", "paise"),
    [
        ("Parking is twenty rupees an hour", 2000),  # the rate alone is the price
        ("waiting is ten rupees a minute", 1000),
    ],
)
def test_rate_of_time_alone_stays_the_price(text: str, paise: int) -> None:
    assert understand(text, language="en").amount_paise == paise


def test_route_number_stays_no_price() -> None:
    u = understand("the 47 bus goes there, fare is twenty", language="en")
    assert u.amount_paise == 2000
