"""A weight or volume that names an item's size, not a quantity bought: "दस लीटर वाला"
(the ten-litre one), "वीस लिटरचा माठ", "ਵੀਹ ਲੀਟਰ ਵਾਲਾ ਘੜਾ", "അഞ്ച് ലിറ്ററുള്ള കുക്കർ",
"ಹತ್ತು ಲೀಟರ್‌ದು", "a 2-litre bottle", "பத்து லிட்டர் குடம்". A pot, a cooker or a bucket
is sold as one piece; its litres describe it. Such a number and unit are no quantity and
no unit, and a price beside them has no shape unless one is said. A sack of the goods
("पच्चीस किलो वाली बोरी", "the 25 kg bag") holds that much of them, and "20 लीटर दूध" is
milk bought by the litre: both stay quantities."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.reading import _joined, _Quantity, _Reading
from audio.understanding.trade_units import _THIS
from audio.understanding.vessels import filled_vessel

# A word said after the unit that makes it describe the item: "वाला", "ഉള്ള", "one".
_MARKERS = frozenset(
    fold(w)
    for w in (
        "वाला", "वाली", "वाले", "wala", "wali", "wale", "vala", "vali", "vale", "waala",
        "waali", "ਵਾਲਾ", "ਵਾਲੀ", "ਵਾਲੇ", "ഉള്ള", "ഉള്ളത്", "ulla", "ullathu", "one",
        "વાળું", "વાળો", "વાળી", "વાળા", "valu", "walu", "ওয়ালা", "ওয়ালাটা",
    )
)  # fmt: skip
# The same joined to the unit: "लीटरवाला", "ലിറ്ററുള്ള", "ಲೀಟರ್‌ದು", "लिटरचा", "લિટરવાળું".
_ENDINGS = tuple(
    fold(w)
    for w in (
        "वाला", "वाली", "वाले", "wala", "wali", "चा", "ची", "ਵਾਲਾ", "ਵਾਲੀ", "ുള്ള", "ുള്ളത്",
        "ದು", "ದ್ದು", "વાળું", "વાળો", "વાળી", "ওয়ালা",
    )
)  # fmt: skip
# Items sold whole whose size is a volume or a weight: pots, cookers, buckets, bottles.
_ITEMS = tuple(
    fold(w)
    for w in (
        "pot", "cooker", "bucket", "bottle", "can", "drum", "jar", "tank", "flask", "kettle",
        "matka", "मटका", "मटकी", "घड़ा", "घड़ा", "बाल्टी", "कुकर", "बोतल", "ड्रम", "टंकी",
        "माठ", "बादली", "घागर", "ਘੜਾ", "ਬਾਲਟੀ", "ਕੁੱਕਰ", "ਬੋਤਲ", "ਡਰੰਮ", "ਟੈਂਕੀ",
        "குடம்", "குக்கர்", "வாளி", "பாட்டில்", "கேன்", "బిందె", "కుక్కర్", "బకెట్",
        "సీసా", "బాటిల్", "কলসি", "কুকার", "বালতি", "বোতল", "ড্রাম", "માટલું", "માટલો",
        "કૂકર", "કુકર", "ડોલ", "બોટલ", "ಕುಕ್ಕರ್", "ಬಕೆಟ್", "ಬಾಟಲ್", "ಬಾಟಲಿ", "ಡ್ರಮ್",
        "കലം", "കുക്കർ", "കുക്കറ", "ബക്കറ്റ്", "കുപ്പി", "ഡ്രം",
        "క్యాను", "క్యాన్", "ಕ್ಯಾನ್", "കാൻ", "ক্যান", "कॅन", "कैन", "ਕੈਨ", "કેન",
        # a water tank, sold whole by its litres
        "टाकी", "ટાંકી", "டேங்க்", "டேங்கு", "ట్యాంక్", "ట్యాంకు", "ট্যাঙ্ক", "ಟ್ಯಾಂಕ್", "ಟ್ಯಾಂಕು",
        "ടാങ്ക്", "ടാങ്ക", "ਟੈਂਕ",
    )
)  # fmt: skip
_SIZED = ("kg", "g", "litre")
# A litre or kilo word the tables do not split from its marker: "લિટરવાળું", "ലിറ്ററുള്ള".
_UNIT_STEMS = tuple(
    fold(w)
    for w in (
        "લિટર", "લીટર", "કિલો", "ലിറ്റ", "ലീറ്റ", "കിലോ", "लीटर", "लिटर", "किलो", "ਲੀਟਰ",
        "ਕਿੱਲੋ", "ಲೀಟರ", "ಕೆಜಿ", "ಕಿಲೋ",
    )
)  # fmt: skip


def _item_after(reading: _Reading, k: int) -> bool:
    """An item word at `k`: English whole ("pot", "pots", never "potatoes"), the others
    with their case endings ("കുക്കറിന്", "কুকারটা")."""
    if not 0 <= k < len(reading.words):
        return False
    word = reading.words[k]
    if word.isascii():
        return word in _ITEMS or word.removesuffix("s") in _ITEMS
    return word.startswith(_ITEMS)


# Sacks the lot words do not name: "पच्चीस किलो वाला कट्टा" holds 25 kg of the goods.
_SACKS = frozenset(fold(w) for w in ("कट्टा", "कट्टे", "katta", "ਕੱਟਾ", "ਗੱਟਾ", "gatta"))


def _sack_after(reading: _Reading, k: int) -> bool:
    """A sack, bag or box of the goods after the size: "पच्चीस किलो वाली बोरी" holds
    25 kg of them."""
    sack = 0 <= k < len(reading.words) and reading.words[k] in _SACKS
    return sack or reading.has(k, Cue.LOT) or reading.has(k, Cue.MEASURE)


# A weight told of an animal or an item, not sold by it: a word for its weight before the
# number ("it weighs about 30 kilo", "খাসিটার ওজন প্রায় কুড়ি কেজি"), "is over" before it
# ("the goat is over 25 kilo"), or a genitive with "is" or an estimate after the unit
# ("बकरा तीस किलो का है", "ஆடு இருபது கிலோ இருக்கும்", "ముప్పై కిలోలు ఉంటుంది").
_WEIGHT_WORDS = frozenset(
    fold(w)
    for w in (
        "weighs", "weight", "weighing", "वज़न", "वजन", "wajan", "vajan", "भार", "ওজন",
        "ওজনে", "ojon", "வெயிட்", "எடை", "బరువు", "ತೂಕ", "ഭാരം", "તોલ", "વજન", "ਵਜ਼ਨ",
        "ਵਜਨ",
    )
)  # fmt: skip
_IS_OVER = frozenset(("is", "over", "above", "about", "around", "nearly"))
# "Over" before the verb counts too ("ముప్పై కిలోల పైనే ఉంటుంది", "ಇಪ್ಪತ್ತೈದು ಕೆಜಿ ಮೇಲೆ
# ತೂಗುತ್ತೆ", "ਚਾਲੀ ਕਿੱਲੋ ਦਾ ਹੋਊਗਾ", "तीस किलोच्या वर भरेल": it'll be over, it weighs over).
_TOLD_AFTER: dict[str, tuple[tuple[str, ...], ...]] = {
    "hi": (
        ("का", "है"), ("की", "है"), ("ka", "hai"), ("ki", "hai"), ("से", "ऊपर"), ("का", "होगा"),
        ("की", "होगी"), ("से", "ज़्यादा", "होगा"),
    ),
    "gu": (("નો", "છે"), ("ની", "છે"), ("નું", "છે"), ("થી", "વધારે"), ("નો", "થશે")),
    "pa": (
        ("ਦਾ", "ਹੈ"), ("ਦੀ", "ਹੈ"), ("da", "hai"), ("ਦਾ", "ਹੋਊਗਾ"), ("ਦੀ", "ਹੋਊਗੀ"),
        ("ਦਾ", "ਹੋਵੇਗਾ"), ("ਤੋਂ", "ਉੱਤੇ"), ("ਤੋਂ", "ਵੱਧ"),
    ),
    "ta": (("இருக்கும்",), ("இருக்கு",), ("irukkum",), ("மேல", "இருக்கும்"), ("மேல", "இருக்கு")),
    "te": (
        ("ఉంటుంది",), ("ఉంటాడు",), ("ఉంది",), ("untundi",), ("పైనే",), ("పైన", "ఉంటుంది"),
        ("పైగా", "ఉంటుంది"), ("తూగుతుంది",),
    ),
    "bn": (("হবে",), ("আছে",), ("hobe",)),
    "kn": (
        ("ಇರುತ್ತೆ",), ("ಇರುತ್ತದೆ",), ("ಇದೆ",), ("irutte",), ("ತೂಗುತ್ತೆ",), ("ತೂಗುತ್ತದೆ",),
        ("ಮೇಲೆ", "ತೂಗುತ್ತೆ"), ("ಮೇಲೆ", "ಇರುತ್ತೆ"), ("ಮೇಲೆ", "ಬರುತ್ತೆ"),
    ),
    "ml": (("ഉണ്ടാകും",), ("ഉണ്ട്",), ("കാണും",), ("മുകളിൽ", "ഉണ്ട്"), ("തൂങ്ങും",)),
    "mr": (("आहे",), ("असेल",), ("वर", "भरेल"), ("भरेल",), ("च्या", "वर")),
}  # fmt: skip


def _weight_told(reading: _Reading, start: int, unit_at: int) -> bool:
    """The weight from `start` to the unit at `unit_at` is told of the item, not sold."""
    words = reading.words
    if reading.units[unit_at] == "g" and _piece_weighed(reading, start):
        return True  # "this pair is 28 grams, see the scale": the piece's weight
    if reading.units[unit_at] != "kg":
        return False
    if any(u == "kg" for k, u in enumerate(reading.units) if k != unit_at):
        return False  # "1,100 a kilo, this one is 0.75 kg, 825": sold by that weight
    if any(w in _WEIGHT_WORDS for w in words[max(start - 3, 0) : start]):
        return True
    if reading.language == "en":
        before = words[max(start - 2, 0) : start]
        return bool(before) and before[0] == "is" and all(w in _IS_OVER for w in before)
    after = tuple(fold(w) for w in words[unit_at + 1 : unit_at + 3])
    told = _TOLD_AFTER.get(reading.language, ())
    return any(after[: len(phrase)] == tuple(fold(w) for w in phrase) for phrase in told)


# A scale or weighing, said in the line: "see the scale", "काँटा देख लो", "తూకం చూడండి".
_SCALE = tuple(
    fold(w)
    for w in (
        "scale", "weigh", "काँटा", "कांटा", "काटा", "तराजू", "kanta", "kaanta", "তুলাদণ্ড",
        "দাঁড়িপাল্লা", "পাল্লা", "ওজন", "கடை தராசு", "தராசு", "எடை", "తూకం", "త్రాసు",
        "કાંટો", "કાંટે", "ತಕ್ಕಡಿ", "ತೂಕ", "ത്രാസ്", "തൂക്ക", "ਕੰਡਾ", "ਕੰਡੇ", "ਤੱਕੜੀ",
    )
)  # fmt: skip


def _piece_weighed(reading: _Reading, start: int) -> bool:
    """Grams said of "this" piece in a line that points to the scale and prices nothing."""
    words = reading.words
    if reading.prices or not any(w.startswith(_SCALE) for w in words):
        return False
    return any(w in _THIS for w in words[max(start - 3, 0) : start])


def _describes(reading: _Reading, unit_at: int) -> bool:
    """The number and unit ending at `unit_at` name an item's size."""
    word, after = reading.words[unit_at], unit_at + 1
    marked = word.endswith(_ENDINGS) and word not in _ENDINGS
    if not marked and after < len(reading.words) and reading.words[after] in _MARKERS:
        marked, after = True, after + 1
    if reading.units[unit_at] in ("kg", "g") and filled_vessel(reading, after):
        return False  # "पाव किलो वाला जार", "250 gram jar": the goods it holds
    if marked:
        return not _sack_after(reading, after)
    of = reading.has(after, Cue.OF) and after + 1 < len(reading.words)
    if of and _joined(reading, after + 1):
        after += 1  # "पाँच सौ लीटर की टंकी": the tank of that many litres
    return _item_after(reading, after)


