"""The market words of every language the product hears, one module per language.

`spec(code)` gives a language's `LanguageSpec`; modules are imported on first use.
"""

from __future__ import annotations

from functools import cache
from importlib import import_module

from audio.languages.base import Cue, Kind, LanguageSpec, Part

LANGUAGES: tuple[str, ...] = ("hi", "en", "ta", "te", "bn", "mr", "gu", "kn", "ml", "pa")
"""Every language with number, unit and cue tables."""

ALWAYS_HEARD: tuple[str, ...] = ("en", "hi")
"""English and Hindi words are heard from every speaker: Whisper and code-mixing put
them anywhere ("kilo", "rate", "final", "ok", "sau")."""

__all__ = ["ALWAYS_HEARD", "LANGUAGES", "Cue", "Kind", "LanguageSpec", "Part", "heard", "spec"]


@cache
def spec(code: str) -> LanguageSpec:
    """The tables of language `code`; an unknown code raises KeyError."""
    if code not in LANGUAGES:
        raise KeyError(f"no market tables for language {code!r}")
    module = import_module(f"audio.languages.{code}")
    found: LanguageSpec = module.SPEC
    return found


def heard(language: str) -> tuple[LanguageSpec, ...]:
    """The tables for a speaker of `language`, their own first so its meaning wins a
    spelling shared with English or Hindi (Marathi "तेरा" is 13, Hindi "तेरा" is "your")."""
    codes = [language] if language in LANGUAGES else []
    codes += [c for c in ALWAYS_HEARD if c not in codes]
    return tuple(spec(c) for c in codes)
