"""Freshness said not to show: "doesn't look fresh", "ஃப்ரெஷ்ஷா தெரியலையே", "ताज़ा नहीं लग
रहा", "ਤਾਜ਼ਾ ਨਹੀਂ ਲੱਗਦਾ". A word of freshness with a seeming denied (`NOT_FRESH`) doubts the
goods are old (`quality_old`), never claims them fresh (`claim_fresh`). Words are matched
like cues (see `audio.market.phrases`).
"""

from __future__ import annotations

from audio.market.cue_hits import Hit
from audio.market.phrases import first_span, forms_in

OLD = "quality_old"
FRESH = "claim_fresh"

NOT_FRESH = {
    "en": "doesn't look fresh; does not look fresh; don't look fresh; do not look fresh; "
    "doesn't seem fresh; don't seem fresh; not looking fresh",
    "hi": "ताज़ा नहीं लग; ताजा नहीं लग; ताज़ी नहीं लग; ताज़े नहीं लग; ताज़ा नहीं दिख; "
    "ताजा नहीं दिख; ताज़ा तो नहीं लग; taza nahi lag*; taaza nahi lag*",
    "ta": "ஃப்ரெஷ்ஷா தெரியல; ஃப்ரெஷ்ஷா இல்ல; ஃப்ரெஷா தெரியல; பிரெஷ்ஷா தெரியல; "
    "புதுசா தெரியல; fresh-a theriyala; freshaa theriyala",
    "te": "ఫ్రెష్‌గా లేదు; ఫ్రెష్ గా లేదు; ఫ్రెష్‌గా కనిపించ; ఫ్రెష్ గా కనిపించ; తాజాగా కనిపించ; fresh ga ledu",
    "bn": "টাটকা মনে হচ্ছে না; টাটকা লাগছে না; টাটকা দেখাচ্ছে না; ফ্রেশ মনে হচ্ছে না; tatka mone hocche na",
    "mr": "ताजं वाटत नाही; ताजा वाटत नाही; ताजी वाटत नाही; ताजे वाटत नाहीत; ताजं दिसत नाही; "
    "ताजा दिसत नाही; taja vatat nahi",
    "gu": "તાજું નથી લાગતું; તાજું લાગતું નથી; તાજા નથી લાગતા; તાજા લાગતા નથી; "
    "તાજી નથી લાગતી; taju nathi lagtu",
    "kn": "ಫ್ರೆಶ್ ಆಗಿ ಕಾಣ್ತಿಲ್ಲ; ಫ್ರೆಶ್ ಅನ್ನಿಸ್ತಿಲ್ಲ; ಫ್ರೆಶ್ ತರ ಕಾಣ್ತಿಲ್ಲ; ತಾಜಾ ಅನ್ನಿಸ್ತಿಲ್ಲ; fresh aagi kaanthilla",
    "ml": "ഫ്രഷ് ആയി തോന്നുന്നില്ല; ഫ്രഷ് ആണെന്ന് തോന്നുന്നില്ല; ഫ്രഷ് ആയി തോന്നില്ല; fresh aayi thonnunnilla",
    "pa": "ਤਾਜ਼ਾ ਨਹੀਂ ਲੱਗਦਾ; ਤਾਜ਼ੀ ਨਹੀਂ ਲੱਗਦੀ; ਤਾਜ਼ੇ ਨਹੀਂ ਲੱਗਦੇ; ਤਾਜ਼ਾ ਨਹੀਂ ਲਗਦਾ; taza nahi lagda",
}
"""Per language, freshness said not to show (English's heard in every language)."""


def not_fresh_looking(
    hits: list[Hit], words: list[str], language: str, punct: frozenset[int]
) -> list[Hit]:
    """`hits` with freshness said not to show read as `quality_old` (see above)."""
    span = first_span(forms_in(language, NOT_FRESH), words)
    if span is None:
        return hits
    return [h for h in hits if h.act not in (FRESH, OLD)] + [Hit(OLD, *span)]
