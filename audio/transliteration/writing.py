"""Writing Devanagari into the target script (what it can spell: nuktas, candra vowels,
Tamil nasals, Gurmukhi addak, Malayalam chillus) and into Latin."""

from __future__ import annotations

import re
import unicodedata

from indic_transliteration import sanscript

from audio.transliteration.scripts import (
    _BLOCKS,
    _DRAVIDIAN,
    _J_LETTER,
    _NUKTA,
    _SCHEMES,
    _VIRAMA,
    _Y_LETTER,
    LatinScheme,
    _sanscript,
)

_CANDRA = str.maketrans({"ॅ": "े", "ॉ": "ो", "ऍ": "ए", "ऑ": "ओ"})
_SHORT_EO = str.maketrans({"ॆ": "े", "ॊ": "ो", "ऎ": "ए", "ऒ": "ओ"})
_NUKTA_KEPT: dict[str, frozenset[str]] = {
    # Which nukta letters a target writes; the rest lose the dot (ज़ → ज).
    "hi": frozenset("कखगजडढफय"),
    "mr": frozenset("कखगजडढफय"),
    "bn": frozenset("डढय"),
    "as": frozenset("डढय"),
    "or": frozenset("डढय"),
    "pa": frozenset("खगजफल"),
    "gu": frozenset(),
    "ta": frozenset("फ"),
    "te": frozenset(),
    "kn": frozenset(),
    "ml": frozenset(),
    "en": frozenset("कखगजडढफय"),
}
_NUKTA_AFTER = re.compile(f"(.){_NUKTA}")
_TAMIL_NASAL_FOR = [("कखगघ", "ङ"), ("चछजझ", "ञ"), ("टठडढ", "ण"), ("तथदध", "न"), ("पफबभ", "म")]
_ANUSVARA = re.compile("[\u0901\u0902](.?)")


def _tamil_anusvara(m: re.Match[str]) -> str:
    # Tamil has no anusvara: write the nasal the next stop is said with.
    following = m.group(1)
    for stops, nasal in _TAMIL_NASAL_FOR:
        if following and following in stops:
            return nasal + _VIRAMA + following
    if not following or not "\u0900" <= following <= "\u097f":
        return "न" + _VIRAMA + following  # हैं → ஹைன், said with a final n
    return "म" + _VIRAMA + following


def _prepare(deva: str, target: str) -> str:
    """Adjust a Devanagari run to what the target script can write."""
    if target not in ("hi", "mr"):
        deva = deva.translate(_CANDRA)
    kept = _NUKTA_KEPT.get(target, frozenset())
    deva = _NUKTA_AFTER.sub(lambda m: m.group(0) if m.group(1) in kept else m.group(1), deva)
    if target != "ta":
        deva = deva.replace("ऩ", "न")
    if target not in _DRAVIDIAN:
        deva = deva.translate(_SHORT_EO).replace("ऱ", "र")
    if target in ("hi", "bn", "as"):
        deva = deva.replace("ऴ", "ल").replace("ळ", "ल")
    elif target not in ("ml", "ta"):
        deva = deva.replace("ऴ", "ळ")
    if target == "pa":
        deva = deva.replace("ृ", "्रि").replace("ऋ", "रि").replace("ॠ", "री")
    elif target == "ta":
        # Tamil spells Sanskrit ṛ as ரி/ிரு (கிருபா) and says श as ஷ.
        deva = deva.replace("ृ", "िरु").replace("ऋ", "रि").replace("श्री", "स्री")
        deva = deva.replace("श", "ष").replace("झ", "ज")
        deva = _ANUSVARA.sub(_tamil_anusvara, deva)
    if target in ("te", "kn", "ml"):
        # A final anusvara there reads "m" (and a final m is written so: నమస్కారం); in
        # हैं, में it is the nasal "n".
        deva = re.sub("[\u0901\u0902]$", "न" + _VIRAMA, deva)
        deva = re.sub(f"म{_VIRAMA}$", "\u0902", deva)
    if target in ("kn", "ml"):
        deva = deva.replace("\u0901", "\u0902")
    return deva


