"""A count said in its collective or oblique form, then the price: a total for that many
("ਤਿੰਨਾਂ ਦੇ ਪਚਾਸੀ", "மூணுக்கும் எண்பத்தஞ்சு", "तिघांचे पंच्याऐंशी", "তিনটের পঁচাশি",
"ત્રણેયના પંચ્યાસી", "ಮೂರಕ್ಕೂ ಎಂಬತ್ತೈದು", "മൂന്നിനും എൺപത്തഞ്ച്", "85 for all three"): the count
is the goods, never a price of its own, and the price is never a count of pieces. Punjabi
also says it after the price, closing the clause ("ਤਿੰਨ ਸੌ ਲਾ ਲਓ ਪੰਜਾਂ ਦਾ"). The
plain "all N" form ("மூணும் சேர்த்து", "ત્રણેય મળીને") is read by `audio.understanding.together`."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.numbers import find_numbers, number_table
from audio.understanding.reading import _Price, _Quantity, _Reading
from audio.understanding.totals import _ALL_COUNTS

# The ending of the collective form and what stands for it in the plain count, by
# language ("மூணுக்கும்" is "மூணு" + "க்கும்", "ಮೂರಕ್ಕೂ" is "ಮೂರು", "മൂന്നിനും" is
# "മൂന്ന്", "তিনটের" is "তিনটে", "ਤਿੰਨਾਂ" is "ਤਿੰਨ", "ત્રણેયના" is "ત્રણેય").
_ENDINGS: dict[str, tuple[tuple[str, str], ...]] = {
    "ta": (("க்கும்", ""), ("kkum", "")),
    "te": (("ింటికీ", "ు"), ("ింటికి", "ు"), ("intiki", "u")),
    "kn": (("ಕ್ಕೂ", "ು"), ("kkoo", "u"), ("kku", "u")),
    "ml": (("ിനും", "്"), ("inum", "")),
    "bn": (("টের", "টে"), ("টার", "টা"), ("টোর", "টো"), ("ter", "te")),
    "gu": (("ના", ""), ("નું", ""), ("ને", "")),
    "mr": (("ंचे", ""), ("ंचा", ""), ("ंची", "")),
    "pa": (("ਾਂ", ""), ("an", ""), ("a", "")),
}
# Words that are the collective form whole: Marathi "तिघांचे" (of the three of them).
_WHOLE = {
    fold(w): n
    for n, words in (
        (3, ("तिघांचे", "तिघांचा", "तिघांची", "tighanche")),
        # "तिन्हीचे सत्तर" (70 for all three), as typed without the plural's nasal
        (3, ("तिन्हीचे", "तिन्हीचा", "तिन्हीची", "tinhiche")),
        (4, ("चौघांचे", "चौघांचा", "चौघांची", "chaughanche")),
    )
    for w in words
}
# Punjabi's oblique count needs its genitive after it: "ਤਿੰਨਾਂ ਦੇ" (of the three).
_PA_OF = frozenset(fold(w) for w in ("ਦੇ", "ਦਾ", "ਦੀ", "ਦੀਆਂ", "de", "da", "di"))
_EN_ALL = frozenset(("all", "al", "the"))
# "Together" said between the count and the price: "நாலுக்கும் சேர்த்து நூத்தி இருபது".
_TOGETHER = frozenset(
    fold(w)
    for w in ("சேர்த்து", "serthu", "కలిపి", "kalipi", "ಸೇರಿ", "ಸೇರಿಸಿ", "കൂടി", "koodi",
              "মিলিয়ে", "मिळून", "મળીને", "ਮਿਲਾਕੇ", "ਇਕੱਠੇ")
)  # fmt: skip
_MOST = 20


def _plain(language: str, stem: str, *, all_form: bool) -> float | None:
    if all_form:
        count = _ALL_COUNTS.get(stem)
        return float(count) if count is not None else None
    spans = find_numbers([stem], number_table(language))
    if len(spans) == 1 and spans[0].start == 0 and spans[0].end == 1:
        return spans[0].value
    return None


def _collective(reading: _Reading, k: int) -> tuple[float, int] | None:
    """The count said at `k` in a collective form, and where its words end; else None."""
    word, language = reading.words[k], reading.language
    if word in _WHOLE:
        return float(_WHOLE[word]), k + 1
    for ending, plain in _ENDINGS.get(language, ()):
        ending = fold(ending)
        if not word.endswith(ending) or len(word) <= len(ending):
            continue
        stem = fold(word[: -len(ending)] + plain)
        value = _plain(language, stem, all_form=language == "gu")
        if value is None and language == "mr":
            value = _plain(language, stem, all_form=True)  # "तिन्हींचे": of all three
        if value is None or value != int(value) or not 2 <= value <= _MOST:
            continue
        if language != "pa":
            return value, k + 1
        if k + 1 < len(reading.words) and reading.words[k + 1] in _PA_OF:
            return value, k + 2
    return None


def _price_from(reading: _Reading, start: int) -> _Price | None:
    """The price said right at `start`, turning a number read as a count back into it."""
    for price in reading.prices:
        if price.start == start:
            return price
    span = reading.number_at[start] if start < len(reading.words) else None
    if span is None or span.start != start:
        return None
    quantity = next((q for q in reading.quantities if q.start == start), None)
    if quantity is not None and quantity.unit not in (None, "piece"):
        return None  # "ਤਿੰਨਾਂ ਦੇ ਦੋ ਕਿੱਲੋ": a weight, no price
    reading.quantities = [q for q in reading.quantities if q is not quantity]
    price = _Price(round(span.value * 100), span.start, span.end, False, span)
    reading.prices.append(price)
    reading.prices.sort(key=lambda p: p.start)
    return price


def _set_total(reading: _Reading, price: _Price, value: float, start: int, end: int) -> None:
    # Telugu "నాలుగింటికి ఇరవై" counts pieces; "రెండింటికీ", "moodintiki" count the goods.
    native = not reading.tokens[start].raw.isascii()
    unit = "piece" if reading.language == "te" and native and value != 2 else None
    if any(q.end <= start and q.value == value and q.unit == "piece" for q in reading.quantities):
        unit = "piece"  # "দুটো বড় গ্লাস, দুটোর পঞ্চাশ": the goods counted in pieces before
    reading.prices = [p for p in reading.prices if p is price or not start <= p.start < end]
    reading.quantities = [q for q in reading.quantities if not start <= q.start < end]
    quantity = _Quantity(value, unit, start, end, claimed=True)
    reading.quantities.append(quantity)
    reading.quantities.sort(key=lambda q: q.start)
    price.per_unit, price.quantity, price.each = False, quantity, False


def _english(reading: _Reading) -> None:
    """ "85 for all three", "ninety for the three of them": a total for the count."""
    words = reading.words
    for price in reading.prices:
        k = price.end + 2
        if k >= len(words) or words[price.end] != "for" or words[k - 1] not in _EN_ALL:
            continue
        span = reading.number_at[k]
        if span is None or span.start != k or span.end != k + 1 or reading.has(k + 1, Cue.UNIT):
            continue
        if span.value != int(span.value) or not 2 <= span.value <= _MOST or price.negated:
            continue
        _set_total(reading, price, span.value, k, k + 1)
        return


def counts_collective(reading: _Reading) -> None:
    """Make the price said right after a collective count a total for that count."""
    if reading.language == "en":
        _english(reading)
        return
    for k in range(len(reading.words)):
        found = _collective(reading, k)
        if found is None:
            continue
        value, end = found
        if reading.has(end, Cue.UNIT) or any(p.start < k < p.end for p in reading.prices):
            continue
        if end < len(reading.words) and reading.words[end] in _TOGETHER:
            end += 1
        price = _price_from(reading, end)
        if price is None and reading.language == "pa":
            price = _price_before(reading, k, end)
        if price is None or price.negated or price.per_unit or price.each:
            continue
        _set_total(reading, price, value, k, end)
        return


# Punjabi says the count after the price as often as before it: "ਤਿੰਨ ਸੌ ਲਾ ਲਓ ਪੰਜਾਂ ਦਾ"
# (put 300 on the five of them), with a verb of giving or putting between at most.
_PA_BETWEEN = 3
# What the words between may be: a verb of setting the price, and "ਦੇ" of "ਦੇ ਦਿਓ" (give),
# which the tables also read as "of".
_VERB_CUES = frozenset((Cue.SET, Cue.OF, Cue.LINK))


def _price_before(reading: _Reading, k: int, end: int) -> _Price | None:
    """The price said before the Punjabi collective count at `k` (ending at `end`), when
    the count closes its clause and only a few words without a number stand between."""
    from audio.understanding.recalled import _clause  # recalled reads counts from here

    start, stop = _clause(reading, k)
    if end != stop:
        return None  # "ਪੰਜਾਂ ਦਾ ਤਿੰਨ ਸੌ" is read above; more said after: no total here
    before = [p for p in reading.prices if start <= p.start and p.end <= k]
    if not before or k - before[-1].end > _PA_BETWEEN:
        return None
    price = before[-1]
    if any(
        reading.number_at[j] is not None or reading.cues[j] - _VERB_CUES
        for j in range(price.end, k)
    ):
        return None  # "ਲਾ ਲਓ", "ਦੇ ਦਿਓ" (put, give) at most: no unit, no second price
    return price
