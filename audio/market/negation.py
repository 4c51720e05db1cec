"""A way to pay said with "no" beside it: "cash nahi hai, PhonePe kar doon?", "UPI is not
working, I'll give cash". Two ways to pay in one line ask how to pay ("UPI or cash?") only
when neither is refused; the one refused is no act of its own, and the other is the act.

A negation word refuses the way to pay said nearest to it within `_REACH` words: in an
Indic language the nearest one before it, else after it; in English the nearest, the one
before when two are as near; Bengali "না" said between two ways to pay is "or"
("ক্যাশ না অনলাইন?": cash or online?) and refuses neither.
"""

from __future__ import annotations

from functools import lru_cache

from audio.lexicon import fold, is_indic

_REACH = 3
"""How many words from a way to pay a negation word may stand and still refuse it."""

METHODS = ("pay_upi", "pay_cash", "pay_card")
"""The acts that name a way to pay."""

_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("no", "not", "don't", "dont", "doesn't", "isn't", "nahi", "without"),
    "hi": ("नहीं", "नही", "nahi", "nahin", "मत"),
    "ta": ("இல்ல", "இல்லை", "வேண்டாம்", "illa"),
    "te": ("లేదు", "లేవు", "వద్దు", "లేదన్నా", "లేదండి", "ledu"),
    "bn": ("নেই", "না", "নাই", "nei"),
    "mr": ("नाही", "नाहीत", "नको", "nahi"),
    "gu": ("નથી", "નહીં", "ના", "nathi"),
    "kn": ("ಇಲ್ಲ", "ಬೇಡ", "illa"),
    "ml": ("ഇല്ല", "വേണ്ട", "അല്ല", "illa"),
    "pa": ("ਨਹੀਂ", "ਨਹੀ", "nahi"),
}
"""Per language, words that say no (and English's, heard in every language)."""

_ENDINGS: dict[str, tuple[str, ...]] = {
    "ta": ("யல", "கல", "ரல"),
    "te": ("ట్లేదు", "లేదు"),
    "kn": ("ಲ್ಲ",),
    "ml": ("ല്ല",),
}
"""Per language, verb endings that say "does not" ("வேலை செய்யல", "ಆಗ್ತಿಲ್ಲ")."""

_ALSO_OR: dict[str, tuple[str, ...]] = {"bn": ("না",)}
"""Per language, negation words that also say "or" between two choices."""


@lru_cache(maxsize=16)
def _forms(language: str) -> tuple[frozenset[str], tuple[str, ...]]:
    words = {fold(w) for w in (*_WORDS.get(language, ()), *_WORDS["en"])}
    return frozenset(words), tuple(fold(e) for e in _ENDINGS.get(language, ()))


def is_negation(word: str, language: str) -> bool:
    """Whether `word` (folded) says no in `language`."""
    words, endings = _forms(language)
    if word in words or any(word.endswith(e) and word != e for e in endings):
        return True
    # "లేదన్నా", "இல்லண்ணா": the word for no with a term of address on it
    return is_indic(word) and any(len(w) >= 3 and word.startswith(w) for w in words)


def refused(words: list[str], spans: list[tuple[int, int]], language: str) -> set[int]:
    """Which of `spans` (ways to pay said, token spans [start, end)) a negation refuses."""
    out: set[int] = set()
    for i, word in enumerate(words):
        if not is_negation(word, language):
            continue
        between = any(e == i for _, e in spans) and any(s == i + 1 for s, _ in spans)
        if between and word in {fold(w) for w in _ALSO_OR.get(language, ())}:
            continue  # "X না Y": or
        near = [
            (s - i if s > i else i - e + 1, s > i, k)
            for k, (s, e) in enumerate(spans)
            if not s <= i < e
        ]
        near = [n for n in near if n[0] <= _REACH]
        if near:
            # Indic languages say no after the thing refused ("GPay काम नहीं कर रहा")
            key = (lambda n: n) if language == "en" else (lambda n: (n[1], n[0]))
            out.add(min(near, key=key)[2])
    return out
