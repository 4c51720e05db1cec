""" "One price" said of all the goods: "tomatoes, onions, all the same price, 30 a kilo",
"எல்லாம் ஒரே விலை", "সব এক দাম", "सगळ्यांचा एकच भाव", "બધાનો એક જ ભાવ", "ਸਾਰਿਆਂ ਦਾ
ਇੱਕੋ ਰੇਟ". Alone, "one price" ("ஒரே விலை", "একদাম") is a fixed price, final; after a
word of all or both it says the goods cost alike, and the price is no final one."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.reading import _Reading

# All, both, every one of them (with their genitive or dative endings), as a word's start.
_ALL = tuple(
    fold(w)
    for w in (
        "all", "both", "every", "सब", "सारे", "दोनों", "sab", "sare", "dono", "எல்லா",
        "ரெண்டும", "ரெண்டுக்கும", "ella", "সব", "সবার", "দুটোর", "দুটোরই", "shob", "sob",
        "सगळ", "सर्व", "दोन्ही", "sagl", "બધ", "બંને", "બેયન", "badh", "ਸਾਰ", "ਦੋਵਾਂ",
        "ਦੋਹਾਂ", "sar", "ಎಲ್ಲ", "ಎರಡಕ್ಕೂ", "ಎರಡೂ", "అన్ని", "అన్నీ", "రెండిటికీ", "రెండూ",
        "anni", "എല്ലാ", "രണ്ടിനും", "രണ്ടും",
    )
)  # fmt: skip


# One, the same: the start of the final mark ("ஒரே விலை", "একদাম", "एकच भाव", "ಒಂದೇ ರೇಟ್").
_ONE = tuple(
    fold(w)
    for w in (
        "one", "same", "ஒரே", "orey", "ore", "এক", "एक", "એક", "ਇੱਕ", "ಒಂದೇ", "kone", "ఒకే",
        "ഒരേ",
    )
)  # fmt: skip


def drop_same_for_all(reading: _Reading) -> None:
    """Drop each final mark of "one price" said within two words after a word of all."""
    words = reading.words
    reading.occurrences = [
        (cue, start, end)
        for cue, start, end in reading.occurrences
        if not (
            cue is Cue.FINAL
            and words[start].startswith(_ONE)
            and any(
                words[j].startswith(_ALL) and reading.number_at[j] is None
                for j in range(max(0, start - 2), start)
            )
        )
    ]
