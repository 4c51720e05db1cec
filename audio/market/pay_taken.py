"""Which ways to pay a line asks about, as the act list says them: "do you take card?" is
`pay_card`, while "do you take UPI?" or "do you take cash?" asks which ways the stall
takes, `pay_how` ("UPI తీసుకుంటారా?", "आप यूपीआई लेते हो?", "ഗൂഗിൾ പേ എടുക്കുമോ?"). A way
to pay other than card is asked taken when a verb of taking (`TAKE`) follows it within a
word or two (English's "do you take", "accept" stand before it).

A way to pay run out of ("I've run out of cash", "कैश खत्म हो गया", "క్యాష్ అయిపోయింది")
is the reason for another, not one offered: a word of running out (`RUN_OUT`) just after
it (English's "out of" just before it) drops it, and the words say no "finished" of the
goods either. "Can I pay by card? I've run out of cash" asks whether card is taken.
Cash said spent further on in its clause ("card please, all my cash went at the temple",
"कैश तो मंदिर में चढ़ावे में चला गया", "ক্যাশ সব পুজোয় খরচ হয়ে গেছে") has run out the same
way: a word of spending (`SPENT`) after it, with no other way to pay between, drops it.
Only cash is spent so; a card or a UPI "gone" is a fault or money sent.
Words are matched like cues (see `audio.market.phrases`).
"""

from __future__ import annotations

from functools import lru_cache

from audio.market.phrases import Form, end_at, forms, forms_in

CARD = "pay_card"
HOW = "pay_how"
TAKEN = frozenset({"pay_upi", "pay_cash"})
"""The ways to pay that, asked taken, ask how the stall takes money."""

_AFTER = 2

TAKE_BEFORE = (
    "do you take; do you accept; you take; you accept; can you take; will you take; "
    "accept=; accepted=; taken="
)
"""English words of taking said before the way to pay (heard in every language)."""

TAKE = {
    "hi": "लेते; लोगे; ले लोगे; लेंगे; लेती; lete; loge; lenge",
    "ta": "எடுப்பீங்களா; எடுப்பீங்க; எடுக்கிறீங்களா; எடுக்குறீங்களா; வாங்குவீங்களா; eduppeengala; edupeengala; "
    "edukkuveengala; edukureengala; edukkureengala; eduppinga; edupinga; eduppeenga; "
    "vaanguveengala; vanguveengala; accept pannuveengala; accept panreengala",
    "te": "తీసుకుంటారా; తీసుకుంటారు; తీసుకుంటావా; తీసుకుంటార; teesukuntara; tisukuntara; "
    "teeskuntara; teeskuntaru; teeskuntava; teesukuntaru; accept chestar*; accept chesthar*",
    "bn": "নেন=; নেবেন; নেওয়া হয়; নিচ্ছেন; nen=; neben",
    "mr": "घेता; घेणार; घ्याल; घेतात; gheta; ghenar; ghyal",
    "gu": "લો છો; લેશો; લેતા; લેવાય; lo chho; lo cho; lesho",
    "kn": "ತಗೋತೀರಾ; ತಗೊಳ್ತೀರಾ; ತೆಗೆದುಕೊಳ್ತೀರಾ; ತಗೋತೀರ; ತಗೊಳ್ಳುತ್ತೀರಾ; tagothira; tagotira; "
    "tagoltira; tagolthira; accept madtira; accept maadtira",
    "ml": "എടുക്കുമോ; എടുക്കും; സ്വീകരിക്കുമോ; എടുക്കാമോ; edukkumo; accept cheyyumo",
    "pa": "ਲੈਂਦੇ; ਲਓਗੇ; ਲੈ ਲਓਗੇ; ਲਵੋਗੇ; lainde; laoge",
}
"""Per language, verbs of the stall taking a way to pay, said after it."""

RUN_OUT = {
    "en": "ran out; run out; finished; is over; got over; is finished",
    "hi": "खत्म; खतम; ख़त्म; khatam; khatm",
    "ta": "தீர்ந்து; தீந்து; முடிஞ்சு; theernthu",
    "te": "అయిపోయ; aipoy*; ayipoy*",
    "bn": "ফুরিয়ে; শেষ=; furiye; shesh",
    "mr": "संपल; संपले; sampal*",
    "gu": "ખલાસ; પૂરા થઈ; khalas",
    "kn": "ಖಾಲಿ; ಮುಗಿದ; ಮುಗೀತು; khali",
    "ml": "തീർന്നു; കഴിഞ്ഞു; theernnu",
    "pa": "ਮੁੱਕ; ਖਤਮ; ਖ਼ਤਮ; mukk*",
}
"""Per language, words of running out said after a way to pay (English's heard in every
language)."""

