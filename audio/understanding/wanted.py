"""How many are wanted, said with a word of agreement: "ok, give two", "சரி, ரெண்டு
குடுங்க", "ঠিক আছে, দুটো দিন", "ठीक है, दो दे दो". After the agreement, a small bare
number (no currency, unit or "each" with it, no case ending) joined to a give or put verb
counts the goods taken at the price on the table; it is no new price (no stall haggles
over two rupees). Against a price on the table that small, the number may still be a
price, and stays one (and is asked about, as any small bare number is)."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.endings import _CLASSIFIERS
from audio.understanding.moves import _GIVE_STEMS, _GIVE_WORDS, _PUT_STEMS, _PUT_WORDS
from audio.understanding.reading import _joined, _Price, _Reading

_MOST = 12
"""A dozen pieces at most: a larger bare number after "ok" is more likely a price."""
_MOST_AFTER_RATE = 100
"""After a rate of one piece said back, a bare count up to a hundred with a verb of
giving or packing counts the pieces taken at that rate."""
_FILLERS = frozenset(("me", "us", "them", "it"))
_BREAKS = frozenset(",.;:।—–-")


def _gives(word: str) -> bool:
    return (
        word in _GIVE_WORDS
        or word in _PUT_WORDS
        or word.startswith(_GIVE_STEMS)
        or word.startswith(_PUT_STEMS)
    )


# Packing or tying the goods, said after the count: "बीस पैक कर दो", "పది ప్యాక్ చేయండి".
_PACKS = frozenset(
    fold(w)
    for w in (
        "pack", "पैक", "पॅक", "ప్యాక్", "ಪ್ಯಾಕ್", "ਪੈਕ", "પેક", "প্যাক", "பேக்", "പാക്ക്",
        "बांधून", "बाँध", "बांध", "बाँध", "ಕಟ್ಟಿ", "కట్టండి", "বেঁধে", "બાંધી", "ਬੰਨ੍ਹ",
    )
)  # fmt: skip


# Cutting or opening the goods for the buyer, said after the count and the goods: "दो
# नारियल काट दो", "ரெண்டு இளநீர் வெட்டுங்க", "రెండు బొండాలు కొట్టండి" (a word's start).
_CUTS = tuple(
    fold(w)
    for w in (
        "cut", "chop", "काट", "kaat", "kat", "छील", "chheel", "फोड़", "வெட்டு", "வெட்டி",
        "vettu", "உடைச்சு", "உடைச்சி", "udachu", "udaichu", "కొట్ట", "కోసి",
        "kotti", "kosi", "কেটে", "kete", "फोडून", "फोडा", "कापून", "kapun", "કાપી", "kapi",
        "ಕೊಚ್ಚಿ", "ಕತ್ತರಿಸ", "kochchi", "വെട്ടി", "vetti", "ਕੱਟ", "katt",
    )
)  # fmt: skip
# Before the count in English: "give me two", "cut two coconuts", "tie up fifty".
_VERBS_BEFORE = frozenset(("give", "pack", "weigh", "cut", "tie", "wrap"))


def _goods_word(reading: _Reading, k: int) -> bool:
    """A plain word (the goods) at `k`, joined to the count before it."""
    return (
        k < len(reading.words)
        and _joined(reading, k)
        and reading.number_at[k] is None
        and not reading.cues[k]
        and len(reading.words[k]) > 2
    )


def goods_cut(reading: _Reading, start: int, end: int) -> bool:
    """The count at `start:end` names the goods, then a verb of cutting them ("দুটো ডাব
    কেটে দিন", "दोन नारळ फोडून द्या"; English "cut two coconuts"): so many pieces."""
    words = reading.words
    if reading.language == "en" and start > 0 and words[start - 1] in ("cut", "chop"):
        return _goods_word(reading, end)
    return _goods_word(reading, end) and any(
        j < len(words) and _joined(reading, j) and words[j].startswith(_CUTS)
        for j in (end + 1, end + 2)
    )


def _verb_beside(reading: _Reading, price: _Price, *, packing: bool = False) -> bool:
    """A give or put verb right after the number, or (English) right before it, with
    "me" between at most: "do de do", "give me two" (with `packing`, a verb of packing or
    tying after it: "बीस पैक कर दो"); the goods may be named between, with a verb of
    cutting them too ("दो नारियल काट दो", "cut two coconuts")."""
    words = reading.words
    k = price.end
    if any(j < len(words) and _joined(reading, j) and _gives(words[j]) for j in (k, k + 1)):
        return True  # "दो दे दो", "ਦੋ ਦੇ ਦਿਓ"
    if packing and k < len(words) and _joined(reading, k) and words[k] in _PACKS:
        return True
    if _goods_word(reading, k) and any(
        j < len(words)
        and _joined(reading, j)
        and (_gives(words[j]) or words[j].startswith(_CUTS) or words[j] in _PACKS)
        for j in (k + 1, k + 2)
    ):
        return True  # "दो नारियल काट दो", "ರೆಂಡು ಇಳನೀರ್ ವೆಟ್ಟುಂಗ"
    k = price.start - 1
    if k >= 0 and words[k] in _FILLERS:
        k -= 1
    return k >= 0 and words[k] in _VERBS_BEFORE and _joined(reading, price.start)


def count_wanted(
    reading: _Reading, price: _Price, reference_paise: int | None, *, rate_before: bool = False
) -> bool:
    """The bare number counts the goods asked for after a word of agreement (with
    `rate_before`, after a rate of one piece, whose "each" it does not take)."""
    span = price.span
    each = price.each and not (rate_before and not reading.has(price.end, Cue.EACH))
    if price.explicit or price.quantity is not None or each or price.bound:
        return False
    if span.end - span.start != 1 or span.value != int(span.value):
        return False
    most = _MOST_AFTER_RATE if rate_before else _MOST
    if not 2 <= span.value <= most or (span.suffix and span.suffix not in _CLASSIFIERS):
        return False
    if reference_paise is not None and 2 * price.paise > reference_paise:
        return False
    agreed = any(  # "ठीक आहे, दोन द्या"; a soft "बरं, चार द्या" names no price, a count
        cue in (Cue.ACCEPT, Cue.SOFT_ACCEPT) and end <= price.start
        for cue, _start, end in reading.occurrences
    )
    return agreed and _verb_beside(reading, price, packing=rate_before)


def counted_in_pieces(price: _Price) -> bool:
    """Said with a classifier ("দুটো", "dui ta"): so many pieces."""
    return bool(price.span.suffix) and price.span.suffix in _CLASSIFIERS


# Making the goods up, said of the count: print, make ("पाँच सौ छाप दो", "ಐನೂರು ಪ್ರಿಂಟ್
# ಮಾಡಿ", "ஐநூறு அடிச்சு குடுங்க").
_MAKES = tuple(
    fold(w)
    for w in (
        "print", "प्रिंट", "छाप", "chhap", "chap", "छापून", "छापा", "છાપ", "chhapi", "ਛਾਪ",
        "ਪ੍ਰਿੰਟ", "ছেপে", "ছাপ", "chhepe", "প্রিন্ট", "அடிச்சு", "அடிச்சி", "அச்சடி",
        "பிரிண்ட்", "ప్రింట్", "అచ్చు", "ಪ್ರಿಂಟ್", "ಮುದ್ರಿಸಿ", "അടിച്ച", "പ്രിന്റ്", "પ્રિન્ટ",
        "make", "बना", "बनवा", "બનાવ", "ਬਣਾ", "বানিয়ে", "बनव",
    )
)  # fmt: skip
_MOST_MADE = 10000
"""A count to make or pack after the price agreed: up to ten thousand (cards, cups)."""


def _made(reading: _Reading, count: _Price) -> bool:
    """A verb of making, packing or giving right after the count ("पाँच सौ छाप दो"), or
    in English right before it ("print five hundred")."""
    words, k = reading.words, count.end

    def makes(j: int) -> bool:
        word = words[j] if j < len(words) and _joined(reading, j) else ""
        return bool(word) and (word.startswith(_MAKES) or word in _PACKS or _gives(word))

    if makes(k) or (_goods_word(reading, k) and makes(k + 1)):
        return True  # "ఐదు వందల ఆకులు కట్టండి": the goods named, then the verb
    k = count.start - 1
    return (
        reading.language == "en"
        and k >= 0
        and _joined(reading, count.start)
        and (words[k].startswith(_MAKES) or words[k] in ("pack", "give"))
    )


def _said_back_then_made(
    reading: _Reading, price: _Price, count: _Price, reference_paise: int | None
) -> bool:
    """Agreement, the price on the table said back in a clause of its own, then a count
    to make or pack, larger than the price ("ok, fifteen rupees, print five hundred",
    "ભલે, પંદર રૂપિયા, પાંચસો છાપી આપો"): the count is the goods, never a price."""
    if reference_paise is None or price.paise != reference_paise or price.negated:
        return False
    if price.end > count.start or count.paise <= price.paise:
        return False
    gap = reading.text[reading.tokens[price.end - 1].end : reading.tokens[count.start].start]
    if not any(c in _BREAKS for c in gap):
        return False
    span = count.span
    if count.explicit or count.quantity is not None or count.each or count.bound:
        return False
    if count.negated or span.value != int(span.value) or not 2 <= span.value <= _MOST_MADE:
        return False
    if span.suffix and span.suffix not in _CLASSIFIERS:
        return False
    agreed = any(
        cue in (Cue.ACCEPT, Cue.SOFT_ACCEPT) and end <= price.start
        for cue, _start, end in reading.occurrences
    )
    return agreed and _made(reading, count)


def take_count_wanted(reading: _Reading, reference_paise: int | None) -> _Price | None:
    """The one number said, when it counts the goods wanted: taken out of the prices. So
    is the last of two, when the price agreed is said back first in a clause of its own
    ("ok brother, forty it is, give three", "சரி, நாப்பது தான், மூணு குடுங்க"): the price
    stands (an accept where it is the one on the table, else a counter), the count is
    the goods taken at it."""
    prices = reading.prices
    if len(prices) == 1 and prices[0].paise == reference_paise:
        _count_after_agreed_price(reading, prices[0])
    if len(prices) == 2 and _price_then_count(reading, prices[0], prices[1], reference_paise):
        return prices.pop()
    if len(prices) == 2 and _said_back_then_made(reading, prices[0], prices[1], reference_paise):
        return prices.pop()
    if len(prices) != 1 or not count_wanted(reading, prices[0], reference_paise):
        return None
    return prices.pop()


def _price_then_count(
    reading: _Reading, price: _Price, count: _Price, reference_paise: int | None
) -> bool:
    """The price agreed, a clause break, then a count wanted with its give verb. A rate of
    one piece said back ("ok, at eight each, pack twelve") may be smaller than the count."""
    piece = price.per_unit and price.quantity is not None and price.quantity.unit == "piece"
    said_back = price.paise == reference_paise and (price.each or bool(piece))
    if price.end > count.start or (price.paise < 2 * count.paise and not said_back):
        return False
    gap = reading.text[reading.tokens[price.end - 1].end : reading.tokens[count.start].start]
    if not any(c in _BREAKS for c in gap):
        return False
    if said_back:
        reference_paise = None  # the count is no price against the rate said back
    return count_wanted(reading, count, reference_paise, rate_before=said_back)


def _count_after_agreed_price(reading: _Reading, price: _Price) -> None:
    """Agreement, the price on the table, a pause, then a small count of the goods with a
    verb of giving, packing or cutting them ("சரி, நாப்பது. ரெண்டு இளநீர் வெட்டுங்க",
    "okay, forty. cut two coconuts for me"): the count is the goods taken, no total for
    them (another price before the count stays a total for it: "alright, eighty. pack
    three kilo" against 90)."""
    quantity = price.quantity
    if quantity is None or quantity.value is None or price.per_unit is not False:
        return
    if quantity.unit is not None:
        return  # "ok, ninety. pack three kilo": the kilos weighed, read elsewhere
    if quantity.start < price.end or not 2 <= quantity.value <= _MOST:
        return
    gap = reading.text[reading.tokens[price.end - 1].end : reading.tokens[quantity.start].start]
    if not any(c in _BREAKS for c in gap):
        return
    agreed = any(
        cue in (Cue.ACCEPT, Cue.SOFT_ACCEPT) and end <= price.start
        for cue, _start, end in reading.occurrences
    )
    words, end = reading.words, quantity.end
    verb_after = _goods_word(reading, end) and any(
        j < len(words)
        and _joined(reading, j)
        and (_gives(words[j]) or words[j].startswith(_CUTS) or words[j] in _PACKS)
        for j in (end + 1, end + 2)
    )
    k = quantity.start - 1
    verb_before = reading.language == "en" and k >= 0 and words[k] in _VERBS_BEFORE
    if agreed and (verb_after or verb_before):
        price.quantity, price.per_unit = None, None
        quantity.claimed = False
