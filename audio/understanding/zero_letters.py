"""A typed price whose last digits are the letter O ("45O", "25o", "25 O", "45Oo"): a
keyboard's zero typed as a letter, so "45O" is ₹450 as likely as ₹45. Asked, never the
digits before the letter recorded. A lowercase "o" after a space is a word of its own
("45 o bhai": hey, brother) and leaves the price as it is."""

from __future__ import annotations

from audio.lexicon import TokenKind
from audio.understanding.reading import _Price, _Reading


def zero_as_letter(reading: _Reading, price: _Price) -> bool:
    """Whether the letter O follows `price`'s digits as if it were a zero."""
    tokens = reading.tokens
    last = price.end - 1
    if not 0 <= last < len(tokens) - 1 or tokens[last].kind is not TokenKind.NUMBER:
        return False
    after = tokens[last + 1]
    if after.kind is not TokenKind.WORD or set(after.raw) - {"o", "O"}:
        return False
    joined = after.start == tokens[last].end
    return joined or after.raw.isupper()
