"""A vendor's products, matched in a transcript by a sound-alike key across scripts."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from audio.lexicon import Token, TokenKind, tokenize


@dataclass(frozen=True, slots=True)
class CatalogueItem:
    key: str
    names: dict[str, str]
    """Name per language code; several spellings may be given separated by commas."""


_SCRIPTS = (
    ("\u0900", "\u097f", "devanagari"), ("\u0980", "\u09ff", "bengali"),
    ("\u0a00", "\u0a7f", "gurmukhi"), ("\u0a80", "\u0aff", "gujarati"),
    ("\u0b00", "\u0b7f", "oriya"), ("\u0b80", "\u0bff", "tamil"),
    ("\u0c00", "\u0c7f", "telugu"), ("\u0c80", "\u0cff", "kannada"),
    ("\u0d00", "\u0d7f", "malayalam"),
)  # fmt: skip
_ASPIRATE = re.compile(r"([bcdfgjklmnpqrstvxz])h")
_VOICING = str.maketrans("gdbjzfwq", "ktpccpvk")
_REPEATS = re.compile(r"(.)\1+")


@lru_cache(maxsize=8192)
def sound_key(word: str) -> str:
    """A rough sound-alike key across scripts: "टमाटर", "tamaatar" and "tamatar" all give
    "tamatar"; Tamil "தக்காளி" and "thakkali" both give "takali"."""
    word_raw = word
    script = next((name for lo, hi, name in _SCRIPTS if any(lo <= c <= hi for c in word)), None)
    if script is not None:
        from indic_transliteration import sanscript  # imported on first Indic name only

        word = sanscript.transliterate(word, script, sanscript.IAST)
        word = word.replace("ṃ", "n").replace("m̐", "n")
    ascii_word = unicodedata.normalize("NFKD", word.lower()).encode("ascii", "ignore").decode()
    key = re.sub(r"[^a-z]", "", ascii_word).replace("ee", "i").replace("oo", "u")
    # Aspiration and voicing are what romanizations and Tamil script disagree on most.
    key = _ASPIRATE.sub(r"\1", key).translate(_VOICING).replace("x", "ks")
    key = _REPEATS.sub(r"\1", key)
    # A final "a" is the silent inherent vowel of Indic script ("टमाटर" is "tamatar"), or
    # the "-a" that Hindi romanizations add or drop ("kela" / "kele").
    ends_in_consonant = script is not None and unicodedata.category(word_raw[-1]) == "Lo"
    if key.endswith("a") and (len(key) > 3 or ends_in_consonant):
        return key[:-1]
    return key


def _singulars(word: str) -> tuple[str, ...]:
    """English plural guesses for a Latin word ("tomatoes" → "tomato"), word first."""
    if not word.isascii() or len(word) < 4:
        return (word,)
    forms = [word]
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    if word.endswith("es"):
        forms.append(word[:-2])
    if word.endswith("s"):
        forms.append(word[:-1])
    return tuple(forms)


def _edit_distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def _allowed_distance(key: str) -> int:
    # Short keys match only exactly: at three letters one edit reaches everyday words.
    return 0 if len(key) < 4 else 1 if len(key) < 8 else 2


def _deletions(key: str) -> set[str]:
    return {key} | {key[:i] + key[i + 1 :] for i in range(len(key))}


@dataclass(slots=True)
class _Index:
    exact: dict[str, int] = field(default_factory=dict)
    # Two-letter keys ("ek" from "egg", "am" from "आम") would catch everyday words, so
    # those names match only as written: "eggs" and "आम" do, Hindi "ek" does not.
    as_written: dict[str, int] = field(default_factory=dict)
    near: dict[str, set[str]] = field(default_factory=dict)
    """Each exact key's one-letter deletions, so near spellings are found by lookup."""


