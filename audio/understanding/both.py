""" "Both" said for the goods with the one price: "sixty for both", "ಎರಡಕ್ಕೂ ಅರವತ್ತು ಕೊಡಿ",
"రెండింటికీ అరవై", "দুটোই ষাট টাকায়", "ਦੋਵਾਂ ਦੇ ਨੱਬੇ": a total for two. The "two" inside
the word ("ಎರಡು" in "ಎರಡಕ್ಕೂ") is no second price. "Both kilos" stays with its unit
(`audio.understanding.totals`), and two different goods joined by "and" ("charger and
guard, both for 500") are left as they are read. A small count before a size word
("Two small ones, seventy-five", "ਦੋ ਛੋਟੇ ਵਾਲੇ ਪਚੱਤਰ ਰੁਪਏ") counts the goods themselves: a
total for that many pieces."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.clauses_words import BOTH
from audio.understanding.orders import AND_WORDS
from audio.understanding.reading import _Price, _Quantity, _Reading
from audio.understanding.sizes import _SIZES

# "Both", "for both", "both of them", with the case endings each language puts on it.
BOTH_FORMS = BOTH | frozenset(
    fold(w)
    for w in (
        "dono", "दोनों", "donon",
        "ரெண்டுக்கும்", "இரண்டுக்கும்", "rendukkum",
        "రెండింటికీ", "రెండింటికి", "rendintiki", "rendintikee",
        "দুটোই", "দুটোরই", "দুটোতেই", "dutoi", "dutoroi",
        "दोन्ही", "दोघांचे", "donhi", "दोही", "dohi", "दोन्हीचे", "दोन्हींचे", "दोहींचे",
        "dohinche", "donhiche", "दोघांचा", "dohincha",
        "બંનેના", "બન્નેના", "bannena",
        "ಎರಡಕ್ಕೂ", "ಎರಡೂ", "eradakku", "eradakkoo",
        "രണ്ടിനും", "രണ്ടിനുംകൂടി", "randinum",
        "ਦੋਵਾਂ", "ਦੋਹਾਂ", "dovan", "dohan",
    )
)  # fmt: skip


# Folded, the romanized "both" ("eradoo", "rendoo") is spelt as the plain "two" ("eradu",
# "rendu": "fan saavira, eradu varsha warranty" counts the years): typed in Latin letters,
# only the spelling itself says "both".
_TYPED_TWO = frozenset(("eradu", "rendu", "randu"))


def _says_both(reading: _Reading, k: int) -> bool:
    if reading.words[k] not in BOTH_FORMS:
        return False
    raw = reading.tokens[k].raw.lower()
    return not (raw.isascii() and raw in _TYPED_TWO)


def counts_both(reading: _Reading) -> None:
    """Make the one price said beside a "both" word a total for two."""
    at = [k for k in range(len(reading.words)) if _says_both(reading, k)]
    if not at or any(reading.has(k + 1, Cue.UNIT) for k in at):
        return  # "दोनों किलो 130 में": both kilos, read with their unit
    k = at[-1]
    if any(w in AND_WORDS for w in reading.words[: at[0]]):
        return  # "charger and guard, both for 500": two different goods
    prices = [p for p in reading.prices if not any(p.start <= b < p.end for b in at)]
    # "ரெண்டு ஆட்டையும் ..., ரெண்டுக்கும் முப்பதாயிரம்": the two goods counted, then
    # "both" said again with the price; the bare "two" is the same count, no price
    counted = [p for p in prices if _two_counted(p) and p.start < k]
    if counted and len(prices) > len(counted):
        reading.prices = [p for p in reading.prices if p not in counted]
        prices = [p for p in prices if p not in counted]
    if len(prices) != 1:
        return
    price = prices[0]
    if price.negated or price.per_unit or price.each or price.quantity is not None:
        return
    reading.prices = prices
    reading.quantities = [q for q in reading.quantities if not q.start <= k < q.end]
    quantity = _Quantity(2.0, None, k, k + 1, claimed=True)
    reading.quantities.append(quantity)
    price.per_unit, price.quantity = False, quantity


def _two_counted(price: _Price) -> bool:
    """A bare "two" that counts the goods beside a "both" word."""
    return price.span.value == 2 and not price.explicit and price.quantity is None


# "Ones": the goods counted by a word that stands for them ("two small ones", "दो छोटे
# वाले", "ਦੋ ਛੋਟੇ ਵਾਲੇ"), after a size word or alone.
_ONES = frozenset(fold(w) for w in ("ones", "one", "wale", "vale", "वाले", "ਵਾਲੇ", "vaale"))
_MOST = 12


def counts_ones(reading: _Reading) -> None:
    """A small count, then "small ones" / a size word, then the one price: a total for
    that many pieces ("Two small ones, seventy-five", "बे नाना पंचोतेर रूपिया")."""
    if len(reading.prices) != 2:
        return
    count, price = reading.prices
    value = count.span.value
    if count.explicit or count.quantity is not None or count.negated or price.negated:
        return
    if value != int(value) or not 2 <= value <= _MOST or count.span.suffix:
        return
    between = reading.words[count.end : price.start]
    between = [w for w in between if w != "for"]
    if not 1 <= len(between) <= 2 or not all(w in _SIZES or w in _ONES for w in between):
        return
    if between[0] not in _SIZES:
        return  # "two ones": no size said, no goods named
    if price.per_unit or price.each or price.quantity is not None:
        return
    reading.prices = [price]
    quantity = _Quantity(value, "piece", count.start, count.end, claimed=True)
    reading.quantities.append(quantity)
    price.per_unit, price.quantity = False, quantity
