"""Numbers in market talk that nobody said as a price.

- A count range asked on top ("two-three nails extra, free", "दो-चार बादाम और डाल दो",
  "రెండు మూడు మేకులు ఎక్స్ట్రా"): two small counts side by side, the second one or two
  above the first, with a word of "extra / more / free / on top" in the line, are goods
  asked for free: neither number is a price, nor the quantity.
- A school year or a team's age ("my son is in the twelfth", "பன்னிரண்டாவது படிக்கிறான்",
  "ಹನ್ನೆರಡನೇ ಕ್ಲಾಸ್", "the under-16 team"): a number said with an ordinal ending, or
  beside a word of class, standard or team, or after "under", is no price.
- Coins for want of change ("छुट्टा नहीं है, बीस के सिक्के दे दो"): a sum right before a
  word for coins, with a word for change in the line, is money asked in a form, no price.

A currency word beside the number keeps it a price ("two-three rupees extra").
"""

from __future__ import annotations

from itertools import pairwise

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.numbers import NumberSpan
from audio.understanding.reading import _Reading

# "Extra", "more", "free", "on top": as the start of a word, so endings ride on it.
_ON_TOP = tuple(
    fold(w)
    for w in (
        "extra", "more", "free", "mufat", "muft", "zyada", "jyada", "zyaada", "upar",
        "aur", "fukat", "jasti", "jaasti", "hechchu", "kooduthal", "koodi", "adhikam",
        "ekkuva", "beshi", "aaro", "aro", "vadhare", "vadhu", "hor", "faau", "fau",
        "ज़्यादा", "ज्यादा", "और", "फ्री", "फ़्री", "मुफ्त", "मुफ़्त", "ऊपर", "एक्स्ट्रा",
        "எக்ஸ்ட்ரா", "கூட", "அதிகம", "ஃப்ரீ", "ப்ரீ", "சும்மா", "இலவச",
        "ఎక్స్ట్రా", "ఎక్స్‌ట్రా", "ఎక్కువ", "ఫ్రీ", "ఉచిత", "అదనం",
        "বেশি", "ফাউ", "ফ্রি", "এক্সট্রা", "আরো", "আরও",
        "जास्त", "फुकट", "अजून", "जादा",
        "વધારે", "વધુ", "ફ્રી", "મફત", "એક્સ્ટ્રા", "ઉપર",
        "ಜಾಸ್ತಿ", "ಹೆಚ್ಚು", "ಫ್ರೀ", "ಎಕ್ಸ್ಟ್ರಾ", "ಎಕ್ಸ್‌ಟ್ರಾ", "ಪುಕ್ಕಟೆ",
        "കൂടുതൽ", "ഫ്രീ", "എക്സ്ട്രാ", "വെറുതെ", "കൂടി",
        "ਹੋਰ", "ਵੱਧ", "ਫ੍ਰੀ", "ਫਰੀ", "ਮੁਫ਼ਤ", "ਮੁਫਤ", "ਐਕਸਟ੍ਰਾ", "ਉੱਤੋਂ",
    )
)  # fmt: skip

# Class, standard, team, year of study: the word beside a school year or a team's age.
_CLASS = tuple(
    fold(w)
    for w in (
        "class", "standard", "std", "team", "grade", "kaksha", "taragathi", "vakuppu",
        "क्लास", "कक्षा", "टीम", "इयत्ता", "வகுப்பு", "டீம்",
        "తరగతి", "క్లాస్", "టీమ్", "ক্লাস", "শ্রেণী", "শ্রেণি", "টিম", "ધોરણ", "ક્લાસ",
        "ટીમ", "ತರಗತಿ", "ಕ್ಲಾಸ್", "ಟೀಮ್", "ക്ലാസ്", "ക്ലാസി", "ടീം", "ਜਮਾਤ", "ਕਲਾਸ", "ਟੀਮ",
    )
)  # fmt: skip

# A word of class before the number: English only, where "class" is never a glass.
_CLASS_BEFORE = frozenset(("class", "standard", "std", "grade"))

