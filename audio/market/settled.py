"""Ripe that says "settled": Bengali "পাকা" (ripe, and a deal made firm), like
"पक्का" and "ਪੱਕਾ", said alone between pauses after a word of agreement ("আচ্ছা ঠিক আছে,
পাকা। নিয়ে যান।": ok, settled, take it) is the deal, not a question of ripeness.

A hit of `is_ripe` is the deal when its cue stands as a clause of its own (a pause or
the line's edge on either side, no "?" after it) and a word of agreement (`AGREED`) stands
elsewhere in the line. "পাকা তো?" (ripe, isn't it?) and "পাকা আম দিন" (give ripe
mangoes) keep their act.
"""

from __future__ import annotations

from functools import lru_cache

from audio.market.phrases import Form, at, forms

RIPE = "is_ripe"
DEAL = "deal"

AGREED = {
    "bn": "ঠিক আছে; আচ্ছা; চলুন; চলো; নিয়ে যান; নিয়ে যাও; নিন=; দিলাম; রাজি; thik ache; accha; niye jan",
    "hi": "ठीक है; चलो; ले जाओ; ले जाइए; ले लो; हाँ; theek hai; chalo; le jao",
    "pa": "ਠੀਕ ਹੈ; ਚੱਲੋ; ਲੈ ਜਾਓ; ਲੈ ਲਓ; ਹਾਂ ਜੀ; theek hai; chalo",
    "gu": "સારું; ઠીક છે; ચાલો; લઈ જાઓ; લઈ જા; saru; chalo",
    "mr": "बरं; ठीक आहे; चला; घेऊन जा; घ्या; bara; chala",
}
"""Per language, words that agree: ok, fine, come on, take it away."""


@lru_cache(maxsize=16)
def _agreed(language: str) -> tuple[Form, ...]:
    return forms(AGREED.get(language, ""))


def settled(words: list[str], start: int, end: int, language: str, punct: frozenset[int]) -> bool:
    """Whether the `is_ripe` cue at [start, end) says a deal is settled (see above)."""
    alone = (start == 0 or start in punct) and (end == len(words) or end in punct)
    if not alone or words[end : end + 1] == ["?"]:
        return False
    return any(
        at(f, words, i)
        for i in range(len(words))
        if not start <= i < end
        for f in _agreed(language)
    )
