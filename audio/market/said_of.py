"""Ordinary words that say an act only of the goods: "ছোট ছেলে" is a small boy, "പുതിയ
വീട്" a new house, "मीठी बातें" sweet talk, "खेत में काम" farm work, "खाना पका हुआ है" the
food is cooked, "a wedding card", "I shop online", "भीड़ ज़्यादा है" the crowd is more.
Each such word describes the noun beside it, not the goods on the stall, and the line is
small talk, relayed as said.

`SAID_OF` lists, per act and language, pairs of (cue words, nouns): a hit of that act
whose first word is one of the cue words ("" for any of its cues) is no act when one of
the nouns stands within two words of it, before or after, outside the cue. Nouns never
include a term of address ("छोटा है भाई" is "it's small, brother"). Words are matched like
cues (see `audio.market.inventory`): an Indic word of three letters or more also as a
stem, unless it ends in "="; a Latin word as written unless it ends in "*". The nouns
are listed in `audio.market.said_of_nouns`.
"""

from __future__ import annotations

from functools import lru_cache

from audio.market.clause import asked_when, clause
from audio.market.phrases import Form, at, forms, forms_in
from audio.market.said_of_life import LIFE_SAID_OF
from audio.market.said_of_nouns import (
    ADMIRED,
    ARRIVED,
    ASKING,
    BECAME,
    BEFALLS,
    BUILT,
    CHILD,
    CLINIC,
    COMING,
    COOKED,
    CROWD,
    DEVICE,
    EATEN_AT_ONCE,
    EVENT,
    FOR_A_TIME,
    FUNCTION,
    GOING,
    GROOMED,
    HALT,
    HEALTH,
    LINEAGE,
    MADE,
    NEW,
    NOTES,
    ONLINE_CUE,
    PAPER,
    PATRON,
    PHONE_PE,
    PROCESSION,
    PROPERTY,
    ROUTINE,
    SCAN,
    SHIFT,
    SHOPPING,
    SHOWS,
    SIGHT,
    STANDING,
    TALK,
    TROUBLE,
    WEDDING,
    WELL,
    WHEN,
    WISH,
    WORK,
    WRITING,
)
from audio.market.said_of_talk import INVITE, MORE_CLAUSE_WIDE, MORE_SAID_OF
from audio.market.worn import worn_small

_NEAR = 3
"""How many words on either side of the cue a noun may stand."""

SMALL = "quality_small"
"""Said of a child beside it, no act, unless said of a thing the child wears
(`audio.market.worn`)."""
_ANY: dict[str, str] = {}
"""Any cue of the act."""

_SOLD = {
    "en": "shop; business; plot",
    "pa": "ਦੁਕਾਨ; ਹੱਟੀ; ਜ਼ਮੀਨ; ਪਲਾਟ; dukan; hatti; zameen; plot",
    "hi": "दुकान; ज़मीन; जमीन; प्लॉट; dukaan; zameen; plot",
}
"""A shop, a business, land or a plot: a deal "done" of it ("ਜ਼ਮੀਨ ਦਾ ਸੌਦਾ ਹੋ ਗਿਆ") is its
sale told, though a house named beside a deal is where the goods go ("deal, bring it
home on Saturday")."""

_SUGAR_HAD = {"bn": "সুগার= আছে; শুগার= আছে; ডায়াবেটিস আছে; প্রেশার আছে; প্রেসার আছে"}
"""Diabetes or blood pressure had ("চিনি ছাড়া, সুগার আছে", without sugar, I'm diabetic): the
speaker's illness, no stock asked. "সুগার ফ্রি বিস্কুট আছে?" still asks for goods."""

