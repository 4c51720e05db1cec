"""Marathi numbers typed in Latin letters read as their Devanagari forms do: the
Devanagari tables are checked against independent spellers (`test_number_oracles`), so
each romanized form is checked against the native form of the same words, never against
a value written by hand. The endings typed on them ("teenshela", "dedhsheche",
"adichshemadhe") are the native endings ("तीनशेला", "दीडशेचे", "अडीचशेमध्ये")."""

from __future__ import annotations

import pytest

from audio.lexicon import tokenize
from audio.numbers import find_numbers, number_table


def _values(text: str) -> list[float]:
    words = [t.norm for t in tokenize(text)]
    return [s.value for s in find_numbers(words, number_table("mr"))]


@pytest.mark.parametrize(
    ("romanized", "native"),
    [
        ("teenshe", "तीनशे"), ("paachshe", "पाचशे"), ("sadeteenshe", "साडेतीनशे"),
        ("dedhshe", "दीडशे"), ("adichshe", "अडीचशे"), ("pannas", "पन्नास"),
        ("pastis", "पस्तीस"), ("chaarshe", "चारशे"), ("sahashe", "सहाशे"),
        ("navshe", "नऊशे"), ("sadechaarshe", "साडेचारशे"), ("paunetinshe", "पावणेतीनशे"),
        ("savvatinshe", "सव्वातीनशे"), ("teenshe pannas", "तीनशे पन्नास"),
        ("dedh hajar", "दीड हजार"), ("teenshela", "तीनशेला"), ("pannasla", "पन्नासला"),
        ("teenshecha", "तीनशेचा"), ("dedhsheche", "दीडशेचे"), ("adichshemadhe", "अडीचशेमध्ये"),
    ],
)  # fmt: skip
def test_romanized_marathi_reads_as_native(romanized: str, native: str) -> None:
    assert _values(native), native
    assert _values(romanized) == _values(native)
