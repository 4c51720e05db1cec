"""Rates and the words around a price: a price said before its unit, a refused rate,
goods named then rated, hundreds by a fraction, and an hour of the day that is no price."""

from __future__ import annotations

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
from audio.understanding.clock_times import clock_time, spoken_clock, vehicle_hour
from audio.understanding.countables import _WANT, _WANT_STEMS
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
from audio.understanding.till_hours import TILL, hour_or_day
from audio.understanding.too_much import counter_after_too_much


@lru_cache(maxsize=16)
def _genitives(language: str) -> frozenset[str]:
    try:
        found = spec(language).cues.get(Cue.OF, ())
    except KeyError:
        return frozenset()
    return frozenset(fold(w) for w in found if " " not in w)


def _price_before_unit(reading: _Reading, reply: bool = False) -> None:
    """With no price said, "साढ़े चार सौ किलो" is more likely ₹450 a kilo than 450 kg at a
    stall: a count of a hundred or more of a kilo, dozen, litre, bunch or piece is heard
    as a rate, and asked about, since it may still be the quantity. Said among price
    words ("final assi dozen, kam nahi", "sava sau kilo, ek rupaya kam nahi": final or
    last, "not less", a currency word elsewhere, or a hundred or more in reply to a price)
    the count is surely the rate, at any size, and it is not asked."""
    counter_after_too_much(reading)  # "सत्तर बहुत है, साठ किलो दे दो": 60 a kilo
    if reading.prices:
        _refused_rate(reading)
        rate_before_not_less(reading)  # "800 won't do even in the mandi; 900 kilo, not less"
        form_rates(reading)  # "loose 600 a kilo, in the gift box 700": no 600 kilos
        return
    for quantity in list(reading.quantities):
        span = reading.number_at[quantity.start]
        if (
            span is None
            or quantity.value is None
            or quantity.unit not in _BULK_UNITS | {"piece"}
            or quantity.value != int(quantity.value)
        ):
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


