"""Amounts beside the goods' price that are no price. An extra charge: "Prawns 600 a kilo,
cleaning 50 extra", "झींगा छह सौ रुपये किलो, सफ़ाई के पचास अलग", "சுத்தம் பண்ண ஐம்பது தனி".
A rise or fall: "250 grams is 35, it went up by 2 rupees since yesterday", "कल से दो
रुपये बढ़ गया", "ಐದು ರೂಪಾಯಿ ಕಮ್ಮಿ ಆಗಿದೆ". The number is dropped, and the goods' price
stands. It is such an amount only in a clause of its own with a word of "extra" or
"separate", or of going up or down, while another number is said outside it, and only
when no unit is said in its clause ("two kilo extra for 75" prices more goods); a word of
"more" makes it one where the clause names the work charged for ("katai ke 20 aur"). A
count of goods given free ("five more kites free with it") is no price and no quantity."""

from __future__ import annotations

from itertools import pairwise

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.numbers import NumberSpan
from audio.understanding.deposits import drop_deposits
from audio.understanding.durations import _SPANS_OF_TIME
from audio.understanding.levels import level_reached
from audio.understanding.reading import _joined, _Reading
from audio.understanding.sums import drop_summed_parts

_MEASURES = frozenset((Cue.UNIT, Cue.CURRENCY, Cue.PAISE, Cue.PER))

# "Extra", "separate", "charge": anywhere in the number's clause.
_EXTRA = frozenset(
    fold(w)
    for w in (
        "extra", "additional", "separate", "separately", "charge", "charges",
        "अलग", "alag", "अलग़", "एक्स्ट्रा", "चार्ज",
        "எக்ஸ்ட்ரா", "தனி", "தனியா", "thani", "thaniya", "சார்ஜ்",
        "అదనం", "అదనంగా", "adanam", "ఎక్స్ట్రా", "ఎక్స్‌ట్రా", "ఛార్జ్",
        "আলাদা", "alada", "এক্সট্রা", "বাড়তি", "barti", "চার্জ",
        "वेगळे", "वेगळा", "वेगळी", "वेगळं", "vegle", "vegla", "veglam", "जास्तीचे",
        "અલગ", "alag", "વધારાના", "વધારાનો", "vadharana", "એક્સ્ટ્રા", "ચાર્જ",
        "ಎಕ್ಸ್ಟ್ರಾ", "ಎಕ್ಸ್‌ಟ್ರಾ", "ಹೆಚ್ಚುವರಿ", "ಚಾರ್ಜ್",
        "എക്സ്ട്രാ", "അധികം", "adhikam", "ചാർജ്",
        "ਵੱਖਰੇ", "ਵੱਖਰਾ", "ਵੱਖਰੀ", "vakhre", "vakhra", "ਵਾਧੂ", "vaadhu", "ਐਕਸਟਰਾ",
        # "plus 200 for fitting", "फिटिंग के दो सौ प्लस"
        "plus", "प्लस", "ப்ளஸ்", "ప్లస్", "প্লাস", "પ્લસ", "ಪ್ಲಸ್", "പ്ലസ്", "ਪਲੱਸ",
    )
)  # fmt: skip

