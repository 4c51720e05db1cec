"""Something free asked to be put in a small bag: "ಒಂದು ಸಣ್ಣ ಕವರ್‌ನಲ್ಲಿ ಸ್ವಲ್ಪ ಗೊಬ್ಬರ ಫ್ರೀ
ಹಾಕಿ" (put a little manure free in a small cover), "एक छोटी थैली में थोड़ा धनिया फ्री डाल
दो", "put a little curry leaves in a small cover, free". The bag holds the extra asked
for (`ask_extra`): no bag is asked for its own sake (`give_bag`), and its "small" is the
bag's size, no doubt about the goods (`quality_small`).

A hit of `give_bag` yields to an `ask_extra` in its line when the bag is said as the place
the extra goes: its last word carries a case ending of place (`IN_ENDINGS`: "-में" is a
word of its own, "पिशवीत", "કવરમાં", "கவர்ல", "కవర్‌లో", "ಕವರ್‌ನಲ್ಲಿ", "കവറിൽ",
"প্যাকেটে"), a word of place follows it (`IN_AFTER`: "में", "ਵਿੱਚ"), or English "in" or
"into" stands before it within three words. A `quality_small` ending right where the bag
begins (or inside it) says the bag's size and goes with it. "Give a bag, and some
coriander free" asks for both: the bag there is no place."""

from __future__ import annotations

from audio.lexicon import fold
from audio.market.cue_hits import Hit
from audio.market.passes import Line
from audio.market.phrases import at, forms_in

BAG = "give_bag"
EXTRA = "ask_extra"
SMALL = "quality_small"

IN_ENDINGS = {
    "mr": ("त",),
    "gu": ("માં",),
    "bn": ("টে", "গে", "তে", "লিতে"),
    "ta": ("ல", "ில்", "லே", "ுல"),
    "te": ("లో",),
    "kn": ("ಲ್ಲಿ", "ಲಿ"),
    "ml": ("ിൽ", "ൽ"),
}
"""Per language, case endings of place on a bag word ("in the bag")."""

IN_AFTER = {
    "hi": "में; मे=; mein; me=; main=",
    "pa": "ਵਿੱਚ; ਵਿਚ; ਚ=; vich; ch=",
    "gu": "માં; ma=",
    "mr": "मध्ये; madhye",
    "bn": "এ=; e=",
}
"""Per language, words of place said after a bag word."""

_IN = frozenset(fold(w) for w in ("in", "into", "inside"))


def extra_bagged(hits: list[Hit], line: Line) -> list[Hit]:
    """`hits` without a bag said as the place a free extra goes (see above)."""
    if not any(h.act == EXTRA for h in hits):
        return hits
    bags = [h for h in hits if h.act == BAG and _bag_is_place(h, line)]
    if not bags:
        return hits
    return [
        h
        for h in hits
        if h not in bags and not (h.act == SMALL and any(b.start <= h.end <= b.end for b in bags))
    ]


def _bag_is_place(hit: Hit, line: Line) -> bool:
    words, language = line.words, line.language
    last = words[hit.end - 1]
    endings = tuple(fold(e) for e in IN_ENDINGS.get(language, ()))
    if any(last.endswith(e) and len(last) > len(e) + 1 for e in endings):
        return True
    if hit.end < len(words) and any(at(f, words, hit.end) for f in forms_in(language, IN_AFTER)):
        return True
    return any(w in _IN for w in words[max(0, hit.start - 3) : hit.start])
