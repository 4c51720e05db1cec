"""Prices told as news: "तेल के दाम फिर बढ़ गए, मंडी में माल कम आ रहा है", "oil prices have
gone up again", "ఉల్లిపాయల ధరలు బాగా పెరిగాయి", "ਸਰ੍ਹੋਂ ਦੇ ਤੇਲ ਦਾ ਭਾਅ ਫੇਰ ਵਧ ਗਿਆ". A word of
price (`PRICE`) with a word of its going up or down after it in its clause (`MOVED`:
"बढ़ गए", "went up", "ஏறிடுச்சு", "আসমানে"), in a line that asks nothing (no "?" and no
"how much", `HOW_MUCH`), tells how prices go: small talk. No price is asked of anyone
(`ask_price`, nor the price question understanding reads in the price word), and none is
named. A price said with it ("दाम बढ़ गए, अब साठ का है") stays the price it is.

The words of moving are past or going on ("बढ़ गए", "वाढलेत", "తగ్గింది"), never a request
to bring the price down ("भाव कम करो", "విలువ తగ్గించండి"). Words are matched like cues
(see `audio.market.phrases`).
"""

from __future__ import annotations

from functools import cache

from audio.lexicon import TokenKind, tokenize
from audio.market.clause import breaks
from audio.market.cue_hits import Hit
from audio.market.phrases import Form, at, end_at, forms_in

ACT = "ask_price"

PRICE = {
    "en": "price; prices; rate; rates; cost",
    "hi": "दाम; भाव; कीमत; रेट; daam; dam=; bhav; bhaav; keemat",
    "ta": "விலை; ரேட்; vilai",
    "te": "ధర; రేటు; రేట్లు; dhara*",
    "bn": "দাম; দর=; রেট; daam; dam=",
    "mr": "भाव; दर=; किंमत; रेट; bhav",
    "gu": "ભાવ; કિંમત; રેટ; bhav",
    "kn": "ಬೆಲೆ; ದರ=; ರೇಟ್; bele",
    "ml": "വില; റേറ്റ്; vila",
    "pa": "ਭਾਅ; ਭਾਵ; ਕੀਮਤ; ਰੇਟ; bhaa; bhav",
}
"""Per language, a word of price."""

MOVED = {
    "en": "gone up; went up; going up; shot up; risen; rose; increased; doubled; gone down; "
    "went down; has come down; have come down; came down; dropped; fallen; fell; "
    "through the roof; sky high; skyrocketed; soared",
    "hi": "बढ़ गए; बढ़ गया; बढ़ गई; बढ़ गयी; बढ़े=; बढ़ रहे; बढ़ रहा; बढ़ते; घट गए; घट गया; "
    "गिर गए; गिर गया; चढ़ गए; चढ़ गया; चढ़े=; ऊपर; आसमान; badh gaye; badh gaya; badh gayi; "
    "ghat gaye; gir gaye",
    "ta": "ஏறிப்; ஏறிடுச்சு; ஏறிருச்சு; ஏறியிருக்கு; ஏறி; ஏறுது; இறங்கிடுச்சு; இறங்கிப்; "
    "இறங்கியிருக்கு; குறைஞ்சிருக்கு; குறைஞ்சிடுச்சு; உயர்ந்; eridichu; eripochu",
    "te": "పెరిగాయి; పెరిగింది; పెరిగిపోయ; పెరుగుతున్నా; తగ్గాయి=; తగ్గింది=; తగ్గిపోయ; perigayi; perigindi",
    "bn": "বেড়েছে; বেড়ে গেছে; বাড়ছে; কমেছে; কমে গেছে; চড়েছে; চড়া; আকাশছোঁয়া; bedeche; bere geche",
    "mr": "वाढले; वाढलेत; वाढलाय; वाढला=; वाढली; वाढत; उतरले; उतरलेत; कमी झाले; कमी झालेत; "
    "भडकले; भडकलेत; vadhle; vadhlet",
    "gu": "વધી ગયા; વધી ગયો; વધી ગઈ; વધ્યા; વધ્યો; ઘટી ગયા; ઘટ્યા; આસમાને; ઊંચા; vadhi gaya",
    "kn": "ಏರಿದೆ; ಏರಿದ; ಏರಿಕೆ; ಇಳಿದಿದೆ; ಇಳಿಕೆ; ಜಾಸ್ತಿ ಆಗಿದೆ; ಜಾಸ್ತಿಯಾಗಿದೆ; ಕಡಿಮೆ ಆಗಿದೆ; ಕಡಿಮೆಯಾಗಿದೆ; eride",
    "ml": "കൂടി=; കൂടിയിട്ടുണ്ട്; കൂടിയിരിക്കുന്നു; കുറഞ്ഞു; ഉയർന്നു; കയറി; koodi=",
    "pa": "ਵਧ ਗਿਆ; ਵਧ ਗਏ; ਵਧ ਗਈ; ਵਧੇ=; ਘਟ ਗਿਆ; ਘਟ ਗਏ; ਚੜ੍ਹ ਗਿਆ; ਚੜ੍ਹ ਗਏ; ਅਸਮਾਨ; vadh gaya; vadh gaye",
}
"""Per language, a price gone up or down, or going."""

HOW_MUCH = {
    "en": "how much",
    "hi": "कितना; कितने; कितनी; kitna; kitne",
    "ta": "எவ்வளவு; எவ்ளோ; evlo; evvalavu",
    "te": "ఎంత; entha",
    "bn": "কত; koto",
    "mr": "किती; kiti",
    "gu": "કેટલા; કેટલું; ketla; ketlu",
    "kn": "ಎಷ್ಟು; eshtu",
    "ml": "എത്ര; ethra",
    "pa": "ਕਿੰਨਾ; ਕਿੰਨੇ; kinna; kinne",
}
"""Per language, a word that asks how much."""

_WITHIN = 4
"""Words the moving may stand after the price word."""


@cache
def _forms(language: str) -> tuple[tuple[Form, ...], tuple[Form, ...], tuple[Form, ...]]:
    return forms_in(language, PRICE), forms_in(language, MOVED), forms_in(language, HOW_MUCH)


def _any(table: tuple[Form, ...], words: list[str]) -> bool:
    return any(at(f, words, i) for i in range(len(words)) for f in table)


def prices_told(words: list[str], language: str, punct: frozenset[int] = frozenset()) -> bool:
    """Whether the line tells prices going up or down and asks nothing (see above)."""
    prices, moved, asks = _forms(language)
    if "?" in words or _any(asks, words):
        return False
    for i in range(len(words)):
        for p in prices:
            end = end_at(p, words, i)
            if end is None:
                continue
            for k in range(end, min(len(words), end + _WITHIN)):
                if any(end <= b <= k for b in punct):
                    break
                if any(at(m, words, k) for m in moved):
                    return True
    return False


def price_news(
    hits: list[Hit], words: list[str], language: str, punct: frozenset[int]
) -> list[Hit]:
    """`hits` without the price asked in prices told as news (see above)."""
    if not any(h.act == ACT for h in hits) or not prices_told(words, language, punct):
        return hits
    return [h for h in hits if h.act != ACT]


def news_not_asked(text: str, language: str) -> bool:
    """Whether `text` tells prices as news (see above): the price question understanding
    reads in its word of price asks nothing."""
    words = [t.norm for t in tokenize(text) if t.kind is TokenKind.WORD or t.norm == "?"]
    return prices_told(words, language, breaks(text))
