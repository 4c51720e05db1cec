"""Numbers that name the goods or the talk around them, not a price: a model ("Redmi Note
10", "Samsung A52", "iPhone 8"), a size of memory or charge ("6 GB 128", "4000 mAh", "85
percent", "बैटरी 85 परसेंट"), a span of time ("two months' guarantee", "दो साल पुराना",
"ரெண்டு மாசம் வாரண்டி") and a place in order ("fourth lane", "நாலாவது தெரு", "నాలుగో
సందు", "ನಾಲ್ಕನೇ ಕ್ರಾಸ್"). Such a number is no price and no count of the goods; a price
said beside it stands ("Redmi Note 10, 8500 rupees"), and "how much?" beside it stays a
price question."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.reading import _Reading


def _folded(*words: str) -> tuple[str, ...]:
    return tuple(fold(w) for w in words)


# A brand or model word: the number right after it is the model's ("Redmi 9", "iPhone 8").
_MODELS = _folded(
    "redmi", "samsung", "galaxy", "iphone", "vivo", "oppo", "realme", "nokia", "oneplus",
    "poco", "moto", "pixel", "infinix", "tecno", "model", "series", "version",
    "रेडमी", "सैमसंग", "आईफोन", "आइफोन", "मॉडल", "मोडल", "ரெட்மி", "சாம்சங்", "ஐபோன்",
    "மாடல்", "రెడ్మీ", "రెడ్మి", "శాంసంగ్", "సాంసంగ్", "ఐఫోన్", "మోడల్", "রেডমি", "স্যামসাং",
    "আইফোন", "মডেল", "रेडमी", "सॅमसंग", "आयफोन", "મોડલ", "રેડમી", "સેમસંગ", "આઈફોન",
    "ರೆಡ್ಮಿ", "ಸ್ಯಾಮ್ಸಂಗ್", "ಐಫೋನ್", "ಮಾಡೆಲ್", "റെഡ്മി", "സാംസങ്", "ഐഫോൺ", "മോഡൽ",
    "ਰੈੱਡਮੀ", "ਰੈਡਮੀ", "ਸੈਮਸੰਗ", "ਆਈਫੋਨ", "ਮਾਡਲ",
)  # fmt: skip
# "Note" names a model after a brand ("Redmi Note 10"); alone it is a currency note.
_NOTE = _folded("note", "नोट", "நோட்", "నోట్", "নোট", "નોટ", "ನೋಟ್", "നോട്ട്", "ਨੋਟ")

# A size of memory, charge or screen said after the number ("6 GB", "85 percent").
_SPEC_UNITS = _folded(
    "gb", "mb", "tb", "mah", "mp", "megapixel", "inch", "inches", "percent", "%", "ram",
    "जीबी", "एमबी", "इंच", "परसेंट", "पर्सेंट", "प्रतिशत", "फीसदी", "टक्के", "टक्का",
    "ஜிபி", "இன்ச்", "பர்சென்ட்", "பர்செண்ட்", "சதவீதம்", "జీబీ", "జిబి", "ఇంచ్",
    "పర్సెంట్", "శాతం", "জিবি", "ইঞ্চি", "পার্সেন্ট", "শতাংশ", "જીબી", "ઇંચ",
    "ટકા", "પરસેન્ટ", "ಜಿಬಿ", "ಇಂಚ್", "ಪರ್ಸೆಂಟ್", "ಶೇಕಡಾ", "ജിബി", "ഇഞ്ച്", "ശതമാനം",
    "പെർസെന്റ്", "ਜੀਬੀ", "ਇੰਚ", "ਪਰਸੈਂਟ", "ਪ੍ਰਤੀਸ਼ਤ", "ਫੀਸਦੀ",
)  # fmt: skip

# A span of time after the number: months, years, days, weeks, with their endings.
_SPANS = _folded(
    "month", "months", "year", "years", "yr", "yrs", "day", "days", "week", "weeks",
    "महीने", "महीना", "महीनों", "माह", "साल", "वर्ष", "दिन", "हफ्ते", "हफ़्ते", "mahine",
    "mahina", "saal", "sal", "hafte", "மாசம்", "மாதம்", "வருஷம்", "வருடம்", "நாள்",
    "வாரம்", "masam", "varusham", "నెల", "నెలల", "నెలలు", "ఏళ్ళ", "ఏళ్ల", "సంవత్సర", "రోజుల",
    "వారాల", "nela", "nelala", "মাস", "বছর", "দিনের", "সপ্তাহ", "mas", "masher", "bochor",
    "महिन", "महिन्य", "वर्षां", "वर्षे", "दिवस", "आठवड", "mahine", "varsh", "મહિન", "વર્ષ", "દિવસ",
    "અઠવાડિ", "ತಿಂಗಳ", "ವರ್ಷ", "ದಿನ", "ವಾರ", "tingal", "മാസ", "വർഷ", "ദിവസ", "ആഴ്ച",
    "ਮਹੀਨ", "ਸਾਲ", "ਦਿਨ", "ਹਫ਼ਤ", "ਹਫਤ",
)  # fmt: skip

# A place said in order after the number: a lane, a street, a cross road, a gate, a floor.
_PLACES = _folded(
    "lane", "street", "road", "cross", "gate", "floor", "block", "sector", "gali", "gully",
    "गली", "गल्ली", "गेट", "मंजिल", "माला", "रोड", "தெரு", "சந்து", "கேட்", "மாடி", "వీధి",
    "సందు", "గేటు", "గేట్", "అంతస్తు", "গলি", "গেট", "তলা", "রাস্তা", "गल्लीनंतर", "ગલી",
    "શેરી", "ગેટ", "માળ", "ಕ್ರಾಸ್", "ಬೀದಿ", "ಗೇಟ್", "ಮಹಡಿ", "ഗലി", "തെരുവ്", "വളവ്",
    "ഗേറ്റ്", "നില", "ਗਲੀ", "ਗੇਟ", "ਮੰਜ਼ਿਲ",
)  # fmt: skip
# "Number" between an order and its place: "চার নম্বর গলি", "gate no. 4".
_NUMBER_WORDS = frozenset(_folded("no", "number", "नंबर", "নম্বর", "नंबरचा", "નંબર", "ਨੰਬਰ"))


def _is(word: str, stems: tuple[str, ...]) -> bool:
    """The word is one of `stems`, or (in an Indic script) one with an ending."""
    return word in stems or (not word.isascii() and word.startswith(stems))


def _model_before(reading: _Reading, start: int) -> bool:
    """A brand or model word right before the number ("Redmi 9", "Redmi Note 10"), or a
    letter joined to its digits ("A52", "M31")."""
    words = reading.words
    if start == 0:
        return False
    before = words[start - 1]
    if _is(before, _MODELS):
        return True
    if before in _NOTE and start >= 2 and _is(words[start - 2], _MODELS):
        return True
    token, digits = reading.tokens[start - 1], reading.tokens[start]
    return (
        token.raw.isascii()
        and token.raw.isalpha()
        and len(token.raw) <= 2
        and token.end == digits.start
        and digits.raw.isdigit()
        and not reading.has(start - 1, Cue.CURRENCY, Cue.UNIT, Cue.PAISE)
    )


def _said_after(reading: _Reading, end: int, stems: tuple[str, ...]) -> bool:
    """One of `stems` right after the number, or after a "number" word ("নম্বর গলি")."""
    words = reading.words
    k = end + 1 if end < len(words) and words[end] in _NUMBER_WORDS else end
    return k < len(words) and _is(words[k], stems)


def _spec_after(reading: _Reading, start: int, end: int) -> bool:
    """A size of memory or charge after the number ("6 GB"), or a number right after
    such a size ("6 GB 128"): the second size said the short way."""
    if _said_after(reading, end, _SPEC_UNITS):
        return True
    return (
        start >= 2
        and _is(reading.words[start - 1], _SPEC_UNITS)
        and reading.number_at[start - 2] is not None
        and not reading.has(end, Cue.CURRENCY)
    )


# A model's number is short ("Note 10", "A52", "iPhone 15"): "Samsung 12000" prices it.
_MODEL_NUMBERS_BELOW = 1000


def _not_a_price(reading: _Reading, start: int, end: int, explicit: bool = False) -> bool:
    number = reading.number_at[start]
    model = number is not None and number.value < _MODEL_NUMBERS_BELOW and not explicit
    return (
        (model and _model_before(reading, start))
        or _spec_after(reading, start, end)
        or _said_after(reading, end, _SPANS)
        or _said_after(reading, end, _PLACES)
    )


def drop_spec_numbers(reading: _Reading) -> bool:
    """Drop the prices and counts that name a model, a size of memory or charge, a span
    of time or a place in order; whether any was dropped."""
    prices = reading.prices
    gone = {p.start for p in prices if _not_a_price(reading, p.start, p.end, p.explicit)}
    gone |= {q.start for q in reading.quantities if _not_a_price(reading, q.start, q.end)}
    if not gone:
        return False
    reading.prices = [p for p in reading.prices if p.start not in gone]
    reading.quantities = [q for q in reading.quantities if q.start not in gone]
    reading.quantity_at = {k: q for k, q in reading.quantity_at.items() if q.start not in gone}
    return True
