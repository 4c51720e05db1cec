"""A share or heap of fish or vegetables (ভাগ, ढेरी, "heap"), a forearm's length of
strung flowers, a metre, a packet: a measure that is none of the units. Asked about as
one ("এক ভাগ মাছ কত?", "ஒரு முழம் எவ்வளவு?", "one mozham how much?") it counts one of the
measure, no piece; a price beside a share said alone or as one ("ভাগ একশো", "one heap a
hundred", "ढेरी पचास") is its rate, `unit` null. A count of them ("three heaps for 250")
and a heap shown ("this heap for 100") stay totals."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.reading import _Price, _Quantity, _Reading

# Heap and share words, as a word's start, where the tables read them as something else:
# Bengali "ভাগ" is also a hundredth ("একশো ভাগ খাঁটি"), and a heap is a lot sold whole.
_SHARES = tuple(
    fold(w) for w in ("ভাগ", "bhag", "ढेरी", "dheri", "heap", "share", "pile", "ढीग", "dhig", "kooru")
)
# A heap shown ("this heap", "यह ढेरी", "ই ভাগটা"): one lot, a total.
_SHOWN = frozenset(
    fold(w)
    for w in ("this", "that", "these", "यह", "ये", "वो", "ye", "yeh", "ei", "এই", "ওই", "हा", "ही")
)


def share_word(reading: _Reading, k: int) -> bool:
    """Whether the word at `k` names a share, a heap or a measure of trade."""
    if not 0 <= k < len(reading.words):
        return False
    return reading.has(k, Cue.MEASURE) or reading.words[k].startswith(_SHARES)


def measure_after_one(reading: _Reading, k: int) -> bool:
    """The lone "one" at `k` counts a measure ("ஒரு முழம்", "एक ढेरी", "one heap"), no
    piece."""
    return share_word(reading, k + 1) or reading.has(k + 1, Cue.LOT)


def count_one_measure(reading: _Reading) -> None:
    """With no price said, "one" before a measure is the count asked about: quantity 1,
    unit null ("ఒక మూర ఎంత?", like "one kilo carrots how much?")."""
    if reading.prices or not any(
        cue in (Cue.QUESTION, Cue.WEAK_QUESTION) for cue, _, _ in reading.occurrences
    ):
        return
    for k in sorted(reading.lone_ones):
        if k in reading.quantity_at or not share_word(reading, k + 1):
            continue  # "एक पिशवी द्या": a carry bag asked for
        if any(q.start <= k < q.end for q in reading.quantities):
            continue
        added = _Quantity(1.0, None, k, k + 1)
        reading.quantities.append(added)
        reading.quantities.sort(key=lambda q: q.start)
        reading.quantity_at[k] = added
        return


def rate_by_share(reading: _Reading, price: _Price) -> bool:
    """A share or heap word said alone or as one right before the price ("ভাগ একশো",
    "one heap a hundred", "ढेरी पचास"), or right after it ("a hundred a heap"): the
    share's rate. A count before the word ("three heaps") or a heap shown ("this heap")
    is no rate."""
    words = reading.words
    k = price.start - 1
    if reading.has(k, Cue.ARTICLE, Cue.LINK, Cue.PER) and k - 1 >= 0:
        k -= 1  # "heap, a hundred"
    if not (0 <= k < len(words) and words[k].startswith(_SHARES)):
        after = price.end + (1 if reading.has(price.end, Cue.ARTICLE, Cue.PER) else 0)
        if not (after < len(words) and words[after].startswith(_SHARES)):
            return False
        return after > price.end  # "a hundred a heap"
    j = k - 1
    if j >= 0 and (reading.number_at[j] is not None or words[j] in _SHOWN):
        return False  # "three heaps 250", "this heap 100"
    return j < 0 or j in reading.lone_ones or not reading.has(j, Cue.CURRENCY)


# "A" or "one" said as a word of its own before the goods: "a garland forty", "একটা মালা
# চল্লিশ", "ekta mala chollish": one item's price.
_ONE_ITEM = {"en": frozenset(("a", "an")), "bn": frozenset(("ekta", "ekti"))}


def one_item_before(reading: _Reading, k: int) -> bool:
    """The word at `k` says one of the goods after it, which are no measure or heap."""
    if not 0 <= k < len(reading.words):
        return False
    ones = _ONE_ITEM.get(reading.language, frozenset())
    if reading.words[k] not in ones and not (reading.language == "bn" and k in reading.lone_ones):
        return False  # Gujarati, Kannada "aa" is "that", no "a"
    return not (share_word(reading, k + 1) or reading.has(k + 1, Cue.LOT, Cue.UNIT))


# A thing said to come along with the item: "box also there", "charger included", "with
# the cover", "डिब्बा भी है", "বাক্সও আছে", "பாக்ஸும் இருக்கு", "ಬಾಕ್ಸ್ ಕೂಡ ಇದೆ".
# Romanized "saath" is also sixty ("dabba saath ka"): only the Devanagari "साथ" is "with".
_ALONG = frozenset(
    fold(w)
    for w in (
        "also", "too", "included", "including", "भी", "bhi", "साथ", "पण", "सोबत",
        "पन", "પણ", "સાથે", "ਵੀ", "ਨਾਲ", "সহ", "সমেত", "కూడా", "kuda", "ಕೂಡ", "ಕೂಡಾ",
        "ಜೊತೆ", "കൂടി", "കൂടെ", "கூட", "सहित", "समेत",
    )
)  # fmt: skip
_ALONG_ENDINGS = {"ta": "ும்", "ml": "ും", "bn": "ও", "mr": "ही"}
_WITH = frozenset(("with", "plus"))


def comes_along(reading: _Reading, k: int) -> bool:
    """The box, cover or packet at `k` is said to come with the item, not to price it:
    no rate per box, no lot sold whole."""
    words = reading.words
    ending = _ALONG_ENDINGS.get(reading.language)
    if ending is not None and words[k].endswith(fold(ending)):
        return True
    if any(w in _ALONG for w in words[k + 1 : k + 4]):
        return True
    return any(w in _WITH for w in words[max(k - 2, 0) : k])
