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
from audio.numbers import NumberSpan
from audio.understanding.dimensions import size_numbers
from audio.understanding.per_thousand import thousand_as_unit
from audio.understanding.periods import month_said_after
from audio.understanding.place_numbers import place_numbers
from audio.understanding.ratings import hardness_ratings
from audio.understanding.reading import _joined, _Price, _Reading
from audio.understanding.reel_sizes import reel_sizes
from audio.understanding.size_talk import size_talk
from audio.understanding.teeth import teeth_counts
from audio.understanding.years import _OF_YEAR, year_starts


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
    # inches in the word of the language: "పది అంగుళాల బాణలి", "ಹತ್ತು ಅಂಗುಲ" (not
    # Malayalam "ഇഞ്ചി", ginger)
    "అంగుళ", "ಅಂಗುಲ", "அங்குல", "অঙ্গুল",
    # a tyre's air: "32 PSI undaali", "हवा 30 पीएसआई"
    "psi", "पीएसआई", "பிஎஸ்ஐ", "పీఎస్ఐ", "পিএসআই", "પીએસઆઈ", "ಪಿಎಸ್ಐ", "പിഎസ്ഐ", "ਪੀਐਸਆਈ",
    # Tamil inches as also typed; a cloth's or tarpaulin's weight in grams a square metre
    # ("250 GSM", "ढाई सौ जीएसएम")
    "இஞ்ச்", "gsm", "जीएसएम", "ஜிஎஸ்எம்", "జీఎస్ఎం", "জিএসএম", "જીએસએમ", "ಜಿಎಸ್ಎಂ",
    "ജിഎസ്എം", "ਜੀਐਸਐਮ",
    # the layers of a carton or a mask ("5 ply box", "तीन प्लाई मास्क")
    "ply", "प्लाई", "प्लाय", "ப்ளை", "ప్లై", "প্লাই", "પ્લાય", "ಪ್ಲೈ", "പ്ലൈ", "ਪਲਾਈ",
    # a notebook's pages: "200 pages", "दो सौ पेज की", "दोनशे पानांची", "একশো পাতার"
    "page", "pages", "पेज", "पृष्ठ", "पन्ने", "पन्नों", "पानांच", "पाने", "পাতার", "পেজ", "பக்கம்", "பக்கங்கள்",
    "பேஜ்", "పేజీ", "పేజ్", "પાનાની", "પાનાનું", "પેજ", "ಪೇಜ್", "ಪುಟ", "പേജ്", "ਪੇਜ", "ਸਫ਼ੇ",
    # with an ending: "ഇരുന്നൂറ് പേജിന്റെ", "ਦੋ ਸੌ ਪੰਨਿਆਂ ਵਾਲੀ"
    "പേജി", "പേജു", "ਪੰਨਿਆਂ", "ਪੰਨੇ", "ਪੰਨਾ",
)  # fmt: skip
# Marathi "पानी" after a number is pages ("दोनशे पानी वही"); in Hindi it is water.
_PAGES_MR = _folded("पानी")
# A size said before its number: "size 8", "साइज आठ", "आठ नंबरची" is `_NUMBER_WORDS`'.
_SIZE = _folded(
    "size", "saiz", "साइज", "साइज़", "साईज", "साईज़", "সাইজ", "சைஸ்", "సైజ్", "సైజు", "સાઈઝ",
    "સાઇઝ", "ಸೈಜ್", "ಸೈಜು", "സൈസ്", "ਸਾਈਜ਼", "ਸਾਈਜ", "ਸਾਇਜ਼",
)  # fmt: skip

