"""A number bound to a distance word in any script ("fifteen kilometres", "પંદર
કિલોમીટરે", "दो कोस") and an age with "only" or "just" before it ("বয়স মাত্র উনিশ") is no
price and no count; a price said beside them keeps its meaning, and words that only
start like a distance word ("kosi", cut; "milega") stay what they are."""

from __future__ import annotations

import pytest

from audio.understanding import understand


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("gu", "મંડપ અહીંથી બાર કિલોમીટરે છે"),
        ("te", "గుడి ఇక్కడ నుంచి ఎనిమిది కిలోమీటర్ల దూరం"),
        ("hi", "भंगार वाला तीन कोस दूर बैठता है"),
        ("en", "The silversmith is eight miles from the station"),
        ("ml", "കട ഇവിടുന്ന് പന്ത്രണ്ട് കിലോമീറ്ററാണ്"),
        ("bn", "ছেলের বয়স সবে একুশ"),
        ("mr", "नवरीचं वय फक्त बावीस आहे"),
        ("en", "She's only twenty-two"),
    ],
)
def test_a_distance_or_an_age_is_no_price(language: str, text: str) -> None:
    understood = understand(text, language=language)
    assert understood.amount_paise is None
    assert not understood.mentions
    assert understood.quantity is None


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("te", "puchakaya motham vanda, kosi kaadu", 10000),
        ("hi", "pachas milega bhaiya", 5000),
        ("gu", "બાર કિલોમીટરથી આવ્યા, ગાદલું બે હજારમાં આપો", 200000),
    ],
)
def test_a_price_beside_them_stands(language: str, text: str, paise: int) -> None:
    assert understand(text, language=language).amount_paise == paise
