"""A vendor's call "any X for N": "any keychain twenty!", "कोई भी चूड़ी बीस", "எந்த
சட்டையும் முன்னூறு", "ఏ చొక్కా అయినా రెండు వందలు", "যে কোনো জামা তিনশো", "कुठलाही शर्ट
तीनशे", "કોઈ પણ શર્ટ ત્રણસો", "ಯಾವುದೇ ಶರ್ಟ್ ಮುನ್ನೂರು", "ಯಾವ ಪೆನ್ ಆದ್ರೂ ಹತ್ತು", "ഏത്
ഷർട്ടും മുന്നൂറ്", "ഏതെടുത്താലും ഇരുപത്", "ਕੋਈ ਵੀ ਕਮੀਜ਼ ਤਿੰਨ ਸੌ" prices each piece
alike: a rate per piece, as "each" says. A count said between the word and the price
("any two for 50") leaves the price as it is."""

from __future__ import annotations

from audio.lexicon import fold
from audio.understanding.reading import _Price, _Reading

# "Any" said as one word, or as two read together ("कोई भी", "যে কোনো").
_ANY = frozenset(
    fold(w)
    for w in (
        "any", "ಯಾವುದೇ", "ಯಾವುದಾದರೂ", "ಯಾವುದಾದ್ರೂ", "যেকোনো", "যেকোন", "કોઈપણ", "ഏതും",
        "எதுவானாலும்",
    )
)  # fmt: skip
_ANY_PAIRS = frozenset(
    (fold(a), fold(b))
    for a, b in (
        ("कोई", "भी"), ("koi", "bhi"), ("ਕੋਈ", "ਵੀ"), ("koi", "vi"), ("যে", "কোনো"),
        ("যে", "কোন"), ("je", "kono"), ("કોઈ", "પણ"), ("koi", "pan"),
    )
)  # fmt: skip
# Marathi "कुठलाही", "कोणतीही": the "which" stem with the "-ही" of "any".
_MR_STEMS = tuple(fold(w) for w in ("कुठल", "कोणत", "kuthl", "konat"))
_MR_ENDS = tuple(fold(w) for w in ("ही", "hi"))
# "Which" before the goods, "any" closing them: Tamil "எந்த X-உம்", Malayalam "ഏത് X-ഉം",
# Telugu "ఏ X అయినా", Kannada "ಯಾವ X ಆದ್ರೂ"; Malayalam "ഏതെടുത്താലും", whichever taken.
_WHICH = frozenset(
    fold(w)
    for w in (
        "எந்த", "எது", "ഏത്", "ఏ", "ಯಾವ", "ಯಾವುದು", "entha", "ethu", "edhu", "endha", "yedhu",
        "yaava", "yava", "yaavdu", "yavdu", "yaavudu", "yavudu",
    )
)  # fmt: skip
_CLOSING_WORDS = frozenset(
    fold(w) for w in ("అయినా", "ఐనా", "ಆದ್ರೂ", "ಆದರೂ", "ಆದ್ರು", "aadru", "aadroo", "adru", "aadaru")
)
# A verb of taking with "even if" on it, after the "which" (and the goods): Tamil "எது
# எடுத்தாலும்", typed "edhu eduthaalum"; Kannada "ಯಾವುದು ತಗೊಂಡ್ರೂ", typed "yaavdu thogondru".
_TAKEN_ENDS = tuple(
    fold(w) for w in ("த்தாலும்", "ththaalum", "thaalum", "thalum", "ಂಡ್ರೂ", "ಂಡರೂ", "ndru", "ndaru")
)
_CLOSING_ENDS = ("ும்", "ും", "lum", "um")
# Telugu "అయినా" glued to the goods: "ఏ వస్తువైనా" (whatever thing).
_CLOSING_GLUED = tuple(fold(w) for w in ("ైనా", "యినా", "ainaa", "aina"))
_WHICHEVER = fold("ഏതെട")
_REACH = 4
"""At most this many words from the "any" to the price ("any cup here forty")."""


def _any_ends(reading: _Reading) -> list[int]:
    """Where each "any" said ends (the index after its last word)."""
    words = reading.words
    ends: list[int] = []
    for k, word in enumerate(words):
        after = words[k + 1] if k + 1 < len(words) else ""
        if word in _ANY or (word.startswith(_MR_STEMS) and word.endswith(_MR_ENDS)):
            ends.append(k + 1)
        elif (word, after) in _ANY_PAIRS:
            ends.append(k + 2)
        elif word.startswith(_WHICHEVER) and word.endswith(_CLOSING_ENDS):
            ends.append(k + 1)
        elif word in _WHICH:
            for j in range(k + 1, min(k + 3, len(words))):
                glued = words[j].endswith(_CLOSING_ENDS + _CLOSING_GLUED)
                taken = words[j].endswith(_TAKEN_ENDS)
                if words[j] in _CLOSING_WORDS or taken or (j == k + 1 and glued):
                    ends.append(j + 1)
                    break
    return ends


def _free_between(reading: _Reading, start: int, stop: int) -> bool:
    """No number of any kind said between the "any" and the price."""
    return all(reading.number_at[k] is None for k in range(start, stop)) and not any(
        start <= q.start < stop for q in reading.quantities
    )


def any_one_priced(reading: _Reading) -> None:
    """Mark a price said after "any X" with nothing else shaping it a rate per piece."""
    ends = _any_ends(reading)
    if not ends:
        return
    for price in reading.prices:
        if price.negated or price.per_unit is not None or price.quantity is not None:
            continue
        if any(_reaches(reading, end, price) for end in ends):
            price.per_unit, price.each = True, True


def _reaches(reading: _Reading, end: int, price: _Price) -> bool:
    return 0 <= price.start - end <= _REACH and _free_between(reading, end, price.start)
