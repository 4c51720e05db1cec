"""A clock time written with a dot, said with a verb of coming, leaving or opening:
"boat 10.30 ki vastundi" (the boat comes at 10:30), "नाव 10.30 को आती है", "ಬೋಟ್ 10.30
ಕ್ಕೆ ಬರುತ್ತೆ", "বাস 6.15 তে ছাড়ে". The hour and its minutes (two digits after the dot,
below 60) before an "at" ending (ki, ku, ko, la, te, ಕ್ಕೆ, க்கு ...) and such a verb, with
no currency or unit word in the line, name when, not a price: the number is an hour.
A verb of coming alone also says what the goods come for ("గుడ్డు 6.50 కి వస్తుంది", an
egg comes for 6.50): it names an hour only with a vehicle or a shop as its subject, or
"at" before the time; with the goods named it is a price, and with neither both
readings stand and the speaker is asked.
"""

from __future__ import annotations

from functools import cache

from audio.languages.base import Cue
from audio.lexicon import fold, tokenize
from audio.understanding.false_friends import _GOODS
from audio.understanding.reading import _Price, _Reading

# "At", written apart after the time.
_AT_ENDINGS = (
    "ki", "ku", "ko", "la", "te", "e", "ke", "kku", "ikku", "nu", "ne", "pe", "को", "पर",
    "ला", "તે", "એ", "ਨੂੰ", "ਤੇ", "তে", "টায়", "க்கு", "కి", "కు", "ಕ್ಕೆ", "ಗೆ", "ക്ക്",
    "ന്", "at", "around",
)  # fmt: skip
# Came, arrived, landed, docked: the past of coming ("the boat landed at 4.30", "ಬೋಟ್ 4.30
# ಕ್ಕೆ ಬಂತು", "വള്ളം 5.15 ന് എത്തി", "ভোর ৪.৩০ এ নৌকা এসেছে").
_CAME = (
    "came", "land-", "dock-", "आई", "आया", "आए", "आये", "उतर-", "aayi", "aaya", "aaye",
    "utar-", "వచ్చింది", "వచ్చాయి", "vachindi", "வந்துச்சு", "வந்தது", "vanthuchu", "এসেছ-",
    "এল", "এলো", "esechh-", "esech-", "elo", "आली", "आला", "आले", "aali", "aala", "ಬಂತು",
    "ಬಂದ-", "bantu", "band-", "എത്ത-", "വന്നു", "വന്ന-", "etthi", "ethi", "vannu", "ਆਇਆ",
    "ਆਈ", "ਆਏ", "aaiya",
)  # fmt: skip
# Coming, arriving, leaving, opening, closing (a word's start where it ends in "-").
_VERBS = (
    "come-", "arriv-", "leav-", "open-", "clos-", "start-", "depart-", "reach-",
    "आती", "आता", "आते", "आएगी", "आएगा", "आयेगी", "निकल-", "खुल-", "छूट-", "पहुँच-",
    "पहुंच-", "aati", "aata", "aayegi", "aaegi", "nikal-", "khul-", "chhut-", "pahunch-",
    "వస్త-", "వచ్చ-", "వెళ్-", "బయలు-", "తెరు-", "vast-", "vacch-", "vell-", "bayal-",
    "வரு-", "வரும்", "வந்-", "கிளம்பு-", "புறப்பட-", "திறப்-", "திறக்-", "varu-", "kilamb-",
    "আস-", "ছাড়-", "ছাড়ে", "খোল-", "পৌঁছ-", "ase", "ashe", "chhar-", "khol-",
    "येत-", "येते", "येईल", "सुट-", "निघ-", "उघड-", "yet-", "sut-", "nigh-",
    "આવ-", "ઊપડ-", "ઉપડ-", "ખૂલ-", "ખુલ-", "aav-", "upad-",
    "ಬರುತ್-", "ಬರ್ತ-", "ಬರುತ್ತೆ", "ಹೊರಡ-", "ತೆರೆ-", "barut-", "bartt-", "horad-",
    "വരു-", "വരും", "പുറപ്പെട-", "തുറക്ക-", "varum", "purapped-",
    "ਆਉਂਦ-", "ਆਵੇਗ-", "ਚੱਲਦ-", "ਖੁੱਲ੍ਹ-", "ਪਹੁੰਚ-", "aundi", "aunda",
    *_CAME,
)  # fmt: skip


