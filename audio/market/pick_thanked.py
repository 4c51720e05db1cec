"""Goods picked out by the listener, thanked for: "thanks brother, you picked a fine goat
for me", "આભાર ભાઈ, સરસ કેરી વીણીને આપી", "thank you dada, bhalo dekhe maach ta
diyechhen", "thank you uncle, you chose the best papayas for me". The good ones named
are the deed the thanks is for: nobody asks to be shown better ones (`show_better`,
`show_another`) or to pick for themselves (`pick_myself`). The line is `thanks`.

Only a line that thanks (a `thanks` hit) is read so, and only where a deed done by the
listener (`PICKED`: a verb of picking, choosing or giving said as done, "you picked",
"चुन के दिए", "ఏరి ఇచ్చారు", "કરી આપ્યા") stands after the thanks; "thanks, now show me
better ones" asks for them. Words are matched like cues (see `audio.market.phrases`);
English's are heard in every language."""

from __future__ import annotations

from audio.market.cue_hits import Hit
from audio.market.passes import Line
from audio.market.phrases import at, forms_in

THANKS = "thanks"
PICKS = frozenset({"show_better", "show_another", "pick_myself"})

PICKED = {
    "en": "you picked; you chose; you have picked; you have chosen; you've picked; "
    "you've chosen; you selected; you gave; you have given; you've given; picked out; "
    "chosen for me; picked for me; for me",
    "hi": "दिए; दिया; दिये; दी=; दिए हैं; निकाल के दिए; छांट के; चुन के; चुनकर; diye; diya; "
    "chun ke; chhant ke; chant ke; nikal ke",
    "ta": "குடுத்தீங்க; கொடுத்தீங்க; குடுத்திருக்கீங்க; எடுத்து குடுத்த; எடுத்துக் குடுத்த; "
    "பாத்து எடுத்த; kuduthinga; koduthinga; eduthu kudutha*",
    "te": "ఇచ్చారు; ఇచ్చావు; ఇచ్చావ్; ఏరి ఇచ్చ; ఎంచి ఇచ్చ; చూసి ఇచ్చ; ichharu; icharu; ichavu; eri ichar*",
    "bn": "দিয়েছেন; দিলেন; দিয়েছ; বেছে দিয়েছ; দেখে দিয়েছ; diyechen; diyechhen; dilen; "
    "beche diyech*; dekhe diyech*",
    "mr": "दिलेत; दिले=; दिलंत; दिलेस; निवडून दिल; बघून दिल; dilet; dile=; nivdun dil*",
    "gu": "આપી=; આપ્યા; આપ્યું; આપ્યો; આપ્યાં; વીણીને આપ; પસંદ કરીને આપ; aapya; apya; aapi=",
    "kn": "ಕೊಟ್ರಿ; ಕೊಟ್ಟಿದ್ದೀರಿ; ಕೊಟ್ಟಿದೀರಿ; ಕೊಟ್ಟೆ; ಆರಿಸಿ ಕೊಟ್ಟ; kotri; kottiddiri",
    "ml": "തന്നു; തന്നത്; തന്നല്ലോ; എടുത്തു തന്ന; നോക്കി എടുത്ത; thannu; eduthu thann*",
    "pa": "ਦਿੱਤੇ; ਦਿੱਤਾ; ਦਿੱਤੀ; ਚੁਣ ਕੇ; ਛਾਂਟ ਕੇ; ditte; ditta; chun ke",
}
"""Per language, a deed of picking or giving done by the listener."""


def pick_thanked(hits: list[Hit], line: Line) -> list[Hit]:
    """`hits` without a picking that names the deed thanked for (see above)."""
    thanks = [h for h in hits if h.act == THANKS]
    if not thanks or not any(h.act in PICKS for h in hits):
        return hits
    words = line.words
    after = min(h.end for h in thanks)
    picked = forms_in(line.language, PICKED)
    if not any(at(f, words, i) for i in range(after, len(words)) for f in picked):
        return hits
    return [h for h in hits if h.act not in PICKS or h.start < after]
