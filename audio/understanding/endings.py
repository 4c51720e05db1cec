"""Case endings in a reading: a currency word that carries one ("ரூபாய்க்கு", "টাকায়":
for so many rupees) and a number whose "for"/"at" ending makes it the price of the unit
after it ("ચાલીસનો કિલો"). Used by pass 3 (`audio.understanding.amounts`)."""

from __future__ import annotations

from functools import lru_cache

from audio.languages import spec
from audio.lexicon import fold, lexicon_for
from audio.numbers import NumberSpan
from audio.understanding.reading import _Reading

_CURRENCY_GENITIVES = frozenset(fold(w) for w in ("টাকার", "takar"))
"""A currency word in the genitive, which a comparative after it takes as "than"."""


def _currency_in_case(reading: _Reading, k: int) -> bool:
    """The currency word at `k` carries a case ending: not a currency word as listed
    ("ரூபா" ends like "-ா" but is the word itself; "ரூபாய்க்கு" carries "-க்கு")."""
    listed = lexicon_for(reading.language).by_first_word.get(reading.words[k], ())
    return not any(len(p.words) == 1 for p in listed) and _ends_in_case(reading, k)


def _ends_in_case(reading: _Reading, k: int) -> bool:
    """The currency word at `k` carries a case ending ("ரூபாய்க்கு", "টাকায়": for so
    many rupees), so a bare number right after it counts the goods: "நூறு ரூபாய்க்கு
    நாலு", four for a hundred."""
    word = reading.words[k]
    return any(len(word) > len(s) + 1 and word.endswith(s) for s in reading.suffixes)


@lru_cache(maxsize=16)
def _price_endings(language: str) -> frozenset[str]:
    try:
        found = spec(language).price_endings
    except KeyError:
        return frozenset()
    return frozenset(fold(e) for e in found)


def _priced_by_ending(reading: _Reading, span: NumberSpan) -> bool:
    """The number carries a "for"/"at" ending, so the unit word after it is what it
    prices: "ચાલીસનો કિલો", "நாப்பதுக்கு கிலோ" (a kilo for forty), not forty kilos."""
    return bool(span.suffix) and span.suffix in _price_endings(reading.language)


_CLASSIFIERS = frozenset(fold(w) for w in ("টো", "টা", "টি", "টে", "খানা", "খানি", "to", "ta", "te"))
"""Bengali's classifiers on a number: "দুটো" two (pieces), "তিনটে", "চারটি", "একখানা";
"দশটা টাকা" a count of rupees. A classifier is no case ending."""
