"""A used item named "old" is no doubt about staleness: "what will you take for this old
steel trunk?", "పాత మంచానికి ఇంత రేటా?", "do you buy old bottles too?".

Second-hand goods are called by their age: "the old sofa", "पुरानी पेटी", "જૂનું ટીવી".
A word of age said before the item's name (`OLD`, with no clause break after it and no
word of being or seeming, "पुराने लग रहे हैं", after it) names the goods; in a line that
asks or complains about the price (a price hit of `PRICED`) or asks whether the stall buys
such goods (`BUYS`) or has them (`STOCK_ASKED`: "purani copy milegi?", an old copy asked
for), that word judges nothing and says no act (`quality_old`). Said of the
goods ("these tomatoes look old", "ये पुराने हैं") it still doubts them.

Words are matched like cues (see `audio.market.phrases`).
"""

from __future__ import annotations

from audio.market.cue_hits import Hit
from audio.market.phrases import at, forms_in

OLD_ACT = "quality_old"

PRICED = frozenset({"ask_price", "too_expensive", "bulk_price", "ask_discount"})
"""Acts whose line asks or complains about the price of the goods named."""

STOCK_ASKED = "have_it"
"""A line asking whether the stall has the goods: an old one asked for ("is there an old
copy of part 2?", "purani copy milegi?") asks for second-hand stock, judging nothing."""

OLD = {
    "en": "old=; used=; second-hand; secondhand",
    "hi": "पुराना=; पुराने=; पुरानी=; purana=; purane=; purani=",
    "ta": "பழைய=; pazhaya=; palaya=",
    "te": "పాత=; patha=; paata=; pata=",
    "bn": "পুরনো=; পুরোনো=; পুরানো=; purono=; purano=",
    "mr": "जुना=; जुने=; जुनी=; जुनं=; juna=; june=; juni=",
    "gu": "જૂનું=; જૂના=; જૂની=; જૂનો=; junu=; juna=; juni=; juno=",
    "kn": "ಹಳೆಯ=; ಹಳೇ=; ಹಳೆ=; hale=; haleya=",
    "ml": "പഴയ=; pazhaya=",
    "pa": "ਪੁਰਾਣਾ=; ਪੁਰਾਣੇ=; ਪੁਰਾਣੀ=; purana=; purane=; purani=",
}
"""Per language, the word of age as it stands before a noun."""

BEING = {
    "en": "look*; is=; are=; seem*; ?",
    "hi": "है=; हैं=; लग; हो=; lag*; hai=; hain=",
    "ta": "இருக்கு; மாதிரி; தெரியுது; irukku",
    "te": "ఉన్నా; లా=; కనిపి; unnay*",
    "bn": "লাগছে; লাগে; মনে; দেখাচ্ছে; lagche",
    "mr": "आहे; वाटत; दिसत; aahe; vatat*",
    "gu": "છે=; લાગે; દેખાય; chhe=; lage",
    "kn": "ಇದೆ; ಕಾಣ; ಅನ್ಸು; ide=",
    "ml": "ആണ്; ആയി; തോന്നു; aanu",
    "pa": "ਹੈ=; ਨੇ=; ਲੱਗ; ਜਾਪ; lag*",
}
"""Per language, words of being or seeming that make the word of age said of the goods."""

BUYS = {
    "en": "do you buy; you buy; will you buy; do you take; you take old; buy back",
    "hi": "खरीदते; खरीदोगे; ख़रीदते; ख़रीदोगे; लेते हो; लोगे; kharidte; kharidoge; lete ho; loge",
    "ta": "வாங்குவீங்களா; வாங்குறீங்களா; வாங்குவீர்களா; எடுப்பீங்களா; vanguveengala; vanguveenga",
    "te": "కొంటారా; కొంటావా; కొనుక్కుంటారా; తీసుకుంటారా; kontara; teesukuntara",
    "bn": "কেনেন; কিনবেন; কেনো; নেন নাকি; নেবেন; kinben; kenen; neben",
    "mr": "घेता का; घेणार का; विकत घेता; घेता=; gheta ka; ghenar ka",
    "gu": "લો છો; લેશો; ખરીદો છો; ખરીદશો; lo chho; lesho; kharido chho",
    "kn": "ತಗೋತೀರಾ; ತಗೊಳ್ತೀರಾ; ಕೊಳ್ತೀರಾ; ಕೊಂಡ್ಕೊಳ್ತೀರಾ; tagotira; kolthira",
    "ml": "എടുക്കുമോ; വാങ്ങുമോ; എടുക്കാറുണ്ടോ; വാങ്ങാറുണ്ടോ; edukkumo; vangumo",
    "pa": "ਖਰੀਦਦੇ; ਖ਼ਰੀਦਦੇ; ਲੈਂਦੇ ਹੋ; ਲਓਗੇ; ਲਵੋਗੇ; kharidde; lende ho; loge",
}
"""Per language, words asking whether the stall buys or what it will take for the goods."""


def naming_old(words: list[str], language: str, punct: frozenset[int]) -> set[int]:
    """Where a word of age names the item after it (see above)."""
    return {
        i
        for i in range(len(words) - 1)
        if any(at(f, words, i) for f in forms_in(language, OLD))
        and i + 1 not in punct
        and not any(at(f, words, i + 1) for f in forms_in(language, BEING))
    }


def used_named(
    hits: list[Hit], words: list[str], language: str, punct: frozenset[int]
) -> list[Hit]:
    """The hits without the word of age that names a used item in a price question or
    complaint, or in a question whether the stall buys it or has it."""
    if not any(h.act == OLD_ACT for h in hits):
        return hits
    priced = any(h.act in PRICED or h.act == STOCK_ASKED for h in hits)
    if not priced and not any(
        at(f, words, i) for i in range(len(words)) for f in forms_in(language, BUYS)
    ):
        return hits
    named = naming_old(words, language, punct)
    return [h for h in hits if not (h.act == OLD_ACT and h.start in named)]
