"""A count of the goods said again in a "for" form: "ಎರಡು ಸಿಮ್ ಇದೆ, ಎರಡಕ್ಕೂ ರೀಚಾರ್ಜ್ ಬೇಕು"
(two SIMs, a recharge for both), "రెండు సిమ్‌లు ఉన్నాయి, రెండింటికీ కవర్ కావాలి", "three
phones, need covers for three". With no money word on it, the number is the goods
counted before it, said back: no price, never ₹2. A money word on it ("ಎರಡಕ್ಕೂ ಎರಡು
ನೂರು ರೂಪಾಯಿ") or a price beside it is read as said.

So is a small count in a "for" form bound to a service or goods wanted, said once, in a
line with no money word and no other price: "eradakku recharge beku" (recharge wanted
for two), "need servicing for all three", "दोनों का रिचार्ज करना है": the count of what
the service is for, no price. A price said for the goods ("ಹತ್ತಕ್ಕೆ ಬೇಕು", wanted for
ten) has no goods word beside its number, or is more than a few rupees, and stands."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.countables import _WANT, _WANT_STEMS
from audio.understanding.reading import _joined, _Price, _Reading

_MOST = 20
"""Counts of the goods up to this many."""
# A "for" written before the number (English), or a case ending on it.
_FOR = frozenset(fold(w) for w in ("for", "to"))
_FEW = 5
"""A count said once in a "for" form, up to this many, with a service or goods wanted."""
_ALL = frozenset(fold(w) for w in ("all", "the", "these", "those"))
# "Of" after the count: Hindi "दोनों का रिचार्ज", "teeno ki servicing".
_OF_AFTER = frozenset(fold(w) for w in ("का", "की", "के", "ka", "ki", "ke", "ਦਾ", "ਦੀ", "ਦੇ"))
# Verbs of a service to be done: "karna hai", "karwana", "madbeku", "cheyyali".
_DO = tuple(
    fold(w)
    for w in (
        "करना", "करनी", "करवाना", "करवानी", "karna", "karni", "karwana", "karwani",
        "madbeku", "maadbeku", "ಮಾಡಬೇಕು", "ಮಾಡ್ಬೇಕು", "cheyyali", "చేయాలి", "cheyali",
        "pannanum", "பண்ணணும்", "cheyyanam", "ചെയ്യണം", "करायचं", "करायचे", "karaycha",
        "કરાવવું", "કરવું", "karvu", "ਕਰਾਉਣਾ", "karauna", "করাতে", "korate",
        # asked: "will you do it?"
        "చేస్తారా", "chestara", "ಮಾಡ್ತೀರಾ", "maadtira", "maadthira", "பண்ணுவீங்களா",
        "pannuveengala", "ചെയ്യുമോ", "cheyyumo", "karoge", "करोगे", "करेंगे", "karenge",
    )
)  # fmt: skip


def _said_for(reading: _Reading, k: int) -> bool:
    span = reading.number_at[k]
    return span is not None and (
        bool(span.suffix) or (k > 0 and reading.words[k - 1] in _FOR and _joined(reading, k))
    )


def _counts_goods(reading: _Reading, k: int) -> bool:
    """The number at `k` is bare and the goods are named right after it ("ಎರಡು ಸಿಮ್")."""
    span = reading.number_at[k]
    if span is None or span.suffix:
        return False
    after = span.end
    return after < len(reading.words) and reading.is_plain(after) and _joined(reading, after)


def _money_at(reading: _Reading, k: int) -> bool:
    return any(p.start == k and p.explicit for p in reading.prices)


def _said_back(reading: _Reading, price: _Price) -> bool:
    """The price's number is a count of goods said twice, once bare before the goods
    and once in a "for" form, with no money word on either."""
    value = price.span.value
    starts = [
        k
        for k, span in enumerate(reading.number_at)
        if span is not None and span.start == k and span.value == value
    ]
    if len(starts) != 2 or price.start not in starts or any(_money_at(reading, k) for k in starts):
        return False
    first, second = starts
    return _counts_goods(reading, first) and _said_for(reading, second)


def _wanted(word: str) -> bool:
    return word in _WANT or word.startswith(_WANT_STEMS) or word.startswith(_DO)


def _for_a_service(reading: _Reading, price: _Price) -> bool:
    """The price's number is a few, in a "for" form, with a goods or service word beside
    it and a word of wanting or doing in the line: the count the service is for."""
    value, words = price.span.value, reading.words
    if value > _FEW or price.explicit or price.per_unit or price.each:
        return False
    if any(reading.has(k, Cue.CURRENCY, Cue.PAISE) for k in range(len(words))):
        return False
    if not any(_wanted(w) for w in words):
        return False
    k = price.start - 1
    while k > 0 and words[k] in _ALL:
        k -= 1
    after = price.end
    if after < len(words) and words[after] in _OF_AFTER:
        after += 1
    served = after < len(words) and reading.is_plain(after) and not _wanted(words[after])
    if k >= 0 and words[k] in _FOR:  # "servicing for all three", "for three, covers"
        named = k > 0 and reading.is_plain(k - 1) and not _wanted(words[k - 1])
        return named or served
    if price.span.suffix or after > price.end:
        collective = after == price.end or reading.words[price.start].endswith(_ALL_ENDINGS)
        return served and collective
    return served and _service_for_them(reading, price.end)


# "For" endings on a word said after the count ("eradakku", "rendintiki", "போனுக்கும்",
# "ഫോണിനും"), and the collective "-ों/-o" of Hindi "दोनों", "teeno".
_DATIVES = tuple(
    fold(w)
    for w in (
        "க்கும்", "க்கு", "ಕ್ಕೂ", "ಕ್ಕೆ", "ಗೂ", "ಗೆ", "కీ", "కి", "కు", "ക്കും", "ക്ക്", "ിനും", "ിന്",
        "akku", "akke", "kkoo", "kki", "ntiki", "intiki", "ukkum", "kkum", "inum",
    )
)  # fmt: skip
_ALL_ENDINGS = tuple(fold(w) for w in ("ों", "ो", "on", "no", "o"))


def _service_for_them(reading: _Reading, start: int) -> bool:
    """A word in a "for" form after the count, then a service or goods word and a word
    of wanting or doing, and no number after it: "eradu bike ide, eradakku service
    madbeku", "ரெண்டு போனுக்கும் ரீசார்ஜ் பண்ணணும்"."""
    words = reading.words
    for k in range(start, len(words) - 2):
        if reading.number_at[k] is not None:
            return False
        if words[k].endswith(_DATIVES) and len(words[k]) > 4:
            rest = words[k + 1 :]
            plain = reading.is_plain(k + 1) and not _wanted(words[k + 1])
            numbers = any(reading.number_at[j] is not None for j in range(k + 1, len(words)))
            return plain and not numbers and any(_wanted(w) for w in rest)
    return False


def counts_said_back(reading: _Reading) -> None:
    """Drop the bare counts of goods said again in a "for" form, and the few a service
    is for: no price."""
    gone = []
    for price in reading.prices:
        value = price.span.value
        if price.explicit or value != int(value) or not 1 <= value <= _MOST:
            continue
        if _said_back(reading, price):
            gone.append(price)
    others = [p for p in reading.prices if p not in gone]
    if len(others) == 1 and _for_a_service(reading, others[0]):
        gone.append(others[0])
    if gone:
        reading.prices = [p for p in reading.prices if p not in gone]