_GURMUKHI_GEMINATE = re.compile("([\u0a15-\u0a39])\u0a4d\\1")
_GURMUKHI_VIRAMA = re.compile("\u0a4d(?![\u0a30\u0a39\u0a35])")
_MALAYALAM_CHILLU = re.compile("([ണനരലള])്$")
_CHILLU_OF = {"ണ": "ൺ", "ന": "ൻ", "ര": "ർ", "ല": "ൽ", "ള": "ൾ"}
_TAMIL_DENTAL_N = re.compile("(?<=[\u0b80-\u0bff])ந(?!்த)")


def _finish(text: str, target: str) -> str:
    """Spelling conventions of the target script that a letter-by-letter map misses."""
    if target == "pa":
        # Punjabi doubles with addak (ਕਿੱਲੋ) and writes halant only in subjoined ਰ ਹ ਵ.
        text = _GURMUKHI_GEMINATE.sub("\u0a71\\1", text)
        text = _GURMUKHI_VIRAMA.sub("", text)
    elif target == "ml":
        text = _MALAYALAM_CHILLU.sub(lambda m: _CHILLU_OF[m.group(1)], text)
    elif target == "ta":
        # ந starts a word or comes before த; elsewhere the n is ன.
        text = _TAMIL_DENTAL_N.sub("ன", text)
    tgt = _SCHEMES[target]
    if tgt in _J_LETTER:
        virama = chr(_BLOCKS[tgt] + 0x4D)
        nukta = chr(_BLOCKS[tgt] + 0x3C)
        text = re.sub(f"(?<!{virama}){_J_LETTER[tgt]}(?!{nukta})", _Y_LETTER[tgt], text)
        if target == "or":
            text = text.replace("\u0b35", "\u0b2c")  # Odia writes व as ବ
    return text


# ---------------------------------------------------------------------------------------
# Latin output
# ---------------------------------------------------------------------------------------

_SIMPLE_STEPS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile("r̥̄"), "ree"),
    (re.compile("r̥"), "ri"),
    (re.compile("l̥"), "li"),
    (re.compile("ch"), "chh"),
    (re.compile("c(?!hh)"), "ch"),
    (re.compile("ā(?![\\w\u0300-\u036f])"), "a"),
    (re.compile("ī(?![\\w\u0300-\u036f])"), "i"),
    (re.compile("ū(?![\\w\u0300-\u036f])"), "u"),
    (re.compile("ā"), "aa"),
    (re.compile("ī"), "ee"),
    (re.compile("ū"), "oo"),
    (re.compile("ṁ(?=[pbm])"), "m"),
    (re.compile("[ṁ]|m̐"), "n"),
    (re.compile("k͟h"), "kh"),
    (re.compile("ṛh"), "dh"),
    (re.compile("ṛ"), "d"),
    (re.compile("[śṣ]"), "sh"),
    (re.compile("ḻ"), "zh"),
    (re.compile("'"), ""),
)
_PLAIN = str.maketrans(
    {"ē": "e", "ō": "o", "ê": "e", "ô": "o", "ṅ": "n", "ñ": "n", "ṇ": "n", "ṉ": "n",
     "ṭ": "t", "ḍ": "d", "ḷ": "l", "ṟ": "r", "ḥ": "h", "ġ": "g", "ẏ": "y", "ṯ": "t"}
)  # fmt: skip


def _simple_latin(iso: str) -> str:
    text = unicodedata.normalize("NFC", iso)
    for pattern, repl in _SIMPLE_STEPS:
        text = pattern.sub(repl, text)
    text = text.translate(_PLAIN)
    # Any mark left (a rare sign) would print as a stray accent.
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _romanize(deva: str, latin_scheme: LatinScheme) -> str:
    if latin_scheme == "simple":
        return _simple_latin(_sanscript(deva, sanscript.DEVANAGARI, sanscript.ISO))
    deva = _prepare(deva, "en") if latin_scheme != "iso" else deva
    scheme = {"iso": sanscript.ISO, "iast": sanscript.IAST, "itrans": sanscript.ITRANS}
    return _sanscript(deva, sanscript.DEVANAGARI, scheme[latin_scheme])