SAID_OF: dict[str, tuple[tuple[dict[str, str], dict[str, str]], ...]] = {
    "quality_small": ((_ANY, CHILD), (_ANY, NOTES), (_ANY, SIGHT), (_ANY, MADE)),
    "claim_fresh": ((_ANY, NEW), ({"en": "just off; fresh off; straight off"}, ARRIVED)),
    "claim_sweet": ((_ANY, TALK), (_ANY, HEALTH)),
    "is_ripe": ((_ANY, COOKED), (_ANY, WEDDING)),
    "claim_origin": ((_ANY, WORK), (_ANY, STANDING)),
    "pack_it": ((_ANY, BUILT),),
    "out_of_stock": ((_ANY, WORK), (_ANY, BECAME), (_ANY, EVENT), (_ANY, PROPERTY)),
    "deal": ((_ANY, EVENT), (_ANY, WEDDING), (_ANY, _SOLD)),
    "quality_old": (
        (_ANY, PATRON),
        (_ANY, LINEAGE),
        (_ANY, DEVICE),
        (_ANY, PROPERTY),
        (_ANY, NOTES),
    ),
    "bulk_price": (
        ({"en": "for all"}, FOR_A_TIME),
        ({"en": "in one go; at once; all together; altogether"}, EATEN_AT_ONCE),
    ),
    "quality_soft": ((_ANY, BEFALLS),),
    "regular_customer": ((_ANY, ROUTINE),),
    "too_expensive": ((_ANY, CROWD), (_ANY, HEALTH)),
    "pay_card": ((_ANY, PAPER),),
    "pay_upi": ((ONLINE_CUE, SHOPPING), (SCAN, CLINIC), (PHONE_PE, ASKING)),
    "ask_price": ((_ANY, WHEN),),
    "have_it": (
        (
            {"gu": "છે"},
            {
                "gu": "એમ=; એવ; કાલે; આજે; હું=; તમે=; મને=; દીકર; આવવાન; જવાન; થવાન; ક્યારે; "
                "આવે=; જાય=; kyare; aave="
            },
        ),
        ({"gu": "છે", "hi": "है; हैं", "pa": "ਹੈ"}, GOING),
        ({"bn": "আছে"}, _SUGAR_HAD),
        (_ANY, WELL),
        (_ANY, COMING),
        (_ANY, SHOWS),
        (_ANY, FUNCTION),
        (_ANY, PROCESSION),
    ),
}
"""Per act: (cue words per language, nouns per language) it is said of when not the goods."""
SAID_OF = {
    a: SAID_OF.get(a, ()) + MORE_SAID_OF.get(a, ()) + LIFE_SAID_OF.get(a, ())
    for a in {*SAID_OF, *MORE_SAID_OF, *LIFE_SAID_OF}
}

CLAUSE_WIDE: dict[str, tuple[dict[str, str], ...]] = {
    "too_expensive": (CROWD,),
    "out_of_stock": (WORK, EVENT, TROUBLE),
    "claim_sweet": (HEALTH, TALK, WRITING, ADMIRED),
    "claim_fresh": (WISH, WRITING, GROOMED),
    "claim_origin": (SHIFT,),
}
"""Per act: nouns it is said of wherever they stand in its clause (`audio.market.clause`):
"traffic on this road has been too much since the flyover work started"."""

CLAUSE_WIDE = {
    a: CLAUSE_WIDE.get(a, ()) + MORE_CLAUSE_WIDE.get(a, ())
    for a in {*CLAUSE_WIDE, *MORE_CLAUSE_WIDE}
}

NEAR_IN_CLAUSE: dict[str, tuple[dict[str, str], ...]] = {
    "out_of_stock": (HALT,),
    "pick_myself": (CHILD,),
}
"""Per act: nouns it is said of when they stand within `_NEAR` words of it with no
punctuation between: "the fishing ban is over", while "onions are finished, lorry
strike" gives the strike as the reason the goods ran out; "the kid picks it himself" is
the child's choosing, while "can I pick the colours myself? my daughter is fussy" gives
the child as the reason the speaker picks."""

