"""Agreement to a price, then the weighing: "okay, 36 it is, weigh it", "ठीक है, एक सौ
चालीस ही सही, तौल देता हूँ", "ಸರಿ, ಎಪ್ಪತ್ತು ಆಯ್ತು, ತೂಕ ಮಾಡಿ". The number is the price
agreed (an accept where it is the price on the table, else a counter), said in its own
clause after the word of agreement; the weighing verb after the clause break weighs the
goods at that price and never turns the number into grams or kilos ("ok, dhai sau kaju
tol do", weigh 250 of cashews, says the weight in the verb's own clause and stays one)."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.understanding.reading import _Reading
from audio.understanding.result import Intent, Understanding
from audio.understanding.unpriced_counts import _weighs

_BREAKS = frozenset(",.;:।—–-")


def agreed_then_weighed(reading: _Reading, understood: Understanding) -> bool:
    """The line agrees to its one price, said after a word of agreement in a clause of
    its own, and then asks for the weighing: the price stands as understood."""
    if understood.intent not in (Intent.ACCEPT, Intent.COUNTER) or len(reading.prices) != 1:
        return False
    price = reading.prices[0]
    agreed = any(
        cue in (Cue.ACCEPT, Cue.SOFT_ACCEPT) and end <= price.start
        for cue, _, end in reading.occurrences
    )
    if not agreed:
        return False
    tokens, words = reading.tokens, reading.words
    weighing = next((k for k in range(price.end, len(words)) if _weighs(words[k])), None)
    if weighing is None:
        return False
    between = reading.text[tokens[price.end - 1].end : tokens[weighing].start]
    return any(c in _BREAKS for c in between)
