"""A price said for a time of day, a day or an occasion.

- Hundreds after a part of the day or an hour word ("सुबह तीन सौ", "சாயங்காலம்
  எழுநூறு", "ਸ਼ਾਮ ਨੂੰ ਸੱਤ ਸੌ", "ಗಂಟೆಗೆ ಐನೂರು") are no clock time: a number of a hundred or
  more said with a scale word (or of 1,300 and more) is never an hour, so the time word
  labels nothing; "kal subah 9.30", "at 6 in the morning" stay hours.
- A plain price, then a second one for a time, a later day or an occasion ("boat 500 an hour, at
  sunset 700", "photo 300, on Sunday 400", "ਸ਼ਾਮ ਨੂੰ ਸੱਤ ਸੌ", at aarti time, at night) is
  an alternative: the plain price stands and the later one is set aside. Where every price
  is said for a time ("morning 300, at night 500") there is no plain price: asked."""

from __future__ import annotations

from audio.lexicon import TokenKind, fold
from audio.numbers import NumberSpan
from audio.understanding.reading import _joined, _Price, _Reading

# A time of day, a day of the week or an occasion: a word's start, in the ten languages.
_WHEN = tuple(
    fold(w)
    for w in (
        "sunset", "sunrise", "evening", "night", "morning", "sunday", "saturday", "weekend",
        "aarti", "arti", "festival", "holiday", "shaam", "raat", "subah", "sandhya",
        "सूर्यास्त", "सूर्योदय", "शाम", "रात", "सुबह", "संडे", "रविवार", "इतवार", "आरती",
        "त्योहार", "छुट्टी", "संध्याकाळ", "सकाळ", "रात्री", "सूर्यास्ता",
        "સૂર્યાસ્ત", "સાંજ", "રાત", "સવાર", "રવિવાર", "આરતી",
        "সূর্যাস্ত", "সন্ধ্যা", "সন্ধে", "রাত", "সকাল", "রবিবার", "আরতি",
        "சூரிய", "சாயங்காலம்", "சாயந்தரம்", "மாலை", "ராத்திரி", "இரவு", "காலை", "ஞாயிறு",
        "ஆரத்தி", "సూర్యాస్తమ", "సాయంత్రం", "రాత్రి", "పొద్దున", "ఉదయం", "ఆదివారం", "హారతి",
        "ಸೂರ್ಯಾಸ್ತ", "ಸಂಜೆ", "ರಾತ್ರಿ", "ಬೆಳಿಗ್ಗೆ", "ಬೆಳಗ್ಗೆ", "ಭಾನುವಾರ", "ಆರತಿ",
        "സൂര്യാസ്തമ", "വൈകുന്നേരം", "വൈകിട്ട്", "രാത്രി", "രാവിലെ", "ഞായറാഴ്ച", "ആരതി",
        "ਸੂਰਜ", "ਸ਼ਾਮ", "ਰਾਤ", "ਸਵੇਰ", "ਐਤਵਾਰ", "ਆਰਤੀ",
        # by day: "दिन में डेढ़ सौ लगता है, रात को दो सौ दूँगा" (the day's fare beside the
        # night's: no plain price, asked)
        "daytime", "दिन", "दिवसा", "દિવસે", "দিনে", "பகல்", "పగలు", "ಹಗಲು", "പകൽ",
        "ਦਿਨੇ",
    )
)  # fmt: skip
# Hour words that label a number as a clock time ("மணிக்கு", "ಗಂಟೆಗೆ", "घंटे").
_HOURS = tuple(
    fold(w)
    for w in (
        "hour", "ghante", "घंटे", "घंटा", "ਘੰਟੇ", "કલાક", "तास", "ঘণ্টা", "மணி",
        "గంట", "ಗಂಟೆ", "മണിക്കൂ", "time", "समय", "टाइम", "সময", "वेळ", "વખત", "ਵੇਲੇ",
        "நேரம்", "సమయం", "ಸಮಯ", "സമയം",
    )
)  # fmt: skip


def no_hour(reading: _Reading, label: int, span: NumberSpan) -> bool:
    """Whether the time word at `label` cannot make `span` an hour: a hundred or more
    said in words ("शाम सात सौ"), or 1,300 and more."""
    before = label - 1 if label - 1 >= 0 and not span.start <= label - 1 < span.end else label
    words = reading.words[before : label + 1]  # "ਰਾਤ ਨੂੰ", "सुबह"
    if not any(w.startswith(_WHEN + _HOURS) for w in words):
        return False
    if span.value >= 1300:
        return True
    tokens = reading.tokens[span.start : span.end]
    return span.value >= 100 and any(t.kind is not TokenKind.NUMBER for t in tokens)


# "Today", "now": the time said is the one it is ("but today is Sunday, so sixty"), so
# its price is the one that stands, no alternative.
_NOW = frozenset(
    fold(w)
    for w in (
        "today", "now", "aaj", "aj", "abhi", "आज", "अभी", "आत्ता", "આજે", "આજ", "હમણાં", "আজ",
        "এখন", "இன்னைக்கு", "இன்று", "இப்போ", "ఈరోజు", "ఇవాళ", "ఇప్పుడు", "ಇವತ್ತು", "ಇಂದು",
        "ಈಗ", "ഇന്ന്", "ഇപ്പോൾ", "ഇപ്പോ", "ഇപ്പൊ", "ਅੱਜ", "ਹੁਣ",
    )
)  # fmt: skip


