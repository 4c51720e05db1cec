"""The day's rate asked with a verb of going: "आज आलू किलो का क्या चल रहा है?", "कांदा
किलोला काय चाललाय?", "બટાકા કિલોના શું ચાલે છે?", "ਗੰਢੇ ਕਿੱਲੋ ਦਾ ਕੀ ਚੱਲਦਾ?" (what is it
going at a kilo?). A "what" and a verb of going ("chal-") with a unit or a word for the
rate beside them and no price said asks the price: a question, the unit kept. Alone
("kya chal raha hai?", how's it going) it asks nothing of the price."""

from __future__ import annotations

from functools import cache

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.reading import _Reading

# fmt: off
_WHAT: dict[str, tuple[str, ...]] = {
    "hi": ("क्या", "kya", "kia"),
    "mr": ("काय", "kay", "kaay", "kai"),
    "gu": ("શું", "શુ", "shu", "shun", "su"),
    "pa": ("ਕੀ", "ki", "kee"),
}
# The verb of going, as a word's start ("चल रहा", "चाललाय", "ચાલે", "ਚੱਲਦਾ").
_GOING: dict[str, tuple[str, ...]] = {
    "hi": ("चल", "chal"),
    "mr": ("चाल", "chal"),
    "gu": ("ચાલ", "chal"),
    "pa": ("ਚੱਲ", "ਚਲ", "chal"),
}
# fmt: on
# A word for the rate: "भाव", "rate", "ਭਾਅ", "ભાવ", "दर".
_RATE = frozenset(
    fold(w) for w in ("भाव", "bhav", "bhaav", "rate", "ਭਾਅ", "bha", "ભાવ", "दर", "रेट", "ਰੇਟ")
)
_REACH = 2


@cache
def _stems(language: str) -> tuple[frozenset[str], tuple[str, ...]]:
    what = frozenset(fold(w) for w in _WHAT.get(language, ()))
    return what, tuple(fold(w) for w in _GOING.get(language, ()))


def asks_going_rate(reading: _Reading) -> bool:
    """Whether the line asks what the goods are going at (no price said)."""
    what, going = _stems(reading.language)
    if not what or reading.prices:
        return False
    words = reading.words
    rated = any(reading.has(k, Cue.UNIT, Cue.MEASURE) or w in _RATE for k, w in enumerate(words))
    return rated and any(
        w in what and any(v.startswith(going) for v in words[k + 1 : k + 1 + _REACH])
        for k, w in enumerate(words)
    )
