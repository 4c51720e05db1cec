"""Two prices with "illa" between them, said as alternatives: Tamil, Kannada and
Malayalam "75 illa 80, stock paathu solren" (75 or 80, I'll check the stock and tell),
"ಎಪ್ಪತ್ತೈದು ಇಲ್ಲಾ ಎಂಬತ್ತು, ನೋಡಿ ಹೇಳ್ತೀನಿ"; "ഇല്ലെങ്കിൽ", "இல்லன்னா", "ಇಲ್ಲಾಂದ್ರೆ" (or
else); Gujarati typed "75 ke 80" (કે, or).

"Illa" is also "no": "எழுபது இல்ல, அறுபது குடுங்க" refuses 70 and counters 60. It is
that "not" when a pause follows it ("illa, 60") or a verb of giving follows the second
price ("illa arupathu kudunga", not 70, give 60); otherwise the two prices are two
readings and the speaker is asked (`reading.ranged`), neither recorded.
"""

from __future__ import annotations

from collections.abc import Sequence

from audio.lexicon import Token, fold
from audio.numbers import NumberSpan

_LANGUAGES = frozenset({"ta", "kn", "ml"})

# "No" between two prices: "not X, Y" or "X or Y".
_NO = frozenset(fold(w) for w in ("illa", "illaa", "இல்ல", "இல்லை", "ಇಲ್ಲ", "ಇಲ್ಲಾ", "ഇല്ല", "ila"))
# "Or else": always alternatives.
_OR_ELSE = frozenset(
    fold(w)
    for w in (
        "இல்லன்னா", "இல்லைன்னா", "illanna", "illana", "illaatti", "ಇಲ್ಲಾಂದ್ರೆ", "ಇಲ್ಲದಿದ್ರೆ",
        "illandre", "illaandre", "ഇല്ലെങ്കിൽ", "illenkil", "illengil", "illenkkil",
    )
)  # fmt: skip
# Gujarati typed "ke" (કે, or); the native word is a range word already.
_GUJARATI_OR = frozenset(fold(w) for w in ("ke", "k"))

# A verb of giving or making after the second price: "not X, give Y".
_GIVE = tuple(
    fold(w)
    for w in (
        "குடு", "கொடு", "தா", "kudu", "kodu", "thaa", "tha", "போடு", "podu", "பண்ணு", "pannu",
        "ஆக்கு", "aakku", "ಕೊಡಿ", "ಕೊಡು", "ಕೊಡ್ರಿ", "kodi", "kodri", "ಮಾಡಿ", "maadi", "madi",
        "ಹಾಕಿ", "haaki", "താ", "തരൂ", "തര", "thar", "കൊടുക്ക", "kodukk", "ആക്ക", "aakk",
        "ഇട്", "idu", "വെക്ക", "vekk",
    )
)  # fmt: skip

_PAUSES = frozenset(",;.…?!।|")


# "-o" on each of two numbers, X or Y: Malayalam "എഴുപത്തഞ്ചോ എൺപതോ", Tamil "எழுபதோ
# எண்பதோ", Telugu "డెబ్బయ్యో ఎనభయ్యో", Kannada "ಎಪ್ಪತ್ತೋ ಎಂಬತ್ತೋ".
_OR_ENDINGS = ("ോ", "ோ", "ో", "ೋ", "o")
_OR_LANGUAGES = frozenset({"ml", "ta", "te", "kn"})


def said_as_either(
    tokens: Sequence[Token], text: str, a: NumberSpan, b: NumberSpan, language: str
) -> bool:
    """Whether the words between prices `a` and `b` offer them as alternatives."""
    adjacent = a.end == b.start and a.suffix == b.suffix
    if language in _OR_LANGUAGES and adjacent and a.suffix in _OR_ENDINGS:
        return True  # "എഴുപത്തഞ്ചോ എൺപതോ": 75 or 80
    between = [t.norm for t in tokens[a.end : b.start]]
    if len(between) != 1:
        return False
    word = between[0]
    if language == "gu":
        return word in _GUJARATI_OR and not _paused(tokens, text, a.end, b.start)
    if language not in _LANGUAGES:
        return False
    if word in _OR_ELSE:
        return True
    if word not in _NO or _paused(tokens, text, a.end, b.start):
        return False  # "எழுபது இல்ல, அறுபது": not 70, 60
    after = [t.norm for t in tokens[b.end : b.end + 2]]
    return not any(w.startswith(_GIVE) for w in after)


def _paused(tokens: Sequence[Token], text: str, left: int, right: int) -> bool:
    """A written pause between the word at `left` and the one at `right`."""
    mark = text[tokens[left].end : tokens[right].start].strip()
    return bool(mark) and all(c in _PAUSES for c in mark)
