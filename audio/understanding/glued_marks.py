"""A typed price with a letter or a symbol glued to its digits ("45I", "45S", "45|", "4S0",
"I45", "45क"): a keyboard's or a recogniser's stand-in for a digit ("45I" is ₹451 as
likely as ₹45), so the price is asked, never the digits beside the mark recorded. What
the tables read glued to a number stays as it is: a currency, paise or unit word ("45rs",
"Rs45", "45kg", "2.5kg", "45pc", "45রু"), a number's own multiplier ("45k", "1.5L"), a
case ending of the language ("45க்கு"), an ordinal ending ("5th"), the signs ₹, /- and
%, and punctuation ("45.", "(45)", "45?"). A word after a space is a word of its own
("45 i think"). Digits of two scripts in one run ("४5०") are one number."""

from __future__ import annotations

import unicodedata

from audio.languages.base import Cue
from audio.lexicon import TokenKind
from audio.understanding.reading import _Price, _Reading

# Cues of words that belong with the number they are glued to.
_READ_GLUED = frozenset(
    {Cue.CURRENCY, Cue.PAISE, Cue.UNIT, Cue.MEASURE, Cue.PER, Cue.EACH, Cue.LOT, Cue.SET}
)
_ORDINALS = frozenset({"st", "nd", "rd", "th"})
# Punctuation that stands for a digit or a letter on a keyboard ("45!" for 451, "4§0").
_LOOK_ALIKES = frozenset("!¡§¶|¦")
_INVISIBLE = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")


def glued_mark(reading: _Reading, price: _Price) -> bool:
    """Whether a letter or symbol the tables do not read is glued to `price`'s digits."""
    tokens = reading.tokens
    first = min(price.start, price.span.start)
    last = max(price.end, price.span.end)
    for i in range(max(first, 0), min(last, len(tokens))):
        if tokens[i].kind is TokenKind.NUMBER and (
            _marked(reading, price, i, -1) or _marked(reading, price, i, +1)
        ):
            return True
    return False


def _marked(reading: _Reading, price: _Price, i: int, step: int) -> bool:
    """Whether the character right before (`step` -1) or after (+1) number token `i` is
    a mark glued to it that the tables do not read."""
    text, tokens = reading.text, reading.tokens
    at = tokens[i].start - 1 if step < 0 else tokens[i].end
    while 0 <= at < len(text) and text[at] in _INVISIBLE:
        at += step
    if not 0 <= at < len(text):
        return False
    char = text[at]
    glued = next((k for k, t in enumerate(tokens) if t.start <= at < t.end), None)
    if glued is None:
        return _odd_symbol(char)
    token = tokens[glued]
    if token.kind is TokenKind.SIGN:
        return False
    if token.kind is TokenKind.NUMBER:
        return False
    if _between_digits(reading, glued):
        return True  # "4S0", "4k50": a mark inside the digits
    if price.span.start <= glued < price.span.end:
        return False  # "45k", "1.5L": the number's own multiplier
    if reading.cues[glued] & _READ_GLUED:
        return False
    norm = token.norm
    return not (step > 0 and (norm in _ORDINALS or _case_ending(norm, reading.suffixes)))


def _case_ending(word: str, suffixes: tuple[str, ...]) -> bool:
    """Whether `word` is one of the language's case endings, as written after digits:
    without the vowel sign that joins it to a number word (Malayalam "45ന്", "ിന്")."""
    return any(word == s or word == _without_leading_marks(s) for s in suffixes)


def _without_leading_marks(suffix: str) -> str:
    at = 0
    while at < len(suffix) and unicodedata.category(suffix[at]).startswith("M"):
        at += 1
    return suffix[at:]


def _between_digits(reading: _Reading, k: int) -> bool:
    tokens = reading.tokens
    before = k > 0 and tokens[k - 1].kind is TokenKind.NUMBER
    after = k + 1 < len(tokens) and tokens[k + 1].kind is TokenKind.NUMBER
    return (
        before
        and after
        and tokens[k - 1].end == tokens[k].start
        and tokens[k].end == tokens[k + 1].start
    )


def _odd_symbol(char: str) -> bool:
    """A character outside every token: punctuation and spaces are fine, a look-alike of
    a digit, a letter mark or a symbol other than a picture ("$", "+", "^") is not."""
    if char in _LOOK_ALIKES:
        return True
    category = unicodedata.category(char)
    return not (category[0] in "PZC" or category == "So")
