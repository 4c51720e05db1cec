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
    glued = next((k for k, t in enumerate(tokens) if t.start <= at < t.end), None)
    if glued is None:
        hyphened = _hyphened_word(reading, at) if step > 0 else None
        if hyphened is not None:
            return _word_marked(reading, price, hyphened, step)  # "40-க்கு", "৪৫-এ"
        return _odd_symbol(text, at, step)
    return _word_marked(reading, price, glued, step)


def _hyphened_word(reading: _Reading, at: int) -> int | None:
    """The word token a hyphen at `at` joins to the digits before it, or None."""
    if reading.text[at] not in _DASHES:
        return None
    return next(
        (k for k, t in enumerate(reading.tokens) if t.start == at + 1 and t.kind is TokenKind.WORD),
        None,
    )


def _word_marked(reading: _Reading, price: _Price, glued: int, step: int) -> bool:
    """Whether token `glued`, glued to the digits on the side `step`, is a mark the
    tables do not read (a unit, a currency, a case ending and the like are read)."""
    tokens = reading.tokens
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
    without the vowel sign that joins it to a number word (Malayalam "45ന്", "ിന്"), or
    with that vowel written as a letter of its own (Bengali "৪৫-এ", "ে")."""
    return any(word in (s, _without_leading_marks(s), _vowel_as_letter(s)) for s in suffixes)


def _vowel_as_letter(suffix: str) -> str:
    """`suffix` with a leading vowel sign written as its vowel letter ("ে" → "এ")."""
    if not suffix:
        return suffix
    name = unicodedata.name(suffix[0], "")
    if "VOWEL SIGN" not in name:
        return suffix
    try:
        return unicodedata.lookup(name.replace("VOWEL SIGN", "LETTER")) + suffix[1:]
    except KeyError:
        return suffix


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


def _odd_symbol(text: str, at: int, step: int) -> bool:
    """Whether `text[at]`, a character outside every token glued before (`step` -1) or
    after (+1) a number's digits, is a mark the tables do not read. Fine are what a
    careful reader passes over: a space, a bracket or quote that opens before the digits
    and closes after them ("(45)", '"45"', "“45”"), sentence punctuation after them
    ("45.", "45,", "45;", "45…") or between a word and them ("Rs.45", "price:45"), and a
    picture ("45🙏"). Everything else is asked: a shifted digit ("45*", "45#", "45(" for
    458, 453, 459), a symbol ("45°", "45™", "45•", "_45", "-45", ".45"), a control
    character, and any mark with digits on both sides ("45,0", "45#0")."""
    char = text[at]
    if char in _LOOK_ALIKES:
        return True
    if char in _SPACES or unicodedata.category(char) == "Zs":
        return False
    if _digit_beyond(text, at, step):
        return True  # "45#0", "45,0": a mark inside the digits
    if char in _OPENS if step < 0 else char in _CLOSES:
        return not _paired(text, at, step)
    if step > 0 and char in _SENTENCE:
        return False
    if step < 0 and char in _SENTENCE + _DASHES:
        return not _after_a_word(text, at)
    return not _picture(char)


# Whitespace a typed message may hold; other control characters are asked.
_SPACES = frozenset(" \t\n\r\v\f\u0085")
# Brackets and quotes, each with the one that closes it.
_PAIRS = {"(": ")", "[": "]", "{": "}", '"': '"', "'": "'", "“": "”", "‘": "’", "«": "»"}
_OPENS = frozenset(_PAIRS)
_CLOSES = frozenset(_PAIRS.values())
# Punctuation that ends a phrase after a number ("45.", "45, ok", "45…").
_SENTENCE = ".,;:…"
_DASHES = "-‐‑‒–—"


def _digit_beyond(text: str, at: int, step: int) -> bool:
    """Whether a digit follows the mark at `at`, on the side away from the number."""
    at += step
    while 0 <= at < len(text) and text[at] in _INVISIBLE:
        at += step
    return 0 <= at < len(text) and text[at].isdigit()


def _paired(text: str, at: int, step: int) -> bool:
    """Whether the bracket or quote at `at` has its partner on the number's other side:
    an opening one before the digits closed later, a closing one after them opened
    earlier ("(45)"). Alone, "45(" and ")45" are a shifted 9 and 0."""
    char = text[at]
    if step < 0:
        return _PAIRS[char] in text[at + 1 :]
    return any(_PAIRS[o] == char and o in text[:at] for o in _PAIRS)


def _after_a_word(text: str, at: int) -> bool:
    """Whether punctuation before the digits follows a word ("Rs.45", "price:45"), not
    the start of the text or a space (".45", "-45": a decimal point or a sign)."""
    return at > 0 and unicodedata.category(text[at - 1])[0] in "LM"


def _picture(char: str) -> bool:
    """An emoji or pictograph ("45🙏", "👍45"); not the degree, trademark or copyright
    signs and the like, which are Latin-1 or letter-like symbols."""
    code = ord(char)
    return unicodedata.category(char) == "So" and code >= 0x2190 and not 0x2100 <= code < 0x2150