# Another day or a later hour: "next week", "after eight", "tomorrow", "on Friday" ("कल"
# said of a past day too: either way not now). Short words whole, longer ones as a start.
_LATER = tuple(
    fold(w)
    for w in (
        "after", "tomorrow", "friday", "monday", "tuesday", "wednesday", "thursday",
        "बाद", "baad", "bad", "कल", "kal", "परसों", "अगले", "agle", "अगली", "agli",
        "नंतर", "nantar", "उद्या", "पुढच्या", "पुढील", "सोमवार", "मंगळवार", "बुधवार", "गुरुवार",
        "शुक्रवार", "शनिवार", "रविवार",
        "পরে", "pore", "কাল", "সামনের", "পরের", "সোমবার", "মঙ্গলবার", "বুধবার",
        "বৃহস্পতিবার", "শুক্রবার", "শনিবার",
        "પછી", "pachhi", "કાલે", "કાલ", "કાલની", "કાલનું", "કાલના", "આવતા", "આવતી", "આવતે",
        "સોમવાર", "મંગળવાર",
        "બુધવાર", "ગુરુવાર", "શુક્રવાર", "શનિવાર",
        "ਬਾਅਦ", "ਕੱਲ੍ਹ", "ਕੱਲ", "ਅਗਲੇ", "ਅਗਲੀ", "ਸੋਮਵਾਰ", "ਮੰਗਲਵਾਰ", "ਬੁੱਧਵਾਰ", "ਵੀਰਵਾਰ",
        "ਸ਼ੁੱਕਰਵਾਰ", "ਸ਼ਨੀਵਾਰ",
        "அப்புறம்", "பிறகு", "ஞாயித்து", "நாளைக்கு", "நாளை", "அடுத்த", "திங்கள்", "செவ்வாய்", "புதன்",
        "வியாழ", "வெள்ளிக்கிழமை", "சனிக்கிழமை",
        "తర్వాత", "తరువాత", "రేపు", "వచ్చే", "సోమవారం", "మంగళవారం", "బుధవారం", "గురువారం",
        "శుక్రవారం", "శనివారం",
        "ಆಮೇಲೆ", "ನಂತರ", "ನಾಳೆ", "ಮುಂದಿನ", "ಸೋಮವಾರ", "ಮಂಗಳವಾರ", "ಬುಧವಾರ", "ಗುರುವಾರ",
        "ಶುಕ್ರವಾರ", "ಶನಿವಾರ",
        "ശേഷം", "കഴിഞ്ഞ്", "നാളെ", "അടുത്ത", "തിങ്കളാഴ്ച", "ചൊവ്വാഴ്ച", "ബുധനാഴ്ച",
        "വ്യാഴാഴ്ച", "വെള്ളിയാഴ്ച", "ശനിയാഴ്ച",
    )
)  # fmt: skip
_WHOLE = frozenset(w for w in (*_WHEN, *_LATER) if len(w) < 4)  # "rat" is no "rate"
_START = tuple(w for w in (*_WHEN, *_LATER) if len(w) >= 4)
_SPANS = frozenset(
    fold(w) for w in ("week", "month", "year", "time", "day")
)  # "next week", not "next door"


def _when_word(words: list[str], j: int) -> bool:
    word = words[j]
    if word == "next":
        return j + 1 < len(words) and words[j + 1] in _SPANS
    return word.startswith(_START) or word in _WHOLE


def _clause_start(reading: _Reading, price: _Price, since: int) -> int:
    """Where the price's clause starts: past the last pause before it ("40 a kilo today,
    by Friday 55": the "today" is the first price's), within eight words."""
    start = price.start
    while start > max(price.start - 8, since) and _joined(reading, start):
        start -= 1
    return start


def _when_before(reading: _Reading, price: _Price, since: int) -> bool:
    start = _clause_start(reading, price, since)
    return any(_when_word(reading.words, j) for j in range(start, price.start))


def _now_before(reading: _Reading, price: _Price, since: int) -> bool:
    return any(w in _NOW for w in reading.words[_clause_start(reading, price, since) : price.start])


def _when_after(reading: _Reading, price: _Price) -> bool:
    """A later time said after the price in its clause: "maybe 64 next week"."""
    stop = price.end
    while stop < len(reading.words) and stop < price.end + 4 and _joined(reading, stop):
        stop += 1
    return any(_when_word(reading.words, j) for j in range(price.end, stop))


def said_for_later(reading: _Reading, price: _Price, since: int) -> bool:
    """Whether `price` is said for another day, a later hour or an occasion, not now."""
    return _when_before(reading, price, since) and not _now_before(reading, price, since)


def timed_alternatives(reading: _Reading) -> list[_Price]:
    """The prices said for another time beside the one for now (set aside): the price for
    now is the plain one said first ("220 a kilo; on Sunday 250", "300 now, after six
    250") or the one marked as now ("after eight 150, now it's 200", "कल नौ सौ था, आज सात
    सौ"). Where each price is said for a time, the first is marked as having two readings
    (asked); a plain one after a timed one with no word of now is left as it was."""
    said = [p for p in reading.prices if not p.negated]
    if len(said) < 2:
        return []
    now, timed, since = [], [], 0
    for price in said:
        if _now_before(reading, price, since):
            now.append(price)
        elif _when_before(reading, price, since) or (since and _when_after(reading, price)):
            timed.append(price)
        since = price.end
    plain = [p for p in said if p not in timed]
    if not timed:
        return []
    if not plain:
        said[0].two_readings = True  # "morning 300, at night 500": no plain price
        return said[1:]
    if len(plain) > 1:
        return []
    if plain[0] is not said[0] and plain[0] not in now:
        return []  # "evening 60, for you 50": which is now, left to the other readings
    return timed