# Gone up or down: a rise or fall of the price told, never asked for ("kam karo" asks).
_CHANGED = frozenset(
    fold(w)
    for w in (
        "went up", "gone up", "up by", "came down", "come down", "down by", "increased",
        "dropped", "rose", "fell", "risen", "costlier", "cheaper by", "up",
        "बढ़ा", "बढ़े", "बढ़ी", "बढ़ा", "badha", "badhe", "badh gaya", "बढ़ गया", "बढ़ गए", "घट गया",
        "kam hua", "कम हुआ", "कम हुए", "kam hue", "घटा", "ghata", "गिरा", "gira",
        "ஏறிடுச்சு", "ஏறிருச்சு", "ஏறியிருக்கு", "ஏறிச்சு", "குறைஞ்சிருக்கு", "குறைஞ்சுது",
        "குறைஞ்சிடுச்சு", "erichu", "eridichu", "koranjiruku", "koranjudhu",
        "పెరిగింది", "పెరిగాయి", "తగ్గింది", "తగ్గాయి", "perigindi", "taggindi",
        "বেড়েছে", "কমেছে", "বাড়ল", "কমল", "বেড়ে গেছে", "কমে গেছে", "bereche", "komeche",
        "वाढले", "वाढला", "वाढलेत", "कमी झाले", "कमी झाला", "उतरले", "घटले", "vadhle",
        "kami zale",
        "વધી", "વધ્યા", "વધ્યો", "ઘટ્યા", "ઘટી", "ઘટ્યો", "ઓછા થયા", "vadhi", "vadhya",
        "ghatya",
        "ಜಾಸ್ತಿ ಆಗಿದೆ", "ಜಾಸ್ತಿಯಾಗಿದೆ", "ಕಮ್ಮಿ ಆಗಿದೆ", "ಕಮ್ಮಿಯಾಗಿದೆ", "ಏರಿದೆ", "ಇಳಿದಿದೆ",
        "ಹೆಚ್ಚಾಗಿದೆ", "ಕಡಿಮೆ ಆಗಿದೆ", "ಕಡಿಮೆಯಾಗಿದೆ",
        "കൂടി", "കുറഞ്ഞു", "കൂടിയിട്ടുണ്ട്", "കുറഞ്ഞിട്ടുണ്ട്", "കയറി", "koodi", "kuranju",
        "ਵਧਿਆ", "ਵਧੇ", "ਵਧ ਗਿਆ", "ਵਧ ਗਏ", "vadh gaya", "ਘਟ ਗਿਆ", "ਘਟਿਆ", "ਘੱਟ ਗਿਆ",
        "vadhya", "ghatya",
    )
)  # fmt: skip

# "More": an extra only in a clause that names the work charged for ("katai ke 20 aur",
# "কাটতে আরো কুড়ি", "ਕੱਟਣ ਦੇ ਵੀਹ ਹੋਰ", "30 more to mince it"); alone it may add to a price.
_MORE = frozenset(
    fold(w) for w in ("more", "और", "aur", "আরো", "আরও", "aro", "ਹੋਰ", "hor", "વધુ", "vadhu")
)
# The work a charge is for, as a word's start: cutting, cleaning, mincing, delivery,
# stitching, fitting, in the ten languages.
_SERVICES = tuple(
    fold(w)
    for w in (
        "cut", "clean", "minc", "deliver", "stitch", "fitting", "skin", "bonel",
        "कटा", "कटिंग", "कट", "katai", "cutting", "सफ़ाई", "सफाई", "safai", "कीमा", "keema",
        "डिलीवरी", "सिलाई", "silai", "फिटिंग", "साफ", "कापून",
        "কাট", "পরিষ্কার", "ডেলিভারি", "সেলাই", "কাপ", "સાફ", "સફાઈ", "કાપ", "ડિલિવરી", "સિલાઈ",
        "ਕਟਾਈ", "ਕੱਟ", "ਸਫ਼ਾਈ", "ਸਫਾਈ", "ਸਿਲਾਈ", "ਡਿਲੀਵਰੀ",
        "வெட்ட", "சுத்த", "தைய", "ಕಟ್", "ಕ್ಲೀನ್", "ಹೊಲಿ", "വെട്ട", "ക്ലീന", "തയ്യ",
        "కట్", "కటింగ్", "క్లీన్", "కుట్టు",
    )
)  # fmt: skip
# Free: goods given with the buy ("five more kites free with it", "पाँच चरखी मुफ्त") are a
# count of goods, neither a price nor the quantity bought.
FREE = frozenset(
    fold(w)
    for w in (
        "free", "फ्री", "फ़्री", "मुफ्त", "मुफ़्त", "muft", "मोफत", "mofat", "ফ্রি", "ফ্রী",
        "বিনামূল্যে", "ફ્રી", "મફત", "mafat", "ਫ੍ਰੀ", "ਫਰੀ", "ਮੁਫ਼ਤ", "ਮੁਫਤ", "இலவசம்",
        "ஃப்ரீ", "ఫ్రీ", "ఉచితం", "ಫ್ರೀ", "ಉಚಿತ", "ഫ്രീ", "സൗജന്യം",
    )
)  # fmt: skip

# "Other", "separate" that also mean "another (shop)": only right after the number.
_APART = frozenset(fold(w) for w in ("ಬೇರೆ", "bere", "వేరే", "vere", "വേറെ", "വേറേ", "வேற", "வேறே"))

