"""A taste asked of the goods: "ये अचार तीखा है क्या?", "हा ठेचा तिखट आहे का?", "આ અથાણું
તીખું છે?", "இந்த ஊறுகாய் காரமா இருக்கா?", "ഈ അച്ചാർ എരിവ് ഉണ്ടോ?". The words for "is
there?" (`have_it`) end a question whether the goods are spicy, sour or bitter: a
customer making sure of the taste, small talk for the listener, not a question whether
the stall has something.

A `have_it` cue is a taste asked when the word just before it, or before one word of
degree ("बहुत", "खूप", "ரொம்ப", "very"), is a word of taste (`TASTE`), itself not after a
colour ("लाल तिखट आहे का?": is there red chilli powder?). A taste word before the goods
("तीखी हरी मिर्च है क्या?", "എരിവുള്ള മിക്സ്ചർ ഉണ്ടോ?") names the goods asked for. Words
are matched like cues (see `audio.market.phrases`).
"""

from __future__ import annotations

from functools import lru_cache

from audio.market.phrases import Form, at, forms_in

TASTE = {
    "en": "spicy; hot; sour; salty; bitter; tangy; teekha; tikha; khatta",
    "hi": "तीखा; तीखी; तीखे; खट्टा; खट्टी; खट्टे; कड़वा; कड़वी; कड़वे; चटपटा; चटपटी; teekha; teekhi; "
    "tikha; tikhi; khatta; khatti; kadwa; karwa; chatpata",
    "ta": "காரமா; காரம்; புளிப்பா; புளிப்பு; கசப்பா; உப்பா; karama; kaarama; pulippa",
    "te": "కారంగా; కారం; పుల్లగా; పులుపు; చేదుగా; ఉప్పగా; karanga; kaaranga; pullaga",
    "bn": "ঝাল; টক=; তেতো; নোনতা; jhal; tok=; teto",
    "mr": "तिखट; आंबट; कडू; खारट; tikhat; ambat; aambat; kadu; kharat",
    "gu": "તીખું; તીખી; તીખો; તીખા; ખાટું; ખાટી; ખાટો; ખાટા; કડવું; કડવી; ખારું; tikhu; tikhi; tikho; "
    "tikha; khatu; khati; khato; kadvu",
    "kn": "ಖಾರ; ಕಹಿ; khaara; khara",
    "ml": "എരിവ്; എരിവാ; പുളിപ്പ്; കയ്പ്; erivu; erivaa",
    "pa": "ਤਿੱਖਾ; ਤਿੱਖੀ; ਤਿੱਖੇ; ਖੱਟਾ; ਖੱਟੀ; ਖੱਟੇ; ਕੌੜਾ; ਕੌੜੀ; tikha; tikhi; khatta; khatti; kauda",
}
"""Per language, words of a taste that is no act of its own (English's heard in every
language); sweetness is `claim_sweet`'s (`audio.market.tasting`)."""

_DEGREE = {
    "en": "very; too; so; really; jyada; zyada; bahut",
    "hi": "बहुत; ज़्यादा; ज्यादा; ज़रा; ज्यादा ही; jyada; zyada; bahut",
    "ta": "ரொம்ப; ரொம்பவே; romba",
    "te": "బాగా; చాలా; ఎక్కువ; baaga; chala",
    "bn": "খুব; বেশি; khub; beshi",
    "mr": "खूप; फार; जास्त; khup; jast",
    "gu": "બહુ; ખૂબ; વધારે; bahu; khub",
    "kn": "ತುಂಬಾ; ಜಾಸ್ತಿ; tumba; jaasti",
    "ml": "നല്ല; ഭയങ്കര; കൂടുതൽ; nalla",
    "pa": "ਬਹੁਤ; ਜ਼ਿਆਦਾ; ਬੜਾ; ਬੜੀ; bahut",
}
"""Per language, words of degree said between the taste and "is it?"."""

_COLOUR = {
    "en": "red; green; lal",
    "hi": "लाल; हरी; हरा; lal; hari",
    "mr": "लाल; हिरवी; हिरवा; lal",
    "gu": "લાલ; લીલું; લીલી; lal",
    "pa": "ਲਾਲ; ਹਰੀ; lal",
}
"""Colours that make the taste word a kind of goods ("लाल तिखट", red chilli powder)."""


@lru_cache(maxsize=48)
def _forms(table: str, language: str) -> tuple[Form, ...]:
    source = {"taste": TASTE, "degree": _DEGREE, "colour": _COLOUR}[table]
    return forms_in(language, source)


def _is(table: str, words: list[str], i: int, language: str) -> bool:
    return 0 <= i < len(words) and any(at(f, words, i) for f in _forms(table, language))


def degree_at(words: list[str], i: int, language: str) -> bool:
    """Whether a word of degree ("बहुत", "very") stands at `i`."""
    return _is("degree", words, i, language)


def taste_asked(words: list[str], start: int, language: str) -> bool:
    """Whether the `have_it` cue starting at `start` asks the taste of the goods (see
    above)."""
    taste = start - 1
    if _is("degree", words, taste, language):
        taste -= 1
    return _is("taste", words, taste, language) and not _is("colour", words, taste - 1, language)