def _joined_size(reading: _Reading, k: int) -> bool:
    """A unit word and its marker as one word the tables do not know: "ലിറ്ററുള്ള"."""
    if not 0 <= k < len(reading.words) or reading.units[k] is not None:
        return False
    word = reading.words[k]
    return (
        word.startswith(_UNIT_STEMS) and word.endswith(_ENDINGS) and not _sack_after(reading, k + 1)
    )


# Verbs of holding or fitting: the litres or kilos are what one vessel holds ("this pot
# holds 15 litres", "पच्चीस लीटर पानी समाता है", "பதினைந்து லிட்டர் பிடிக்கும்").
_HOLDS = tuple(
    fold(w)
    for w in (
        "समाता", "समाती", "समाएगा", "समायेगा", "samata", "samati", "samayega", "ਸਮਾਉਂਦਾ",
        "ਸਮਾਉਂਦੀ", "સમાય", "samay", "मावते", "मावतो", "मावेल", "mavte",
        "பிடிக்கும்", "புடிக்கும்", "கொள்ளும்", "pidikkum", "pudikkum", "పడతా", "పడుతుంది",
        "పడుతాయి", "పట్టు", "paduthundi", "padutundi", "ধরে", "ধরবে", "dhore", "dhorbe",
        "ಹಿಡಿಯುತ್ತ", "ಹಿಡಿಸುತ್ತ", "ಹಿಡಿಯುತ್ತೆ", "hidiyuttha", "hidiyutte", "കൊള്ളും",
        "kollum", "പിടിക്കും", "pidikkum", "ಹಿಡಿಯುತ್ತದೆ", "बसतं", "बसते", "बसत", "बसेल",
        "बसतील", "basta", "basel",
        # asked: "பிடிக்குமா?", "കൊള്ളുമോ?", "मावतं का?", "સમાશે?"
        "பிடிக்கும", "புடிக்கும", "கொள்ளும", "കൊള്ളുമ", "പിടിക്കുമ", "मावत", "સમાશ", "સમાઈ",
    )
)  # fmt: skip
_HOLDS_EN = frozenset(("hold", "holds", "fit", "fits", "capacity"))
# Verbs of coming or taking, that hold only with a vessel or "in" said: "इस बाल्टी में
# बारह लीटर आता है", "does this drum take fifty litres?".
_COMES = frozenset(
    fold(w)
    for w in (
        "आता", "आती", "आएगा", "आयेगा", "aata", "ata", "ayega", "aayega", "ਆਉਂਦਾ", "ਆਵੇਗਾ",
        "આવે", "આવશે", "take", "takes", "येते", "येईल", "ਆਉਂਦੇ", "ਆਉਣਗੇ", "आ",
    )
)  # fmt: skip
_IN = frozenset(fold(w) for w in ("में", "mein", "me", "in", "ਵਿੱਚ", "માં", "मध्ये"))


