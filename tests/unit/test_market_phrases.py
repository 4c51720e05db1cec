"""How a table phrase stands in a line: stems, exact words, and `…` gaps."""

from __future__ import annotations

from audio.lexicon import fold
from audio.market.phrases import GAP_MAX, at, end_at, form


def _words(line: str) -> list[str]:
    return [fold(w) for w in line.split()]


def test_a_gap_stands_for_one_to_gap_max_words_of_any_kind() -> None:
    phrase = form("सारे … ले लूं")
    assert end_at(phrase, _words("सारे आम ले लूं तो"), 0) == 4
    assert end_at(phrase, _words("सारे पके आम ले लूं"), 0) == 5
    too_far = _words("सारे " + "x " * (GAP_MAX + 1) + "ले लूं")
    assert end_at(phrase, too_far, 0) is None
    assert not at(phrase, _words("सारे ले लूं"), 0)  # a gap is at least one word


def test_the_shortest_reading_of_a_gap_is_taken() -> None:
    assert end_at(form("take all the …"), _words("take all the kites the"), 0) == 4


def test_stems_and_exact_words_still_match_as_before() -> None:
    assert at(form("எடுத்தா"), _words("எடுத்தால்"), 0)  # an Indic stem takes its ending
    assert not at(form("kilo="), _words("kilos"), 0)
    assert at(form("edutha*"), _words("eduthaa"), 0)
