"""A price, then the goods counted whole with a verb of taking, packing or tying: "not
400, 450 and take all three", "I'll give 600, pack all four", "last 550, take the three
of them", "साढ़े चार सौ दो और तीनों ले जाओ", "साडेचारशे द्या, तिन्ही घेऊन जा", "ત્રણે લઈ
જાઓ", "ಮೂರೂ ತಗೊಳ್ಳಿ", "ਤਿੰਨੇ ਲੈ ਜਾਓ", "তিনটেই নিয়ে যান", "மூணையும் எடுத்துக்கோங்க",
"മൂന്നും എടുത്തോ". The price is a total for the count (`per_unit` false), the count is
the pieces handed over (`quantity`, `unit` piece), never a price of ₹3 of its own.

The count must be said whole ("all N", "the N of them", or its "all" form) and a verb of
taking, packing or tying must stand beside it (English: right before it; elsewhere: right
after it; Punjabi also a few words before a count that closes its clause, "ਬੰਨ੍ਹ ਦਿਓ
ਪੰਜੇ"); a plain "three" after a price stays as it is read elsewhere. Called from
`audio.understanding.together`."""

from __future__ import annotations

from audio.lexicon import fold
from audio.understanding.reading import _Price, _Quantity, _Reading
from audio.understanding.recalled import _clause

# Verbs of taking, packing or tying, as a word's start.
_TAKE_PACK = tuple(
    fold(w)
    for w in (
        "take", "pack", "tie", "wrap", "ले", "बाँध", "बांध", "पैक", "घेऊन", "घे", "बांधून",
        "લઈ", "લો", "લેતા", "બાંધ", "ತಗೊ", "ತಗೋ", "ತೆಗೆದುಕೊ", "ಕಟ್ಟಿ", "ಪ್ಯಾಕ್", "ਲੈ",
        "ਲਓ", "ਬੰਨ੍ਹ", "ਪੈਕ", "নিয়ে", "নিযে", "নিন", "বেঁধে", "প্যাক", "எடுத்து", "கட்டி",
        "பேக்", "తీసుకో", "తీసుకె", "కట్టి", "ప్యాక్", "എടുത്ത", "കെട്ടി", "പാക്ക്",
        "le", "lo", "ghe", "lai", "tago", "nie", "niye", "eduthu", "teesuko",
        "tisuko", "kattu", "bandh", "baandh", "pack",
    )
)  # fmt: skip
_ALL = frozenset(fold(w) for w in ("all", "the"))
_OF_THEM = ("of", "them")


def _whole_count(reading: _Reading, k: int) -> tuple[float, int, int] | None:
    """The count said whole at `k` (its value, where it starts and ends), else None."""
    from audio.understanding.together import _all_form, _count_of, _small  # it calls here

    words = reading.words
    value = _all_form(reading, k)
    if _small(value) and value is not None:
        return value, k, k + 1
    value = _count_of(reading, k)
    if not _small(value) or value is None or reading.language != "en":
        return None
    if k > 0 and words[k - 1] in _ALL:
        if tuple(words[k + 1 : k + 3]) == _OF_THEM:
            return value, k - 1, k + 3  # "take the three of them"
        if words[k - 1] == fold("all"):
            return value, k - 1, k + 1  # "take all three"
    return None


def _taken_beside(reading: _Reading, start: int, end: int) -> bool:
    words = reading.words
    if reading.language == "en":
        return start > 0 and words[start - 1].startswith(_TAKE_PACK)
    # Punjabi puts the verb first, the count closing the clause: "ਬੰਨ੍ਹ ਦਿਓ ਪੰਜੇ", "ਪੈਕ ਕਰ ਦਿਓ ਚਾਰੇ"
    verb_first = any(words[j].startswith(_TAKE_PACK) for j in range(max(0, start - 3), start))
    if reading.language == "pa" and verb_first and end == _clause(reading, start)[1]:
        return True
    return end < len(words) and words[end].startswith(_TAKE_PACK)


def all_taken(reading: _Reading) -> None:
    """Make the price before a whole count taken or packed a total for that count."""
    for k in range(len(reading.words)):
        found = _whole_count(reading, k)
        if found is None:
            continue
        value, start, end = found
        if not _taken_beside(reading, start, end):
            continue
        before: list[_Price] = [
            p for p in reading.prices if p.end <= start and not p.negated and p.start < start
        ]
        if not before or before[-1].per_unit:
            return  # "50 each, take all three": a rate, the count read elsewhere
        price = before[-1]
        reading.prices = [p for p in reading.prices if not (start <= p.start < end)]
        reading.quantities = [q for q in reading.quantities if not (start <= q.start < end)]
        quantity = _Quantity(value, "piece", start, end, claimed=True)
        reading.quantities.append(quantity)
        reading.quantities.sort(key=lambda q: q.start)
        price.per_unit, price.quantity, price.each = False, quantity, False
        return