BOUND_BY_PUNCT = frozenset(
    {"claim_sweet", "paid_check", "out_of_stock", "show_better", "ask_extra"}
)
"""Acts whose cue describes no noun across a break: in "tasty, people come back for it"
the taste is the goods', and the people come for it; in "sent it, did it come? the job
is done" the money is asked about; in "हर हफ्ते आपसे ही लेती हूँ, दो नींबू फ्री डाल दो" the
"free" asks for lemons, and the "I am" of the habit before the break is no time free."""

BOUND_NOUNS: dict[str, tuple[dict[str, str], ...]] = {"come_look": (INVITE,)}
"""Per act: nouns of `SAID_OF` it describes after its cue only within its clause: "come
for the wedding" and "the puja is on Saturday, do come" invite, while in "come, have a
look, wedding garlands" the wedding names the goods."""

ASKED_WHEN = frozenset({"out_of_stock"})
"""Acts no "when" is asked of: "कब खत्म होगा" asks when the work will finish."""


@lru_cache(maxsize=256)
def _rules(
    act: str, language: str
) -> tuple[tuple[tuple[Form, ...], tuple[Form, ...], bool, bool], ...]:
    """The rules of `act` that hold in `language`, each with whether it stops at a break:
    one whose cue words are listed only for other languages (Gujarati "આવજો", do come)
    holds for no cue of this one."""
    sources = {language, "en"}
    rules = []
    for cues, nouns in SAID_OF.get(act, ()):
        said = forms("; ".join(cues.get(lang, "") for lang in sources))
        if cues and not said:
            continue
        bound = act in BOUND_BY_PUNCT or any(nouns is b for b in BOUND_NOUNS.get(act, ()))
        wearer = act == SMALL and nouns is CHILD
        rules.append(
            (said, forms("; ".join(nouns.get(lang, "") for lang in sources)), bound, wearer)
        )
    return tuple(rules)


@lru_cache(maxsize=256)
def _near_nouns(act: str, language: str) -> tuple[Form, ...]:
    return forms_in(language, *NEAR_IN_CLAUSE.get(act, ()))


@lru_cache(maxsize=256)
def _clause_nouns(act: str, language: str) -> tuple[Form, ...]:
    return forms_in(language, *CLAUSE_WIDE.get(act, ()))


def said_of_other(
    act: str,
    words: list[str],
    start: int,
    end: int,
    language: str,
    punct: frozenset[int] = frozenset(),
) -> bool:
    """Whether the cue of `act` at [start, end) describes a noun beside it (or in its
    clause, for `CLAUSE_WIDE` acts, whose clauses break after the words in `punct`), not
    the goods."""
    if act in ASKED_WHEN and asked_when(words, start, language):
        return True
    nouns = _clause_nouns(act, language)
    span = clause(words, start, end, language, punct) if nouns else None
    if span is not None and any(
        at(n, words, i) for i in range(*span) if not start <= i < end for n in nouns
    ):
        return True
    for cues, nouns, bound, wearer in _rules(act, language):
        if cues and not any(at(c, words, start) for c in cues):
            continue
        for i in range(max(0, start - _NEAR), min(len(words), end + _NEAR)):
            if start <= i < end:
                continue
            if (
                bound
                and (act in BOUND_BY_PUNCT or i >= end)
                and any(min(i + 1, end) <= b <= max(i, start) for b in punct)
            ):
                continue
            if i >= end and "?" in words[end - 1 : i]:  # "कुर्ता है? त्योहार के लिए": asked, then why
                continue
            if any(at(n, words, i) for n in nouns) and not (
                wearer and worn_small(words, start, language, punct)
            ):
                return True
    near = _near_nouns(act, language)
    for i in range(max(0, start - _NEAR), min(len(words), end + _NEAR)):
        if start <= i < end or any(min(i + 1, end) <= b <= max(i, start) for b in punct):
            continue
        if "?" in words[min(i, end) : max(i, start)]:  # a question mark ends a clause too
            continue
        if any(at(n, words, i) for n in near):
            return True
    return False
