"""The price question and the say-again line, in every language the phrasebook speaks."""

from __future__ import annotations

import json
import unicodedata

import pytest

from audio.acts import ActKind, NegotiationAct
from audio.confirmations import (
    ASK_PRICE,
    LANGUAGES,
    SAY_AGAIN,
    SAY_AGAIN_SPOKEN,
    ask_price,
    say_again,
)
from audio.phrasebook import LANGUAGES as PHRASEBOOK_LANGUAGES
from audio.phrasebook import say_price
from audio.understanding import understand

SCRIPTS = {
    "en": "LATIN",
    "hi": "DEVANAGARI",
    "mr": "DEVANAGARI",
    "bn": "BENGALI",
    "gu": "GUJARATI",
    "pa": "GURMUKHI",
    "ta": "TAMIL",
    "te": "TELUGU",
    "kn": "KANNADA",
    "ml": "MALAYALAM",
}


def foreign_letters(text: str, language: str) -> list[str]:
    """Letters and vowel signs of `text` not in `language`'s script."""
    script = SCRIPTS[language]
    return [
        ch
        for ch in text
        if unicodedata.category(ch)[0] in "LM" and not unicodedata.name(ch).startswith(script)
    ]


def act(paise: int, unit: str | None = "kg", *, per_unit: bool = True) -> NegotiationAct:
    return NegotiationAct(ActKind.OFFER, amount_paise=paise, per_unit=per_unit, unit=unit)


def test_every_phrasebook_language_has_both_phrases() -> None:
    assert set(LANGUAGES) == set(PHRASEBOOK_LANGUAGES) == set(SCRIPTS)
    for table in (ASK_PRICE, SAY_AGAIN, SAY_AGAIN_SPOKEN):
        assert set(table) == set(LANGUAGES)
        assert all(text.strip() for text in table.values())
    for language in LANGUAGES:
        assert ASK_PRICE[language].count("{price}") == 1
        assert say_again(language) == SAY_AGAIN[language]
        assert say_again(language, can_type=False) == SAY_AGAIN_SPOKEN[language]
        assert say_again(language) != say_again(language, can_type=False)


@pytest.mark.parametrize("language", SCRIPTS)
@pytest.mark.parametrize(
    ("price", "digits"),
    [
        (act(3500), ["35"]),
        (act(3550, "piece"), ["35", "50"]),
        (act(5000, None), ["50"]),
        (act(9000, "kg", per_unit=False), ["90"]),
        (act(12_000_000, "dozen"), ["1,20,000"]),
    ],
)
def test_the_question_says_the_amount_in_digits(
    language: str, price: NegotiationAct, digits: list[str]
) -> None:
    question = ask_price(price, language)
    assert all(d in question for d in digits), question
    assert price.amount_paise is not None
    unit = price.unit if price.per_unit else None
    assert say_price(price.amount_paise, language, unit=unit) in question
    assert question.endswith("?")


@pytest.mark.parametrize("language", SCRIPTS)
def test_each_phrase_is_written_in_its_language_s_script(language: str) -> None:
    for text in (
        ask_price(act(3500), language),
        ask_price(act(4050, "litre"), language),
        say_again(language),
        say_again(language, can_type=False),
    ):
        assert foreign_letters(text, language) == [], text


def test_the_question_takes_an_understanding_as_it_is() -> None:
    understood = understand("40 ya 50 rupaye kilo", language="hi")
    assert ask_price(understood, "hi") == "क्या आपने 50 रुपये किलो कहा?"
    total = understand("2 kilo for 80 or 90 rupees", language="en")
    assert total.per_unit is not True
    assert ask_price(total, "en") == "Did you say 90 rupees?"  # a total: no "a kilo"


def test_examples_and_fallbacks() -> None:
    assert ask_price(act(3500), "en") == "Did you say 35 rupees a kilo?"
    assert ask_price(act(3500), "ta") == "கிலோ 35 ரூபாய் என்று சொன்னீர்களா?"
    assert ask_price(act(3500), "fr") == "Did you say 35 rupees a kilo?"
    assert say_again("fr") == "Please say the price again, or type it."
    with pytest.raises(ValueError, match="no price"):
        ask_price(NegotiationAct(ActKind.OFFER), "hi")


@pytest.mark.parametrize("language", sorted(SCRIPTS))
def test_a_total_question_says_what_was_heard_and_what_a_yes_records(language: str) -> None:
    """ "A quarter kilo for 10" on a 1-kg deal: the 250 g and the ₹10 heard, then the
    deal's 1 kg, its ₹40 a kilo and ₹40 in all, in the speaker's own script."""
    from audio.confirmations import ASK_TOTAL, ask_total
    from audio.phrasebook import say_quantity

    assert set(ASK_TOTAL) == set(LANGUAGES)
    text = ask_total(
        heard_total_paise=1000,
        heard_quantity=0.25,
        heard_unit="kg",
        rate_paise=4000,
        quantity=3,
        unit="kg",
        language=language,
    )
    assert say_quantity(0.25, "kg", language) in text and "250" in text
    assert say_price(1000, language) in text
    assert say_quantity(3, "kg", language) in text
    assert say_price(4000, language, unit="kg") in text
    assert say_price(12000, language) in text
    assert not foreign_letters(text, language)
    if language == "en":
        assert text == (
            "You said 250 grams for 10 rupees. This deal is for 3 kilos: 40 rupees a kilo, "
            "120 rupees in all. Is that right?"
        )


@pytest.mark.parametrize("language", sorted(SCRIPTS))
def test_a_price_above_the_list_price_says_what_a_yes_records(language: str) -> None:
    """A shopper's ₹55 a litre heard on a ₹50 product, for 2 litres: a yes records the
    list price, said as a rate and in all, in the speaker's own script."""
    from audio.confirmations import ABOVE_LIST, above_list

    assert set(ABOVE_LIST) == set(LANGUAGES)
    text = above_list(list_price_paise=5000, quantity=2, unit="litre", language=language)
    assert say_price(5000, language, unit="litre") in text
    assert say_price(10000, language) in text
    assert "55" not in text
    assert not foreign_letters(text, language)
    if language == "en":
        assert text == (
            "That is above the list price; a yes records the list price, 50 rupees a litre, "
            "100 rupees in all."
        )
    assert above_list(list_price_paise=5000, quantity=2, unit="litre", language="xx") == (
        above_list(list_price_paise=5000, quantity=2, unit="litre", language="en")
    )


def test_a_question_travels_between_processes_whole() -> None:
    """What another process of the room reads back is the question asked: the words, the
    reading, the quantity and rate a yes records, a total heard and a cap."""
    from models import BidSource
    from server.live.prices import TotalSaid
    from server.live.turns.questions import question_data, question_from
    from server.live.turns.rules import PriceQuestion

    understood = understand("आधा किलो 17 रुपये में", language="hi")
    question = PriceQuestion(
        "u-1",
        "आधा किलो 17 रुपये में",
        understood,
        BidSource.TEXT,
        bid_count=3,
        deadline=12.5,
        quantity=2,
        unit_price_paise=3400,
        said=TotalSaid(1700, 0.5, "kg"),
        list_price_paise=3000,
    )
    back = question_from("u-1", json.loads(json.dumps(question_data(question))), 12.5)
    assert back == question
