"""A count of the goods to be made or handed over, said beside a price for them: "there
are two churidars, for both together 1200", "तीन कुर्ते हैं, तीनों के नौ सौ", "மூணு சட்டை
தைக்கணும், எல்லாத்துக்கும் ஆயிரத்தி இருநூறு", "চারটে পাঞ্জাবি বানাতে হবে, সব মিলিয়ে দু
হাজার", "not 400, make it 350, there are five shirts". The count is the quantity, in
pieces, never a price of ₹2 or ₹4; the price beside it is the total for them, or the
rate when "each" is said ("make it 300 each, I'm giving four shirts"). The count is
known by the goods word after it and a word that says they are there, to be made or
given ("ഉണ്ട്", "हैं", "தைக்கணும்", "বানাতে", "ఇస్తున్నాను", "to alter")."""

from __future__ import annotations

from audio.lexicon import fold
from audio.numbers import number_table, read_number
from audio.understanding.reading import _joined, _Price, _Quantity, _Reading
from audio.understanding.there_are import _THERE, _THERE_ARE
from audio.understanding.too_much_said import _MUCH


def _folded(*words: str) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


# Words after the goods that say they are to be made, stitched, altered or handed over.
_TO_MAKE = _folded(
    "to", "सिलने", "सिलवाने", "बनवाने", "बनाने", "सिलाने", "देने", "silne", "silwane",
    "banwane", "தைக்கணும்", "தைக்க", "தைச்சு", "குடுக்கறேன்", "தரேன்", "థైక్క",
    "కుట్టాలి", "కుట్టించాలి", "ఇస్తున్నాను", "ఇస్తాను", "ఇస్తున్నా", "বানাতে", "বানাব",
    "সেলাই", "দেব", "দিচ্ছি", "शिवायचे", "शिवायच्या", "शिवायला", "देतोय", "देते",
    "સીવવાના", "સીવવા", "આપું", "આપું છું", "ಹೊಲಿಯಬೇಕು", "ಹೊಲಿಸಬೇಕು", "ಕೊಡ್ತೀನಿ", "ಕೊಡ್ತೇನೆ",
    "തയ്ക്കണം", "തയ്പ്പിക്കണം", "തരാം", "തരുന്നു", "ਸਿਲਾਉਣੇ", "ਸਿਲਾਉਣੀਆਂ", "ਸੀਉਣੇ",
    "ਦੇਣੇ", "ਦੇ ਰਿਹਾ",
)  # fmt: skip
_HAVE = _folded("have", "i've", "got")
_MOST = 50
_TIMES = 5
"""The price beside a count is at least this many times the count read as rupees."""


def _head_count_at(reading: _Reading, start: int, end: int) -> bool:
    """Whether the number at `start:end` counts goods: a goods word after it, then a
    word that they are there, to be made or given; English "there are" / "I have" before."""
    words = reading.words
    if end + 1 >= len(words) or not (_joined(reading, end) and _joined(reading, end + 1)):
        return False
    if not reading.is_plain(end) or words[end] in _MUCH.get(reading.language, ()):
        return False  # "ਬੱਤੀ ਬਹੁਤ ਨੇ": 32 is too much, no goods counted
    after = words[end + 1]
    if after in _THERE_ARE or after in _TO_MAKE:
        return True
    before = words[max(start - 2, 0) : start]
    return reading.language == "en" and any(w in _THERE or w in _HAVE for w in before)


def _count(price: _Price) -> float | None:
    value = price.span.value
    if price.explicit or price.quantity is not None or price.negated:
        return None
    return value if 2 <= value <= _MOST and value == int(value) else None


def goods_counted(reading: _Reading) -> None:
    """Make a count of goods said beside a price the price's quantity, in pieces."""
    for count in list(reading.prices):
        value = _count(count)
        if value is None or not _head_count_at(reading, count.start, count.end):
            continue
        others = [p for p in reading.prices if p is not count and not p.negated]
        if not others or max(p.paise for p in others) < count.paise * _TIMES:
            continue
        reading.prices.remove(count)
        quantity = _Quantity(value, "piece", count.start, count.end)
        reading.quantities.append(quantity)
        priced = others[-1]
        if priced.each or priced.per_unit:
            continue  # "300 each, four shirts": the rate, and the count wanted
        if priced.quantity is None:
            quantity.claimed = True
            priced.per_unit, priced.quantity = False, quantity
        elif priced.quantity.unit is None and priced.quantity.value == value:
            priced.quantity.unit = "piece"  # "तीनों के": the same count, of pieces
        return
    spans = {id(span): span for span in reading.number_at if span is not None}
    counted = [
        _Quantity(span.value, None, span.start, span.end)
        for span in spans.values()
        if not span.suffix and 2 <= span.value <= _MOST and span.value == int(span.value)
    ]  # a count read as neither price nor quantity ("ಎರಡು ಪ್ಯಾಂಟ್ ಇದೆ, ಎರಡಕ್ಕೂ ...")
    table = number_table(reading.language)
    for k in range(len(reading.words)):
        lone = None if reading.number_at[k] is not None else read_number(reading.words, k, table)
        small = lone is not None and lone.end == k + 1 and 2 <= lone.value <= _MOST
        if lone is not None and small and lone.value == int(lone.value):
            counted.append(_Quantity(lone.value, None, k, k + 1))  # "दो पैंट हैं"
    for quantity in [*reading.quantities, *counted]:
        if quantity.unit not in (None, "piece") or quantity.value is None:
            continue
        if not _head_count_at(reading, quantity.start, quantity.end):
            continue
        standing = [p for p in reading.prices if not p.negated]
        for price in standing:
            held = price.quantity
            if held is not None and held.unit is None and held.value == quantity.value:
                held.unit = "piece"  # "there are three trousers, 450 for all three"
                return
        last = standing[-1] if standing else None
        if (
            last is not None
            and last.quantity is None
            and last.per_unit is None
            and not last.each
            and not quantity.claimed
            and last.paise >= quantity.value * 100 * _TIMES
        ):
            quantity.unit, quantity.claimed = "piece", True  # "make it 350, five shirts"
            last.per_unit, last.quantity = False, quantity
        return