class Catalogue:
    """A vendor's products, indexed by sound key so matching a transcript is cheap.

    Names are matched only in the languages a speaker may use (their own, English and
    Hindi), so Hindi "kal" (tomorrow) does not find Bengali "কলা" (banana)."""

    def __init__(self, items: Sequence[CatalogueItem]) -> None:
        self.items: tuple[CatalogueItem, ...] = tuple(items)
        self.max_words = 1
        self._names: list[tuple[str, list[str], int]] = []  # language, words, item index
        for index, item in enumerate(self.items):
            for language, name in item.names.items():
                for spelling in name.split(","):
                    words = [t.raw for t in tokenize(spelling) if t.kind is TokenKind.WORD]
                    if words:
                        self._names.append((language, words, index))
                        self.max_words = max(self.max_words, len(words))
        self._indexes: dict[frozenset[str] | None, _Index] = {}
        self._index_for(None)  # the all-language index, built with the catalogue

    def _index_for(self, languages: frozenset[str] | None) -> _Index:
        index = self._indexes.get(languages)
        if index is not None:
            return index
        index = _Index()
        for language, words, item in self._names:
            if languages is not None and language not in languages:
                continue
            head = "".join(sound_key(w) for w in words[:-1])
            for last in _singulars(words[-1].lower()):
                key = head + sound_key(last)
                if len(key) >= 3:
                    index.exact.setdefault(key, item)
                else:
                    index.as_written.setdefault(" ".join([*words[:-1], last]).lower(), item)
        for key in index.exact:  # "kel" (केला) is still reached from a longer "kele"
            for variant in _deletions(key):
                index.near.setdefault(variant, set()).add(key)
        self._indexes[languages] = index
        return index

    @classmethod
    def from_json(cls, source: str | Path | Sequence[dict[str, object]]) -> Catalogue:
        """Build from a JSON file or a list of {"key"?, "names": {lang: name}} dicts; the
        key defaults to the English name (lowercased, spaces as underscores)."""
        raw: object = source
        if isinstance(source, str | Path):
            raw = json.loads(Path(source).read_text(encoding="utf-8"))
        if not isinstance(raw, list):
            raise ValueError("A catalogue is a JSON list of {'key', 'names'} objects.")
        items = []
        for entry in raw:
            names = entry.get("names") if isinstance(entry, dict) else None
            if not isinstance(names, dict) or not names:
                raise ValueError(f"Catalogue entry {entry!r} has no 'names' object.")
            names = {str(lang): str(name) for lang, name in names.items()}
            key = entry.get("key") or names.get("en") or next(iter(names.values()))
            items.append(CatalogueItem(str(key).strip().lower().replace(" ", "_"), names))
        return cls(items)

    def match(self, text: str, *, language: str | None = None) -> CatalogueItem | None:
        """The first product named in `text`, or None; names in every language are tried
        unless `language` (the speaker's) narrows them to it, English and Hindi."""
        tokens = tokenize(text)
        found = self.locate(tokens, [t.kind is TokenKind.WORD for t in tokens], language)
        return found[0] if found else None

    def locate(
        self, tokens: Sequence[Token], eligible: Sequence[bool], language: str | None = None
    ) -> tuple[CatalogueItem, int, int] | None:
        """The first product named by eligible tokens, with its token range [start, end).

        Exact sound-key matches win over near ones, and longer names over shorter."""
        index = self._index_for(None if language is None else frozenset(("en", "hi", language)))
        fuzzy: tuple[int, int, int] | None = None
        for size in range(min(self.max_words, len(tokens)), 0, -1):
            for start in range(len(tokens) - size + 1):
                if not all(eligible[start : start + size]):
                    continue
                words = [t.raw for t in tokens[start : start + size]]
                head = "".join(sound_key(w) for w in words[:-1])
                for last in _singulars(words[-1].lower()):
                    key = head + sound_key(last)
                    if len(key) >= 3:
                        item = index.exact.get(key)
                    else:
                        item = index.as_written.get(" ".join([*words[:-1], last]).lower())
                    if item is not None:
                        return self.items[item], start, start + size
                    if fuzzy is None and (near := _nearest(index, key)) is not None:
                        fuzzy = (near, start, start + size)
        if fuzzy is None:
            return None
        return self.items[fuzzy[0]], fuzzy[1], fuzzy[2]


def _nearest(index: _Index, key: str) -> int | None:
    limit = _allowed_distance(key)
    if not limit:
        return None
    best: tuple[int, str] | None = None
    for variant in _deletions(key):
        for candidate in index.near.get(variant, ()):
            distance = _edit_distance(key, candidate)
            if distance <= limit and (best is None or (distance, candidate) < best):
                best = (distance, candidate)
    return None if best is None else index.exact[best[1]]
