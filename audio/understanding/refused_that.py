"""A price, a pause, then a refusal to take or give it that points back at it: "950, I
won't take it at that", "950, no, can't do it at that price", "950, इतने में नहीं लूँगा",
"950, அந்த விலைக்கு எடுக்க மாட்டேன்", "950, అంతకి తీసుకోను", "950, ಅಷ್ಟಕ್ಕೆ ತಗೊಳ್ಳಲ್ಲ",
"950, এত দামে নেব না", "950, एवढ्यात घेणार नाही", "950, એટલામાં નહીં લઉં", "950, ਇੰਨੇ
ਵਿੱਚ ਨਹੀਂ ਲਵਾਂਗਾ", "950, അതിന് എടുക്കില്ല". The price is the one refused, never agreed
to: the "take it" in the refusal is no accept.

The clause after the pause (a bare "no" or an address before it is passed over) holds
a negation beside a verb of taking, buying, giving, selling or doing, and nothing else
but who refuses, "it", and words that point back at the price ("at that", "that price",
"इतने में"). Anything more ("950, I won't give it to anyone else", "300, I don't have
change", "950, won't go below that") refuses nothing of the price. Called from
`audio.understanding.refused_at`."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.address import ADDRESS
from audio.understanding.reading import _joined, _Price, _Reading, end_of_clause
from audio.understanding.refusal_words import stems_of, words_of
from audio.understanding.refused_at_words import BOUND_STEMS

# Verbs of taking, buying, giving, selling, doing, wanting, as a word's start.
_VERB_STEMS = stems_of("stems")
# The same, short or typed in Latin letters, as whole words: "do", "lunga", "nebo".
_VERB_WORDS = words_of("words")
# What else the refusal's clause may hold: who refuses, "it", "then", and the words that
# point back at the price said before the pause.
_FILLERS = frozenset(
    fold(w)
    for w in (
        "i", "we", "i'm", "im", "we're", "it", "them", "at", "for", "that", "this", "price",
        "rate", "then", "really", "just", "मैं", "हम", "तो", "इतने", "इतना", "इस", "उस",
        "में", "पर", "दाम",
        "main", "toh", "to", "itne", "itna", "is", "us", "mein", "me", "par", "pe", "daam",
        "நான்", "அந்த", "விலைக்கு", "இதுக்கு", "அதுக்கு", "அவ்வளவுக்கு", "naan", "andha",
        "vilaikku", "idhukku", "adhukku", "నేను", "ఆ", "ధరకి", "అంతకి", "అంతకు", "దానికి",
        "nenu", "aa", "antaki", "anthaki", "ನಾನು", "ಆ", "ಬೆಲೆಗೆ", "ಅಷ್ಟಕ್ಕೆ", "ಅದಕ್ಕೆ",
        "naanu", "ashtakke", "adakke", "আমি", "এত", "ওই", "দামে", "এতে", "ওতে", "ami", "eto",
        "oi", "dame", "मी", "एवढ्यात", "इतक्यात", "त्या", "भावात", "किमतीत", "mi", "evdhyat",
        "itkyat", "હું", "એટલામાં", "એ", "ભાવમાં", "તો", "hu", "etlama", "ਮੈਂ", "ਇੰਨੇ",
        "ਵਿੱਚ", "ਇਸ", "ਭਾਅ", "ਤਾਂ", "inne", "vich", "ഞാൻ", "അതിന്", "ആ", "വിലയ്ക്ക്",
        "അത്രയ്ക്ക്", "ഇത്", "njan", "athinu", "athrakku",
        # "this price", "at this much": the same pointing back, said near
        "இந்த", "இவ்வளவுக்கு", "intha", "indha", "ivvalavukku", "ఈ", "ధరకు", "ఇంతకి",
        "ఇంతకు", "ee", "dharaku", "dharaki", "inthaki", "ಈ", "ಇಷ್ಟಕ್ಕೆ", "ishtakke", "এই",
        "ei", "इतक्या", "ह्या", "આ", "આટલામાં", "aa", "aatlama", "atlama", "ਚ", "ਵਿਚ",
        "ਏਨੇ", "ਐਨੇ", "ene", "ഈ", "ഇത്രയ്ക്ക്", "ithrakku",
    )
)  # fmt: skip
# English refusals the cue tables leave to their context ("wouldn't"), and Kannada typed
# in Latin letters with the refusal on the verb's end ("tagolla", "ತಗೊಳ್ಳಲ್ಲ").
_NOT_ON_VERB = words_of("not_on_verb")
# Who refuses, said before the price's clause with no pause: "950 I won't take".
_WHO = words_of("i", "we")
# Nobody as the one who refuses: "950, nobody will take it at that", "950, no shop will
# give it for that", "950, koi nahi lega itne mein". English "nobody" and "no one" are
# their own "not"; the others refuse with the verb's.
_NOBODY = words_of("nobody")
_NO_WHO = words_of("no_who")
_NO = fold("no")
# What English says between "nobody" and the verb: "nobody will take it", "no one can sell".
_WILL = frozenset(fold(w) for w in ("will", "would", "can", "could", "ever", "else"))
# "950, not at that price": the refusal with no verb, only the words pointing back.
_THAT_PRICE = frozenset(fold(w) for w in ("that", "price", "rate"))
_REFUSING = (Cue.NOT, Cue.REJECT, Cue.NEGATION)


def _verb(word: str) -> bool:
    return word in _VERB_WORDS or word.startswith(_VERB_STEMS)


def nobody_at(reading: _Reading, start: int, stop: int) -> set[int]:
    """Where words `start`..`stop` say nobody: "nobody", "no one", "no shop", "koi"."""
    words = reading.words
    said = {j for j in range(start, stop) if words[j] in _NOBODY}
    for j in range(start, stop - 1):
        if words[j] == _NO and words[j + 1] in _NO_WHO and _joined(reading, j + 1):
            said |= {j, j + 1}
    return said


def _nobody_does(reading: _Reading, nobody: set[int], verbs: set[int]) -> bool:
    """English "nobody" or "no one" a few words before the verb, its subject: "nobody will
    take it", "no shop sells it"; never "take it, nobody can complain"."""
    if reading.language != "en" or not nobody:
        return False
    first = min(nobody)
    return any(first < j <= max(nobody) + 3 for j in verbs)


