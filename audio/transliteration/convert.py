"""The entry points: `transliterate` over the runs of the source script, and the
`TransliterationEngine` over it."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from indic_transliteration import sanscript

from audio.errors import EngineUnavailable
from audio.transliteration.reading import _by_offset, _delete_schwas, _read_indic, _read_latin
from audio.transliteration.scripts import (
    _BLOCKS,
    _DROPS_FINAL_VOWEL,
    _SCHEMES,
    _SCRIPT_CODES,
    _USES_DANDA,
    _VIRAMA,
    _WRITES_FINAL_VIRAMA,
    LatinScheme,
    _sanscript,
)
from audio.transliteration.writing import _finish, _prepare, _romanize

PROVIDER = "indic-transliteration"


def script_of(language: str) -> str:
    """The ISO 15924 script code a language is written in here ("hi" → "Deva")."""
    try:
        return _SCRIPT_CODES[_SCHEMES[language]]
    except KeyError:
        raise ValueError(f"no script known for language {language!r}") from None


@lru_cache(maxsize=32)
def _run_pattern(scheme: str, latin_scheme: LatinScheme) -> re.Pattern[str]:
    """Letters of one script: what counts as a run to rewrite."""
    if scheme == "latin":
        if latin_scheme == "itrans":
            # ITRANS spells a few letters with a dot or tilde (".N" candrabindu, "~n" ñ).
            return re.compile(r"(?:[A-Za-z]|\.(?:Dh|[NnDha])|~[Nn])+")
        return re.compile("[A-Za-z\u00c0-\u024f\u1e00-\u1eff\u0300-\u036f]+")
    base = _BLOCKS[scheme]
    # The block minus its digits (made ASCII first) and the shared dandas; joiners stay
    # inside a word because Malayalam and Kannada spell with them.
    letters = f"{chr(base)}-{chr(base + 0x63)}{chr(base + 0x70)}-{chr(base + 0x7F)}"
    if scheme == sanscript.DEVANAGARI:
        letters = "\u0900-\u0963\u0970-\u097f"
    return re.compile(f"[{letters}\u200c\u200d]+")


@lru_cache(maxsize=16)
def _digits_to_ascii(scheme: str) -> dict[int, str]:
    base = _BLOCKS[scheme]
    return {base + 0x66 + d: str(d) for d in range(10)}


_NO_JOINERS = str.maketrans("", "", "\u200c\u200d")


def _convert_run(run: str, source: str, target: str, latin_scheme: LatinScheme) -> str:
    src, tgt = _SCHEMES[source], _SCHEMES[target]
    if src == "latin":
        deva = _read_latin(run, latin_scheme, final_long_a=target in _DROPS_FINAL_VOWEL)
        if target in _DROPS_FINAL_VOWEL and deva.endswith(_VIRAMA):
            deva = deva[:-1]
    else:
        deva = unicodedata.normalize("NFC", _read_indic(run, src, source))
        # Joiners only choose a glyph shape (a half form, a Malayalam chillu, read above);
        # carried over they print as "{}" in Latin and break other scripts' clusters.
        deva = deva.translate(_NO_JOINERS)
        if source in _DROPS_FINAL_VOWEL and (
            target in _WRITES_FINAL_VIRAMA or (tgt == "latin" and latin_scheme == "simple")
        ):
            deva = _delete_schwas(deva)
        elif target in _DROPS_FINAL_VOWEL and deva.endswith(_VIRAMA):
            deva = deva[:-1]  # தமிழ் → तमिल, not तमिल्: the reader drops the vowel anyway
    if tgt == "latin":
        return _romanize(deva, latin_scheme)
    out = _sanscript(_prepare(deva, target), sanscript.DEVANAGARI, tgt)
    out = _by_offset(unicodedata.normalize("NFC", out), sanscript.DEVANAGARI, tgt)
    return _finish(out, target)


def transliterate(
    text: str, source_lang: str, target_lang: str, *, latin_scheme: LatinScheme = "simple"
) -> str:
    """Rewrite the runs of `text` written in `source_lang`'s script into `target_lang`'s.

    Languages that share a script (hi and mr) get the text back unchanged. Raises
    `EngineUnavailable` for a language this module has no script for.
    """
    for language in (source_lang, target_lang):
        if language not in _SCHEMES:
            raise EngineUnavailable(f"no transliteration for {language!r}", provider=PROVIDER)
    src, tgt = _SCHEMES[source_lang], _SCHEMES[target_lang]
    if src == tgt or not text:
        return text
    # NFC splits the nukta letters (ज़ → ज + ़; they are composition exclusions), the form
    # the tables and patterns here expect.
    text = unicodedata.normalize("NFC", text)
    if src != "latin":
        text = text.translate(_digits_to_ascii(src))
    pattern = _run_pattern(src, latin_scheme)
    out = pattern.sub(
        lambda m: _convert_run(m.group(), source_lang, target_lang, latin_scheme), text
    )
    if src != "latin" and target_lang not in _USES_DANDA:
        out = out.replace("॥", ".").replace("।", ".")
    return out


class IndicTransliterator:
    """`TransliterationEngine` over indic-transliteration; pure Python and fast (no thread)."""

    name = PROVIDER

    def __init__(self, *, latin_scheme: LatinScheme = "simple") -> None:
        self.latin_scheme: LatinScheme = latin_scheme

    def supports(self, source: str, target: str) -> bool:
        """Whether both languages have a script this engine writes."""
        return source in _SCHEMES and target in _SCHEMES

    async def transliterate(self, text: str, *, source: str, target: str) -> str:
        """Rewrite `text` from the script of `source` into the script of `target`."""
        return transliterate(text, source, target, latin_scheme=self.latin_scheme)
