"""A refusal that names the price refused, with no price of its own: "No no, not for
90", "can't give it for seventy", "எண்பதுக்கு தர மாட்டேன்", "എഴുപതിന് തരാൻ പറ്റില്ല",
"সত্তরে দিতে পারব না", and "at X it won't do" with the "at" written apart ("tinsho te hobe
na", "तीस पे नहीं होगा", "ਤਿੰਨ ਸੌ ਤੇ ਨਹੀਂ ਹੋਣਾ", "300 nu pattilla", "at 120 I can't do it"),
or joined by a hyphen ("nooru-nu pattilla", "tinsho-te hobe na", "300-ki kudaradu").
The price is refused, not offered; the line rejects."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.address import ADDRESS
from audio.understanding.echo_refusals import echo_refused
from audio.understanding.echoed import echoed_and_refused
from audio.understanding.negation import _determiner
from audio.understanding.not_even_there import refused_as_unheard
from audio.understanding.reading import _BOUNDS, _joined, _Price, _Reading

# "For", "at", "in" between a refusal and the price: "not for 90", "won't sell at 60".
_FOR = frozenset(
    fold(w) for w in ("for", "at", "in", "it", "them", "give", "sell", "do", "take", "buy")
)

# A verb of giving or selling as the refusal's object ("to give", "தர", "ಕೊಡಕ್ಕೆ"), as a
# word's start: the refusal after it refuses to give at the price, not a noun.
_TO_GIVE = tuple(
    fold(w)
    for w in (
        "give", "sell", "தர", "குடுக்க", "கொடுக்க", "விக்க", "ಕೊಡಕ್ಕೆ", "ಕೊಡೋಕೆ", "ಕೊಡಲು",
        "ಮಾರೋಕೆ", "തരാൻ", "തരാന", "കൊടുക്കാൻ", "വിൽക്കാൻ", "দিতে", "বেচতে", "দেওয়া",
        "देणार", "द्यायला", "विकणार", "ఇవ్వడానికి", "ఇవ్వడం", "అమ్మడం", "આપવા", "આપવાનું",
        "ਦੇਣ", "ਦੇਣਾ", "देना", "bechna", "dena", "kudukka", "kodukka", "tharan", "tharaan",
        "kodakke", "kodoke", "ivvadaniki", "dite", "dewa", "aapva", "dyayla",
        # taking, refused by the buyer: "நாப்பதுக்கு எடுக்க மாட்டேன்", "चाळीसला घेणार नाही"
        "எடுக்க", "வாங்க", "ತಗೊಳ್ಳ", "ತೆಗೆದುಕೊಳ್ಳ", "తీసుకో", "కొన", "നിക്കാൻ", "എടുക്കാൻ",
        "വാങ്ങാൻ", "নিতে", "কিনতে", "घेणार", "घ्यायला", "લેવા", "ਲੈਣ", "लेना", "edukka",
        "vaanga", "theeskon", "teesukon", "nite", "ghenar", "leva", "lena", "lain",
    )
)  # fmt: skip
# What may stand between the price and the verb: the goods as "this", who refuses, a
# "then" ("అమ్మైదుకి నేను తీసుకోను", "അമ്പതിന് ഇത് തരാൻ പറ്റില്ല"); and an address after the
# refusal ("... തരാൻ പറ്റില്ല ചേട്ടാ") ends nothing.
_THIS = frozenset(
    fold(w)
    for w in (
        "this", "it", "i", "ఇది", "దీన్ని", "నేను", "ഇത്", "ഇതു", "ഞാൻ", "આ", "હું", "તો",
        "ये", "यह", "इसे", "मैं", "तो", "हे", "ही", "मी", "இது", "இதை", "நான்", "ಇದು",
        "ಇದನ್ನ", "ನಾನು", "এটা", "আমি", "ਇਹ", "ਮੈਂ", "ਤਾਂ", "idi", "nenu", "ithu", "njan",
        "aa", "hu", "to", "toh", "ye", "main", "mi", "idhu", "naan", "idu", "naanu",
    )
)  # fmt: skip
_REFUSING = (Cue.NOT, Cue.REJECT, Cue.NEGATION)

# "At", "to" written apart after the price, which the tables do not read as a link:
# Bengali "তিনশো তে", "tinsho te", "shottor e"; Hindi "तीस पे"; Punjabi "ਤਿੰਨ ਸੌ ਤੇ";
# Malayalam "300 nu", "munnoorinu" (the ending kept on the number is read already).
# With a hyphen the ending is the same word's ("nooru-nu", "tinsho-te", "sau-pe",
# "300-ku"); Tamil "ku" written apart is the "for" of "300 ku kudukka mudiyadhu".
_AT_AFTER = frozenset(
    fold(w)
    for w in (
        "te", "tei", "e", "তেই", "pe", "पे", "ਤੇ", "nu", "inu", "kku", "ikku", "ku", "ukku",
    )
)  # fmt: skip
# What may stand between a price and its ending: a space, or a hyphen that joins them.
_HYPHENS = frozenset(("-", "‐", "‑"))
# Endings read only when a hyphen joins them to the price ("300-ki", Telugu "at"), for
# written apart they are other words (Hindi "ki", "of").
_HYPHEN_ENDINGS = frozenset(fold(w) for w in ("ki", "ku", "ge", "kke"))
# "At", "for" before the price in English ("at 120 I can't do it").
_AT_BEFORE = frozenset(fold(w) for w in ("at", "for"))
# Who refuses, or a "then" between the price and the refusal ("तीस पे तो नहीं").
_BETWEEN = frozenset(fold(w) for w in ("i", "we", "to", "toh", "तो", "ਤਾਂ", "ta"))


def _linked(reading: _Reading, k: int) -> bool:
    """Token `k` follows the one before it with a space or a joining hyphen ("nooru-nu")."""
    if k <= 0:
        return False
    gap = reading.text[reading.tokens[k - 1].end : reading.tokens[k].start].strip()
    return gap == "" or gap in _HYPHENS


def _hyphened(reading: _Reading, k: int) -> bool:
    gap = reading.text[reading.tokens[k - 1].end : reading.tokens[k].start].strip()
    return gap in _HYPHENS


def _at_ending(reading: _Reading, k: int) -> bool:
    """Word `k` is an "at" ending of the price before it: written apart or hyphened."""
    if k >= len(reading.words) or k <= 0:
        return False
    word = reading.words[k]
    return (word in _AT_AFTER and _linked(reading, k)) or (
        word in _HYPHEN_ENDINGS and _hyphened(reading, k)
    )


def _refused_before(reading: _Reading, price: _Price) -> bool:
    """ "not for 90", "can't give it for seventy": a "not" or "can't" (never a bare
    "no", which may answer before a price of one's own) and "for"/"at" words between."""
    k = price.start - 1
    if k < 1 or reading.words[k] not in _FOR:
        return False
    while k >= 0 and reading.words[k] in _FOR and _joined(reading, k + 1):
        k -= 1
    return k >= 0 and _joined(reading, k + 1) and reading.has(k, Cue.NOT, Cue.REJECT)


def _refused_after(reading: _Reading, price: _Price) -> bool:
    """ "எண்பதுக்கு தர மாட்டேன்", "সত্তরে দিতে পারব না": a verb of giving, then the
    refusal that ends the clause."""
    words, k = reading.words, price.end
    if _at_ending(reading, k):
        k += 1  # "300-ku kudukka mudiyadhu": the "for" ending, then the verb
    if k < len(words) and words[k] in _THIS and _joined(reading, k):
        k += 1  # "അമ്പതിന് ഇത് തരാൻ പറ്റില്ല", "నలభైకి నేను తీసుకోను"
    if k >= len(words) or not words[k].startswith(_TO_GIVE) or not _joined(reading, k):
        return False
    verb = k
    k += 1
    while k < len(words) and reading.has(k, *_REFUSING) and _joined(reading, k):
        k += 1
    # "తీసుకోను" (I won't take): the refusal is the verb's own ending
    refused = k > verb + 1 or reading.has(verb, *_REFUSING)
    while k < len(words) and words[k] in ADDRESS and _joined(reading, k):
        k += 1
    return refused and (k == len(words) or not _joined(reading, k))


def _refused_at(reading: _Reading, price: _Price) -> bool:
    """ "tinsho te hobe na", "तीस पे नहीं होगा", "at 120 I can't do it": an "at" word
    beside the price, then (after a pronoun or a "then" at most) the refusal, with no
    bound after it ("at 300 I can't go lower" names a floor)."""
    words, k = reading.words, price.end
    before = price.start > 0 and words[price.start - 1] in _AT_BEFORE
    before = before and _joined(reading, price.start)
    after = _at_ending(reading, k)
    if not (before or after):
        return False
    k += 1 if after else 0
    if k < len(words) and words[k] in _BETWEEN and _joined(reading, k):
        k += 1
    if before and not after and k == price.end:
        return False  # "for 300 not bad": a pronoun says who refuses
    if k >= len(words) or not _joined(reading, k) or not reading.has(k, *_REFUSING):
        return False
    stop = k + 1
    while stop < min(k + 4, len(words)) and _joined(reading, stop):
        stop += 1  # the refusal's own clause
    return (
        not _determiner(reading, k)
        and not reading.cue_near(k, stop, *_BOUNDS)
        and all(reading.number_at[j] is None for j in range(k, stop))
    )


def refuse_named_prices(reading: _Reading) -> None:
    """Mark each price refused by a "not for" before it or a "won't give" after it, or
    as unheard of ("800 you won't get even in the mandi; 900", `not_even_there`)."""
    refused_as_unheard(reading)
    for price in reading.prices:
        if not price.negated and (
            _refused_before(reading, price)
            or _refused_after(reading, price)
            or _refused_at(reading, price)
            or echoed_and_refused(reading, price)  # "2850?! No no, too much."
            or echo_refused(reading, price)  # "3000 for an old cooler? No sir"
        ):
            price.negated = True
