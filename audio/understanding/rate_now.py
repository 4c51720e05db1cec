"""Today's rate after one of the past: "till yesterday 80, today 75 a kilo", "काल सत्तर
होते, आज पासष्ट किलो", "ਪਿਛਲੇ ਹਫ਼ਤੇ ਸੌ ਸੀ, ਅੱਜ ਨੱਬੇ ਕਿੱਲੋ", "গত মাসে দুশো ছিল, এখন দুশো
কুড়ি লিটার". The number before the unit after "today" or "now" is the rate now, never a
count of kilos: the price of the past names it, and it lies near that price (the rate
moved a little). The past price stays a remark (`old_prices`, `recalled`), the rate
now stands with its unit."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.reading import _joined, _Quantity, _Reading, count_as_rate
from audio.understanding.recalled import _found
from audio.understanding.recalled_words import PAST

NOW_WORDS = _NOW = frozenset(
    fold(w)
    for w in (
        "now", "today", "todays", "today's", "आज", "aaj", "aj", "अब", "ab", "अभी", "abhi",
        "आता", "aata", "atta", "આજે", "હવે", "aaje", "have", "ਅੱਜ", "ਹੁਣ", "ajj", "hun",
        "hunn", "আজ", "এখন", "ekhon", "aj", "இன்னைக்கு", "இன்று", "இப்போ", "இப்ப",
        "innaiku", "innaikku", "ippo", "ఈరోజు", "ఇవాళ", "ఇప్పుడు", "eeroju", "ivala",
        "ippudu", "ಇವತ್ತು", "ಈಗ", "ivattu", "iga", "ഇന്ന്", "ഇപ്പോൾ", "ഇപ്പോ", "ഇപ്പൊ", "innu", "ippol",
        # "from today" said as one word: "आजपासून", "આજથી", "இன்னிலேருந்து", "ಇವತ್ತಿಂದ"
        "आजपासून", "आजपासुन", "आतापासून", "aajpasun", "ajpasun", "આજથી", "હવેથી", "aajthi",
        "இன்னிலேருந்து", "இன்னையிலிருந்து", "இன்றிலிருந்து", "இன்னைலேருந்து", "ಇವತ್ತಿಂದ",
        "ಇವತ್ತಿನಿಂದ", "ಈಗಿಂದ", "ivattinda",
    )
)  # fmt: skip
# Words of the past the general table does not hold: "నిన్నటి వరకు" (till yesterday).
_PAST_TOO = frozenset(
    fold(w)
    for w in (
        "నిన్నటి", "నిన్నటిదాకా", "నిన్నటివరకు", "ninnati", "నిన్నటిదాక", "कालपर्यंत", "kalparyant",
        "ગઈકાલ", "ગઈકાલે", "gaikal", "ನಿನ್ನೆವರೆಗೂ", "ನಿನ್ನೆವರೆಗೆ", "ninnevarege",
    )
)  # fmt: skip
_UNITS = frozenset(("kg", "dozen", "litre", "bunch", "piece", "g"))
_NEAR = (0.5, 1.5)
"""The rate now as a share of the past price, lowest and highest."""


# A verb that sets a price, said right after "N kilo": "सौ किलो लगाओ", "lagao", "लगा दो";
# "कर दो" and English "do" only where the line asked a price of that unit back first.
_SET = tuple(fold(w) for w in ("लगा", "lagao", "laga", "lagaa", "ਲਗਾ", "ਲਾ ਦਿ", "लावा"))
_MAKE = frozenset(
    fold(w)
    for w in (
        "कर",
        "kar",
        "karo",
        "करो",
        "करिए",
        "do",
        "करा",
        "kara",
        "કરી",
        "કરો",
        "kari",
        "করে",
        "করুন",
        "kore",
        "ਕਰ",
    )
)


def _unit_of(reading: _Reading, quantity: _Quantity) -> tuple[str, int] | None:
    """The unit a count names and where it ends: a unit of the tables ("सौ किलो"), or a
    box, tin, packet or bottle named right after the count ("साढ़े छह सौ डिब्बा", "650 a
    tin" read as 650 tins): the lot word itself is the unit."""
    if quantity.unit in _UNITS:
        return quantity.unit, quantity.end
    if quantity.unit is None and reading.has(quantity.end, Cue.LOT):
        return reading.words[quantity.end], quantity.end + 1
    return None


def _rate_asked(reading: _Reading) -> bool:
    """ "एक सौ बीस किलो? ना भैया, सौ किलो लगा दो": a count of a unit with a verb that
    sets a price after it is the rate asked for, never a count of kilos; "कर दो" says so
    only after the same unit's price asked back, near it (a tenth to a half off). A unit
    the tables do not list is the same ("सात सौ डिब्बा? नहीं, साढ़े छह सौ डिब्बा कर दो"):
    the rate per box, its unit unsaid."""
    words = reading.words
    for quantity in list(reading.quantities):
        span = reading.number_at[quantity.start]
        value, named = quantity.value, _unit_of(reading, quantity)
        if span is None or value is None or named is None or value < 10:
            continue
        unit, end = named
        if end >= len(words) or not _joined(reading, end):
            continue
        asked_back = [
            q
            for q in reading.quantities
            if (back := _unit_of(reading, q)) is not None
            and back[0] == unit
            and back[1] <= quantity.start
            and q.value is not None
            and "?"
            in reading.text[reading.tokens[back[1] - 1].end : reading.tokens[back[1]].start + 1]
            and _NEAR[0] * q.value <= value <= _NEAR[1] * q.value
        ]
        rate_back = (
            [
                p
                for p in reading.prices
                if p.end < quantity.start
                and (rated := reading.quantity_at.get(p.end)) is not None
                and rated.unit == quantity.unit
                and rated.value is None
                and "?" in reading.text[reading.tokens[rated.end - 1].end :][:2]
                and _NEAR[0] * p.paise / 100 <= value <= _NEAR[1] * p.paise / 100
            ]
            + [
                p
                for p in reading.prices
                if end > quantity.end  # a lot word: "sau rupaye packet? ... assi packet kar do"
                and p.end < quantity.start
                and words[p.end] == unit
                and "?" in reading.text[reading.tokens[p.end].end :][:2]
                and _NEAR[0] * p.paise / 100 <= value <= _NEAR[1] * p.paise / 100
            ]
        )  # "अस्सी रुपये किलो? सत्तर किलो कर दो": the rate asked back
        sets = words[end].startswith(_SET)
        if not (sets or (words[end] in _MAKE and (asked_back or rate_back))):
            continue
        reading.prices = [p for p in reading.prices if p not in rate_back]
        for q in asked_back:  # the price on the table said back: no count either
            reading.quantities.remove(q)
            for k in range(q.start, q.end):
                reading.quantity_at.pop(k, None)
        quantity.end = end  # a lot word after the count is the rate's unit
        count_as_rate(reading, quantity, span)
        return True
    return False


def rate_now_after_past(reading: _Reading) -> None:
    """Make the count of a unit said after "today"/"now", following a price of the
    past, today's rate of that unit; else a count of a unit with a verb that sets the
    price after it the rate asked for (`_rate_asked`)."""
    words = reading.words
    past = sorted({*_found(words, PAST), *(k for k, w in enumerate(words) if w in _PAST_TOO)})
    if _rate_asked(reading) or not past:
        return
    for quantity in list(reading.quantities):
        span = reading.number_at[quantity.start]
        value = quantity.value
        if span is None or value is None or quantity.unit not in _UNITS or not 0 < value < 1e6:
            continue
        if value != int(value):
            continue
        now = [k for k in range(max(quantity.start - 2, 0), quantity.start) if words[k] in _NOW]
        if not now:
            continue
        before = [
            s
            for s in {id(s): s for s in reading.number_at[: now[0]] if s is not None}.values()
            if any(k < s.start for k in past)
        ]
        if not before:
            continue
        low, high = _NEAR
        if low * before[-1].value <= value <= high * before[-1].value:
            # the price of the past is a remark: the rate now stands alone
            reading.prices = [p for p in reading.prices if p.start >= now[0]]
            count_as_rate(reading, quantity, span)
            return
