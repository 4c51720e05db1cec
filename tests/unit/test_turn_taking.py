"""When a short pause may end a turn: the words so far must already make a whole move or a
finished sentence."""

from __future__ import annotations

import pytest

from server.live.turns.rules import TurnTaking, completes_turn, ends_sentence, turn_ends


@pytest.mark.parametrize(
    "text",
    [
        "Thirty six rupees.",
        "I can give thirty two.",
        "Brother, I will give thirty rupees a kilo.",
        "Tomatoes, how much for one kilo?",
        "टमाटर चालीस रुपये किलो",
    ],
)
def test_a_price_or_a_question_is_a_whole_move(text: str) -> None:
    language = "hi" if text.startswith("ट") else "en"
    assert completes_turn(text, language=language)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Tomatoes,",
        "Brother.",
        "For you,",
        "These are fresh today.",
        "Okay.",  # "Okay, forty." is common: a bare okay waits for the full silence
        "No.",
        "Forty rupees a kilo and",  # more is coming
        "Thirty rupees for",
        "how much for one kilo",  # a question, but not said as one yet
        "Thirty five rupees a kilo,",  # the recogniser heard the sentence go on
        "Last offer, forty rupees —",
    ],
)
def test_an_opening_or_an_unfinished_sentence_waits(text: str) -> None:
    assert not completes_turn(text, language="en")


def test_the_awaited_yes_is_a_whole_move() -> None:
    assert completes_turn("Yes.", language="en", awaiting_yes=True)
    assert completes_turn("हाँ", language="hi", awaiting_yes=True)
    assert not completes_turn("Yes.", language="en")


@pytest.mark.parametrize(("confidence", "confirms"), [(0.9, True), (0.6, True), (0.59, False)])
def test_only_an_accept_understood_at_recording_confidence_confirms(
    monkeypatch: pytest.MonkeyPatch, confidence: float, confirms: bool
) -> None:
    """A pending spoken accept or refusal is confirmed by a yes; a sentence that is an accept
    only doubtfully (below the recording confidence) confirms nothing."""
    from audio.understanding import Intent, Understanding
    from server.live.turns import rules

    def doubtful(text: str, *, language: str) -> Understanding:
        return Understanding(
            intent=Intent.ACCEPT,
            amount_paise=None,
            per_unit=None,
            quantity=None,
            unit=None,
            product=None,
            confidence=confidence,
            mentions=(),
            language=language,
        )

    monkeypatch.setattr(rules, "understand", doubtful)
    assert rules.is_confirmation("well that will do for the lot then", "en") is confirms


@pytest.mark.parametrize(
    "text",
    [
        "These are fresh today.",
        "Good evening, uncle.",
        "Do you have any green chillies?",
        "My brother sells onions too!",
        "ये बहुत अच्छे हैं।",
    ],
)
def test_a_finished_sentence_of_any_kind_may_end_the_turn(text: str) -> None:
    assert ends_sentence(text)
    language = "hi" if text.startswith("ये") else "en"
    assert turn_ends(text, language=language) in ("sentence", "complete")


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Brother.",  # an opening as often as a turn
        "Okay, fine.",
        "Actually,",
        "Take these home",  # the recogniser did not close it
        "I was going to say and.",
        "Give me two kilos of.",
        "The onions are, um.",
        "Let me think...",
        "Well, I don't know…",
    ],
)
def test_an_opening_or_an_open_sentence_is_no_finished_sentence(text: str) -> None:
    assert not ends_sentence(text)
    assert turn_ends(text, language="en") is None


def test_a_move_ends_the_turn_as_complete_before_it_counts_as_a_sentence() -> None:
    assert turn_ends("I can give thirty two.", language="en") == "complete"
    assert turn_ends("These are fresh today.", language="en") == "sentence"


def test_a_fast_end_outlasts_a_comma_pause_on_each_leg() -> None:
    """`benchmarks/turn_latency.py`'s 350 ms comma pauses last 320–416 ms of VAD silence on
    the browser leg and up to 576 ms (608 at one offset of eight) on the phone leg: the
    short silence after a whole move must be longer on the browser leg, and the phone leg
    has none (its own full hangover, longer than any of them)."""
    from server.settings import Settings

    taking = TurnTaking()
    browser = taking.fast_end_ms(phone=False)
    assert browser is not None and browser > 416
    assert taking.fast_end_ms(phone=True) is None
    fields = Settings.model_fields
    assert fields["vad_complete_hangover_ms"].default == browser
    assert fields["vad_complete_hangover_phone_ms"].default == 0
    assert fields["vad_hangover_phone_ms"].default > 608
