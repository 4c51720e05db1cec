"""Goods sold loose, named with the word that also means change: "ਖੁੱਲ੍ਹਾ ਤੇਲ ਮਿਲੂ?"
(is there loose oil?), "दूध खुल्ला मिलता है?", "છૂટું તેલ આપો", "सुट्टं तेल मिळेल का?".
"Khulla", "છૂટું", "सुट्टं" are change when said of money and loose, out of a sack or a
can rather than a packet, when said of the goods: the line asks for the goods (or is
the act its other words say), no change.

A `need_change` hit of one word with a staple sold loose (`LOOSE`) right before it or one
of the two words after it ("खुल्ला मूंगफली तेल"), or a compound ending in one ("છૂટું
સીંગતેલ", loose groundnut oil), says nothing, unless a money word stands in the line
(`audio.market.loan_change.MONEY`: "500 का खुल्ला है? दूध लेना है" asks for change). Words
are matched like cues (see `audio.market.phrases`).
"""

from __future__ import annotations

from functools import cache

from audio.market.cue_hits import Hit
from audio.market.loan_change import MONEY
from audio.market.phrases import STEM_MIN, Form, at, forms_in

ACT = "need_change"

LOOSE = {
    "en": "oil; mustard; ghee; milk; sugar; rice; atta; flour; dal; tea; masala; salt; jaggery",
    "hi": "तेल; सरसों; घी; दूध; चीनी; शक्कर; चावल; आटा; दाल; चाय; मसाल; नमक; गुड़; tel; ghee; "
    "doodh; dudh; cheeni; chini; chawal; daal; namak",
    "pa": "ਤੇਲ; ਸਰ੍ਹੋਂ; ਘਿਓ; ਦੁੱਧ; ਖੰਡ; ਚੀਨੀ; ਚੌਲ; ਆਟਾ; ਦਾਲ; ਚਾਹ; ਮਸਾਲ; ਲੂਣ; ਗੁੜ; tel; "
    "ghio; dudh; khand; chaul",
    "gu": "તેલ; ઘી; દૂધ; ખાંડ; ચોખા; લોટ; દાળ; ચા=; મસાલ; ગોળ; tel; ghee; dudh; khand",
    "mr": "तेल; तूप; दूध; साखर; तांदूळ; पीठ; डाळ; चहा; मसाल; गूळ; tel; tup; dudh; sakhar",
}
"""Per language, staples sold loose, out of a tin or a sack."""


def _compound(staple: Form, word: str) -> bool:
    """Whether `word` is a compound ending in the one-word `staple` ("સીંગતેલ", groundnut
    oil; "शेंगदाणातेल"): the kind of the staple fused before it."""
    if len(staple) != 1:
        return False
    name = staple[0][0]
    return (
        len(name) >= STEM_MIN
        and not name.isascii()
        and len(word) > len(name)
        and word.endswith(name)
    )


@cache
def _forms(language: str) -> tuple[tuple[Form, ...], tuple[Form, ...]]:
    return forms_in(language, LOOSE), forms_in(language, MONEY)


def loose_goods(hits: list[Hit], words: list[str], language: str) -> list[Hit]:
    """`hits` without the change words said of goods sold loose."""
    if not any(h.act == ACT for h in hits):
        return hits
    goods, money = _forms(language)
    if any(at(m, words, i) for i in range(len(words)) for m in money):
        return hits

    def loose(h: Hit) -> bool:
        beside = (h.start - 1, h.end, h.end + 1)
        return h.end - h.start == 1 and any(
            0 <= i < len(words) and (at(g, words, i) or _compound(g, words[i]))
            for i in beside
            for g in goods
        )

    return [h for h in hits if h.act != ACT or not loose(h)]
