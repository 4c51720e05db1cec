"""What the listener sent is no money the speaker sent: "you sent it to my house
yesterday, thanks", "आपने भेज दिया था, बहुत अच्छा निकला", "আপনি যে মাছ পাঠিয়েছিলেন,
খুব ভালো ছিল", "நீங்க அனுப்பிட்டீங்க, எல்லாம் சரியா வந்துச்சு". `paid_check` is the
speaker's "I've sent the money, please check"; a sending done by "you" (`YOU`, the
listener as its subject) is the goods sent home or a parcel talked about: small talk, or
the act the rest of the line says (`thanks`).

A `paid_check` hit says nothing when a word for "you" stands within `_REACH` words
before it in its clause. Words are matched like cues (see `audio.market.phrases`).
"""

from __future__ import annotations

from audio.market.cue_hits import Hit
from audio.market.phrases import at, forms_in

PAID = "paid_check"

_REACH = 4

YOU = {
    "en": "you=; you've",
    "hi": "आपने; तुमने; तूने; आप=; तुम=; aapne; apne; tumne; tune=",
    "ta": "நீங்க=; நீ=; நீங்கள்=; neenga; nee=",
    "te": "మీరు; నువ్వు; meeru; nuvvu",
    "kn": "ನೀವು; ನೀನು; neevu; neenu",
    "ml": "നിങ്ങൾ; നീ=; ningal; nee=",
    "bn": "আপনি; তুমি; তুই; apni; tumi; tui",
    "mr": "तुम्ही; तू=; tumhi; tu=",
    "gu": "તમે; તું; tame; tu=",
    "pa": "ਤੁਸੀਂ; ਤੂੰ; ਤੁਸੀ; tusi; tusin; tu=",
}
"""Per language, the listener as the subject of a sending (English's heard in every
language)."""


def sent_by_listener(
    hits: list[Hit], words: list[str], language: str, punct: frozenset[int] = frozenset()
) -> list[Hit]:
    """`hits` without a sending said of the listener (see above); `punct`: indices of
    words after punctuation, where a clause begins."""
    if not any(h.act == PAID for h in hits):
        return hits
    return [h for h in hits if h.act != PAID or not _yours(h, words, language, punct)]


def _yours(hit: Hit, words: list[str], language: str, punct: frozenset[int]) -> bool:
    lo = max([b for b in punct if b <= hit.start] + [0, hit.start - _REACH])
    return any(at(f, words, i) for i in range(lo, hit.start) for f in forms_in(language, YOU))