# The verbs of coming among them, which a price "comes for" too.
_COMING = (
    "come-", "arriv-", "आती", "आता", "आते", "आएगी", "आएगा", "आयेगी", "aati", "aata", "aayegi",
    "aaegi", "వస్త-", "వచ్చ-", "vast-", "vacch-", "வரு-", "வரும்", "வந்-", "varu-", "আস-",
    "ase", "ashe", "येत-", "येते", "येईल", "yet-", "આવ-", "aav-", "ಬರುತ್-", "ಬರ್ತ-",
    "ಬರುತ್ತೆ", "barut-", "bartt-", "വരു-", "വരും", "varum", "ਆਉਂਦ-", "ਆਵੇਗ-", "aundi", "aunda",
    *_CAME,
)  # fmt: skip
# What comes at an hour: a vehicle, a shop, the market.
_COMERS = frozenset(
    fold(w)
    for w in (
        "boat", "bus", "train", "ferry", "launch", "lorry", "truck", "van", "tempo", "shop",
        "नाव", "बोट", "बस", "ट्रेन", "गाड़ी", "गाडी", "लॉरी", "ट्रक", "दुकान", "gaadi", "gadi",
        "nav", "naav", "పడవ", "బోట్", "బోటు", "బస్", "బస్సు", "రైలు", "ట్రైన్", "లారీ", "బండి",
        "padava", "bassu", "railu", "போட்", "பஸ்", "ட்ரெயின்", "ரயில்", "வண்டி", "லாரி",
        "கடை", "নৌকা", "বাস", "ট্রেন", "লঞ্চ", "লরি", "দোকান", "nouka", "बोटी", "एसटी",
        "ગાડી", "બોટ", "બસ", "ટ્રેન", "હોડી", "ಬೋಟ್", "ಬಸ್", "ಟ್ರೈನ್", "ರೈಲು", "ಲಾರಿ", "ಗಾಡಿ",
        "ಅಂಗಡಿ", "ബോട്ട്", "ബസ്", "ട്രെയിൻ", "വണ്ടി", "ലോറി", "കട", "വള്ളം", "ਬੇੜੀ", "ਬੱਸ",
        "ਗੱਡੀ", "ਟਰੇਨ", "ਟ੍ਰੇਨ", "ਦੁਕਾਨ",
    )
)  # fmt: skip
# Goods said to come for a price, besides the fruit of `false_friends`: eggs.
_EGGS = frozenset(
    fold(w)
    for w in (
        "egg", "eggs", "अंडा", "अंडे", "anda", "ande", "గుడ్డు", "కోడిగుడ్డు", "guddu",
        "kodiguddu", "முட்டை", "muttai", "ಮೊಟ್ಟೆ", "motte", "മുട്ട", "mutta", "ডিম", "dim",
        "अंडं", "ઈંડું", "ઈંડા", "ਆਂਡਾ", "ਆਂਡੇ",
    )
)  # fmt: skip


@cache
def _coming() -> tuple[frozenset[str], tuple[str, ...]]:
    def norm(word: str) -> str:
        return "".join(t.norm for t in tokenize(word))

    words = frozenset(norm(w) for w in _COMING if not w.endswith("-"))
    return words, tuple(norm(w[:-1]) for w in _COMING if w.endswith("-"))


def _comes_for(reading: _Reading, price: _Price, verbs: list[str]) -> bool:
    """Only a verb of coming is said, with no vehicle or shop before the time: the goods
    may come for the price. Named goods make it a price; with none it has two readings."""
    words, stems = _coming()
    if not all(w in words or w.startswith(stems) for w in verbs):
        return False
    before = reading.words[: price.start]
    if any(w in _COMERS for w in before):
        return False
    named = any(w in _GOODS or w in _EGGS for w in before) or bool(reading.product_at)
    price.two_readings = price.two_readings or not named
    return True


@cache
def _folded() -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    def norm(word: str) -> str:
        return "".join(t.norm for t in tokenize(word))

    endings = frozenset(norm(w) for w in _AT_ENDINGS)
    words = frozenset(norm(w) for w in _VERBS if not w.endswith("-"))
    stems = tuple(norm(w[:-1]) for w in _VERBS if w.endswith("-"))
    return endings, words, stems


def _clock(raw: str) -> bool:
    hour, dot, minutes = raw.partition(".")
    return (
        bool(dot)
        and hour.isdigit()
        and 1 <= int(hour) <= 23
        and len(minutes) == 2
        and minutes.isdigit()
        and int(minutes) < 60
    )


