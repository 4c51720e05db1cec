"""The cues of every market act heard in a line: each act's cues (the speaker's language's
and English) indexed by their first folded word, and the hits they make in a line of
words, a cue inside a longer cue of another act (or a filler) yielding to it."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from audio.market.inventory import ACTS, FILLER, LANGUAGES
from audio.market.phrases import end_at, form
from audio.market.table_social import FILLERS
from audio.market.table_told import MORE_FILLERS


@dataclass(frozen=True, slots=True)
class _Cue:
    act: str
    words: tuple[tuple[str, bool], ...]
    """(folded word, matches as a stem)."""
    framed: bool = False
    """Heard only in its act's market frame (`audio.market.frames`)."""
    english: bool = False
    """An English cue heard in another language's line."""


@dataclass(frozen=True, slots=True)
class Hit:
    act: str
    start: int
    end: int
    """Token span [start, end)."""
    framed: bool = False
    english: bool = False
    size: int = 0
    """Letters of the cue's words: of two cues on the same words the longer says more."""


@dataclass(frozen=True, slots=True)
class _Index:
    exact: dict[str, tuple[_Cue, ...]]
    """Cues by their first word, matched as written."""
    stems: dict[str, tuple[_Cue, ...]]
    """Cues by their first word, matched as the start of a word."""
    roman: frozenset[str]
    """The Latin-script words of the language's own cues ("sandhyakali", "kiti")."""


@lru_cache(maxsize=len(LANGUAGES))
def cues_for(language: str) -> _Index:
    """Every act's cues heard in `language` (its own and English), folded and indexed by
    their first word."""
    if language not in LANGUAGES:
        raise ValueError(f"no market acts for language {language!r}")
    sources = (language,) if language == "en" else (language, "en")
    exact: dict[str, list[_Cue]] = {}
    stems: dict[str, list[_Cue]] = {}
    phrases = [(e.id, p, lang) for e in ACTS.values() for lang in sources for p in e.cues[lang]]
    phrases += [
        (FILLER, p, lang)
        for lang in sources
        for p in (*FILLERS.get(lang, ()), *MORE_FILLERS.get(lang, ()))
    ]
    roman: set[str] = set()
    for act_id, phrase, lang in phrases:
        english = lang == "en" and language != "en"
        cue = _Cue(act_id, form(phrase.lstrip("~")), phrase.startswith("~"), english)
        if not english:
            roman.update(w for w, _ in cue.words if w.isascii() and w.isalpha())
        first, stem = cue.words[0]
        (stems if stem else exact).setdefault(first, []).append(cue)
    return _Index(
        {w: tuple(c) for w, c in exact.items()},
        {w: tuple(c) for w, c in stems.items()},
        frozenset(roman - _english_words()),
    )


@lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    return frozenset(w for e in ACTS.values() for p in e.cues["en"] for w, _ in form(p.lstrip("~")))


def cue_hits(words: list[str], language: str) -> list[Hit]:
    index = cues_for(language)
    hits: list[Hit] = []
    for i, word in enumerate(words):
        candidates = list(index.exact.get(word, ()))
        for cut in range(len(word), 0, -1):
            candidates.extend(index.stems.get(word[:cut], ()))
        for c in candidates:
            end = end_at(c.words, words, i)
            if end is not None:
                size = sum(len(w) for w, _ in c.words)
                hits.append(Hit(c.act, i, end, c.framed, c.english, size))
    # A line in romanized Marathi or Hindi reads its words in that language: "vada pav
    # sample" is sold out (संपले), no English sample to taste.
    if any(w in index.roman for w in words):
        hits = [
            h
            for h in hits
            if not h.english
            or not any(
                o.start == h.start and o.end == h.end and not o.english and o.act != FILLER
                for o in hits
            )
        ]
    # A cue inside a longer cue of another act (or a filler, as long or longer: "ঠিক
    # আছে" is "ok", no "আছে?"; "मिठाई" is sweets, no claim) yields to it, and so does a
    # stem on the same words as another act's longer one ("கவர் குடு", give a cover, in
    # "கவர் குடுக்காதீங்க", don't give one); fillers themselves say nothing.
    return [
        h
        for h in hits
        if h.act != FILLER
        and not any(
            o.act != h.act
            and o.start <= h.start
            and h.end <= o.end
            and (
                (o.end - o.start) > (h.end - h.start)
                or (o.act == FILLER and (o.start, o.end) == (h.start, h.end))
                or ((o.start, o.end) == (h.start, h.end) and o.size > h.size and not o.english)
            )
            for o in hits
        )
    ]
