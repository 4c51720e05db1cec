"""A refusal that names the price refused, with no price of its own: "No no, not for
90", "can't give it for seventy", "எண்பதுக்கு தர மாட்டேன்", "എഴുപതിന് തരാൻ പറ്റില്ല",
"সত্তরে দিতে পারব না", and "at X it won't do" with the "at" written apart ("tinsho te hobe
na", "तीस पे नहीं होगा", "ਤਿੰਨ ਸੌ ਤੇ ਨਹੀਂ ਹੋਣਾ", "300 nu pattilla", "at 120 I can't do it"),
or joined by a hyphen ("nooru-nu pattilla", "tinsho-te hobe na", "300-ki kudaradu").
The price is refused, not offered; the line rejects.

Whatever the verb: a price in a case form ("for", "at", "in": "ஐநூறுக்கு", "આઠસોમાં",
"ಐನೂರು ರೂಪಾಯಿಗೆ", "छह सौ में") whose own clause closes on a negation ("ஸ்டூல் செய்ய
முடியாது", "ખુરશી ન બને", "ಟೈರ್ ಬರಲ್ಲ", "अलमारी नहीं बनेगी", "కుర్చీ చేయలేను") is refused:
the negation, not the verb, decides, as it does in English "can't make a grill for 700".
A count said inside the clause ("നൂറ്റമ്പതിന് രണ്ട് ടയർ പറ്റില്ല") stays the quantity."""

from __future__ import annotations

from functools import lru_cache

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.address import ADDRESS
from audio.understanding.cannot_give import refused_by_naming
from audio.understanding.echo_refusals import echo_refused, that_much_refused
from audio.understanding.echoed import echoed_and_refused
from audio.understanding.floor_at import floor_after
from audio.understanding.negation import _determiner
from audio.understanding.not_even_there import refused_as_unheard
from audio.understanding.reading import _BOUNDS, _joined, _Price, _Reading
from audio.understanding.refusal_words import stems_of, words_of
from audio.understanding.refused_at_words import (
    AT_AFTER,
    BOUND_STEMS,
    CASE_ENDINGS,
    CASE_WORDS,
    NEGATIVE_ENDINGS,
    NEGATIVE_WORDS,
    NEGATORS,
)
from audio.understanding.refused_that import refused_after_pause

# "For", "at", "in" between a refusal and the price: "not for 90", "won't sell at 60".
_FOR = frozenset(
    fold(w)
    for w in (
        "for", "at", "in", "it", "them", "give", "sell", "do", "take", "buy",
        # said going on: "I'm not giving it for a hundred"
        "giving", "selling", "doing", "taking", "buying",
    )
)  # fmt: skip

# A verb of giving or selling as the refusal's object ("to give", "தர", "ಕೊಡಕ್ಕೆ"), as a
# word's start: the refusal after it refuses to give at the price, not a noun.
_TO_GIVE = stems_of("to_give")
# What may stand between the price and the verb: the goods as "this", who refuses, a
# "then" ("అమ్మైదుకి నేను తీసుకోను", "അമ്പതിന് ഇത് തരാൻ പറ്റില്ല"); and an address after the
# refusal ("... തരാൻ പറ്റില്ല ചേട്ടാ") ends nothing.
_THIS = words_of("this", "i")
_REFUSING = (Cue.NOT, Cue.REJECT, Cue.NEGATION)

