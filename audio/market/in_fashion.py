"""Damage said of a style in fashion: "torn jeans are in fashion these days", "आजकल तो फटी
जीन्स का ही फैशन है", "இப்போ கிழிஞ்ச ஜீன்ஸ் தான் ஃபேஷன்". A word of damage (`quality_soft`)
in a clause that names a fashion or a trend (`FASHION`) describes a style, no fault in the
goods at hand: small talk. Words are matched like cues (see `audio.market.phrases`).
"""

from __future__ import annotations

from audio.market.cue_hits import Hit
from audio.market.phrases import ends_within, forms_in

DAMAGED = "quality_soft"

FASHION = {
    "en": "fashion; fashionable; in style; trend; trendy; trending",
    "hi": "फैशन; फ़ैशन; ट्रेंड; ट्रेंडी; fashion; trend",
    "ta": "ஃபேஷன்; பேஷன்; ஃபேசன்; ட்ரெண்ட்; டிரெண்ட்; fashion",
    "te": "ఫ్యాషన్; ఫ్యాషను; ట్రెండ్; ట్రెండు; fashion",
    "bn": "ফ্যাশন; ফ্যাশান; ট্রেন্ড; fashion",
    "mr": "फॅशन; फॅशनच; फैशन; ट्रेंड; fashion",
    "gu": "ફેશન; ફૅશન; ટ્રેન્ડ; fashion",
    "kn": "ಫ್ಯಾಷನ್; ಫ್ಯಾಶನ್; ಟ್ರೆಂಡ್; fashion",
    "ml": "ഫാഷൻ; ഫാഷന; ട്രെൻഡ; fashion",
    "pa": "ਫੈਸ਼ਨ; ਫ਼ੈਸ਼ਨ; ਟ੍ਰੈਂਡ; ਟਰੈਂਡ; fashion",
}
"""Per language, a fashion or a trend (English's heard in every language)."""


def in_fashion(
    hits: list[Hit], words: list[str], language: str, punct: frozenset[int]
) -> list[Hit]:
    """`hits` without the damage said in a clause of a fashion (see above)."""
    if not any(h.act == DAMAGED for h in hits):
        return hits
    fashion = forms_in(language, FASHION)

    def styled(h: Hit) -> bool:
        lo = max((b for b in punct if b <= h.start), default=0)
        hi = min((b for b in punct if b > h.start), default=len(words))
        return bool(ends_within(fashion, words, lo, hi))

    return [h for h in hits if h.act != DAMAGED or not styled(h)]
