"""An errand run with the goods made ready meanwhile: "मैं दूध ले के आती हूँ, तब तक तौल के
रख देना" (I'll get the milk and come, weigh it out by then), "मी भाजी घेऊन येते, तोपर्यंत
तयार ठेवा", "I'll pick up the bread and come, keep it packed by then". The speaker's
coming (`COMING`) with a word of "by then" or "meanwhile" after it (`BY_THEN`) says the
speaker goes and comes back for the goods: `come_back_later`, the weighing, packing or
readying asked for meanwhile its next step, and the "pick up" of the errand no picking
of one's own. Words are matched like cues (see `audio.market.phrases`).
"""

from __future__ import annotations

from functools import lru_cache

from audio.market.cue_hits import Hit
from audio.market.phrases import Form, end_at, forms_in

LATER = "come_back_later"

READIED = frozenset(
    {"pack_it", "weigh_it", "pick_myself", "give_bag", "wait", "goodbye", "greet", "thanks"}
)
"""Acts that, said with the errand, are what is asked meanwhile or its courtesies."""

COMING = {
    "en": "and come; come back; be back; i'll come; i will come",
    "hi": "आता हूँ; आती हूँ; आता हूं; आती हूं; आऊँगा; आऊंगा; आऊँगी; आऊंगी; आते हैं; "
    "aata hoon; aati hoon; aata hun; aati hun; aata hu; aati hu; aaunga; aaungi",
    "mr": "येते=; येतो=; येईन; येऊ=; yete; yeto; yein",
    "gu": "આવું=; આવું છું; આવીશ; આવીએ; aavu; aavish; avu",
    "ta": "வரேன்; வர்றேன்; வந்துடறேன்; வந்துடுறேன்; வந்துர்றேன்; varen; varren; vandhudaren",
    "te": "వస్తా=; వస్తాను; వచ్చేస్తా; vasta; vastha; vastanu; vachesta",
    "bn": "আসছি; আসব; আসবো; আসি=; aschi; asbo; ashchi",
    "kn": "ಬರ್ತೀನಿ; ಬರುತ್ತೇನೆ; ಬರ್ತೀನ; barteeni; barthini; bartini",
    "ml": "വരാം; വരാട്ടോ; വരും=; varam; varaam",
    "pa": "ਆਉਂਦਾ; ਆਉਂਦੀ; ਆਵਾਂਗਾ; ਆਵਾਂਗੀ; ਆਇਆ=; aunda; aundi; aavanga; aavangi",
}
"""Per language, the speaker's coming (English's heard in every language)."""

BY_THEN = {
    "en": "by then; meanwhile; in the meantime; till then; until then; by the time",
    "hi": "तब तक; तबतक; उतने में; इतने में; tab tak; tabtak; itne mein; utne mein",
    "mr": "तोपर्यंत; तोवर; तोपावेतो; toparyant; tovar",
    "gu": "ત્યાં સુધી; ત્યાંસુધી; ત્યાં સુધીમાં; એટલી વારમાં; tya sudhi; tyan sudhi",
    "ta": "அதுக்குள்ள; அதுக்குள்ளே; அதுவரைக்கும்; அதுவரை; athukulla; adhukulla; adhukkulla",
    "te": "అప్పటికి; అప్పటిలోగా; ఆ లోపు; ఈ లోపు; ఈలోపు; ఆలోపు; ఆలోగా; appatiki; eelopu; aalopu",
    "bn": "ততক্ষণ; ততক্ষণে; এর মধ্যে; এরমধ্যে; totokkhon; totokhon; tatakshan",
    "kn": "ಅಷ್ಟರಲ್ಲಿ; ಅಷ್ಟರೊಳಗೆ; ಅಲ್ಲೀವರೆಗೆ; ಅಲ್ಲಿವರೆಗೆ; ashtaralli; ashtarolage",
    "ml": "അപ്പോഴേക്കും; അതുവരെ; അതിനുള്ളിൽ; appozhekkum; athuvare",
    "pa": "ਓਦੋਂ ਤੱਕ; ਉਦੋਂ ਤੱਕ; ਤਦ ਤੱਕ; ਓਨੇ ਚਿਰ; ਉਨੇ ਚਿਰ; ਓਨੀ ਦੇਰ; odon tak; udon tak; one chir",
}
"""Per language, "by then", "meanwhile"."""


@lru_cache(maxsize=16)
def _forms(language: str) -> tuple[tuple[Form, ...], tuple[Form, ...]]:
    return forms_in(language, COMING), forms_in(language, BY_THEN)


def ready_by_then(hits: list[Hit], words: list[str], language: str) -> list[Hit]:
    """`hits` with the errand's coming back (see above) over what is asked meanwhile."""
    coming, by_then = _forms(language)
    came = next(
        (
            (i, end)
            for i in range(len(words))
            for f in coming
            if (end := end_at(f, words, i)) is not None
        ),
        None,
    )
    if came is None:
        return hits
    after = range(came[1], len(words))
    if not any(end_at(f, words, i) is not None for i in after for f in by_then):
        return hits
    if any(h.act not in READIED and h.act != LATER for h in hits):
        return hits
    return [h for h in hits if h.act not in READIED and h.act != LATER] + [Hit(LATER, *came)]
