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

One way to pay asked with "or" and something else after it ("cash denge ya phone se?",
"રોકડા આપશો કે ફોનથી?": the other way is said in words no cue knows) asks how the other
side will pay too (`or_asked`): the clause ends in a question mark, and what follows the
"or" says no "no" ("cash chalega ya nahi?" asks whether cash will do).
"""

from __future__ import annotations

from itertools import pairwise

from audio.market.cue_hits import Hit
from audio.market.negation import is_negation
from audio.market.phrases import at, end_at, forms_in

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
        if any(at(f, words, i) for i in near if i + 1 not in punct for f in forms_in(language, OR)):
            return True
    return False


def or_asked(
    hits: list[Hit],
    words: list[str],
    language: str,
    punct: frozenset[int],
    methods: tuple[str, ...],
) -> list[Hit]:
    """The hits with a lone way to pay (one of `methods`) asked with "or" as asking how to
    pay (`pay_how`: see above; `punct`: indices of the words after punctuation)."""
    paying = [h for h in hits if h.act in methods]
    if len(paying) != 1:
        return hits
    hit = paying[0]
    for i in range(hit.end, min(len(words), hit.end + _AFTER + 1)):
        end = min([b for b in punct if b > i] + [len(words)])
        if words[end - 1] != "?":
            continue
        for f in forms_in(language, OR):
            after = end_at(f, words, i)
            if after is None or after >= end - 1:
                continue
            if not any(is_negation(w, language) for w in words[after : end - 1]):
                return [Hit("pay_how", h.start, h.end) if h is hit else h for h in hits]
    return hits
