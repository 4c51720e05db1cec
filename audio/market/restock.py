"""New stock told to come: "no paneer left, fresh stock comes at six", "ছটায় নতুন মাল আসবে".

A word of new or fresh goods before a word of stock ("fresh stock", "नया माल", "కొత్త
సరుకు") with a verb of coming to be after it in its clause tells when the goods come
again: the stock is out now (`out_of_stock`), and the "fresh" claims nothing of the goods
at hand. Said with a habit ("fresh stock comes every morning") it is the claim it was.
A number right before it is the hour the stock comes at, no price
(`audio.market.restock_hour`).
Words are matched like cues (see `audio.market.phrases`).
"""

from __future__ import annotations

from functools import cache

from audio.market.cue_hits import Hit
from audio.market.habit_here import HABIT
from audio.market.phrases import Form, end_at, forms_in

OUT = "out_of_stock"
FRESH = "claim_fresh"
_NEAR = 3
"""Words that may stand between the stock and its coming."""

NEW = {
    "en": "fresh; new; next",
    "hi": "नया; नई; नए; ताज़ा; ताजा; naya; nayi; naye",
    "ta": "புது; புதிய; pudhu; puthu",
    "te": "కొత్త; kotha; kottha",
    "bn": "নতুন; টাটকা; notun",
    "mr": "नवा; नवीन; नवी; ताजा; nava; navin",
    "gu": "નવો; નવી; નવું; નવા; તાજો; navo; navi",
    "kn": "ಹೊಸ; hosa",
    "ml": "പുതിയ; puthiya",
    "pa": "ਨਵਾਂ; ਨਵੀਂ; ਨਵੇਂ; ਤਾਜ਼ਾ; navan",
}
STOCK = {
    "en": "stock; load; lot; batch; consignment",
    "hi": "माल=; स्टॉक; maal; stock",
    "ta": "சரக்கு; ஸ்டாக்; sarakku",
    "te": "సరుకు; స్టాక్; saruku",
    "bn": "মাল=; স্টক; maal",
    "mr": "माल=; स्टॉक; maal",
    "gu": "માલ=; સ્ટોક; maal",
    "kn": "ಮಾಲು; ಸ್ಟಾಕ್; maalu",
    "ml": "സ്റ്റോക്ക്; ചരക്ക്; charakk*",
    "pa": "ਮਾਲ=; ਸਟਾਕ; maal",
}
COMES = {
    "en": "comes; will come; is coming; coming; arrives; will arrive",
    "hi": "आएगा; आएगी; आएंगे; आएँगे; आ जाएगा; आ जाएगी; aayega; aayegi; aaega",
    "ta": "வரும்=; வந்துடும்; varum",
    "te": "వస్తుంది; వస్తాయి; వస్తది; vastundi",
    "bn": "আসবে; asbe",
    "mr": "येईल; येतील; yeil",
    "gu": "આવશે; aavshe",
    "kn": "ಬರುತ್ತೆ; ಬರುತ್ತದೆ; ಬರುತ್ತವೆ; barutte",
    "ml": "വരും=; varum",
    "pa": "ਆਵੇਗਾ; ਆਵੇਗੀ; ਆਉਣਗੇ; aavega",
}


@cache
def _forms(table: str, language: str) -> tuple[Form, ...]:
    return forms_in(language, {"new": NEW, "stock": STOCK, "comes": COMES, "habit": HABIT}[table])


def _ends(table: str, words: list[str], i: int, language: str) -> list[int]:
    return [e for f in _forms(table, language) for e in [end_at(f, words, i)] if e is not None]


def _clause(i: int, words: list[str], punct: frozenset[int]) -> tuple[int, int]:
    start = max((b for b in punct if b <= i), default=0)
    return start, min((b for b in punct if b > i), default=len(words))


def restock_told(
    words: list[str], language: str, punct: frozenset[int] = frozenset()
) -> tuple[int, int] | None:
    """The span of new stock told to come (see above), or None."""
    for i in range(len(words)):
        for stock_at in _ends("new", words, i, language):
            for stock_end in _ends("stock", words, stock_at, language):
                start, end = _clause(i, words, punct)
                if any(_ends("habit", words, k, language) for k in range(start, end)):
                    return None
                for k in range(stock_end, min(end, stock_end + _NEAR + 1)):
                    for came in _ends("comes", words, k, language):
                        return i, came
    return None


def restocked(hits: list[Hit], words: list[str], language: str, punct: frozenset[int]) -> list[Hit]:
    """`hits` with new stock told to come said as `out_of_stock`, and the freshness in it
    dropped."""
    span = restock_told(words, language, punct)
    if span is None:
        return hits
    kept = [h for h in hits if h.act != FRESH or not (span[0] <= h.start < span[1])]
    return [*kept, Hit(OUT, *span)]