def _held(reading: _Reading, quantity: _Quantity) -> bool:
    """A litre or kilo count said with a verb of holding or fitting in its clause: what
    one vessel holds, never the quantity bought."""
    words = reading.words
    near = [
        k
        for k in range(max(quantity.start - 2, 0), min(quantity.end + 4, len(words)))
        if not quantity.start <= k < quantity.end
        and (k < quantity.start or all(_joined(reading, j) for j in range(quantity.end, k + 1)))
    ]
    for k in near:
        word = words[k]
        if word in _HOLDS_EN or (not word.isascii() and word.startswith(_HOLDS)) or word in _HOLDS:
            return True
        if word in _COMES and any(w in _IN or _item_after(reading, j) for j, w in enumerate(words)):
            return True
        if word in _COMES and k == quantity.end and not word.isascii():
            return True  # "अठारह लीटर आता है, साढ़े तीन सौ": what it holds
        if word in _GO_IN and k + 1 < len(words) and words[k + 1] in ("in", "into"):
            return True  # "sixteen litres go in"
        if _comes_in(words, k):
            return True  # "ਇਸ ਪਤੀਲੇ ਵਿੱਚ ਪੰਦਰਾਂ ਲੀਟਰ ਆ ਜਾਊ?": will it go in
    return False


# Punjabi "ਆ ਜਾਊ", "ਆ ਜਾਂਦਾ" (comes in, fits) with "in" said: "ਆ" alone is also "is".
_COME_PA = fold("ਆ")
_GO_PA = tuple(fold(w) for w in ("ਜਾਊ", "ਜਾਂਦ", "ਜਾਵੇਗ", "ਜਾਊਗ"))