# "Above", "on top": an extra only right after the number (or its rupee word) with no case
# ending on it ("पचास ऊपर", "ਪੰਜਾਹ ਉੱਤੋਂ", "அம்பது மேல"), or as "ऊपर से" before it;
# "सौ से ऊपर", "நூறுக்கு மேல" (over 100) are a bound, no extra.
_ON_TOP = frozenset(
    fold(w)
    for w in (
        "ऊपर", "upar", "uparse", "மேல", "மேலே", "mela", "mele", "పైన", "paina",
        "ওপরে", "উপরে", "opore", "upore", "वरती", "varti", "ઉપરથી", "ઉપર", "uparthi",
        "ಮೇಲೆ", "മേലെ", "ਉੱਤੋਂ", "ਉੱਤੇ", "utton", "utte", "over",
    )
)  # fmt: skip
_ON_TOP_FROM = frozenset(fold(w) for w in ("से", "se", "ਤੋਂ", "ton"))


def _said_on_top(reading: _Reading, span: NumberSpan, stop: int) -> bool:
    """ "पचास ऊपर", "साठ रुपये ऊपर से", "fifty on top", "over and above", "ऊपर से पचास"."""
    words = reading.words
    if span.suffix:
        return False
    k = span.end + (1 if span.end < stop and reading.has(span.end, Cue.CURRENCY) else 0)
    if k < stop and words[k] in _ON_TOP:
        return True
    if k + 1 < stop and words[k : k + 2] == ["on", "top"]:
        return True
    start = _clause(reading, span)[0]
    return any(
        words[j] in _ON_TOP and words[j + 1] in _ON_TOP_FROM for j in range(start, span.start - 1)
    )  # "ऊपर से ढक्कन तीस": on top, the lid 30


# Bengali "more" right before an amount in a clause said on a condition ("-লে", if):
# "if a porter is needed, 200 more" charges for it beside the price said before.
_MORE_BEFORE = frozenset(fold(w) for w in ("আরও", "আরো"))
_IF_ENDING = fold("লে")
_IF_WORDS = frozenset(fold(w) for w in ("যদি", "jodi"))


def _more_if(reading: _Reading, span: NumberSpan, start: int) -> bool:
    words = reading.words
    if span.start == 0 or words[span.start - 1] not in _MORE_BEFORE:
        return False
    before = words[start : span.start - 1]
    return any(w in _IF_WORDS or (w.endswith(_IF_ENDING) and len(w) > 2) for w in before)


def _clause(reading: _Reading, span: NumberSpan) -> tuple[int, int]:
    words = reading.words
    start = span.start
    while start > 0 and _joined(reading, start):
        start -= 1
    stop = span.end
    while stop < len(words) and _joined(reading, stop):
        stop += 1
    return start, stop


# Waiting, as a charge of its own beside the fare: "waiting is 40 every half hour", "if you
# want me to wait at the hospital, 30 rupees every fifteen minutes", "वेटिंग के चालीस".
# A word's start; English "wait" only after "to" ("me to wait"), where it is no "hold on".
_WAITING = tuple(
    fold(w)
    for w in (
        "waiting", "वेटिंग", "इंतज़ार", "इंतजार", "intezar", "intezaar", "intzar",
        "வெயிட்டிங்", "காத்திருக்க", "వెయిటింగ్", "ওয়েটিং", "অপেক্ষা", "opekkha",
        "थांबण्या", "थांबायच", "વેઇટિંગ", "વેટિંગ", "ವೇಟಿಂಗ್", "ಕಾಯೋದಕ್ಕ", "ಕಾಯಬೇಕಾದರ",
        "വെയിറ്റിംഗ", "വെയ്റ്റിംഗ", "കാത്തുനിൽക്ക", "ਵੇਟਿੰਗ", "ਉਡੀਕ", "udeek", "udeekan",
    )
)  # fmt: skip


_TO_WAIT = (fold("to"), fold("wait"))


def _waits(words: list[str]) -> bool:
    return any(w.startswith(_WAITING) for w in words) or any(
        (a, b) == _TO_WAIT for a, b in pairwise(words)
    )


def _waiting_before(reading: _Reading, start: int, spans: list[NumberSpan]) -> bool:
    """The clause before the number's says waiting and has no number of its own: "if you
    want me to wait at the hospital, 30 rupees every fifteen minutes"."""
    if start == 0:
        return False
    first = start - 1
    while first > 0 and _joined(reading, first):
        first -= 1
    if any(first <= s.start < start for s in spans):
        return False
    return _waits(reading.words[first:start])