def clock_time(reading: _Reading, price: _Price) -> bool:
    """Whether the price is a clock time said with a verb of coming or leaving."""
    if price.explicit or price.each or price.quantity is not None or price.end - price.start != 1:
        return False
    if not _clock(reading.tokens[price.start].raw):
        return False
    if any(reading.has(k, Cue.CURRENCY, Cue.UNIT) for k in range(len(reading.words))):
        return False
    _, parts = _hour_subjects()
    if any(w in parts for w in reading.words[max(price.start - 2, 0) : price.start]):
        return True  # "naale beligge 10.30 ge", "कल सुबह 9.30": a part of the day, an hour
    endings, words, stems = _folded()
    k, n = price.end, len(reading.words)
    if k < n and reading.words[k] in endings:
        k += 1
    before = price.start > 0 and reading.words[price.start - 1] in ("at", "around")
    verb = [w for w in reading.words[k : k + 2] if w in words or w.startswith(stems)]
    if verb and not before and _comes_for(reading, price, verb):
        return False  # "గుడ్డు 6.50 కి వస్తుంది": the egg comes for 6.50
    return bool(verb) or (before and any(w.startswith(stems) for w in reading.words))


# A vehicle that leaves at an hour ("my bus is at six-thirty", "আমার ট্রেন ৫টা ২০-তে",
# "ನನ್ನ ಬಸ್ ಏಳು ಮುವತ್ತಕ್ಕೆ"); a cart (gaadi, బండి, வண்டி) sells, so it is not one.
_VEHICLES = (
    "bus", "train", "boat", "ferry", "launch", "flight", "बस", "ट्रेन", "नाव", "बोट", "tren",
    "బస్", "బస్సు", "రైలు", "ట్రైన్", "bassu", "railu", "பஸ்", "ட்ரெயின்", "ரயில்", "rayil",
    "বাস", "ট্রেন", "লঞ্চ", "নৌকা", "एसटी", "बसला", "બસ", "ટ્રેન", "ಬಸ್", "ಟ್ರೈನ್", "ರೈಲು",
    "ബസ്", "ട്രെയിൻ", "ബോട്ട്", "ਬੱਸ", "ਟਰੇਨ", "ਟ੍ਰੇਨ",
)  # fmt: skip
# A part of the day said right before the hour: "রাত দশটা অবধি", "सुबह सात", "at night".
_DAY_PARTS = (
    "night", "morning", "evening", "रात", "सुबह", "शाम", "raat", "subah", "shaam",
    "রাত", "সকাল", "দুপুর", "বিকেল", "সন্ধ্যা", "rat", "sokal", "bikel", "ராத்திரி", "ராத்ரி",
    "காலை", "சாயங்காலம்", "రాత్రి", "ఉదయం", "సాయంత్రం", "మధ్యాహ్నం", "रात्री", "सकाळी",
    "संध्याकाळी", "दुपारी", "રાતે", "રાત્રે", "સવારે", "સાંજે", "ಬೆಳಿಗ್ಗೆ", "ರಾತ್ರಿ", "ಸಂಜೆ",
    "ಮಧ್ಯಾಹ್ನ", "രാത്രി", "രാവിലെ", "വൈകുന്നേരം", "ਰਾਤ", "ਸਵੇਰੇ", "ਸ਼ਾਮ", "ਸ਼ਾਮੀਂ",
    # more forms, native and typed: "beligge 10.30", "kaalai 7.30", "raavile 9.15"
    "ಬೆಳಗ್ಗೆ", "beligge", "belagge", "belige", "sanje", "raatri", "kaalaila", "kaalai",
    "kalai", "saayantram", "sayantram", "udayam", "poddunna", "podduna", "raavile",
    "ravile", "vaikunneram", "sakali", "sakaali", "sandhyakali", "dupari", "savare",
    "savaare", "saanje", "saanjhe", "sham", "subha", "sokale", "sokalbela",
    "bikele", "shaami", "সকালে", "বিকেলে", "সন্ধ্যায়", "காலையில",
    # dawn: "ভোর ৪.৩০ এ", "पहाटे 5.15 ला", "तड़के 4.30 बजे", "at dawn 4.30"
    "dawn", "ভোর", "ভোরে", "bhore", "पहाटे", "pahate", "तड़के", "भोर", "tadke", "ਤੜਕੇ",
    "ਤੜਕਸਾਰ", "વહેલી", "ಮುಂಜಾನೆ", "munjane", "പുലർച്ചെ", "pularche", "அதிகாலை",
    "athikaalai", "వేకువ", "తెల్లవారుజామున",
    "உதயம்", "ಸಾಯಂಕಾಲ", "സന്ധ്യക്ക്", "ਸਵੇਰ", "સવાર", "सकाळ", "संध्याकाळ", "सवेरे",
)  # fmt: skip
_COUNT_WORDS = frozenset(("টা", "টায়", "টার"))
_MINUTES = frozenset((5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55))


@cache
def _hour_subjects() -> tuple[frozenset[str], frozenset[str]]:
    def norm(word: str) -> str:
        return "".join(t.norm for t in tokenize(word))

    return frozenset(norm(w) for w in _VEHICLES), frozenset(norm(w) for w in _DAY_PARTS)


