"""Talk about the weighing, not the price: a vendor setting the scale right ("ek minute,
taraazu theek kar loon", "ஒரு நிமிஷம், தராசு சரி பண்றேன்") or a shopper asking for an
honest weight ("ठीक से तौलना", "సరిగ్గా తూకం వేయండి", "ശരിയായി തൂക്കി തരൂ"). The
"properly" or "set right" words are built on the stem of "ok" (ठीक, சரி, సరి, ঠিক, ಸರಿ,
ശരി, ਠੀਕ, બરાબર) yet agree to nothing; a wait with the scale is no move either."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from audio.lexicon import fold
from audio.understanding.reading import _Reading

# The scale, the weight, and the verb of weighing, as word beginnings (any ending).
_WEIGHING = (
    "scale", "weigh", "balance",
    "तराज", "तराज़", "काँटा", "कांटा", "काटा", "तौल", "तोल", "वजन", "वज़न",
    "taraju", "taraaju", "taraju", "kaanta", "kanta", "kaata", "taul", "tol", "vajan", "wajan",
    "தராசு", "எடை", "நிறு", "நிறுத்து", "tharasu", "tharaasu", "edai", "niru",
    "త్రాసు", "కాటా", "తూక", "తూచ", "తూయ", "thraasu", "kaata", "thook", "tuuk", "thooy", "tooy",
    "দাঁড়িপাল্লা", "পাল্লা", "ওজন", "মেপে", "মাপ", "dadipalla", "palla", "ojon", "mepe", "map",
    "तराजू", "तोलून", "वजन", "tolun", "barobar",
    "ત્રાજવ", "કાંટ", "તોલ", "વજન", "trajv", "kaanto", "kanto",
    "ತಕ್ಕಡಿ", "ತೂಕ", "takkadi", "thook", "tuuk",
    "ത്രാസ", "തൂക്ക", "thraas", "thook", "thukk",
    "ਤੱਕੜੀ", "ਕੰਡਾ", "ਤੋਲ", "ਵਜ਼ਨ", "ਵਜਨ", "takkdi", "kanda",
)  # fmt: skip

# "Properly", "set right", and waiting: word beginnings, or phrases of whole words.
_MANNER = (
    "properly", "correctly", "it right", "fix", "set", "wait", "minute", "second", "moment",
    "hang",
    "ठीक तौल", "ठीक तोल", "theek tol",
    "ठीक से", "सही से", "ढंग से", "theek se", "thik se", "sahi se", "sahi tol", "सही तौल", "ठीक कर",
    "ठीक करू", "theek kar", "रुक", "ruk", "मिनट", "minat", "सेट",
    "சரியா", "சரி பண்", "sariyaa", "sariya", "sari pann", "நிமிஷ", "நிமிட", "இருங்க",
    "nimish", "irunga",
    "సరిగ్గా", "సరిచే", "సరి చే", "sarigga", "sariche", "నిమిష", "ఆగ", "సెట్", "nimish", "aag",
    "ঠিক করে", "ঠিকমত", "thik kore", "thikmoto", "মিনিট", "দাঁড়ান", "dadan",
    "बरोबर", "नीट", "barobar", "neet", "थांब", "मिनिट", "thamb",
    "બરાબર", "સરખ", "ઠીક કર", "barabar", "sarakh", "sarkh", "મિનિટ", "ઊભા રહ", "ubha rah",
    "ಸರಿಯಾಗಿ", "ಸರಿ ಮಾಡ", "sariyaagi", "sariyagi", "sari maad", "ನಿಮಿಷ", "ಇರಿ", "nimisha",
    "ശരിക്ക", "ശരിയായി", "ശരിയാക്ക", "sarikk", "sariyaayi", "sariyaak", "മിനിറ്റ", "നിൽക്ക",
    "ਠੀਕ ਤੋਲ",
    "ਠੀਕ ਤਰ੍ਹਾਂ", "ਠੀਕ ਕਰ", "ਸਹੀ ਤੋਲ", "ਚੰਗੀ ਤਰ੍ਹਾਂ", "theek tarah", "sahi tol", "ਮਿੰਟ", "ਰੁਕ", "ਠਹਿਰ",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class _Stems:
    """Word-beginning phrases, the one-word ones apart: a word is tried against all of
    those in one `startswith`, and only a word that begins a longer phrase goes on."""

    single: tuple[str, ...]
    firsts: tuple[str, ...]
    longer: tuple[tuple[str, ...], ...]


@cache
def _stems(words: tuple[str, ...]) -> _Stems:
    phrases = [tuple(fold(w) for w in phrase.split()) for phrase in words]
    longer = tuple(p for p in phrases if len(p) > 1)
    return _Stems(tuple(p[0] for p in phrases if len(p) == 1), tuple(p[0] for p in longer), longer)


def _said(reading: _Reading, stems: _Stems) -> bool:
    words = reading.words
    for k, word in enumerate(words):
        if word.startswith(stems.single):
            return True
        if not word.startswith(stems.firsts):
            continue
        for phrase in stems.longer:
            window = words[k : k + len(phrase)]
            if len(window) == len(phrase) and all(
                w.startswith(p) for w, p in zip(window, phrase, strict=True)
            ):
                return True
    return False


def weighing_talk(reading: _Reading) -> bool:
    """The scale or the weighing is talked of, with a wait or a "properly" or "set right"
    word: a remark about the weight, no agreement and no refusal of a price."""
    return _said(reading, _stems(_WEIGHING)) and _said(reading, _stems(_MANNER))


def weighed(reading: _Reading) -> bool:
    """The scale, the weight or the weighing is named ("tol ke", "ತೂಕ ಹಾಕಿ")."""
    return _said(reading, _stems(_WEIGHING))
