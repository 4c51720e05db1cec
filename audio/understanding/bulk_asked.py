"""A rate said back, then the rate asked for a larger count: "sixty a kilo — if I take
five kilos, what rate?", "साठ रुपये किलो, पाँच किलो लूँ तो क्या भाव?", "কিলো ষাট, পাঁচ
কিলো নিলে কত করে দেবেন?", "കിലോ അറുപത്, അഞ്ച് കിലോ എടുത്താൽ എന്ത് റേറ്റ്?". The first
price is the rate on the table, recalled; the buyer bids nothing and asks the rate for
the count taken. The line is a question with no amount, the count its quantity; a price
said after the condition ("if I take five kilos, will you do fifty?") is a bid and is
left to the other passes."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.endings import _CLASSIFIERS
from audio.understanding.rate_if_taken import past_classifier
from audio.understanding.reading import _Price, _Quantity, _Reading
from audio.understanding.taken_if import _IF_TAKEN, _TAKE, _THEN

# The buyer's own "if I take", where it differs from the seller's "if you take": Hindi
# "लूँ तो", Marathi "घेतले तर" (in `_TAKE`), Gujarati "લઉં તો", Punjabi "ਲਵਾਂ ਤਾਂ".
_TAKE_MINE = frozenset(
    fold(w)
    for w in (
        "लूँ", "लूं", "लू", "लूँगा", "लूंगा", "लूँगी", "लूंगी", "लें", "लिया", "लिए", "lun",
        "lu", "loon", "lunga", "lungi", "liya", "liye",
        "घेतलं", "घेतले", "घेतल्या", "घेऊ", "gheu",
        "લઉં", "લઉ", "લઈએ", "lau", "laun", "laiye",
        "ਲਵਾਂ", "ਲਈਏ", "ਲਵਾਂਗਾ", "lavan", "laiye",
    )
)  # fmt: skip
# Of those, the ones that say "I" (Marathi "घेतले तर" is "if taken", anyone's).
_FIRST_PERSON = _TAKE_MINE - frozenset(fold(w) for w in ("घेतलं", "घेतले", "घेतल्या"))
_EN_IF = frozenset(("if",))
_EN_ME = frozenset(fold(w) for w in ("i", "we"))
_EN_TAKE = ("take", "buy", "get", "pick")


def _conditions(reading: _Reading) -> list[tuple[int, int]]:
    """Each "if I take" said: where its words start and end."""
    words, found = reading.words, []
    for k, word in enumerate(words):
        if reading.language == "en":
            if (
                word in _EN_IF
                and k + 2 < len(words)
                and words[k + 1] in _EN_ME
                and words[k + 2].startswith(_EN_TAKE)
            ):
                found.append((k, k + 3))
            continue
        if word in _IF_TAKEN:
            found.append((k, k + 1))
        elif k + 1 < len(words) and (word in _TAKE or word in _TAKE_MINE) and words[k + 1] in _THEN:
            found.append((k, k + 2))
    return found


def _count_taken(reading: _Reading, start: int, end: int) -> bool:
    """A count said in the condition: right before the taking verb ("पाँच किलो लूँ तो"),
    or, in English, right after it ("if I take five kilos")."""
    if reading.language == "en":
        spots = range(end, min(end + 2, len(reading.words)))
    else:
        spots = range(max(start - 3, 0), start)
    quantities = any(q.start in spots and q.value and q.value > 1 for q in reading.quantities)
    bare = any(p.start in spots and not p.explicit for p in reading.prices)
    return (
        quantities
        or bare
        or any(
            past_classifier(reading, k + 1) == start and reading.number_at[k] is not None
            for k in spots
        )
    )


def rate_recalled_before_count(reading: _Reading) -> bool:
    """The rate said back, then "if I take N, what rate?" with no price after the
    condition: the line asks (True); no price it names stands."""
    for start, end in _conditions(reading):
        if not _count_taken(reading, start, end):
            continue
        rates = [p for p in reading.prices if p.end <= start and p.per_unit and not p.negated]
        if not rates:
            continue
        counted = range(end, min(end + 2, len(reading.words))) if reading.language == "en" else ()
        if any(p.start >= end and p.start not in counted for p in reading.prices):
            continue  # "if I take five kilos, will you do fifty?": a bid
        asked = reading.cue_near(rates[-1].end, len(reading.words), Cue.QUESTION)
        asked = asked or any(t.raw == "?" for t in reading.tokens[end:])
        if asked:
            return True
    return False


def buyer_takes(reading: _Reading) -> bool:
    """The condition is the speaker's own taking ("if I take five kilos", "पाँच किलो लूँ
    तो", "ਪੰਜ ਕਿੱਲੋ ਲਵਾਂ ਤਾਂ"): a price after it is the buyer's bid, never the seller's
    side deal on a rate."""
    for start, _ in _conditions(reading):
        word = reading.words[start]
        if reading.language == "en" or word in _FIRST_PERSON:
            return True
    return False


# A helper verb or a "together" between the count and the buyer's "take": Hindi "ले"
# ("दस ले लूँ तो"), Punjabi "ਲੈ" ("ਦਸ ਲੈ ਲਵਾਂ ਤਾਂ"), Marathi "एकदम".
_HELPERS = frozenset(
    fold(w)
    for w in (
        "ले", "le", "ਲੈ", "lai", "लै", "एक साथ", "एकसाथ", "इकट्ठे", "ikatthe", "एकदम", "ekdam",
        "ਇਕੱਠੇ", "એકસાથે", "સાથે", "ભેગા",
    )
)  # fmt: skip
_MOST_COUNTED = 1000
# English words between "if I take" and its count, or after the count: "if I take all
# twenty", "twenty of these", "twenty pieces".
_EN_BEFORE_COUNT = frozenset(("all", "about", "around", "like"))


def _count_at(reading: _Reading, k: int) -> _Price | _Quantity | None:
    """The bare count (a number read as a price with no money word, or a count of pieces
    or of nothing named) that ends or starts at `k`."""
    for p in reading.prices:
        whole = p.span.value == int(p.span.value) and 2 <= p.span.value <= _MOST_COUNTED
        if p.explicit or not whole or p.negated:
            continue
        if p.span.suffix and fold(p.span.suffix) not in _CLASSIFIERS:
            continue  # "दसला", "பத்துக்கு": a price with its ending
        if (reading.language == "en" and p.start == k) or (
            reading.language != "en" and past_classifier(reading, p.end) == k
        ):
            return p
    for q in reading.quantities:
        if q.value is None or q.value < 2 or q.unit not in (None, "piece"):
            continue
        if (reading.language == "en" and q.start == k) or (
            reading.language != "en" and past_classifier(reading, q.end) == k
        ):
            return q
    return None


def _count_before(reading: _Reading, start: int, end: int) -> _Price | _Quantity | None:
    """The count said in the condition: right before the taking verb, a helper or a
    piece word between ("दस ले लूँ तो", "पचास पीस लूँ तो"), or in English right after
    "if I take"."""
    words = reading.words
    if reading.language == "en":
        k = end + (end < len(words) and words[end] in _EN_BEFORE_COUNT)
        return _count_at(reading, k)
    k = start
    while k > 0 and (words[k - 1] in _HELPERS or reading.units[k - 1] == "piece"):
        if reading.units[k - 1] == "piece" and (found := _count_at(reading, k)) is not None:
            return found  # "पचास पीस": the count with its piece word
        k -= 1
    return _count_at(reading, k)


def _count_before_goods(reading: _Reading, start: int) -> _Price | _Quantity | None:
    """The count said with the goods' name between it and the taking verb ("दो रज़ाई
    लूँ तो?", "రెండు రజాయిలు తీసుకుంటే?", "পঞ্চাশটা জামা নিলে"): the goods counted."""
    k = start - 1
    if k < 1 or reading.number_at[k] is not None or not reading.is_plain(k):
        return None
    if len(reading.words[k]) < 2 or reading.words[k] == "?":
        return None
    return _count_at(reading, k)