SPENT = {
    "en": "spent; went; gone; used up; all used",
    "hi": "खर्च; चला गया; चली गई; चले गए; लग गया; लग गए; लग गई; निकल गया; निकल गए; kharch*; "
    "chala gaya; chali gayi; chale gaye; lag gaya; lag gaye; nikal gaya",
    "ta": "செலவா; செலவாகி; செலவழிஞ்சு; போயிடுச்சு; போச்சு; selava*",
    "te": "ఖర్చ; అయిపోయ; kharcha*; ayipoy*",
    "bn": "খরচ; ফুরিয়ে; চলে গেছে; শেষ=; khoroch*; khorch*",
    "mr": "खर्च; संपल; गेले; गेली; kharch*",
    "gu": "વપરાઈ; વપરાય; ખર્ચ; ખલાસ; vaparai*; kharch*",
    "kn": "ಖರ್ಚ; ಖಾಲಿ; ಮುಗಿದ; ಮುಗೀತು; kharch*",
    "ml": "ചെലവ; ചിലവ; തീർന്നു; കഴിഞ്ഞു; chelav*",
    "pa": "ਖਰਚ; ਖ਼ਰਚ; ਮੁੱਕ; ਲੱਗ ਗਿਆ; ਲੱਗ ਗਏ; kharch*",
}
"""Per language, words of money spent or gone, said of cash later in its clause."""

SPENT_BEFORE = "spent; used up; blew; blown"
"""English words of spending said a few words before the cash ("spent all my cash")."""

CASH = "pay_cash"

OUT_BEFORE = "out of; run out of; ran out of"
"""English words of running out said before the way to pay."""


@lru_cache(maxsize=32)
def _forms(table: str, language: str) -> tuple[Form, ...]:
    if table == "take":
        return forms(TAKE.get(language, ""))
    if table == "take_before":
        return forms(TAKE_BEFORE)
    if table == "out_before":
        return forms(OUT_BEFORE)
    if table == "spent":
        return forms_in(language, SPENT)
    if table == "spent_before":
        return forms(SPENT_BEFORE)
    return forms_in(language, RUN_OUT)


def _after(table: str, words: list[str], end: int, language: str) -> tuple[int, int] | None:
    for i in range(end, min(end + _AFTER, len(words))):
        for f in _forms(table, language):
            stop = end_at(f, words, i)
            if stop is not None:
                return i, stop
    return None


def _before(table: str, words: list[str], start: int, language: str) -> tuple[int, int] | None:
    for i in range(max(0, start - 4), start):
        for f in _forms(table, language):
            if end_at(f, words, i) == start:
                return i, start
    return None


def run_out(words: list[str], start: int, end: int, language: str) -> tuple[int, int] | None:
    """The span of the words that say the way to pay at [start, end) has run out (see
    above), or None."""
    return _after("run_out", words, end, language) or _before("out_before", words, start, language)


def taken_asked(words: list[str], start: int, end: int, language: str) -> bool:
    """Whether the way to pay at [start, end) is asked taken by the stall (see above)."""
    return (
        _after("take", words, end, language) is not None
        or _before("take_before", words, start, language) is not None
    )


def spent(
    words: list[str],
    start: int,
    end: int,
    language: str,
    punct: frozenset[int],
    others: list[tuple[int, int]],
) -> tuple[int, int] | None:
    """The span of a word saying the cash at [start, end) was spent, later in its clause
    with none of the other ways to pay (`others`, token spans) between, or in English a
    few words before it ("spent all my cash"; see above)."""
    begin = max([b for b in punct if b <= start] + [start - 3, 0])
    begin = max([e for _, e in others if e <= start] + [begin])
    for i in range(begin, start):
        for f in _forms("spent_before", language):
            last = end_at(f, words, i)
            if last is not None and last <= start:
                return i, last
    stop = min([b for b in punct if b >= end] + [len(words)])
    stop = min([s for s, _ in others if s >= end] + [stop])
    for i in range(end, stop):
        for f in _forms("spent", language):
            last = end_at(f, words, i)
            if last is not None and last <= stop:
                return i, last
    return None
