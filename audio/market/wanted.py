"""The word "old" as the kind of goods asked for, not a complaint: "प्रेमचंद की पुरानी किताबें
हैं क्या?", "பழைய பதிப்பு இருக்கா?", "ಹಳೆಯ ಪುಸ್ತಕ ಇದೆಯಾ?" ask whether the old edition
or the old books are there. The doubt that goods are stale (`quality_old`) says them
("ये पुराने हैं क्या?", are these old?, the word "old" next to the "is there?"); where a
noun stands between the word for old and the stock question that follows ("old
<books> there?"), old names the goods wanted and the line asks for them (`have_it`).
Where the stock question is a verb of being there, not "is" (Telugu "ఉన్నాయా", Kannada
"ಇದೆಯಾ", Malayalam "ഉണ്ടോ"), "old ones" just before it ask for them too: "పాతవి
ఉన్నాయా?" (are there old ones?), where "ఇవి పాతవా?" doubts them. Stale or
yesterday's goods are never a kind asked for: "कालचा माल आहे का?" (is it yesterday's
stock?) and "ਕੱਲ੍ਹ ਦਾ ਮੀਟ ਹੈ?" doubt them (`STALE`).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Protocol, TypeVar

from audio.market.phrases import Form, at, forms


class _Span(Protocol):
    @property
    def act(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


WANTED_KIND = frozenset({"quality_old", "claim_sweet", "quality_soft"})
"""Acts whose word can name the kind of goods a stock question asks for: old books, sweet
curd ("মিষ্টি দই আছে?", "do you have sweet curd?"), the soft kind of dates ("नरम वाले
खजूर हैं क्या?", "do you have the soft kind?")."""

NOUN_NEEDED = frozenset({"claim_sweet", "quality_soft"})
"""Kinds that name goods only with a noun after them: "తియ్యగా ఉందా?" asks whether it is
sweet and "ये नरम हैं क्या?" whether these are soft, where "పాతవి ఉన్నాయా?" asks for old ones."""

ASKING = "have_it"

THERE = frozenset({"te", "kn", "ml"})
"""Languages whose stock question says "be there", apart from "be" (`have_it`)."""

ARTICLES = frozenset({"the", "a", "an", "some"})
"""English words that may stand between "do you have" and the kind asked for."""

NOUN_MAX = 2
"""Words the goods' name may take between the word for old and the question."""

H = TypeVar("H", bound=_Span)

STALE = (
    "stale; yesterday's; बासी; कल= का; कल= की; कल= के; basi; baasi; शिळ; काल=; कालच; kalch*; "
    "நேத்து; நேத்திக்கு; நேற்ற; నిన్నటి; বাসি; কালকের; গতকালের; વાસી; ગઈકાલ; "
    "ગઈ કાલ; ನಿನ್ನೆ; ಬಾಸಿ; ഇന്നലത്ത; ਬਾਸੀ; ਬੇਹ; ਕੱਲ੍ਹ= ਦ; kal ka; kal ki; kal ke"
)
"""Words for stale or yesterday's goods: never the kind of goods a stock question asks for."""


@lru_cache(maxsize=1)
def _stale() -> tuple[Form, ...]:
    return forms(STALE)


def named_wanted(hits: list[H], language: str = "", words: list[str] | None = None) -> list[H]:
    """`hits` without a `WANTED_KIND` word that describes the noun after it in a stock
    question: the noun (one or two words no hit covers) follows it, and then the
    question ("ये बासी तो नहीं? कल के हैं क्या?" keeps its doubt: the question is not
    the next thing said)."""
    asks = [h.start for h in hits if h.act == ASKING]
    asked_before = {h.end for h in hits if h.act == ASKING}
    covered = {i for h in hits for i in range(h.start, h.end)}

    def least(act: str) -> int:
        return 0 if language in THERE and act not in NOUN_NEEDED else 1

    return [
        h
        for h in hits
        if not (
            h.act in WANTED_KIND
            and not (words is not None and any(at(f, words, h.start) for f in _stale()))
            and (h.end not in covered or least(h.act) == 0)
            and (
                any(h.end + least(h.act) <= start <= h.end + NOUN_MAX for start in asks)
                # "do you have sweet curd?": the question first, then the kind and the goods
                or (
                    h.act in NOUN_NEEDED
                    and (
                        h.start in asked_before
                        or (
                            h.start - 1 in asked_before
                            and words is not None
                            and words[h.start - 1] in ARTICLES
                        )
                    )
                    and words is not None
                    and h.end < len(words)
                    and words[h.end] != "?"
                    and h.end not in covered
                )
            )
        )
    ]