def _each_after(reading: _Reading, end: int) -> bool:
    """A word of "each / a piece / for one" said after the condition."""
    return any(
        reading.has(k, Cue.EACH) or reading.units[k] == "piece" or k in reading.lone_ones
        for k in range(end, len(reading.words))
    )


def count_asked_if_taken(reading: _Reading) -> bool:
    """The buyer's count on a condition with the rate asked and no price of theirs: "if I
    take twenty, what will you do per piece?", "if I buy fifty, how much each?", "दस ले
    लूँ तो?", "बीस ले लूँ तो कितने का पड़ेगा?", "वीस घेतले तर एकाला किती?", "పది
    తీసుకుంటే ఎంత?", "ਦਸ ਲੈ ਲਵਾਂ ਤਾਂ?". The count is the quantity (a piece's when the rate
    asked is a piece's), never a price; the line asks (True). A price said after the
    condition ("चालीस ले लूँ तो एक का तीस लगाओगे?") is the buyer's bid for that count, left
    to the other passes, and the seller's "if you take ten" ("दस लो तो") is his deal's."""
    words = reading.words
    for start, end in _conditions(reading):
        if reading.language != "en" and words[start] in _TAKE and words[start] not in _TAKE_MINE:
            continue  # "दस लो तो ...": the seller's condition
        count, goods = _count_before(reading, start, end), False
        if count is None and reading.language != "en":
            count = _count_before_goods(reading, start)
            goods = count is not None
        if count is None:
            continue
        if any(p.start >= end and p is not count and not p.negated for p in reading.prices):
            continue  # "if I take forty, thirty each?": a bid
        asked = any(reading.has(k, Cue.QUESTION, Cue.WEAK_QUESTION) for k in range(end, len(words)))
        # A line that ends on the condition asks by its shape, with or without a question
        # mark (a transcript seldom has one): "दस ले लूँ तो", "if I take twenty".
        last = count.end if reading.language == "en" else end
        if not (asked or last >= len(words) or any(t.raw == "?" for t in reading.tokens[end:])):
            continue
        piece = goods or _each_after(reading, end)
        if isinstance(count, _Price):
            reading.prices.remove(count)
            suffix = count.span.suffix and fold(count.span.suffix) in _CLASSIFIERS
            unit = "piece" if piece or suffix else None
            count = _Quantity(count.span.value, unit, count.start, count.end)
            reading.quantities.append(count)
        elif count.unit is None and piece:
            count.unit = "piece"
        count.claimed = False
        return True
    return False
