"""A count of the goods said as what there is: "there are 15 clothes", "बीस कपड़े हैं",
"പന്ത്രണ്ട് ഷർട്ട് ഉണ്ട്", "இருபது துணி இருக்கு", "পঁচিশটা আছে" (a count with its
classifier), "ಇಪ್ಪತ್ತೆರಡು ಬಟ್ಟೆ ಇದೆ". The number counts the goods, never a price: a line
with only such a count names no price, and beside a total ("all together 200, there are
18 clothes") it is the count the total is for."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.reading import _joined, _Price, _Quantity, _Reading
from audio.understanding.sum_asked import _SUM, _SUM_STEMS


def _folded(*words: str) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


# "There is / there are", said after the goods counted.
_THERE_ARE = _folded(
    "हैं", "hain", "आहेत", "ahet", "aahet", "છે", "che", "ਹਨ", "han", "আছে", "ache",
    "ఉన్నాయి", "unnayi", "unnai", "ఉంది", "ಇದೆ", "ಇವೆ", "ide", "ive", "ഉണ്ട്", "undu",
    "und", "இருக்கு", "இருக்குது", "இருக்கின்றன", "irukku", "ਨੇ",
)  # fmt: skip
# English says it first: "there are 15", "there're 15 shirts".
_THERE = _folded("there", "there're", "theres")
# A classifier on the number itself counts pieces: Bengali "পঁচিশটা", "২২টি".
_CLASSIFIERS = ("টা", "টি", "ta", "ti")
# "All", "in all", said before a total: with "total" words (`sum_asked`).
_ALL = _folded("all", "सब", "sab", "সব", "shob", "sob", "सगळे", "બધા", "ਸਾਰੇ", "എല്ലാം")
_MOST = 1000
# Where "there are" is also the auxiliary of a verb ("પાંત્રીસમાં આપે છે", gives at 35;
# "सस्ता देते हैं"; "देत आहेत"), a word with a verb's ending before it is no goods.
_VERB_ENDINGS: dict[str, tuple[str, ...]] = {
    "gu": ("ે", "e", "ો", "o"),
    "hi": ("ते", "ती", "ता", "रहे", "te", "ti", "ta", "rahe"),
    "mr": ("त", "तात", "at", "tat"),
    "pa": ("ਦੇ", "ਦੀ", "ਦਾ", "ਰਹੇ", "de", "di", "da"),
}


def _bare_count(price: _Price) -> bool:
    value = price.span.value
    return (
        not price.explicit
        and price.quantity is None
        and not price.each
        and value == int(value)
        and 2 <= value <= _MOST
    )


def _there_at(reading: _Reading, price: _Price) -> bool:
    words, end = reading.words, price.end
    if reading.language == "en":
        return any(w in _THERE for w in words[max(price.start - 2, 0) : price.start])
    suffix = price.span.suffix or ""
    if suffix in _CLASSIFIERS and end < len(words) and words[end] in _THERE_ARE:
        return True  # "পঁচিশটা আছে"
    if suffix or end + 1 >= len(words) or words[end + 1] not in _THERE_ARE:
        return False  # "ત્રીસમાં ..." (at thirty) counts nothing
    verb = words[end].endswith(_VERB_ENDINGS.get(reading.language, ()))
    return reading.is_plain(end) and not verb and reading.tokens[end].raw not in ",.?!"


def _said_as_total(reading: _Reading, price: _Price) -> bool:
    if price.per_unit is False and price.quantity is None:
        return True
    before = reading.words[max(price.start - 3, 0) : price.start]
    return any(w in _SUM or w in _ALL or w.startswith(_SUM_STEMS) for w in before)


# A word of "in" on the container before the count ("బాక్స్‌లో", "பெட்டியில", "ಡಬ್ಬದಲ್ಲಿ",
# "ഡബ്ബയിൽ", "বাক্সে", "पेटीत", "બોક્સમાં", "ਡੱਬੇ'ਚ"), or written apart ("डिब्बे में").
_LOCATIVE_ENDINGS: dict[str, tuple[str, ...]] = {
    "te": ("లో",),
    "ta": ("ில", "ில்", "ுல", "க்குள்ள", "க்குள்"),
    "kn": ("ಲ್ಲಿ", "ಲಿ"),
    "ml": ("ിൽ", "ില്", "ൽ"),
    "bn": ("ে", "তে"),
    "mr": ("त", "मध्ये"),
    "gu": ("માં",),
    "pa": ("ਚ", "ਵਿੱਚ"),
}
_IN = _folded("में", "mein", "in", "inside", "ਵਿੱਚ", "ਚ", "मध्ये", "માં")
# A verb of being or holding after the goods: "there are", "there will be", "hold".
_HOLDING = _THERE_ARE | _folded(
    "ఉంటాయి", "ఉంటుంది", "இருக்கும்", "இருக்கு", "ಇರುತ್ತೆ", "ಇರುತ್ತವೆ", "ഉണ്ടാകും", "ഉണ്ടാവും",
    "থাকে", "থাকবে", "असतात", "असतील", "હોય", "હશે", "ਹੁੰਦੇ", "ਹੋਣਗੇ", "होते", "होंगे",
    "रहते", "untayi", "untai", "irukkum", "iruthe", "undakum", "thake",
)  # fmt: skip


def _inside_container(reading: _Reading, price: _Price) -> bool:
    """ "ఈ గిఫ్ట్ బాక్స్‌లో పదహారు లడ్డూలు ఉంటాయి": a bare count in a clause that opens
    "in" something, then a goods word (any: the tables need not know it) and a verb of
    being or holding. The count is what the container holds, never a price."""
    words, end = reading.words, price.end
    if price.explicit or price.span.suffix or not _bare_count(price) or end + 1 >= len(words):
        return False  # "મંડીમાં પચ્ચીસમાં આપે છે": at 25, a price
    if not (reading.is_plain(end) and _joined(reading, end) and words[end + 1] in _HOLDING):
        return False
    if words[end].endswith(_VERB_ENDINGS.get(reading.language, ())):
        return False  # "... सत्तर देते हैं": the verb, no goods
    endings = tuple(fold(e) for e in _LOCATIVE_ENDINGS.get(reading.language, ()))
    k = price.start
    while k > 0 and _joined(reading, k) and price.start - k < 5:
        k -= 1
        word = reading.words[k]
        if word in _IN or (endings and word.endswith(endings) and len(word) > 3):
            return reading.number_at[k] is None
    return False


# The classifiers a count of goods takes in Bengali: "তিনটে", "দুটো", "একটা", "২টি".
_PIECE_SUFFIXES = (*_CLASSIFIERS, "টে", "টো", "te", "to")


def _listed_inside(reading: _Reading) -> list[_Price]:
    """ "বাক্সে তিনটে চার্জার আর দুটো ইয়ারফোন আছে", "डिब्बे में दो चार्जर और एक केबल है":
    a clause that opens "in" a container and closes with a verb of being or holding, with
    no money word in it, lists what the container holds: each count in it, with the goods
    word after it, is a count of those goods, never a price."""
    words = reading.words
    endings = tuple(fold(e) for e in _LOCATIVE_ENDINGS.get(reading.language, ()))
    held: list[_Price] = []
    for h, word in enumerate(words):
        if word not in _HOLDING or h < 3:
            continue
        k = h - 1
        while (
            k >= 0
            and h - k < 12
            and not (
                reading.number_at[k] is None
                and (
                    words[k] in _IN
                    or (endings and words[k].endswith(endings) and len(words[k]) > 3)
                )
            )
        ):
            k -= 1
        if k < 0 or h - k >= 12:
            continue
        if reading.cue_near(k, h + 1, Cue.CURRENCY) or any(
            reading.tokens[j].raw in ".?!" for j in range(k, h)
        ):
            continue
        counts = [p for p in reading.prices if k < p.start and p.end < h]
        if not counts or any(
            p.explicit
            or (p.span.suffix or "") not in ("", *_PIECE_SUFFIXES)
            or p.span.value != int(p.span.value)
            or not 1 <= p.span.value <= _MOST
            or not reading.is_plain(p.end)
            or words[p.end] in reading.of_words
            or words[p.end].endswith(_VERB_ENDINGS.get(reading.language, ()))
            for p in counts
        ):
            continue
        held += counts
    return held


def goods_there(reading: _Reading) -> None:
    """Turn the counts said as "there are N (goods)" into pieces counted, and make the
    one total said beside them a total for that count; a count said inside a container
    is what it holds, no price and no quantity bought."""
    listed = _listed_inside(reading)
    for price in [p for p in reading.prices if p in listed or _inside_container(reading, p)]:
        reading.prices.remove(price)
        held = _Quantity(price.span.value, "piece", price.start, price.end)
        # "there are" counts the pieces shown; "there will be", "holds" tells the box
        # (a container's list is what it holds, no count bought)
        held.claimed = len(listed) > 1 or reading.words[price.end + 1] not in _THERE_ARE
        reading.quantities.append(held)
    for price in reading.prices:
        counted = price.quantity
        if counted is not None and counted.unit is None and counted.value:
            said = _Price(0, counted.start, counted.end, False, price.span)
            if reading.language == "en" and _there_at(reading, said):
                counted.unit = "piece"  # "150 for all, there are 15 clothes"
    counts = [p for p in reading.prices if _bare_count(p) and _there_at(reading, p)]
    if len(counts) != 1:
        return
    count = counts[0]
    reading.prices.remove(count)
    quantity = _Quantity(count.span.value, "piece", count.start, count.end)
    reading.quantities.append(quantity)
    if len(reading.prices) != 1:
        return
    total = reading.prices[0]
    if total.negated or total.each or not _said_as_total(reading, total):
        return
    quantity.claimed = True
    total.per_unit, total.quantity = False, quantity
