"""A total built from parts and then named: "दो प्लेट चालीस के, पैकिंग पाँच अलग, पैंतालीस
दे दो" (two plates for 40, packing 5 extra: give 45), "two kilos for 400, cleaning 20
extra, give 420", "நானூறு, சுத்தம் இருபது சேர்த்து நானூத்தி இருபது குடுங்க".

A price, then an amount added to it ("extra", "अलग", or "plus", "சேர்த்து", "కలిపి",
"ಸೇರಿಸಿ", "കൂടി", "jod ke" right after it), then their sum: the sum is the price that
stands, a total for the count said with the goods, and the parts are no prices of their
own. A later number that is not the sum leaves the parts as they are (`extras` drops an
extra charge beside the goods' price)."""

from __future__ import annotations

from audio.lexicon import fold
from audio.numbers import NumberSpan
from audio.understanding.reading import _joined, _Reading

# "Plus", "added": the amount before it is added to the price before it.
_ADDED = frozenset(
    fold(w)
    for w in (
        "plus", "extra", "अलग", "alag", "एक्स्ट्रा", "जोड़के", "jodke", "milake", "मिलाके",
        "சேர்த்து", "serthu", "sethu", "தனி", "thani", "కలిపి", "kalipi", "అదనం", "adanam",
        "ಸೇರಿಸಿ", "serisi", "ಎಕ್ಸ್ಟ್ರಾ", "കൂടി", "koodi", "kudi", "എക്സ്ട്ര", "আলাদা",
        "alada", "মিলিয়ে", "miliye", "এক্সট্রা", "वेगळे", "वेगळा", "vegle", "vegla",
        "मिळून", "milun", "અલગ", "ઉમેરીને", "umerine", "ਵੱਖਰਾ", "ਵੱਖਰੇ", "vakhra",
        "ਵੱਖਰੀ", "vakhri", "ਮਿਲਾ", "mila", "separate", "more",
    )
)  # fmt: skip
_REACH = 4
"""Words after the added amount within which its "extra" or "plus" is said."""


def _added(reading: _Reading, span: NumberSpan) -> bool:
    words = reading.words
    return any(w in _ADDED for w in words[span.end : span.end + _REACH]) or any(
        w in _ADDED for w in words[max(span.start - 2, 0) : span.start]
    )


def drop_summed_parts(
    reading: _Reading, spans: list[NumberSpan]
) -> tuple[list[NumberSpan], NumberSpan | None]:
    """The spans without the parts of a total named after them (a price, an amount
    added to it, then their sum), and the sum, if one is named."""
    for i, part in enumerate(spans):
        for j in range(i + 1, len(spans)):
            extra = spans[j]
            if extra.value >= part.value or not _added(reading, extra):
                continue
            total = next((s for s in spans[j + 1 :] if s.value == part.value + extra.value), None)
            if total is None or spans[-1] is not total:
                continue
            for span in (part, extra):
                for k in range(span.start, span.end):
                    reading.number_at[k] = None
            return [s for s in spans if s is not part and s is not extra], total
    return parts_then_sum(reading, spans)


# The sum said aloud, before it ("total", "कुल", "மொத்தம்", "সব মিলিয়ে", "that makes")
# or after it ("हो गए", "झाले", "થયા", "ஆச்சு", "అయింది", "ಆಯ್ತು", "ആയി", "হল").
_SUM_BEFORE = frozenset(
    fold(w)
    for w in (
        "total", "makes", "altogether", "कुल", "टोटल", "kul", "एकूण", "ekun", "કુલ", "ਕੁੱਲ",
        "ਕੁਲ", "মোট", "মিলিয়ে", "miliye", "மொத்தம்", "motham", "మొత్తం", "mottham",
        "ಒಟ್ಟು", "ottu", "ആകെ", "aake", "മൊത്തം",
        # all put together: "sab mila ke", "ਸਾਰੇ ਮਿਲਾ ਕੇ", "எல்லாம் சேர்த்து", "అన్నీ కలిపి",
        # "ಎಲ್ಲಾ ಸೇರಿ", "എല്ലാം കൂടി", "બધું મળીને", "मिळून"
        "मिला", "mila", "मिलाके", "milake", "ਮਿਲਾ", "சேர்த்து", "serthu", "కలిపి", "kalipi",
        "ಸೇರಿ", "seri", "കൂടി", "koodi", "મળીને", "maline", "मिळून", "milun",
    )
)  # fmt: skip
_SUM_AFTER = frozenset(
    fold(w)
    for w in (
        "हो", "हुए", "hue", "झाले", "jhale", "झाले.", "થયા", "thaya", "ਹੋ", "ਹੋਏ", "হল", "হলো",
        "hol", "holo", "ஆச்சு", "aachu", "అయింది", "ayindi", "ಆಯ್ತು", "aaytu", "ആയി", "aayi",
        # "120 in all", "80 together"
        "all", "together",
    )
)  # fmt: skip


def parts_then_sum(
    reading: _Reading, spans: list[NumberSpan]
) -> tuple[list[NumberSpan], NumberSpan | None]:
    """The spans without the parts of a sum said aloud after them ("polish 30, laces 15,
    that makes 45", "टाच साठ, पॉलिश वीस, ऐंशी झाले"), and that sum: the parts add up
    to it, so it is the one price. Parts that do not add up are left, and two prices
    standing are asked about."""
    if len(spans) < 3:
        return spans, None
    *parts, total = spans
    words = reading.words
    said = any(w in _SUM_BEFORE for w in words[max(total.start - 2, 0) : total.start])
    said = said or any(w in _SUM_AFTER for w in words[total.end : total.end + 2])
    if not said:
        return spans, None
    if sum(p.value for p in parts) != total.value:
        # "four rotis 40, dal fry 80, 120 in all": the counts of the goods are no parts
        counts = [p for p in parts if _counts_goods(reading, p, spans)]
        priced = [p for p in parts if p not in counts]
        if not counts or len(priced) < 2 or sum(p.value for p in priced) != total.value:
            return spans, None
    for span in parts:
        for k in range(span.start, span.end):
            reading.number_at[k] = None
    reading.summed_at = total.start
    return [total], total


def _counts_goods(reading: _Reading, span: NumberSpan, spans: list[NumberSpan]) -> bool:
    """`span` opens its clause and counts the goods named right after it, whose price
    follows in the same clause: "four rotis 40", "দশটা রুটি আশি", "ਦੋ ਪਲੇਟ ਦਾਲ ਇੱਕ ਸੌ ਚਾਲੀ"."""
    if span.start > 0 and _joined(reading, span.start):
        return False
    if span.end >= len(reading.words) or not _joined(reading, span.end):
        return False
    later = next((s for s in spans if s.start > span.end), None)
    return later is not None and all(_joined(reading, k) for k in range(span.end, later.start + 1))
