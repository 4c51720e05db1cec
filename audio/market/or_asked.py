"""A "no" that says "or": in Tamil, Telugu, Kannada and Malayalam a yes-or-no question
(its verb ending in the asking vowel: "பழுத்திருக்கா", "పండిందా", "ಹಣ್ಣಾಗಿದೆಯಾ",
"പഴുത്തോ") followed after a pause by the word for no asks the other way next ("பப்பாளி
பழுத்திருக்கா, இல்ல ரெண்டு நாள் வைக்கணுமா?": is it ripe, or must it sit two more
days?). The "no" there refuses nothing, so a cue that starts with it ("இல்ல நாளைக்கு",
none today, tomorrow) says no goods finished.
"""

from __future__ import annotations

from audio.lexicon import fold
from audio.market.negation import is_negation

_ASKING = {
    "ta": ("ா",),
    "te": ("ా",),
    "kn": ("ಾ",),
    "ml": ("ോ",),
}
"""Per language, the vowel signs a yes-or-no question's last word ends in."""

_MIN = 4
"""Letters a question word has at least ("நல்லா", well, is an adverb, not a question)."""

_NOT_ASKING = frozenset(fold(w) for w in ("நல்லா", "சும்மா", "బాగా", "ಚೆನ್ನಾಗಿ", "ಸುಮ್ಮ"))


def no_as_or(
    words: list[str], start: int, language: str, punct: frozenset[int] = frozenset()
) -> bool:
    """Whether the word at `start` is a "no" said after a pause that ends a yes-or-no
    question, as "or" (see above); with no pause a word ending so is a noun ("கொய்யா
    இல்ல நாளைக்கு வாங்க": no guavas, come tomorrow)."""
    ends = _ASKING.get(language)
    if not ends or start not in punct or not is_negation(words[start], language):
        return False
    before = words[start - 1]
    return (
        len(before) >= _MIN
        and before not in _NOT_ASKING
        and before.endswith(ends)
        and not is_negation(before, language)
    )
