"""Station talk: a train's number, its platform, the hour it leaves or an auction ended,
and the hour a vendor has sat since.
"The 12951 is coming", "platform 6, not this one", "सात पंधराला सुटते" (it leaves at
7:15), "ಏಳು ಹದಿನೈದಕ್ಕೆ ರೈಲು ಹೊರಡುತ್ತೆ", "നാലരയ്ക്ക് ലേലം കഴിഞ്ഞു" (the auction ended at
4:30): the numbers are a train, a platform or an hour, no price and no count, and the
"not this one" after a platform refuses nothing; "been sitting since 4:30, not a single
sale yet" prices nothing. A price said with a currency or unit
word beside such talk stands ("the train's late, tomatoes 40 a kilo")."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.dates import drop_dates
from audio.understanding.own_cost import speaks_of_cost
from audio.understanding.reading import _Reading


def _folded(*words: str) -> tuple[str, ...]:
    return tuple(fold(w) for w in words)


# A platform, a train, a station: the word alone says the talk is of travel.
_STATION = _folded(
    "platform", "platforms", "pletform", "plaetform", "trains", "stations",
    "प्लेटफॉर्म", "प्लेटफार्म", "प्लॅटफॉर्म", "फलाट",
    "பிளாட்ஃபார்ம்", "பிளாட்பார்ம்", "ப்ளாட்பார்ம்", "பிளாட்பாரம்", "ప్లాట్‌ఫారం", "ప్లాట్ఫారం",
    "ప్లాట్‌ఫాం", "ప్లాట్ఫాం", "প্ল্যাটফর্ম", "প্লাটফর্ম", "પ્લેટફોર્મ", "પ્લેટફૉર્મ",
    "ಪ್ಲಾಟ್‌ಫಾರ್ಮ್", "ಪ್ಲಾಟ್ಫಾರ್ಮ್", "ಪ್ಲಾಟ್‌ಫಾರಂ", "പ്ലാറ്റ്ഫോം", "പ്ലാറ്റ്‌ഫോം", "ਪਲੇਟਫਾਰਮ",
    "ਪਲੈਟਫਾਰਮ", "ਪਲੇਟਫਾਰਮ",
    "train", "ट्रेन", "ट्रैन", "रेलगाड़ी", "रेल्वे", "रेलवे", "டிரெயின்", "ட்ரெயின்", "ரயில்",
    "రైలు", "ట్రైన్", "ట్రెయిన్", "ট্রেন", "ট্রেণ", "ટ્રેન", "ರೈಲು", "ಟ್ರೇನ್", "ಟ್ರೈನ್",
    "ട്രെയിൻ", "ട്രെയിന", "തീവണ്ടി", "ਟ੍ਰੇਨ", "ਟਰੇਨ", "ਰੇਲ",
    "express", "एक्सप्रेस", "एक्स्प्रेस", "எக்ஸ்பிரஸ்", "ఎక్స్‌ప్రెస్", "এক্সপ্রেস",
    "એક્સપ્રેસ", "ಎಕ್ಸ್‌ಪ್ರೆಸ್", "എക്സ്പ്രസ്", "ਐਕਸਪ੍ਰੈਸ",
    "station", "स्टेशन", "ஸ்டேஷன்", "స్టేషన్", "স্টেশন", "સ્ટેશન", "ಸ್ಟೇಷನ್", "സ്റ്റേഷൻ",
    "ਸਟੇਸ਼ਨ",
)  # fmt: skip

# Verbs a train or bus leaves with, said of nothing on sale ("सुटते", "ઉપડે", "ಹೊರಡುತ್ತೆ").
_LEAVES = frozenset(
    _folded(
        "departs", "departing", "छूटती", "छूटेगी", "छूटता", "छूटने", "निकलती", "निकलेगी",
        "सुटते", "सुटतो", "सुटेल", "सुटणार", "सुटली", "सुटतात",
        "ઉપડે", "ઉપડશે", "ઉપડવાની", "ઉપડી", "ಹೊರಡುತ್ತೆ", "ಹೊರಡುತ್ತದೆ", "ಹೊರಡೋದು", "ಹೊರಡುತ್ತಂತೆ",
        "கிளம்பும்", "கிளம்புது", "கிளம்புச்சு", "புறப்படும்", "புறப்படுது",
        "బయలుదేరుతుంది", "బయల్దేరుతుంది", "బయలుదేరింది", "బయల్దేరింది",
        "പുറപ്പെടും", "പുറപ്പെട്ടു", "പുറപ്പെടുന്നത്", "ਛੁੱਟਦੀ", "ਨਿਕਲਦੀ",
    )
)  # fmt: skip

# Verbs that leave only with a vehicle named: "ਗੱਡੀ ... ਚੱਲਦੀ ਆ", "ট্রেন ছাড়বে".
_VEHICLE_LEAVES = frozenset(
    _folded(
        "leaves", "leaving", "chalan", "chaldi", "ਚੱਲਦੀ", "ਚੱਲਣ", "ਚੱਲੂਗੀ", "ছাড়বে", "ছাড়ে",
        "ছাড়ল", "ছাড়বে", "chhootegi", "chhutegi", "nikalegi", "nikalti",
        "चालते", "निघते", "निघेल", "ಬಿಡುತ್ತೆ",
        "coming", "ਆਉਂਦੀ", "ਆਊਗੀ", "आएगी", "येतेय",
        "येईल",
    )
)  # fmt: skip
_VEHICLE = _folded(
    "gaadi", "gaddi", "gadi", "गाड़ी", "गाडी", "ਗੱਡੀ", "ਗਡੀ", "ગાડી", "গাড়ি", "bus", "ਬੱਸ",
    "बसगाड़ी", "ಬಸ್", "ബസ്", "பஸ்", "బస్సు", "বাস", "വണ്ടി", "வண்டி", "బండి", "ಗಾಡಿ",
)  # fmt: skip
# Catching a train or bus named by its hour: "सात पंधराची गाडी पकडायची आहे".
_CATCH = _folded(
    "catch", "पकड़", "पकड", "pakad", "pakadni", "ਫੜ", "પકડ", "ধরত", "ধরব", "பிடிக்க",
    "பிடிக்கணும்", "పట్టుకో", "ಹಿಡೀ", "ಹಿಡಿ", "പിടിക്ക",
)  # fmt: skip
# "सात पंद्रह वाली गाड़ी", "ਸੱਤ ਪੰਦਰਾਂ ਵਾਲੀ": the one of that hour.
_WALA = _folded("वाली", "वाला", "ਵਾਲੀ", "ਵਾਲਾ", "wali", "wala", "the", "o'clock")

# An auction or the market ended at an hour: "നാലരയ്ക്ക് ലേലം കഴിഞ്ഞു".
_ENDS = frozenset(
    _folded(
        "ended", "finished", "over", "കഴിഞ്ഞു", "തീർന്നു", "ख़त्म", "खत्म", "முடிஞ்சது",
        "முடிந்தது", "ముగిసింది", "అయిపోయింది", "শেষ", "संपला", "संपली", "પત્યું", "ಮುಗೀತು",
        "ಮುಗಿಯಿತು", "ਖਤਮ", "ਮੁੱਕ",
    )
)  # fmt: skip
_EVENTS = _folded(
    "auction", "lelam", "ലേലം", "नीलामी", "बोली", "ஏலம்", "వేలం", "নিলাম", "લિલામ", "હરાજી",
    "ಹರಾಜು", "ਬੋਲੀ", "ਨਿਲਾਮੀ", "लिलाव", "mandi", "मंडी", "ചന്ത",
)  # fmt: skip

# "ten minutes late", "दस मिनट लेट": minutes of delay.
_MINUTES = _folded(
    "minute", "min", "मिनट", "मिनिट", "நிமிஷ", "நிமிட", "నిమిష", "মিনিট", "મિનિટ", "ಮಿನಿಟ್",
    "ನಿಮಿಷ", "മിനിറ്റ", "ਮਿੰਟ",
)  # fmt: skip
_LATE = _folded("late", "लेट", "லேட்", "లేట్", "లేటు", "লেট", "ಲೇಟ್", "ലേറ്റ്", "ਲੇਟ", "લેટ")
# A train's number is said with "number" or as a run of five typed digits.
_NUMBER_WORDS = frozenset(
    _folded("no", "no.", "number", "नंबर", "नम्बर", "নম্বর", "नंबरचा", "નંબર", "ਨੰਬਰ", "ನಂಬರ್")
)
# "Sitting since 4:30", "साढ़े चार से बैठी हूँ", "সাড়ে চারটে থেকে বসে আছি": the hour the
# speaker has sat or waited since.
_SINCE = frozenset(
    _folded(
        "से", "पासून", "থেকে", "முதல்", "லிருந்து", "నుంచి", "నుండి", "થી", "ಇಂದ", "ಯಿಂದ",
        "മുതൽ", "ਤੋਂ",
    )
)  # fmt: skip
_SITTING = _folded(
    "sitting", "waiting", "बैठ", "खड़", "इंतज़ार", "इंतजार", "உட்கார்", "காத்திரு", "కూర్చు",
    "ఎదురుచూ", "বসে", "দাঁড়িয়ে", "বসা", "बसल", "बसून", "बसलो", "थांब", "બેઠ", "ઊભ", "ಕೂತ",
    "ಕುಳಿತ", "ಕಾಯ್ತ", "ഇരിക്ക", "ഇരുന്ന", "കാത്ത", "ਬੈਠ", "ਖੜ੍ਹ",
)  # fmt: skip
# "the train is at 7 15", "ट्रेन का टाइम सात पंद्रह": the words between a train and its hour.
_TIME_GLUE = frozenset(
    _folded(
        "at", "by", "around", "is", "was", "the", "time", "timing", "का", "टाइम", "समय",
        "वेळ", "ਦਾ", "ਟਾਈਮ", "সময়", "টাইম", "સમય", "ટાઈમ", "ಟೈಮ್", "സമയം", "டைம்", "టైమ్",
    )
)  # fmt: skip
_MONEY = (Cue.CURRENCY, Cue.PAISE, Cue.UNIT, Cue.MEASURE)
_TRAIN_DIGITS = 5


def _is(word: str, stems: tuple[str, ...]) -> bool:
    """The word is one of `stems`, or (in an Indic script) one with an ending."""
    return word in stems or (not word.isascii() and word.startswith(stems))


def _has(words: list[str], stems: tuple[str, ...]) -> bool:
    return any(_is(w, stems) for w in words)


def _run_before(reading: _Reading, k: int, glue: tuple[str, ...]) -> range:
    """The numbers said right before token `k`, past case words and the vehicle or event
    named ("सात पंधराला", "ഏഴ് പതിനഞ്ചിന് വണ്ടി")."""
    j = k - 1
    while (
        j >= 0
        and reading.number_at[j] is None
        and not reading.has(j, Cue.OF)  # "ਚਾਲੀ ਦੀ ਚੱਲਦੀ": goes for 40, a price
        and (
            reading.has(j, Cue.LINK, Cue.PER, Cue.ARTICLE)
            or _is(reading.words[j], glue)
            or len(reading.words[j]) <= 2  # "पे", "ਤੇ", "at"
        )
    ):
        j -= 1
    stop = j + 1
    while j >= 0 and reading.number_at[j] is not None:
        j -= 1
    return range(j + 1, stop)


def _run_after(reading: _Reading, k: int) -> range:
    """The numbers said right after token `k` ("platform 6", "platform no. 4")."""
    j = k + 1
    while j < min(len(reading.words), k + 5) and (
        reading.words[j] in _NUMBER_WORDS or reading.words[j] in _TIME_GLUE
    ):
        j += 1
    start = j
    while j < len(reading.words) and reading.number_at[j] is not None:
        j += 1
    return range(start, j)


def _station_numbers(reading: _Reading) -> set[int]:
    """The tokens of numbers that name a train, a platform, an hour of leaving or the
    minutes late."""
    words = reading.words
    vehicle = _has(words, _VEHICLE) or _has(words, _STATION)
    event = _has(words, _EVENTS)
    late = _has(words, _LATE) or _has(words, _STATION)
    late = late or any(w in _VEHICLE_LEAVES for w in words)  # "the 12951 is coming"
    catch = _has(words, _CATCH)
    found: set[int] = set()
    for k, word in enumerate(words):
        if word in _LEAVES or (vehicle and word in _VEHICLE_LEAVES) or (event and word in _ENDS):
            found.update(_run_before(reading, k, (*_VEHICLE, *_STATION, *_EVENTS)))
            found.update(_run_after(reading, k))  # "departs at 7 15"
        if catch and (_is(word, _VEHICLE) or _is(word, _STATION)):
            found.update(_run_before(reading, k, _WALA))  # "the 7 15 train to catch"
        if _is(word, _STATION):
            found.update(_run_after(reading, k))
            found.update(_run_before(reading, k, tuple(_NUMBER_WORDS)))
        if late and _is(word, (*_MINUTES, "minutes", "mins")):
            found.update(_run_before(reading, k, ()))
        raw = reading.tokens[k].raw
        if (late or vehicle) and raw.isdigit() and len(raw) == _TRAIN_DIGITS:
            found.add(k)  # "the 12951", "16589 Rani Chennamma"
    return found


def _sat_since(reading: _Reading) -> set[int]:
    """The tokens of an hour the speaker has sat or waited since ("since 4:30", "साढ़े
    चार से बैठी हूँ"): no price, whatever else the line prices."""
    words = reading.words
    found: set[int] = set()
    for k, word in enumerate(words):
        if word == "since":
            found.update(_run_after(reading, k))
        elif word in _SINCE and any(_is(w, _SITTING) for w in words[k + 1 : k + 3]):
            found.update(_run_before(reading, k, ()))
    return found


def _drop(reading: _Reading, numbers: set[int]) -> None:
    reading.prices = [p for p in reading.prices if p.start not in numbers]
    reading.quantities = [q for q in reading.quantities if q.start not in numbers]
    reading.quantity_at = {k: q for k, q in reading.quantity_at.items() if q.start not in numbers}


def drop_station_talk(reading: _Reading) -> bool:
    """Drop the prices and counts that name a train, a platform or an hour of leaving,
    when no currency or unit word prices anything in the line; whether the line is such
    talk (`reading.station`). A day of a month ("on 12 December") is dropped first."""
    drop_dates(reading)
    words = reading.words
    _drop(reading, _sat_since(reading))
    leaves = any(w in _LEAVES for w in words) and not speaks_of_cost(reading)
    talk = _has(words, _STATION) or leaves  # "मजदूरी भी नहीं निकलती": no train
    vehicle = [k for k, w in enumerate(words) if _is(w, _VEHICLE)]
    moves = any(w in _VEHICLE_LEAVES or w in _LATE for w in words) or _has(words, _CATCH)
    talk = talk or (bool(vehicle) and moves)
    talk = talk or (_has(words, _EVENTS) and any(w in _ENDS for w in words))
    numbers = _station_numbers(reading)
    talk = talk or bool(numbers)
    if not talk or any(reading.has(k, *_MONEY) for k in range(len(words)) if k not in vehicle):
        return False
    if all(p.start in numbers for p in reading.prices):
        numbers.update(vehicle)  # "ਗੱਡੀ ਸੱਤ ਪੰਦਰਾਂ ਤੇ ਚੱਲਦੀ ਆ": a train; "ਗੱਡੀ ਚਾਲੀ ਦੀ" a bunch
    _drop(reading, numbers)
    reading.station = True
    return True
