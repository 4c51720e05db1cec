"""Ripe that says "settled": Bengali "পাকা" (ripe, and a deal made firm), like
"पक्का" and "ਪੱਕਾ", said alone between pauses after a word of agreement ("আচ্ছা ঠিক আছে,
পাকা। নিয়ে যান।": ok, settled, take it) is the deal, not a question of ripeness.

A hit of `is_ripe` is the deal when its cue stands as a clause of its own (a pause or
the line's edge on either side, no "?" after it) and a word of agreement (`AGREED`) stands
elsewhere in the line. "পাকা তো?" (ripe, isn't it?) and "পাকা আম দিন" (give ripe
mangoes) keep their act.

"Fix" said the same way, as a clause of its own after a word of agreement ("sare andi,
fix, katti ivvandi", "ok bhaiya, fixed, tol do") is the deal too: the packing or weighing
asked after it is the next step (`deal` is meant over it). So is the loan "done" in an
Indic script ("ઓકે, ડન, બે પેક કરો", "ਚੱਲੋ, ਡਨ, ਬੰਨ੍ਹ ਦਿਓ", "আচ্ছা, ডান, বেঁধে দিন").

"Done" said the same way, a clause of its own after a word of agreement and before the
next step ("சரி, முடிஞ்சுது, வண்டில ஏத்துங்க", "ಸರಿ, ಮುಗೀತು, ಗಾಡಿಗೆ ಹಾಕಿ": ok, done, load
it in the van), closes the deal: the word (`DONE`) also says goods are finished, but
then it has goods before it in its clause ("தக்காளி முடிஞ்சுது") or nothing after it.
"""

from __future__ import annotations

from functools import lru_cache

from audio.lexicon import fold
from audio.market.phrases import Form, at, end_at, forms
from audio.understanding.address import ADDRESS

RIPE = "is_ripe"
DEAL = "deal"

AGREED = {
    "bn": "ঠিক আছে; আচ্ছা; ওকে; চলুন; চলো; নিয়ে যান; নিয়ে যাও; নিন=; দিলাম; রাজি; thik ache; "
    "accha; niye jan",
    "hi": "ठीक है; ओके; चलो; ले जाओ; ले जाइए; ले लो; हाँ; theek hai; chalo; le jao",
    "pa": "ਠੀਕ ਹੈ; ਓਕੇ; ਚੱਲੋ; ਲੈ ਜਾਓ; ਲੈ ਲਓ; ਹਾਂ ਜੀ; theek hai; chalo",
    "gu": "સારું; ઠીક છે; ઓકે; ચાલો; લઈ જાઓ; લઈ જા; saru; chalo",
    "mr": "बरं; ठीक आहे; ओके; चला; घेऊन जा; घ्या; bara; chala",
    "en": "ok; okay; alright; all right; fine",
    "ta": "சரி; ஓகே; sari; seri",
    "te": "సరే; సరి; ఓకే; sare; sari",
    "kn": "ಸರಿ; ಆಯ್ತು; ಓಕೆ; sari; aytu; aaytu",
    "ml": "ശരി; ഓക്കെ; ശെരി; shari; sheri; sari",
}
"""Per language, words that agree: ok, fine, come on, take it away."""


@lru_cache(maxsize=16)
def _agreed(language: str) -> tuple[Form, ...]:
    return forms("; ".join(AGREED.get(lang, "") for lang in {language, "en"}))


FIXED = frozenset(
    fold(w)
    for w in (
        "fix", "fixed", "फिक्स", "ఫిక్స్", "ஃபிக்ஸ்", "ಫಿಕ್ಸ್", "ഫിക്സ്", "ফিক্স", "ફિક્સ",
        "ਫਿਕਸ", "ਫ਼ਿਕਸ",
    )
)  # fmt: skip
"""The loan "fix" (settled), in every script."""

DONE_LOAN = frozenset(
    fold(w)
    for w in (
        "डन", "ડન", "ਡਨ", "ডান", "ডান্", "டன்", "డన్", "ಡನ್", "ഡൺ",
    )
)  # fmt: skip
"""The loan "done" in the Indic scripts. Said alone after a word of agreement it is the deal
as "fix" is ("ઓકે, ડન, બે પેક કરો", "আচ্ছা, ডান, বেঁধে দিন"), in every language alike,
though elsewhere it may be another word (Bengali "ডান", right; Tamil "டன்", a ton)."""


