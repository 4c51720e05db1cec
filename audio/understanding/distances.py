"""A distance said with a number: "the next shop is fifteen kilometres on", "બીજી દુકાન
પંદર કિલોમીટરે છે", "తర్వాతి షాపు పదిహేను కిలోమీటర్ల దూరం", "गाँव दो कोस पर है",
"twelve miles out", "km 12". The number is the distance, never a price and never a count
of the goods. Used by pass 3 (`audio.understanding.amounts`)."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.reading import _Reading

# Kilometre and mile in every script, as a word's start so that case endings stay on
# ("કિલોમીટરે", "కిలోమీటర్ల", "किलोमीटरवर", "கிலோமீட்டர்ல").
_DISTANCE_STEMS = tuple(
    fold(w)
    for w in (
        "kilomet", "kilomit", "किलोमीटर", "ਕਿਲੋਮੀਟਰ", "কিলোমিটার", "કિલોમીટર",
        "ಕಿಲೋಮೀಟರ", "கிலோமீட்டர", "కిలోమీటర", "കിലോമീറ്റ", "మైళ్ళ",
    )
)  # fmt: skip
# Short words, whole only ("kosi" is cut, "ગાઉન" a gown): km, kos and mile.
_DISTANCE_WORDS = frozenset(
    fold(w)
    for w in (
        "km", "kms", "kos", "mile", "miles", "किमी", "कोस", "मील", "मैल", "ਕਿਮੀ", "ਕੋਹ", "ਮੀਲ",
        "কিমি",
        "ক্রোশ", "মাইল", "કિમી", "ગાઉ", "માઈલ", "માઇલ", "ಮೈಲಿ", "மைல்", "మైలు", "മൈൽ",
    )
)  # fmt: skip
# Said before the number only in the short form: "km 12", "KM 40 pe dhaba".
_BEFORE = frozenset(fold(w) for w in ("km", "kms", "किमी", "ਕਿਮੀ", "কিমি", "કિમી"))


def _distance_word(word: str) -> bool:
    return word in _DISTANCE_WORDS or word.startswith(_DISTANCE_STEMS)


def bound_to_distance(reading: _Reading, start: int, end: int) -> bool:
    """The number at `start:end` is a distance: a distance word right after it, or a
    short "km" right before it."""
    words = reading.words
    if end < len(words) and _distance_word(words[end]) and not reading.has(end, Cue.TOTAL):
        return True  # not Banglish "tinte mile" (the three together, `together_typed`)
    return start > 0 and words[start - 1] in _BEFORE


# The way itself, the time it takes, or the load: "தூரம் கம்மி" (the distance is short),
# "दूरी कम है", "దూరం తక్కువ", "দূরত্ব কম", "the distance is less", "load is light".
_WAY = frozenset(
    fold(w)
    for w in (
        "distance", "दूरी", "दूर", "doori", "ਦੂਰੀ", "দূরত্ব", "দূর", "durotto", "અંતર",
        "தூரம்", "dhooram", "thooram", "dooram", "దూరం", "dooram", "ಅಂತರ", "ದೂರ", "ദൂരം",
        "अंतर",
    )
)  # fmt: skip
_IS = frozenset(fold(w) for w in ("is", "hai", "है", "bahut", "बहुत", "ரொம்ப", "romba", "খুব"))


def said_of_the_way(reading: _Reading, k: int) -> bool:
    """The word at `k` ("less", "more") is said of the way: "தூரம் கம்மி", "दूरी कम है"."""
    words = reading.words
    j = k - 1
    while j > 0 and words[j] in _IS:
        j -= 1
    return j >= 0 and words[j] in _WAY and reading.number_at[j] is None


def drop_way_comparatives(reading: _Reading) -> None:
    """A "less" or "more" said of the way ("700-க்கு ஒத்துக்க முடியாது, தூரம் கம்மி":
    the distance is short) bounds no price: the cue is dropped, so the amount is refused,
    never held as a floor."""
    dropped = [
        (cue, start, end)
        for cue, start, end in reading.occurrences
        if cue is Cue.COMPARATIVE and said_of_the_way(reading, start)
    ]
    for cue, start, end in dropped:
        for j in range(start, end):
            reading.cues[j] = reading.cues[j] - {cue}
    reading.occurrences = [o for o in reading.occurrences if o not in dropped]