_UNDER = frozenset(
    fold(w)
    for w in ("under", "अंडर", "அண்டர்", "అండర్", "আন্ডার", "અંડર", "ಅಂಡರ್", "അണ്ടർ", "ਅੰਡਰ")
)  # fmt: skip

# Ordinal endings, as a number word ends in them ("பன்னிரண்டாவது", "ಹನ್ನೆರಡನೇ", "12th").
_ORDINAL = (
    "ஆவது", "ாவது", "வது", "ನೇ", "ാം", "ആം", "th", "st", "nd", "rd", "ਵੀਂ", "वीं", "वां", "वें",
)  # fmt: skip

_COINS = tuple(
    fold(w)
    for w in (
        "coin", "sikke", "sikka", "सिक्के", "सिक्का", "चिल्लर", "நாணய", "காசு", "కాయిన్",
        "నాణే", "কয়েন", "খুচরো", "नाणी", "कॉइन", "સિક્કા", "કોઈન", "ನಾಣ್ಯ", "ಕಾಯಿನ್",
        "നാണയ", "കോയിൻ", "ਸਿੱਕੇ", "ਸਿੱਕਾ",
    )
)  # fmt: skip

_CHANGE_WORDS = tuple(
    fold(w)
    for w in (
        "change", "chutta", "chhutta", "chutte", "छुट्टा", "छुट्टे", "खुल्ले", "खुल्ला", "khulla",
        "khulle", "சில்லறை",
        "చిల్లర", "খুচরো", "ভাংতি", "सुट्टे", "सुटे", "છુટ્ટા", "છૂટા", "ಚಿಲ್ಲರೆ", "ചില്ലറ",
        "ਭਾਨ", "ਛੁੱਟੇ", "ਖੁੱਲ੍ਹੇ",
    )
)  # fmt: skip


_NOTES = frozenset({100_00, 200_00, 500_00, 2000_00})

# "Exactly": the sum asked for want of change ("no change, give exact forty").
_EXACTLY = frozenset(
    fold(w)
    for w in (
        "exact", "exactly", "ठीक-ठीक", "पूरे", "सरिग्गा", "సరిగ్గా", "sarigga", "बरोबर",
        "barobar", "சரியா", "ঠিক-ঠিক", "બરાબર", "barabar", "ಸರಿಯಾಗಿ", "കൃത്യം", "ਪੂਰੇ",
    )
)  # fmt: skip


def _note_asked(reading: _Reading, start: int, end: int, paise: int) -> bool:
    """A note's sum asked about beside a word for change ("change? for five hundred?"):
    a question mark follows the sum, with at most a case word between."""
    if paise not in _NOTES:
        return False
    rest = [t.raw for t in reading.tokens[end : end + 3]]
    return "?" in rest[:2] or rest[:1] == ["?"]


# A size in inches bound to the goods' name ("a ten-inch screwdriver", "పది ఇంచుల
# స్క్రూడ్రైవర్"): a word's start.
_SIZE_WORDS = tuple(
    fold(w)
    for w in (
        "inch", "इंच", "இன்ச்", "இஞ்ச்", "ఇంచ", "ইঞ্চি", "ઇંચ", "ઈંચ", "ಇಂಚ", "ഇഞ്ച", "ਇੰਚ",
    )
)  # fmt: skip


# Gujarati "બસો" (200) is also "buses" with a case ending ("સ્કૂલ બસોને લીધે", because
# of the school buses): after a word a bus is named by, it is no price.
_BUS_NAMED_BY = frozenset(
    fold(w)
    for w in (
        "સ્કૂલ", "સ્કુલ", "નવી", "જૂની", "ખાનગી", "સરકારી", "સિટી", "એસટી",
        "school", "navi", "juni",
    )
)  # fmt: skip


def _buses(reading: _Reading, price_start: int, price_end: int) -> bool:
    raw = _raw(reading, price_start)
    return (
        price_end - price_start == 1
        and raw.startswith(fold("બસો"))
        and len(raw) > len(fold("બસો"))
        and _raw(reading, price_start - 1) in _BUS_NAMED_BY
    )


