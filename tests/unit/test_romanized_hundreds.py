"""Hundreds typed in the Latin script as they are said read as the native word does, and
as an independent speller (indic-numtowords) writes the number: Bengali "barosho"
(বারোশো, 1200), "dedsho" (দেড়শো, 150); Marathi "barashe" (बाराशे, 1200) and the spoken
"-शं" forms, "donsha" (दोनशं, 200), "didsha" (दीडशं, 150)."""

from __future__ import annotations

import pytest

from audio.lexicon import tokenize
from audio.numbers import number_table, read_number

PAIRS: dict[str, list[tuple[str, str, int]]] = {
    "bn": [
        ("dusho", "দুশো", 200),
        ("tinsho", "তিনশো", 300),
        ("charsho", "চারশো", 400),
        ("panchsho", "পাঁচশো", 500),
        ("dedsho", "দেড়শো", 150),
        ("araisho", "আড়াইশো", 250),
        ("barosho", "বারোশো", 1200),
        ("ponerosho", "পনেরোশো", 1500),
        ("terosho", "তেরোশো", 1300),
    ],
    "mr": [
        ("teenshe", "तीनशे", 300),
        ("didshe", "दीडशे", 150),
        ("adichshe", "अडीचशे", 250),
        ("barashe", "बाराशे", 1200),
        ("donsha", "दोनशं", 200),
        ("didsha", "दीडशं", 150),
        ("pachsha", "पाचशं", 500),
        ("barasha", "बाराशं", 1200),
    ],
}
CASES = [(lang, *pair) for lang, pairs in PAIRS.items() for pair in pairs]


def _read(text: str, language: str) -> float | None:
    words = [t.norm for t in tokenize(text)]
    span = read_number(words, 0, number_table(language))
    return span.value if span is not None and span.end == len(words) else None


@pytest.mark.parametrize(("language", "typed", "native", "value"), CASES)
def test_typed_hundred_reads_as_the_native_word(
    language: str, typed: str, native: str, value: int
) -> None:
    assert _read(native, language) == value
    assert _read(typed, language) == value


@pytest.mark.parametrize(("language", "typed", "native", "value"), CASES)
def test_typed_hundred_matches_an_independent_speller(
    language: str, typed: str, native: str, value: int
) -> None:
    spell = pytest.importorskip("indic_numtowords").num2words
    assert _read(str(spell(value, lang=language)), language) == _read(typed, language)


def test_a_lone_she_or_sha_is_no_hundred() -> None:
    assert _read("she", "mr") is None
    assert _read("sha", "mr") is None
