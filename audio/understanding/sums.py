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
from audio.understanding.reading import _Reading

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
    return spans, None
