"""A price asked back, then "no" and the speaker's own cost ("चार सौ में थैला? ना भैया,
मेरी खरीद ही इतने की है") refuses it with no price; a Tamil count of goods before a verb
of buying, then the rate of one piece asked ("அம்பது சட்டை எடுக்கிறேன், ஒரு பீஸ்
எவ்வளவு?"), is a count and a question, never a price."""

from __future__ import annotations

import pytest

from audio.understanding import Intent, understand


@pytest.mark.parametrize(
    ("text", "ref"),
    [
        ("चार सौ में थैला? ना भैया, मेरी खरीद ही इतने की है।", 40000),
        ("साढ़े तीन सौ में जैकेट? ना जी, अपनी खरीद ही इतनी पड़ती है।", 35000),
    ],
)
def test_hindi_price_asked_back_then_own_cost_refuses(text: str, ref: int) -> None:
    u = understand(text, language="hi", has_outstanding_offer=True, reference_paise=ref)
    assert (u.intent, u.amount_paise) == (Intent.REJECT, None)


def test_hindi_price_asked_back_then_a_counter_keeps_the_counter() -> None:
    u = understand(
        "चार सौ में थैला? ना भैया, तीन सौ अस्सी ले लो, मेरी खरीद ही तीन सौ साठ है।",
        language="hi",
        has_outstanding_offer=True,
        reference_paise=40000,
    )
    assert (u.intent, u.amount_paise) == (Intent.COUNTER, 38000)
    assert u.confidence >= 0.6


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("அம்பது சட்டை வாங்கப் போறேன், எங்க கடைக்கு, ஒரு பீஸ் என்ன ரேட் போடுவீங்க?", 50),
        ("இருபது போர்வை வாங்கப் போறேன், ஒரு பீஸ் என்ன விலை?", 20),
        ("அம்பது சட்டை எடுக்கிறேன், ஒரு பீஸ் எவ்வளவு?", 50),
    ],
)
def test_tamil_count_before_buying_then_one_piece_asked(text: str, count: int) -> None:
    u = understand(text, language="ta")
    assert (u.intent, u.amount_paise, u.quantity) == (Intent.QUESTION, None, count)


def test_tamil_one_piece_priced_stays_a_rate() -> None:
    u = understand("ஒரு பீஸ் அம்பது ரூபா.", language="ta")
    assert (u.intent, u.amount_paise, u.per_unit) == (Intent.OFFER, 5000, True)
