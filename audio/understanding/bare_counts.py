"""A count of goods named in a line that names no money: "keep fifty garlands ready for
the evening aarti", "कल सुबह चालीस गजरे तैयार रखना", "ನಾಳೆ ಇಪ್ಪತ್ತು ಹಾರ ರೆಡಿ ಮಾಡಿ", "eighty
lamps at one go, what rate?", "ਸੱਠ ਦੀਵੇ ਇਕੱਠੇ ਲਵਾਂ ਤਾਂ ਕੀ ਰੇਟ?". A number word right
before a word that is no cue (no currency, unit, case word or price marker), no number
and no address is the count of that word's goods, whatever the number, when what
follows says so: the goods are to be kept ready, are wanted ("पच्चीस हार चाहिए", a
word of wanting right after the goods), are there in a container ("इस डिब्बे में बीस लड्डू
हैं", "there are twelve pencils in the box"), or their rate is asked (a question
after them, no number after them). Such a line offers no price: the count is its
quantity, and a rate asked for it is a question.

Used by pass 3 (`audio.understanding.amounts`) beside `countables.counts_unnamed_goods`,
which knows the goods handed over or wanted ("चार कचौड़ी बाँध दो")."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import TokenKind, fold
from audio.numbers import NumberSpan
from audio.understanding.address import ADDRESS
from audio.understanding.bulk_asked import _TAKE_MINE
from audio.understanding.containers import container_word
from audio.understanding.contents import _HOLDS, _IN_CONTAINER, _in_after
from audio.understanding.countables import (
    _AFTER_A_PRICE,
    _APART,
    _WANT,
    _WANT_STEMS,
    handed_over,
    ordered,
)
from audio.understanding.endings import _CLASSIFIERS
from audio.understanding.reading import _joined, _Reading
from audio.understanding.recalled_words import PAST
from audio.understanding.servings import serving_word
from audio.understanding.taken_if import _IF_TAKEN, _TAKE
from audio.understanding.there_are import _THERE_ARE

_MONEY = (Cue.CURRENCY, Cue.PAISE)
_LABEL = frozenset((Cue.NUMBER_LABEL,))
# Words that label an hour after them and name goods after a count: Tamil "மாலை" is the
# evening ("மாலை ஆறு மணி") and a garland ("ஐம்பது மாலை").
_GOODS_LABELS = frozenset(fold(w) for w in ("மாலை", "malai", "maalai"))

# "Ready" and "keep / put aside", as word beginnings: the goods are to be kept ready.
_READY = tuple(
    fold(w)
    for w in (
        "ready", "taiyar", "taiyaar", "tayar", "tayyar", "tyaar", "tiyar", "तैयार", "तयार",
        "रेडी", "রেডি", "তৈরি", "ரெடி", "தயார்", "సిద్ధం", "సిద్దం", "రెడీ", "siddham", "redi",
        "തയ്യാർ", "റെഡി", "તૈયાર", "રેડી", "ರೆಡಿ", "ತಯಾರ್", "ਤਿਆਰ", "ਰੈਡੀ",
    )
)  # fmt: skip
_KEEP = tuple(
    fold(w)
    for w in (
        "keep", "rakh", "रख", "ठेव", "thev", "ਰੱਖ", "rakhna", "রাখ", "rakhben", "வைங்க",
        "வெச்சு", "வச்சு", "ఉంచ", "unch", "വെക്ക", "വെച്ച", "vekk", "રાખ", "ಇಡಿ", "ಇಟ್ಟು",
        "idi", "ittu",
    )
)  # fmt: skip
_LOOKED = 4
# English says what there is before the count: "there are twelve pencils", "the tin holds
# thirty marbles".
_THERE_BEFORE = frozenset(fold(w) for w in ("are", "is", "has", "have", "holds", "contains"))
"""How many words after the goods' word the clause is read for its verb."""
# English says the want before the count: "we need 250 lamps", "I want ninety bangles".
_WANT_BEFORE = frozenset(fold(w) for w in ("need", "needs", "want", "wants", "require"))


def _goods_word(reading: _Reading, k: int) -> bool:
    """Whether the word at `k` can be the goods a number before it counts."""
    if k >= len(reading.words) or not _joined(reading, k):
        return False
    if reading.tokens[k].kind is not TokenKind.WORD or reading.number_at[k] is not None:
        return False
    word = reading.words[k]
    if reading.cues[k] - _LABEL or not word[:1].isalpha() or len(word) < 3:
        return False
    if reading.cues[k] and word not in _GOODS_LABELS:
        return False
    if word in _AFTER_A_PRICE or word in PAST or word in ADDRESS:
        return False
    if serving_word(reading, k) or container_word(reading, k):
        return False  # "two glasses here, one parcel": servings, counted elsewhere
    if handed_over(word):
        return False  # "ચાલીસ આપે છે": a price before a verb of giving
    if word in _IF_TAKEN or word in _TAKE or word in _TAKE_MINE:
        return False  # "பத்து வாங்கினா எவ்வளவு?": ten if taken, no goods named
    return not word.startswith(_READY + _KEEP)


def _in_container(reading: _Reading, span: NumberSpan) -> bool:
    """A container said before the count in its clause ("इस डिब्बे में", "ఈ డబ్బాలో")."""
    k = span.start - 1
    while k >= 0:
        if reading.words[k] in _IN_CONTAINER or container_word(reading, k):
            return True
        if not _joined(reading, k):
            return False
        k -= 1
    return False