# Words that make a small bare number an hour of the day: right after it ("after",
# "o'clock", "at ... o'clock") or, in English, right before it ("after 4", "by 5").
_HOUR_AFTER = frozenset(
    fold(w)
    for w in (
        "o'clock", "oclock", "pm", "baje", "बजे", "baad", "बाद",
        "மணிக்கு", "மணி", "mani", "manikku", "பிறகு", "அப்புறம்", "తర్వాత", "తరువాత",
        "tarvata", "taruvata", "గంటలకు", "గంటకు", "gantalaku", "gantaku", "পর", "পরে", "por",
        "pore", "বাজে", "baje", "নাগাদ", "नंतर", "nantar", "वाजता", "vajta", "वाजल्यावर",
        "પછી", "pachhi", "pachi", "વાગ્યે", "vagye", "વાગે", "ಆಮೇಲೆ", "aamele", "ನಂತರ",
        "nantara", "ಗಂಟೆಗೆ", "gantege", "ಘಂಟೆಗೆ", "കഴിഞ്ഞ്", "kazhinju", "ശേഷം", "shesham",
        "മണിക്ക്", "manikku", "ਬਾਅਦ", "baad", "ਵਜੇ", "vaje",
        # before or by an hour: "8 se pehle", "8 च्या आधी", "8 లోపు", "8 ra olage"
        "pehle", "पहले", "pahle", "ਪਹਿਲਾਂ", "pehlan", "આધી", "आधी", "adhi", "aadhi",
        "પહેલા", "pehla", "પહેલાં", "లోపు", "lopu", "లోపల", "ಒಳಗೆ", "olage", "ಮುಂಚೆ",
        "munche", "മുമ്പ്", "munpu", "mumbu", "முன்னாடி", "munnadi", "முன்னால", "আগে",
    )
)  # fmt: skip
_HOUR_BEFORE = frozenset(fold(w) for w in ("after", "before", "by", "till", "until", "since"))
# The hour word's spellings with case endings attached, in every script: "maniki",
# "manikke", "gantalaki", "vaajta", "ਵੱਜੇ", "വാഗ്യാ": a number right before one is an hour.
_HOUR_STEMS = tuple(
    fold(w)
    for w in (
        "o'clock", "oclock", "baje", "bajey", "बजे", "vaje", "vaaje", "ਵਜੇ", "ਵੱਜੇ", "vajje",
        "vajta", "vaajta", "vajle", "वाजता", "वाजे", "वाजल", "vage", "vaage", "vagye",
        "vaagye", "vagya", "વાગ", "মণি", "বাজে", "baaje", "somoy", "সময়", "মধ্যে",
        "mani", "maani", "மணி", "മണി", "gant", "ghant", "గంట", "ಗಂಟೆ", "ಘಂಟೆ", "ghanta",
        "घंटे",
    )
)  # fmt: skip
# The days of the week, as the day an hour falls on: "every Sunday 8", "दर रविवारी 8 ला",
# "প্রত্যেক রবিবার ৮টায়": a small bare number right after one is the hour.
_DAY_STEMS = tuple(
    fold(w)
    for w in (
        "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "ravivar", "somvar", "mangalvar", "budhvar", "guruvar", "shukravar", "shanivar",
        "itvar", "itwar", "रविवार", "सोमवार", "मंगलवार", "मंगळवार", "बुधवार", "गुरुवार",
        "शुक्रवार", "शनिवार", "इतवार", "রবিবার", "সোমবার", "মঙ্গলবার", "বুধবার",
        "বৃহস্পতিবার", "শুক্রবার", "শনিবার", "robibar", "sombar", "mongolbar", "budhbar",
        "brihospotibar", "shukrobar", "shonibar", "રવિવાર", "સોમવાર", "મંગળવાર", "બુધવાર",
        "ગુરુવાર", "શુક્રવાર", "શનિવાર", "ਐਤਵਾਰ", "ਸੋਮਵਾਰ", "ਮੰਗਲਵਾਰ", "ਬੁੱਧਵਾਰ", "ਵੀਰਵਾਰ",
        "ਸ਼ੁੱਕਰਵਾਰ", "ਸ਼ਨੀਵਾਰ", "aitvar", "aitvaar", "veervar", "ஞாயிற்று", "ஞாயிறு",
        "திங்கள்", "செவ்வாய்", "புதன்", "வியாழ", "வெள்ளி", "சனி", "njayiru", "nyayiru",
        "thingal", "sevvai", "budhan", "viyazha", "velli", "sani", "ఆదివార", "సోమవార",
        "మంగళవార", "బుధవార", "గురువార", "శుక్రవార", "శనివార", "aadivar", "adivar",
        "ಭಾನುವಾರ", "ಸೋಮವಾರ", "ಮಂಗಳವಾರ", "ಬುಧವಾರ", "ಗುರುವಾರ", "ಶುಕ್ರವಾರ", "ಶನಿವಾರ",
        "bhanuvar", "ഞായറാഴ്ച", "തിങ്കളാഴ്ച", "ചൊവ്വാഴ്ച", "ബുധനാഴ്ച", "വ്യാഴാഴ്ച",
        "വെള്ളിയാഴ്ച", "ശനിയാഴ്ച", "njayarazhcha", "nyayarazhcha", "thinkalazhcha",
    )
)  # fmt: skip
_CLASSIFIERS = frozenset(fold(w) for w in ("tar", "ta", "tay", "টার", "টা", "টায়"))
# "At 4" with talk of opening, closing or coming around it: the hour.
_AT = frozenset(fold(w) for w in ("at", "around", "from"))
_OPEN_CLOSE = tuple(
    fold(w)
    for w in (
        "open", "close", "shut", "come", "came", "back", "tomorrow", "today", "morning",
        "evening", "night", "reach", "leave", "pack", "shop", "stall",
    )
)  # fmt: skip


_NOBODY_WORDS = frozenset(
    fold(w)
    for w in (
        "nobody", "कोई", "koi", "யாரும்", "yaarum", "ఎవరూ", "evaru", "কেউ", "keu", "कोणी",
        "kuni", "કોઈ", "ಯಾರೂ", "yaaru", "ആരും", "aarum", "ਕੋਈ",
    )
)  # fmt: skip


def _hour_word(word: str) -> bool:
    return word in _HOUR_AFTER or word.startswith(_HOUR_STEMS)