def _comes_in(words: list[str], k: int) -> bool:
    return (
        words[k] == _COME_PA
        and k + 1 < len(words)
        and words[k + 1].startswith(_GO_PA)
        and any(w in _IN for w in words)
    )


# "How many" before a unit of volume or weight: "कितने लीटर", "எத்தனை லிட்டர்", "কত লিটার".
_HOW_MANY = frozenset(
    fold(w)
    for w in (
        "many", "much", "कितने", "कितना", "कितनी", "kitne", "kitna", "किती", "kiti", "કેટલા",
        "કેટલું", "ketla", "ਕਿੰਨੇ", "ਕਿੰਨਾ", "kinne", "কত", "কতো", "koto", "ఎన్ని", "enni",
        "ಎಷ್ಟು", "eshtu", "എത്ര", "ethra", "எத்தனை", "எத்தன", "எவ்வளவு", "ethanai",
    )
)  # fmt: skip
_GO_IN = frozenset(("go", "goes", "went"))


def _holds_after(reading: _Reading, unit_at: int) -> bool:
    """A verb of holding, fitting or going in said after the unit at `unit_at`, in the same
    breath: "कितने लीटर आएगा?", "how many litres does it hold?", "forty litres go in"."""
    words = reading.words
    for k in range(unit_at + 1, min(unit_at + 6, len(words))):
        if not _joined(reading, k):
            return False
        word = words[k]
        if word in _HOLDS_EN or word in _HOLDS or (not word.isascii() and word.startswith(_HOLDS)):
            return True
        if word in _COMES:
            return True
        if word in _GO_IN and k + 1 < len(words) and words[k + 1] in ("in", "into"):
            return True
    return False