# What may stand between a price and its ending: a space, or a hyphen that joins them.
_HYPHENS = frozenset(("-", "‐", "‑"))
# Endings read only when a hyphen joins them to the price ("300-ki", Telugu "at"), for
# written apart they are other words (Hindi "ki", "of").
_HYPHEN_ENDINGS = frozenset(fold(w) for w in ("ki", "ku", "ge", "kke"))
# "At", "for" before the price in English ("at 120 I can't do it").
_AT_BEFORE = frozenset(fold(w) for w in ("at", "for"))
_AGREE = fold("agree")
# Who refuses, or a "then" between the price and the refusal ("तीस पे तो नहीं").
_BETWEEN = frozenset(fold(w) for w in ("i", "we", "i'm", "we're", "to", "toh", "तो", "ਤਾਂ", "ta"))


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
    return (word in AT_AFTER and _linked(reading, k)) or (
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


# Bengali "না" after a polite imperative asks, it refuses nothing ("দিন না", do give).
_ASKING_BEFORE_NA = ("ন", "ও", "din", "nin", "dao", "nao")
# English refusals said before the verb and the price ("I can't make a grill for 700"):
# a modal's, never a bare "no", which may answer before a price of one's own; "it won't
# hurt you at 300" is no refusal.
_CANNOT = frozenset(fold(w) for w in NEGATORS["en"] if w != "not")
_HARM = frozenset(fold(w) for w in ("hurt", "harm", "lose", "loss", "pinch", "matter"))
_AGREEING = (Cue.ACCEPT, Cue.SOFT_ACCEPT, Cue.FOR_YOU, Cue.QUESTION)


def _case_form(reading: _Reading, price: _Price) -> int | None:
    """Where the price's clause goes on when the price is said in a case form ("for",
    "at", "in"), else None."""
    endings = tuple(fold(e) for e in CASE_ENDINGS.get(reading.language, ()))
    last = price.end - 1
    word = reading.words[last]
    if fold(price.span.suffix) in endings and price.span.end == price.end:
        return price.end
    if reading.has(last, Cue.CURRENCY) and any(
        word.endswith(e) and len(word) > len(e) + 1 for e in endings
    ):
        return price.end  # "ಐನೂರು ರೂಪಾಯಿಗೆ", "আটশো টাকায়"
    k = price.end
    if k < len(reading.words) and reading.words[k] in CASE_WORDS and _joined(reading, k):
        return k + 1
    return None


def negation_at(reading: _Reading, k: int) -> bool:
    """Word `k` says "not" or "can't" ("முடியாது", "mudiyaadhu", "ledu", "नहीं")."""
    word = reading.words[k]
    if reading.language == "bn" and k > 0 and reading.words[k - 1].endswith(_ASKING_BEFORE_NA):
        return False  # "দিন না": do give
    return (
        reading.has(k, Cue.NOT, Cue.NEGATION)
        or word in _negators(reading.language)
        or word in NEGATIVE_WORDS
        or any(word.endswith(e) for e in NEGATIVE_ENDINGS)
    )


@lru_cache(maxsize=16)
def _negators(language: str) -> frozenset[str]:
    return frozenset(fold(w) for w in NEGATORS.get(language, ()) + NEGATORS["en"])


def cannot_at(reading: _Reading, k: int) -> bool:
    """An English modal refusal at `k` ("can't", "won't"): "can't agree" agrees to nothing."""
    return 0 <= k < len(reading.words) and reading.words[k] in _CANNOT


def _agrees_in(reading: _Reading, start: int, stop: int) -> bool:
    """A word of agreement or a question in words `start`..`stop`, other than an
    agreement refused in its own word or the next ("ఒప్పుకోను", "রাজি না": won't agree)."""
    return any(
        cue in _AGREEING
        and not (
            cue in (Cue.ACCEPT, Cue.SOFT_ACCEPT)
            and any(negation_at(reading, j) for j in range(s, min(e + 1, stop)))
        )
        for cue, s, e in reading.occurrences
        if start <= s < stop
    )


def _clause_refuses(reading: _Reading, start: int, stop: int) -> bool:
    """Words `start`..`stop` are a clause that closes on a negation: a refusal with no
    bound ("can't go below"), no agreement, no question and no price of its own in it."""
    negations = [j for j in range(start, stop) if negation_at(reading, j)]
    if not negations or stop - start > 8:
        return False
    last = negations[-1]
    after = range(last + 1, stop)
    if len(after) > 2 or any(
        reading.number_at[j] is not None
        or not (reading.words[j] in ADDRESS or reading.is_plain(j) or reading.has(j, Cue.LINK))
        for j in after
    ):
        return False  # "ನಾನೂರಕ್ಕೆ ಆಗಲ್ಲ, ಐನೂರು": the clause goes on past the refusal
    words = reading.words[start:stop]
    refused = not (
        reading.cue_near(start, stop, *_BOUNDS)
        or _agrees_in(reading, start, stop)
        or reading.less.found(words)
        or reading.more.found(words)
        or any(w.startswith(BOUND_STEMS) for w in words)
        or any(j in reading.no_loss for j in range(start, stop))
        or any(start <= p.start < stop for p in reading.prices)
        or reading.text[reading.tokens[stop - 1].end :].lstrip()[:1] == "?"
    )
    if refused and not reading.has(last, *_REFUSING):
        reading.refused_uncued = True  # "ન બને", "చేయలేను": no refusal cue says it
    return refused


def _clause_end(reading: _Reading, k: int) -> int:
    """Where the clause that goes on at word `k` ends: at a pause, a mark or the end."""
    while k < len(reading.words) and _joined(reading, k) and reading.words[k][:1].isalnum():
        k += 1
    return k


def _refused_in_clause(reading: _Reading, price: _Price) -> bool:
    """ "ஐநூறுக்கு இந்த ஸ்டூல் செய்ய முடியாது", "આઠસોમાં તો ખુરશી ન બને": the price in a
    case form, then its clause closing on a negation, whatever the verb."""
    start = _case_form(reading, price)
    if start is None or start >= len(reading.words) or not _joined(reading, start):
        return False
    return _clause_refuses(reading, start, _clause_end(reading, start))


def _refused_before_verb(reading: _Reading, price: _Price) -> bool:
    """ "I can't make a window grill for 700": a modal refusal, the verb and the goods,
    then "for"/"at" and the price closing the clause."""
    k = price.start - 1
    agree_to = reading.words[k] == "to" and reading.words[k - 1].startswith(_AGREE)
    if k < 1 or not (reading.words[k] in _AT_BEFORE or agree_to):
        return False  # "can't make a grill for 700", "can't agree to 700"
    if not _joined(reading, price.start):
        return False
    end = _clause_end(reading, price.end)
    if any(
        reading.number_at[j] is not None or reading.words[j] not in ADDRESS
        for j in range(price.end, end)
    ):
        return False
    j = k - 1
    while j >= 0 and k - j <= 6 and _joined(reading, j + 1):
        if reading.words[j] in _CANNOT:
            between = reading.words[j:k]
            return not (
                any(w in _HARM or w.startswith(BOUND_STEMS) for w in between)
                or reading.cue_near(j, k, *_BOUNDS)
                or reading.less.found(between)
                or any(reading.number_at[i] is not None for i in range(j, k))
            )
        j -= 1
    return False


# A first person's "take", "buy" or "give" said beside its "not" ("नहीं लूँगा", "নেব না",
# "ਨਹੀਂ ਦੇਵਾਂਗਾ", "નહીં લઉં"), as whole words: the verbs of `_TO_GIVE` are read as starts.
_OWN_VERBS = words_of("own")


def _refused_by_self(reading: _Reading, price: _Price) -> bool:
    """ "950 కి నేను తీసుకోను", "950 में मैं नहीं लूँगा", "950 ಕ್ಕೆ ನಾನು ತಗೊಳ್ಳಲ್ಲ": the
    price in a case form, its ending joined or typed apart, then who refuses and the
    refusal to take or give ending the clause. A price refused is never the speaker's
    bid."""
    words, k = reading.words, price.end
    if k < len(words) and reading.has(k, Cue.LINK) and _linked(reading, k):
        k += 1  # the ending typed apart: "950 కి", "950-তে", "950 ന്"
    elif _case_form(reading, price) != price.end:
        return False
    if k >= len(words) or words[k] not in _THIS or not _joined(reading, k):
        return False
    start = k + 1
    stop = _clause_end(reading, start)
    while stop > start and words[stop - 1] in ADDRESS:
        stop -= 1  # "... తీసుకోను అన్నా"
    if start >= stop or stop - start > 3 or not _joined(reading, start):
        return False
    refusing = [
        j for j in range(start, stop) if reading.has(j, *_REFUSING) or negation_at(reading, j)
    ]
    return bool(refusing) and all(
        j in refusing or words[j] in _OWN_VERBS or words[j].startswith(_TO_GIVE)
        for j in range(start, stop)
    )


def refuse_named_prices(reading: _Reading) -> None:
    """Mark each price refused by a "not for" before it or a "won't give" after it, or
    as unheard of ("800 you won't get even in the mandi; 900", `not_even_there`)."""
    refused_as_unheard(reading)
    if that_much_refused(reading):
        reading.prices[0].negated = True  # "600? no, with that much the festival is done"
    for price in reading.prices:
        if (
            not price.negated
            and (
                _refused_before(reading, price)
                or _refused_after(reading, price)
                or _refused_at(reading, price)
                or _refused_in_clause(reading, price)  # "ஐநூறுக்கு செய்ய முடியாது"
                or _refused_before_verb(reading, price)  # "can't make a grill for 700"
                or _refused_by_self(reading, price)  # "950 కి నేను తీసుకోను"
                or echoed_and_refused(reading, price)  # "2850?! No no, too much."
                or echo_refused(reading, price)  # "3000 for an old cooler? No sir"
                or refused_by_naming(reading, price)  # "six hundred I can't give"
                or refused_after_pause(reading, price)  # "950, I won't take it at that"
            )
            and not floor_after(reading, price)
        ):  # "ఐదు వందల యాభైకి తగ్గదు": the floor
            price.negated = True
