"""The whole piece for a price, not cut: "पपीता पूरा पचास का, काट के नहीं", "the whole
papaya is fifty, not cut", "பப்பாளி முழுசா ஐம்பது, வெட்டி தர மாட்டோம்", "পেঁপে গোটা
পঞ্চাশ, কেটে দেব না". The price beside a word for whole is a total for the one piece,
and the "not" of the clause about cutting refuses the cutting, not the price: a remark."""

from __future__ import annotations

from audio.lexicon import fold
from audio.understanding.reading import _Reading

_WHOLE = frozenset(
    fold(w)
    for w in (
        "whole", "full", "पूरा", "पूरी", "पूरे", "poora", "pura", "poori", "puri",
        "முழுசா", "முழுசு", "முழுசாக", "முழுதா", "muzhusa", "muzhusaa", "muzhusu",
        "మొత్తం", "motham", "mottham", "పూర్తి", "గోటా",
        "গোটা", "gota", "আস্ত", "asto", "ast",
        "अख्खी", "अख्खा", "अख्खं", "अख्खे", "akkha", "akkhi", "akha", "akhi", "पूर्ण",
        "આખું", "આખો", "આખી", "aakhu", "akhu", "aakho", "aakhi",
        "ಪೂರ್ತಿ", "poorti", "purti", "ಇಡೀ", "idee", "ಇಡಿ",
        "മുഴുവൻ", "muzhuvan", "മുഴുവനായി", "മുഴുവനോടെ",
        "ਪੂਰਾ", "ਪੂਰੀ", "ਪੂਰੇ",
    )
)  # fmt: skip

# The start of a word for cutting or slicing ("काट के", "kaat ke", "வெட்டி", "కోసి").
_CUT = tuple(
    fold(w)
    for w in (
        "cut", "slice", "काट", "kaat", "வெட்டி", "vetti",
        "కోసి", "kosi", "కోయ", "koya",
        "কেটে", "kete", "কাট",
        "कापून", "kapun", "kaapun", "कापू", "काप",
        "કાપી", "kaapi", "kapi", "કાપ",
        "ಕತ್ತರಿಸಿ", "kattarisi", "ಕತ್ತರಿಸ", "ಕಟ್",
        "മുറിച്ച്", "മുറിച്ചു", "murichu", "murich", "മുറി",
        "ਕੱਟ", "katt",
    )
)  # fmt: skip


def keep_whole(reading: _Reading) -> None:
    """A price refused only by a "not cut" clause after it, with a word for whole beside
    the price, stands: the whole piece at that price."""
    words = reading.words
    for price in reading.prices:
        if not price.negated:
            continue
        near = words[max(price.start - 3, 0) : price.start] + words[price.end : price.end + 1]
        if not any(w in _WHOLE for w in near):
            continue
        rest = words[price.end :]
        if any(w.startswith(_CUT) for w in rest) and not any(
            p.start >= price.end for p in reading.prices
        ):
            price.negated = False
