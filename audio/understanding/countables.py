"""Goods sold by the piece, named right after a number: "eight lemons", "बारह केले",
"பத்து முட்டை". The number counts them; it is no price ("put aside eight lemons" names
no money). A price said after the goods ("टमाटर चालीस") is untouched: only the word
right after the number is looked at. Used by pass 3 (`audio.understanding.amounts`)
when no catalogue names the goods."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.reading import _Reading

# Eggs, bananas, lemons, coconuts, mangoes and the other fruit counted at a stall, as
# each language says them (singular and plural, native script and romanized).
_WORDS = {
    "en": (
        "egg", "eggs", "banana", "bananas", "lemon", "lemons", "lime", "limes", "mango",
        "mangoes", "mangos", "coconut", "coconuts", "orange", "oranges", "apple", "apples",
        "guava", "guavas", "pineapple", "pineapples", "papaya", "papayas", "watermelon",
        "watermelons", "pomegranate", "pomegranates", "cob", "cobs",
    ),
    "hi": (
        "अंडे", "अंडा", "ande", "anda", "anday", "केले", "केला", "kele", "kela", "नींबू",
        "निम्बू", "nimbu", "neembu", "आम", "aam", "नारियल", "nariyal", "संतरे", "santre",
        "सेब", "seb", "अमरूद", "amrud", "भुट्टे", "bhutte", "अनार", "anar", "पपीते",
    ),
    "pa": (
        "ਅੰਡੇ", "ਆਂਡੇ", "ande", "ਕੇਲੇ", "kele", "ਨਿੰਬੂ", "nimbu", "ਅੰਬ", "amb", "aam",
        "ਨਾਰੀਅਲ", "nariyal", "ਸੰਤਰੇ", "santre", "ਸੇਬ", "seb", "ਅਮਰੂਦ", "ਛੱਲੀਆਂ", "challiyan",
    ),
    "ta": (
        "முட்டை", "முட்டைங்க", "muttai", "வாழைப்பழம்", "வாழைப்பழங்க", "vazhaipazham",
        "valaipalam", "எலுமிச்சை", "எலுமிச்சம்பழம்", "elumichai", "தேங்காய்", "thengai",
        "மாம்பழம்", "மாம்பழங்க", "mambazham", "ஆரஞ்சு", "இளநீர்", "elaneer", "கொய்யா",
    ),
    "te": (
        "గుడ్లు", "గుడ్డు", "gudlu", "అరటిపండ్లు", "అరటిపండు", "aratipandlu", "నిమ్మకాయలు",
        "నిమ్మకాయ", "nimmakayalu", "కొబ్బరికాయలు", "కొబ్బరికాయ", "kobbarikaayalu",
        "kobbarikayalu", "మామిడిపండ్లు", "mamidipandlu", "జామకాయలు", "బత్తాయిలు",
    ),
    "bn": (
        "ডিম", "dim", "কলা", "kola", "লেবু", "lebu", "ডাব", "dab", "নারকেল", "narkel", "আম",
        "aam", "কমলা", "komola", "আপেল", "পেয়ারা", "ডালিম",
    ),
    "mr": (
        "अंडी", "अंडे", "andi", "केळी", "keli", "लिंबू", "limbu", "नारळ", "naral", "आंबे",
        "ambe", "संत्री", "santri", "सफरचंद", "पेरू", "peru", "डाळिंब",
    ),
    "gu": (
        "ઈંડાં", "ઈંડા", "inda", "કેળાં", "કેળા", "kela", "લીંબુ", "limbu", "નાળિયેર",
        "nariyal", "nariyel", "કેરી", "keri", "સંતરા", "સફરજન", "જામફળ", "દાડમ",
    ),
    "kn": (
        "ಮೊಟ್ಟೆ", "motte", "ಬಾಳೆಹಣ್ಣು", "balehannu", "ನಿಂಬೆಹಣ್ಣು", "nimbehannu", "ತೆಂಗಿನಕಾಯಿ",
        "tenginakai", "tenginakayi", "ಮಾವಿನಹಣ್ಣು", "mavinahannu", "ಕಿತ್ತಳೆ", "ಸೇಬು", "ಸೀಬೆ",
        "ಎಳನೀರು", "elaneeru",
    ),
    "ml": (
        "മുട്ട", "mutta", "പഴം", "pazham", "ഏത്തപ്പഴം", "നാരങ്ങ", "naranga", "തേങ്ങ", "thenga",
        "മാങ്ങ", "maanga", "ഓറഞ്ച്", "ആപ്പിൾ", "പേരക്ക", "ഇളനീർ", "കരിക്ക്", "karikku",
    ),
}  # fmt: skip

_FOLDED = {lang: frozenset(fold(w) for w in words) for lang, words in _WORDS.items()}
_SPELLED = {lang: frozenset(w.lower() for w in words) for lang, words in _WORDS.items()}
_NONE: frozenset[str] = frozenset()


def counted_goods(reading: _Reading, k: int) -> bool:
    """The word at `k` names goods sold by the piece in the reading's language (or in
    English, which every speaker mixes in). A folded match that is also a word of time
    or measure ("am": "aam", the mango, folds onto it) counts only when spelled as the
    goods are."""
    if k >= len(reading.words):
        return False
    word, raw, language = reading.words[k], reading.tokens[k].raw.lower(), reading.language
    if raw in _SPELLED.get(language, _NONE) or raw in _SPELLED["en"]:
        return True
    folded = word in _FOLDED.get(language, _NONE) or word in _FOLDED["en"]
    return folded and not reading.has(k, Cue.NOT_MONEY, Cue.UNIT, Cue.NUMBER_LABEL)
