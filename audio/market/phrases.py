"""How the market tables write a phrase, and where one stands in a line of folded words.

A phrase is words apart by spaces; `word*` matches as the start of a word, `word=` only as
written, and a bare Indic word of three letters or more as a stem (case endings follow it).
The cue table (`recognise`), the frames (`frames`) and the said-of nouns (`said_of`) all
write phrases this way."""

from __future__ import annotations

from audio.lexicon import fold, is_indic

STEM_MIN = 3
"""An Indic word this long or longer matches as a stem unless marked `=`."""

Form = tuple[tuple[str, bool], ...]
"""A phrase as (folded word, matches as a stem) per word."""


def form(phrase: str) -> Form:
    words: list[tuple[str, bool]] = []
    for word in phrase.split():
        stem, exact = word.endswith("*"), word.endswith("=")
        folded = fold(word.rstrip("*="))
        words.append((folded, stem or (not exact and is_indic(folded) and len(folded) >= STEM_MIN)))
    return tuple(words)


def forms(phrases: str) -> tuple[Form, ...]:
    """The phrases of a `;`-separated list, each as a `Form`."""
    return tuple(form(p) for p in (p.strip() for p in phrases.split(";")) if p)


def at(phrase: Form, words: list[str], i: int) -> bool:
    """Whether `phrase` stands in `words` from index `i`."""
    got = words[i : i + len(phrase)]
    return len(got) == len(phrase) and all(
        g == w or (stem and g.startswith(w)) for (w, stem), g in zip(phrase, got, strict=True)
    )