# Waiting said anywhere, by its verb as well as its noun: "if I wait at the shop", "रुकना
# पड़ा तो", "காத்திருந்தா", "ఆగితే", "দাঁড়াতে হলে". Word beginnings.
_WAIT_VERBS = tuple(
    fold(w)
    for w in (
        "wait", "रुक", "ruk", "ठहर", "thehar", "காத்திரு", "வெயிட்",
        "ఆగితే", "ఆగాల", "వెయిట్", "দাঁড়া", "দাড়া", "অপেক্ষা",
        "ওয়েট", "thamb", "थांब", "રાહ", "ઊભ", "ಕಾಯ", "ವೇಟ್", "കാത്ത", "വെയിറ്റ",
        "ਰੁਕ", "ਉਡੀਕ",
    )
)  # fmt: skip


def _time_rate(reading: _Reading, span: NumberSpan, start: int, stop: int) -> bool:
    """The number's clause prices a span of time, a minute or an hour, around the number:
    "ten rupees a minute", "पचास रुपये घंटा", "நிமிஷத்துக்கு பத்து", "মিনিটে দশ টাকা"."""
    words = reading.words
    near = [
        *range(max(start, span.start - 2), span.start),
        *range(span.end, min(stop, span.end + 3)),
    ]
    return any(words[k].startswith(_SPANS_OF_TIME) for k in near)


def _waiting_rate(reading: _Reading, span: NumberSpan, spans: list[NumberSpan]) -> bool:
    """A rate for time, a minute or an hour, while waiting is spoken of, beside a price
    of another kind said outside its clause: the fare is the move, the waiting charge no
    price ("300 to the bus stand, and if I wait at the shop, ten rupees a minute")."""
    start, stop = _clause(reading, span)
    if not _time_rate(reading, span, start, stop):
        return False
    if not (_waits(reading.words) or any(w.startswith(_WAIT_VERBS) for w in reading.words)):
        return False
    others = [s for s in spans if s.end <= start or s.start >= stop]
    return any(not _time_rate(reading, s, *_clause(reading, s)) for s in others)


def _named_before(reading: _Reading, span: NumberSpan, start: int, spans: list[NumberSpan]) -> bool:
    """The number stands alone in its clause, after a clause that names a charge apart
    with no number of its own: "okay 22, final, but the trial is separate, fifteen
    hundred", "ठीक है छह सौ, फॉल-पीको अलग, डेढ़ सौ", "కుట్టు కూలీ వేరే, నూట యాభై"."""
    if start != span.start or start == 0:
        return False
    first = start - 1
    while first > 0 and _joined(reading, first):
        first -= 1
    if any(first <= s.start < start for s in spans):
        return False
    before = reading.words[first:start]
    return any(w in _EXTRA for w in before) or before[-1] in _APART


def _charge(reading: _Reading, span: NumberSpan, spans: list[NumberSpan]) -> bool:
    words = reading.words
    if span.end < len(words) and reading.has(span.end, Cue.UNIT):
        return False  # "do kilo extra": a count
    start, stop = _clause(reading, span)
    if not any(s.end <= start or s.start >= stop for s in spans):
        return False  # the only number: nothing else is the goods' price
    if _named_before(reading, span, start, spans) or _waiting_before(reading, start, spans):
        return True
    if _waiting_rate(reading, span, spans):
        return True  # "if I wait at the shop, ten rupees a minute": beside the fare
    if any(reading.has(k, Cue.UNIT) for k in range(start, stop)):
        return False  # "two kilo extra for 75": more goods at a price of their own
    near = words[start:stop]
    if any(w in _EXTRA for w in near) or (span.end < stop and words[span.end] in _APART):
        return True
    if _waits(near):
        return True  # "waiting 40 an hour": waiting, beside the fare
    if any(w in _MORE for w in near) and any(w.startswith(_SERVICES) for w in near):
        return True  # "katai ke 20 aur", "30 more to mince it"
    if _said_on_top(reading, span, stop):
        return True
    if _more_if(reading, span, start):
        return True  # "আটশো লাগবে, কুলি লাগলে আরও একশো": the porter's charge, beside 800
    if any(k + 1 < stop and words[k : k + 2] == ["up", "to"] for k in range(start, stop)):
        return False  # "up to 50": a cap, a price
    near = [w for j, w in enumerate(near) if not _together(near, j) and not _goods_up(near, j)]
    pairs = [f"{a} {b}" for a, b in pairwise(near)]
    changed = any(w in _CHANGED for w in (*near, *pairs))
    return changed and not level_reached(reading, span)  # "come down to 820": the price now


