"""A hit turned into the act its words say (`audio.market.heard`): a claim denied its
doubt, a bag said had with "no" a bag needed, weighing with a fault the complaint."""

from __future__ import annotations

from audio.market.cue_hits import Hit
from audio.market.denied import (
    ASKED_BACK,
    ASKED_KEEPS,
    DENIED,
    HAD_BAG,
    NO_BAG,
    asked_back,
    bag_denied,
    denied,
)
from audio.market.not_brought import not_brought
from audio.market.quality_asked import ANOTHER, BETTER, quality_asked
from audio.market.scale_fault import PROPERLY, WEIGH, fault_told
from audio.market.settled import DEAL, RIPE, settled


def bag_missing(hit: Hit, words: list[str], language: str, punct: frozenset[int]) -> Hit:
    """A bag said had with "no" right after it ("ਮੇਰੇ ਕੋਲ ਝੋਲਾ ਨਹੀਂ", "என்கிட்ட பை இல்ல")
    is a bag needed (`audio.market.denied.bag_denied`): the hit spans the "no" too, so no
    refusal of a bag is read in it later (a bag refused says the speaker has one). So is
    one said not brought ("થેલી નથી લાવ્યો": `audio.market.not_brought`)."""
    if hit.act != HAD_BAG:
        return hit
    if not_brought(words, hit.start, punct, language):
        return Hit(NO_BAG, hit.start, hit.end)
    span = bag_denied(words, hit.start, hit.end, language, punct)
    return hit if span is None else Hit(NO_BAG, *span)


def turned(hit: Hit, words: list[str], language: str, punct: frozenset[int]) -> Hit:
    """The act a hit says in its words: a claim denied ("ताज़ा नहीं") its doubt, change
    with "no" the vendor's "no change" unless asked back ("ਖੁੱਲ੍ਹੇ ਨਹੀਂ ਹੈਗੇ?", which
    asks for it), "পাকা" after agreement the deal, weighing with a fault the complaint
    (an act id "" says nothing), another one asked with a word of quality the better ones."""
    act, start, end = hit.act, hit.start, hit.end
    if act in DENIED and denied(words, start, end, language, punct):
        if not (act in ASKED_KEEPS and asked_back(words, end, punct)):
            return Hit(DENIED[act] or "", start, end)
    elif act in ASKED_BACK and asked_back(words, end, punct):
        return Hit(ASKED_BACK[act], start, end)
    if act == RIPE and settled(words, start, end, language, punct):
        return Hit(DEAL, start, end)
    if act == WEIGH and fault_told(words, start, end, language, punct):
        return Hit(PROPERLY, start, end)
    if act == ANOTHER and quality_asked(words, start, end, language):
        return Hit(BETTER, start, end)
    return hit
