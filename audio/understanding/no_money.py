"""Numbers that are no price however they are classified: one that counts or labels
something else ("house number is 42", "lane 5", "10 minute", "6 baje", an age, a distance,
what a packet holds), money named as a thing ("a 500 rupee note") and a note to be changed
("change for 2000", "2000 ka chutta"); read by `audio.understanding.amounts`."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.numbers import (
    NumberSpan,
)
from audio.understanding.ages import beside_an_age
from audio.understanding.contents import holds_a_count
from audio.understanding.corrections import CORRECTING
from audio.understanding.distances import bound_to_distance
from audio.understanding.own_cost import inside_no_gain
from audio.understanding.periods import month_said_after, rate_of_time
from audio.understanding.questioned import QUESTIONING
from audio.understanding.reading import (
    _SKIPPABLE,
    _joined,
    _Price,
    _Reading,
)
from audio.understanding.servings import one_serving, serving_word
from audio.understanding.shop_priced import given_at, said_given
from audio.understanding.sizes import _SIZES
from audio.understanding.spec_counts import counted_after_pause
from audio.understanding.timed_prices import no_hour

_DAYS = frozenset(("today", "tomorrow", "tonight"))
# "The one at" after a label word: "gate wala", "ਗੇਟ ਵਾਲਾ", a person, the label no label.
_ONE_AT = frozenset(
    fold(w)
    for w in ("wala", "wali", "wale", "vala", "vali", "vale", "वाला", "वाली", "वाले", "ਵਾਲਾ",
              "ਵਾਲੀ", "ਵਾਲੇ", "વાળો", "વાળા", "વાળી")
)  # fmt: skip

# Labels only before their number: "flat 402" is a flat, "four hundred flat" a price
# Labels said only before their number, so a number before them is no label's: "four
# hundred flat" (a flat price), Tamil "நூறு மாலை" (a hundred garlands; "மாலை ஆறு மணி" is
# six in the evening).
_LABELS_BEFORE = frozenset(fold(w) for w in ("flat", "மாலை", "malai", "maalai"))

# "shop" labels a number ("dukan 25", shop number 25), but not in a case: "dukan mein 25
# ka kilo", "दुकानात 30 ला", "দোকানে তিরিশে" (in the shop, at 30) name the shop's price.
_SHOPS = tuple(fold(w) for w in ("dukan", "दुकान", "દુકાન", "ਦੁਕਾਨ", "shop", "দোকান", "dokan"))


def _in_a_shop(reading: _Reading, k: int, span: NumberSpan) -> bool:
    word = reading.words[k]
    cased = bool(span.suffix)  # "পাশের দোকান তিরিশে দিচ্ছে": at thirty, a price
    cased = cased or given_at(reading, span)  # "dokan 280 te dicche" (`shop_priced`)
    return word.startswith(_SHOPS) and (k < span.start - 1 or word not in _SHOPS or cased)


def _gap(reading: _Reading, k: int) -> str:
    return reading.text[reading.tokens[k - 1].end : reading.tokens[k].start]


# A place gone to: the words after it name where, not what the number counts.
_TOWARDS = frozenset(("to", "upto"))


def _why_before(reading: _Reading, span: NumberSpan) -> bool:
    """A "why" or "how come" said right before the number: "why a hundred today?"."""
    before = reading.words[max(0, span.start - 3) : span.start]
    return any(" ".join(before[k:]) in QUESTIONING for k in range(len(before)))


def _not_money(reading: _Reading, span: NumberSpan) -> bool:
    """A number that counts or labels something else: "lane 5", "10 minute", "3 kids",
    "6 baje", "at 6 in the morning", an age ("meri umar sattar hai")."""
    if beside_an_age(reading, span.start, span.end):
        return True
    if holds_a_count(reading, span.start, span.end):
        return True  # "सिगारेटच्या पाकिटात वीस असतात": what a packet holds
    if bound_to_distance(reading, span.start, span.end):
        return True  # "पंद्रह किलोमीटर", "twelve miles": a distance
    k = span.start - 1
    while k > 0 and reading.has(k, Cue.LINK) and k > span.start - 3:
        k -= 1  # "house number is 42"
    if (
        reading.has(k, Cue.NUMBER_LABEL)
        and (k < span.start - 1 or _joined(reading, span.start))
        and not (reading.words[k] in _DAYS and span.value > 12)
        and not no_hour(reading, k, span)  # "शाम सात सौ": hundreds are no hour
        and not _in_a_shop(reading, k, span)
        and not one_serving(reading, k - 1)
        and not (k > 0 and reading.words[k - 1] in _SIZES)  # "பெரிய கிளாஸ்": a big glass
        and not (k > 0 and reading.number_at[k - 1] is not None and span.value >= 1000)
        and not (k + 1 < span.start and reading.words[k + 1] in _ONE_AT)
    ):  # "ஒரு கிளாஸ் முப்பது": one glass, not a school class; "gate wala pachees": the
        # man at the gate, no gate number
        return True  # "number 42", "house number is 42"; "today 35" is no hour
    # A rate ("kilo 32") and, after a pause, a word of the next clause: "కిలో ముప్పై రెండే,
    # పొద్దున్నే వచ్చాయి" (came this morning), "kilo battis, subah aaye".
    priced = span.start > 0 and reading.has(span.start - 1, Cue.UNIT, Cue.CURRENCY)
    after = span.end < len(reading.words) and reading.words[span.end] in _LABELS_BEFORE
    day = reading.words[span.end] in _DAYS if span.end < len(reading.words) else False
    if day and span.value > 31 and (said_given(reading) or _why_before(reading, span)):
        # "the next stall gives it at 280 today", "why a hundred today?": no hour, no date
        return False
    if span.end < len(reading.tokens) and any(c in ".।!" for c in _gap(reading, span.end)):
        return False  # "ठीक है, दो सौ अस्सी. सुबह की पहली बोहनी": the next sentence's words
    labelled = reading.has(span.end, Cue.NUMBER_LABEL) and not no_hour(reading, span.end, span)
    if labelled and servings_counted(reading, span):
        return False  # "நாலு கிளாஸ், எழுபதுக்கு குடுங்க": four glasses, no fourth class
    if labelled and (_joined(reading, span.end) or not priced):
        return not after  # "বাহান্ন নম্বর"; "four hundred flat" is a flat price
    plain = 0
    for k in range(span.end, min(span.end + 4, len(reading.words))):
        if k == span.end and not _joined(reading, k) and reading.words[k] in CORRECTING:
            return False  # "ಪ್ಯಾಕೆಟ್ ಎಪ್ಪತ್ತು, ಸಾರಿ, ಎಪ್ಪತ್ತೈದು": "sorry", never "70 times"
        if (priced or plain or k > span.end) and not _joined(reading, k):
            return False  # "ಐವತ್ತಕ್ಕೆ ಕೊಡಿ, ದಿನಾ ...", "ஐம்பதுக்கு தாங்க, பசங்க ...": the next clause's
        if reading.words[k] in _TOWARDS:
            return False  # "three hundred to the bus stand": a fare to a place, no route
        if reading.has(k, Cue.NOT_MONEY) and not no_hour(reading, k, span):
            if rate_of_time(reading, span, k) or (
                k == span.end and month_said_after(reading, span)
            ):
                return False  # "900 a day", "250 an hour", "अठारह सौ महीने का": a rate of time
            if inside_no_gain(reading, k):
                return False  # "300 ma kai na bache": nothing left at 300, no children
            if _next_clause_counts(reading, span.end, k):
                return False  # "25, the kids' ones 20": the next price's goods
            return not counted_after_pause(reading, span.end, k)  # "1700, two years guarantee"
        if reading.number_at[k] is not None or reading.has(k, Cue.CURRENCY, Cue.UNIT):
            return False
        if reading.cues[k] and not reading.has(k, *_SKIPPABLE):
            return False
        plain += not reading.cues[k]
        if plain > 1:
            return False  # "40, tomato niye jan": the counted thing is right after
    return False


def _names_money(reading: _Reading, price: _Price) -> bool:
    """An amount of money that is a thing, not a price: "a 500 rupee note" (the word
    after the amount, or after a link such as "ka", counts something else)."""
    k = price.end
    if reading.has(k, Cue.LINK, Cue.OF) and not reading.has(k, Cue.NOT_MONEY):
        k += 1
    return reading.has(k, Cue.NOT_MONEY) and not _next_clause_counts(reading, price.end, k)


def servings_counted(reading: _Reading, span: NumberSpan) -> bool:
    """A small count of glasses (a word that also names a school class, "கிளாஸ்"), then
    past a pause a number of its own: the glasses counted, then their price."""
    k = span.end
    if not serving_word(reading, k) or not reading.has(k, Cue.NUMBER_LABEL, Cue.NOT_MONEY):
        return False
    if span.value != int(span.value) or not 2 <= span.value <= 50:
        return False
    stop = min(len(reading.words), k + 4)
    return any(
        reading.number_at[j] is not None and not _joined(reading, j2)
        for j in range(k + 1, stop)
        for j2 in range(k + 1, j + 1)
    )


def _next_clause_counts(reading: _Reading, opens: int, k: int) -> bool:
    """Word `k` opens, past a pause at `opens`, a clause with a number of its own after
    it: the word goes with that number ("any rakhi 25, the kids' ones 20", "પચ્ચીસ,
    બાળકોવાળી વીસ": the children's ones at 20), not with the number before the pause."""
    if opens >= len(reading.words) or _joined(reading, opens):
        return False
    for j in range(k + 1, min(k + 4, len(reading.words))):
        if any(c in _MARKS for c in _gap(reading, j)):
            return False
        if reading.number_at[j] is not None:
            return True
    return False


_MARKS = frozenset(",.;:?!।|")


def _change_for(reading: _Reading, price: _Price) -> bool:
    """The amount is a note to be changed: a word for change right before it ("change
    for 2000") or right after it ("2000 ka chutta", "ரெண்டாயிரத்துக்கு சில்லறை")."""
    k = price.end
    if reading.has(k, Cue.LINK, Cue.OF):
        k += 1
    if k < len(reading.tokens) and reading.tokens[k].raw.lower() in ("in", "as"):
        k += 1  # "twenty rupees in coins", "fifty as change"
    if _change_word(reading, k):
        return True
    k = price.start - 1
    if k > 0 and (reading.has(k, Cue.LINK, Cue.OF) or reading.tokens[k].raw.lower() == "for"):
        k -= 1
    return _change_word(reading, k)


_CHANGE = frozenset(
    fold(w)
    for w in (
        "change", "chutta", "chhutta", "chutte", "chhutte", "khulle", "छुट्टा", "छुट्टे",
        "खुल्ले", "சில்லறை", "chillarai", "చిల్లర", "chillara", "খুচরো", "খুচরা", "ভাংতি",
        "khuchro", "सुट्टे", "सुटे", "sutte", "છુટ્ટા", "છૂટા", "ಚಿಲ್ಲರೆ", "chillare",
        "ചില്ലറ", "ਭਾਨ", "bhaan", "ਛੁੱਟੇ", "ਖੁੱਲ੍ਹੇ", "chhutte", "khulla", "chillara", "khuchra",
        "chutte", "suttey", "chilre", "chillre", "chilla", "bhangti", "bhangani", "ভাঙানি",
        # the English word, written in each script
        "चेंज", "चेन्ज", "চেঞ্জ", "চেন্জ", "சேஞ்ச்", "சேஞ்சு", "చేంజ్", "చేంజి", "ચેન્જ", "ચેંજ",
        "ಚೇಂಜ್", "ಚೇಂಜು", "ಚೆಂಜ್", "ചേഞ്ച്", "ചെയ്ഞ്ച്", "ਚੇਂਜ", "ਚੇਂਜ੍ਹ", "ਚੇਨਜ",
        # loose money and coins asked for: "बीस रुपये खुले", "twenty rupees in coins"
        "खुले", "khule", "सिक्के", "sikke", "coins", "coin", "சில்லறையா", "சில்லறையாக",
        "chillaraiya", "చిల్లరగా", "খুচরোয়", "सुट्टे", "ਖੁੱਲ੍ਹੇ", "khulle",
        # the singular forms: "પાંચસોનું છુટ્ટું", "ਪੰਜ ਸੌ ਦਾ ਖੁੱਲ੍ਹਾ"
        "છુટ્ટું", "છુટ્ટુ", "છૂટું", "chhuttu", "chuttu", "ਖੁੱਲ੍ਹਾ", "ਖੁੱਲਾ", "ਛੁੱਟਾ",
    )
)  # fmt: skip


def _change_word(reading: _Reading, k: int) -> bool:
    """Token `k` is a word for change (coins and small notes for a big one); Kannada
    "cheela" (a sack, folded as "chila") is none."""
    if not 0 <= k < len(reading.words) or reading.words[k] not in _CHANGE:
        return False
    return not (reading.language == "kn" and reading.words[k] in _SACK_KN)


_SACK_KN = frozenset(fold(w) for w in ("cheela",))
