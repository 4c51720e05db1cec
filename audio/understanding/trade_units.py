"""A unit of trade the product does not list (`Cue.MEASURE`): a quintal or maund of
grain, a metre or gaj of cloth, a forearm's length of strung flowers (முழம், మూర, ಮೊಳ,
മുഴം), a box of fruit. The price beside one is its rate ("1600 a quintal", "ਕੁਇੰਟਲ ਦਾ
ਸੋਲਾਂ ਸੌ", "ಮೊಳಕ್ಕೆ ಇಪ್ಪತ್ತೈದು"): `per_unit` true, the unit unnamed (never a quintal
turned into kilos), and a count said before it ("ten metres") its quantity. A unit of
bulk settles Indian English "fifteen fifty" as 1,550, never ₹15.50; a box named as one
lot ("the whole box 3,500") is the lot's total."""

from __future__ import annotations

import dataclasses

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.reading import _joined, _Price, _Reading
from audio.understanding.shares import comes_along

# Units of bulk, by the stem their case endings follow ("ક્વિન્ટલના", "ಕ್ವಿಂಟಾಲ್‌ಗೆ").
_BULK_STEMS = tuple(
    fold(w)
    for w in (
        "quintal", "qtl", "kuintal", "kvintal", "maund", "box", "peti",
        "क्विंटल", "कुंटल", "मण", "पेटी", "बॉक्स", "কুইন্টাল", "কুইন্টল", "মণ", "বাক্স",
        "ક્વિન્ટલ", "ક્વિંટલ", "મણ", "પેટી", "બોક્સ", "ਕੁਇੰਟਲ", "ਕਵਿੰਟਲ", "ਮਣ", "ਪੇਟੀ", "ਬਾਕਸ",
        "குவிண்டால்", "குவின்டால்", "பெட்டி", "பாக்ஸ்", "క్వింటా", "బాక్స్", "పెట్టె",
        "ಕ್ವಿಂಟಾ", "ಕ್ವಿಂಟಲ್", "ಬಾಕ್ಸ್", "ಪೆಟ್ಟಿಗೆ", "ക്വിന്റ", "പെട്ടി", "ബോക്സ്",
    )
)  # fmt: skip
_BETWEEN = (Cue.LINK, Cue.OF, Cue.PER, Cue.ARTICLE)
_IS = frozenset(("is", "costs"))
# "This basket for 300", "ही टोपली तीनशे": the one basket shown is a lot, its price a total.
_THIS = frozenset(
    fold(w)
    for w in (
        "this", "that", "ye", "yeh", "ये", "यह", "वो", "ही", "हा", "हे", "ती", "इस", "उस",
        "இந்த", "அந்த", "ఈ", "ఆ", "এই", "ওই", "આ", "પેલી", "ಈ", "ಆ", "ഈ", "ആ", "ਇਹ", "ਉਹ",
    )
)  # fmt: skip


# "Square" or "cubic" before a foot word, which makes it a unit of area or volume: "per
# square foot", "ચોરસ ફૂટના", "చదరపు అడుగుకి", "சதுர அடிக்கு", "ಚದರ ಅಡಿಗೆ", "वर्ग फुट".
_SQUARE = frozenset(
    fold(w)
    for w in (
        "square", "sq", "sq.", "चौरस", "वर्ग", "स्क्वेअर", "स्क्वायर", "ચોરસ", "స్క్వేర్", "చదరపు",
        "சதுர", "ಚದರ", "ചതുരശ്ര", "বর্গ", "ਵਰਗ", "choras", "chadarapu", "sadhura", "chadura",
        "സ്ക്വയർ", "ஸ்கொயர்", "స్క్వేర్",
        # a cubic foot of timber: "per cubic foot", "घन फुट का", "கன அடிக்கு", "ಘನ ಅಡಿಗೆ"
        "cubic", "cu", "घन", "ঘন", "ઘન", "ਘਣ", "கன", "ఘన", "క్యూబిక్", "ಘನ", "ക്യുബിക്",
        "ghan", "kana",
    )
)  # fmt: skip
_FEET = tuple(
    fold(w)
    for w in (
        "foot", "feet", "ft", "fut", "फुट", "फूट", "फीट", "ફૂટ", "ફીટ", "అడుగు", "அடி", "ಅಡಿ",
        "അടി", "ফুট", "ਫੁੱਟ", "ਫੁਟ", "adi", "adugu", "ഫീറ്റ", "ഫീറ്റ്",
    )
)  # fmt: skip


def _square_foot(reading: _Reading, k: int) -> bool:
    """The word at `k` is a foot word after "square", or "sqft": a unit of area."""
    words = reading.words
    if not 0 <= k < len(words):
        return False
    if words[k] in ("sqft", "sqfeet"):
        return True
    return k > 0 and words[k - 1] in _SQUARE and words[k].startswith(_FEET)