# "Up" in the name of goods ("wind-up cars", "pop-up tent", "push-up bra"), no rise.
_UP_NAMES = frozenset(
    fold(w) for w in ("wind", "pop", "push", "pull", "pick", "roll", "fold", "stand", "lace")
)


# "Picked up", "stocked up": a verb of buying or stocking with its "up" ("I picked these
# up at 85 myself"), the goods or a pronoun between, no rise.
_UP_VERBS = frozenset(fold(w) for w in ("picked", "picking", "stocked", "bought", "buying"))
_UP_OBJECTS = frozenset(("it", "them", "these", "those", "this", "that", "the", "lot"))


def _goods_up(words: list[str], j: int) -> bool:
    if words[j] != "up" or j == 0:
        return False
    if words[j - 1] in _UP_NAMES or words[j - 1] in _UP_VERBS:
        return True
    return j > 1 and words[j - 1] in _UP_OBJECTS and words[j - 2] in _UP_VERBS


# Malayalam "കൂടി" after a word with "-ും" ("മൂന്നിനും കൂടി", for all three together) or
# after "all" ("എല്ലാം കൂടി", "ഇതൊക്കെ കൂടി": all of it together) is "together", not
# "gone up".
_ALL_ENDINGS = ("ും", "um", "എല്ലാം", "ellam", "ellaam", "ഒക്കെ", "okke")
_TOGETHER = frozenset(fold(w) for w in ("കൂടി", "koodi"))


def _together(words: list[str], j: int) -> bool:
    return words[j] in _TOGETHER and j > 0 and words[j - 1].endswith(_ALL_ENDINGS)


def _given_free(reading: _Reading, span: NumberSpan, spans: list[NumberSpan]) -> bool:
    """A count in a clause of its own with a word of "free", another number said outside
    it: goods given with the buy ("pump 80, ten balloons free")."""
    start, stop = _clause(reading, span)
    if not any(s.end <= start or s.start >= stop for s in spans):
        return False
    if any(reading.has(k, Cue.CURRENCY, Cue.PAISE) for k in range(start, stop)):
        return False  # "20 rupees off, free delivery": money said
    return any(w in FREE for w in reading.words[start:stop])


def _added(reading: _Reading, span: NumberSpan, start: int, stop: int) -> bool:
    """The charge is said as added to the price: a word of "extra" in its clause, "on top",
    or "apart" right after it ("ఆటో కిరాయి యాభై వేరే": the auto fare 50 apart), not a rise
    or fall told."""
    words = reading.words
    return (
        any(w in _EXTRA for w in words[start:stop])
        or _said_on_top(reading, span, stop)
        or (span.end < stop and words[span.end] in _APART)
        or _more_if(reading, span, start)
    )


def drop_extra_charges(reading: _Reading, spans: list[NumberSpan]) -> list[NumberSpan]:
    """The spans without an extra charge or a rise or fall said beside the goods' price
    ("cleaning 50 extra", "सफ़ाई के पचास अलग", "went up by 2 rupees"), and the parts
    of a total named after them (`sums`: "40, packing 5 extra, give 45")."""
    spans = drop_deposits(reading, spans)  # "3,000, deposit 5,000": the deposit no price
    spans, total = drop_summed_parts(reading, spans)
    kept = []
    free = [s for s in spans if s is not total and _given_free(reading, s, spans)]
    for span in free:
        for k in range(span.start, span.end):
            reading.number_at[k] = None  # "ten balloons free": goods, no price, no count
    spans = [s for s in spans if s not in free]
    for span in spans:
        if span is total or not _charge(reading, span, spans):
            kept.append(span)
            continue
        for k in range(span.start, span.end):
            reading.number_at[k] = None
        start, stop = _clause(reading, span)
        if _added(reading, span, start, stop):
            reading.extra_charge = True  # "ok, 800, but delivery 50 extra": 800 or 850, asked
        # "ಎರಡು ರೂಪಾಯಿ ಜಾಸ್ತಿ ಆಗಿದೆ" (gone up by two): its "more" refuses nothing; its
        # money and unit words stay what they are
        for k in range(start, stop):
            reading.cues[k] = reading.cues[k] & _MEASURES
        reading.occurrences = [
            o for o in reading.occurrences if o[0] in _MEASURES or not start <= o[1] < stop
        ]
    return kept
