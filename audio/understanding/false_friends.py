"""A word of agreement that describes the goods: "pakka papita" (ripe papaya), "ਪੱਕੇ ਅੰਬ"
(ripe mangoes), "પાકું પપૈયું", "fine beans". Said right before a fruit or a kind of goods,
with no pause between, "pakka", "ਪੱਕੇ", "પાકું" are "ripe" and "fine" a quality: no
agreement ("pakka, 40 de do" still agrees). Words that mean "beside" or "this" in one
language and "sure" or "yes" in another are in the language tables (`false_friends`)."""

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


def describes_goods(reading: _Reading, i: int, phrase: Phrase) -> bool:
    """The one-word agreement at `i` is "ripe" or "fine" said of the goods after it."""
    words = reading.words
    return (
        phrase.cue in (Cue.ACCEPT, Cue.SOFT_ACCEPT)
        and len(phrase.words) == 1
        and words[i] in _DESCRIBING
        and i + 1 < len(words)
        and _joined(reading, i + 1)
        and words[i + 1] in _GOODS
    )
