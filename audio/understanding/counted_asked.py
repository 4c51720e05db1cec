"""A count inside a price question: "I need twelve notebooks, how much?", "two glasses,
one parcel, how much in all?", "what's a full tray of thirty?", "ముప్పై గుడ్ల ట్రే ఎంత?".
A bare number right before the items or containers it counts (eggs, glasses, plates,
pieces, notebooks, trays) asks the price of that many: the count is the quantity, never
a price. Counting what one container holds ("a tray of thirty", "ত্রিশটা ডিমের ট্রে")
it describes the container: no price and no quantity."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.reading import _Price, _Reading


def _folded(*words: str) -> tuple[str, ...]:
    return tuple(fold(w) for w in words)


# Items counted by the piece at a stall, as a word's start (plural and case endings on).
_ITEMS = _folded(
    "egg", "glass", "plate", "piece", "notebook", "copy", "copies", "cup",
    "अंड", "anda", "ande", "गिलास", "ग्लास", "glas", "प्लेट", "पीस", "कॉपी", "कापी", "वह्य",
    "ઈંડ", "ઇંડ", "ગ્લાસ", "પ્લેટ", "નોટબુક", "ચોપડ", "ਆਂਡ", "ਅੰਡ", "ਗਲਾਸ", "ਗਿਲਾਸ", "ਪਲੇਟ",
    "ਕਾਪੀ", "ডিম", "গ্লাস", "প্লেট", "পিস", "খাতা", "முட்டை", "கிளாஸ்", "கிளாசு", "பிளேட்",
    "நோட்டு", "నోట్‌బుక్", "నోట్బుక్", "గుడ్ల", "గుడ్డు", "గ్లాస్", "గ్లాసు", "ప్లేట్",
    "ಮೊಟ್ಟೆ", "ಗ್ಲಾಸ್", "ಪ್ಲೇಟ್", "ನೋಟ್‌ಬುಕ್", "ನೋಟ್ಬುಕ್", "ಪುಸ್ತಕ", "മുട്ട", "ഗ്ലാസ",
    "പ്ലേറ്റ", "നോട്ട്ബുക്ക",
)  # fmt: skip
# Containers whose count of items describes them: "tray of thirty", "ముప్పై గుడ్ల ట్రే".
_CONTAINERS = _folded(
    "tray", "crate", "ट्रे", "ટ્રે", "ਟਰੇ", "ਟ੍ਰੇ", "ট্রে", "ட்ரே", "டிரே", "ట్రే", "ಟ್ರೇ", "ട്രേ",
)  # fmt: skip
_OF = frozenset(("of", "full", "a", "the"))


def _starts(word: str, stems: tuple[str, ...]) -> bool:
    return word.startswith(stems)


def _asked(reading: _Reading) -> bool:
    return any(t.raw == "?" for t in reading.tokens) or any(
        cue in (Cue.QUESTION, Cue.WEAK_QUESTION) for cue, _s, _e in reading.occurrences
    )


def _holds(reading: _Reading, start: int, end: int) -> bool:
    """The number at `start:end` counts what a container holds: "tray of thirty", "thirty
    eggs' tray", "ముప్పై గుడ్ల ట్రే"."""
    words = reading.words
    k = start - 1
    while k >= 0 and words[k] in _OF:
        k -= 1
    if k >= 0 and k < start - 1 and _starts(words[k], _CONTAINERS):
        return True  # "a full tray of thirty"
    after = words[end : end + 3]
    return any(_starts(w, _CONTAINERS) for w in after[1:]) and _starts(after[0], _ITEMS)


def _counts_items(reading: _Reading, end: int) -> bool:
    return end < len(reading.words) and _starts(reading.words[end], _ITEMS)


def drop_contents_asked(reading: _Reading) -> None:
    """In a price question, drop the counts of what a container holds."""
    if _asked(reading):
        reading.quantities = [q for q in reading.quantities if not _holds(reading, q.start, q.end)]


def items_asked(reading: _Reading, price: _Price) -> tuple[bool, float | None] | None:
    """In a price question, a bare number that counts items or a container's contents:
    (False, the count or None for contents); None when the number may be a price."""
    if price.explicit or price.each or price.quantity is not None or not _asked(reading):
        return None
    if _holds(reading, price.start, price.end):
        return False, None
    if _counts_items(reading, price.end):
        return False, price.span.value
    return None
