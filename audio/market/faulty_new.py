"""New goods said to be faulty: "ഈ പുതിയ ട്യൂബും ലീക്കാണ്, നോക്ക്" (this new tube leaks too,
look), "இந்த புது டியூபும் லீக் ஆகுது". The "new" is the buyer's disappointment, no
freshness claimed: where the goods' damage (`quality_soft`) is said, a freshness heard
only in a word of newness (`NEW`) is dropped.

Words are matched like cues (see `audio.market.phrases`).
"""

from __future__ import annotations

from audio.market.cue_hits import Hit
from audio.market.passes import Line
from audio.market.phrases import end_at, forms_in

FRESH = "claim_fresh"
DAMAGE = "quality_soft"

NEW = {
    "en": "new; brand new",
    "hi": "नया; नई; नए; नये; naya; nayi",
    "ta": "புது; புதிய; புதுசு; pudhu",
    "te": "కొత్త; kotta",
    "bn": "নতুন; notun",
    "mr": "नवी; नवा; नवं; नवे; navi",
    "gu": "નવી=; નવો=; નવું=; નવા=; navi",
    "kn": "ಹೊಸ=; ಹೊಸದ; hosa",
    "ml": "പുതിയ; പുത്തൻ; puthiya",
    "pa": "ਨਵਾਂ; ਨਵੀਂ; ਨਵੇਂ; navan",
}
"""Per language, a word of newness."""


def _new_only(h: Hit, words: list[str], language: str) -> bool:
    return any(end_at(f, words, h.start) == h.end for f in forms_in(language, NEW))


def faulty_new(hits: list[Hit], line: Line) -> list[Hit]:
    """`hits` without a freshness said only as "new" of goods said damaged (see above)."""
    if not any(h.act == DAMAGE for h in hits):
        return hits
    return [h for h in hits if h.act != FRESH or not _new_only(h, line.words, line.language)]
