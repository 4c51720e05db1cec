"""A product's name as a reader of each language is shown it: in their language, else a
name in the same script, else transliterated into their script, else the name as written.

The stall page shows these names (`server.api.routes.stall`), and one stall may not have
two products whose names a reader of some language would be shown alike
(`server.domain.catalog`): the comparison is made on what each reader sees.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from audio.errors import EngineUnavailable
from audio.transliteration import transliterate
from server.domain.languages import LANGUAGES, SCRIPTS, SPOKEN, reads_in

# Which name to read a product's name from when the reader's language has none: a
# sibling in the same script first, then Hindi (the most often filled), then the rest.
_SOURCE_ORDER = ("hi", "mr", "bn", "ta", "te", "gu", "kn", "ml", "pa", "or", "as", "en")

READERS: tuple[str, ...] = SPOKEN + tuple(sorted(LANGUAGES - set(SPOKEN)))
"""Every language a shopper may read the stall page in, the spoken ones first."""

_JOINERS = frozenset("\u200c\u200d")


def half_written(text: str) -> bool:
    """Whether a word of `text` mixes letters of an Indian or the Arabic script with
    letters of another (a Latin "é" left after a virama, "कफ़्é"): a conversion that did
    not finish, which reads as garbage."""
    for word in text.split():
        scripts = {
            unicodedata.name(c, "").split(" ", 1)[0]
            for c in word
            if unicodedata.category(c)[0] in "LM" and c not in _JOINERS
        }
        if len(scripts) > 1 and scripts - {"LATIN", "COMBINING"}:
            return True
    return False


def name_in(names: dict[str, str], language: str) -> tuple[str, bool]:
    """A product's name for a reader of `language`: (name, transliterated?)."""
    if names.get(language):
        return names[language], False
    script = SCRIPTS.get(language, "Latn")
    for other in _SOURCE_ORDER:
        if names.get(other) and SCRIPTS.get(other) == script:
            return names[other], False
    for other in _SOURCE_ORDER:
        text = names.get(other)
        if not text:
            continue
        try:
            written = transliterate(text, other, language)
        except EngineUnavailable:
            continue
        # Something converted, never empty, nothing left in another script, no word
        # converted only in part.
        if written != text and reads_in(written, language) and not half_written(written):
            return written, True
    return next((v for v in names.values() if v.strip()), ""), False


@lru_cache(maxsize=20_000)
def _shown(names: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    named = dict(names)
    return tuple(name_in(named, reader)[0] for reader in READERS)


def shown_names(names: dict[str, str]) -> dict[str, str]:
    """The name each reader is shown, per language (`READERS`). Remembered per set of
    names: a stall's other products are compared again on every new name."""
    key = tuple(sorted((k, v) for k, v in names.items() if v and v.strip()))
    return dict(zip(READERS, _shown(key), strict=True))
