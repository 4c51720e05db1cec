"""A price with agreement on its condition: "if it's 250, fine, otherwise leave it", "चार
सौ में हो तो ठीक है, वरना रहने दो", "முன்னூறுன்னா சரி, இல்லன்னா வேண்டாம்", "তিনশো হলে
ঠিক আছে, না হলে থাক". The agreement follows the speaker's own price as what happens if
it is taken: a counter of that price on its condition, never an accept, unless the price
is the one on the table.

The condition shows as an "otherwise" after the word of agreement, an "if" before the
price in its clause, or a "then" word ("तो", "తో", "হলে", "ಆದ್ರೆ", ...) or a conditional
ending on the price itself ("-ன்னா", "-ైతే", "-ಆದ್ರೆ") between the price and the
agreement."""

from __future__ import annotations

from audio.lexicon import fold
from audio.understanding.conditions import _IF, _THEN, clause_around
from audio.understanding.reading import _Price, _Reading


def _phrases(*said: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(fold(w) for w in phrase.split()) for phrase in said)


# "Otherwise", "or else", as each language says it after the agreement.
_OTHERWISE: dict[str, tuple[tuple[str, ...], ...]] = {
    "en": _phrases("otherwise", "or else", "else"),
    "hi": _phrases("वरना", "warna", "varna", "नहीं तो", "नही तो", "nahi to", "nahin to",
                   "nai to", "नहीं तो फिर"),
    "mr": _phrases("नाहीतर", "नाही तर", "nahitar", "nahi tar", "nahin tar", "नाहीं तर"),
    "gu": _phrases("નહીં તો", "નહિ તો", "નહીંતર", "nahi to", "nahitar", "nai to"),
    "pa": _phrases("ਨਹੀਂ ਤਾਂ", "ਨਹੀਂ ਤਾ", "ਵਰਨਾ", "nahi taan", "nahi tan", "varna"),
    "bn": _phrases("না হলে", "নাহলে", "নইলে", "na hole", "nahole", "noile", "noile"),
    "te": _phrases("లేకపోతే", "లేకుంటే", "కాకపోతే", "lekapothe", "lekapote", "kakapothe"),
    "kn": _phrases("ಇಲ್ಲಾಂದ್ರೆ", "ಇಲ್ಲಾಂದರೆ", "ಇಲ್ಲದಿದ್ರೆ", "ಇಲ್ಲದಿದ್ದರೆ", "illandre",
                   "illaandre"),
    "ml": _phrases("ഇല്ലെങ്കിൽ", "അല്ലെങ്കിൽ", "illenkil", "allenkil", "illengil"),
    "ta": _phrases("இல்லன்னா", "இல்லைன்னா", "இல்லைனா", "இல்லனா", "இல்லாட்டி",
                   "இல்லேன்னா", "illanna", "illana", "illaatti", "illena"),
}  # fmt: skip

# A conditional ending on the price or on the verb right after it: Tamil "முன்னூறுன்னா",
# "குடுத்தா"; Telugu "వందలకైతే", "ఇస్తే"; Kannada "ಕೊಟ್ರೆ"; Malayalam "തന്നാൽ";
# Bengali "দিলে"; Marathi "दिलं तर" has its own "then" word.
_IF_ENDINGS: dict[str, tuple[str, ...]] = {
    "ta": ("ன்னா", "னா", "த்தா", "ந்தா"),
    "te": ("ైతే", "అయితే", "ఐతే", "స్తే", "ిస్తే"),
    "kn": ("ಾದ್ರೆ", "ಆದ್ರೆ", "ಟ್ರೆ", "ದರೆ"),
    "ml": ("ാൽ", "െങ്കിൽ"),
    "bn": ("লে",),
}
_NEAR = 6
"""How many words after the agreement an "otherwise" may come."""


def _otherwise_from(reading: _Reading, start: int) -> bool:
    words = reading.words
    for phrase in _OTHERWISE.get(reading.language, ()):
        for k in range(start, min(start + _NEAR, len(words))):
            if tuple(words[k : k + len(phrase)]) == phrase:
                return True
    return False


def after_otherwise(reading: _Reading, k: int) -> bool:
    """Word `k` (a refusal) follows an "otherwise" within two words: "if you give it at 90
    I'll take it, otherwise no" (the "no" is the condition's other branch, no refusal)."""
    words = reading.words
    for phrase in _OTHERWISE.get(reading.language, ()):
        for j in range(max(0, k - len(phrase) - 2), k - len(phrase) + 1):
            if tuple(words[j : j + len(phrase)]) == phrase:
                return True
    return False


def _condition_between(reading: _Reading, chosen: _Price, accept: int) -> bool:
    words, language = reading.words, reading.language
    then = _THEN.get(language, frozenset())
    endings = tuple(fold(e) for e in _IF_ENDINGS.get(language, ()))
    between = range(chosen.start, accept)
    if any(words[k] in then for k in range(chosen.end, accept)):
        return True
    return bool(endings) and any(words[k].endswith(endings) for k in between)


def accepts_on_condition(
    reading: _Reading, chosen: _Price, accepts: list[int], reference: int | None
) -> list[int]:
    """The accepts left once those said after the speaker's own price, on its condition,
    are set aside (the price is then a counter on that condition)."""
    if reference is not None and round(chosen.unit_paise()) == reference:
        return accepts
    said_if = _IF.get(reading.language, frozenset())
    clause = clause_around(reading, chosen.start, chosen.end)
    if_before = any(reading.words[k] in said_if for k in range(clause.start, chosen.start))
    kept = []
    for accept in accepts:
        if accept < chosen.end or accept - chosen.end > _NEAR:
            kept.append(accept)
            continue
        conditional = (
            if_before
            or _condition_between(reading, chosen, accept)
            or _otherwise_from(reading, accept + 1)
        )
        if not conditional:
            kept.append(accept)
    return kept
