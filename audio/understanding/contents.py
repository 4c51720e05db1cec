"""What a container holds, not what is bought: "the carton holds 24 bottles", "एक पेटी
में करीब बीस किलो आता है", "एका पेटीत पाच डझन असतात", "ஒரு பெட்டியில பன்னிரண்டு பீஸ்
இருக்கும்", "a peti holds 5 dozen". A count or weight said inside a crate, box, tray,
sack or basket (a word of "in" on the container, or a verb of holding after the count)
describes the container: no quantity of the goods bought."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.containers import _HOLDERS_EN, container_word
from audio.understanding.containers_words import HOLDER_STEMS
from audio.understanding.reading import _joined, _Reading


def _folded(*words: str) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


# The container said "in": one word with its ending, or the word and "in" after it.
_IN_CONTAINER = _folded(
    "पेटी", "पेटीत", "पेटीमध्ये", "डिब्बे", "डिब्बा", "बोरी", "बोरे", "टोकरी", "क्रेट", "कैरेट",
    "पेट्टी", "खोक्यात", "खोका", "डब्यात", "peti", "dibba", "dabba", "dibbe", "dabbe", "bori", "tokri",
    "crate", "box", "carton", "tray", "sack", "bag", "basket",
    "பெட்டியில", "பெட்டியில்", "பெட்டிக்குள்ள", "கூடையில", "மூட்டையில", "பாக்ஸ்ல",
    "పెట్టెలో", "బుట్టలో", "బాక్సులో", "সবাক্সে", "বাক্সে", "ঝুড়িতে", "পেটিতে", "ক্রেটে",
    "પેટીમાં", "બોક્સમાં", "ડબ્બામાં", "ટોપલીમાં", "ಪೆಟ್ಟಿಗೆಯಲ್ಲಿ", "ಬಾಕ್ಸಲ್ಲಿ", "ಬುಟ್ಟಿಯಲ್ಲಿ",
    "പെട്ടിയിൽ", "കൊട്ടയിൽ", "ബോക്സിൽ", "ਪੇਟੀ", "ਡੱਬੇ", "ਕਰੇਟ", "ਪੇਟੀ'ਚ",
    # a roll or reel of thread, rope, wire or cloth: "एक रोल में सौ मीटर"
    "roll", "reel", "रोल", "रील", "रोलमध्ये", "रीळमध्ये", "ரோல்ல", "ரோலில்", "ரீல்ல",
    "రోల్", "రోల్లో", "రీల్లో", "রোলে", "রিলে", "રોલમાં", "રીલમાં", "ರೋಲ್ನಲ್ಲಿ", "ರೀಲ್ನಲ್ಲಿ",
    "റോളിൽ", "റീലിൽ", "ਰੋਲ", "ਰੀਲ",
)  # fmt: skip
# "Inside" after the count, the container after it: "20 kilo inside a crate".
_INSIDE = _folded("inside", "अंदर", "andar", "भीतर", "आत", "ਅੰਦਰ", "અંદર", "ভেতরে", "ভিতরে")
_IN = _folded("में", "mein", "me", "in", "inside", "ਵਿੱਚ", "ਚ", "'ਚ", "ਵਿਚ", "मध्ये", "లో")
# A word of holding after the count ("holds", "has", "comes", "आता है", "असतात").
_HOLDS = _folded(
    "holds", "hold", "has", "contains", "comes", "come", "fit", "fits", "inside",
    "आता", "आते", "आती", "होते", "होता", "रहते", "असतात", "असते", "येतात", "येते",
    "இருக்கும்", "வரும்", "ఉంటాయి", "ఉంటుంది", "వస్తాయి", "থাকে", "ধরে", "আসে", "આવે",
    "હોય", "ಇರುತ್ತೆ", "ಇರುತ್ತವೆ", "ಬರುತ್ತೆ", "ഉണ്ടാകും", "കാണും", "ਆਉਂਦੇ", "ਆਉਂਦਾ",
    "ਹੁੰਦੇ", "ਹੁੰਦਾ", "होती", "ഉണ്ട്",
)  # fmt: skip
# English says the holding before the count: "a box has twelve", "this bundle holds fifty".
_HOLDS_BEFORE = _folded("has", "holds", "contains", "fits", "carries")


def _clause_start(reading: _Reading, k: int) -> int:
    while k > 0 and _joined(reading, k):
        k -= 1
    return k


def contents_not_bought(reading: _Reading) -> None:
    """Set aside (claim) the quantities that tell what a container holds."""
    words = reading.words
    for quantity in reading.quantities:
        if quantity.claimed or quantity.value is None:
            continue
        start = _clause_start(reading, quantity.start)
        before = range(start, quantity.start)
        inside = any(words[k] in _IN_CONTAINER or container_word(reading, k) for k in before)
        after = words[quantity.end : min(quantity.end + 4, len(words))]
        holds = any(w in _HOLDS for w in after) or any(words[k] in _HOLDS for k in before)
        said_in = any(words[k] in _IN for k in before) or _locative(words, before)
        within = any(w in _INSIDE for w in after) and any(w in _IN_CONTAINER for w in after)
        within = within or _in_after(reading, quantity.end)  # "24 crayons in this box"
        if (inside and (holds or said_in)) or within:  # "about 20 kilo inside a crate"
            quantity.claimed = True


def _container(reading: _Reading, k: int) -> bool:
    """Word `k` is a container, a tray or bundle too (the verb of holding says it holds)."""
    word = reading.words[k]
    if word in _IN_CONTAINER or word in _HOLDERS_EN or container_word(reading, k):
        return True
    return not word.isascii() and word.startswith(HOLDER_STEMS)


def holds_a_count(reading: _Reading, start: int, end: int) -> bool:
    """The number at `start:end` is what a container holds, its goods unnamed after it: a
    container in the clause before it, a verb of holding right after it ("पाकिटात वीस
    असतात", "ஒரு பாக்கெட்டுல பத்து இருக்கும்", "એક પેકેટમાં દસ હોય") or before it in English
    ("a box has twelve"), and no money word on it. A count, never a price."""
    words = reading.words
    if reading.has(end, Cue.CURRENCY) or (start > 0 and reading.has(start - 1, Cue.CURRENCY)):
        return False
    first = _clause_start(reading, start)
    held = any(_container(reading, k) for k in range(first, start))
    after = end < len(words) and words[end] in _HOLDS and _joined(reading, end)
    before = start > 0 and words[start - 1] in _HOLDS_BEFORE and _joined(reading, start)
    before = before and (end == len(words) or not _joined(reading, end))  # "has 24 crayons"
    return held and (after or before)


def _in_after(reading: _Reading, end: int) -> bool:
    """ "In" a container said after the count and its goods, in one breath: "twelve
    pencils in the box", "forty toffees in this jar"."""
    words = reading.words
    for j in range(end, min(end + 3, len(words))):
        if j > end and not _joined(reading, j):
            return False
        if words[j] in _IN:
            stop = min(j + 3, len(words))
            return any(container_word(reading, m) for m in range(j + 1, stop))
    return False


def _locative(words: list[str], span: range) -> bool:
    """The container word carries its own "in" ("पेटीत", "பெட்டியில", "বাক্সে")."""
    bare = _folded("पेटी", "डिब्बे", "डिब्बा", "बोरी", "टोकरी", "क्रेट", "कैरेट", "खोका", "peti",
                   "dibba", "dabba", "bori", "tokri", "crate", "box", "carton", "tray", "sack",
                   "bag", "basket", "ਪੇਟੀ", "ਡੱਬੇ", "ਕਰੇਟ")  # fmt: skip
    return any(words[k] in _IN_CONTAINER and words[k] not in bare for k in span)
