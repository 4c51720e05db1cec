"""A price said for a time of day, a day or an occasion.

- Hundreds after a part of the day or an hour word ("सुबह तीन सौ", "சாயங்காலம்
  எழுநூறு", "ਸ਼ਾਮ ਨੂੰ ਸੱਤ ਸੌ", "ಗಂಟೆಗೆ ಐನೂರು") are no clock time: a number of a hundred or
  more said with a scale word (or of 1,300 and more) is never an hour, so the time word
  labels nothing; "kal subah 9.30", "at 6 in the morning" stay hours.
- A plain price, then a second one for a time or an occasion ("boat 500 an hour, at
  sunset 700", "photo 300, on Sunday 400", "ਸ਼ਾਮ ਨੂੰ ਸੱਤ ਸੌ", at aarti time, at night) is
  an alternative: the plain price stands and the later one is set aside. Where every price
  is said for a time ("morning 300, at night 500") there is no plain price: asked."""

from __future__ import annotations

from audio.lexicon import TokenKind, fold
from audio.numbers import NumberSpan
from audio.understanding.reading import _Price, _Reading

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
        "ಈಗ", "ഇന്ന്", "ഇപ്പോൾ", "ਅੱਜ", "ਹੁਣ",
    )
)  # fmt: skip


def _when_before(reading: _Reading, price: _Price, since: int) -> bool:
    words = reading.words[max(price.start - 4, since) : price.start]
    return any(w.startswith(_WHEN) for w in words)


def _now_before(reading: _Reading, price: _Price, since: int) -> bool:
    return any(w in _NOW for w in reading.words[max(price.start - 6, since) : price.start])


def timed_alternatives(reading: _Reading) -> list[_Price]:
    """The prices said for a time after a plain one (set aside); where each price is said
    for a time, the first is marked as having two readings (asked)."""
    said = [p for p in reading.prices if not p.negated]
    if len(said) < 2:
        return []
    first = said[0]
    timed = [p for p in said[1:] if _when_before(reading, p, first.end)]
    if len(timed) != len(said) - 1 or any(_now_before(reading, p, first.end) for p in timed):
        return []
    if _when_before(reading, first, 0):
        first.two_readings = True  # "morning 300, at night 500": no plain price
        return timed
    return timed