# A size of an electric or hardware good after the number: power, voltage, current, a
# wire's thickness or cores, a length or area, a motor's horsepower, an AC's tonnage
# ("9 watt bulb", "2.5 mm wire", "1.5 ton AC", "3 core cable"), with an ending in an
# Indic script ("वॉटचा", "ವ್ಯಾಟ್‌ನ").
_HARDWARE_UNITS = _folded(
    "watt", "watts", "w", "kw", "kilowatt", "volt", "volts", "kv", "kva", "amp", "amps",
    "ampere", "amperes", "mm", "sqmm", "feet", "ft", "foot", "sq", "sqft", "square", "hp",
    "horsepower", "tonne", "gauge", "guage", "core", "vaat",
    "वॉट", "वॅट", "व्होल्ट", "वोल्ट", "एम्पियर", "अँपिअर", "एमएम", "फीट", "फ़ीट", "स्क्वायर",
    "स्क्वेअर", "एचपी", "हॉर्सपावर", "टन", "गेज", "किलोवाट", "வாட்", "வோல்ட்", "ஆம்பியர்",
    "எம்எம்", "ஃபீட்", "ஸ்கொயர்", "ஹெச்பி", "எச்பி", "டன்", "கேஜ்", "వాట్", "వోల్ట్",
    "ఆంపియర్", "ఎంఎం", "ఫీట్", "స్క్వేర్", "హెచ్పీ", "హెచ్పి", "టన్", "గేజ్", "ওয়াট",
    "ভোল্ট", "অ্যাম্পিয়ার", "এমএম", "ফিট", "স্কোয়ার", "এইচপি", "টন", "গেজ", "વૉટ", "વોટ",
    "વોલ્ટ", "એમ્પિયર", "એમએમ", "ફીટ", "ફૂટ", "સ્ક્વેર", "એચપી", "ટન", "ગેજ", "ವ್ಯಾಟ್",
    "ವಾಟ್", "ವೋಲ್ಟ್", "ಆಂಪಿಯರ್", "ಎಂಎಂ", "ಫೀಟ್", "ಸ್ಕ್ವೇರ್", "ಎಚ್ಪಿ", "ಟನ್", "ಗೇಜ್",
    "വാട്ട", "വാട്ട്", "വോൾട്ട", "ആമ്പിയർ", "എംഎം", "ഫീറ്റ്", "സ്ക്വയർ", "എച്ച്പി", "ടൺ",
    "ഗേജ്", "ਵਾਟ", "ਵੋਲਟ", "ਐਂਪੀਅਰ", "ਐਮਐਮ", "ਫੀਟ", "ਫੁੱਟ", "ਸਕੁਏਅਰ", "ਐਚਪੀ", "ਟਨ",
    "ਗੇਜ",
)  # fmt: skip
# Words of the same sizes that start other words too ("वाटी" a bowl, "कोरा" plain,
# "ফুটবল", "కోరిక", "ਸੂਤੀ" cotton): only as said, or with the endings listed.
_HARDWARE_EXACT = frozenset(
    _folded(
        "वाट", "कोर", "फुट", "फूट", "फुटाचा", "फुटाची", "ফুট", "ফুটের", "কোর", "கோர்",
        "కోర్", "ಕೋರ್", "കോർ", "ਕੋਰ", "કોર", "टनाचा", "टनाची", "টনের",
        # A steel rod's thickness in soot, eighths of an inch ("ਬਾਰਾਂ ਸੂਤ ਸਰੀਆ", "दस सूत
        # का सरिया"); not "ਸੂਤੀ", cotton
        "ਸੂਤ", "ਸੂਤਰ", "ਸੂਤਾਂ", "ਸੂਤੇ", "सूत", "सूतर", "soot", "sootar", "sutar",
        # feet in the word of the language ("ఇరవై అడుగులు", "ಇಪ್ಪತ್ತು ಅಡಿ", "இருபது அடி",
        # "ഇരുപത് അടി"), as said: the same words start "ask", "beat" and "under" too
        "అడుగులు", "అడుగుల", "అడుగు", "அடி", "ಅಡಿ", "ಅಡಿಯ", "ಅಡಿಗಳು", "അടി", "ফুটের",
        "ਫੁੱਟ", "ਫੁੱਟੀ", "ફૂટની", "ફૂટનો", "ફૂટના", "फुटांचा", "फुटांची", "फुटाचे", "फुटांचे",
    )
)  # fmt: skip