def _hour_before(reading: _Reading, price: _Price) -> int | None:
    """Where an hour (1 to 12) said right before `price` starts, or None."""
    k = price.start - 1
    if k >= 0 and reading.words[k] in ("টা", "ta"):
        k -= 1  # "৫টা ২০": the Bengali count word typed apart
    span = reading.number_at[k] if k >= 0 else None
    if span is None or not (1 <= span.value <= 12 and span.value == int(span.value)):
        return None
    return span.start


def vehicle_hour(reading: _Reading, price: _Price) -> bool:
    """The number is an hour or its minutes, said after a vehicle ("my bus is at
    six-thirty", "ನನ್ನ ಬಸ್ ಏಳು ಮುವತ್ತಕ್ಕೆ") or right after a part of the day ("রাত দশটা
    অবধি খোলা"), with no currency, unit or "each" in the line. The hour before the
    minutes is dropped from the counts."""
    if price.explicit or price.each:
        return False
    if any(
        reading.has(k, Cue.CURRENCY, Cue.UNIT, Cue.PER) and reading.words[k] not in _COUNT_WORDS
        for k in range(len(reading.words))
    ):
        return False  # "৫টা": the Bengali count word after the hour is no unit of the goods
    value = price.span.value
    if value * 4 != int(value * 4):
        return False  # "সাড়ে ছটায়" (half past six) is an hour too
    vehicles, parts = _hour_subjects()
    words = reading.words
    hour = _hour_before(reading, price) if value in _MINUTES else None
    start = price.start if hour is None else hour
    if price.quantity is not None and not start <= price.quantity.start < price.start:
        return False  # "৫টা ২০": the hour read as a count of five, the minutes its price
    if not (1 <= value <= 12.75 or hour is not None):
        return False
    vehicle = any(w in vehicles for w in words[max(start - 4, 0) : start])
    part = any(w in parts for w in words[max(start - 2, 0) : start])
    if not (vehicle or part):
        return False
    if hour is not None:
        reading.quantities = [q for q in reading.quantities if not hour <= q.start < price.start]
        reading.quantity_at = {
            k: q for k, q in reading.quantity_at.items() if not hour <= q.start < price.start
        }
        reading.prices = [p for p in reading.prices if not hour <= p.start < price.start]
    return True


# A clock time said in English words, the hour then its minutes ("four thirty", "five
# fifteen", "six forty five"): read as one number (430, 515, 645), as "two fifty" is 250.
_HOURS_SAID = {
    fold(w): h
    for h, w in enumerate(
        ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve"),
        start=1,
    )
}  # fmt: skip
# Said right before such a time, it is one: "in by four thirty", "till six fifteen".
_BY = frozenset(fold(w) for w in ("by", "since", "till", "until", "before", "after"))
# "At" or "around" a time is one where the line speaks of coming or of the day.
_NEAR = frozenset(fold(w) for w in ("at", "around", "about"))
_WHEN = tuple(
    fold(w)
    for w in (
        "came", "come", "arriv", "land", "dock", "reach", "got in", "morning", "dawn",
        "evening", "night", "o'clock", "oclock", "am", "pm",
    )
)  # fmt: skip
_AFTER_TIME = frozenset(fold(w) for w in ("o'clock", "oclock", "am", "pm", "a.m", "p.m"))


def spoken_clock(reading: _Reading, price: _Price) -> bool:
    """Whether the price is an English clock time in words ("the boat was in by four
    thirty", "came in at five fifteen this morning") or the hour of "half past four":
    an hour from one to twelve, then its minutes, after "by", "till" or "since", before
    "o'clock" or "am", or after "at" in a line of coming or of the morning; with a
    currency, unit or "each" anywhere in the line it stays a price ("two fifty a kilo")."""
    if price.explicit or price.each:
        return False
    words = reading.words
    if any(reading.has(k, Cue.CURRENCY, Cue.UNIT, Cue.PER) for k in range(len(words))):
        return False
    start, end, value = price.start, price.end, price.span.value
    if value != int(value):
        return False
    before = words[start - 1] if start > 0 else ""
    if before == "past" and 1 <= value <= 12:
        return start > 1 and words[start - 2] in ("half", "quarter")  # "half past four"
    hour = _HOURS_SAID.get(words[start])
    minutes = int(value) - 100 * (hour or 0)
    if hour is None or end - start < 2 or not 1 <= minutes <= 59:
        return False
    if not all(w.isascii() and w.isalpha() for w in words[start:end]):
        return False
    if before in _BY or (end < len(words) and words[end] in _AFTER_TIME):
        return True
    return before in _NEAR and any(w.startswith(_WHEN) for w in words)