def time_of_day(reading: _Reading, price: _Price) -> bool:
    """A bare number from 1 to 12 (no currency, unit or "each") said as an hour: "come
    after four", "সাতটার পর আসুন", "నాలుగు తర్వాత రండి", "5 baje aana"."""
    value = price.span.value
    if hour_or_day(reading, price):
        return True  # "open till eleven", "the 9:40 show", "तेरह की रात" after a date
    if clock_time(reading, price) or vehicle_hour(reading, price):
        return True  # "boat 10.30 ki vastundi": 10:30, the hour it comes; "my bus is at 6"
    if spoken_clock(reading, price):
        return True  # "the boat was in by four thirty", "landed at half past four"
    if price.explicit or price.each or price.quantity is not None:
        return False
    if not (1 <= value <= 12 and value == int(value)):
        return False
    k = price.end
    if reading.has(k, Cue.LINK, Cue.OF) and k + 1 < len(reading.words):
        k += 1  # "chaar ke baad", "நாலு மணிக்கு"
    words = reading.words
    if k + 1 < len(words) and words[k] in _CLASSIFIERS:
        k += 1  # "9 tar somoy", "৪ টার সময়": the Bengali count word typed apart
    after = k < len(words) and _hour_word(words[k])
    if not after and price.end < len(words) and words[price.end] in ("pm", "am", "p.m", "a.m"):
        after = True  # "4 pm"
    before = price.start > 0 and words[price.start - 1] in _HOUR_BEFORE
    day = words[max(price.start - 2, 0) : price.start]
    # "every Sunday 8", but never "on Friday, 8 each?": a rate after a pause
    each = k < len(words) and reading.has(k, Cue.EACH)
    gap = reading.text[reading.tokens[price.start - 1].end : reading.tokens[price.start].start]
    paused = price.start > 0 and any(ch in ",;—–" for ch in gap)
    before = before or (not each and not paused and any(w.startswith(_DAY_STEMS) for w in day))
    at = (
        price.start > 0
        and words[price.start - 1] in _AT
        and any(w.startswith(_OPEN_CLOSE) for w in words if w not in _AT)
    )  # "we open at 4 tomorrow", "I'll be back around 5"
    at = at or (price.start > 0 and words[price.start - 1] in _AT and _wanted_by(reading, price))
    till = (
        k < len(words)
        and words[k] in TILL
        and (
            reading.tokens[price.end - 1].raw.endswith(("টা", "টায়"))
            or any(w.startswith(_OPEN_CLOSE) or w in _NOBODY_WORDS for w in words)
        )
    )  # "দশটা পর্যন্ত কেউ আসেনি", "nobody came till ten": the hour
    # "తెల్లవారుజామున మూడింటికే" (by three at dawn), "രാവിലെ ആറിന്", "सकाळी सहाला": the
    # "at N" ending (or "को" after it) after a part of the day; "నాలుగింటికి ఇరవై" alone
    # is four for twenty, "ആറിന് വേണം" alone six for one.
    return after or before or at or till or at_part_of_day(reading, price.span)


def _wanted_by(reading: _Reading, price: _Price) -> bool:
    """Goods counted and wanted before the number, with no money word in the line: "I need
    twenty garlands at six" wants them at six o'clock."""
    counted = any(q.end <= price.start and q.value for q in reading.quantities)
    wanted = any(w in _WANT or w.startswith(_WANT_STEMS) for w in reading.words)
    money = any(reading.has(i, Cue.CURRENCY, Cue.PAISE) for i in range(len(reading.words)))
    return counted and wanted and not money


_AT_HOUR_ENDINGS = ("ింటికి", "ింటికే", "ంటికి", "ంటికే")
_DAY_PARTS = tuple(
    fold(w) for w in ("తెల్లవారు", "పొద్దున", "ఉదయం", "సాయంత్రం", "రాత్రి", "మధ్యాహ్నం", "tellavaru", "poddun")
)


def at_part_of_day(reading: _Reading, span: NumberSpan) -> bool:
    """A number from 1 to 12 said with a dative or locative ending (or "को", "ला" after
    it) right after a part of the day ("morning", "രാവിലെ", "ಬೆಳಿಗ್ಗೆ", "সকাল"), or before
    "in the morning": an hour, never a price or a count."""
    if not (1 <= span.value <= 12 and span.value == int(span.value)):
        return False
    words = reading.words
    before = words[max(span.start - 2, 0) : span.start]
    part = any(w in _DAY_PART_WORDS or w.startswith(_DAY_PARTS) for w in before)
    ended = bool(span.suffix) or reading.tokens[span.end - 1].raw.endswith(_AT_HOUR_ENDINGS)
    ended = ended or (span.end < len(words) and words[span.end] in _AT_HOUR_WORDS)
    if part and ended:
        return True
    later = words[span.end : span.end + 3]  # "6 in the morning"
    return len(later) >= 2 and later[0] == "in" and later[-1] in _DAY_PART_WORDS