def _raw(reading: _Reading, k: int) -> str:
    return fold(reading.tokens[k].raw) if 0 <= k < len(reading.tokens) else ""


# "Two" that is also "give" ("दो") or a word of its own ("don", "be"), so not read as a
# number before "तीन" or "चार".
_TWO_OR_GIVE = frozenset(fold(w) for w in ("दो", "do", "ਦੋ", "दोन", "don", "બે", "be"))


def _range_pairs(reading: _Reading, spans: list[NumberSpan]) -> list[tuple[int, int]]:
    """Token ranges of count ranges said side by side ("do-teen", "రెండు మూడు")."""
    pairs = [
        (s.start - 1, s.end)
        for s in spans
        if s.value in (3, 4) and s.end - s.start == 1 and _raw(reading, s.start - 1) in _TWO_OR_GIVE
    ]
    for a, b in pairwise(spans):
        if b.start != a.end or a.value != int(a.value) or b.value != int(b.value):
            continue
        if not 1 <= a.value < b.value <= 12 or b.value - a.value > 2:
            continue
        if reading.has(b.end, Cue.CURRENCY) or reading.has(a.start - 1, Cue.CURRENCY):
            continue
        if reading.number_at[b.end] is not None if b.end < len(reading.number_at) else False:
            continue
        pairs.append((a.start, b.end))
    return pairs


def _school_year(reading: _Reading, span: NumberSpan) -> bool:
    raw = _raw(reading, span.end - 1)
    if span.suffix and raw.endswith(_ORDINAL):
        return True
    if raw[:1].isdigit() and raw.endswith(_ORDINAL):
        return True
    if raw.endswith(("ನೇ", "ாவது", "ആം")) or _raw(reading, span.start).startswith(("under-", "u-")):
        return True
    after = _raw(reading, span.end)
    if after.startswith(_CLASS):
        return True  # "twelfth standard", "ಹನ್ನೆರಡನೇ ಕ್ಲಾಸ್", "the under 16 team"
    if _raw(reading, span.start - 1) in _UNDER:
        return _raw(reading, span.end + 1).startswith(_CLASS)  # "nothing under 80" is a floor
    return _raw(reading, span.start - 1) in _CLASS_BEFORE  # "class 12", "std 10"


def drop_not_priced(reading: _Reading, spans: list[NumberSpan]) -> None:
    """Take off `reading` the prices (and counts) that are no price (see above)."""
    if not reading.prices and not reading.quantities:
        return
    words = [_raw(reading, k) for k in range(len(reading.tokens))]
    gone: list[tuple[int, int]] = []
    if any(w.startswith(_ON_TOP) for w in words):
        ranges = _range_pairs(reading, spans)
        reading.asked_free = bool(ranges)
        gone += ranges
    for price in reading.prices:
        if not price.explicit and _buses(reading, price.start, price.end):
            gone.append((price.start, price.end))  # "સ્કૂલ બસોને લીધે": buses
        if not price.explicit and _school_year(reading, price.span):
            gone.append((price.start, price.end))
    for span in spans:  # "ten-inch screwdriver": a size, no price ("40 a foot" has "a")
        sized = words[span.end : span.end + 1] and words[span.end].startswith(_SIZE_WORDS)
        if sized and span.end + 1 < len(words):
            gone.append((span.start, span.end))
    if any(w.startswith(_CHANGE_WORDS) for w in words):
        for price in reading.prices:
            if _note_asked(reading, price.start, price.end, price.paise) or (
                _raw(reading, price.start - 1) in _EXACTLY
            ):
                gone.append((price.start, price.end))  # "change? for 500?", "give exact 40"
                reading.money_back = True
        for span in spans:
            k = span.end + (1 if reading.has(span.end, Cue.OF) else 0)
            if words[k : k + 1] and words[k].startswith(_COINS):
                gone.append((span.start, span.end))  # "बीस के सिक्के", "দশের কয়েন"
                reading.money_back = True
    if not gone:
        return

    def inside(start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in gone)

    reading.prices = [p for p in reading.prices if not inside(p.start, p.end)]
    reading.quantities = [q for q in reading.quantities if not inside(q.start, q.start + 1)]
