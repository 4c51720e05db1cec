"""A seller's own cost given as the reason for refusing: "no sir, I'd lose, I buy at
thirty-two myself", "எனக்கே முப்பதுக்கு வருது, நஷ்டம்", "আমারই ত্রিশ করে কেনা, লস হবে".
A price said in a clause that ties it to the speaker's own buying ("myself", "my own
buying price", "it comes to me at"), to a loss ("at thirty-five it's a loss") or to what
it does not even cover ("હજારમાં તો કાપડ પણ ન આવે": for a thousand even the cloth doesn't
come) is no offer, and neither is a price below that cost said with it ("my cost is 60,
how can I give at 55"). "I'll give it at my cost, 32" still offers 32: the cost is said
in a clause of its own. The same holds for no gain at the price ("at 300 no profit for
me", "तीन सौ में कुछ नहीं बचता", "তিনশোতে পোষায় না"): the price is refused, while a
counter in a clause of its own ("no profit at 300, give 340") and the customer's "you
still make a profit at 300" keep their price."""

from __future__ import annotations

from itertools import pairwise

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.conditions import clause_around
from audio.understanding.cost_alone import cost_alone_at
from audio.understanding.habits import HABIT, HERE
from audio.understanding.own_cost_words import BOUGHT, COMES_TO, COST, NO_GAIN, PROFIT, SELF, TO_ME
from audio.understanding.reading import _joined, _Price, _Reading

_BOUNDS = (Cue.COMPARATIVE, Cue.CAP, Cue.CAP_BEFORE)


def _said_at(reading: _Reading, table: dict[str, tuple[tuple[str, ...], ...]]) -> list[int]:
    """Where a phrase of the language's row of `table` is said."""
    return sorted({k for k, _ in _spans(reading, table)})


def _spans(
    reading: _Reading, table: dict[str, tuple[tuple[str, ...], ...]]
) -> list[tuple[int, int]]:
    words = reading.words
    return [
        (k, k + len(p))
        for k in range(len(words))
        for p in table.get(reading.language, ())
        if tuple(words[k : k + len(p)]) == p
        and k not in reading.no_loss
        and not (_buying(p) and (_buys_here(reading, k + len(p)) or _buys_if(reading, k)))
    ]


_BUY = tuple(fold(w) for w in ("buy", "bought", "खरीद", "kharid", "खरेदी"))


def _buying(phrase: tuple[str, ...]) -> bool:
    """A phrase of the speaker's own buying ("I buy", "खरीदा"), not of a loss or gain."""
    return any(w.startswith(_BUY) for w in phrase)


# "If", "when" before "I buy": a purchase to come, on a condition ("if I buy fifty, how
# much each?"), no cost.
_IF = frozenset(("if", "when", "suppose", "say"))


def _buys_if(reading: _Reading, k: int) -> bool:
    """A phrase of buying starting at `k` said as a condition ("if I buy forty")."""
    return k > 0 and reading.words[k - 1] in _IF


def _buys_here(reading: _Reading, k: int) -> bool:
    """After a phrase of buying ending before `k`: "here", "from you" or a habit in the
    next few words ("I buy here every Sunday", "मैं तो रोज़ आपसे खरीदती हूँ" said the
    other way round too): the customer's custom, a reason beside a price, no cost."""
    if any(reading.number_at[j] is not None for j in range(k, min(k + 3, len(reading.words)))):
        return False  # "I buy at 320 every day": the cost said
    near = reading.words[max(0, k - 5) : k + 4]
    from_you = any(a == "from" and b in ("you", "your") for a, b in pairwise(near))
    return from_you or any(w in HABIT or w in HERE for w in near)


def _comes_to_me_at(reading: _Reading) -> list[int]:
    """Where a verb of coming to or costing is said in one clause with "to me myself"."""
    words = reading.words
    to_me = [k for k in range(len(words)) for p in TO_ME if tuple(words[k : k + len(p)]) == p]
    return [
        k
        for k, w in enumerate(words)
        if w.startswith(COMES_TO)
        and any(j < k and j in clause_around(reading, k, k + 1) for j in to_me)
    ]