# Romanized "ton" is also Punjabi "than" ("panjah ton ghat nahi", less than fifty): a
# tonnage only when no word of more or less follows.
_TON = frozenset(("ton", "tons"))
_MORE_OR_LESS = frozenset(
    fold(w)
    for w in (
        "ghat", "ghatt", "kam", "vadh", "vadd", "vaddh", "zyada", "jyada", "ziada", "upar",
        "uttey", "utte", "thalle", "neeche", "niche", "pehlan", "baad", "door", "la",
    )
)  # fmt: skip


def _tonnage_after(reading: _Reading, end: int) -> bool:
    words = reading.words
    return (
        end < len(words)
        and words[end] in _TON
        and (end + 1 >= len(words) or words[end + 1] not in _MORE_OR_LESS)
    )


# A span of time after the number: months, years, days, weeks, with their endings.
_SPANS = _folded(
    "month", "months", "year", "years", "yr", "yrs", "day", "days", "week", "weeks",
    "महीने", "महीना", "महीनों", "माह", "साल", "वर्ष", "दिन", "हफ्ते", "हफ़्ते", "mahine",
    "mahina", "saal", "sal", "hafte", "மாசம்", "மாதம்", "வருஷம்", "வருடம்", "நாள்",
    "வாரம்", "masam", "varusham", "నెల", "నెలల", "నెలలు", "ఏళ్ళ", "ఏళ్ల", "సంవత్సర", "రోజుల",
    "వారాల", "nela", "nelala", "মাস", "বছর", "দিনের", "সপ্তাহ", "mas", "masher", "bochor",
    "महिन", "महिन्य", "वर्षां", "वर्षे", "दिवस", "आठवड", "mahine", "varsh", "મહિન", "વર્ષ", "દિવસ",
    "અઠવાડિ", "ತಿಂಗಳ", "ವರ್ಷ", "ದಿನ", "ವಾರ", "tingal", "മാസ", "വർഷ", "ദിവസ", "ആഴ്ച",
    "ਮਹੀਨ", "ਸਾਲ", "ਦਿਨ", "ਹਫ਼ਤ", "ਹਫਤ", "varsha", "varsham", "varshada", "varusha",
    "varushama", "samvatsaram", "samvatsara", "samvatsaralu", "nelalu", "maasam", "masa",
    "maasa", "tingalu", "thingalu", "bochhor", "bachhar", "bochorer", "mahino", "mahina",
    "varas", "varasni", "mahinyanchi", "varshachi", "mahiney", "കൊല്ല", "kollam", "kollamayi",
    "kollamaayi", "kollathe",
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
_NUMBER_WORDS = frozenset(
    _folded(
        "no", "number", "नंबर", "নম্বর", "नंबरचा", "નંબર", "ਨੰਬਰ", "ನಂಬರ್", "ನಂಬರ", "నంబర్",
        "నెంబర్", "நம்பர்", "നമ്പർ",
    )
)  # fmt: skip


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


# "Fitting" begins like "feet" ("फिटिंग", "ফিটিং"): the charge for fitting, no size.
_FITTING = _folded("फिटिंग", "ফিটিং", "ਫਿਟਿੰਗ", "ફિટિંગ")


def _fitting_after(reading: _Reading, end: int) -> bool:
    """The word after the number is "fitting", or a pause comes between ("1500, फिटिंग")."""
    words = reading.words
    if end >= len(words):
        return False
    hyphen = reading.text[reading.tokens[end - 1].end : reading.tokens[end].start] == "-"
    return words[end] in _FITTING or not (_joined(reading, end) or hyphen)  # "9-watt"


def _spec_after(reading: _Reading, start: int, end: int) -> bool:
    """A size of memory or charge after the number ("6 GB"), or a number right after
    such a size ("6 GB 128"): the second size said the short way."""
    if _said_after(reading, end, _SPEC_UNITS):
        return True
    if reading.language == "mr" and end < len(reading.words) and reading.words[end] in _PAGES_MR:
        return True
    if _said_after(reading, end, _HARDWARE_UNITS) and not _fitting_after(reading, end):
        return True
    if end < len(reading.words) and reading.words[end] in _HARDWARE_EXACT:
        return True
    if _tonnage_after(reading, end):
        return True
    return (
        start >= 2
        and _is(reading.words[start - 1], _SPEC_UNITS)
        and reading.number_at[start - 2] is not None
        and not any(reading.has(k, Cue.CURRENCY) for k in range(start, end + 1))
    )  # "200 pages, forty rupees": the money word on the number itself prices it


# A model's number is short ("Note 10", "A52", "iPhone 15"): "Samsung 12000" prices it.
_MODEL_NUMBERS_BELOW = 1000


def _not_a_price(reading: _Reading, start: int, end: int, explicit: bool = False) -> bool:
    number = reading.number_at[start]
    model = number is not None and number.value < _MODEL_NUMBERS_BELOW and not explicit
    size = start > 0 and reading.words[start - 1] in _SIZE and not explicit
    return (
        (model and (_model_before(reading, start) or size or _size_after(reading, end)))
        or (_spec_after(reading, start, end) and not (explicit and reading.has(end, Cue.MEASURE)))
        or (_said_after(reading, end, _SPANS) and not _monthly(reading, number))
        or (_said_after(reading, end, _PLACES) and _in_order(reading, end, number))
    )


def _monthly(reading: _Reading, number: NumberSpan | None) -> bool:
    """A price-sized number before a month word: a rate for the month, no span of time
    ("टिफ़िन दो हज़ार महीना"; "दो महीने" counts two months)."""
    return number is not None and month_said_after(reading, number)


def _size_after(reading: _Reading, end: int) -> bool:
    """A size word right after the number, or after the number after it: "42 size",
    "ஆறுக்கு மூணு சைஸ் மெத்தை" (a six-by-three mattress)."""
    words = reading.words

    def size_at(k: int) -> bool:
        return k < len(words) and _is(words[k], _SIZE) and _joined(reading, k)

    if size_at(end):
        return True
    following = reading.number_at[end] if end < len(reading.number_at) else None
    return following is not None and size_at(following.end)


def _in_order(reading: _Reading, end: int, number: NumberSpan | None) -> bool:
    """A number small enough to place a lane or a floor in order, and a floor word of the
    speaker's language: "सौ मालाएँ", "अस्सी माला चाहिए" count garlands (only in Marathi
    is "माला" a floor)."""
    if number is not None and number.value >= 100:
        return False
    word = reading.words[end] if end < len(reading.words) else ""
    return reading.language == "mr" or not word.startswith(_GARLAND)


_GARLAND = fold("माला")


# A variety's or model's number typed with the goods' name: "pusa 1509", "1121 basmati".
_VARIETY_DIGITS = 4


def _asks(reading: _Reading) -> bool:
    return any(t.raw == "?" for t in reading.tokens) or reading.cue_near(
        0, len(reading.words), Cue.QUESTION
    )


def _lettered(raw: str) -> bool:
    """A word of letters (with an Indic script's vowel signs), no digits."""
    return any(c.isalpha() for c in raw) and not any(c.isdigit() for c in raw)


def _name_word(reading: _Reading, k: int) -> bool:
    """Word `k` may be a name of the goods: letters, no number and no cue but "no money"
    ("basmati", "বাসমতী", "பொன்னி"; never "total", "was", "need")."""
    if reading.number_at[k] is not None or reading.cues[k] - {Cue.NOT_MONEY}:
        return False
    return _lettered(reading.tokens[k].raw)


def _named_variety(reading: _Reading, start: int, end: int) -> bool:
    """The number names a variety, grade or model of the goods: glued to a name by a
    hyphen ("GR-11", "Gujarat-17"); or, in a line that asks, 4 typed digits (not round) right
    beside a plain word of the goods' name ("pusa 1509", "बासमती 1401 चा भाव", "the 1718
    basmati") or a small number before "number" ("सोना मसूरी 2 नंबर")."""
    tokens, words = reading.tokens, reading.words
    digits = tokens[start]
    if start > 0 and end == start + 1 and digits.raw.isdigit():
        name = tokens[start - 1]
        glued = reading.text[name.end : digits.start] == "-" and _lettered(name.raw)
        if glued and not reading.has(start - 1, Cue.CURRENCY):
            return True
    priced = any(p.start != start and _priced(reading, p) for p in reading.prices)
    if not (_asks(reading) or priced) or any(
        reading.has(k, Cue.CURRENCY) for k in (start - 1, end)
    ):
        return False  # asked, or another price with its money word: "1509 वाला, नब्बे रुपये"
    if end < len(words) and words[end] in _NUMBER_WORDS and _joined(reading, end):
        return start > 0 and reading.is_plain(start - 1) and _joined(reading, start)
    if end != start + 1 or not digits.raw.isdigit() or len(digits.raw) != _VARIETY_DIGITS:
        return False
    number = reading.number_at[start]
    if number is None or number.value % 10 == 0:
        return False  # "basmati 1500?", "1200 bricks": a round figure is a price or a count
    before = start > 0 and _name_word(reading, start - 1) and _joined(reading, start)
    if priced and end + 1 < len(words) and words[end] in _OF_YEAR and _joined(reading, end):
        end += 1  # "1509 वाला चावल", "1121 ਵਾਲਾ ਚੌਲ": the one of that number
    return before or (end < len(words) and _name_word(reading, end) and _joined(reading, end))


def _priced(reading: _Reading, price: _Price) -> bool:
    """The price has its money word or a unit beside it ("ninety rupees", "75 a kilo")."""
    near = (price.start - 1, price.end, price.end + 1)
    return price.explicit or any(reading.has(k, Cue.UNIT) for k in near)


def drop_spec_numbers(reading: _Reading) -> bool:
    """Drop the prices and counts that name a model, a size of memory or charge, a span
    of time or a place in order; whether any was dropped."""
    prices = reading.prices
    gone = {p.start for p in prices if _not_a_price(reading, p.start, p.end, p.explicit)}
    gone |= {p.start for p in prices if not p.explicit and _named_variety(reading, p.start, p.end)}
    counts = [(q, reading.number_at[q.start]) for q in reading.quantities if q.unit is None]
    gone |= {
        q.start for q, n in counts if n is not None and _named_variety(reading, q.start, n.end)
    }  # "பொன்னி 1638 அரிசி": the variety, no count of rice
    gone |= {
        q.start
        for q in reading.quantities
        if reading.number_at[q.start] is not None and _not_a_price(reading, q.start, q.end)
    }  # a unit word alone ("200 pages, dozen 600") is the next price's
    gone |= {
        q.start
        for q, n in ((q, reading.number_at[q.start]) for q in reading.quantities)
        if n is not None and q.end == n.end + 1 and _spec_after(reading, q.start, n.end)
    }  # "पाइप बीस फुट का", "పది అడుగుల": a count read with its feet word is a size
    gone |= reel_sizes(reading)  # "the 1000-metre reel": a size, no price
    gone |= year_starts(reading)  # "the 2019 edition, 150": a year, no price
    gone |= thousand_as_unit(reading)  # "ईंट हज़ार का क्या रेट?": the unit, no price
    gone |= teeth_counts(reading)  # "दो दाँत का बकरा": the goat's age, no price
    gone |= size_numbers(reading)  # "28 by 1.75", "six feet tall": a size, no price
    gone |= size_talk(reading, frozenset(_SIZE) | _NUMBER_WORDS)  # "my number is 9"
    gone |= hardness_ratings(reading)  # "tempered glass, 9H": a grade, no price
    gone |= place_numbers(reading)  # "the godown is in sector twelve": an address
    if not gone:
        return False
    reading.prices = [p for p in reading.prices if p.start not in gone]
    reading.quantities = [q for q in reading.quantities if q.start not in gone]
    reading.quantity_at = {k: q for k, q in reading.quantity_at.items() if q.start not in gone}
    return True
