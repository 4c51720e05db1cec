"""Settling the deal at a price: "settle it at 300", "तीन सौ में निपटा दो", "முன்னூறுக்கு
முடிச்சுக்கலாம்", "మూడొందలతో సరిపెట్టండి", "ಮುನ್ನೂರಕ್ಕೆ ಮುಗಿಸೋಣ". The verb closes the
haggling at the price said with it; what that makes of the line depends on the price on
the table. With none known it is the speaker's own offer (even after "ok": "OK, finish it
at 280"); against a different price it counters; only with the very price on the table
does it agree ("సరే, మూడొందలకే సరిపెడదాం" with 300 on the table)."""

from __future__ import annotations

from audio.lexicon import fold
from audio.understanding.reading import _Price, _Reading
from audio.understanding.refused_at import negation_at

# Verbs of settling, closing or finishing the deal, as stems (the endings vary). Never
# a stem that also says "can't" (Tamil "முடியாது") or "sold out" (Malayalam "തീർന്നു").
SETTLE_STEMS = tuple(
    fold(w)
    for w in (
        "close", "finish", "settle", "wrap", "khatam", "खत्म", "ख़त्म", "खतम", "niptao",
        "nipta", "निपटा", "निपटाओ", "सलटा", "salta", "सेटल", "முடிச்சு", "முடிச்சி",
        "முடிக்க", "mudich", "mudik", "செட்டில்", "ముగిద్దాం", "ముగించ", "mugidd",
        "muginch", "సరిపెట్ట", "సరిపెడ", "saripett", "saripet", "saripeda", "సెటిల్",
        "মিটিয়ে", "মিটিয়ে", "mitiye", "মিটমাট", "মিটিয়ে", "সেটল", "संपवू", "संपवा",
        "sampav", "sampv", "मिटवू", "मिटवा", "mitav", "mitv", "સેટલ", "પતાવ", "patav",
        "ಮುಗಿಸ", "mugis", "ಸೆಟಲ್", "തീർക്ക", "തീര്‍ക്ക", "theerk", "തീർത്തേക്ക",
        "theerthek", "ഒതുക്ക", "othukk", "ਮੁਕਾ", "mukao", "mukaa", "muka", "ਨਿਬੇੜ", "nibed",
        "ਨਿਪਟਾ",
    )
)  # fmt: skip
# Words that may stand between an English verb before the price and the price: "settle
# it at 300", "let's close the deal for 250", "wrap it up at 300".
_BETWEEN = frozenset(("it", "this", "up", "the", "deal", "at", "for", "on", "in"))
# "close to 300", "closer": near a price, no settling.
_NOT_SETTLING = frozenset(("closer", "closely", "closed", "closing"))


def settling_word(word: str) -> bool:
    """The word is a verb of settling the deal ("निपटा", "முடிச்சுக்கலாம்")."""
    return word.startswith(SETTLE_STEMS) and word not in _NOT_SETTLING


def settles_at(reading: _Reading, price: _Price) -> bool:
    """A verb of settling within three words after the price, no other number between
    ("ok, 90, let's close it", "சரி, நூத்தி பத்து, முடிச்சுக்கலாம்"), or, in English word
    order, right before it with only "it", "up", "the deal" and "at"/"for" between
    ("settle it at 300"; not "close to 300")."""
    words = reading.words
    for k in range(price.end, min(price.end + 3, len(words))):
        if reading.number_at[k] is not None:
            break
        if settling_word(words[k]):
            # "எண்ணூறுக்கு ஒத்துக்க முடியாது", "othukka mudiyaadhu": can't, no settling
            return not (k + 1 < len(words) and negation_at(reading, k + 1))
    k = price.start - 1
    while k >= 0 and price.start - k <= 4 and words[k] in _BETWEEN:
        k -= 1
    return 0 <= k < price.start - 1 and settling_word(words[k]) and words[k + 1] != "to"
