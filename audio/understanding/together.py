"""Counts said before the price they go with, read after each price's shape
(`audio.understanding.shape`):

- "all N together, X": the count in its "all" form ("சேர்த்து" after "மூணும்", "రెండూ
  కలిపి", "চারটে মিলিয়ে", "पाचही मिळून", "ત્રણેય મળીને", "ಎಂಟೂ ಸೇರಿ", "നാലും കൂടി", "ਪੰਜੇ
  ਮਿਲਾ ਕੇ", "ਬਾਰਾਂ ਦੀਆਂ ਬਾਰਾਂ", "चारों मिलाके", "all four together") makes X a total for
  N, never a second price; goods of several kinds "together" make X a total with no one
  count ("two juices and a coconut, together 90");
- "I'll take N, X": a count with a verb of taking, then the price: N of the goods at X
  ("दस लेंगे, पंद्रह रुपये एक का", "কুড়িটা নেব, একশো কুড়ি করে দিন"), a rate when X
  says so or the count is a weight, else a total for N ("buy three, I'll give 700")."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.numbers import find_numbers, number_table
from audio.understanding.all_taken import all_taken
from audio.understanding.both import counts_both, counts_ones
from audio.understanding.collective import counts_collective
from audio.understanding.conditions import discount_if_more
from audio.understanding.counted import _IN
from audio.understanding.counted_thousands import count_before_thousands
from audio.understanding.endings import _priced_by_ending
from audio.understanding.needed import needed_before
from audio.understanding.orders import AND_WORDS
from audio.understanding.rates import _WILL_TAKE
from audio.understanding.reading import _Price, _Quantity, _Reading
from audio.understanding.totals import _ALL, _ALL_COUNTS

_TOGETHER = frozenset(
    fold(w)
    for w in (
        "together", "milake", "मिलाके", "मिलाकर", "मिला", "साथ", "ek sath",
        "சேர்த்து", "serthu", "కలిపి", "kalipi", "মিলিয়ে", "miliye", "মিলে", "একসাথে",
        "मिळून", "milun", "મળીને", "maline", "ಸೇರಿ", "ಸೇರಿಸಿ", "seri", "ಒಟ್ಟಿಗೆ", "കൂടി",
        "koodi", "ਮਿਲਾ", "ਮਿਲਾਕੇ", "ਇਕੱਠੇ", "ikathe",
    )
)  # fmt: skip
# The "all" form of a count word, by language: the ending and what stands for it in the
# plain count ("மூணும்" is "மூணு" + "ம்", "రెండూ" is "రెండు", "പാചഹി" ...).
_ALL_FORMS: dict[str, tuple[tuple[str, str], ...]] = {
    "hi": (("ों", ""),),
    "ta": (("ும்", "ு"), ("ையும்", "ு")),
    "te": (("ూ", "ు"),),
    "kn": (("ೂ", "ು"),),
    "ml": (("ും", "്"), ("ും", "")),
    "mr": (("ही", ""), ("ंही", "")),
    "gu": (("ેય", ""),),
    "pa": (("ੇ", ""), ("ੋਂ", "")),
    "bn": (("টেই", ""), ("টাই", "")),
}
_ALL_WORDS = frozenset(fold(w) for w in ("all", "al", "ಎಲ್ಲಾ", "सारे", "सगळे", "બધા", "ਸਾਰੇ"))
_THEM = frozenset(("them", "these", "those"))
_OF_THEM = frozenset(fold(w) for w in ("ਦੇ", "ਦੀਆਂ", "ਦਾ", "ਦੀ"))
# Said with the price, a rate: "चालीस के हिसाब से", "ત્રીસ લેખે", "তিরিশ দরে".
_RATE_WORDS = frozenset(
    fold(w)
    for w in (
        "हिसाब", "hisab", "hisaab", "ਹਿਸਾਬ", "લેખે", "lekhe", "দরে", "dore", "दराने",
        "चोप्पुन", "చొప్పున", "choppuna", "வீதம்", "veetham", "rate",
    )
)  # fmt: skip
# More verbs of taking said after a count: "எடுக்கறேன்", "ತಗೋತೀನಿ", "લઉં", "ਲੈਣੇ".
_TAKE = _WILL_TAKE + tuple(
    fold(w)
    for w in (
        "எடுக்கறேன்", "எடுக்குறேன்", "வாங்கறேன்", "ತಗೋತೀನಿ", "ತಗೋತಿನಿ", "ತಗೊಳ್ಳುವೆ", "લઉં",
        "લઈશું", "ਲੈਣੇ", "ਲੈਣਾ", "ਲਵਾਂ", "लेंगी", "buy", "తీసుకుంటాను", "എടുക്കുന്നു",
        "নিচ্ছি", "nichhi",
    )
)  # fmt: skip
# Said apart after a count: "तीन ले लो", "दस ले लीजिए" (take three, take ten).
_TAKE_WORDS = frozenset(fold(w) for w in ("ले", "लो", "le", "lo", "लीजिए", "ਲਓ", "ਲੈ"))
_WEIGHTS = frozenset(("kg", "g", "litre"))


def _count_of(reading: _Reading, k: int) -> float | None:
    span = reading.number_at[k]
    if span is not None and span.end == k + 1 and span.start == k:
        return span.value
    return None


def _all_form(reading: _Reading, k: int) -> float | None:
    """The count said at `k` in its "all" form ("तीनों", "மூணும்", "ಎಂಟೂ"), or None."""
    word = reading.words[k]
    if word in _ALL_COUNTS:
        return float(_ALL_COUNTS[word])
    for ending, plain in _ALL_FORMS.get(reading.language, ()):
        ending = fold(ending)
        if not word.endswith(ending) or len(word) <= len(ending):
            continue
        stem = fold(word[: -len(ending)] + plain)
        spans = find_numbers([stem], number_table(reading.language))
        if len(spans) == 1 and spans[0].start == 0 and spans[0].end == 1 and not spans[0].suffix:
            return spans[0].value
    return None


def _together_at(reading: _Reading, k: int) -> bool:
    """A word of "together" at `k`, Banglish "mile" after a count included (tagged a word
    of wholeness there by `together_typed`, never a mile)."""
    if k >= len(reading.words):
        return False
    word = reading.words[k]
    return word in _TOGETHER or (word == "mile" and reading.has(k, Cue.TOTAL))


def _small(value: float | None) -> bool:
    return value is not None and value == int(value) and 2 <= value <= 100


def _count_for_all(reading: _Reading, k: int) -> tuple[float, int] | None:
    """The count for all said at `k`, and where its words end; else None."""
    words = reading.words
    nxt = words[k + 1] if k + 1 < len(words) else ""
    value = _all_form(reading, k)
    if _small(value) and value is not None:
        return value, k + 1
    value = _count_of(reading, k)
    if not _small(value) or value is None:
        return None
    if nxt in _OF_THEM and k + 2 < len(words) and _count_of(reading, k + 2) == value:
        return value, k + 3  # "ਬਾਰਾਂ ਦੀਆਂ ਬਾਰਾਂ": all twelve
    if nxt == "of" and k + 2 < len(words) and words[k + 2] in _THEM:
        return value, k + 3  # "the five of them together"
    if _together_at(reading, k + 1) or (k > 0 and words[k - 1] in _ALL_WORDS):
        return value, k + 1  # "তিনটে মিলিয়ে", "all three"
    return None


def _price_after(reading: _Reading, end: int, reach: int = 4) -> _Price | None:
    after = [p for p in reading.prices if p.start >= end and not p.negated]
    if not after or after[0].start - end > reach:
        return None
    return after[0]


def _drop_count_at(reading: _Reading, start: int, end: int) -> None:
    reading.prices = [p for p in reading.prices if not (start <= p.start < end)]
    reading.quantities = [q for q in reading.quantities if not (start <= q.start < end)]


def _mixed_together(reading: _Reading, price: _Price) -> bool:
    """Goods of two kinds joined by "and", then "together" right before the price."""
    before = reading.words[: price.start]
    return (
        len(before) > 1
        and before[-1] in _TOGETHER
        and any(w in AND_WORDS for w in before)
        and not any(_all_form(reading, k) for k in range(len(before)))
    )


def counts_before_price(reading: _Reading) -> None:
    """Both readings below, in turn, and a count taken as the condition of a discount
    (`audio.understanding.conditions`), and "both" said for the goods (`both`)."""
    discount_if_more(reading)
    counts_collective(reading)  # "ਤਿੰਨਾਂ ਦੇ ਪਚਾਸੀ", "85 for all three": a total for three
    counts_for_all(reading)
    all_taken(reading)  # "450, take all three", "तीनों ले जाओ": a total for three
    count_taken_first(reading)
    counts_both(reading)  # "sixty for both", "ಎರಡಕ್ಕೂ ಅರವತ್ತು": a total for two
    counts_ones(reading)  # "two small ones, seventy-five": a total for two pieces
    count_before_thousands(reading)  # "ಎರಡು ಹಾರ, ಎರಡು ಸಾವಿರ": ₹2,000 for two, no ₹2


def counts_for_all(reading: _Reading) -> None:
    """ "All N together, X": X a total for N; goods of several kinds together, a total."""
    for k in range(len(reading.words)):
        found = _count_for_all(reading, k)
        if found is None:
            continue
        value, end = found
        if reading.has(end, Cue.UNIT):
            continue  # "दोनों किलो 130 में": all of a unit, read by `total_for_all`
        price = _price_after(reading, end)
        if price is None or any(p.start < k < p.end for p in reading.prices):
            continue
        apart = price.start > end and not any(
            _together_at(reading, j) for j in range(end, min(end + 3, len(reading.words)))
        )
        if apart and _all_form(reading, k) is None:
            continue
        _drop_count_at(reading, k, end)
        quantity = _Quantity(value, None, k, end, claimed=True)
        reading.quantities.append(quantity)
        price.per_unit, price.quantity, price.each = False, quantity, False
        return
    for price in reading.prices:
        if _mixed_together(reading, price):
            for q in reading.quantities:
                q.claimed = q.claimed or q.end <= price.start
            price.per_unit, price.quantity = False, None
            return


def _takes(reading: _Reading, start: int, end: int) -> int | None:
    """Where the price may start after a verb of taking said right after the count, with
    no other number between (English: right before it); None when there is none."""
    words = reading.words
    if reading.language == "en":
        before = words[max(start - 2, 0) : start]
        return end if any(w.startswith(_TAKE) for w in before) else None
    for j in range(end, min(end + 3, len(words))):
        if reading.number_at[j] is not None:
            return None
        if words[j].startswith(_TAKE) or words[j] in _TAKE_WORDS:
            return j + 1
    return None


def _for_total(reading: _Reading, price: _Price) -> bool:
    """Said as a price "for" the goods or for all: "डेढ़ सौ में", "for 110", "900 for all"."""
    words = reading.words
    if _priced_by_ending(reading, price.span) or (
        price.end < len(words) and words[price.end] in _IN
    ):
        return True
    return (price.start > 0 and words[price.start - 1] == "for") or any(
        w in _ALL for w in words[price.end : price.end + 3]
    )


def _said_as_rate(reading: _Reading, price: _Price) -> bool:
    return any(w in _RATE_WORDS for w in reading.words[price.end : price.end + 3])


def count_taken_first(reading: _Reading) -> None:
    """ "I'll take N, X": the count taken is no price; X a rate for it or a total."""
    for count in list(reading.prices):
        if count.explicit or count.quantity is not None:
            continue
        taken = _takes(reading, count.start, count.end)
        needed = taken is None  # "सौ मालाएँ चाहिए, एक का बीस": a need, then a price of one
        taken = needed_before(reading, count.start, count.end) if needed else taken
        if not _small(count.span.value) or taken is None:
            continue
        price = next((p for p in reading.prices if p.start >= taken and not p.negated), None)
        if price is None:
            return
        if needed and not price.each:
            continue
        reading.prices.remove(count)
        quantity = _Quantity(count.span.value, None, count.start, count.end)
        reading.quantities.append(quantity)
        reading.quantities.sort(key=lambda q: q.start)
        _shape_after_taken(reading, price, quantity)
        return
    for quantity in reading.quantities:
        taken = _takes(reading, quantity.start, quantity.end)
        if quantity.value is None or taken is None:
            continue
        price = next((p for p in reading.prices if p.start >= taken and not p.negated), None)
        if price is not None and price.per_unit is not True:
            _shape_after_taken(reading, price, quantity)
        return


def _shape_after_taken(reading: _Reading, price: _Price, quantity: _Quantity) -> None:
    if price.per_unit:
        return  # "30 each", "কেজি চল্লিশ করে": a rate, the count is the goods taken
    rate = quantity.unit in _WEIGHTS and not _for_total(reading, price)
    if _said_as_rate(reading, price) or rate:
        if price.quantity is quantity:
            price.quantity = None
        quantity.claimed = False
        price.per_unit = True
        return
    if price.quantity is None:
        quantity.claimed = True
        price.per_unit, price.quantity = False, quantity
