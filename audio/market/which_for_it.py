"""Which of a thing suits the goods, asked: "ഇതിന് ഏത് വെള്ളമാണ് നല്ലത്, പൈപ്പ് വെള്ളം
മതിയോ?" (which water is good for it, will tap water do?), "याला कोणतं तेल चांगलं?",
"which oil is good for this pan?". The shopper asks how to use what is bought: no better
goods asked for (`show_better`) and no "that is enough" (`that_is_all`); the line is
relayed as it is.

"For it" or "for this" (`FOR_IT`) said before a word of "which" (`WHICH`) in a question
drops those hits. "Which is good?" alone, with no "for it", still asks for the better
ones. Words are matched like cues (see `audio.market.phrases`)."""

from __future__ import annotations

from audio.market.cue_hits import Hit
from audio.market.passes import Line
from audio.market.phrases import first_span, forms_in

DROPPED = frozenset({"show_better", "that_is_all"})
"""Acts whose words ("good", "enough?") a question of use borrows."""

FOR_IT = {
    "en": "for it; for this; for that",
    "hi": "इसके लिए; इसकेलिए; उसके लिए; iske liye; iske liye; iske lie",
    "ta": "இதுக்கு; இதற்கு; ithukku; idhukku",
    "te": "దీనికి; దీనికీ; deeniki; dheeniki",
    "bn": "এটার জন্য; এর জন্য; etar jonno; er jonno",
    "mr": "याला; ह्याला; यासाठी; ह्यासाठी; yala; yasathi",
    "gu": "આના માટે; આને માટે; aana mate; ana mate",
    "kn": "ಇದಕ್ಕೆ; ಇದ್ಕೆ; idakke; idke",
    "ml": "ഇതിന്; ഇതിനു; ഇതിന്‌; ithinu; ithin",
    "pa": "ਇਸ ਲਈ; ਇਹਦੇ ਲਈ; is layi; is lai",
}
"""Per language, "for it", "for this" (English's heard in every language)."""

WHICH = {
    "en": "which; what kind",
    "hi": "कौन सा; कौन सी; कौन से; कौनसा; कौनसी; kaun sa; kaun si; kaunsa; konsa",
    "ta": "எந்த; entha; endha",
    "te": "ఏ; ఏది; ఏవి; yedi",
    "bn": "কোন; কোনটা; kon; konta",
    "mr": "कोणतं; कोणता; कोणती; कोणते; konta; konti; kontha",
    "gu": "કયું; કયો; કઈ; કયા; kayu; kayo",
    "kn": "ಯಾವ; ಯಾವುದು; yaava; yava",
    "ml": "ഏത്; ഏതു; ഏതാണ്; ethu; eth",
    "pa": "ਕਿਹੜਾ; ਕਿਹੜੀ; ਕਿਹੜੇ; kihda; kehda; kihdi",
}
"""Per language, the word "which"."""


def which_for_it(hits: list[Hit], line: Line) -> list[Hit]:
    """`hits` without "better ones" or "that is all" in a question of which thing suits
    the goods (above)."""
    if not any(h.act in DROPPED for h in hits) or "?" not in line.words:
        return hits
    words, language = line.words, line.language
    for_it = first_span(forms_in(language, FOR_IT), words)
    if for_it is None:
        return hits
    which = first_span(forms_in(language, WHICH), words, for_it[1])
    if which is None or which[0] > for_it[1] + 1:
        return hits
    return [h for h in hits if h.act not in DROPPED]