DONE = {
    "en": "done=; finished=; settled=",
    "hi": "हो गया; हो गई; ho gaya; ho gayi; बस हो गया",
    "ta": "முடிஞ்சுது; முடிஞ்சது; முடிஞ்சிடுச்சு; முடிந்தது; mudinjudhu; mudinjathu; mudinjiduchu; "
    "mudinjuthu; mudinjithu; mudinchuthu; முடிவாச்சு; முடிவாயிடுச்சு; mudivaachu; mudivachu",
    "te": "అయిపోయింది; అయింది; ayipoyindi; aipoyindi; ayindi",
    "kn": "ಮುಗೀತು; ಮುಗಿತು; ಆಯ್ತು; ಆಗೋಯ್ತು; mugitu; mugeetu; mugithu; mugeethu; aaytu",
    "ml": "കഴിഞ്ഞു; തീരുമാനമായി; kazhinju; ഉറപ്പിച്ചു; ഉറപ്പായി; urappichu; urappayi; urapichu",
    "bn": "হয়ে গেল; হয়ে গেছে; hoye gelo",
    "mr": "झालं; झाले; jhala; zala",
    "gu": "થઈ ગયું; પતી ગયું; thai gayu; pati gayu",
    "pa": "ਹੋ ਗਿਆ; ho gaya",
}
"""Per language, "done": a word of agreement before it and a next step after it make it
the deal closed."""


@lru_cache(maxsize=16)
def _done(language: str) -> tuple[Form, ...]:
    return forms("; ".join(DONE.get(lang, "") for lang in {language, "en"}))


NEXT_STEPS = frozenset({"pack_it", "weigh_it", "give_bag", "pay_upi", "pay_cash", "pay_card"})
"""Acts a closed deal goes on to; any other act heard ("ok, finished, come tomorrow")
makes the "done" the goods finished."""


THEN = frozenset(fold(w) for w in ("then",))
"""Words that may follow "done" in its clause ("ok, settled then, pack them up")."""


def _past(words: list[str], i: int, skip: frozenset[str]) -> int:
    """The index after the words of `skip` that stand from `i`."""
    while i < len(words) and words[i] in skip:
        i += 1
    return i


def done_alone(
    words: list[str], language: str, punct: frozenset[int], acts: list[str]
) -> list[tuple[int, int]]:
    """The spans of a "done" said as a clause of its own right after a word of agreement
    alone in its clause, and before another clause, in a line whose other acts are next
    steps (see above)."""
    if any(a not in NEXT_STEPS and a not in (DEAL, "out_of_stock") for a in acts):
        return []
    return [
        (i, end)
        for i in sorted(punct)
        if _agreed_before(words, i, language, punct)
        for f in _done(language)
        for said in [end_at(f, words, i)]
        if said is not None
        for end in [_past(words, said, ADDRESS | THEN)]
        if end in punct and end < len(words)
    ]


def _agreed_before(words: list[str], i: int, language: str, punct: frozenset[int]) -> bool:
    """Whether the clause that ends at index `i` is a word of agreement alone, or with
    terms of address after it ("சரி அண்ணா", "sheri chetta")."""
    start = max((b for b in punct if b < i), default=0)
    return any(
        end is not None and _past(words, end, ADDRESS) == i
        for f in _agreed(language)
        for end in [end_at(f, words, start)]
    )


def fixed_alone(words: list[str], language: str, punct: frozenset[int]) -> list[tuple[int, int]]:
    """The spans of a "fix" said as a clause of its own after a word of agreement (see
    above)."""
    return [
        (i, i + 1)
        for i, word in enumerate(words)
        if (word in FIXED or word in DONE_LOAN)
        and (i == 0 or i in punct)
        and (i + 1 == len(words) or i + 1 in punct)
        and any(at(f, words, j) for j in range(i) for f in _agreed(language))
    ]


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