def counted_before_hour(reading: _Reading) -> None:
    """Goods counted before an hour said at a part of the day, with no money word in the
    line ("നാൽപത് പൊതി വൈകിട്ട് അഞ്ചിന് വേണം", forty packets at five in the evening): the
    bare number before the goods word is their count, no price."""
    spans = [s for k, s in enumerate(reading.number_at) if s is not None and s.start == k]
    timed = [s for s in spans if at_part_of_day(reading, s)]
    if not timed or any(reading.has(i, Cue.CURRENCY, Cue.PAISE) for i in range(len(reading.words))):
        return
    for price in list(reading.prices):
        bare = not (price.explicit or price.each or price.quantity is not None or price.per_unit)
        goods = price.end < len(reading.words) and reading.number_at[price.end] is None
        if bare and goods and price.end < timed[0].start and price.span.value >= 2:
            reading.prices.remove(price)
            count = _Quantity(price.span.value, None, price.start, price.end + 1)
            reading.quantities.append(count)
            reading.quantity_at[price.start] = count


# Parts of the day, in every language, native and romanized: a number with an "at"
# ending after one is an hour ("രാവിലെ ആറിന്", "காலை ஆறுக்கு", "ಸಂಜೆ ಐದಕ್ಕೆ").
_DAY_PART_WORDS = frozenset(
    fold(w)
    for w in (
        "morning", "evening", "night", "afternoon", "tonight", "सुबह", "शाम", "रात", "दोपहर",
        "subah", "subha", "subeh", "sham", "shaam", "raat", "dopahar", "காலை", "காலையில",
        "மாலை", "சாயங்காலம்", "இரவு", "ராத்திரி", "மதியம்", "kaalai", "kaalaila", "kalaila",
        "maalai", "saayangaalam", "iravu", "raathiri", "madhiyam", "సాయంత్రం", "రాత్రి",
        "పొద్దున్నే", "ఉదయాన్నే", "sayantram", "saayantram", "ratri", "raatri", "udayam",
        "ಬೆಳಿಗ್ಗೆ", "ಬೆಳಗ್ಗೆ", "ಸಂಜೆ", "ರಾತ್ರಿ", "ಮಧ್ಯಾಹ್ನ", "beligge", "belagge", "sanje",
        "രാവിലെ", "വൈകിട്ട്", "വൈകുന്നേരം", "രാത്രി", "ഉച്ചയ്ക്ക്", "raavile", "ravile",
        "vaikittu", "vaikunneram", "sakal", "সকাল", "সকালে", "বিকেল", "বিকেলে", "সন্ধ্যা",
        "সন্ধ্যায়", "রাত", "রাতে", "দুপুর", "দুপুরে", "sokal", "sokale", "bikele", "sondhya",
        "सकाळी", "संध्याकाळी", "रात्री", "दुपारी", "sakali", "sakaali", "sandhyakali",
        "ratri", "dupari", "સવારે", "સાંજે", "રાત્રે", "બપોરે", "savare", "saanje", "ratre",
        "bapore", "ਸਵੇਰੇ", "ਸ਼ਾਮ", "ਸ਼ਾਮੀਂ", "ਰਾਤ", "ਰਾਤੀਂ", "ਦੁਪਹਿਰ", "savere", "shaami",
    )
)  # fmt: skip
# Words for "at" said after the hour: "सुबह छह को", "सकाळी सहा ला".
_AT_HOUR_WORDS = frozenset(fold(w) for w in ("को", "ko", "ला", "la", "ਨੂੰ", "nu"))


def hour_said(reading: _Reading) -> bool:
    """An hour word said anywhere ("baje", "மணி", "ਵਜੇ", "o'clock"): a bare number that
    could be an hour is asked about, never taken as a price."""
    return any(_hour_word(w) for w in reading.words)


def after_an_hour(reading: _Reading, k: int) -> bool:
    """The word at `k` ("after", "తర్వాత", "baad") follows an hour: a number from 1 to 12
    or an o'clock word, with at most a link between ("5 baje ke baad")."""
    j = k - 1
    if j > 0 and reading.has(j, Cue.LINK, Cue.OF):
        j -= 1
    if j < 0:
        return False
    span = reading.number_at[j]
    if span is not None:
        return 1 <= span.value <= 12 and span.value == int(span.value)
    return reading.words[j] in _HOUR_AFTER and reading.words[j] != reading.words[k]


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
            after = reading.words[count.end : count.end + 3]
            if reading.language == "en":
                after = reading.words[max(count.start - 2, 0) : count.start]  # "I'll take 5"
            if not any(w.startswith(_WILL_TAKE) for w in after):
                continue
            unit = rate.quantity.unit if rate.quantity is not None else None
            if unit is None and unit_at is not None:
                unit = reading.units[unit_at]
            reading.prices.remove(count)
            rate.per_unit = True
            reading.quantities.append(_Quantity(value, unit, count.start, count.end))
            return
