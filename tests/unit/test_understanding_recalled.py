"""Prices recalled from before, closing remarks and code-mixed hundreds: what the corpus
lines of these classes rest on, pinned one rule at a time."""

from __future__ import annotations

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import Intent, Understanding, understand


def _reply(text: str, language: str, reference: int | None = None) -> Understanding:
    return understand(
        text, language=language, has_outstanding_offer=True, reference_paise=reference
    )


def test_a_recalled_price_and_a_why_record_no_price() -> None:
    for language, text in (
        ("en", "Yesterday it was fifty, why sixty today?"),
        ("hi", "kal 40 tha aaj 50 kyun"),  # no punctuation: "today" starts the clause
        ("bn", "কাল তো চল্লিশ ছিল, আজ পঞ্চাশ কেন?"),
    ):
        got = _reply(text, language)
        assert (got.intent, got.amount_paise) == (Intent.QUESTION, None), text


def test_a_recalled_price_gives_way_to_the_price_now() -> None:
    got = _reply("I told you 70 before, for you 65.", "en")
    assert (got.intent, got.amount_paise) == (Intent.COUNTER, 6500)
    assert got.confidence >= MIN_CONFIDENCE


def test_without_a_word_of_the_past_a_why_keeps_its_price() -> None:
    got = _reply("why sixty? make it fifty", "en")
    assert got.amount_paise == 5000


def test_no_problem_agrees_and_nothing_else_closes() -> None:
    assert _reply("yes yes, no problem, take it", "en").intent is Intent.ACCEPT
    assert _reply("bas itna hi, aur kuch nahi chahiye", "hi").intent is Intent.OTHER
    assert _reply("no, too costly", "en").intent is Intent.REJECT  # a plain "no" still refuses


def test_the_price_on_the_table_named_back_is_accepted_only_against_it() -> None:
    assert _reply("For you sixty-five, take it.", "en", 6500).intent is Intent.ACCEPT
    assert _reply("For you sixty-five, take it.", "en").intent is Intent.COUNTER
    assert _reply("For you sixty, take it.", "en", 6500).intent is Intent.COUNTER


def test_a_remark_on_why_things_are_dear_keeps_the_offer() -> None:
    got = understand("Rs 42.50 a kilo, onions are dear after the rain, costly", language="en")
    assert (got.intent, got.amount_paise) == (Intent.OFFER, 4250)
    assert _reply("80 a kilo, sir that is too costly", "en").intent is Intent.REJECT


def test_code_mixed_hundreds_and_a_verb_that_looks_like_two() -> None:
    got = _reply("ரெண்டு fifty last", "ta")
    assert (got.amount_paise, got.final) == (25000, True)
    assert _reply("do fifty final", "hi").amount_paise == 25000
    assert _reply("de do fifty", "hi").amount_paise == 5000  # "give fifty"
    assert _reply("can't do thirty-two, thirty", "en").amount_paise == 3000


def test_sare_before_a_telugu_tens_is_asked_unless_it_echoes_the_table() -> None:
    assert _reply("sare nalabhai", "te").confidence < MIN_CONFIDENCE
    got = _reply("sare nalabhai", "te", 4000)
    assert (got.intent, got.amount_paise) == (Intent.ACCEPT, 4000)
    assert got.confidence >= MIN_CONFIDENCE
