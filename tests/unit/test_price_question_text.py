"""A price question read again from its own event in another language (as the room does
for each screen of the speaker's side) is the question that language would have been
asked: every shape of question, every language."""

from __future__ import annotations

import pytest

from audio.confirmations import LANGUAGES
from audio.understanding import Intent, Understanding
from models import BidSource
from server.live.prices import TotalSaid
from server.live.turns.question_wording import asked_in, confirm_event
from server.live.turns.rules import PriceQuestion


def question(
    amount_paise: int,
    per_unit: bool | None,
    quantity: float | None,
    *,
    deal_quantity: int,
    rate_paise: int,
    said: TotalSaid | None = None,
    list_price_paise: int | None = None,
) -> PriceQuestion:
    understood = Understanding(
        Intent.OFFER, amount_paise, per_unit, quantity, "kg", None, 0.5, (), "ta"
    )
    return PriceQuestion(
        "u1",
        "words as heard",
        understood,
        BidSource.VOICE,
        bid_count=1,
        deadline=20.0,
        quantity=deal_quantity,
        unit_price_paise=rate_paise,
        said=said,
        list_price_paise=list_price_paise,
    )


QUESTIONS = {
    # "39 a kilo", for a deal of 2 kg.
    "rate": question(3900, True, None, deal_quantity=2, rate_paise=3900),
    # "80" for the deal's 2 kg: a total, made a rate by the deal's quantity.
    "total": question(8000, False, None, deal_quantity=2, rate_paise=4000),
    # "3 kilo for 120": a quantity said with its total.
    "count": question(12000, False, 3.0, deal_quantity=3, rate_paise=4000),
    # "100 for 7 kilos": no whole paise a kilo.
    "not_whole": question(
        10000, False, 7.0, deal_quantity=7, rate_paise=1428, said=TotalSaid(10000, 7.0, "kg")
    ),
    # "a quarter kilo for 10", for a deal of 2 kg: asked as 40 a kilo, the total said.
    "part": question(
        4000, True, None, deal_quantity=2, rate_paise=4000, said=TotalSaid(1000, 0.25, "kg")
    ),
    # A shopper's 70 a kilo above the list price of 60.
    "above_list": question(
        7000, True, None, deal_quantity=2, rate_paise=7000, list_price_paise=6000
    ),
    # A shopper's "a quarter kilo for 20" (80 a kilo) above the list price of 60.
    "part_above_list": question(
        8000,
        True,
        None,
        deal_quantity=2,
        rate_paise=8000,
        said=TotalSaid(2000, 0.25, "kg"),
        list_price_paise=6000,
    ),
}


@pytest.mark.parametrize("shape", sorted(QUESTIONS))
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_question_reads_in_each_language_from_its_event(shape: str, language: str) -> None:
    q = QUESTIONS[shape]
    asked = confirm_event(q, "kg", "ta", 20.0)
    wanted = confirm_event(q, "kg", language, 20.0).text
    assert asked_in(asked.data(), "kg", language) == wanted
    if language != "ta":
        assert asked.text != wanted


def test_the_english_words_of_two_shapes() -> None:
    rate = confirm_event(QUESTIONS["rate"], "kg", "ta", 20.0).data()
    assert asked_in(rate, "kg", "en") == "Did you say 39 rupees a kilo?"
    part = confirm_event(QUESTIONS["part_above_list"], "kg", "hi", 20.0).data()
    text = asked_in(part, "kg", "en")
    assert text is not None and text.startswith("You said 250 grams for 20 rupees.")
    assert "80 rupees a kilo" in text and text.endswith("60 rupees a kilo, 120 rupees in all.")


def test_an_event_without_what_a_yes_records_keeps_its_words() -> None:
    data = confirm_event(QUESTIONS["rate"], "kg", "ta", 20.0).data()
    assert asked_in(data | {"unit_price_paise": 0, "total_paise": 0}, "kg", "en") is None
    assert asked_in({k: v for k, v in data.items() if k != "total_paise"}, "kg", "en") is None