def _bought_myself_at(reading: _Reading) -> list[int]:
    """Where the speaker's own buying is said with "myself" in its clause."""
    bought = BOUGHT.get(reading.language, frozenset())
    selves = _said_at(reading, SELF)
    return [
        k
        for k, w in enumerate(reading.words)
        if w in bought and any(j in clause_around(reading, k, k + 1) for j in selves)
    ]


def speaks_of_cost(reading: _Reading) -> bool:
    """Whether the line speaks of the seller's own cost, a loss or no gain ("मजदूरी भी
    नहीं निकलती": even the labour isn't covered, no train leaving)."""
    return bool(_spans(reading, COST) or _spans(reading, NO_GAIN))


def refusals_beside_gain(reading: _Reading, refusals: list[int], keep: bool) -> list[int]:
    """The refusals left once the "no" inside a phrase of no gain is set aside: it refuses
    the price in its own clause (set aside already), or, with no price on the table, says
    how trade is ("no profit in onions these days"). Kept (`keep`) in reply with no price
    said: "कोई मुनाफा नहीं" alone refuses the price on the table."""
    if keep:
        return refusals
    inside = {k for start, end in _spans(reading, NO_GAIN) for k in range(start, end)}
    return [r for r in refusals if r not in inside]


def _gain_refuses(reading: _Reading, held: list[_Price]) -> list[_Price]:
    """The price each phrase of no gain refuses: the nearest said before it in its clause
    ("300 mein kuch nahi bachta"), else the nearest after ("no profit at 300"). Another
    price left in that clause with no pause between ("300 mein kuch nahi bachta 340 de
    do") may be what was refused: asked."""
    refused = []
    for start, _ in _spans(reading, NO_GAIN):
        near = [p for p in held if start in clause_around(reading, p.start, p.end)]
        before = [p for p in near if p.end <= start]
        after = [p for p in near if p.end > start]
        if before or after:
            refused.append(max(before, key=lambda p: p.end) if before else after[0])
        for price in near:
            price.two_readings |= price.paise != refused[-1].paise  # same said again: one
    return refused


def set_aside_own_cost(reading: _Reading) -> int | None:
    """Set aside the prices tied to the speaker's own cost, a loss or no gain, and those
    below that cost; the position of the first word of it, or None when no price was.
    No gain at a price sets no floor: "గిట్టదు at 300, give 250" still counters 250."""
    reading.occurrences = [
        (cue, start, end)
        for cue, start, end in reading.occurrences
        if not (
            cue in (Cue.ACCEPT, Cue.SOFT_ACCEPT)
            and end < len(reading.words)
            and reading.words[end] in PROFIT
            and _joined(reading, end)
        )
    ]  # "तीन सौ में भी आपका अच्छा मुनाफा है": a good profit, nothing agreed
    cost = _said_at(reading, COST) + cost_alone_at(reading) + _comes_to_me_at(reading)
    cost += _bought_myself_at(reading)  # "I bought it at 90 myself"
    gain = _said_at(reading, NO_GAIN)
    if not (cost or gain):
        return None
    cost = sorted(cost + _said_at(reading, SELF))
    costs, refused, held = [], False, []
    for price in reading.prices:
        clause = clause_around(reading, price.start, price.end)
        if price.bound or any(reading.has(k, *_BOUNDS) for k in clause):
            continue  # "35 se kam mein ghata hai": a bound the seller holds to
        if any(k in clause for k in cost):
            price.negated = refused = True
            costs.append(price.paise)
        else:
            held.append(price)
    dropped = []
    for price in _gain_refuses(reading, held):
        price.negated = refused = True  # "at 300 no profit for me"
        if any(p.start > price.end and p.paise == price.paise for p in reading.prices):
            dropped.append(price)  # "no profit even at 300, but for you, ok, 300"
    reading.prices = [p for p in reading.prices if p not in dropped]
    for price in reading.prices:
        if costs and not price.negated and price.paise < min(costs):
            price.negated = True  # "my own cost is 60, how can I give at 55"
    return min(cost + gain) if refused else None


def inside_no_gain(reading: _Reading, k: int) -> bool:
    """The word at `k` is part of a phrase that says no gain is left ("kai na bache":
    nothing is left, not the Hindi "bache", children)."""
    return any(start <= k < end for start, end in _spans(reading, NO_GAIN))
