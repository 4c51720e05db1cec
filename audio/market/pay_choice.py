"""Two ways to pay offered as a choice: "PhonePe is fine, or do you want cash?", "gpay chalel
ki cash?", "ஜிபே பண்ணட்டுமா இல்ல காசா?". A word that asks whether one way will do ("ok",
"chalega", "চলবে") picks that way over another said beside it ("card chalega? cash kam
hai"), but not across a word for "or": the speaker asks which way to pay (`pay_how`), so
neither way is dropped.

A word of `OR` after one way to pay (at most `_AFTER` words after its end) and before the
next (at most `_BEFORE` words before its start: "or only cash", "या फिर कैश") makes the
line a choice; not one that ends a clause ("ಕ್ಯಾಶ್ ಇಲ್ಲ, ಕಾರ್ಡ್ ಆಗುತ್ತಾ?": no cash, will
card do?), where a word that also says no says it. Words are matched like cues (see
`audio.market.phrases`).
"""

from __future__ import annotations

from functools import lru_cache
from itertools import pairwise

from audio.market.phrases import Form, at, forms_in

_AFTER = 4
"""Words that may stand between the first way to pay and the word for "or"."""
_BEFORE = 3
"""Words that may stand between the word for "or" and the next way to pay, itself included."""

OR = {
    "en": "or; either",
    "hi": "या=; ya=; yaa=; अथवा; athva; वरना; warna; varna",
    "ta": "இல்ல=; இல்லை=; இல்லன்னா; இல்லேன்னா; அல்லது; illa=; illana; alladhu; allathu",
    "te": "లేక=; లేదా=; లేకపోతే; leka=; leda=; lekapothe",
    "bn": "নাকি; না= কি=; বা=; অথবা; naki; na= ki=; ba=; othoba",
    "mr": "की=; किंवा; ki=; kinva; kimva",
    "gu": "કે=; અથવા; યા=; ke=; athva; ya=",
    "kn": "ಅಥವಾ; ಇಲ್ಲ=; ಇಲ್ಲಾ=; ಇಲ್ಲಾಂದ್ರೆ; ಇಲ್ಲಾಂದರೆ; athava; illa=; illandre",
    "ml": "അതോ; അല്ലെങ്കിൽ; അല്ലേൽ; atho=; allenkil; allengil; allel",
    "pa": "ਜਾਂ=; ਕਿ=; ਯਾ=; ja=; jaan=; ya=; ke=; ki=",
}
"""Per language, words for "or" (English's heard in every language)."""


@lru_cache(maxsize=16)
def _or(language: str) -> tuple[Form, ...]:
    return forms_in(language, OR)


def offered_choice(
    words: list[str],
    spans: list[tuple[int, int]],
    language: str,
    punct: frozenset[int] = frozenset(),
) -> bool:
    """Whether two of `spans` (ways to pay said, token spans [start, end)) have a word for
    "or" between them; `punct`: indices of words after punctuation."""
    ordered = sorted(spans)
    for (_, end), (start, _) in pairwise(ordered):
        near = range(max(end, start - _BEFORE), min(start, end + _AFTER + 1))
        if any(at(f, words, i) for i in near if i + 1 not in punct for f in _or(language)):
            return True
    return False
