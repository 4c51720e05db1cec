"""The quantity and unit a move names, once its price and intent are known: the chosen
price's own count ("2 kilo 300"), a count no other price owns ("40 per kilo ... do
kilo"), the unit of a rate ("40 a kilo" names a unit, not one kilo), the goods counted in
a price question ("how much for two gourds?") or the count an accept takes ("ok, give
two")."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.understanding.confidence import rate_asked
from audio.understanding.containers import (
    container_word,
    counts_containers,
    rated_container,
    remarked_weight,
)
from audio.understanding.countables import packed_count
from audio.understanding.orders import several_items
from audio.understanding.reading import _Price, _Quantity, _Reading
from audio.understanding.restated import both_said_back
from audio.understanding.result import Intent
from audio.understanding.servings import one_serving, serving_word
from audio.understanding.shape import kore_each
from audio.understanding.shares import count_one_measure, measure_after_one
from audio.understanding.tag_questions import _tag_at_end
from audio.understanding.wanted import counted_in_pieces, goods_cut


def one_asked_about(reading: _Reading) -> bool:
    """A lone "one" right by the question word: "nariyal ek kitne ka?", "ஒண்ணு எவ்ளோ?"
    ask the price of one item, as an "each" with no price of its own does ("seventy
    coconuts, how much each?", "ఒక్కోటి ఎంత?")."""
    count_one_measure(reading)  # "ஒரு முழம் எவ்வளவு?": one of a measure, no piece
    owned = {k for p in reading.prices for k in range(p.start - 1, p.end + 1)}
    each = [k for k in range(len(reading.words)) if reading.has(k, Cue.EACH) and k not in owned]
    each += [k + 1 for k in range(len(reading.words) - 1) if _per_goods(reading, k, owned)]
    return any(
        reading.cue_near(k - 2, k + 3, Cue.QUESTION, Cue.WEAK_QUESTION)
        and not one_serving(reading, k)
        and not measure_after_one(reading, k)
        for k in [*reading.lone_ones, *each]
    )  # "how much is one glass?" asks a serving's price, not a piece's


def _per_goods(reading: _Reading, k: int, owned: set[int]) -> bool:
    """English "per" before a goods word, no unit ("what's the rate per card?"): the
    price of one piece asked, as "each" asks it."""
    if reading.language != "en" or reading.words[k] != "per" or k in owned:
        return False
    goods = k + 1
    return (
        reading.number_at[goods] is None
        and not reading.cues[goods]
        and reading.words[goods][:1].isalpha()
    )


def quantity_named(
    reading: _Reading,
    chosen: _Price | None,
    intent: Intent,
    *,
    wanted: _Price | None,
    goods_counted: float | None,
    asked_one: bool,
) -> tuple[float | None, str | None]:
    """The count and unit of the move (either may be None)."""
    # The quantity is the chosen price's own when it counts ("2 kilo 300"); else a count
    # no other price owns ("40 per kilo ... do kilo"); else whatever unit was named.
    own = chosen.quantity if chosen is not None else None
    free = [q for q in reading.quantities if not q.claimed]
    counted = [q for q in free if q.value is not None and not remarked_weight(reading, chosen, q)]
    quantity: _Quantity | None
    if own is not None and own.value is not None and not (chosen and chosen.per_unit):
        quantity = own
    elif counted:
        quantity = counted[0]
    else:
        quantity = own or (free[0] if free else None)
    if quantity is None and chosen is None and intent is Intent.REJECT:
        # "1200 for 5 kilo? Forget it": the quantity of the price refused was still said
        said = [p.quantity for p in reading.prices if p.negated and not p.per_unit]
        quantity = next((q for q in said if q is not None and q.value is not None), None)
    unit = quantity.unit if quantity is not None else None
    if (
        intent in (Intent.OTHER, Intent.ACCEPT, Intent.REJECT)
        and chosen is None
        and (quantity is None or quantity.value is None)
    ):
        # No price and no count: a unit word alone names nothing sold ("gaadi aa rahi hai",
        # a cart coming, reads like "gaddi", a bunch; "theek hai, adrak pees do", grind
        # it, like "piece"). A question keeps it: "kilo kitne ka?" asks a rate.
        unit = None
    if unit is None and own is not None and own.unit is not None:
        unit = own.unit  # "3 tomatoes, 35 rupees a piece": the rate's unit
    if unit is None and chosen is not None and chosen.each and not kore_each(reading, chosen):
        # "each", "ஒவ்வொண்ணும்", "per piece", "नग": one item, a piece ("20 bags, 1,250
        # each": a bag, a unit the list does not name)
        contained = counts_containers(reading, quantity) or rated_container(reading, chosen)
        unit = None if contained else "piece"
    # A rate names its unit, not a quantity: "40 a kilo", "kilo 40", "ek kilo 40".
    count = quantity.value if quantity is not None else None
    if quantity is not None and quantity is own and chosen is not None and chosen.per_unit:
        count = None
    if (
        intent is Intent.QUESTION
        and chosen is None
        and count == 1
        and rate_asked(reading, quantity)
    ):
        count = None  # "how much a dozen?", "ek kilo kitne ka?": the rate, not one dozen
    rate_of_one = quantity is not None and quantity.value == 1 and count is None
    if intent is Intent.QUESTION and (quantity is None or rate_of_one) and (goods_counted or 0) > 1:
        # "how much for two gourds?": two, and no unit word said; "fifty shirts I'm
        # taking, what rate for one piece?": the fifty, the piece only the rate's unit
        count = goods_counted
    if wanted is not None and intent is Intent.ACCEPT and count is None:
        # "ok, give two", "ঠিক আছে, দুটো দিন": the goods taken, counted, are pieces
        count = wanted.span.value
        unit = "piece" if counted_in_pieces(wanted) or not _counts_a_unit(reading, wanted) else unit
    if (
        intent is Intent.ACCEPT
        and quantity is not None
        and unit is None
        and _packed(reading, quantity)
    ):
        unit = "piece"  # "theek hai, adtees hi sahi, paanch pack kar do": five of the goods
    if (
        intent is Intent.ACCEPT
        and quantity is not None
        and unit is None
        and quantity.value is not None
        and goods_cut(reading, quantity.start, quantity.end)
    ):
        unit = "piece"  # "ঠিক আছে, চল্লিশ। দুটো ডাব কেটে দিন": two coconuts, cut
    if intent is Intent.ACCEPT and chosen is None and count is None and both_said_back(reading):
        count = 2  # "fine, give the two jars", "ठीक आहे, दोन्ही द्या": the goods on the table
    if intent is Intent.QUESTION and chosen is None and unit is None and asked_one:
        unit = "piece"  # "how much for one coconut?": the price of one, each
    guessed = [p for p in reading.prices if p.each and not p.negated and not kore_each(reading, p)]
    guessed = guessed if _tag_at_end(reading) is not None else []
    if intent is Intent.QUESTION and chosen is None and unit is None and guessed:
        unit = "piece"  # "the big one is 400 for one, right?": the guess's unit stays
    if several_items(reading) and not (chosen is not None and chosen.per_unit):
        return None, None  # "two teas and three samosas": no one count is the order's
    return count, unit


def _packed(reading: _Reading, quantity: _Quantity) -> bool:
    """The count is of the goods to pack, left unsaid ("paanch pack kar do", "pack five")."""
    span = reading.number_at[quantity.start] if quantity.start < len(reading.words) else None
    return span is not None and span.start == quantity.start and packed_count(reading, span)


def _counts_a_unit(reading: _Reading, count: _Price) -> bool:
    """The word after a count wanted is a unit of trade, a container or a serving ("give
    two plates", "दो बोरी दे दो"), or a unit word the move names: no pieces."""
    k = count.span.end
    if not 0 <= k < len(reading.words):
        return False
    return bool(container_word(reading, k) or serving_word(reading, k) or reading.has(k, Cue.UNIT))