def _drop_unit(reading: _Reading, unit_at: int) -> None:
    reading.units[unit_at] = None
    reading.cues[unit_at] = reading.cues[unit_at] - {Cue.UNIT}
    reading.occurrences = [
        o for o in reading.occurrences if not (o[0] is Cue.UNIT and o[1] == unit_at)
    ]


def capacity_asked(reading: _Reading) -> None:
    """ "How many litres does it hold? fifteen?", "இந்த அண்டாவுல எத்தனை லிட்டர் பிடிக்கும்?
    இருபதா?": what a vessel holds is asked, no price. The unit is no unit bought, the "how
    many" asks no price, and a bare number said alone as a guess after it is litres, no
    price."""
    words, tokens = reading.words, reading.tokens
    for unit_at, unit in enumerate(reading.units):
        if unit not in ("litre", "kg") or unit_at == 0 or reading.number_at[unit_at - 1]:
            continue
        asked = [k for k in range(max(unit_at - 2, 0), unit_at) if words[k] in _HOW_MANY]
        if not asked or not _holds_after(reading, unit_at):
            continue
        _drop_unit(reading, unit_at)
        question = (Cue.QUESTION, Cue.WEAK_QUESTION)
        for k in range(asked[0], unit_at):
            reading.cues[k] = reading.cues[k] - set(question)
        reading.occurrences = [
            o
            for o in reading.occurrences
            if not (o[0] in question and asked[0] - 1 <= o[1] < unit_at)
        ]
        marks = (".", "।", "?", "!", ",")
        reading.prices = [
            p
            for p in reading.prices
            if p.explicit
            or p.start <= unit_at
            or tokens[p.start - 1].raw not in marks
            or (p.end < len(tokens) and tokens[p.end].raw not in marks)
        ]  # "..., पंद्रह?": the litres guessed


