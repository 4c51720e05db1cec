"""Round 31: a comparative that points back at a refused price is the refusal's reason
("can't at 400, it cost me more than that"), while a bound said as a refusal of its own
("nahi, isse kam nahi") still holds the price before it."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import Intent, understand


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("kn", "ನಾನೂರಕ್ಕೆ ಆಗಲ್ಲ, ನನಗೇ ಅದಕ್ಕಿಂತ ಹೆಚ್ಚು ಆಗಿದೆ"),
        ("te", "నాలుగొందలకి కుదరదు, నాకే దానికన్నా ఎక్కువ అయింది"),
        ("en", "Can't at 400, I paid more than that"),
    ],
)
def test_more_than_that_after_a_refusal_rejects(language: str, text: str) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is Intent.REJECT, understood
    assert understood.amount_paise is None or understood.confidence < MIN_CONFIDENCE


def test_a_bound_refused_in_its_own_clause_holds_the_price() -> None:
    understood = understand("चार सौ, नहीं, इससे कम नहीं", language="hi", has_outstanding_offer=True)
    assert understood.amount_paise == 40000, understood


def test_a_counter_after_the_refusal_stands() -> None:
    understood = understand(
        "Can't at 400, 450 then, that is more than my cost",
        language="en",
        has_outstanding_offer=True,
    )
    assert understood.intent is Intent.COUNTER, understood
    assert understood.amount_paise == 45000


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hi", "बस अड्डा कितनी दूर है?"),
        ("ta", "கடை இன்னும் எவ்வளவு தூரம்?"),
        ("te", "ఇంకా ఎంత సేపు?"),
        ("mr", "किती वाजले आता?"),
        ("en", "How much longer?"),
    ],
)
def test_how_long_or_far_asks_no_price(language: str, text: str) -> None:
    assert understand(text, language=language).intent is Intent.OTHER


@pytest.mark.parametrize(("language", "text"), [("hi", "कितने का है?"), ("ta", "இது எவ்வளவு?")])
def test_how_much_still_asks_the_price(language: str, text: str) -> None:
    assert understand(text, language=language).intent is Intent.QUESTION


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("te", "repu ichestanu andi, sure"),
        ("en", "I'll drop it at your place tonight, sure"),
        ("pa", "shaam nu pahuncha dawanga ji, sure"),
    ],
)
def test_a_promise_with_sure_is_no_accept(language: str, text: str) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is not Intent.ACCEPT, understood


def test_sure_done_i_take_it_accepts() -> None:
    understood = understand("sure, done, le lunga", language="hi", has_outstanding_offer=True)
    assert understood.intent is Intent.ACCEPT, understood


def test_an_egg_comes_for_a_dotted_price() -> None:
    understood = understand("గుడ్డు 5.50 కి వస్తుంది", language="te", reference_paise=500)
    assert understood.amount_paise == 550, understood


def test_a_bus_comes_at_a_clock_time() -> None:
    understood = understand("బస్సు 5.50 కి వస్తుంది", language="te", reference_paise=500)
    assert understood.amount_paise is None, understood


def test_an_unknown_subject_coming_at_a_dotted_number_is_asked() -> None:
    understood = understand("వాడు 5.50 కి వస్తాడు", language="te")
    assert understood.amount_paise is None or understood.confidence < MIN_CONFIDENCE


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hi", "अस्सी मालाएँ चाहिए, एक का पंद्रह दोगे?"),
        ("ta", "நூறு மாலை வேணும், ஒண்ணு பதினஞ்சுக்கு தருவீங்களா?"),
        ("kn", "ಎಂಬತ್ತು ಹಾರ ಬೇಕು, ಒಂದಕ್ಕೆ ಹದಿನೈದು ಕೊಡ್ತೀರಾ?"),
    ],
)
def test_a_count_needed_before_a_price_of_one_is_kept(language: str, text: str) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.amount_paise == 1500, understood
    assert understood.per_unit is True and understood.unit == "piece"
    assert understood.quantity in (80, 100)


def test_evening_before_an_hour_is_no_count() -> None:
    understood = understand("மாலை ஆறு மணிக்கு வாங்க", language="ta")
    assert understood.amount_paise is None and understood.quantity is None
