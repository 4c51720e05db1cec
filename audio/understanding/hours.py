"""An hour of the day that is no price: a number beside an hour word ("6 baje", "மணி",
"o'clock"), a part of the day ("सुबह छह को", "తెల్లవారు ఐదింటికి"), an opening or
closing time, a count said before an hour ("40 packets at five in the evening"), and the
"after" of an hour ("5 baje ke baad"); read by `audio.understanding.rates` and
`audio.understanding.utterance`."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.numbers import (
    NumberSpan,
)
from audio.understanding.clock_times import clock_time, spoken_clock, vehicle_hour
from audio.understanding.countables import _WANT, _WANT_STEMS
from audio.understanding.reading import (
    _joined,
    _Price,
    _Quantity,
    _Reading,
)
from audio.understanding.till_hours import TILL, hour_or_day

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
    at = at and not each  # "ok, at eight each, pack twelve": a rate, no hour
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
        # the goods word right after the number, no pause between; a unit right before it
        # makes it a rate ("కిలో ఎనిమిది వందలు, పొద్దున ఐదింటికి వచ్చిన లారీ": 800 a kilo)
        goods = (
            price.end < len(reading.words)
            and reading.number_at[price.end] is None
            and _joined(reading, price.end)
            and not reading.has(price.start - 1, Cue.UNIT)
        )
        # "నూట ఇరవై కూడా ఎక్కువే": the number refused as too much is the price on the
        # table, no count of goods
        refused = reading.cue_near(
            price.end, price.end + 3, Cue.TOO_MUCH, Cue.COMPARATIVE, Cue.REJECT, Cue.NEGATION
        )
        # "okay, fifty-five it is, come tomorrow at five": the price agreed, no count
        agreed = reading.cue_near(max(price.start - 3, 0), price.start, Cue.ACCEPT, Cue.SOFT_ACCEPT)
        if (
            bare
            and goods
            and not refused
            and not agreed
            and price.end < timed[0].start
            and price.span.value >= 2
        ):
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
