"""A price the other side said, checked back: "You said 120 for the bunch, didn't you?",
"गुच्छा 120 का बोला था ना आपने?", "ಕೆಜಿಗೆ ನಾನೂರು ಅಂದ್ರಲ್ವಾ?", "A bunch is 150, no? That's
what you said yesterday." A verb of saying or telling with a second person ("you said",
"aapne bola", "నువ్వు చెప్పావు", "நீங்க சொன்னீங்க", "তুমি বললে", "तुम्ही म्हणालात",
"તમે કહ્યું", "ನೀವು ಹೇಳಿದ್ರಿ", "നിങ്ങൾ പറഞ്ഞു", "ਤੁਸੀਂ ਕਿਹਾ"), in a line that asks, puts
the price back on the other side: the speaker names no price of their own, a question with
no amount (the unit said stays). "I said 60, for you 55" (the speaker's own word) and a
line that goes on to give or to agree keep their price."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.reading import _joined, _Price, _Reading
from audio.understanding.tag_questions import _PROPOSING, _TAG_FIRSTS, _gives, _tag_at_end

# A verb of saying or telling, as a word's start ("सांगितलं", "పറഞ്ഞില്ലേ", "ಹೇಳಿದ್ರಿ").
_SAY_STEMS = tuple(
    fold(w)
    for w in (
        "said", "told", "quoted", "बोला", "बोले", "बोली", "कहा", "कही", "बताया", "बताए",
        "bola", "bole", "boli", "kaha", "kahi", "bataya",
        "சொன்ன", "sonn", "చెప్ప", "cheppa", "అన్నా", "అన్నార", "అన్నావ", "anna", "annav",
        "annar", "ಹೇಳಿದ", "ಅಂದ್ರ", "ಅಂದಿದ್", "helid", "andr", "বলল", "বলেছিল", "বলেছিলে",
        "বলেছেন", "bolle", "bolechi", "bollen", "म्हणाला", "म्हणालात", "सांगितल", "mhanala",
        "sangitl", "કહ્યુ", "કીધુ", "kahyu", "kahya", "kidhu", "പറഞ്ഞ", "paranj", "ਕਿਹਾ",
        "ਦੱਸਿਆ", "keha", "kiha", "dasseya", "dassya",
    )
)  # fmt: skip

# Verb forms that carry the second person themselves ("சொன்னீங்க", "ಅಂದ್ರಲ್ವಾ", "চেপ্পావు").
_SAY_YOU_STEMS = tuple(
    fold(w)
    for w in (
        "சொன்னீங்க", "சொன்னே", "sonneenga", "sonninga", "చెప్పావ", "చెప్పార", "అన్నావ",
        "అన్నార", "cheppav", "cheppar", "annav", "annaru", "ಅಂದ್ರಿ", "ಅಂದ್ರಲ್", "ಹೇಳಿದ್ರಿ",
        "ಹೇಳಿದ್ರಲ್", "ಹೇಳಿದ್ದೀರ", "andri", "helidri", "বললে", "বলেছিলে", "বলেছিলেন",
        "বলেছেন", "bolle", "bolechile", "bolechilen", "म्हणालात", "सांगितलंत", "mhanalat",
        "paranjille",
    )
)  # fmt: skip

_YOU = frozenset(
    fold(w)
    for w in (
        "you", "आप", "आपने", "तुम", "तुमने", "तूने", "aap", "aapne", "apne", "tum", "tumne",
        "நீங்க", "நீங்கள்", "நீ", "neenga", "nee", "మీరు", "నువ్వు", "నీవు", "meeru", "nuvvu",
        "ನೀವು", "ನೀನು", "neevu", "neenu", "তুমি", "আপনি", "তুই", "tumi", "apni", "tui",
        "तुम्ही", "तू", "tumhi", "tu", "તમે", "તું", "tame", "tu", "നിങ്ങൾ", "നീ", "ningal",
        "ਤੁਸੀਂ", "ਤੂੰ", "tusi", "tussi",
    )
)  # fmt: skip

# "I", "me", "we": the speaker's own word ("I said 60, for you 55", "मैंने साठ बोला था").
_I = frozenset(
    fold(w)
    for w in (
        "i", "i'll", "i'm", "we", "मैं", "मैंने", "मै", "हम", "हमने", "main", "maine",
        "mai", "hum", "humne", "நான்", "நா", "naan", "నేను", "nenu", "ನಾನು", "naanu", "আমি",
        "ami", "मी", "mi", "મેં", "હું", "hu", "mein", "ഞാൻ", "njan", "ਮੈਂ", "main",
    )
)  # fmt: skip


# Hindi "was" in "bola tha", typed as Tamil "tha" (give) is.
_WAS = frozenset(("tha", "thi", "the"))


def _said_to_you(words: list[str]) -> bool:
    """A verb of saying with a second person: in the verb itself, or a "you" within
    four words of it."""
    for k, word in enumerate(words):
        if word.startswith(_SAY_STEMS) and any(w in _I for w in words[max(0, k - 4) : k + 4]):
            continue  # "मैंने साठ बोला", "I told you 60": the speaker's own word
        if word.startswith(_SAY_YOU_STEMS):
            return True
        if word.startswith(_SAY_STEMS) and any(w in _YOU for w in words[max(0, k - 4) : k + 4]):
            return True
    return False


def _in_tag(reading: _Reading, end: int) -> bool:
    """A word of agreement that asks, ending the line or before a "?" or a tag ("हो
    ना?", "બરાબર ને?", "right?"): part of the tag, no agreement."""
    tokens = reading.tokens
    return end >= len(tokens) or tokens[end].raw == "?" or reading.words[end] in _TAG_FIRSTS


def checks_what_you_said(reading: _Reading) -> bool:
    """Every price in the line is the other side's, said back to them as a question: a
    verb of saying with "you", a question mark or a tag, no word of the speaker's own
    ("I", "me"), of giving, proposing or agreement. The unit said stays."""
    words = reading.words
    if not reading.prices or not _said_to_you(words):
        return False
    asked = any(t.raw == "?" for t in reading.tokens) or _tag_at_end(reading) is not None
    if not asked or any(w in _I for w in words):
        return False
    numbers = {k for p in reading.prices for k in range(p.start, p.end)}
    rest = [w for k, w in enumerate(words) if k not in numbers]
    if reading.language != "ta":
        rest = [w for w in rest if w not in _WAS]  # "bola tha": "was", no Tamil "give"
    agreed = any(
        cue in (Cue.ACCEPT, Cue.SOFT_ACCEPT, Cue.TAKE_IT) and not _in_tag(reading, end)
        for cue, _, end in reading.occurrences
    )
    if agreed or _gives(rest) or any(w in _PROPOSING for w in rest):
        return False
    for price in reading.prices:
        if price.quantity is not None:
            price.quantity.claimed = False  # "you said 60 a kilo?" asks a kilo's price
            if price.per_unit:
                price.quantity.value = None  # a rate's "a kilo" is no count of one
    return True


def told_back_prices(reading: _Reading) -> list[_Price]:
    """Prices said in a clause that says them back to the other side ("aapne sattar
    bola, main pachpan dunga": the 70 is theirs), with no word of giving or proposing
    in that clause and none of agreement in the line: set aside, never the speaker's
    own."""
    words, found = reading.words, []
    if any(o[0] in (Cue.ACCEPT, Cue.SOFT_ACCEPT, Cue.TAKE_IT) for o in reading.occurrences):
        return []  # "ಸರಿ, ನೀವು ಹೇಳಿದಂತೆ ನಲವತ್ತು": okay, as you said, forty
    for price in reading.prices:
        start = next(j for j in range(price.start, -1, -1) if not _joined(reading, j))
        stop = next(
            (j for j in range(price.end, len(words)) if not _joined(reading, j)), len(words)
        )
        clause = [
            w
            for k, w in enumerate(words[start:stop], start)
            if k not in range(price.start, price.end)
        ]
        if reading.language != "ta":
            clause = [w for w in clause if w not in _WAS]
        if (
            _said_to_you(clause)
            and not _gives(clause)
            and not any(w in _PROPOSING or w in _I for w in clause)
        ):
            found.append(price)
    return found
