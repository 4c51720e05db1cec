"""Rates and the words around a price: a price said before its unit, a refused rate,
goods named then rated, hundreds by a fraction, a count taken at a rate (an hour of the day
that is no price: `audio.understanding.hours`)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from audio.languages import spec
from audio.languages.base import Cue, Kind
from audio.lexicon import TokenKind, fold
from audio.numbers import (
    NumberSpan,
    number_table,
    read_number,
)

# A quarter or three quarters said alone is a weight: "paav bhar" is a quarter kilo.
from audio.understanding.not_even_there import rate_before_not_less
from audio.understanding.reading import (
    _BULK_UNITS,
    _joined,
    _plain_word,
    _Price,
    _Quantity,
    _Reading,
    count_as_rate,
    hundreds_of,
)
from audio.understanding.sizes import form_rates
from audio.understanding.too_much import counter_after_too_much


@lru_cache(maxsize=16)
def _genitives(language: str) -> frozenset[str]:
    try:
        found = spec(language).cues.get(Cue.OF, ())
    except KeyError:
        return frozenset()
    return frozenset(fold(w) for w in found if " " not in w)


def _price_before_unit(
    reading: _Reading, reply: bool = False, reference_paise: int | None = None
) -> None:
    """With no price said, "साढ़े चार सौ किलो" is more likely ₹450 a kilo than 450 kg at a
    stall: a count of a hundred or more of a kilo, dozen, litre, bunch or piece is heard
    as a rate, and asked about, since it may still be the quantity. Said among price
    words ("final assi dozen, kam nahi", "sava sau kilo, ek rupaya kam nahi": final or
    last, "not less", a currency word elsewhere, or a hundred or more in reply to a price)
    the count is surely the rate, at any size, and it is not asked."""
    counter_after_too_much(reading)  # "सत्तर बहुत है, साठ किलो दे दो": 60 a kilo
    if reading.prices:
        _refused_rate(reading)
        _rate_asked_back(reading, reference_paise)  # "चालीस किलो? पैंतीस कर दो"
        rate_before_not_less(reading)  # "800 won't do even in the mandi; 900 kilo, not less"
        form_rates(reading)  # "loose 600 a kilo, in the gift box 700": no 600 kilos
        return
    for quantity, span in _counts_of_units(reading):
        assert quantity.value is not None
        if quantity.value != int(quantity.value):
            continue
        # In reply to a price, "sava sau kilo" said alone answers it with a rate
        alone = all(
            reading.tokens[k].kind is not TokenKind.WORD or not reading.is_plain(k)
            for k in range(len(reading.words))
        )
        priced = (
            _price_words_around(reading, quantity)
            or (quantity.value >= 100 and said_short(reading, span))  # "two fifty kilo"
            or (reply and alone and quantity.value >= 100)
            or (quantity.value >= 100 and _named_then_rated(reading, span, quantity))
        )
        # "assi dozen" said alone in reply: 80 a dozen, or 80 dozen; asked, and never a
        # quantity with the price dropped
        answer = reply and alone and quantity.value >= 10
        # "ज़्यादा से ज़्यादा पैंतालीस किलो दूँगा": at most ₹45 a kilo, or at most 45 kilos;
        # a cap is a price word, but the count may still be the goods: asked
        answer = answer or (quantity.value >= 10 and _capped(reading, quantity))
        if quantity.value < 100 and not ((priced or answer) and quantity.value >= 10):
            continue
        unit = _Quantity(None, quantity.unit, quantity.end - 1, quantity.end, claimed=True)
        price = _Price(round(quantity.value * 100), span.start, span.end, False, span)
        price.per_unit, price.quantity, price.two_readings = True, unit, not priced
        reading.prices.append(price)
        reading.quantities.remove(quantity)
        for k in range(quantity.start, quantity.end):
            reading.quantity_at.pop(k, None)
        reading.quantities.append(unit)
        reading.quantity_at[unit.start] = unit
        return


def _counts_of_units(reading: _Reading) -> Iterator[tuple[_Quantity, NumberSpan]]:
    """The counts of a kilo, dozen, litre, bunch or piece said, with their number: each
    may be a rate said before its unit instead."""
    for quantity in list(reading.quantities):
        span = reading.number_at[quantity.start]
        units = _BULK_UNITS | {"piece"}
        if span is not None and quantity.value is not None and quantity.unit in units:
            yield quantity, span


def said_short(reading: _Reading, span: NumberSpan) -> bool:
    """Hundreds said the short way, with no word for "hundred" ("two fifty", "టూ
    ఫిఫ్టీ", "ಒನ್ ಫಾರ್ಟಿ ಫೈವ್"): money talk; nobody counts 250 kilos that way."""
    if span.end - span.start < 2:
        return False
    table = number_table(reading.language)
    for k in range(span.start, span.end):
        word = read_number(reading.words[k : k + 1], 0, table)
        if word is None or word.value >= 100:
            return False
    return True


def _refused_rate(reading: _Reading) -> None:
    """Hundreds of a unit refused, with a price said after them, are the rate refused:
    "अनार तीन सौ किलो नहीं, दो सौ अस्सी कर दो" (not 300 a kilo, make it 280), never 300
    kilos; the price after counters it, per the same unit."""
    for quantity, span in hundreds_of(reading, _BULK_UNITS | {"piece"}):
        if not reading.has(quantity.end, Cue.NEGATION) or not any(
            p.start > quantity.end for p in reading.prices
        ):
            continue
        count_as_rate(reading, quantity, span)
        return


def _rate_asked_back(reading: _Reading, reference_paise: int | None) -> None:
    """The rate on the table said back as a count of its unit, asked, with a price after
    it: "चालीस किलो? पैंतीस कर दो" with ₹40 a kilo on the table is 40 a kilo asked back,
    never 40 kilos; the price after counters it, per the same unit."""
    if reference_paise is None:
        return
    for quantity, span in _counts_of_units(reading):
        assert quantity.value is not None
        if (
            round(quantity.value * 100) != reference_paise
            or quantity.end >= len(reading.tokens)
            or reading.tokens[quantity.end].raw != "?"
            or not any(p.start > quantity.end for p in reading.prices)
        ):
            continue
        count_as_rate(reading, quantity, span)
        return


def _named_then_rated(reading: _Reading, span: NumberSpan, quantity: _Quantity) -> bool:
    """The goods named, then hundreds said with a fraction word, then the unit, which ends
    the clause: "सेब पौने दो सौ किलो" (apples, 175 a kilo), "ਪਨੀਰ ਸਾਢੇ ਤਿੰਨ ਸੌ ਕਿੱਲੋ",
    "ইলিশ সাড়ে চোদ্দশো কেজি, আজকের মাছ". A count comes before the goods it counts ("सवा
    सौ किलो आलू"), and hundreds with a fraction ("paune do sau", "dhai sau") are how
    prices are said, so this is the rate. Said alone ("sava sau kilo"), it stays asked."""
    k = span.start - 1
    if k < 0 or not _plain_word(reading, k) or not _joined(reading, span.start):
        return False
    after = quantity.end
    if after < len(reading.tokens) and _joined(reading, after):
        return False  # "... kilo chahiye", "... kilo aloo": a count of the goods
    return _hundreds_by_fraction(reading, span)


def _hundreds_by_fraction(reading: _Reading, span: NumberSpan) -> bool:
    """Hundreds said with a fraction word: "पौने दो सौ" (175), "ਸਾਢੇ ਤਿੰਨ ਸੌ" (350),
    "সাড়ে চোদ্দশো" (1,450), "dhai sau" (250)."""
    table = number_table(reading.language)
    for k in range(span.start, span.end):
        found = table.parts(reading.words[k])
        if found is not None and any(p.kind in (Kind.PREFIX, Kind.FRACTION) for p in found[0]):
            return True
    return False


def _capped(reading: _Reading, quantity: _Quantity) -> bool:
    """An "at most" right before the count ("maximum 45 kilo")."""
    return reading.has(quantity.start - 1, Cue.CAP_BEFORE)


def _price_words_around(reading: _Reading, quantity: _Quantity) -> bool:
    """Whether price words surround a bare "N <unit>": "final"/"last" with it, or a
    currency word anywhere else ("ek rupaya kam nahi", not a rupee less). A bare "kam
    nahi" is not enough: "bees kilo chahiye, kam nahi" wants twenty kilos."""
    for cue, start, end in reading.occurrences:
        if cue is not Cue.FINAL:
            continue
        between = (
            range(end, quantity.start) if end <= quantity.start else range(quantity.end, start)
        )
        if not any(_plain_word(reading, k) for k in between):
            return True  # "final assi dozen", "আশি ডজন, শেষ কথা"; not "last time 20 kilo"
    off = {k for p in reading.amounts_off for k in range(p.start, p.end)}  # "ten rupees off"
    return any(
        reading.has(k, Cue.CURRENCY, Cue.PAISE)
        for k in range(len(reading.words))
        if not quantity.start <= k < quantity.end and k not in off
    )


# "I'll take" after a count: "I'll take five", "पांच ले लूंगा", "ఐదు తీసుకుంటా".
_WILL_TAKE = tuple(
    fold(w)
    for w in (
        "take", "लूंगा", "लूँगा", "लूंगी", "लूँगी", "लेंगे", "lunga", "lungi", "lenge", "லூங்",
        "எடுத்துக்கற", "எடுத்துக்குவ", "வாங்குற", "வாங்கிக்கற", "eduthukkaren", "vaanguren",
        "తీసుకుంటా", "teesukunta", "tisukunta", "নেব", "নেবো", "nebo", "nibo", "घेईन", "घेतो",
        "घेते", "ghein", "gheto", "લઈશ", "લેશું", "laish", "ತಗೊಳ್ತೀನಿ", "ತಗೊಳ್ಳುತ್ತೇನೆ",
        "tagolteeni", "tagotini", "എടുക്കാം", "എടുക്കും", "edukkam", "ਲਵਾਂਗਾ", "ਲਵਾਂਗੀ",
        "lavanga",
    )
)  # fmt: skip
# Said of the count bought after a rate only: "I'm taking eight", "আটটা নিচ্ছি", "ஆறு
# எடுக்கிறேன்", "enimidi teeskuntanu", "aath lau chhu".
_TAKING = _WILL_TAKE + tuple(
    fold(w)
    for w in (
        "taking", "buying", "buy", "নিচ্ছি", "nichhi", "எடுக்கிற", "எடுக்குற", "tiskunt",
        "lau", "edukur", "edukir",
    )
)  # fmt: skip
# A rate said "at the rate of" ("चार सौ एक के हिसाब से", "ਹਿਸਾਬ ਨਾਲ"), then a count with a
# verb of giving: "... हिसाब से आठ दे दो", give eight at that rate.
_AT_RATE = frozenset(fold(w) for w in ("हिसाब", "hisab", "hisaab", "ਹਿਸਾਬ"))
_GIVE = frozenset(fold(w) for w in ("दे", "de", "दीजिए", "dijiye", "ਦੇ", "ਦਿਓ", "dio"))


def _counted_after(reading: _Reading, rate: _Price, count: _Price) -> bool:
    """A bare count after the rate bought at it: "I'll take 5" or "I'm taking eight",
    "400 each for eight", "... हिसाब से आठ दे दो"."""
    words = reading.words
    if reading.language == "en":
        # "I'll take 5", said after the rate: "I'll take forty, thirty each" takes
        # forty at thirty, no count of thirty
        before = words[max(count.start - 2, rate.end) : count.start]
        if any(w.startswith(_TAKING) for w in before):
            return True
        # "400 each for eight": the count the rate of each is for
        return (
            rate.each
            and words[rate.end : count.start] in (["each", "for"], ["a", "piece", "for"])
            and count.span.value * 100 < rate.paise
        )
    after = words[count.end : count.end + 3]
    if any(w.startswith(_TAKING) for w in after):
        return True
    if after[:1] == ["lai"] and after[1:2] in (["riha"], ["rahi"], ["rahe"], ["reha"]):
        return True  # Punjabi typed "ath lai riha haan": taking eight
    at_rate = any(w in _AT_RATE for w in words[rate.end : count.start])
    return at_rate and count.end < len(words) and words[count.end] in _GIVE


def count_taken_at_rate(reading: _Reading) -> None:
    """ "20 a piece, I'll take five", "बीस रुपये पीस, पांच ले लूंगा": a rate, then a bare
    count with a verb of taking, is that many of the rate's unit, not a second price."""
    for rate in list(reading.prices):
        unit_at = next(
            (
                k
                for k in (rate.start - 1, rate.end, rate.end + 1)
                if 0 <= k < len(reading.words) and reading.has(k, Cue.UNIT)
            ),
            None,
        )
        if not (rate.per_unit or unit_at is not None):
            continue
        for count in reading.prices:
            value = count.span.value
            if count.start < rate.end or count.explicit or count.quantity:
                continue
            if not (1 <= value <= 100 and value == int(value)):
                continue
            if not _counted_after(reading, rate, count):
                continue
            unit = rate.quantity.unit if rate.quantity is not None else None
            if unit is None and unit_at is not None:
                unit = reading.units[unit_at]
            reading.prices.remove(count)
            rate.per_unit = True
            reading.quantities.append(_Quantity(value, unit, count.start, count.end))
            return
