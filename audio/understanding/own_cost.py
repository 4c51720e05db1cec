"""A seller's own cost given as the reason for refusing: "no sir, I'd lose, I buy at
thirty-two myself", "எனக்கே முப்பதுக்கு வருது, நஷ்டம்", "আমারই ত্রিশ করে কেনা, লস হবে".
A price said in a clause that ties it to the speaker's own buying ("myself", "my own
buying price", "it comes to me at"), to a loss ("at thirty-five it's a loss") or to what
it does not even cover ("હજારમાં તો કાપડ પણ ન આવે": for a thousand even the cloth doesn't
come) is no offer, and neither is a price below that cost said with it ("my cost is 60,
how can I give at 55"). "I'll give it at my cost, 32" still offers 32: the cost is said
in a clause of its own."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.conditions import clause_around
from audio.understanding.reading import _Reading


def _phrases(*said: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(fold(w) for w in s.split()) for s in said)


_LOSS = ("loss", "ലോസ്", "లాస్", "ಲಾಸ್", "லாஸ்")
# Words of the speaker's own buying or cost, and words of a loss: a price said in their
# clause is no offer.
_COST: dict[str, tuple[tuple[str, ...], ...]] = {
    "en": _phrases(
        *_LOSS,
        "doesn't even cover",
        "won't even cover",
        "bringing them",
        "transport",
        "my cost",
        "my own cost",
        "costs me",
        "cost me",
        "comes to me",
        "i buy",
        "i bought",
        "we buy",
        "we bought",
        "buying price",
        "cost price",
        "purchase price",
        "wholesaler",
        "i'd lose",
        "i lose",
        "we lose",
        "losing",
    ),
    "hi": _phrases(
        *_LOSS,
        "भी नहीं आता",
        "bhi nahi aata",
        "भी नहीं आएगा",
        "भी नहीं निकलता",
        "खरीदा",
        "kharida",
        "खरीद",
        "kharid",
        "मंडी से",
        "mandi se",
        "पड़ता है",
        "padta hai",
        "घाटा",
        "ghata",
        "ghaata",
        "नुकसान",
        "nuksan",
        "nuksaan",
    ),
    "mr": _phrases(
        *_LOSS,
        "पण येत नाही",
        "सुद्धा येत नाही",
        "पण येणार नाही",
        "खरेदी",
        "kharedi",
        "आणलाय",
        "आणला",
        "पडतो",
        "तोटा",
        "tota",
        "नुकसान",
        "nuksan",
    ),
    "gu": _phrases(
        *_LOSS,
        "પણ ન આવે",
        "પણ ના આવે",
        "પણ નથી આવતું",
        "પણ નથી આવતો",
        "pan na aave",
        "ખરીદી",
        "kharidi",
        "ખરીદ્યું",
        "ખરીદ્યા",
        "ખોટ",
        "khot",
        "નુકસાન",
        "nuksan",
    ),
    "pa": _phrases(
        *_LOSS, "ਮੇਰੀ ਖਰੀਦ", "ਖਰੀਦ", "ਘਾਟਾ", "ਘਾਟੇ", "ਨੁਕਸਾਨ", "ghata", "ghaata", "nuksaan"
    ),
    "bn": _phrases(
        *_LOSS, "ও হয় না", "ও আসে না", "কেনা", "kena", "কিনেছি", "লস", "লোকসান", "ক্ষতি", "loksan"
    ),
    "ta": _phrases(
        *_LOSS,
        "கூட வராது",
        "கூட வராதே",
        "kooda varadhu",
        "கொள்முதல்",
        "அடக்க விலை",
        "நஷ்டம்",
        "நட்டம்",
        "nashtam",
        "nastam",
    ),
    "te": _phrases(*_LOSS, "కూడా రాదు", "కొన్నాను", "konnanu", "కొనుగోలు", "నష్టం", "నష్టమే", "nashtam"),
    "kn": _phrases(*_LOSS, "ಕೂಡ ಬರಲ್ಲ", "ಸಹ ಬರಲ್ಲ", "ತಂದಿದ್ದೀನಿ", "ತಂದಿದೀನಿ", "ನಷ್ಟ", "ನಷ್ಟಾ", "nashta"),
    "ml": _phrases(
        *_LOSS,
        "പോലും കിട്ടില്ല",
        "പോലും വരില്ല",
        "എടുത്തതാ",
        "എടുത്തത്",
        "വാങ്ങിയത്",
        "വാങ്ങിയതാ",
        "നഷ്ടം",
        "നഷ്ടമാ",
        "നഷ്ടമാണ്",
        "nashtam",
    ),
}
# "myself", "to me myself": with a word of cost or loss said in the same breath, a price
# in their clause is the speaker's own cost; alone they go with giving ("நானே முப்பது
# தரேன்": I'll give thirty myself).
_SELF: dict[str, tuple[tuple[str, ...], ...]] = {
    "en": _phrases("myself"),
    "hi": _phrases("खुद", "khud", "ख़ुद", "मुझे ही"),
    "mr": _phrases("मलाच", "malach", "मीच", "स्वतः", "swatah"),
    "gu": _phrases("મને જ", "mane j", "પોતાની", "પોતાનો", "પોતાનું", "potani"),
    "pa": _phrases("ਮੈਨੂੰ ਆਪ", "ਮੈਂ ਆਪ"),
    "bn": _phrases("আমারই", "amari", "নিজের", "nijer"),
    "ta": _phrases("எனக்கே", "enakke", "நானே", "naane"),
    "te": _phrases("నాకే", "naake", "నేనే", "nene"),
    "kn": _phrases("ನಂಗೇ", "ನನಗೇ", "nange", "ನಾನೇ", "naane", "ಬೀಳುತ್ತೆ"),
    "ml": _phrases("എനിക്ക് തന്നെ", "ഞാൻ തന്നെ", "enikku thanne", "njan thanne", "കിട്ടുന്നതാ"),
}
_BOUNDS = (Cue.COMPARATIVE, Cue.CAP, Cue.CAP_BEFORE)


def _said_at(reading: _Reading, table: dict[str, tuple[tuple[str, ...], ...]]) -> list[int]:
    """Where a phrase of the language's row of `table` is said."""
    words = reading.words
    return [
        k
        for k in range(len(words))
        for p in table.get(reading.language, ())
        if tuple(words[k : k + len(p)]) == p
    ]


def set_aside_own_cost(reading: _Reading) -> int | None:
    """Set aside the prices tied to the speaker's own cost or a loss, and those below
    that cost; the position of the first word of it, or None when no price was."""
    said = _said_at(reading, _COST)
    if not said:
        return None
    said = sorted(said + _said_at(reading, _SELF))
    costs = []
    for price in reading.prices:
        clause = clause_around(reading, price.start, price.end)
        if price.bound or any(reading.has(k, *_BOUNDS) for k in clause):
            continue  # "35 se kam mein ghata hai": a bound the seller holds to
        if any(k in clause for k in said):
            price.negated = True
            costs.append(price.paise)
    for price in reading.prices:
        if costs and not price.negated and price.paise < min(costs):
            price.negated = True  # "my own cost is 60, how can I give at 55"
    return said[0] if costs else None
