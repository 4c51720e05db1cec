"""Telugu "వేయి"/"వెయ్యి" is "a thousand" and "put": "weigh it properly" says it of the
scale ("తూకం సరిగా వెయ్యి"), often with a term of address after it ("…వేయి అన్నా"), and
names no price and agrees to nothing. A thousand said with a currency word, or a verb of
giving after it, stays a price."""

from __future__ import annotations

import pytest

from audio.understanding import Intent, understand


@pytest.mark.parametrize(
    "text",
    [
        "సరిగ్గా తూకం వేయి అన్నా, తక్కువ రాకూడదు",
        "తూకం సరిగా వెయ్యి అక్కా",
        "తూకం బాగా వెయ్యి సార్, తక్కువ రావద్దు",
        "sariga thookam veyyi anna, takkuva rakudadu",
        "thookam sarigga veyi",
    ],
)
@pytest.mark.parametrize("on_the_table", [False, True])
def test_weigh_it_properly_names_no_price(text: str, on_the_table: bool) -> None:
    got = understand(text, language="te", has_outstanding_offer=on_the_table, reference_paise=90000)
    assert got.amount_paise is None, got
    assert got.intent not in (Intent.OFFER, Intent.COUNTER), got
    # "సరిగా" (properly) is also "right!": at most an accept too unsure to be taken.
    assert got.intent is not Intent.ACCEPT or got.confidence < 0.6, got


@pytest.mark.parametrize(
    ("text", "paise"),
    [
        ("వెయ్యి రూపాయలు అన్నా", 100000),
        ("వెయ్యికి ఇవ్వండి అన్నా", 100000),
        ("తూకం సరిగా ఉంది, వెయ్యి రూపాయలు ఇవ్వండి", 100000),
    ],
)
def test_a_thousand_with_money_words_stays_a_price(text: str, paise: int) -> None:
    got = understand(text, language="te", has_outstanding_offer=True, reference_paise=90000)
    assert got.amount_paise == paise, got