def _there(reading: _Reading, span: NumberSpan, k: int, j: int) -> bool:
    """The word at `j` (after the goods at `k`) says the goods are there or held in a
    container said before the count or right after the goods: "इस डिब्बे में बीस लड्डू
    हैं", "ఈ ప్యాకెట్‌లో పది బిస్కెట్లు ఉంటాయి" (with no container, "there are 15 clothes"
    is `there_are`'s)."""
    word = reading.words[j]
    if word not in _THERE_ARE and word not in _HOLDS:
        return False
    return _in_container(reading, span) or _in_after(reading, k + 1)


def _there_before(reading: _Reading, span: NumberSpan) -> bool:
    """English "there are twelve pencils in the box", "the tin holds forty": said before
    the count, a container before or after it."""
    if reading.language != "en" or span.start == 0:
        return False
    before = reading.words[span.start - 1]
    if before in _HOLDS - _THERE_BEFORE and _in_container(reading, span):
        return True  # "the tin holds thirty marbles"
    held = _in_container(reading, span) or _in_after(reading, span.end + 1)
    return before in _THERE_BEFORE and held


def _wanted(word: str) -> bool:
    return word in _WANT or word.startswith(_WANT_STEMS) or ordered(word)


def _goods_wanted(reading: _Reading, k: int) -> bool:
    """The word at `k` names goods a verb of wanting right after it asks for: then it
    is the goods even where it looks like a cue ("haar", a garland, is also "har", each;
    "diye", lamps, also "gave"), since nothing else comes between a count and "chahiye"."""
    words = reading.words
    if k + 1 >= len(words) or not _joined(reading, k + 1) or not _wanted(words[k + 1]):
        return False
    if not _joined(reading, k) or reading.tokens[k].kind is not TokenKind.WORD:
        return False
    if reading.number_at[k] is not None or reading.cues[k] - _LABEL - {Cue.PER}:
        return False
    if not words[k][:1].isalpha() or len(words[k]) < 3 or words[k] in ADDRESS:
        return False
    return not (serving_word(reading, k) or container_word(reading, k))


_LISTED = 10
"""How many words after the goods' word a list of goods is read for its verb of wanting."""
# "And" between the goods of a list: "दस चाय और दो दर्जन समोसे".
_AND = frozenset(
    fold(w)
    for w in (
        "and", "aur", "और", "आणि", "ani", "અને", "ane", "আর", "ar", "ও", "మరియు", "mariyu",
        "ಮತ್ತು", "mattu", "ਅਤੇ", "ate", "te", "ते",
    )
)  # fmt: skip


def _listed_then_wanted(reading: _Reading, k: int) -> bool:
    """The goods at `k` begin a list of goods that a verb of wanting ends: "பத்து காபியும்
    ரெண்டு டஜன் வடையும் வேணும்", "పది కాఫీలు, రెండు డజన్ల వడలు కావాలి", "दस चाय और दो
    दर्जन समोसे चाहिए". Only "and" or a pause stands between one goods' word and the next
    count, and each count has its goods right after it (a unit may come between): a
    number with no goods after it may be a price, and any other word ends the list."""
    words = reading.words
    j = k + 1
    while j < min(k + 1 + _LISTED, len(words)):
        span = reading.number_at[j]
        if span is None:
            if _wanted(words[j]):
                return True
            if words[j] not in _AND:
                return False
            j += 1
            continue
        if span.suffix and fold(span.suffix) not in _CLASSIFIERS:
            return False  # "రెండింటికి": a case ending, "for both"
        after = span.end
        while after < len(words) and reading.has(after, Cue.UNIT):
            after += 1
        if _goods_wanted(reading, after):
            return True
        if not _goods_word(reading, after):
            return False  # "ten coffees, two hundred": a price, maybe
        j = after + 1
    return False


def counts_goods_unpriced(reading: _Reading, span: NumberSpan) -> bool:
    """Whether the whole number `span` counts the goods named right after it, in a line
    that names no money (see above)."""
    if span.value != int(span.value) or span.value < 2:
        return False
    if span.suffix and fold(span.suffix) not in _CLASSIFIERS:
        return False  # "நாப்பதுக்கு", "हजाराचा": a case ending makes a price
    if any(reading.has(i, *_MONEY) for i in range(len(reading.words))):
        return False
    k = span.end
    if k + 1 < len(reading.words) and reading.words[k] in _APART and _joined(reading, k + 1):
        k += 1  # "ashi ta prodip": the classifier typed apart
    if _goods_wanted(reading, k):
        return True  # "पच्चीस हार चाहिए", "chalis diye chahiye": lamps, not "gave"
    if not _goods_word(reading, k):
        return False
    if _there_before(reading, span):
        return True  # "there are twelve pencils in the box"
    if span.start > 0 and reading.words[span.start - 1] in _WANT_BEFORE:
        return True  # "we need 250 lamps for the festival": English wants before the count
    for j in range(k + 1, min(k + 1 + _LOOKED, len(reading.words))):
        if not _joined(reading, j):
            break
        if reading.words[j].startswith(_READY + _KEEP):
            return True  # "पचास माला तैयार रखना": goods kept ready
        if reading.number_at[j] is not None:
            break
        if _there(reading, span, k, j) or _wanted(reading.words[j]):
            return True  # "इस डिब्बे में बीस लड्डू हैं", "पच्चीस हार चाहिए": a count
    if _listed_then_wanted(reading, k):
        return True  # "பத்து காபியும் ரெண்டு டஜன் வடையும் வேணும்": a list of goods wanted
    asked = weak = False
    for j in range(k + 1, len(reading.words)):
        if reading.number_at[j] is not None:
            return False  # a number after the goods may be their price
        asked = asked or reading.has(j, Cue.QUESTION)
        weak = weak or reading.has(j, Cue.WEAK_QUESTION)
    return asked or (weak and reading.text.rstrip().endswith("?"))
