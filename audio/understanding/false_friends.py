"""A word of agreement that describes the goods: "pakka papita" (ripe papaya), "ਪੱਕੇ ਅੰਬ"
(ripe mangoes), "પાકું પપૈયું", "fine beans". Said right before a fruit or a kind of goods,
with no pause between, "pakka", "ਪੱਕੇ", "પાકું" are "ripe" and "fine" a quality: no
agreement ("pakka, 40 de do" still agrees). Words that mean "beside" or "this" in one
language and "sure" or "yes" in another are in the language tables (`false_friends`).

Praise is the same class: "achha", "ਚੰਗਾ", "સારું", "bara", "fine" are "okay" alone and
"good" bound to a goods or quality word, before it or after it with no pause ("अच्छा
माल है", "माल तो अच्छा है", "fine stuff"): the goods are praised, nothing is agreed.
"achha, 300 de do" and "अच्छा ठीक है, तीन सौ" still agree.

The garment typed "saree" folds into "sari", which is Hindi "all" (सारी) and Tamil,
Telugu and Kannada "okay": typed with "ee" ("40 saree no order", "saree ka rate") it is
the goods, never a word of wholeness or agreement."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import Phrase, fold
from audio.understanding.reading import _joined, _Reading

# "Ripe" and "fine" as said of the goods, each also a word of agreement somewhere.
_DESCRIBING = frozenset(
    fold(w)
    for w in (
        "pakka", "pakke", "pakki", "pakku", "pukka", "पक्का", "पक्के", "पक्की", "ਪੱਕਾ", "ਪੱਕੇ",
        "ਪੱਕੀ", "પાકું", "પાકી", "પાકા", "પાકાં", "પાક્કા", "પાક્કું", "পাকা", "paka", "fine",
    )
)  # fmt: skip

# Goods that ripen, and goods sold as "fine": mango, papaya, banana, guava, tomato, ...
_GOODS = frozenset(
    fold(w)
    for w in (
        "mango", "mangoes", "mangos", "papaya", "papayas", "banana", "bananas", "guava",
        "guavas", "tomato", "tomatoes", "jackfruit", "beans", "rice", "sugar", "sooji",
        "aam", "am", "amb", "papita", "papite", "kela", "kele", "amrood", "tamatar", "keri",
        "pepe", "kola", "peyara", "tameta", "amba", "ambe", "papai",
        "आम", "पपीता", "पपीते", "केला", "केले", "अमरूद", "टमाटर", "ਅੰਬ", "ਪਪੀਤਾ", "ਪਪੀਤੇ", "ਕੇਲਾ",
        "ਕੇਲੇ", "ਅਮਰੂਦ", "ਟਮਾਟਰ", "કેરી", "પપૈયું", "પપૈયા", "કેળાં", "કેળા", "જામફળ", "ટામેટાં",
        "ટામેટા", "আম", "পেঁপে", "কলা", "পেয়ারা", "টমেটো", "आंबा", "आंबे", "पपई", "केळी",
    )
)  # fmt: skip


# Words of praise that are also words of agreement (hi/ur, ta, te, kn, ml, bn, mr, gu,
# pa, en): "good" of the goods, "okay" alone.
_PRAISE = frozenset(
    fold(w)
    for w in (
        "achha", "acha", "accha", "achchha", "अच्छा", "badhiya", "बढ़िया", "sahi", "सही",
        "nalla", "நல்ல", "manchi", "మంచి", "baagundi", "బాగుంది", "chennagide", "ಚೆನ್ನಾಗಿದೆ",
        "olle", "ಒಳ್ಳೆ", "നല്ല", "kollam", "കൊള്ളാം", "bhalo", "ভালো", "chhan", "छान",
        "bara", "बरा", "saru", "સારું", "saras", "સરસ", "changa", "ਚੰਗਾ", "vadhiya", "ਵਧੀਆ",
        "good", "fine", "nice",
    )
)  # fmt: skip

# Goods and quality words praise is said of: stuff, quality, piece, vegetables, ...
_QUALITY = _GOODS | frozenset(
    fold(w)
    for w in (
        "maal", "mal", "माल", "ਮਾਲ", "માલ", "quality", "kwality", "क्वालिटी", "ਕੁਆਲਿਟੀ",
        "ક્વોલિટી", "stuff", "piece", "pieces", "item", "goods", "stock", "veg", "vegetables",
        "sabzi", "sabji", "सब्ज़ी", "सब्जी", "ਸਬਜ਼ੀ", "શાક", "भाजी", "cheez", "चीज़", "चीज",
        "சரக்கு", "sarakku", "సరుకు", "saruku", "ಮಾಲು", "maalu", "സാധനം", "saadhanam", "চাল",
        "মাল", "জিনিস", "জিনিস",
    )
)  # fmt: skip

# Small words that may stand between the goods and the praise: "माल तो अच्छा है".
_PARTICLES = frozenset(fold(w) for w in ("to", "तो", "bhi", "भी", "ਤਾਂ", "ਵੀ", "તો", "પણ"))


def describes_goods(reading: _Reading, i: int, phrase: Phrase) -> bool:
    """The one-word agreement at `i` is "ripe" or "fine" said of the goods after it, or
    praise said of the goods before or after it; or the word is the garment "saree"."""
    words = reading.words
    if len(phrase.words) == 1 and reading.tokens[i].raw.lower().startswith("saree"):
        return True
    if phrase.cue not in (Cue.ACCEPT, Cue.SOFT_ACCEPT) or len(phrase.words) != 1:
        return False
    after = i + 1 < len(words) and _joined(reading, i + 1)
    if after and words[i] in _DESCRIBING and words[i + 1] in _GOODS:
        return True
    return words[i] in _PRAISE and (
        (after and words[i + 1] in _QUALITY) or _praised_before(reading, i)
    )


def _praised_before(reading: _Reading, i: int) -> bool:
    """A goods word right before the praise at `i`, or before a particle there."""
    words, k = reading.words, i - 1
    if k >= 1 and words[k] in _PARTICLES and _joined(reading, k + 1):
        k -= 1
    return k >= 0 and _joined(reading, k + 1) and words[k] in _QUALITY
