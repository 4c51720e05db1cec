"""A question said after "otherwise" gives the reason for what was asked before it, and
asks no price: "put it in two bags, otherwise how much will it weigh?", "ரெண்டு பையில
போடுங்க, இல்லன்னா எவ்வளவு கனமா இருக்கும்?", "दोन पिशव्यांत द्या, नाहीतर किती जड
होईल?". Its "how much" or "how" (`ASKING`: the words of the price question, the bulk rate
and the way to pay) asks how heavy, how much spills or how it is to be carried, in a
question nobody is to answer: the line is
what was asked before it (`give_bag`, `pack_it`, `weigh_properly`). Nothing asked before
"otherwise" ("ये नहीं तो वो कितने का है?", if not this, how much is that one?) leaves the
price question as it is.

The "then" of an "otherwise" ("નહીં તો", "नहीं तो", "ਨਹੀਂ ਤਾਂ") closes no condition
either: "બે થેલીમાં આપો, નહીં તો…" (give it in two bags, otherwise…) takes no count of
bags on a condition ("100 થેલી લઉં તો?": `audio.market.lots`), so the words before it are
heard on their own.

"Otherwise" is a word for no with "then" (`audio.market.negation.OTHERWISE`) or one of
`MORE` (`or else`, "അല്ലെങ്കിൽ"); words are matched like cues (see
`audio.market.phrases`).
"""

from __future__ import annotations

from audio.market.cue_hits import Hit, cue_hits
from audio.market.inventory import ACTS
from audio.market.negation import OTHERWISE
from audio.market.phrases import end_at, forms_in

ASKING = frozenset({"ask_price", "bulk_price", "pay_how"})
"""Acts whose words ask "how much" or "how"."""

MORE = {
    "en": "or else",
    "hi": "nahin to; nahin toh",
    "gu": "નહિ તો",
    "ml": "അല്ലെങ്കിൽ; അല്ലേൽ; allenkil; allel",
    "pa": "ਨਹੀਂ ਤੇ; ਨਹੀਂ ਤਾ=; nahi te",
}
"""Per language, "otherwise" said beside the words of `OTHERWISE` (English's heard in
every language)."""


def otherwise_spans(words: list[str], language: str) -> list[tuple[int, int]]:
    """The token spans [start, end) of the words that say "otherwise" in `words`."""
    spans: list[tuple[int, int]] = []
    for i in range(len(words)):
        ends = [
            e for f in forms_in(language, OTHERWISE, MORE) if (e := end_at(f, words, i)) is not None
        ]
        if ends:
            spans.append((i, max(ends)))
    return spans


def unconditioned(hits: list[Hit], words: list[str], language: str) -> list[Hit]:
    """`hits` (the cue hits of `words`) without a "how much" whose last words are an
    "otherwise" (a bulk rate's "then"), and with the hits of the words before that
    "otherwise", heard on their own (see above)."""
    spans = otherwise_spans(words, language)
    cut = [h for h in hits if h.act in ASKING and any(s < h.end <= e for s, e in spans)]
    if not cut:
        return hits
    before = min(s for s, e in spans if any(s < h.end <= e for h in cut))
    kept = [h for h in hits if h not in cut]
    heard = {(h.act, h.start, h.end) for h in kept}
    return kept + [
        h for h in cue_hits(words[:before], language) if (h.act, h.start, h.end) not in heard
    ]


def rhetorical(hits: list[Hit], words: list[str], language: str) -> list[Hit]:
    """`hits` without a "how much" or a "how" said after an "otherwise" that follows another act
    (see above)."""
    if not any(h.act in ASKING for h in hits):
        return hits
    asked = [h.end for h in hits if h.act not in ASKING and not ACTS[h.act].weak]
    reasons = [e for s, e in otherwise_spans(words, language) if any(a <= s for a in asked)]
    return [h for h in hits if h.act not in ASKING or not any(h.start >= e for e in reasons)]
