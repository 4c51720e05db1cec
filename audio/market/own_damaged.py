"""Damage told of the speaker's own thing: "ನನ್ನ ರವಿಕೆಯ ಹೊಲಿಗೆ ಬಿಟ್ಟುಹೋಯಿತು" (the stitching of
my blouse came open), "the stitching on my blouse has come off". The thing is the
speaker's, brought to a tailor or talked about, not the goods on the stall: the damage is
no complaint about them (`quality_soft`), and the line is relayed as said. A word of "my"
must open the clause of the damage, before it; "this collar's stitching has come open"
still complains.

Words are matched like cues (see `audio.market.phrases`).
"""

from __future__ import annotations

from audio.market.cue_hits import Hit
from audio.market.phrases import at, forms_in

FAULT = "quality_soft"

MY = {
    "en": "my",
    "hi": "मेरे=; मेरी=; मेरा=",
    "ta": "என்=; என்னோட; ennoda",
    "te": "నా=",
    "bn": "আমার=",
    "mr": "माझ्या=; माझा=; माझी=; माझं=",
    "gu": "મારા=; મારી=; મારો=; મારું=",
    "kn": "ನನ್ನ=; ನನ್=",
    "ml": "എന്റെ=",
    "pa": "ਮੇਰੇ=; ਮੇਰੀ=; ਮੇਰਾ=",
}
"""Per language, the words of "my" (English's heard in every language)."""


def own_damaged(
    hits: list[Hit], words: list[str], language: str, punct: frozenset[int]
) -> list[Hit]:
    """`hits` without a damage told of the speaker's own thing (above)."""

    def own(h: Hit) -> bool:
        lo = max((b for b in punct if b <= h.start), default=0)
        return lo < h.start and any(at(f, words, lo) for f in forms_in(language, MY))

    return [h for h in hits if h.act != FAULT or not own(h)]
