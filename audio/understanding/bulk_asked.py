"""A rate said back, then the rate asked for a larger count: "sixty a kilo — if I take
five kilos, what rate?", "साठ रुपये किलो, पाँच किलो लूँ तो क्या भाव?", "কিলো ষাট, পাঁচ
কিলো নিলে কত করে দেবেন?", "കിലോ അറുപത്, അഞ്ച് കിലോ എടുത്താൽ എന്ത് റേറ്റ്?". The first
price is the rate on the table, recalled; the buyer bids nothing and asks the rate for
the count taken. The line is a question with no amount, the count its quantity; a price
said after the condition ("if I take five kilos, will you do fifty?") is a bid and is
left to the other passes."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.rate_if_taken import past_classifier
from audio.understanding.reading import _Reading
from audio.understanding.taken_if import _IF_TAKEN, _TAKE, _THEN

# The buyer's own "if I take", where it differs from the seller's "if you take": Hindi
# "लूँ तो", Marathi "घेतले तर" (in `_TAKE`), Gujarati "લઉં તો", Punjabi "ਲਵਾਂ ਤਾਂ".
_TAKE_MINE = frozenset(
    fold(w)
    for w in (
        "लूँ", "लूं", "लू", "लूँगा", "लूंगा", "लूँगी", "लूंगी", "लें", "लिया", "लिए", "lun",
        "lu", "loon", "lunga", "lungi", "liya", "liye",
        "घेतलं", "घेतले", "घेतल्या", "घेऊ", "gheu",
        "લઉં", "લઉ", "લઈએ", "lau", "laun", "laiye",
        "ਲਵਾਂ", "ਲਈਏ", "ਲਵਾਂਗਾ", "lavan", "laiye",
    )
)  # fmt: skip
# Of those, the ones that say "I" (Marathi "घेतले तर" is "if taken", anyone's).
_FIRST_PERSON = _TAKE_MINE - frozenset(fold(w) for w in ("घेतलं", "घेतले", "घेतल्या"))
_EN_IF = frozenset(("if",))
_EN_ME = frozenset(("i", "we"))
_EN_TAKE = ("take", "buy", "get", "pick")


def _conditions(reading: _Reading) -> list[tuple[int, int]]:
    """Each "if I take" said: where its words start and end."""
    words, found = reading.words, []
    for k, word in enumerate(words):
        if reading.language == "en":
            if (
                word in _EN_IF
                and k + 2 < len(words)
                and words[k + 1] in _EN_ME
                and words[k + 2].startswith(_EN_TAKE)
            ):
                found.append((k, k + 3))
            continue
        if word in _IF_TAKEN:
            found.append((k, k + 1))
        elif k + 1 < len(words) and (word in _TAKE or word in _TAKE_MINE) and words[k + 1] in _THEN:
            found.append((k, k + 2))
    return found


def _count_taken(reading: _Reading, start: int, end: int) -> bool:
    """A count said in the condition: right before the taking verb ("पाँच किलो लूँ तो"),
    or, in English, right after it ("if I take five kilos")."""
    if reading.language == "en":
        spots = range(end, min(end + 2, len(reading.words)))
    else:
        spots = range(max(start - 3, 0), start)
    quantities = any(q.start in spots and q.value and q.value > 1 for q in reading.quantities)
    bare = any(p.start in spots and not p.explicit for p in reading.prices)
    return (
        quantities
        or bare
        or any(
            past_classifier(reading, k + 1) == start and reading.number_at[k] is not None
            for k in spots
        )
    )


def rate_recalled_before_count(reading: _Reading) -> bool:
    """The rate said back, then "if I take N, what rate?" with no price after the
    condition: the line asks (True); no price it names stands."""
    for start, end in _conditions(reading):
        if not _count_taken(reading, start, end):
            continue
        rates = [p for p in reading.prices if p.end <= start and p.per_unit and not p.negated]
        if not rates:
            continue
        counted = range(end, min(end + 2, len(reading.words))) if reading.language == "en" else ()
        if any(p.start >= end and p.start not in counted for p in reading.prices):
            continue  # "if I take five kilos, will you do fifty?": a bid
        asked = reading.cue_near(rates[-1].end, len(reading.words), Cue.QUESTION)
        asked = asked or any(t.raw == "?" for t in reading.tokens[end:])
        if asked:
            return True
    return False


def buyer_takes(reading: _Reading) -> bool:
    """The condition is the speaker's own taking ("if I take five kilos", "पाँच किलो लूँ
    तो", "ਪੰਜ ਕਿੱਲੋ ਲਵਾਂ ਤਾਂ"): a price after it is the buyer's bid, never the seller's
    side deal on a rate."""
    for start, _ in _conditions(reading):
        word = reading.words[start]
        if reading.language == "en" or word in _FIRST_PERSON:
            return True
    return False
