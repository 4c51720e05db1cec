"""A shop's price, not its number: "pasher dokan 280 te dicche" (the shop next door gives
it at 280), "बगल वाली दुकान 280 में दे रही है", "the next stall is giving it at 280
today". "Shop" and "today" label a number ("dukan 25", shop number 25; "today at 6"); a
verb of giving or selling right after the number, in the same breath, makes it the
price the shop asks ("दुकान 12 में आना", come to shop 12, stays a label)."""

from __future__ import annotations

from audio.numbers import NumberSpan
from audio.understanding.others_price import _gives_or_sells
from audio.understanding.reading import _joined, _Reading

_REACH = 4
"""Words after the number within which the verb is said ("280 mein de rahi hai")."""


def given_at(reading: _Reading, span: NumberSpan) -> bool:
    """A verb of giving or selling follows the number, with no pause between."""
    words: list[str] = []
    for k in range(span.end, min(span.end + _REACH, len(reading.words))):
        if not _joined(reading, k) or reading.number_at[k] is not None:
            break
        words.append(reading.words[k])
    return bool(words) and _gives_or_sells(words)


def said_given(reading: _Reading) -> bool:
    """A verb of giving or selling anywhere in the line ("giving it at 280 today")."""
    return _gives_or_sells(reading.words)
