""" "Give it at the price you said", "as you said", "at your rate": in reply to a price, the
speaker takes the price on the table without saying it again, an agreement."""

from __future__ import annotations

from audio.lexicon import fold
from audio.understanding.moves import _GIVE_STEMS, _GIVE_WORDS
from audio.understanding.reading import _Reading

# A word for "(you) said" that names the price on the table, as the word's start: the
# Dravidian participles take endings ("சொன்னபடியே", "చెప్పినట్టే", "ಹೇಳಿದಷ್ಟಕ್ಕೆ").
SAID_STEMS = tuple(
    fold(w)
    for w in (
        "சொன்ன", "sonna", "చెప్పిన", "cheppina", "ಹೇಳಿದ", "helida", "പറഞ്ഞ", "paranja",
        "सांगितल", "sangitl", "કીધ", "kidh", "કહ્યુ", "kahyu", "বললেন", "বলেছেন",
        "bollen", "bolechen", "বললে",
    )
)  # fmt: skip
SAID_WORDS = frozenset(
    fold(w)
    for w in (
        "bola", "bole", "kaha", "बोला", "बोले", "कहा", "बताया", "bataya", "बोललात", "bollat",
        "ਕਿਹਾ", "keha", "kiha", "ਦੱਸਿਆ", "dasseya", "ਬੋਲਿਆ", "boleya",
    )
)  # fmt: skip
_SAID_PHRASES = tuple(
    tuple(fold(w) for w in phrase.split())
    for phrase in (
        "you said", "you told", "you quoted", "your price", "your rate", "aapke rate",
        "aapke daam", "आपके रेट", "आपके दाम", "உங்க விலை", "உங்க ரேட்", "unga vilai", "unga rate",
        "మీ రేటు", "మీ రేట్", "మీ ధర", "mee rate", "আপনার দামে", "আপনার রেটে", "apnar dame",
        "तुमच्या भावात", "tumchya bhavat", "તમારા ભાવે", "tamara bhave", "ನಿಮ್ಮ ರೇಟ್",
        "nimma rate", "നിങ്ങളുടെ വില", "ningalude vila", "ਤੁਹਾਡੇ ਰੇਟ", "tuhade rate",
    )
)  # fmt: skip


# Every phrase is two words or more: only a word that begins one is looked at.
_SAID_FIRSTS = frozenset(phrase[0] for phrase in _SAID_PHRASES)
assert all(len(phrase) > 1 for phrase in _SAID_PHRASES)

# Give forms beyond those of `moves`: "തന്നേക്ക്" (give it over), "dedo".
_MORE_GIVE = tuple(fold(w) for w in ("തന്നേക്ക", "thannekk", "dedo", "dedijiye"))


def _phrase_at(words: list[str], k: int, phrase: tuple[str, ...]) -> bool:
    """The phrase at `k`, its last word with any ending ("भावातच", "ರೇಟಿಗೆ")."""
    said = words[k : k + len(phrase)]
    return (
        len(said) == len(phrase)
        and said[:-1] == list(phrase[:-1])
        and said[-1].startswith(phrase[-1])
    )


def at_price_said(reading: _Reading) -> bool:
    """ "The price you said" (or "as you said") with a verb that gives the goods."""
    words = reading.words
    said = any(w in SAID_WORDS or w.startswith(SAID_STEMS) for w in words) or any(
        _phrase_at(words, k, p)
        for k, word in enumerate(words)
        if word in _SAID_FIRSTS
        for p in _SAID_PHRASES
    )
    return said and any(
        w in _GIVE_WORDS or w.startswith((*_GIVE_STEMS, *_MORE_GIVE)) for w in words
    )
