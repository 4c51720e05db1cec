"""Hundreds said the short way in English: "twenty-eight fifty" is ₹2,850, "twenty-two
ninety" ₹2,290, also inside a line in another language ("ये साड़ी twenty-eight fifty की
है"). A two-word English number (tens and a unit, 21–99), then a single tens word, may
also be rupees and paise ("forty two fifty a kilo", ₹42.50, `audio.understanding.joins`):
it is read as one price, X × 100 + Y, only where the price on the table picks that
reading or the goods named are sold by the hundreds (a saree, a blouse, a suit, a
phone). Where a year is likelier ("born in twenty-eight ten", "since ...") the two are
left apart and asked; an hour ("at ... o'clock") is left as it reads, and so is
everything else (asked as before). "Two fifty" (250) and "nineteen fifty" are joined by
`audio.numbers` as they always were."""

from __future__ import annotations

from collections.abc import Sequence

from audio.lexicon import fold
from audio.numbers import _ENGLISH_TEENS_TENS_FOLDED, _ENGLISH_UNITS_FOLDED, NumberSpan
from audio.understanding.reading import _Reading

_YEAR_BEFORE = frozenset(fold(w) for w in ("in", "since", "year", "from", "till", "until"))
_HOUR_WORDS = frozenset(
    fold(w) for w in ("at", "o'clock", "oclock", "clock", "am", "pm", "baje", "बजे", "vajta")
)
_WEIGHED = frozenset(("kg", "g", "litre", "dozen", "bunch"))
# Goods priced in the hundreds and thousands, never at ₹28.50.
_DEAR_GOODS = (
    "blouse", "saree", "sari", "suit", "lehenga", "kurta", "kurti", "dress", "shirt",
    "jeans", "shoe", "sandal", "phone", "mobile", "watch", "jacket", "sweater", "blanket",
    "साड़ी", "साडी", "सूट", "ब्लाउज", "ड्रेस", "लहंगा", "कुर्ता", "புடவை", "சேலை", "சுடிதார்",
    "చీర", "షర్టు", "শাড়ি", "শাড়িটা", "জামা", "સાડી", "ડ્રેસ", "ಸೀರೆ", "ಡ್ರೆಸ್", "സാരി", "ചുരിദാർ",
    "ਸੂਟ", "ਸਾੜੀ", "ਕੁੜਤਾ",
)  # fmt: skip
_DEAR_STEMS = tuple(fold(w) for w in _DEAR_GOODS)


def _two_word_english(reading: _Reading, span: NumberSpan) -> bool:
    words = reading.words
    return (
        span.end - span.start == 2
        and words[span.start] in _ENGLISH_TEENS_TENS_FOLDED
        and words[span.start + 1] in _ENGLISH_UNITS_FOLDED
        and span.value == int(span.value)
        and 21 <= span.value <= 99
        and span.value % 10 != 0
    )


def _tens_word(reading: _Reading, span: NumberSpan) -> bool:
    return (
        span.end - span.start == 1
        and reading.words[span.start] in _ENGLISH_TEENS_TENS_FOLDED
        and span.value % 10 == 0
        and 10 <= span.value <= 90
        and not span.suffix
    )


def _picks(value: float, short: float, reference_paise: int | None) -> bool | None:
    """True: the price on the table picks the hundreds; False: the rupees and paise;
    None: it picks neither."""
    if not reference_paise:
        return None
    near = [v for v in (value, short) if reference_paise / 4 <= v * 100 <= reference_paise * 4]
    return None if len(near) != 1 else near[0] == value


# "Oh", "o", "zero" said for the nought of a hundreds number read digit by digit.
_NOUGHT = frozenset(fold(w) for w in ("oh", "o", "zero", "nought"))


def _unit_word(reading: _Reading, span: NumberSpan) -> bool:
    return (
        span.end - span.start == 1
        and reading.words[span.start] in _ENGLISH_UNITS_FOLDED
        and 1 <= span.value <= 9
        and span.value == int(span.value)
    )


def _oh_hundreds(reading: _Reading, spans: Sequence[NumberSpan]) -> list[NumberSpan]:
    """ "One oh five", "four o eight", "two zero five": a hundreds number said digit by
    digit with its nought, ₹105, ₹408, ₹205 (never ₹5 or ₹8). At an hour ("at one oh
    five") it may be a time: asked."""
    words = reading.words
    out: list[NumberSpan] = []
    i = 0
    while i < len(spans):
        a = spans[i]
        rest = spans[i + 1 : i + 3]
        if rest and rest[0].start == a.end and rest[0].value == 0 and words[a.end] in _NOUGHT:
            rest = rest[1:]  # "zero" read as a number of its own
            skip = 2
        else:
            skip = 1
        b = rest[0] if rest else None
        before = words[a.start - 1] if a.start > 0 else ""
        if (
            b is None
            or b.start != a.end + 1
            or words[a.end] not in _NOUGHT
            or not _unit_word(reading, a)
            or not _unit_word(reading, b)
        ):
            out.append(a)
            i += 1
            continue
        if before in _HOUR_WORDS:
            reading.short_hundreds.add(a.start)  # "at one oh five": an hour, asked
        out.append(NumberSpan(a.value * 100 + b.value, a.start, b.end, False, b.suffix))
        i += skip + 1
    return out


def english_hundreds(
    reading: _Reading, spans: Sequence[NumberSpan], reference_paise: int | None
) -> list[NumberSpan]:
    """The spans with "twenty-eight fifty" joined into ₹2,850 where it stands as one
    price; the first kept and marked asked where a year or a small rate is as likely."""
    spans = _oh_hundreds(reading, spans)  # "one oh five": ₹105
    words = reading.words
    out: list[NumberSpan] = []
    i = 0
    while i < len(spans):
        a = spans[i]
        b = spans[i + 1] if i + 1 < len(spans) else None
        if b is None or a.end != b.start or not _two_word_english(reading, a):
            out.append(a)
            i += 1
            continue
        if not _tens_word(reading, b):
            out.append(a)
            i += 1
            continue
        before = words[a.start - 1] if a.start > 0 else ""
        after = words[b.end] if b.end < len(words) else ""
        if before in _HOUR_WORDS or after in _HOUR_WORDS:
            out.append(a)  # "at twenty-two thirty": an hour, read as it was
            i += 1
            continue
        value, short = a.value * 100 + b.value, a.value + b.value / 100
        picked = _picks(value, short, reference_paise)
        weighed = any(u in _WEIGHED for u in reading.units)
        dear = any(w.startswith(_DEAR_STEMS) for w in words)
        if before in _YEAR_BEFORE:
            reading.short_hundreds.add(a.start)  # "in twenty-eight ten": a year, asked
        if before in _YEAR_BEFORE or not (picked or (picked is None and dear and not weighed)):
            out.append(a)  # ₹42.50 a kilo, or no way to tell: read as before
            i += 1
            continue
        out.append(NumberSpan(value, a.start, b.end, False, b.suffix))
        i += 2
    return out