def _refuses(reading: _Reading, start: int, stop: int) -> bool:
    """Words `start`..`stop` refuse to take or give, and say nothing else."""
    # imported here: refused_at calls this module
    from audio.understanding.refused_at import negation_at

    words = reading.words
    negations = {
        j
        for j in range(start, stop)
        if reading.has(j, *_REFUSING) or negation_at(reading, j) or words[j] in _NOT_ON_VERB
    }
    verbs = {j for j in range(start, stop) if _verb(words[j])}
    nobody = nobody_at(reading, start, stop)
    # a negation beside the verb, or (outside English) on the verb itself: "తీసుకోను"
    refused = any(
        j - 1 in negations or j + 1 in negations or (j in negations and reading.language != "en")
        for j in verbs
    ) or _nobody_does(reading, nobody, verbs)
    if not refused:
        # "950, not at that price": a "not" and the words pointing back, no verb
        said = [w for w in words[start:stop] if w not in ADDRESS]
        return (
            start in negations
            and bool(set(said) & _THAT_PRICE)
            and all(j in negations or words[j] in _FILLERS for j in range(start, stop))
        )
    # the verb's own "not" takes back its "will take": "এত দামে কেউ নেবে না"
    refused_verbs = {j for j in verbs if j - 1 in negations or j + 1 in negations}
    if any(
        reading.has(j, Cue.ACCEPT, Cue.SOFT_ACCEPT, Cue.FOR_YOU) and j not in refused_verbs
        for j in range(start, stop)
    ):
        return False  # "no problem, I'll take it"
    if any(w.startswith(BOUND_STEMS) for w in words[start:stop]):
        return False  # "800, not less", "950, won't take less": a floor
    if not all(
        j in negations
        or j in verbs
        or j in nobody
        or words[j] in _FILLERS
        or words[j] in ADDRESS
        or (nobody and words[j] in _WILL)
        for j in range(start, stop)
    ):
        return False
    if not any(reading.has(j, *_REFUSING) for j in negations):
        reading.refused_uncued = True  # "ashtakke tagolla": no refusal cue says it
    return True


def refused_after_echo(reading: _Reading, k: int) -> bool:
    """Whether the clause from word `k`, said after a price asked back ("600? nobody
    will give it at this price", "அறுநூறா? இந்த விலைக்கு யாரும் தர மாட்டாங்க"), refuses
    to take or give it and says nothing else."""
    while k < len(reading.words) and not reading.words[k][:1].isalnum():
        k += 1  # the "?" itself
    if k >= len(reading.words):
        return False
    stop = end_of_clause(reading, k)
    nobody = nobody_at(reading, k, stop)
    if any(reading.number_at[j] is not None and j not in nobody for j in range(k, stop)):
        return False
    if reading.text[reading.tokens[stop - 1].end :].lstrip()[:1] == "?":
        return False
    return bool(nobody) and _refuses(reading, k, stop)


def refused_after_pause(reading: _Reading, price: _Price) -> bool:
    """Whether the clause said after a pause past `price` refuses to take or give it."""
    words, start = reading.words, price.end
    if start >= len(words) or (_joined(reading, start) and words[start] not in _WHO):
        return False  # "950 I won't take": who refuses starts the clause
    if reading.text[reading.tokens[price.end - 1].end :].lstrip()[:1] == "?":
        return False  # "950? I won't take it" is an echo, read elsewhere
    stop = end_of_clause(reading, start)
    while all(
        reading.has(j, Cue.REJECT, Cue.NEGATION) or words[j] in ADDRESS for j in range(start, stop)
    ):
        if stop >= len(words):
            return False  # "950, no": read elsewhere
        start, stop = stop, end_of_clause(reading, stop)  # "950, no no, I won't take it"
    nobody = nobody_at(reading, start, stop)
    if any(reading.number_at[j] is not None and j not in nobody for j in range(start, stop)):
        return False  # a price of its own; the "one" of "no one" is nobody
    if reading.text[reading.tokens[stop - 1].end :].lstrip()[:1] == "?":
        return False  # "950, won't you take it at that?" asks
    return _refuses(reading, start, stop)
