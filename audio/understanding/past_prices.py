"""A price of the past said alone: "How much extra for cleaning? Last week it was thirty",
"कल तो पचास था", "ನಿನ್ನೆ ಐವತ್ತು ಇತ್ತು". Every price in the line sits in a clause dated by
a word of the past, with nothing offered now, so none names a price: the line asks when
it asks, else it is talk. A price of now beside it ("it was 30 last week, give it for
28") stands, as `recalled.py` reads it. A word that is also "tomorrow" or "first"
("kal", "pehle", "ముందు") dates a price only beside a verb of the past ("kal pachas tha",
not "kal pachas mein dunga"), and "since yesterday" ("kal se") dates no price."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.reading import _Price, _Reading
from audio.understanding.recalled import _clause, _found
from audio.understanding.recalled_words import PAST

# Words of the past that are also "tomorrow", "first" or "in front": they date a price
# only beside a verb of the past.
_TWO_WAYS = frozenset(
    fold(w)
    for w in (
        "kal", "कल", "કાલ", "ਕੱਲ੍ਹ", "ਕੱਲ", "ਕਲ", "kall", "pehle", "पहले", "pahle", "before",
        "ముందు", "mundu", "முன்னாடி", "munnadi", "முன்னே", "ಮುಂಚೆ", "munche", "আগে", "age",
        "पहिले", "pahile", "પહેલાં", "પહેલા", "pehla", "pehlan", "ਪਹਿਲਾਂ", "മുമ്പ്",
        "മുൻപ്", "munpu", "mumbu",
    )
)  # fmt: skip

# A part of the day, which dates a price like "yesterday" only beside a verb of the past
# ("why double at night? in the day it was only 100": "ਦਿਨ ਵਿੱਚ ਤਾਂ ਸੌ ਹੀ ਸੀ").
_DAY_PARTS = frozenset(
    fold(w)
    for w in (
        "day", "daytime", "morning", "दिन", "din", "सुबह", "subah", "दोपहर", "ਦਿਨ", "ਸਵੇਰੇ",
        "savere", "ਦੁਪਹਿਰ", "দিনে", "সকালে", "dine", "sokale", "दिवसा", "सकाळी", "divsa",
        "sakali", "દિવસે", "સવારે", "divase", "savare", "ಹಗಲು", "ಹಗಲಲ್ಲಿ", "ಬೆಳಿಗ್ಗೆ",
        "പകൽ", "രാവിലെ", "pakal", "പകല്", "பகல்ல", "பகல்ல", "பகலில்", "காலைல", "காலையில",
        "pagalla", "పగలు", "పొద్దున", "pagalu", "podduna",
    )
)  # fmt: skip

# Typed phrases of the past beside those of `recalled.py`: "poona thadava" (last time).
_TYPED_PAST = frozenset(
    fold(w)
    for w in (
        "poona thadava", "pona thadava", "pona vaaram", "poona vaaram", "gaya vakhte",
        "gai vakhte", "gaya athvadiye", "pichli vaari", "pichhli vaari", "poyina vaaram",
    )
)  # fmt: skip

# "Since": the past word starts a time that runs to now ("kal se 50", "since yesterday").
_SINCE = frozenset(
    fold(w)
    for w in (
        "se", "से", "since", "থেকে", "theke", "पासून", "pasun", "થી", "thi", "ನಿಂದ",
        "മുതൽ", "ਤੋਂ", "ton", "నుంచి", "నుండి", "nunchi", "லிருந்து", "இருந்து",
    )
)  # fmt: skip

# Verbs of the past: "was", "gave", "था", "ছিল", "होते", "હતા", "ಇತ್ತು", "ആയിരുന്നു".
_WAS = frozenset(
    fold(w)
    for w in (
        "was", "were", "gave", "paid", "sold", "charged", "bought", "took", "used",
        "था", "थी", "थे", "थीं", "tha", "thi", "thaa", "diya", "दिया", "दी", "liya", "लिया",
        "mila", "मिला", "बिका",
        "ছিল", "ছিলো", "chilo", "chhilo", "chhilo", "দিয়েছিলাম", "দিয়েছিলেন", "দিয়েছিলে",
        "diyechilam", "diyechilen", "নিয়েছিলাম", "niyechilam", "দিলেন", "দিলাম",
        "होते", "होता", "होती", "hota", "hote", "hoti", "dila", "दिला", "दिले", "दिली",
        "घेतला", "घेतले", "ghetla",
        "હતા", "હતો", "હતી", "hata", "hato", "hati", "આપ્યા", "આપ્યો", "આપી", "aapya",
        "apya", "aapyo", "lidha", "લીધા",
        "ಇತ್ತು", "ittu", "ಕೊಟ್ಟಿದ್ರಿ", "ಕೊಟ್ಟಿದ್ದೆ", "ಕೊಟ್ಟಿದ್ದರು", "ಕೊಟ್ಟಿದ್ರು", "kottidri",
        "kottidde", "kottidru", "ಕೊಟ್ರಿ", "kotri", "ತಗೊಂಡಿದ್ದೆ",
        "ആയിരുന്നു", "ayirunnu", "aayirunnu", "ഉണ്ടായിരുന്നു", "undayirunnu", "തന്നു",
        "thannu", "വാങ്ങി", "vaangi", "കൊടുത്തു", "koduthu",
        "ਸੀ", "si", "ਸਨ", "san", "ਦਿੱਤਾ", "ditta", "dita", "ਦਿੱਤੇ", "ਲਿਆ",
        "ఉండేది", "undedi", "ఉండేవి", "ఇచ్చారు", "ఇచ్చాను", "ఇచ్చావు", "ఇచ్చాడు",
        "ichharu", "icharu", "ichhanu", "ichanu", "ichavu", "కొన్నాను", "konnanu",
        "இருந்துச்சு", "இருந்தது", "இருந்திச்சு", "irundhuchu", "irunthuchu", "irundhadhu",
        "குடுத்தீங்க", "கொடுத்தீங்க", "குடுத்தாங்க", "kuduthinga", "kuduthenga",
        "koduthinga", "வாங்கினேன்", "vanginen", "வித்தீங்க",
    )
)  # fmt: skip


_KEPT = frozenset((Cue.UNIT, Cue.CURRENCY, Cue.PAISE, Cue.PER, Cue.QUESTION, Cue.WEAK_QUESTION))


def _dates(words: list[str], k: int, clause: tuple[int, int]) -> bool:
    """Whether the past word at `k` dates what its clause says."""
    if k + 1 < len(words) and words[k + 1] in _SINCE:
        return False  # "kal se pachas": since yesterday, the price now
    if words[k] not in _TWO_WAYS and words[k] not in _DAY_PARTS:
        return True
    return any(w in _WAS for w in words[clause[0] : clause[1]])


def recalled_alone(reading: _Reading, superseded: list[_Price]) -> list[_Price]:
    """The prices to set aside when every price still standing is dated by the past in
    its own clause ("last week it was thirty"): none is a price of now."""
    said = [p for p in reading.prices if p not in superseded]  # refused ones too
    if not said:
        return []
    words = reading.words
    past = _found(words, PAST) + [
        k for k in range(len(words) - 1) if f"{words[k]} {words[k + 1]}" in _TYPED_PAST
    ]
    past += [k for k, w in enumerate(words) if w in _DAY_PARTS]
    past = [k for k in past if reading.number_at[k] is None]  # "okay nine": no "ninne"
    clauses = [_clause(reading, price.start) for price in said]
    for clause in clauses:
        if not any(clause[0] <= k < clause[1] and _dates(words, k, clause) for k in past):
            return []
    # "मागच्या आठवड्यात तीसला घेतला होता" (I took it for 30 last week): the verb of the
    # past takes or refuses nothing now
    for start, stop in clauses:
        for k in range(start, stop):
            reading.cues[k] = reading.cues[k] & _KEPT
        reading.occurrences = [
            o for o in reading.occurrences if o[0] in _KEPT or not start <= o[1] < stop
        ]
    return [p for p in said if not p.negated]
