"""Stock asked with a size or an age and a bare "is there?": "XL साइज़ है?", "42 नंबर की
चप्पल है?", "बच्चों के स्वेटर हैं? पाँच-छह साल के लिए". Hindi asks for goods with "है क्या?"
(a cue of `have_it`), but also with a bare "है?"/"हैं?" that says "is it there?" as much as
"is it so?" ("ठीक है?", "कैसे हैं?"). With a size, a letter size or an age for whom the
goods are (`SIZED`) in the line, the bare "is there?" (`IS_THERE`) ending a clause asks for
the goods in that size: `have_it`. Not where a word of asking or a "this" stands in its
clause ("आपका नंबर क्या है?", "कौन सा साइज़ है?", "ये जूते 8 नंबर के हैं?": `ASKING`), nor
where what "is" is a judgement of fit ("साइज़ सही है?", "छोटा है?": `JUDGED`, just before
it).

Marathi asks so with a bare "आहे?" ("नऊ नंबरची चप्पल आहे?"), and an inch is a size
("छत्तीस इंच का बक्सा है?"). Words are matched like cues (see `audio.market.phrases`).
"""

from __future__ import annotations

from functools import cache

from audio.market.phrases import Form, at, end_at, forms

HAVE = "have_it"

IS_THERE = {
    "hi": "है ?; हैं ?; hai ?; hain ?; he ?",
    "mr": "आहे ?; आहेत ?; ahe ?; aahe ?",
}
"""Per language, the bare "is there?" that asks for stock only with a size said."""

SIZED = {
    "hi": "साइज़; साइज; size; sizes; नंबर=; नम्बर=; number; xl; xxl; xxxl; xs; "
    "साल के लिए; साल का=; साल की=; साल के=; साल वाले; साल वाली; saal ke liye; saal ka; "
    "saal ki; saal ke; उम्र के; umar ke; बरस के; baras ke; इंच; inch; inches",
    "mr": "साइज; साईज; size; नंबरच; नंबरा; नंबर=; number*; इंच; inch; xl; xxl",
}
"""Per language, a size, a letter size or an age for whom the goods are."""

ASKING = {
    "hi": "क्या=; कौन; कौनसा; कौन सा; कहाँ; कहां; कितन; कैसा; कैसी; कैसे; क्यों; कब=; "
    "kya; kaun; kahan; kitna; kitne; kitni; kaisa; kaise; kyon; kab; "
    "ये=; यह=; इस=; इन=; वो=; वह=; ye; yeh; is=; ye=",
    "mr": "काय=; कोणत; कुठ; किती; कसा; कसे; कशी; का=; हा=; ही=; हे=; ह्या; या=; kay=; kiti",
}
"""Per language, words of asking, and "this" or "that": what is asked, or the size of the
item at hand ("ये जूते 8 नंबर के हैं?"), is no stock asked."""

JUDGED = {
    "hi": "सही; ठीक; छोटा; छोटी; छोटे; बड़ा; बड़ी; बड़े; बडा; बडी; बडे; बराबर; फिट; "
    "टाइट; ढीला; ढीली; ढीले; sahi; theek; thik; chhota; chhoti; bada; badi; fit; tight; "
    "dheela; barabar",
    "mr": "बरोबर; ठीक; लहान; मोठा; मोठी; मोठे; फिट; टाइट; सैल; barobar; thik; fit",
}
"""Per language, judgements of fit said before "is": "साइज़ सही है?" asks no stock."""


@cache
def _forms(table: str, language: str) -> tuple[Form, ...]:
    source = {"is": IS_THERE, "sized": SIZED, "asking": ASKING, "judged": JUDGED}[table]
    return forms(source.get(language, ""))


def _any(table: str, words: list[str], lo: int, hi: int, language: str) -> bool:
    return any(at(f, words, i) for i in range(lo, hi) for f in _forms(table, language))


def sized_asked(
    words: list[str], language: str, punct: frozenset[int] = frozenset()
) -> list[tuple[int, int]]:
    """The spans of the bare "is there?" that ask for goods in a size said (see above)."""
    if not _any("sized", words, 0, len(words), language):
        return []
    out: list[tuple[int, int]] = []
    for i in range(1, len(words)):
        ends = [e for f in _forms("is", language) if (e := end_at(f, words, i)) is not None]
        end = max(ends, default=None)
        if end is None:
            continue
        lo = max([b for b in punct if b <= i] + [0])
        if _any("asking", words, lo, i, language) or _any("judged", words, i - 1, i, language):
            continue
        out.append((i, end))
    return out
