"""The per-language part of `benchmarks/engines.py` (`benchmarks/speech/`): its scoring and its
sentences.

No model runs here: the scoring is fed understandings and rows written by hand.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

import numpy as np
import pytest

from audio.languages.base import UNIT_NAMES
from audio.providers.whisper_readings import DOMAIN_PROMPTS
from audio.understanding import Intent, Understanding
from benchmarks.engines_data import MARKET, MARKET_QUICK, PriceSentence
from benchmarks.speech.corpus import Utterance
from benchmarks.speech.languages import (
    LANGUAGES,
    STT_MIN_CONFIDENCE,
    Outcome,
    judge_transcript,
    market_sentences,
    parse_languages,
    price_outcome,
    recorded_by_live_path,
    summarize_languages,
)
from benchmarks.speech.text import char_edits

SCRIPTS = {
    "hi": "DEVANAGARI",
    "mr": "DEVANAGARI",
    "bn": "BENGALI",
    "pa": "GURMUKHI",
    "gu": "GUJARATI",
    "ta": "TAMIL",
    "te": "TELUGU",
    "kn": "KANNADA",
    "ml": "MALAYALAM",
}


def understood(
    intent: Intent, amount: int | None, confidence: float, language: str = "en"
) -> Understanding:
    return Understanding(
        intent=intent,
        amount_paise=amount,
        per_unit=None,
        quantity=None,
        unit=None,
        product=None,
        confidence=confidence,
        mentions=(),
        language=language,
    )


# --- scoring ----------------------------------------------------------------------------


def test_an_outcome_is_exact_asked_missed_or_wrong() -> None:
    assert price_outcome(4500, 4500, recorded=True) is Outcome.EXACT
    assert price_outcome(4500, 5400, recorded=True) is Outcome.WRONG
    assert price_outcome(4500, 5400, recorded=False) is Outcome.ASKED
    assert price_outcome(4500, 4500, recorded=False) is Outcome.ASKED
    assert price_outcome(4500, None, recorded=False) is Outcome.MISSED


def test_a_sure_offer_is_recorded_as_the_live_path_records_it() -> None:
    assert recorded_by_live_path(understood(Intent.OFFER, 6000, 0.95), 0.8)
    assert recorded_by_live_path(understood(Intent.COUNTER, 6000, 0.95), STT_MIN_CONFIDENCE)


@pytest.mark.parametrize(
    ("understanding", "stt_confidence"),
    [
        (understood(Intent.OFFER, 6000, 0.5), 0.9),  # below the recording confidence
        (understood(Intent.OFFER, 6000, 0.95), 0.34),  # the recogniser was unsure
        (understood(Intent.QUESTION, 6000, 0.95), 0.9),  # relayed, never recorded
        (understood(Intent.OTHER, 6000, 0.95), 0.9),  # not a move
        (understood(Intent.OFFER, None, 0.95), 0.9),  # no price
    ],
)
def test_what_the_live_path_does_not_record(
    understanding: Understanding, stt_confidence: float
) -> None:
    assert not recorded_by_live_path(understanding, stt_confidence)


def test_char_edits_count_code_points_with_spaces() -> None:
    assert char_edits(["ab", "c"], ["ab", "c"]) == (0, 4)
    assert char_edits(["ab", "c"], ["abc"]) == (1, 4)
    assert char_edits(["ab"], []) == (2, 2)


def test_languages_option() -> None:
    assert parse_languages("all") == LANGUAGES
    assert parse_languages("none") == ()
    assert parse_languages("") == ()
    assert parse_languages("ta, HI") == ("hi", "ta")  # the table's order
    with pytest.raises(SystemExit, match="xx"):
        parse_languages("hi,xx")


def test_quick_takes_the_first_lines_of_each_language() -> None:
    quick = market_sentences(("en", "ta"), quick=True)
    assert quick == [*MARKET["en"][:MARKET_QUICK], *MARKET["ta"][:MARKET_QUICK]]
    assert len(market_sentences(("en",), quick=False)) == len(MARKET["en"])


def _utterance(sentence: PriceSentence) -> Utterance:
    return Utterance(sentence, np.zeros(16000, dtype=np.float32), 1.0, 1)


def test_a_transcript_is_judged_and_summarized_per_language() -> None:
    said = PriceSentence("en-x01", "en", "Beans are sixty rupees a kilo.", 6000, True, "kg")
    other = PriceSentence("en-x02", "en", "Give me two kilos for ninety.", 9000, False, "kg")
    rows = [
        judge_transcript("tiny.en t2", _utterance(said), "Beans are 60 rupees a kilo.", 0.9, 0.1),
        judge_transcript("tiny.en t2", _utterance(other), "", 0.0, 0.2),
        judge_transcript("double", _utterance(said), said.text, 1.0, 0.05, scored=False),
    ]
    assert rows[0]["word_edits"] == 0  # "sixty" and "60" are the same word after normalizing
    assert rows[1]["outcome"] == Outcome.MISSED
    assert rows[2]["word_edits"] is None
    references: dict[str, dict[str, Any]] = {"en": {"parse": 2, "broken": []}}
    summary = {s["config"]: s for s in summarize_languages(rows, references)}
    tiny = summary["tiny.en t2"]
    assert (tiny["n"], tiny["exact"], tiny["missed"], tiny["wrong"]) == (2, 1, 1, 0)
    assert tiny["wer"] == pytest.approx(6 / 12)  # the empty transcript drops 6 words
    assert summary["double"]["wer"] is None


def test_a_wrong_price_is_spelled_out() -> None:
    said = PriceSentence("en-x03", "en", "Milk is fifty eight rupees a litre.", 5800, True, "litre")
    row = judge_transcript("base t2", _utterance(said), "Milk is 68 rupees a litre.", 0.9, 0.3)
    assert row["outcome"] == Outcome.WRONG
    (summary,) = summarize_languages([row], {})
    assert summary["wrong_cases"] == [
        {
            "id": "en-x03",
            "said": said.text,
            "heard": "Milk is 68 rupees a litre.",
            "expected_paise": 5800,
            "recorded_paise": 6800,
        }
    ]


# --- the market lines -------------------------------------------------------------------


def test_every_language_has_eight_to_ten_lines_with_their_reading() -> None:
    assert tuple(MARKET) == LANGUAGES
    ids = [s.id for lines in MARKET.values() for s in lines]
    assert len(ids) == len(set(ids))
    for language, lines in MARKET.items():
        assert 8 <= len(lines) <= 10, language
        for s in lines:
            assert s.language == language
            assert s.amount_paise > 0
            assert s.amount_paise % 100 == 0  # said in whole rupees
            assert s.unit is None or s.unit in UNIT_NAMES
            assert s.product and s.product.lower() in s.text.lower()


@pytest.mark.parametrize("language", [code for code in LANGUAGES if code != "en"])
def test_lines_are_written_in_their_languages_script(language: str) -> None:
    for s in MARKET[language]:
        letters = [c for c in s.text if unicodedata.category(c)[0] in "LM"]
        scripts = {unicodedata.name(c).split()[0] for c in letters}
        assert scripts == {SCRIPTS[language]}, s.id
        assert not re.search(r"[0-9]", s.text), s.id  # amounts are said in words


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_line_says_the_recognisers_prompt_back(language: str) -> None:
    """A phrase of the Whisper prompt said back proves nothing about hearing it; the
    prompt's single words (the unit and the currency) are in every price line."""
    prompt = unicodedata.normalize("NFC", DOMAIN_PROMPTS[language]).lower()
    phrases = [p.strip(" .।") for p in re.split(r"[:,]", prompt)]
    phrases = [p for p in phrases if len(p.split()) > 1]
    assert phrases, language  # at least the frame ("market bargaining")
    for s in MARKET[language]:
        text = unicodedata.normalize("NFC", s.text).lower()
        for phrase in phrases:
            assert phrase not in text, (s.id, phrase)


def test_no_line_has_the_price_the_ulca_double_answers_unasked() -> None:
    """The double answers "tomatoes, 40 a kilo" to audio nobody registered: no line's
    price is 40, so that answer would show as a wrong price, not pass as right."""
    assert all(s.amount_paise != 4000 for lines in MARKET.values() for s in lines)
