"""How the market tables write a phrase, and where one stands in a line of folded words.

A phrase is words apart by spaces; `word*` matches as the start of a word, `word=` only as
written, and a bare Indic word of three letters or more as a stem (case endings follow it).
The cue table (`recognise`), the frames (`frames`) and the said-of nouns (`said_of`) all
write phrases this way.

`…` stands for up to `GAP_MAX` words of any kind: "सारे … ले लूं" is "if I take all
the …", whatever the goods are called."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from audio.lexicon import fold, is_indic

STEM_MIN = 3
"""An Indic word this long or longer matches as a stem unless marked `=`."""

Form = tuple[tuple[str, bool], ...]
"""A phrase as (folded word, matches as a stem) per word."""

GAP = "…"
GAP_MAX = 2
"""Words a `…` in a phrase may stand for."""


def form(phrase: str) -> Form:
    words: list[tuple[str, bool]] = []
    for word in phrase.split():
        if word == GAP:
            words.append((GAP, False))
            continue
        stem, exact = word.endswith("*"), word.endswith("=")
        folded = fold(word.rstrip("*="))
        words.append((folded, stem or (not exact and is_indic(folded) and len(folded) >= STEM_MIN)))
    return tuple(words)


def forms(phrases: str) -> tuple[Form, ...]:
    """The phrases of a `;`-separated list, each as a `Form`."""
    return tuple(form(p) for p in (p.strip() for p in phrases.split(";")) if p)


_Tables = tuple[Mapping[str, str], ...]
_READ: dict[tuple[str, tuple[int, ...]], tuple[_Tables, tuple[Form, ...]]] = {}
"""`forms_in`'s answers by language and tables, each kept with the tables it was read from
(so that no other table can take a kept one's identity)."""


def forms_in(language: str, *tables: Mapping[str, str]) -> tuple[Form, ...]:
    """The phrases each of `tables` (a language → `;`-separated list) holds for
    `language` and for English, which is mixed into every language's speech.

    Read once per language and tables: the tables are constants of their modules, so a
    caller needs no cache of its own."""
    key = (language, tuple(id(t) for t in tables))
    read = _READ.get(key)
    if read is None:
        joined = "; ".join(t.get(lang, "") for t in tables for lang in {language, "en"})
        read = _READ[key] = (tables, forms(joined))
    return read[1]


def at(phrase: Form, words: list[str], i: int) -> bool:
    """Whether `phrase` stands in `words` from index `i`."""
    return end_at(phrase, words, i) is not None


def first_span(phrases: Iterable[Form], words: list[str], lo: int = 0) -> tuple[int, int] | None:
    """The first place from `lo` where one of `phrases` stands: its [start, end) span
    (at each start, the first of `phrases` that stands there), or None."""
    phrases = tuple(phrases)
    for i in range(lo, len(words)):
        for phrase in phrases:
            end = end_at(phrase, words, i)
            if end is not None:
                return i, end
    return None


def ends_within(phrases: Iterable[Form], words: list[str], lo: int, hi: int) -> list[int]:
    """Where one of `phrases` said within `words[lo:hi]` ends, one end for each start (the
    first of `phrases` that stands there and ends by `hi`)."""
    phrases = tuple(phrases)
    out = []
    for i in range(lo, hi):
        for phrase in phrases:
            end = end_at(phrase, words, i)
            if end is not None and end <= hi:
                out.append(end)
                break
    return out


def end_at(phrase: Form, words: list[str], i: int) -> int | None:
    """Where `phrase` ends in `words` when it stands there from index `i` (the shortest
    reading of its gaps), or None."""
    if not phrase:
        return i
    (want, stem), rest = phrase[0], phrase[1:]
    if want == GAP:
        for skip in range(1, GAP_MAX + 1):
            if i + skip > len(words):
                break
            end = end_at(rest, words, i + skip)
            if end is not None:
                return end
        return None
    if i >= len(words):
        return None
    got = words[i]
    if got != want and not (stem and got.startswith(want)):
        return None
    return end_at(rest, words, i + 1)