def _whole(reading: _Reading, k: int) -> bool:
    """The measure at `k` is one lot sold whole: "the whole box", "आम की पूरी पेटी",
    "this basket"."""
    before = range(max(k - 2, 0), k)
    return any(reading.has(j, Cue.TOTAL) for j in before) or (
        k > 0 and reading.words[k - 1] in _THIS
    )


def shown_lot(reading: _Reading) -> bool:
    """A unit of trade shown as the one lot ("this basket", "இந்த கூடைக்கு"): the price
    is its total."""
    return any(
        reading.has(k, Cue.MEASURE) and k > 0 and reading.words[k - 1] in _THIS
        for k in range(len(reading.words))
    )


def _size_of_its_own(reading: _Reading, j: int) -> bool:
    """The measure at `j` follows a number that is neither a price nor a count (a size
    dropped as such: "nine feet", "सौ मीटर का रोल")."""
    number = reading.number_at[j - 1] if j > 0 else None
    if number is None:
        return False
    covered = {k for p in reading.prices for k in range(p.start, p.end)}
    covered |= {k for q in reading.quantities for k in range(q.start, q.end)}
    return number.start not in covered


def _counted_apart(reading: _Reading, k: int, price: _Price) -> bool:
    """The unit of trade at `k` is counted by a number right before it, and a pause
    comes between it and the price: "fifty sacks, give them for 900" prices the sacks
    counted, no rate of one."""
    if k < 1 or reading.number_at[k - 1] is None:
        return False
    if any(p.start <= k - 1 < p.end for p in reading.prices):
        return False  # "सौ रुपये बोरी": a price said before the unit
    return any(not _joined(reading, j) for j in range(k + 1, price.start + 1))


def measure_beside(reading: _Reading, price: _Price) -> int | None:
    """The token of the unit of trade said right before the price ("क्विंटल का चौदह
    सौ", "ಮೊಳಕ್ಕೆ ಇಪ್ಪತ್ತೈದು") or right after it ("1400 a quintal", "500 per box"),
    past "of", "a", "per" (or a verb, when the unit opens the line); None when there is
    none, or it names a whole lot."""
    k = price.start - 1
    while k > max(price.start - 3, 0) and (reading.has(k, *_BETWEEN) or reading.words[k] in _IS):
        k -= 1  # "the set is 120": the set's rate
    after = price.end
    while after < price.end + 2 and reading.has(after, *_BETWEEN):
        after += 1
    if _square_foot(reading, after + 1):
        after += 1  # "per square foot"
    if _square_foot(reading, k) or _square_foot(reading, after):
        return k if _square_foot(reading, k) else after
    if k == 1 and reading.is_plain(0) is False and reading.is_plain(k):
        k = 0  # "ಬಾಕ್ಸ್ ತಗೊಂಡ್ರೆ ಸಾವಿರದ ಐನೂರಕ್ಕೆ ಕೊಡ್ತೀರಾ?": a box, if taken, at 1,500?
    for j in (k, after):
        if j < price.start and _size_of_its_own(reading, j):
            continue  # "six by nine feet, 4,500": the feet are the carpet's size
        if j < price.start and _counted_apart(reading, j, price):
            continue  # "પચાસ ગુણી, નવસોમાં આપો": fifty sacks, then a price for them all
        if j >= 0 and reading.has(j, Cue.MEASURE) and not _whole(reading, j):
            if comes_along(reading, j):
                continue  # "साढ़े सात हज़ार, डिब्बा भी है": the box comes with it
            return j
    return None


def rate_by_measure(reading: _Reading, price: _Price) -> bool:
    """Whether the price is a rate per a unit of trade beside it; a unit of bulk there
    settles the price's reading as the hundreds one ("fifteen fifty a quintal")."""
    k = measure_beside(reading, price)
    if k is None:
        return False
    if price.span.alternative is not None and reading.words[k].startswith(_BULK_STEMS):
        price.span = dataclasses.replace(price.span, alternative=None)
    return True


def rate_by_bare_measure(reading: _Reading, price: _Price) -> bool:
    """The unit of trade beside the price is said alone, with no count of its own: "मीटर
    एक सौ बीस, सूट में ढाई मीटर लगेगा" is 120 a metre, the two and a half metres the
    count bought, never the 120's quantity; "ढाई मीटर के ढाई सौ" (a count before the
    metre) is a total, left to the counts. A unit after a pause is the next clause's
    ("दर्जन चालीस, पेटी लो तो पैंतीस": 40 a dozen, then a crate's price), not this price's."""
    k = measure_beside(reading, price)
    if k is None or k in reading.quantity_at:
        return False
    if k >= price.end and any(not _joined(reading, j) for j in range(price.end, k + 1)):
        return False
    return rate_by_measure(reading, price)
