"""A price named, then refused in its own clause by the one who names it, with no case
ending on it: "sorry, six hundred I can't give", "no no, 300 for one sack is not
happening", "ఆరు వందలు నేను ఇవ్వలేను", "सहाशे मी देऊ शकत नाही", "અઢીસો હું નહીં આપી
શકું", "ਛੇ ਸੌ ਮੈਂ ਨਹੀਂ ਦੇ ਸਕਦਾ", "அறுநூறு என்னால தர முடியாது", "ಮುನ್ನೂರು ಆಗಲ್ಲ". The
price is the one refused, never offered: a reject with no amount, and a different price
said after the refusal ("six hundred I can't give, five fifty ok") is the counter.

The clause after the price closes on a negation (`refused_at._clause_refuses`: no bound,
no agreement, no question, no price of its own in it) and holds a verb of giving, doing,
being able or happening, or is a verb's negative ending ("ఇవ్వలేను", "ആകില്ല"): "300,
I don't have change" has a pause before its clause and is no refusal of 300; "500 से कम
नहीं दूँगा" is the floor. Called from `audio.understanding.refused_at`."""

from __future__ import annotations

from audio.lexicon import fold
from audio.understanding.address import ADDRESS
from audio.understanding.reading import _joined, _Price, _Reading

# A polite tail on a negative verb ("కుదరదండి", "ಆಗಲ್ಲರೀ", "முடியாதுங்க"): read without it.
POLITE_TAILS = tuple(fold(w) for w in ("అండి", "ండి", "ರೀ", "ಪ್ಪ", "ಪ್ಪಾ", "ங்க", "andi", "ndi"))

# Verbs of giving, doing, paying, managing, happening, working out, as a word's start.
_VERBS = tuple(
    fold(w)
    for w in (
        "give", "do", "manage", "happen", "possible", "work", "pay", "afford", "sell",
        "दे", "दूँ", "दूं", "दूंगा", "हो", "बन", "बैठ", "पड़", "पड", "परवड", "जम", "देऊ",
        "देता", "देणार", "होणार", "होईल", "होत", "આપ", "થા", "થશે", "પોસા", "બને", "ਦੇ",
        "ਹੋ", "ਪੁੱਗ", "ਬਣ", "দি", "দেব", "দেওয়া", "হব", "হয়", "পারব", "পোষা", "ইচ্ছ",
        "ఇవ్వ", "ఇస్త", "కుదర", "అవ్వ", "అవుత", "వీలు", "తర", "குடு", "கொடு", "தர", "முடி",
        "ஆகா", "ஆகும", "கட்டு", "ಕೊಡ", "ಆಗ", "ಕೊಡು", "ಸಾಧ್ಯ", "തര", "കൊടു", "പറ്റ",
        "നടക്ക", "ആക", "de", "deu", "dena", "dunga", "doonga", "ho", "hoga", "hobe",
        "debo", "dite", "ivva", "kudara", "tharen", "kodakke", "kodoke", "aagalla",
        "pattilla", "nadakkilla", "aapi", "aapu", "thashe", "jamnar", "parvadnar",
    )
)  # fmt: skip
# Negative endings of such verbs, which say the refusal and the verb in one word.
_VERB_NEGATIVES = tuple(
    fold(w)
    for w in (
        "లేను", "లేము", "లేం", "కుదరదు", "అవ్వదు", "అవదు", "ఇవ్వను", "முடியாது", "ஆகாது",
        "தரமாட்டேன்", "ಆಗಲ್ಲ", "ಆಗೋಲ್ಲ", "ಕೊಡಲ್ಲ", "ಕೊಡೋಲ್ಲ", "ಸಾಧ್ಯವಿಲ್ಲ", "പറ്റില്ല",
        "നടക്കില്ല", "ആകില്ല", "തരില്ല", "kudaradu", "mudiyadhu", "mudiyathu", "aagalla",
        "pattilla", "nadakkilla", "ivvalenu",
    )
)  # fmt: skip
_CLIPPED = tuple(w[:-1] for w in _VERB_NEGATIVES if len(w) > 3)
# Gujarati "ના" is also "of" ("kilo na"): alone it refuses nothing here.
_OF_NO = frozenset(fold(w) for w in ("ના", "na", "naa"))
# What else the clause may hold: who refuses, "it", "is", a count and its goods.
_PRONOUNS = frozenset(
    fold(w)
    for w in (
        "i", "we", "it", "this", "is", "that", "really", "just", "मैं", "हम", "मी", "आम्ही",
        "હું", "અમે", "ਮੈਂ", "ਅਸੀਂ", "আমি", "আমরা", "నేను", "మేము", "என்னால", "நான்",
        "ನಾನು", "ನನ್ಕೈಲಿ", "ನನ್ನಿಂದ", "എനിക്ക്", "ഞാൻ", "main", "mein", "mi", "hu",
        "nenu", "naan", "ennala", "naanu", "enikku", "ami", "to", "toh", "तो", "तर",
    )
)  # fmt: skip


def _verb(word: str) -> bool:
    return word.startswith(_VERBS) or _negative_verb(word)


def _negative_verb(word: str) -> bool:
    for tail in POLITE_TAILS:
        if word.endswith(tail) and len(word) > len(tail) + 2:
            # the verb's last vowel gives way to the tail: "కుదరదు" + "అండి"
            return word[: -len(tail)].endswith(_VERB_NEGATIVES + _CLIPPED)
    return word.endswith(_VERB_NEGATIVES)


def refused_by_naming(reading: _Reading, price: _Price) -> bool:
    """Whether `price`'s own clause, said right after it, refuses it with a verb."""
    # imported here: refused_at calls this module
    from audio.understanding.refused_at import _clause_end, _clause_refuses, negation_at

    start = price.end
    if start >= len(reading.words) or not _joined(reading, start):
        return False
    stop = _clause_end(reading, start)
    words = reading.words[start:stop]
    if not any(_verb(w) for w in words):
        return False
    negations = [reading.words[k] for k in range(start, stop) if negation_at(reading, k)]
    if reading.language == "gu" and negations and set(negations) <= _OF_NO:
        return False  # "pachas aapish kilo na": "of a kilo", no refusal
    if _clause_refuses(reading, start, stop):
        return True
    # the negation is a verb's own ending with a polite tail ("మూడు వందలకి కుదరదండి")
    last = stop - 1
    while last > start and reading.words[last] in ADDRESS:
        last -= 1
    refused = (
        _negative_verb(reading.words[last])
        and all(
            w in _PRONOUNS or reading.is_plain(start + i)
            for i, w in enumerate(words[: last - start])
        )
        and reading.text[reading.tokens[stop - 1].end :].lstrip()[:1] != "?"
    )
    reading.refused_uncued = reading.refused_uncued or refused  # no refusal cue says it
    return refused
