"""A vendor's "take it" that hands the goods over: "le jao, aapke liye", "নিয়ে যান",
"ತಗೊಳ್ಳಿ ಅಕ್ಕ". In reply to a price, with no price of the vendor's own, it agrees to the
one on the table. Also when a price is called final: "fix karo" settles, "fix hai" is
final."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.bags import _CONTAINERS
from audio.understanding.moves import _gives_at, _sets_price, emphatic
from audio.understanding.reading import _joined, _Price, _Reading
from audio.understanding.settle_at import settles_at

# "Take it (away)": the goods handed over. A vendor's "le jao, aapke liye", "নিয়ে যান",
# "ತಗೊಳ್ಳಿ" in reply to a price, with no price of their own, agrees to the one on the
# table. The deal-done words of `Cue.TAKE_IT` ("given", "diya") are left out: alone they
# tell of a sale ("kal diya tha", sold yesterday), not this one.
_HAND_OVER_STEMS = tuple(
    fold(w)
    for w in (
        "take", "have", "le", "ले", "lai", "எடுத்து", "eduth", "తీసుక", "teesuk", "tisuk",
        "নিয়ে", "নাও", "নিন", "niye", "nao", "nin", "घेऊन", "घ्या", "gheun", "ghya", "લઈ",
        "લઇ", "ತಗೊ", "ತಗೋ", "ತೊಗೊ", "tago", "togo", "thago", "thogo", "എടുത്ത", "കൊണ്ടുപോ",
        "kondupo", "ਲੈ", "கொண்டு", "kondu",
    )
)  # fmt: skip


# "Back": "ye wapas le lo" (take this back) returns the goods, buys nothing.
_BACK = frozenset(
    fold(w)
    for w in (
        "back", "wapas", "vapas", "वापस", "திருப்பி", "thiruppi", "వెనక్కి", "venakki",
        "ফেরত", "ferot", "phirot", "परत", "parat", "પાછા", "pacha", "paachha", "ವಾಪಸ್",
        "vapas", "തിരിച്ച്", "thirichu", "ਵਾਪਸ", "vaapas",
    )
)  # fmt: skip


def hands_over(reading: _Reading) -> bool:
    """A "take it" that hands the goods over (`Cue.TAKE_IT`, not a deal-done word), with
    no bag beside it ("thaili le lo", take a bag) and nothing taken back; money just
    handed over or sent ("দুশো পাঠিয়েছি, দেখে নিন") hands over no goods."""
    if reading.money_back or any(w in _BACK or w in _CONTAINERS for w in reading.words):
        return False
    return any(
        cue is Cue.TAKE_IT
        and reading.words[start].startswith(_HAND_OVER_STEMS)
        and not any(w in _READY for w in reading.words[end : end + 2])
        for cue, start, end in reading.occurrences
    )


# "Have it ready", "keep it packed": an order for later, no goods handed over now.
_READY = frozenset(fold(w) for w in ("ready", "packed", "done", "wrapped", "kept"))


# A bare "fix" is a verb: "డెబ్బైకి ఫిక్స్ చెయ్", "35 la fix" (settle it at X) proposes X.
# "Fixed", "fix rate", "final", "last price" say the price is final.
_BARE_FIX = frozenset(
    fold(w)
    for w in (
        "fix", "फिक्स", "ఫిక్స్", "ಫಿಕ್ಸ್", "ફિક્સ", "ਫਿਕਸ", "ফিক্স", "ஃபிக்ஸ்", "ഫിക്സ്",
    )
)  # fmt: skip


# "Is": after a bare "fix" it says the price is fixed ("40 fix hai", "fix che").
_IS = frozenset(
    fold(w)
    for w in (
        "is", "hai", "है", "he", "aahe", "ahe", "आहे", "che", "છે", "ae", "ਹੈ", "ਏ", "aa",
        "ide", "ಇದೆ", "undi", "ఉంది", "irukku", "இருக்கு", "aanu", "ആണ്", "ache", "আছে",
    )
)  # fmt: skip


def said_final(reading: _Reading) -> bool:
    """The price is called final: a `Cue.FINAL` other than a bare "fix" used as a verb
    ("fix karo", "35 la fix"); "fix hai" (it is fixed) is final."""
    words = reading.words
    for cue, start, end in reading.occurrences:
        if cue is not Cue.FINAL:
            continue
        if end - start > 1 or words[start] not in _BARE_FIX:
            return True
        if end < len(words) and words[end] in _IS:
            return True
    return False


def settles_with_fix(reading: _Reading) -> bool:
    """A bare "fix" used as a verb ("65 pe fix karte hain", "35 la fix"): the speaker
    proposes settling at the price, which is a counter, never agreement."""
    return any(
        cue is Cue.FINAL and end - start == 1 and reading.words[start] in _BARE_FIX
        for cue, start, end in reading.occurrences
    ) and not said_final(reading)


def takes_at(reading: _Reading, price: _Price) -> bool:
    """A "take it" that hands the goods over for a new price said with it, in one breath:
    "ok, take it for 40", "సరే, యాభైకి తీసుకో", "ठीक है, चालीस में ले लो". With no price
    on the table known, the price is the speaker's own (a counter), not agreement. An
    emphatic price ("அறுபதுக்கே", "साठ ही") echoes the table's; "50 a kilo, take it"
    after a pause agrees and hands over."""
    if emphatic(reading, price) or _marathi_itself(reading, price):
        return False
    for cue, start, _ in reading.occurrences:
        if cue is not Cue.TAKE_IT or not reading.words[start].startswith(_HAND_OVER_STEMS):
            continue
        if price.end <= start <= price.end + 2:
            between = range(price.end, start + 1)
        elif price.start - 3 <= start < price.start:
            between = range(start + 1, price.start + 1)  # "take it for forty"
        else:
            continue
        if all(_joined(reading, k) for k in between):
            return True
    return False


# Marathi "-च" (itself) after a number: "बावन्नच घ्या" (take it at 52 itself); "पाच" is 5.
_FIVE = frozenset(fold(w) for w in ("पाच", "paach", "pach", "paanch"))


def _marathi_itself(reading: _Reading, price: _Price) -> bool:
    raw = reading.tokens[price.end - 1].raw.lower()
    return reading.language == "mr" and raw.endswith(("च", "ach")) and fold(raw) not in _FIVE


def names_own_price(reading: _Reading, price: _Price) -> bool:
    """A give or take verb said with the price ("give it at 40", "take it for 40"), or
    a verb of settling beside it ("ok, 90, let's close it", "settle it at 300"): with no
    price on the table known, the speaker names their own price."""
    return _gives_at(reading, price) or takes_at(reading, price) or settles_at(reading, price)


def sets_own_price(reading: _Reading, price: _Price, reference_paise: int | None) -> bool:
    """A verb or "for you" that sets the price ("make it 50", "for you 55"): the speaker's
    own price. "For you 55" or "let's settle at 55" with 55 on the table agrees to it."""
    if not _sets_price(reading, price):
        return False
    if reference_paise is None or round(price.unit_paise()) != reference_paise:
        return True
    near = range(max(price.start - 3, 0), price.end + 3)
    for_you = any(c is Cue.FOR_YOU and k in near for c, k, _ in reading.occurrences)
    return not (for_you or settles_at(reading, price))