def drop_item_sizes(reading: _Reading) -> None:
    """Take the sizes of items out of the quantities, their unit word with them, and out
    of the prices: "દસ લિટરવાળું" is no ₹10."""
    capacity_asked(reading)
    reading.prices = [p for p in reading.prices if p.explicit or not _joined_size(reading, p.end)]
    for quantity in list(reading.quantities):
        unit_at = quantity.end - 1
        if quantity.unit is None and quantity.value and _joined_size(reading, quantity.end):
            reading.quantities.remove(quantity)  # "દસ લિટરવાળું માટલું"
            for k in range(quantity.start, quantity.end):
                reading.quantity_at.pop(k, None)
            continue
        if quantity.unit not in _SIZED or not quantity.value or unit_at <= quantity.start:
            continue
        if (
            not _describes(reading, unit_at)
            and not _weight_told(reading, quantity.start, unit_at)
            and not _held(reading, quantity)
        ):
            continue
        reading.quantities.remove(quantity)
        for k in range(quantity.start, quantity.end):
            reading.quantity_at.pop(k, None)
        reading.units[unit_at] = None
        reading.cues[unit_at] = reading.cues[unit_at] - {Cue.UNIT}
        reading.occurrences = [
            o for o in reading.occurrences if not (o[0] is Cue.UNIT and o[1] == unit_at)
        ]


def _holder_at(reading: _Reading, k: int) -> bool:
    """Token `k` is a packet, bag, bottle, jar or can, singular or plural."""
    from audio.understanding.containers import container_word

    if not 0 <= k < len(reading.words):
        return False
    word = reading.words[k]
    return (
        container_word(reading, k)
        or filled_vessel(reading, k)
        or _item_after(reading, k)
        or reading.has(k, Cue.LOT, Cue.MEASURE)
        or (word.isascii() and word.removesuffix("s") in _ITEMS)
    )


def containers_counted(reading: _Reading) -> None:
    """A bare number right before a pack's size counts the packs: "three one-kilo bags",
    "six quarter kilo packets", "चार आधा लीटर पैकेट". The count is the quantity (of the
    containers: `unit` none), the size no quantity and the count no price."""
    for price in list(reading.prices):
        if price.explicit or price.span.value != int(price.span.value):
            continue
        size = next(
            (
                q
                for q in reading.quantities
                if q.start == price.end and q.unit in _SIZED and q.value and q.end > q.start
            ),
            None,
        )
        if size is None or not _joined(reading, size.start):
            continue  # "kilo 52, 25 kilo sack 1250": the rate, then a pause
        if price.start > 0 and reading.has(price.start - 1, Cue.UNIT):
            continue  # "kilo 52 25 kilo sack": a rate said before the sack
        of = size.end < len(reading.words) and (
            reading.words[size.end] in _MARKERS or reading.has(size.end, Cue.OF)
        )  # "एक किलो वाले पैकेट", "paanch litre ke can"
        if not _holder_at(reading, size.end + 1 if of else size.end):
            continue
        reading.prices.remove(price)
        reading.quantities.remove(size)
        for k in range(size.start, size.end):
            reading.quantity_at.pop(k, None)
        unit_at = size.end - 1
        if reading.units[unit_at] is not None:
            reading.units[unit_at] = None
            reading.cues[unit_at] = reading.cues[unit_at] - {Cue.UNIT}
            reading.occurrences = [
                o for o in reading.occurrences if not (o[0] is Cue.UNIT and o[1] == unit_at)
            ]
        count = _Quantity(price.span.value, None, price.start, price.end)
        reading.quantities.append(count)
        reading.quantities.sort(key=lambda q: q.start)
        for k in range(count.start, count.end):
            reading.quantity_at[k] = count
